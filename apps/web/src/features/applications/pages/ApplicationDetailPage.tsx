import { EditOutlined, FilePdfOutlined, PrinterOutlined } from "@ant-design/icons";
import { LOAN_SERVICING_STATUSES } from "@chanrong/domain";
import { App, Button, Card, Col, Descriptions, Empty, Flex, Row, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useNavigate, useParams } from "react-router";
import { useSession } from "../../../app/session";
import { download } from "../../../shared/api/client";
import { dateCell, Nowrap } from "../../../shared/components/Nowrap";
import { PageHeader } from "../../../shared/components/PageHeader";
import { formatWan, formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { ActionButtons } from "../../../shared/worklist/ActionButtons";
import { DetailLoader } from "../../../shared/worklist/DetailLoader";
import { HistoryCard } from "../../../shared/worklist/HistoryCard";
import { useProgramme } from "../../programmes/api/programmes";
import {
  type ApplicationAction,
  type ApplicationDetail,
  type Clock,
  recommendationFormUrl,
  useApplication,
  useCurrentEligibility,
} from "../api/applications";
import { ActionModal, isDangerAction } from "../components/ActionModal";
import { AttachmentsCard } from "../components/Attachments";
import { ContractsCard } from "../components/ContractsCard";
import { EligibilityChecks } from "../components/EligibilityChecks";
import { LoanCard } from "../components/LoanCard";
import { actionLabel, labelOr, ReviewTag, SlaTag, StatusTag } from "../components/labels";

export function ApplicationDetailPage() {
  const { id } = useParams();
  const query = useApplication(id);
  return (
    <DetailLoader query={query}>
      {(detail) => <Detail detail={detail} onReload={() => query.refetch()} />}
    </DetailLoader>
  );
}

function Detail({ detail, onReload }: { detail: ApplicationDetail; onReload: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [action, setAction] = useState<ApplicationAction | null>(null);
  const { me } = useSession();
  const navigate = useNavigate();
  const hasLoan = ["CONTRACTED", "DISBURSED", "SETTLED"].includes(detail.status);
  // A settled loan takes no more events (the server refuses them), so the button goes with it.
  const canRecordLoan =
    LOAN_SERVICING_STATUSES.some((status) => status === detail.status) &&
    me?.organisation.type === "BANK" &&
    me.organisation.id === detail.bank.id &&
    me.user.roles.includes("operator");
  const programme = useProgramme(detail.programme.code);
  const config = programme.data?.config;
  const loanUse = config?.permittedLoanUses.find((use) => use.code === detail.loanUse);
  const category = config?.supplyChainCategories?.find((c) => c.code === detail.supplyChainCategory);
  const recorded = [...detail.history].reverse().find((entry) => entry.details?.eligibility)
    ?.details?.eligibility;
  // Until the bureau recommends, the rules are shown as they stand today: the applicant's draft and
  // what the bureau weighs; afterwards, as the last decision recorded them.
  const checkedToday = detail.status === "DRAFT" || detail.status === "SUBMITTED";
  const current = useCurrentEligibility(detail.id, checkedToday);
  const shownEligibility = checkedToday ? current.data : recorded;
  const canEdit = detail.status === "DRAFT" && detail.availableActions.includes("submit");

  const downloadPdf = async () => {
    try {
      await download(recommendationFormUrl(detail.id, "pdf"), undefined, "recommendation-form.pdf");
    } catch (error) {
      message.error(error instanceof Error ? error.message : t("error.generic"));
    }
  };

  return (
    <>
      <PageHeader
        testId="application-detail-header"
        backTo="/applications"
        title={
          <Flex gap={8} align="center" wrap>
            <span>{detail.enterprise.name}</span>
            <StatusTag status={detail.status} testId="application-status-tag" />
            {detail.bankReview !== "NOT_STARTED" && (
              <ReviewTag
                prefix={t("application.bankReview")}
                state={detail.bankReview}
                testId="application-bank-review"
              />
            )}
            {detail.guarantorReview !== "NOT_STARTED" && (
              <ReviewTag
                prefix={t("application.guarantorReview")}
                state={detail.guarantorReview}
                testId="application-guarantor-review"
              />
            )}
          </Flex>
        }
        subtitle={`${detail.programme.name ?? detail.programme.code} · ${formatYuan(detail.amount)} ${t("unit.yuan")} · ${t("application.termMonths", { n: detail.termMonths })}`}
        extra={
          <>
            <ActionButtons
              actions={detail.availableActions}
              label={(next) => actionLabel(t, next)}
              isDanger={isDangerAction}
              testIdPrefix="action-"
              onChoose={setAction}
            />
            {canEdit && (
              <Button
                icon={<EditOutlined />}
                onClick={() => navigate(`/applications/${detail.id}/edit`)}
                data-testid="application-edit"
              >
                {t("application.edit")}
              </Button>
            )}
            <Button
              icon={<PrinterOutlined />}
              href={recommendationFormUrl(detail.id)}
              target="_blank"
              rel="noopener"
              data-testid="application-print"
            >
              {t("application.print")}
            </Button>
            <Button icon={<FilePdfOutlined />} onClick={downloadPdf} data-testid="application-pdf">
              {t("application.pdf")}
            </Button>
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Flex vertical gap={16}>
            <Card title={t("application.cardForm")} data-testid="application-form-card">
              <Descriptions
                column={{ xs: 1, md: 2 }}
                size="small"
                bordered
                styles={{ label: { minWidth: 96 } }}
              >
                <Descriptions.Item label={t("application.enterprise")}>
                  {detail.enterprise.name}
                  <Typography.Text type="secondary"> {detail.enterprise.uscc}</Typography.Text>
                </Descriptions.Item>
                <Descriptions.Item label={t("application.programme")}>
                  {detail.programme.name} (v{detail.programme.version})
                </Descriptions.Item>
                <Descriptions.Item label={t("application.bank")}>{detail.bank.name}</Descriptions.Item>
                <Descriptions.Item label={t("application.guarantor")}>
                  {detail.guarantor.name}
                </Descriptions.Item>
                <Descriptions.Item label={t("application.amount")}>
                  <span data-testid="application-amount-value">
                    {formatYuan(detail.amount)} {t("unit.yuan")}
                  </span>
                  <Typography.Text type="secondary">
                    {" "}
                    ({formatWan(detail.amount)} {t("unit.wan")})
                  </Typography.Text>
                </Descriptions.Item>
                <Descriptions.Item label={t("application.term")}>
                  {t("application.termMonths", { n: detail.termMonths })}
                </Descriptions.Item>
                <Descriptions.Item label={t("application.loanUse")}>
                  {loanUse ? label(loanUse) : detail.loanUse}
                </Descriptions.Item>
                <Descriptions.Item label={t("application.supplyChainCategory")}>
                  {category ? label(category) : (detail.supplyChainCategory ?? "—")}
                </Descriptions.Item>
                <Descriptions.Item label={t("application.address")} span={2}>
                  {detail.form.address}
                </Descriptions.Item>
                <Descriptions.Item label={t("application.legalRepresentative")}>
                  {detail.form.legalRepresentative}
                </Descriptions.Item>
                <Descriptions.Item label={t("application.phone")}>
                  <Nowrap>{detail.form.phone}</Nowrap>
                </Descriptions.Item>
                <Descriptions.Item label={t("application.contactName")}>
                  {detail.form.contactName}
                </Descriptions.Item>
                <Descriptions.Item label={t("application.contactPhone")}>
                  <Nowrap>{detail.form.contactPhone}</Nowrap>
                </Descriptions.Item>
                <Descriptions.Item label={t("application.mainBusiness")} span={2}>
                  {detail.form.mainBusiness}
                </Descriptions.Item>
                <Descriptions.Item label={t("application.productsAndPartners")} span={2}>
                  <Typography.Paragraph style={{ margin: 0, whiteSpace: "pre-wrap" }}>
                    {detail.form.productsAndPartners}
                  </Typography.Paragraph>
                </Descriptions.Item>
              </Descriptions>
            </Card>
            <Card
              title={t("application.cardEligibility")}
              extra={
                checkedToday && (
                  <Typography.Text type="secondary">{t("application.currentEligibility")}</Typography.Text>
                )
              }
              data-testid="application-eligibility"
            >
              {shownEligibility ? (
                <EligibilityChecks
                  eligible={shownEligibility.eligible}
                  checks={shownEligibility.checks}
                  testId="application-eligibility"
                />
              ) : (
                <Typography.Text type="secondary">{t("application.noEligibility")}</Typography.Text>
              )}
            </Card>
          </Flex>
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            <HistoryCard
              title={t("application.cardTimeline")}
              steps={detail.history}
              testId="application-timeline"
              stepTestId="timeline"
              actionLabel={(action) => actionLabel(t, action)}
              statusLabel={(status) => labelOr(t, `appStatus.${status}`, status)}
              isRefusal={(step) => step.toStatus === "REJECTED" || step.action === "withdraw"}
              completingStatus="DISBURSED"
              more={(step) => (
                <>
                  {step.details?.target && (
                    <div>
                      {t("application.target")}: {t(`reviewParty.${step.details.target}`)}
                    </div>
                  )}
                  {step.details?.acknowledgement && (
                    <div data-testid="timeline-acknowledgement">
                      {t("application.acknowledgedRules", {
                        rules: step.details.acknowledgement.rules
                          .map((rule) => t(`eligibility.rule.${rule}`))
                          .join("、"),
                      })}
                      : {step.details.acknowledgement.reason}
                    </div>
                  )}
                </>
              )}
            />
            <Card title={t("application.cardClocks")}>
              <div data-testid="application-clocks">
                <Table<Clock>
                  rowKey={(clock) => `${clock.clock}-${clock.startedOn}`}
                  size="small"
                  pagination={false}
                  dataSource={detail.clocks}
                  locale={{
                    emptyText: (
                      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("application.noClocks")} />
                    ),
                  }}
                  columns={[
                    {
                      key: "clock",
                      title: "",
                      dataIndex: "clock",
                      render: (clock: string) => labelOr(t, `clock.${clock}`, clock),
                    },
                    {
                      key: "startedOn",
                      title: t("application.clockStarted"),
                      dataIndex: "startedOn",
                      render: dateCell,
                    },
                    {
                      key: "dueOn",
                      title: t("application.clockDue"),
                      dataIndex: "dueOn",
                      render: dateCell,
                    },
                    {
                      key: "state",
                      title: t("common.status"),
                      render: (_, clock) =>
                        clock.running ? (
                          <SlaTag sla={clock.state} />
                        ) : (
                          <Tag>
                            {t("application.clockStopped")} {dateCell(clock.stoppedAt)}
                          </Tag>
                        ),
                    },
                  ]}
                />
              </div>
            </Card>
          </Flex>
        </Col>
        {/* The tables below need the page's width: documents, contracts with their scans, the loan. */}
        <Col span={24}>
          <Flex vertical gap={16}>
            <AttachmentsCard applicationId={detail.id} materials={detail.materials} />
            <ContractsCard detail={detail} />
            {hasLoan && <LoanCard applicationId={detail.id} canRecord={canRecordLoan} />}
          </Flex>
        </Col>
      </Row>
      {action && (
        <ActionModal
          action={action}
          detail={detail}
          onClose={() => setAction(null)}
          onReload={() => {
            setAction(null);
            onReload();
          }}
        />
      )}
    </>
  );
}
