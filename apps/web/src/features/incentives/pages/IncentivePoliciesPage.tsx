import { regionCovers, LISTING_REWARD_STAGE_TERMS as STAGE_TERMS } from "@chanrong/domain";
import { App, Button, Card, DatePicker, Form, Input, Modal, Select, Space, Table, Tag } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useSession } from "../../../app/session";
import { useRegions } from "../../../shared/api/reference";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { DATE_FORMAT, formatYuan } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import { useFunds } from "../../ledger/api/ledger";
import {
  type PolicyRow,
  type PolicyWire,
  useCopyPreset,
  usePolicies,
  usePresets,
  useRetirePolicy,
  useSavePolicy,
} from "../api/incentives";
import { formulaSummary } from "../components/formulaSummary";

/** The region's reward policies: copied from the seed's presets, their numbers edited as versions, retired. */
export function IncentivePoliciesPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { access } = useSession();
  const policies = usePolicies();
  const [copying, setCopying] = useState(false);
  const [editing, setEditing] = useState<PolicyRow | null>(null);
  const [retiring, setRetiring] = useState<PolicyRow | null>(null);
  return (
    <>
      <PageHeader
        title={t("incentives.policies.title")}
        subtitle={t("incentives.policies.subtitle")}
        extra={
          access.manageIncentivePolicies && (
            <Button type="primary" onClick={() => setCopying(true)} data-testid="policy-copy">
              {t("incentives.copy")}
            </Button>
          )
        }
      />
      <ProblemAlert error={policies.error} />
      <Card loading={policies.isLoading}>
        <Table<PolicyRow>
          rowKey="id"
          size="middle"
          pagination={false}
          dataSource={policies.data ?? []}
          data-testid="policies-table"
          columns={[
            { title: t("incentives.name"), dataIndex: "name" },
            { title: t("incentives.region"), dataIndex: "regionCode" },
            {
              title: t("incentives.formula"),
              key: "formula",
              render: (_, row) => formulaSummary(row.policy, i18n),
            },
            {
              title: t("incentives.perEnterprise"),
              key: "cap",
              align: "right",
              render: (_, row) =>
                row.policy.caps.perEnterprise === null
                  ? t("incentives.noLimit")
                  : formatYuan(row.policy.caps.perEnterprise),
            },
            {
              title: t("incentives.times"),
              key: "repeatable",
              render: (_, row) =>
                row.policy.repeatable ? t("incentives.repeatable") : t("incentives.oneTime"),
            },
            { title: t("incentives.fund"), dataIndex: "fundName" },
            { title: t("incentives.version"), dataIndex: "currentVersion", align: "right" },
            {
              title: t("incentives.state"),
              key: "state",
              render: (_, row) =>
                row.retiredAt ? (
                  <Tag>{t("incentives.retired")}</Tag>
                ) : (
                  <Tag color="green">{t("incentives.live")}</Tag>
                ),
            },
            {
              title: "",
              key: "actions",
              render: (_, row) =>
                access.manageIncentivePolicies &&
                !row.retiredAt && (
                  <Space>
                    <Button
                      size="small"
                      onClick={() => setEditing(row)}
                      data-testid={`policy-edit-${row.code}`}
                    >
                      {t("incentives.edit")}
                    </Button>
                    <Button size="small" danger onClick={() => setRetiring(row)}>
                      {t("incentives.retire")}
                    </Button>
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      {copying && <CopyModal onClose={() => setCopying(false)} />}
      {editing && <EditModal row={editing} onClose={() => setEditing(null)} />}
      {retiring && <RetireModal row={retiring} onClose={() => setRetiring(null)} />}
    </>
  );
}

function CopyModal({ onClose }: { onClose: () => void }) {
  const { t, label } = useI18n();
  const { me } = useSession();
  const presets = usePresets(true);
  const funds = useFunds();
  const copy = useCopyPreset();
  const [form] = Form.useForm<{ preset: string; regionCode: string; fundId: string; from: Dayjs }>();
  const regions = useRegions();
  // The region of the caller's organisation and the districts in it (a platform admin: every region).
  const ownRegion = me?.organisation.regionCode ?? "";
  const regionOptions = (regions.data ?? [])
    .filter((region) => me?.organisation.type === "PLATFORM_ADMIN" || regionCovers(ownRegion, region.code))
    .map((region) => ({
      value: region.code,
      label: `${label({ zh: region.name, en: region.nameEn })} · ${region.code}`,
    }));
  const submit = async () => {
    const values = await form.validateFields();
    try {
      await copy.mutateAsync({
        preset: values.preset as never,
        regionCode: values.regionCode,
        fundId: values.fundId,
        from: values.from.format(DATE_FORMAT),
      });
      onClose();
    } catch (error) {
      applyServerErrors(form, error, ["preset", "regionCode", "fundId", "from"]);
    }
  };
  return (
    <Modal open title={t("incentives.copy")} onOk={submit} onCancel={onClose} confirmLoading={copy.isPending}>
      <ProblemAlert error={copy.error} />
      <Form form={form} layout="vertical" initialValues={{ regionCode: me?.organisation.regionCode }}>
        <Form.Item name="preset" label={t("incentives.preset")} rules={[{ required: true }]}>
          <Select
            data-testid="copy-preset"
            options={(presets.data ?? []).map((preset) => ({
              value: preset.code,
              label: preset.policy.name,
            }))}
          />
        </Form.Item>
        <Form.Item name="regionCode" label={t("incentives.region")} rules={[{ required: true }]}>
          <Select data-testid="copy-region" showSearch optionFilterProp="label" options={regionOptions} />
        </Form.Item>
        <Form.Item name="fundId" label={t("incentives.fund")} rules={[{ required: true }]}>
          <Select
            data-testid="copy-fund"
            options={(funds.data ?? []).map((fund) => ({ value: fund.id, label: fund.name }))}
          />
        </Form.Item>
        <Form.Item name="from" label={t("incentives.from")} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface NumbersForm {
  amount?: string;
  rate?: string;
  cap?: string;
  totalCap?: string;
  stages?: string[];
  perEnterprise?: string;
  perEnterprisePerYear?: string;
  budget?: string;
  note: string;
}

/** The policy with the numbers the form holds; an empty cap means no limit. */
function withNumbers(policy: PolicyWire, values: NumbersForm): PolicyWire {
  const orNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);
  const { formula } = policy;
  return {
    ...policy,
    formula:
      formula.kind === "FIXED"
        ? { ...formula, amount: values.amount ?? formula.amount }
        : formula.kind === "SHARE_OF_BASE"
          ? { ...formula, rate: values.rate ?? formula.rate, cap: values.cap ?? formula.cap }
          : {
              ...formula,
              totalCap: values.totalCap ?? formula.totalCap,
              stages: formula.stages.map((stage, index) => ({
                ...stage,
                amount: values.stages?.[index] ?? stage.amount,
              })),
            },
    caps: {
      perEnterprise: orNull(values.perEnterprise),
      perEnterprisePerYear: orNull(values.perEnterprisePerYear),
      budget: orNull(values.budget),
    },
  };
}

function EditModal({ row, onClose }: { row: PolicyRow; onClose: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const save = useSavePolicy();
  const [form] = Form.useForm<NumbersForm>();
  const { formula, caps } = row.policy;
  const initial: NumbersForm = {
    ...(formula.kind === "FIXED" && { amount: formula.amount }),
    ...(formula.kind === "SHARE_OF_BASE" && { rate: formula.rate, cap: formula.cap }),
    ...(formula.kind === "STAGED" && {
      totalCap: formula.totalCap,
      stages: formula.stages.map((stage) => stage.amount),
    }),
    perEnterprise: caps.perEnterprise ?? "",
    perEnterprisePerYear: caps.perEnterprisePerYear ?? "",
    budget: caps.budget ?? "",
    note: "",
  };
  const submit = async () => {
    const values = await form.validateFields();
    try {
      const saved = await save.mutateAsync({
        id: row.id,
        input: {
          policy: withNumbers(row.policy, values),
          expectedVersion: row.currentVersion,
          note: values.note,
        },
      });
      message.success(t("incentives.saved", { version: saved.currentVersion }));
      onClose();
    } catch (error) {
      applyServerErrors(form, error, []);
    }
  };
  return (
    <Modal
      open
      title={`${t("incentives.edit")} · ${row.name}`}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={save.isPending}
    >
      <ProblemAlert error={save.error} />
      <Form form={form} layout="vertical" initialValues={initial}>
        {formula.kind === "FIXED" && (
          <Form.Item name="amount" label={t("incentives.amount")}>
            <Input data-testid="edit-amount" />
          </Form.Item>
        )}
        {formula.kind === "SHARE_OF_BASE" && (
          <>
            <Form.Item name="rate" label={t("incentives.rate")}>
              <Input />
            </Form.Item>
            <Form.Item name="cap" label={t("incentives.cap")}>
              <Input />
            </Form.Item>
          </>
        )}
        {formula.kind === "STAGED" && (
          <>
            {formula.stages.map((stage, index) => (
              <Form.Item key={stage.stage} name={["stages", index]} label={label(STAGE_TERMS[stage.stage])}>
                <Input />
              </Form.Item>
            ))}
            <Form.Item name="totalCap" label={t("incentives.totalCap")}>
              <Input />
            </Form.Item>
          </>
        )}
        <Form.Item name="perEnterprise" label={t("incentives.perEnterprise")}>
          <Input placeholder={t("incentives.noLimit")} />
        </Form.Item>
        <Form.Item name="perEnterprisePerYear" label={t("incentives.perEnterprisePerYear")}>
          <Input placeholder={t("incentives.noLimit")} />
        </Form.Item>
        <Form.Item name="budget" label={t("incentives.budget")}>
          <Input placeholder={t("incentives.noLimit")} />
        </Form.Item>
        <Form.Item name="note" label={t("incentives.note")} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea rows={2} data-testid="edit-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RetireModal({ row, onClose }: { row: PolicyRow; onClose: () => void }) {
  const { t } = useI18n();
  const retire = useRetirePolicy();
  const [reason, setReason] = useState("");
  const submit = async () => {
    await retire.mutateAsync({ id: row.id, expectedVersion: row.currentVersion, reason });
    onClose();
  };
  return (
    <Modal
      open
      title={`${t("incentives.retire")} · ${row.name}`}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={retire.isPending}
      okButtonProps={{ danger: true, disabled: reason.trim().length < 2 }}
    >
      <ProblemAlert error={retire.error} />
      <Input.TextArea
        rows={3}
        placeholder={t("incentives.retireReason")}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
    </Modal>
  );
}
