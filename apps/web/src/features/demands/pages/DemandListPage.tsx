import { DEMAND_KINDS, DEMAND_STATUS_TERMS, DEMAND_URGENCY_TERMS } from "@chanrong/domain";
import { App, Button, Card, Flex, Input, Space, Table, Tag } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { useSession } from "../../../app/session";
import { ExportButton } from "../../../shared/components/ExportButton";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import {
  type DemandRow,
  exportBatch,
  exportBatches,
  exportDemands,
  exportInstitutionSummary,
  useBatches,
  useDemands,
  useInstitutionSummary,
  usePublishBatch,
  useRunDeadlines,
} from "../api/demands";

const STATUS_COLOURS = { SUBMITTED: "processing", ADMITTED: "green", DECLINED: "red" } as const;

/** The whitelist: an enterprise's own demands, or the bureau's region with its institutions and batches. */
export function DemandListPage() {
  const { t, label } = useI18n();
  const { access } = useSession();
  const demands = useDemands();
  const canPost = access.postFinancingDemand || access.postDemandForEnterprise;
  return (
    <>
      <PageHeader
        title={t("demands.title")}
        subtitle={t("demands.subtitle")}
        extra={
          <>
            {canPost && (
              <Link to="/financing-demands/new">
                <Button type="primary" data-testid="demand-post">
                  {t(access.postFinancingDemand ? "demands.post" : "demands.postFor")}
                </Button>
              </Link>
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
            {
              title: t("demands.product"),
              key: "product",
              render: (_, demand) =>
                demand.product && (
                  <Link to={`/product-supermarket/${demand.product.id}`}>{demand.product.name}</Link>
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
          <Space>
            <ExportButton
              onExport={exportInstitutionSummary}
              label={t("demands.exportSummary")}
              testId="institution-summary-export"
            />
            <Button onClick={runNow} loading={run.isPending} data-testid="run-deadlines">
              {t("demands.runDeadlines")}
            </Button>
          </Space>
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
      <Card
        title={t("demands.batches")}
        style={{ marginTop: 16 }}
        extra={
          <ExportButton onExport={exportBatches} label={t("demands.exportBatches")} testId="batches-export" />
        }
      >
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
