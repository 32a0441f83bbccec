import { LISTING_REWARD_STAGE_TERMS } from "@chanrong/domain";
import { Button, Card, Col, Descriptions, List, Row, Space, Tag, Typography } from "antd";
import { Link, useParams } from "react-router";
import { download, pathOf } from "../../../shared/api/client";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { HistoryCard } from "../../../shared/worklist/HistoryCard";
import { PaymentReviewTag, paymentActionLabel } from "../../payments/components/labels";
import { useApplication, usePolicies } from "../api/incentives";
import { IncentiveRules, IncentiveWorkingView } from "../components/IncentiveWorkingView";
import { STATUS_COLOURS } from "../components/statusColours";

/**
 * One reward application as its applicant reads it: each eligibility rule with its reason, the amount's
 * working, every decision on its payment (who, when, why), where the payment stands, and the evidence.
 */
export function IncentiveApplicationDetailPage() {
  const { id = "" } = useParams();
  const { t, label } = useI18n();
  const application = useApplication(id);
  const detail = application.data;
  // The evidence named as the policy lists it (营业执照), not by its code.
  const policies = usePolicies();
  const evidenceItems = policies.data?.find((row) => row.id === detail?.policyId)?.policy.evidence ?? [];
  return (
    <>
      <PageHeader
        title={
          detail
            ? `${label({ zh: detail.policyName, en: detail.policyNameEn })} · ${detail.enterpriseName}`
            : t("incentives.detail.title")
        }
        subtitle={t("incentives.detail.subtitle")}
        extra={<Link to="/incentives/applications">{t("incentives.detail.back")}</Link>}
      />
      <ProblemAlert error={application.error} />
      {detail && (
        <Row gutter={16}>
          <Col xs={24} xl={15}>
            <Space direction="vertical" size={16} style={{ width: "100%" }}>
              <Card title={t("incentives.detail.payment")} data-testid="incentive-detail-payment">
                <Descriptions size="small" column={{ xs: 1, md: 2 }}>
                  <Descriptions.Item label={t("incentives.status")}>
                    <Tag
                      color={STATUS_COLOURS[detail.status]}
                      data-testid="incentive-detail-status"
                      data-status={detail.status}
                    >
                      {t(`rewardStatus.${detail.status}`)}
                    </Tag>
                  </Descriptions.Item>
                  <Descriptions.Item label={t("incentives.detail.reviews")}>
                    <Space size={4} wrap>
                      <PaymentReviewTag
                        prefix={t("fundPayment.financeReview")}
                        state={detail.financeReview}
                      />
                      <PaymentReviewTag
                        prefix={t("fundPayment.industryReview")}
                        state={detail.industryReview}
                      />
                    </Space>
                  </Descriptions.Item>
                  <Descriptions.Item label={t("incentives.amount")}>
                    <span className="money" data-testid="incentive-detail-amount">
                      {formatYuan(detail.amount)}
                    </span>
                  </Descriptions.Item>
                  {detail.stage && (
                    <Descriptions.Item label={t("incentives.stage")}>
                      {label(LISTING_REWARD_STAGE_TERMS[detail.stage])}
                    </Descriptions.Item>
                  )}
                  {detail.base && (
                    <Descriptions.Item label={t("incentives.base")}>
                      <span className="money">{formatYuan(detail.base)}</span>
                    </Descriptions.Item>
                  )}
                  <Descriptions.Item label={t("incentives.submittedOn")}>
                    {detail.submittedOn}
                  </Descriptions.Item>
                  <Descriptions.Item label={t("incentives.paidOn")}>{detail.paidOn ?? "—"}</Descriptions.Item>
                  <Descriptions.Item label={t("incentives.fund")}>{detail.fundName}</Descriptions.Item>
                  <Descriptions.Item label={t("incentives.version")}>
                    {detail.policyVersion}
                  </Descriptions.Item>
                </Descriptions>
              </Card>
              <Card title={t("incentives.rules")} data-testid="incentive-detail-rules">
                <IncentiveRules rules={detail.rules} />
              </Card>
              <Card title={t("incentives.working")}>
                <IncentiveWorkingView working={detail.working} />
              </Card>
              <Card title={t("incentives.evidence")}>
                <List
                  size="small"
                  dataSource={detail.evidence}
                  data-testid="incentive-detail-evidence"
                  renderItem={(file) => (
                    <List.Item>
                      <Button
                        type="link"
                        size="small"
                        style={{ padding: 0 }}
                        onClick={() =>
                          download(
                            pathOf("/api/v1/incentive-evidence/{id}/content", { id: file.id }),
                            undefined,
                            file.filename,
                          )
                        }
                      >
                        {file.filename}
                      </Button>
                      <Typography.Text type="secondary">
                        {label(
                          evidenceItems.find((item) => item.code === file.code) ?? {
                            zh: file.code,
                            en: file.code,
                          },
                        )}
                      </Typography.Text>
                    </List.Item>
                  )}
                />
              </Card>
            </Space>
          </Col>
          <Col xs={24} xl={9}>
            <HistoryCard
              title={t("incentives.detail.decisions")}
              steps={detail.decisions}
              testId="incentive-decisions"
              stepTestId="incentive-decision"
              actionLabel={(action) => paymentActionLabel(t, action)}
              statusLabel={(status) => t(`rewardStatus.${status}`)}
              isRefusal={(step) => step.toStatus === "RETURNED" || step.action === "refused"}
              completingStatus="PAID"
            />
          </Col>
        </Row>
      )}
    </>
  );
}
