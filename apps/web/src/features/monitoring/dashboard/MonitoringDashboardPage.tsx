import {
  Alert,
  Breadcrumb,
  Col,
  DatePicker,
  Empty,
  Flex,
  Row,
  Spin,
  type TableColumnsType,
  Typography,
} from "antd";
import dayjs from "dayjs";
import { useCallback, useMemo } from "react";
import { type ChartClick, EChart } from "../../../shared/charts/EChart";
import { ExportButton } from "../../../shared/components/ExportButton";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { useSearchState } from "../../../shared/search-params";
import {
  type Dashboard,
  type DashboardBank,
  type DashboardFilter,
  type DashboardPart,
  type DashboardTable,
  downloadBriefing,
  exportDashboardTable,
  useDashboard,
} from "./api";
import { ChartCard } from "./ChartCard";
import {
  bankOption,
  clusterOption,
  districtOption,
  growthOption,
  percent,
  shareOption,
  trendOption,
} from "./charts";
import { Headline } from "./Headline";

const MONTH_FORMAT = "YYYY-MM";
type SeriesRow = Dashboard["series"][number];

/** Seed 004 §一(二): the region's manufacturing lending against the 2027 targets, drilled down by click. */
export function MonitoringDashboardPage() {
  const { t, label, locale } = useI18n();
  const { params, update } = useSearchState();
  const filter: DashboardFilter = {
    to: params.get("to") ?? undefined,
    district: params.get("district") ?? undefined,
    // The server checks the code; an unknown one is answered 400.
    cluster: (params.get("cluster") ?? undefined) as DashboardFilter["cluster"],
    bankOrgId: params.get("bank") ?? undefined,
  };
  const query = useDashboard(filter);
  const dashboard = query.data;
  const partName = useCallback((part: DashboardPart) => label(part.name), [label]);
  const exporter = (table: DashboardTable) => () => exportDashboardTable(filter, table);

  const drill = useCallback(
    (changes: { district?: string; cluster?: string; bank?: string }) =>
      update({ district: undefined, cluster: undefined, ...changes }),
    [update],
  );
  const onDistrict = useCallback(
    (click: ChartClick) => {
      const part = dashboard?.byDistrict.find((entry) => partName(entry) === click.name);
      if (part) drill({ district: part.key, bank: params.get("bank") ?? undefined });
    },
    [dashboard, drill, partName, params],
  );
  const onCluster = useCallback(
    (click: ChartClick) => {
      const part = dashboard?.byCluster.find((entry) => partName(entry) === click.name);
      if (part) drill({ cluster: part.key, bank: params.get("bank") ?? undefined });
    },
    [dashboard, drill, partName, params],
  );
  const onBank = useCallback(
    (click: ChartClick) => {
      const bank = dashboard?.banks.find((entry) => entry.bankName === click.name);
      if (bank) update({ bank: bank.bankOrgId });
    },
    [dashboard, update],
  );

  const ofTotal = !!dashboard && !dashboard.filter.district && !dashboard.filter.cluster;
  const options = useMemo(() => {
    if (!dashboard) return null;
    return {
      trend: trendOption(dashboard, t),
      share: shareOption(dashboard, t),
      growth: growthOption(dashboard, t),
      districts: districtOption(dashboard.byDistrict, dashboard.filter.district, partName, t),
      clusters: clusterOption(dashboard.byCluster, partName, t),
      banks: bankOption(dashboard.banks, ofTotal, t),
    };
  }, [dashboard, ofTotal, t, partName]);

  const seriesColumns: TableColumnsType<SeriesRow> = [
    { title: t("monitoring.month"), dataIndex: "month" },
    { title: t("monitoring.allLoans"), align: "right", render: (_, row) => formatYuan(row.allLoans) || "—" },
    {
      title: t("monitoring.manufacturing"),
      align: "right",
      render: (_, row) => formatYuan(row.figures?.balance) || "—",
    },
    { title: t("monitoring.share"), align: "right", render: (_, row) => percent(row.share) },
    { title: t("monitoring.growth"), align: "right", render: (_, row) => percent(row.growth) },
    {
      title: t("monitoring.allLoansGrowth"),
      align: "right",
      render: (_, row) => percent(row.allLoansGrowth),
    },
    { title: t("monitoring.banksReporting"), align: "right", dataIndex: "banks" },
  ];
  // The tables drill down too, for those who do not point at charts.
  const partColumns = (title: string, dimension: "district" | "cluster"): TableColumnsType<DashboardPart> => [
    {
      title,
      render: (_, part) => (
        <Typography.Link
          onClick={() => drill({ [dimension]: part.key, bank: params.get("bank") ?? undefined })}
          data-testid={`monitoring-drill-${part.key}`}
        >
          {partName(part)}
        </Typography.Link>
      ),
    },
    { title: t("monitoring.manufacturing"), align: "right", render: (_, part) => formatYuan(part.balance) },
    {
      title: t("monitoring.shareOfManufacturing"),
      align: "right",
      render: (_, part) => percent(part.shareOfManufacturing),
    },
    { title: t("monitoring.growth"), align: "right", render: (_, part) => percent(part.growth) },
    { title: t("monitoring.newLoans"), align: "right", render: (_, part) => formatYuan(part.newLoans) },
  ];
  const bankColumns: TableColumnsType<DashboardBank> = [
    { title: t("monitoring.shareRank"), dataIndex: "shareRank", render: (rank) => rank ?? "—" },
    {
      title: t("monitoring.bank"),
      render: (_, bank) => (
        <Typography.Link onClick={() => update({ bank: bank.bankOrgId })} data-testid="monitoring-drill-bank">
          {bank.bankName}
        </Typography.Link>
      ),
    },
    { title: t("monitoring.share"), align: "right", render: (_, bank) => percent(bank.share) },
    { title: t("monitoring.growthRank"), dataIndex: "growthRank", render: (rank) => rank ?? "—" },
    { title: t("monitoring.growth"), align: "right", render: (_, bank) => percent(bank.growth) },
    { title: t("monitoring.manufacturing"), align: "right", render: (_, bank) => formatYuan(bank.balance) },
  ];

  // The district or cluster drilled into, by its name where the month's breakdown has it.
  const chosenKey = dashboard?.filter.district ?? dashboard?.filter.cluster;
  const chosen =
    dashboard && [...dashboard.byDistrict, ...dashboard.byCluster].find((part) => part.key === chosenKey);
  const chosenPart = chosen ? partName(chosen) : chosenKey;
  const crumbs = dashboard && [
    {
      key: "region",
      title: (
        <Typography.Link onClick={() => update({ district: undefined, cluster: undefined, bank: undefined })}>
          {label(dashboard.region.name)}
        </Typography.Link>
      ),
    },
    ...(dashboard.filter.bankName
      ? [
          {
            key: "bank",
            title: (
              <Typography.Link onClick={() => update({ district: undefined, cluster: undefined })}>
                {dashboard.filter.bankName}
              </Typography.Link>
            ),
          },
        ]
      : []),
    ...(chosenPart ? [{ key: "part", title: chosenPart }] : []),
  ];

  return (
    <>
      <PageHeader
        testId="monitoring-header"
        title={t("monitoring.title")}
        subtitle={t("monitoring.subtitle")}
        extra={
          <>
            <DatePicker
              picker="month"
              format={MONTH_FORMAT}
              allowClear={false}
              value={dashboard ? dayjs(`${dashboard.to}-01`) : undefined}
              onChange={(value) => value && update({ to: value.format(MONTH_FORMAT) })}
              aria-label={t("monitoring.month")}
              data-testid="monitoring-month"
            />
            {dashboard && (
              <ExportButton
                onExport={() => downloadBriefing(dashboard.to)}
                label={t("monitoring.briefing")}
                testId="monitoring-briefing"
              />
            )}
          </>
        }
      />
      {query.isError && <ProblemAlert error={query.error} />}
      {query.isPending && <Spin style={{ display: "block", margin: 48 }} />}
      {dashboard && options && crumbs && (
        <Flex vertical gap={16}>
          <Flex align="center" gap={8}>
            <Breadcrumb items={crumbs} data-testid="monitoring-breadcrumb" />
            <Typography.Text type="secondary">
              {t("monitoring.period", { from: dashboard.from, to: dashboard.to })}
            </Typography.Text>
          </Flex>
          {dashboard.series.every((entry) => entry.figures === null) ? (
            <Empty description={t("monitoring.noData")} data-testid="monitoring-empty" />
          ) : (
            <>
              {dashboard.reporting && dashboard.reporting.reported < dashboard.reporting.expected && (
                <Alert
                  type="warning"
                  showIcon
                  data-testid="monitoring-incomplete"
                  message={t("monitoring.incompleteMonth", {
                    month: dashboard.reporting.month,
                    reported: dashboard.reporting.reported,
                    expected: dashboard.reporting.expected,
                  })}
                  description={t("monitoring.missingBanks", {
                    banks: dashboard.reporting.missing.join(locale === "zh" ? "、" : ", "),
                  })}
                />
              )}
              <Headline dashboard={dashboard} />
              <Row gutter={[16, 16]}>
                <Col xs={24} xl={12}>
                  <ChartCard
                    title={t("monitoring.chart.trend")}
                    testId="monitoring-trend"
                    chart={<EChart option={options.trend} label={t("monitoring.chart.trend")} />}
                    columns={seriesColumns}
                    rows={dashboard.series}
                    rowKey="month"
                    onExport={exporter("trend")}
                  />
                </Col>
                {/* Shares need all loans, which banks report for their whole book only, not by part. */}
                {ofTotal && (
                  <Col xs={24} xl={12}>
                    <ChartCard
                      title={t("monitoring.chart.share")}
                      testId="monitoring-share"
                      chart={<EChart option={options.share} label={t("monitoring.chart.share")} />}
                      columns={seriesColumns}
                      rows={dashboard.series}
                      rowKey="month"
                      onExport={exporter("share")}
                    />
                  </Col>
                )}
                <Col xs={24} xl={12}>
                  <ChartCard
                    title={t("monitoring.chart.growth")}
                    testId="monitoring-growth"
                    chart={<EChart option={options.growth} label={t("monitoring.chart.growth")} />}
                    columns={seriesColumns}
                    rows={dashboard.series}
                    rowKey="month"
                    onExport={exporter("growth")}
                  />
                </Col>
                <Col xs={24} xl={12}>
                  <ChartCard
                    title={t("monitoring.chart.districts", { month: dashboard.to })}
                    testId="monitoring-districts"
                    chart={
                      <EChart
                        option={options.districts}
                        label={t("monitoring.chart.districts", { month: dashboard.to })}
                        onClick={onDistrict}
                      />
                    }
                    columns={partColumns(t("monitoring.district"), "district")}
                    rows={dashboard.byDistrict}
                    rowKey="key"
                    onExport={exporter("districts")}
                  />
                </Col>
                <Col xs={24} xl={12}>
                  <ChartCard
                    title={t("monitoring.chart.clusters", { month: dashboard.to })}
                    testId="monitoring-clusters"
                    chart={
                      <EChart
                        option={options.clusters}
                        label={t("monitoring.chart.clusters", { month: dashboard.to })}
                        onClick={onCluster}
                      />
                    }
                    columns={partColumns(t("monitoring.cluster"), "cluster")}
                    rows={dashboard.byCluster}
                    rowKey="key"
                    onExport={exporter("clusters")}
                  />
                </Col>
                <Col xs={24} xl={12}>
                  <ChartCard
                    title={t("monitoring.chart.banks", { month: dashboard.to })}
                    testId="monitoring-banks"
                    chart={
                      <EChart
                        option={options.banks}
                        height={Math.max(300, dashboard.banks.length * 22)}
                        label={t("monitoring.chart.banks", { month: dashboard.to })}
                        onClick={onBank}
                      />
                    }
                    columns={bankColumns}
                    rows={dashboard.banks}
                    rowKey="bankOrgId"
                    onExport={exporter("banks")}
                  />
                </Col>
              </Row>
            </>
          )}
        </Flex>
      )}
    </>
  );
}
