import { regionCovers } from "@chanrong/domain";
import {
  Alert,
  Card,
  Col,
  DatePicker,
  Flex,
  Row,
  Select,
  Spin,
  Statistic,
  Table,
  type TableColumnsType,
  Typography,
} from "antd";
import dayjs from "dayjs";
import { useBusinessDate, useSession } from "../../../app/session";
import { ExportButton } from "../../../shared/components/ExportButton";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatInteger, formatYuan, sumYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { useSearchState } from "../../../shared/search-params";
import { useFunds } from "../../ledger/api/ledger";
import { useProgrammes } from "../../programmes/api/programmes";
import {
  exportProgrammeMonthly,
  type ProgrammeMonthly,
  type ReportFigures,
  type ReportRow,
  useProgrammeMonthly,
} from "../api/reports";
import { BarChart } from "../components/BarChart";

const MONTH_FORMAT = "YYYY-MM";

type TallyFigure =
  | "applications"
  | "approvals"
  | "disbursed"
  | "interestSubsidy"
  | "feeSubsidy"
  | "defaults"
  | "compensation"
  | "recoveries";

/** A column of the report: a figure for the month and to date, or one figure at the month's end. */
type ColumnSpec =
  | { figure: TallyFigure; money: boolean }
  | { single: "outstanding" | "loansOutstanding"; money: boolean };

/** The columns in the order of art. 17's summary: applications to recoveries. */
const COLUMNS: readonly ColumnSpec[] = [
  { figure: "applications", money: false },
  { figure: "approvals", money: false },
  { figure: "disbursed", money: true },
  { single: "outstanding", money: true },
  { single: "loansOutstanding", money: false },
  { figure: "interestSubsidy", money: true },
  { figure: "feeSubsidy", money: true },
  { figure: "defaults", money: false },
  { figure: "compensation", money: true },
  { figure: "recoveries", money: true },
];

const PARTS = ["inMonth", "cumulative"] as const;

const show = (money: boolean, value: string | number) =>
  money ? formatYuan(String(value)) : formatInteger(Number(value));

/** The values of one row in column order, for the total row under the table. */
const cellsOf = (row: ReportFigures) =>
  COLUMNS.flatMap((spec) =>
    "single" in spec
      ? [{ key: spec.single, money: spec.money, value: row[spec.single] }]
      : PARTS.map((part) => ({
          key: `${spec.figure}-${part}`,
          money: spec.money,
          value: row[spec.figure][part],
        })),
  );

function reportColumns(t: ReturnType<typeof useI18n>["t"], orgTitle: string): TableColumnsType<ReportRow> {
  return [
    { key: "name", title: orgTitle, dataIndex: "name", fixed: "left", width: 190 },
    ...COLUMNS.map((spec) =>
      "single" in spec
        ? {
            key: spec.single,
            title: t(`report.${spec.single}`),
            align: "right" as const,
            width: spec.money ? 140 : 72,
            render: (_: unknown, row: ReportRow) => show(spec.money, row[spec.single]),
          }
        : {
            key: spec.figure,
            title: t(`report.${spec.figure}`),
            children: PARTS.map((part) => ({
              key: `${spec.figure}-${part}`,
              title: t(part === "inMonth" ? "report.inMonth" : "report.cumulative"),
              align: "right" as const,
              width: spec.money ? 130 : 72,
              render: (_: unknown, row: ReportRow) => show(spec.money, row[spec.figure][part]),
            })),
          },
    ),
  ];
}

