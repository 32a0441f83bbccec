import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { App, Button, Card, Form, Input, InputNumber, Modal, Popconfirm, Radio, Table, Tag } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { ApiError, type FieldError } from "../../../shared/api/client";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import { useCreateSupplyChainLink, useDeleteSupplyChainLink } from "../api/enterprises";
import type { EnterpriseDetail, SupplyChainLink } from "../api/types";
import { EnterprisePicker } from "./EnterprisePicker";

interface LinkFormValues {
  role: "core" | "supplier";
  counterpartyId: string;
  tier: number;
  products: string;
}

/** Core enterprise ↔ supplier links of one enterprise, with add/remove for those who may edit it. */
export function SupplyChainCard({ enterprise }: { enterprise: EnterpriseDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<LinkFormValues>();
  const [formError, setFormError] = useState<{ error: unknown; leftover: FieldError[] } | null>(null);
  const create = useCreateSupplyChainLink();
  const remove = useDeleteSupplyChainLink();

  const submit = async (values: LinkFormValues) => {
    setFormError(null);
    const input =
      values.role === "core"
        ? { coreEnterpriseId: enterprise.id, supplierEnterpriseId: values.counterpartyId }
        : { coreEnterpriseId: values.counterpartyId, supplierEnterpriseId: enterprise.id };
    try {
      await create.mutateAsync({ ...input, tier: values.tier, products: values.products.trim() });
      message.success(t("supplyChain.added"));
      setOpen(false);
      form.resetFields();
    } catch (error) {
      // The server names core/supplier ids; the form has one counterparty field.
      const mapped =
        error instanceof ApiError
          ? new ApiError(error.status, {
              ...error.problem,
              errors: error.fieldErrors.map((fieldError) =>
                fieldError.field === "coreEnterpriseId" || fieldError.field === "supplierEnterpriseId"
                  ? { ...fieldError, field: "counterpartyId" }
                  : fieldError,
              ),
            })
          : error;
      const leftover = applyServerErrors(form, mapped, ["counterpartyId", "tier", "products"]);
      if (leftover.length || !(error instanceof ApiError) || error.fieldErrors.length === 0) {
        setFormError({ error, leftover });
      }
    }
  };

  const onDelete = async (link: SupplyChainLink) => {
    try {
      await remove.mutateAsync(link.id);
      message.success(t("supplyChain.removed"));
    } catch (error) {
      message.error(error instanceof ApiError ? error.problem.detail : String(error));
    }
  };

  const columns = [
    {
      key: "relation",
      title: t("supplyChain.relation"),
      width: 140,
      render: (_: unknown, link: SupplyChainLink) =>
        link.coreEnterpriseId === enterprise.id ? (
          <Tag color="blue">{t("supplyChain.itsSupplier")}</Tag>
        ) : (
          <Tag color="gold">{t("supplyChain.itsCore")}</Tag>
        ),
    },
    {
      key: "counterparty",
      title: t("supplyChain.counterparty"),
      render: (_: unknown, link: SupplyChainLink) => {
        const isCore = link.coreEnterpriseId === enterprise.id;
        const id = isCore ? link.supplierEnterpriseId : link.coreEnterpriseId;
        const name = isCore ? link.supplierEnterpriseName : link.coreEnterpriseName;
        return <Link to={`/enterprises/${id}`}>{name}</Link>;
      },
    },
    {
      key: "tier",
      title: t("supplyChain.tier"),
      dataIndex: "tier",
      width: 110,
      render: (tier: number) => t("supplyChain.tierN", { n: tier }),
    },
    { key: "products", title: t("supplyChain.products"), dataIndex: "products" },
    ...(enterprise.canEdit
      ? [
          {
            key: "actions",
            title: t("common.actions"),
            width: 100,
            render: (_: unknown, link: SupplyChainLink) => (
              <Popconfirm
                title={t("supplyChain.confirmRemove")}
                okText={t("common.remove")}
                cancelText={t("common.cancel")}
                onConfirm={() => onDelete(link)}
              >
                <Button
                  type="link"
                  danger
                  size="small"
                  icon={<DeleteOutlined />}
                  data-testid="supply-chain-remove"
                >
                  {t("common.remove")}
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      title={t("supplyChain.title")}
      style={{ marginBottom: 16 }}
      extra={
        enterprise.canEdit && (
          <Button icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="supply-chain-add">
            {t("supplyChain.add")}
          </Button>
        )
      }
    >
      <Table<SupplyChainLink>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={enterprise.supplyChainLinks}
        pagination={enterprise.supplyChainLinks.length > 10 ? { pageSize: 10 } : false}
        data-testid="supply-chain-table"
      />
      <Modal
        open={open}
        title={t("supplyChain.add")}
        okText={t("common.save")}
        cancelText={t("common.cancel")}
        confirmLoading={create.isPending}
        onOk={() => form.submit()}
        onCancel={() => {
          setOpen(false);
          setFormError(null);
        }}
        destroyOnHidden
        forceRender
      >
        {formError && <ProblemAlert error={formError.error} fieldErrors={formError.leftover} />}
        <Form<LinkFormValues>
          form={form}
          layout="vertical"
          initialValues={{ role: "core", tier: 1 }}
          onFinish={submit}
          data-testid="supply-chain-form"
        >
          <Form.Item name="role" label={t("supplyChain.thisEnterpriseIs")}>
            <Radio.Group
              optionType="button"
              options={[
                { value: "core", label: t("supplyChain.asCore") },
                { value: "supplier", label: t("supplyChain.asSupplier") },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="counterpartyId"
            label={t("supplyChain.counterparty")}
            rules={[{ required: true, message: t("supplyChain.counterpartyRequired") }]}
          >
            <EnterprisePicker
              exclude={[enterprise.id]}
              placeholder={t("supplyChain.searchPlaceholder")}
              data-testid="supply-chain-counterparty"
            />
          </Form.Item>
          <Form.Item name="tier" label={t("supplyChain.tier")} rules={[{ required: true }]}>
            <InputNumber min={1} max={3} precision={0} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item
            name="products"
            label={t("supplyChain.products")}
            rules={[
              { required: true, whitespace: true, message: t("supplyChain.productsRequired") },
              { max: 200 },
            ]}
          >
            <Input placeholder={t("supplyChain.productsPlaceholder")} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
