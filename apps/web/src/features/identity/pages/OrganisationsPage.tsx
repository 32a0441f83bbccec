import { EditOutlined, PlusOutlined, TeamOutlined } from "@ant-design/icons";
import {
  DEPARTMENT_TERMS,
  DEPARTMENTS,
  type Department,
  hasDepartment,
  INSTITUTION_KINDS,
  type InstitutionKind,
} from "@chanrong/domain";
import {
  App,
  Badge,
  Button,
  Card,
  Col,
  Divider,
  Form,
  Input,
  Modal,
  Popconfirm,
  Row,
  Select,
  Space,
  Table,
  Typography,
} from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { ApiError, type FieldError } from "../../../shared/api/client";
import { useRegions } from "../../../shared/api/reference";
import { dateTimeCell } from "../../../shared/components/Nowrap";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import { orgTypeLabel } from "../../../shared/labels";
import { ORG_TYPES, type OrgType, orgTypeOf } from "../../../shared/types";
import { EnterprisePicker } from "../../enterprises/components/EnterprisePicker";
import {
  type Organisation,
  type OrganisationInput,
  useOrganisations,
  useSaveOrganisation,
} from "../api/identity";

interface FormValues {
  name: string;
  type: OrgType;
  regionCode: string;
  enterpriseId?: string | null;
  institutionKind?: InstitutionKind | null;
  department?: Department | null;
  /** Three fields filled together, or none. */
  payeeAccount: { accountName?: string; bankName?: string; accountNo?: string };
}

const payeeAccountOf = (values: FormValues["payeeAccount"]) => {
  const accountName = values.accountName?.trim() ?? "";
  const bankName = values.bankName?.trim() ?? "";
  const accountNo = values.accountNo?.trim() ?? "";
  return accountName || bankName || accountNo ? { accountName, bankName, accountNo } : null;
};