/** One table of the report (by bank, by guarantor) with the programme's total as its last row. */
function ReportTable({
  rows,
  total,
  orgTitle,
  testId,
}: {
  rows: ReportRow[];
  total: ReportFigures;
  orgTitle: string;
  testId: string;
}) {
  const { t } = useI18n();
  return (
    <Table<ReportRow>
      data-testid={testId}
      rowKey="orgId"
      size="small"
      bordered
      pagination={false}
      dataSource={rows}
      columns={reportColumns(t, orgTitle)}
      scroll={{ x: "max-content" }}
      locale={{ emptyText: t("report.empty") }}
      onRow={(row) => ({ "data-org-id": row.orgId }) as React.HTMLAttributes<HTMLElement>}
      summary={() => (
        <Table.Summary fixed>
          <Table.Summary.Row data-testid={`${testId}-total`}>
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>{t("report.total")}</Typography.Text>
            </Table.Summary.Cell>
            {cellsOf(total).map(({ key, money, value }, index) => (
              <Table.Summary.Cell key={key} index={index + 1} align="right">
                <Typography.Text strong>{show(money, value)}</Typography.Text>
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}

const BLUE = "#1677ff";
const CYAN = "#13c2c2";
const GOLD = "#faad14";
const GREEN = "#52c41a";

function Charts({ report }: { report: ProgrammeMonthly }) {
  const { t } = useI18n();
  const months = report.trend.map((month) => month.month.slice(2));
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card title={t("report.chartByBank")} size="small">
          <BarChart
            label={t("report.chartByBank")}
            testId="report-chart-banks"
            emptyText={t("report.noChartData")}
            categories={report.byBank.map((row) => row.name)}
            series={[
              {
                key: "disbursed",
                label: t("report.series.cumulativeDisbursed"),
                colour: BLUE,
                values: report.byBank.map((row) => row.disbursed.cumulative),
              },
              {
                key: "outstanding",
                label: t("report.series.outstanding"),
                colour: CYAN,
                values: report.byBank.map((row) => row.outstanding),
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={t("report.chartSubsidies")} size="small">
          <BarChart
            label={t("report.chartSubsidies")}
            testId="report-chart-subsidies"
            emptyText={t("report.noChartData")}
            categories={months}
            series={[
              {
                key: "interest",
                label: t("report.series.interest"),
                colour: GOLD,
                values: report.trend.map((month) => month.interestSubsidy),
              },
              {
                key: "fee",
                label: t("report.series.fee"),
                colour: GREEN,
                values: report.trend.map((month) => month.feeSubsidy),
              },
            ]}
          />
        </Card>
      </Col>
      <Col span={24}>
        <Card title={t("report.chartLending")} size="small">
          <BarChart
            label={t("report.chartLending")}
            testId="report-chart-lending"
            emptyText={t("report.noChartData")}
            categories={months}
            series={[
              {
                key: "disbursed",
                label: t("report.series.disbursed"),
                colour: BLUE,
                values: report.trend.map((month) => month.disbursed),
              },
              {
                key: "outstanding",
                label: t("report.series.outstanding"),
                colour: CYAN,
                values: report.trend.map((month) => month.outstanding),
              },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}

/** Seed 002 art. 17: the month's figures of a programme, as charts, tables and Excel. */
export function ProgrammeReportPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const today = useBusinessDate();
  const { params, update } = useSearchState();
  const programmes = useProgrammes();
  const funds = useFunds();
  const fundProgrammes = new Set(funds.data?.flatMap((fund) => fund.programmeCodes) ?? []);
  const all = programmes.data ?? [];
  const preferred =
    all.find((programme) => fundProgrammes.has(programme.code)) ??
    all.find((programme) => me && regionCovers(me.organisation.regionCode, programme.regionCode)) ??
    all[0];
  const programme = params.get("programme") ?? preferred?.code;
  const month = params.get("month") ?? today.slice(0, 7);
  const report = useProgrammeMonthly(programme, month);

  const data = report.data;
  const total = data?.total;
  return (
    <>
      <PageHeader
        testId="report-header"
        title={`${t("menu.fundMonthlyReport")}${data ? ` · ${data.programme.name} · ${data.month}` : ""}`}
        subtitle={t("report.subtitle")}
        extra={
          <>
            <Select<string>
              style={{ minWidth: 200 }}
              value={programme}
              loading={programmes.isPending}
              onChange={(value) => update({ programme: value })}
              aria-label={t("report.programme")}
              options={all.map((one) => ({ value: one.code, label: one.name }))}
              data-testid="report-programme"
            />
            <DatePicker
              picker="month"
              format={MONTH_FORMAT}
              allowClear={false}
              value={dayjs(`${month}-01`)}
              onChange={(value) => value && update({ month: value.format(MONTH_FORMAT) })}
              aria-label={t("report.month")}
              data-testid="report-month"
            />
            {programme && (
              <ExportButton
                onExport={() => exportProgrammeMonthly(programme, month)}
                label={t("report.export")}
                testId="report-export"
              />
            )}
          </>
        }
      />
      {report.isError && <ProblemAlert error={report.error} />}
      {report.isFetching && !data && <Spin style={{ display: "block", margin: 48 }} />}
      {data && total && (
        <Flex vertical gap={16}>
          <Row gutter={[16, 16]}>
            {(
              [
                ["disbursed", t("report.kpiDisbursed"), formatYuan(total.disbursed.inMonth)],
                ["outstanding", t("report.kpiOutstanding"), formatYuan(total.outstanding)],
                [
                  "subsidies",
                  t("report.kpiSubsidies"),
                  formatYuan(sumYuan([total.interestSubsidy.inMonth, total.feeSubsidy.inMonth])),
                ],
                [
                  "cash",
                  t("report.kpiCash"),
                  data.fund ? formatYuan(data.fund.cashBalance) : t("report.noFund"),
                ],
                [
                  "applications",
                  t("report.kpiApplications"),
                  `${total.applications.inMonth} / ${total.applications.cumulative}`,
                ],
                [
                  "defaults",
                  t("report.kpiDefaults"),
                  `${total.defaults.inMonth} / ${total.defaults.cumulative}`,
                ],
              ] as const
            ).map(([key, title, value]) => (
              <Col key={key} xs={12} md={8} xl={4}>
                <Card size="small">
                  <Statistic
                    title={title}
                    value={value}
                    data-testid={`report-kpi-${key}`}
                    styles={{ content: { fontSize: 20 } }}
                  />
                </Card>
              </Col>
            ))}
          </Row>
          <Charts report={data} />
          <Card title={t("report.byBank")}>
            <ReportTable
              rows={data.byBank}
              total={total}
              orgTitle={t("report.bank")}
              testId="report-by-bank"
            />
          </Card>
          <Card title={t("report.byGuarantor")}>
            <ReportTable
              rows={data.byGuarantor}
              total={total}
              orgTitle={t("report.guarantor")}
              testId="report-by-guarantor"
            />
          </Card>
          <Alert type="info" showIcon title={t("report.note")} />
        </Flex>
      )}
    </>
  );
}
