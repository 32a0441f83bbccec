import {
  COLLATERAL_KINDS,
  DEMAND_KINDS,
  DEMAND_STATUS_TERMS,
  DEMAND_URGENCIES,
  DEMAND_URGENCY_TERMS,
} from "@chanrong/domain";
import { App, Button, Card, Flex, Form, Input, InputNumber, Modal, Select, Space, Table, Tag } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { useSession } from "../../../app/session";
import type { FieldError } from "../../../shared/api/client";
import { newIdempotencyKey } from "../../../shared/api/idempotency";
import { ExportButton } from "../../../shared/components/ExportButton";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatYuan } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import {
  type DemandInput,
  type DemandRow,
  exportBatch,
  exportDemands,
  useBatches,
  useDemands,
  useInstitutionSummary,
  usePostDemand,
  usePublishBatch,
  useRunDeadlines,
} from "../api/demands";

const STATUS_COLOURS = { SUBMITTED: "processing", ADMITTED: "green", DECLINED: "red" } as const;

/** The whitelist: an enterprise's own demands, or the bureau's region with its institutions and batches. */
export function DemandListPage() {
  const { t, label } = useI18n();
  const { access } = useSession();
  const demands = useDemands();
  const [posting, setPosting] = useState(false);
  return (
    <>
      <PageHeader
        title={t("demands.title")}
        subtitle={t("demands.subtitle")}
        extra={
          <>
            {access.postFinancingDemand && (
              <Button type="primary" onClick={() => setPosting(true)} data-testid="demand-post">
                {t("demands.post")}
              </Button>
            )}
            <ExportButton onExport={exportDemands} label={t("demands.export")} testId="demands-export" />
          </>
        }
      />
      <ProblemAlert error={demands.error} />
      <Card loading={demands.isLoading}>
        <Table<DemandRow>
          rowKey="id"
          size="middle"
          dataSource={demands.data ?? []}
          locale={{ emptyText: t("demands.none") }}
          data-testid="demands-table"
          columns={[
            {
              title: t("demands.enterprise"),
              key: "enterprise",
              render: (_, demand) => (
                <Link to={`/financing-demands/${demand.id}`}>{demand.enterpriseName}</Link>
              ),
            },
            {
              title: t("demands.kind"),
              key: "kind",
              render: (_, demand) => label(DEMAND_KINDS.find((kind) => kind.code === demand.kind)),
            },
            {
              title: t("demands.amount"),
              key: "amount",
              align: "right",
              render: (_, demand) => formatYuan(demand.amount),
            },
            { title: t("demands.termMonths"), dataIndex: "termMonths", align: "right" },
            {
              title: t("demands.urgency"),
              key: "urgency",
              render: (_, demand) => label(DEMAND_URGENCY_TERMS[demand.urgency]),
            },
            {
              title: t("demands.status"),
              key: "status",
              render: (_, demand) => (
                <Tag color={STATUS_COLOURS[demand.status]}>{label(DEMAND_STATUS_TERMS[demand.status])}</Tag>
              ),
            },
            { title: t("demands.officer"), dataIndex: "officerName" },
            {
              title: t("demands.batch"),
              key: "batch",
              render: (_, demand) =>
                demand.batchNumber !== null && t("demands.batchNumber", { number: demand.batchNumber }),
            },
            { title: t("demands.postedOn"), dataIndex: "postedOn" },
          ]}
        />
      </Card>
      {access.curateFinancingDemands && <BureauCards />}
      {posting && <PostDemandModal onClose={() => setPosting(false)} />}
    </>
  );
}

