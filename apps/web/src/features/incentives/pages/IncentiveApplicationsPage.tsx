import { LISTING_REWARD_STAGE_TERMS } from "@chanrong/domain";
import { Card, Table, Tag } from "antd";
import { Link } from "react-router";
import { useSession } from "../../../app/session";
import { ExportButton } from "../../../shared/components/ExportButton";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { type ApplicationRow, exportApplications, useApplications } from "../api/incentives";
import { STATUS_COLOURS } from "../components/statusColours";

/** 我的奖励申报 (or the region's, for reviewers), each with its payment's status. */
export function IncentiveApplicationsPage() {
  const { t, label } = useI18n();
  const { access } = useSession();
  const applications = useApplications();
  return (
    <>
      <PageHeader
        title={t("incentives.applications.title")}
        subtitle={t("incentives.applications.subtitle")}
        extra={
          <ExportButton
            onExport={exportApplications}
            label={t("incentives.export")}
            testId="incentives-export"
          />
        }
      />
      <ProblemAlert error={applications.error} />
      <Card loading={applications.isLoading}>
        <Table<ApplicationRow>
          rowKey="id"
          size="middle"
          dataSource={applications.data ?? []}
          locale={{ emptyText: t("incentives.applications.none") }}
          data-testid="incentive-applications"
          columns={[
            { title: t("incentives.submittedOn"), dataIndex: "submittedOn" },
            {
              title: t("incentives.policy"),
              key: "policy",
              render: (_, row) => (
                <Link to={`/incentives/applications/${row.id}`} data-testid="incentive-open">
                  {label({ zh: row.policyName, en: row.policyNameEn })}
                </Link>
              ),
            },
            { title: t("incentives.enterprise"), dataIndex: "enterpriseName" },
            { title: t("incentives.applicant"), dataIndex: "applicantName" },
            {
              title: t("incentives.stage"),
              key: "stage",
              render: (_, row) => row.stage && label(LISTING_REWARD_STAGE_TERMS[row.stage]),
            },
            {
              title: t("incentives.amount"),
              key: "amount",
              align: "right",
              render: (_, row) => <span className="money">{formatYuan(row.amount)}</span>,
            },
            {
              title: t("incentives.status"),
              key: "status",
              render: (_, row) => (
                <Tag
                  color={STATUS_COLOURS[row.status]}
                  data-testid="incentive-status"
                  data-status={row.status}
                >
                  {t(`rewardStatus.${row.status}`)}
                </Tag>
              ),
            },
            { title: t("incentives.paidOn"), dataIndex: "paidOn" },
            // Those who see the fund open the payment behind the application.
            ...(access.fund
              ? [
                  {
                    title: t("incentives.payment"),
                    key: "payment",
                    render: (_: unknown, row: ApplicationRow) => (
                      <Link to={`/fund/payments/${row.paymentId}`}>{t("incentives.payment")}</Link>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
    </>
  );
}
