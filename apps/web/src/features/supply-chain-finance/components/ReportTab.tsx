import { Card, Flex, Statistic, Table } from "antd";
import { ExportButton } from "../../../shared/components/ExportButton";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { exportScfReport, useScfReport } from "../api/supply-chain-finance";

/** The programme's volume for the bureau: totals, by bank and by core enterprise; never the lines. */
export function ReportTab() {
  const { t } = useI18n();
  const report = useScfReport();
  const data = report.data;
  const figures = [
    { key: "count", title: t("scf.count"), render: (_: unknown, row: { count: number }) => row.count },
    {
      key: "financed",
      title: t("scf.financedTotal"),
      align: "right" as const,
      render: (_: unknown, row: { financed: string }) => formatYuan(row.financed),
    },
    {
      key: "outstanding",
      title: t("scf.outstandingTotal"),
      align: "right" as const,
      render: (_: unknown, row: { outstanding: string }) => formatYuan(row.outstanding),
    },
    {
      key: "repaid",
      title: t("scf.repaidTotal"),
      align: "right" as const,
      render: (_: unknown, row: { repaid: string }) => formatYuan(row.repaid),
    },
  ];
  return (
    <>
      <ProblemAlert error={report.error} />
      <Card
        title={t("scf.totals")}
        style={{ marginBottom: 16 }}
        extra={<ExportButton onExport={exportScfReport} label={t("scf.export")} testId="scf-report-export" />}
      >
        <Flex gap={32} wrap data-testid="scf-report-totals">
          <Statistic title={t("scf.count")} value={data?.totals.count ?? 0} />
          <Statistic title={t("scf.financedTotal")} value={formatYuan(data?.totals.financed ?? "0.00")} />
          <Statistic
            title={t("scf.outstandingTotal")}
            value={formatYuan(data?.totals.outstanding ?? "0.00")}
          />
          <Statistic title={t("scf.repaidTotal")} value={formatYuan(data?.totals.repaid ?? "0.00")} />
        </Flex>
      </Card>
      <Card title={t("scf.byBank")} style={{ marginBottom: 16 }}>
        <Table
          rowKey="bankOrgId"
          size="small"
          pagination={false}
          dataSource={data?.byBank ?? []}
          columns={[{ key: "bank", title: t("scf.bank"), dataIndex: "bankName" }, ...figures]}
        />
      </Card>
      <Card title={t("scf.byCore")}>
        <Table
          rowKey="coreEnterpriseId"
          size="small"
          pagination={false}
          dataSource={data?.byCore ?? []}
          columns={[{ key: "core", title: t("scf.core"), dataIndex: "coreName" }, ...figures]}
        />
      </Card>
    </>
  );
}