export function OrganisationsPage() {
  const { t, locale, paren, label } = useI18n();
  const { message } = App.useApp();
  const [type, setType] = useState<OrgType | undefined>();
  const [q, setQ] = useState("");
  const organisations = useOrganisations({ type, q: q.trim() || undefined });
  const regions = useRegions();
  const save = useSaveOrganisation();
  const [editing, setEditing] = useState<Organisation | "new" | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [form] = Form.useForm<FormValues>();
  const [problem, setProblem] = useState<{ error: unknown; leftover: FieldError[] } | null>(null);
  const chosenType = Form.useWatch("type", form);

  const institutionKindName = (code: string | null) =>
    code &&
    label(
      INSTITUTION_KINDS.find((known) => known.code === code),
      code,
    );

  const regionName = (code: string) => {
    const region = regions.data?.find((r) => r.code === code);
    return region ? `${locale === "zh" ? region.name : region.nameEn}${paren(code)}` : code;
  };

  const open = (organisation: Organisation | "new") => {
    setProblem(null);
    setEditing(organisation);
    setDialogOpen(true);
    form.resetFields();
    if (organisation !== "new") {
      form.setFieldsValue({
        name: organisation.name,
        type: orgTypeOf(organisation.type),
        regionCode: organisation.regionCode,
        enterpriseId: organisation.enterpriseId,
        institutionKind: organisation.institutionKind,
        department: organisation.department,
        payeeAccount: organisation.payeeAccount ?? {},
      });
    }
  };

  const submit = async (values: FormValues) => {
    setProblem(null);
    const input: OrganisationInput = {
      name: values.name.trim(),
      type: values.type,
      regionCode: values.regionCode,
      enterpriseId: values.type === "ENTERPRISE" ? (values.enterpriseId ?? null) : null,
      institutionKind: values.type === "FINANCIAL_INSTITUTION" ? (values.institutionKind ?? null) : null,
      department: hasDepartment(values.type) ? (values.department ?? null) : null,
      payeeAccount: payeeAccountOf(values.payeeAccount ?? {}),
    };
    try {
      if (editing === "new") {
        await save.mutateAsync({ input });
        message.success(t("org.created"));
      } else if (editing) {
        await save.mutateAsync({ id: editing.id, input: { ...input, version: editing.version } });
        message.success(t("common.saved"));
      }
      setDialogOpen(false);
    } catch (error) {
      const leftover = applyServerErrors(form, error, [
        "name",
        "type",
        "regionCode",
        "enterpriseId",
        "institutionKind",
        "department",
        "payeeAccount",
      ]);
      if (
        leftover.length ||
        !(error instanceof ApiError) ||
        error.fieldErrors.length === 0 ||
        error.status === 409
      ) {
        setProblem({ error, leftover });
      }
    }
  };

  const toggleActive = async (organisation: Organisation) => {
    try {
      await save.mutateAsync({
        id: organisation.id,
        input: { active: !organisation.active, version: organisation.version },
      });
      message.success(organisation.active ? t("org.deactivated") : t("org.activated"));
    } catch (error) {
      message.error(error instanceof ApiError ? error.problem.detail : String(error));
    }
  };

  return (
    <>
      <PageHeader
        title={t("menu.organisations")}
        subtitle={t("org.subtitle")}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open("new")} data-testid="org-create">
            {t("org.create")}
          </Button>
        }
      />
      <Card>
        <Row gutter={[12, 12]} className="filter-bar">
          <Col xs={24} md={8}>
            <Input.Search
              allowClear
              placeholder={t("org.searchPlaceholder")}
              onSearch={setQ}
              data-testid="org-search"
            />
          </Col>
          <Col xs={24} md={6}>
            <Select<OrgType>
              allowClear
              style={{ width: "100%" }}
              placeholder={t("org.type")}
              value={type}
              onChange={setType}
              options={ORG_TYPES.map((value) => ({ value, label: orgTypeLabel(t, value) }))}
            />
          </Col>
        </Row>
        {organisations.isError && <ProblemAlert error={organisations.error} />}
        <Table<Organisation>
          rowKey="id"
          size="middle"
          loading={organisations.isFetching}
          dataSource={organisations.data}
          data-testid="org-table"
          scroll={{ x: "max-content" }}
          pagination={{ pageSize: 20, showTotal: (total) => t("common.total", { total }) }}
          columns={[
            { key: "name", title: t("org.name"), dataIndex: "name", width: 260, fixed: "left" },
            {
              key: "type",
              title: t("org.type"),
              dataIndex: "type",
              width: 180,
              render: (value: OrgType, organisation) =>
                [
                  orgTypeLabel(t, value),
                  institutionKindName(organisation.institutionKind),
                  organisation.department && label(DEPARTMENT_TERMS[organisation.department]),
                ]
                  .filter(Boolean)
                  .join(" · "),
            },
            {
              key: "region",
              title: t("org.region"),
              dataIndex: "regionCode",
              width: 200,
              render: (code: string) => regionName(code),
            },
            {
              key: "enterprise",
              title: t("org.enterprise"),
              dataIndex: "enterpriseId",
              width: 110,
              render: (id: string | null) =>
                id ? <Link to={`/enterprises/${id}`}>{t("common.view")}</Link> : "—",
            },
            {
              key: "active",
              title: t("common.status"),
              dataIndex: "active",
              width: 100,
              render: (active: boolean) =>
                active ? (
                  <Badge status="success" text={t("common.active")} />
                ) : (
                  <Badge status="default" text={t("common.inactive")} />
                ),
            },
            {
              key: "createdAt",
              title: t("common.createdAt"),
              dataIndex: "createdAt",
              width: 170,
              render: dateTimeCell,
            },
            {
              key: "actions",
              title: t("common.actions"),
              width: 260,
              // Held at the right: on a narrower screen the middle columns scroll, never the buttons.
              fixed: "right",
              render: (_, organisation) => (
                <Space size={0} wrap>
                  <Button type="link" size="small" icon={<EditOutlined />} onClick={() => open(organisation)}>
                    {t("common.edit")}
                  </Button>
                  <Popconfirm
                    title={organisation.active ? t("org.confirmDeactivate") : t("org.confirmActivate")}
                    okText={t("common.confirm")}
                    cancelText={t("common.cancel")}
                    onConfirm={() => toggleActive(organisation)}
                  >
                    <Button type="link" size="small" danger={organisation.active}>
                      {organisation.active ? t("org.deactivate") : t("org.activate")}
                    </Button>
                  </Popconfirm>
                  <Link to={`/users?org=${organisation.id}`}>
                    <Button type="link" size="small" icon={<TeamOutlined />}>
                      {t("org.users")}
                    </Button>
                  </Link>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Modal
        open={dialogOpen}
        title={editing === "new" ? t("org.create") : t("org.edit")}
        okText={t("common.save")}
        cancelText={t("common.cancel")}
        confirmLoading={save.isPending}
        onOk={() => form.submit()}
        onCancel={() => setDialogOpen(false)}
        forceRender
      >
        {problem && <ProblemAlert error={problem.error} fieldErrors={problem.leftover} />}
        <Form<FormValues> form={form} layout="vertical" onFinish={submit} data-testid="org-form">
          <Form.Item
            name="name"
            label={t("org.name")}
            rules={[
              { required: true, whitespace: true, message: t("form.required") },
              { min: 2, max: 100 },
            ]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name="type"
            label={t("org.type")}
            rules={[{ required: true, message: t("form.required") }]}
          >
            <Select<OrgType> options={ORG_TYPES.map((value) => ({ value, label: orgTypeLabel(t, value) }))} />
          </Form.Item>
          <Form.Item
            name="regionCode"
            label={t("org.region")}
            rules={[{ required: true, message: t("form.required") }]}
          >
            <Select
              showSearch={{ optionFilterProp: "label" }}
              options={regions.data?.map((region) => ({
                value: region.code,
                label: `${locale === "zh" ? region.name : region.nameEn}${paren(region.code)}`,
              }))}
            />
          </Form.Item>
          {chosenType === "FINANCIAL_INSTITUTION" && (
            <Form.Item
              name="institutionKind"
              label={t("org.institutionKind")}
              tooltip={t("org.institutionKindHint")}
              rules={[{ required: true, message: t("form.required") }]}
            >
              <Select options={INSTITUTION_KINDS.map((kind) => ({ value: kind.code, label: label(kind) }))} />
            </Form.Item>
          )}
          {chosenType && hasDepartment(chosenType) && (
            <Form.Item
              name="department"
              label={t("org.department")}
              tooltip={t("org.departmentHint")}
              rules={[{ required: true, message: t("form.required") }]}
            >
              <Select
                options={DEPARTMENTS.map((code) => ({ value: code, label: label(DEPARTMENT_TERMS[code]) }))}
              />
            </Form.Item>
          )}
          <Divider titlePlacement="start">{t("org.payeeAccount")}</Divider>
          <Typography.Paragraph type="secondary">{t("org.payeeAccountHint")}</Typography.Paragraph>
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item name={["payeeAccount", "accountName"]} label={t("org.accountName")}>
                <Input maxLength={100} data-testid="org-account-name" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={["payeeAccount", "bankName"]} label={t("org.accountBank")}>
                <Input maxLength={100} data-testid="org-account-bank" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name={["payeeAccount", "accountNo"]}
            label={t("org.accountNo")}
            rules={[{ pattern: /^[0-9-]{8,32}$/, message: t("org.accountNoPattern") }]}
          >
            <Input maxLength={32} data-testid="org-account-no" />
          </Form.Item>
          {chosenType === "ENTERPRISE" && (
            <Form.Item name="enterpriseId" label={t("org.enterprise")} tooltip={t("org.enterpriseHint")}>
              <EnterprisePicker allowClear placeholder={t("supplyChain.searchPlaceholder")} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