function BureauCards() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const summary = useInstitutionSummary(true);
  const batches = useBatches(true);
  const run = useRunDeadlines();
  const publish = usePublishBatch();
  const [period, setPeriod] = useState({ periodFrom: "", periodTo: "" });
  const runNow = async () => {
    const result = await run.mutateAsync();
    message.success(t("demands.deadlinesRun", result));
  };
  const publishNow = async () => {
    const batch = await publish.mutateAsync(period);
    message.success(t("demands.published", { number: batch.number, count: batch.demandCount }));
  };
  return (
    <>
      <Card
        title={t("demands.institutions")}
        style={{ marginTop: 16 }}
        extra={
          <Button onClick={runNow} loading={run.isPending} data-testid="run-deadlines">
            {t("demands.runDeadlines")}
          </Button>
        }
      >
        <ProblemAlert error={run.error} />
        <Table
          rowKey="orgId"
          size="small"
          pagination={false}
          loading={summary.isLoading}
          dataSource={summary.data ?? []}
          data-testid="institution-summary"
          columns={[
            { title: t("demands.institution"), dataIndex: "orgName" },
            { title: t("demands.open"), dataIndex: "open", align: "right" },
            { title: t("demands.overdue"), dataIndex: "overdue", align: "right" },
            { title: t("demands.declinedCount"), dataIndex: "declined", align: "right" },
            { title: t("demands.releasedCount"), dataIndex: "released", align: "right" },
            { title: t("demands.fundedCount"), dataIndex: "funded", align: "right" },
          ]}
        />
      </Card>
      <Card title={t("demands.batches")} style={{ marginTop: 16 }}>
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Space.Compact>
            <Input
              placeholder="2026-10-01"
              value={period.periodFrom}
              onChange={(event) => setPeriod({ ...period, periodFrom: event.target.value })}
              data-testid="batch-from"
            />
            <Input
              placeholder="2026-10-31"
              value={period.periodTo}
              onChange={(event) => setPeriod({ ...period, periodTo: event.target.value })}
              data-testid="batch-to"
            />
          </Space.Compact>
          <Button onClick={publishNow} loading={publish.isPending} data-testid="batch-publish">
            {t("demands.publish")}
          </Button>
        </Flex>
        <ProblemAlert error={publish.error} />
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={batches.data ?? []}
          data-testid="batches-table"
          columns={[
            {
              title: t("demands.batch"),
              key: "number",
              render: (_, batch) => t("demands.batchNumber", { number: batch.number }),
            },
            {
              title: t("demands.period"),
              key: "period",
              render: (_, batch) => `${batch.periodFrom} ~ ${batch.periodTo}`,
            },
            { title: t("demands.demandCount"), dataIndex: "demandCount", align: "right" },
            { title: t("demands.publishedOn"), dataIndex: "publishedOn" },
            {
              title: "",
              key: "export",
              render: (_, batch) => (
                <ExportButton
                  onExport={() => exportBatch(batch.id)}
                  label={t("demands.export")}
                  testId={`batch-export-${batch.number}`}
                />
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}

const DEMAND_FIELDS = [
  "kind",
  "amount",
  "termMonths",
  "purpose",
  "collateral",
  "keyProject",
  "urgency",
] as const;

function PostDemandModal({ onClose }: { onClose: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<DemandInput>();
  const mutation = usePostDemand();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [leftover, setLeftover] = useState<FieldError[]>([]);
  const onFinish = async (values: DemandInput) => {
    setLeftover([]);
    try {
      await mutation.mutateAsync({
        input: { ...values, keyProject: values.keyProject || null },
        idempotencyKey,
      });
      message.success(t("demands.posted"));
      onClose();
    } catch (error) {
      setLeftover(applyServerErrors(form, error, DEMAND_FIELDS));
    }
  };
  return (
    <Modal
      open
      title={t("demands.post")}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      okButtonProps={{ "data-testid": "demand-submit" }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ urgency: "NORMAL", termMonths: 12 }}
      >
        <Form.Item name="kind" label={t("demands.kind")}>
          <Select
            data-testid="demand-kind"
            showSearch={{ optionFilterProp: "label" }}
            options={DEMAND_KINDS.map((kind) => ({ value: kind.code, label: label(kind) }))}
          />
        </Form.Item>
        <Form.Item name="amount" label={t("demands.amount")}>
          <Input data-testid="demand-amount" />
        </Form.Item>
        <Form.Item name="termMonths" label={t("demands.termMonths")}>
          <InputNumber min={1} max={360} precision={0} data-testid="demand-term" />
        </Form.Item>
        <Form.Item name="purpose" label={t("demands.purpose")}>
          <Input.TextArea rows={2} data-testid="demand-purpose" />
        </Form.Item>
        <Form.Item name="collateral" label={t("demands.collateral")}>
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: "label" }}
            data-testid="demand-collateral"
            options={COLLATERAL_KINDS.map((kind) => ({ value: kind.code, label: label(kind) }))}
          />
        </Form.Item>
        <Form.Item name="keyProject" label={t("demands.keyProject")}>
          <Input data-testid="demand-key-project" />
        </Form.Item>
        <Form.Item name="urgency" label={t("demands.urgency")}>
          <Select
            data-testid="demand-urgency"
            showSearch={{ optionFilterProp: "label" }}
            options={DEMAND_URGENCIES.map((code) => ({
              value: code,
              label: label(DEMAND_URGENCY_TERMS[code]),
            }))}
          />
        </Form.Item>
      </Form>
      <ProblemAlert error={mutation.error} fieldErrors={leftover} />
    </Modal>
  );
}
