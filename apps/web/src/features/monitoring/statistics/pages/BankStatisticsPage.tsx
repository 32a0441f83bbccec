import { monthsEndingWith, statisticsTimeliness } from "@chanrong/domain";
import { Button, Card, Flex, Table } from "antd";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { useBusinessDate, useSession } from "../../../../app/session";
import { ExportButton } from "../../../../shared/components/ExportButton";
import { PageHeader } from "../../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../../shared/components/ProblemAlert";
import { formatYuan } from "../../../../shared/format";
import { useI18n } from "../../../../shared/i18n";
import { downloadTemplate, exportStatistics, type Submission, useSubmissions } from "../api";
import { TimelinessTag } from "../labels";
import { UploadModal } from "../UploadModal";

/** The months a bank sees: this month and the twelve before, newest first. */
const MONTHS_SHOWN = 13;

/**
 * 统计报送: a bank's months with their status, version, timeliness and due date; from each it downloads
 * the template, uploads it, fills in the form, or corrects the live version.
 */
export function BankStatisticsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const today = useBusinessDate();
  const { access } = useSession();
  const submissions = useSubmissions();
  const [uploading, setUploading] = useState(false);
  const byMonth = new Map((submissions.data ?? []).map((row) => [row.month, row]));
  const rows = monthsEndingWith(today.slice(0, 7), MONTHS_SHOWN)
    .reverse()
    .map((month) => {
      const submission = byMonth.get(month);
      // A month not submitted: due and missing, or not yet due, as the server would judge it.
      const [pending] = statisticsTimeliness(month, ["self"], new Map(), today);
      return {
        month,
        submission,
        dueOn: submission?.dueOn ?? pending?.dueOn ?? "",
        timeliness: submission?.timeliness ?? pending?.status ?? "NOT_YET_DUE",
        daysLate: submission?.daysLate ?? pending?.daysLate ?? 0,
      };
    });
  const figure = (pick: (row: Submission) => string) => (_: unknown, row: (typeof rows)[number]) =>
    row.submission ? formatYuan(pick(row.submission)) : "—";

  return (
    <>
      <PageHeader
        title={t("stats.title")}
        subtitle={t("stats.subtitle")}
        extra={
          <>
            {access.submitBankStatistics && (
              <Button type="primary" onClick={() => setUploading(true)} data-testid="stats-upload">
                {t("stats.upload")}
              </Button>
            )}
            <ExportButton
              onExport={() => exportStatistics()}
              label={t("stats.export")}
              testId="stats-export"
            />
          </>
        }
      />
      <ProblemAlert error={submissions.error} />
      <Card>
        <Table
          rowKey="month"
          size="small"
          pagination={false}
          loading={submissions.isLoading}
          dataSource={rows}
          data-testid="stats-months"
          onRow={(row) =>
            ({ "data-testid": `stats-month-${row.month}` }) as React.HTMLAttributes<HTMLElement>
          }
          columns={[
            { key: "month", title: t("stats.month"), dataIndex: "month" },
            {
              key: "status",
              title: t("stats.status"),
              render: (_, row) => <TimelinessTag status={row.timeliness} />,
            },
            { key: "dueOn", title: t("stats.dueOn"), dataIndex: "dueOn" },
            { key: "daysLate", title: t("stats.daysLate"), render: (_, row) => row.daysLate || "" },
            {
              key: "version",
              title: t("stats.version"),
              render: (_, row) => (row.submission ? `v${row.submission.version}` : t("stats.notSubmitted")),
            },
            {
              key: "channel",
              title: t("stats.channel"),
              render: (_, row) => (row.submission ? t(`stats.channel.${row.submission.channel}`) : ""),
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
              render: figure((row) => row.allLoansBalance),
            },
            {
              key: "balance",
              title: t("stats.figure.balance"),
              align: "right",
              render: figure((row) => row.manufacturing.balance),
            },
            {
              key: "actions",
              title: t("stats.actions"),
              render: (_, row) => (
                <Flex gap={8} wrap>
                  {row.submission && (
                    <Link to={`/bank-statistics/${row.submission.id}`}>{t("stats.view")}</Link>
                  )}
                  <ExportButton
                    onExport={() => downloadTemplate(row.month)}
                    label={t("stats.template")}
                    testId={`stats-template-${row.month}`}
                  />
                  {access.submitBankStatistics && (
                    <Button
                      size="small"
                      type="link"
                      onClick={() => navigate(`/bank-statistics/new?month=${row.month}`)}
                      data-testid={`stats-fill-${row.month}`}
                    >
                      {row.submission ? t("stats.correct") : t("stats.fill")}
                    </Button>
                  )}
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      {uploading && <UploadModal onClose={() => setUploading(false)} />}
    </>
  );
}
