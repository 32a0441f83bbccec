import { addDays, monthBounds, SUBMISSION_TIMELINESS } from "@chanrong/domain";
import { Card, DatePicker, Flex, Statistic, Table } from "antd";
import dayjs from "dayjs";
import { Link, useSearchParams } from "react-router";
import { useBusinessDate } from "../../../../app/session";
import { ExportButton } from "../../../../shared/components/ExportButton";
import { PageHeader } from "../../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../../shared/components/ProblemAlert";
import { formatYuan } from "../../../../shared/format";
import { useI18n } from "../../../../shared/i18n";
import { exportStatistics, useSubmissions, useTimeliness } from "../api";
import { isLate, TimelinessTag } from "../labels";

/**
 * 银行统计 for the bureau and the PBOC branch: one month's submissions of every bank in the region,
 * late and missing banks in red, each bank's submission one click away with its versions.
 */
export function StatisticsOverviewPage() {
  const { t } = useI18n();
  const today = useBusinessDate();
  const [params, setParams] = useSearchParams();
  // By default the last complete month, the one banks are due to send now.
  const month = params.get("month") ?? addDays(monthBounds(today.slice(0, 7)).from, -1).slice(0, 7);
  const timeliness = useTimeliness(month);
  const submissions = useSubmissions(month);
  const byBank = new Map((submissions.data ?? []).map((row) => [row.bankOrgId, row]));
  const rows = (timeliness.data?.banks ?? []).map((bank) => ({
    ...bank,
    submission: byBank.get(bank.bankOrgId),
  }));
  const count = (status: (typeof SUBMISSION_TIMELINESS)[number]) =>
    rows.filter((row) => row.status === status).length;

  return (
    <>
      <PageHeader
        title={t("stats.regionTitle")}
        subtitle={t("stats.regionSubtitle")}
        extra={
          <>
            <DatePicker
              picker="month"
              allowClear={false}
              value={dayjs(`${month}-01`)}
              disabledDate={(day) => day.format("YYYY-MM") > today.slice(0, 7)}
              onChange={(day) => day && setParams({ month: day.format("YYYY-MM") })}
              data-testid="stats-region-month"
            />
            <ExportButton
              onExport={() => exportStatistics(month)}
              label={t("stats.export")}
              testId="stats-region-export"
            />
          </>
        }
      />
      <ProblemAlert error={timeliness.error ?? submissions.error} />
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={48} wrap data-testid="stats-region-counts">
          <Statistic title={t("stats.dueOn")} value={timeliness.data?.dueOn ?? ""} />
          {SUBMISSION_TIMELINESS.map((status) => (
            <Statistic
              key={status}
              title={t(`stats.timeliness.${status}`)}
              value={count(status)}
              valueStyle={isLate(status) && count(status) > 0 ? { color: "#cf1322" } : undefined}
            />
          ))}
        </Flex>
      </Card>
      <Card>
        <Table
          rowKey="bankOrgId"
          size="small"
          pagination={false}
          loading={timeliness.isLoading || submissions.isLoading}
          dataSource={rows}
          data-testid="stats-region-banks"
          onRow={(row) =>
            ({
              "data-testid": `stats-bank-${row.bankName}`,
              style: isLate(row.status) ? { background: "#fff1f0" } : undefined,
            }) as React.HTMLAttributes<HTMLElement>
          }
          columns={[
            {
              key: "bank",
              title: t("orgType.BANK"),
              render: (_, row) =>
                row.submission ? (
                  <Link to={`/bank-statistics/${row.submission.id}`}>{row.bankName}</Link>
                ) : (
                  row.bankName
                ),
            },
            {
              key: "status",
              title: t("stats.status"),
              render: (_, row) => <TimelinessTag status={row.status} />,
            },
            { key: "daysLate", title: t("stats.daysLate"), render: (_, row) => row.daysLate || "" },
            {
              key: "version",
              title: t("stats.version"),
              render: (_, row) => (row.liveVersion ? `v${row.liveVersion}` : t("stats.notSubmitted")),
            },
            {
              key: "submittedOn",
              title: t("stats.submittedOn"),
              render: (_, row) => row.submission?.submittedOn,
            },
            {
              key: "allLoans",
              title: t("stats.figure.allLoansBalance"),
              align: "right",
              render: (_, row) => (row.submission ? formatYuan(row.submission.allLoansBalance) : "—"),
            },
            {
              key: "balance",
              title: t("stats.figure.balance"),
              align: "right",
              render: (_, row) => (row.submission ? formatYuan(row.submission.manufacturing.balance) : "—"),
            },
          ]}
        />
      </Card>
    </>
  );
}
