import { FilePdfOutlined, PrinterOutlined, RollbackOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Col, Descriptions, Flex, Popconfirm, Row, Typography } from "antd";
import { useParams } from "react-router";
import { useSession } from "../../../app/session";
import { download } from "../../../shared/api/client";
import { dateCell, Nowrap } from "../../../shared/components/Nowrap";
import { PageHeader } from "../../../shared/components/PageHeader";
import { PaymentStatusTag } from "../../../shared/components/PaymentStatusTag";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatDate, formatWanBrief, formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { DetailLoader } from "../../../shared/worklist/DetailLoader";
import { AttachmentsCard } from "../../applications/components/Attachments";
import { LineWorking } from "../../payments/components/LineWorking";
import { type ClaimDetail, claimFormUrl, useClaim, useWithdrawClaim } from "../api/interest-subsidy";
import { ClaimStatusTag } from "../components/ClaimStatusTag";

export function ClaimDetailPage() {
  const { id } = useParams();
  const query = useClaim(id);
  return <DetailLoader query={query}>{(claim) => <Detail claim={claim} />}</DetailLoader>;
}

/** A 贴息表 as filed, laid out in the form's order, with its computation and its payment. */
function Detail({ claim }: { claim: ClaimDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const withdraw = useWithdrawClaim(claim.id);
  const { access } = useSession();
  const { loan, form } = claim;
  const subsidy = loan.subsidy.eligible ? loan.subsidy : null;

  const downloadPdf = async () => {
    try {
      await download(claimFormUrl(claim.id, "pdf"), undefined, "interest-subsidy-form.pdf");
    } catch (error) {
      message.error(error instanceof Error ? error.message : t("error.generic"));
    }
  };
  const onWithdraw = async () => {
    try {
      await withdraw.mutateAsync(claim.version);
      message.success(t("subsidy.detail.withdrawn"));
    } catch {
      // Shown in the alert below the header.
    }
  };

  return (
    <>
      <PageHeader
        testId="claim-detail-header"
        backTo={access.interestSubsidyAccounting ? "/interest-subsidy-accounting" : "/interest-subsidy"}
        title={
          <Flex gap={8} align="center" wrap>
            <span>{t("subsidy.detail.title", { name: loan.enterprise.name })}</span>
            <ClaimStatusTag status={claim.status} testId="claim-detail-status" />
          </Flex>
        }
        subtitle={`${loan.bank.name} · ${formatYuan(loan.disbursed)} ${t("unit.yuan")} · ${t("subsidy.appliedOn")} ${claim.appliedOn}`}
        extra={
          <>
            {claim.mayWithdraw && (
              <Popconfirm title={t("subsidy.detail.withdrawConfirm")} onConfirm={onWithdraw}>
                <Button
                  danger
                  icon={<RollbackOutlined />}
                  loading={withdraw.isPending}
                  data-testid="claim-withdraw"
                >
                  {t("subsidy.detail.withdraw")}
                </Button>
              </Popconfirm>
            )}
            <Button
              icon={<PrinterOutlined />}
              href={claimFormUrl(claim.id)}
              target="_blank"
              rel="noopener"
              data-testid="claim-print"
            >
              {t("subsidy.detail.print")}
            </Button>
            <Button icon={<FilePdfOutlined />} onClick={downloadPdf} data-testid="claim-pdf">
              {t("subsidy.detail.pdf")}
            </Button>
          </>
        }
      />
      {withdraw.isError && <ProblemAlert error={withdraw.error} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Flex vertical gap={16}>
            <Card
              title={t("subsidy.apply.form", { programme: claim.loan.programme.name })}
              data-testid="claim-form-card"
            >
              <Descriptions
                bordered
                size="small"
                column={{ xs: 1, md: 2 }}
                styles={{ label: { width: 168 } }}
              >
                <Descriptions.Item label={t("subsidy.form.enterpriseName")} span={2}>
                  {loan.enterprise.name}
                </Descriptions.Item>
                <Descriptions.Item label={t("subsidy.form.address")} span={2}>
                  {form.address}
                </Descriptions.Item>
                <Descriptions.Item label={t("subsidy.form.legalRepresentative")}>
                  {form.legalRepresentative}
                </Descriptions.Item>
                <Descriptions.Item label={t("subsidy.form.phone")}>
                  <Nowrap>{form.phone}</Nowrap>
                </Descriptions.Item>
                <Descriptions.Item label={t("subsidy.form.contactName")}>
                  {form.contactName}
                </Descriptions.Item>
                <Descriptions.Item label={t("subsidy.form.contactPhone")}>
                  <Nowrap>{form.contactPhone}</Nowrap>
                </Descriptions.Item>
                <Descriptions.Item label={t("subsidy.form.bankAccount")} span={2}>
                  {form.bankAccount}
                </Descriptions.Item>
                <Descriptions.Item label={t("subsidy.form.loanAmount")}>
                  {formatWanBrief(loan.disbursed)}
                </Descriptions.Item>
                <Descriptions.Item label={t("subsidy.form.loanPeriod")}>
                  <Nowrap>{formatDate(loan.termStart)}</Nowrap> — <Nowrap>{formatDate(loan.termEnd)}</Nowrap>
                </Descriptions.Item>
                <Descriptions.Item label={t("subsidy.form.outstanding")}>
                  {formatWanBrief(loan.outstanding)}
                </Descriptions.Item>
                <Descriptions.Item label={t("subsidy.form.settledOn")}>
                  {dateCell(loan.settledOn)}
                </Descriptions.Item>
                <Descriptions.Item label={t("subsidy.form.interestPaid")}>
                  <span className="money">{formatYuan(loan.interestPaid)}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t("subsidy.form.claimed")}>
                  <span className="money" data-testid="claim-claimed">
                    {formatYuan(claim.claimed)}
                  </span>
                </Descriptions.Item>
                <Descriptions.Item label={t("subsidy.form.businessDevelopment")} span={2}>
                  <Typography.Paragraph style={{ margin: 0, whiteSpace: "pre-wrap" }}>
                    {form.businessDevelopment}
                  </Typography.Paragraph>
                </Descriptions.Item>
                <Descriptions.Item label={t("subsidy.form.enterpriseOpinion")} span={2}>
                  <div style={{ whiteSpace: "pre-wrap" }}>{form.enterpriseOpinion}</div>
                  <Typography.Text type="secondary">
                    {loan.enterprise.name} · {claim.appliedOn}
                  </Typography.Text>
                </Descriptions.Item>
                <Descriptions.Item label={t("subsidy.form.guarantorOpinion")} span={2}>
                  {claim.guarantorOpinion ? (
                    <span data-testid="claim-guarantor-opinion">
                      <div style={{ whiteSpace: "pre-wrap" }}>{claim.guarantorOpinion.text}</div>
                      <Typography.Text type="secondary">
                        {claim.guarantorOpinion.by} · {claim.guarantorOpinion.date}
                      </Typography.Text>
                    </span>
                  ) : (
                    <Typography.Text type="secondary">{t("subsidy.detail.noOpinion")}</Typography.Text>
                  )}
                </Descriptions.Item>
              </Descriptions>
            </Card>
          </Flex>
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            <Card title={t("subsidy.detail.payment")} data-testid="claim-payment-card">
              {claim.returnedReason && (
                <Alert
                  type="warning"
                  showIcon
                  style={{ marginBottom: 12 }}
                  title={t("subsidy.detail.returned", {
                    by: claim.returnedReason.by,
                    reason: claim.returnedReason.reason,
                  })}
                />
              )}
              {claim.payment ? (
                <Descriptions size="small" column={1}>
                  <Descriptions.Item label={t("subsidy.detail.paymentTitle")}>
                    {claim.payment.title}
                  </Descriptions.Item>
                  <Descriptions.Item label={t("subsidy.detail.paymentStatus")}>
                    <PaymentStatusTag status={claim.payment.status} testId="claim-payment-status" />
                  </Descriptions.Item>
                  <Descriptions.Item label={t("subsidy.detail.paidAmount")}>
                    <span className="money">{formatYuan(claim.payment.amount)}</span>
                  </Descriptions.Item>
                </Descriptions>
              ) : (
                <Typography.Text type="secondary">{t("subsidy.detail.notInPayment")}</Typography.Text>
              )}
            </Card>
            <Card title={t("subsidy.detail.computation")} data-testid="claim-computation">
              <Descriptions size="small" column={1}>
                <Descriptions.Item label={t("subsidy.claimed")}>
                  <span className="money">{formatYuan(claim.claimed)}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t("subsidy.computed")}>
                  <Typography.Text strong className="money">
                    {subsidy ? formatYuan(subsidy.amount) : loan.subsidy.eligible ? "" : loan.subsidy.reason}
                  </Typography.Text>
                </Descriptions.Item>
                {claim.difference !== null && (
                  <Descriptions.Item label={t("subsidy.difference")}>
                    <Typography.Text
                      type={claim.difference === "0.00" ? "secondary" : "warning"}
                      className="money"
                    >
                      {formatYuan(claim.difference)}
                    </Typography.Text>
                  </Descriptions.Item>
                )}
              </Descriptions>
            </Card>
          </Flex>
        </Col>
        {subsidy && (
          <Col span={24}>
            <Card title={t("subsidy.working.title")}>
              <LineWorking working={subsidy.working} />
            </Card>
          </Col>
        )}
        <Col span={24}>
          <AttachmentsCard applicationId={loan.applicationId} />
        </Col>
      </Row>
    </>
  );
}
