import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Popconfirm,
  Result,
  Row,
  Spin,
  Statistic,
  Table,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { useSession } from "../../../app/session";
import { isApiError } from "../../../shared/api/client";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatDate, formatDateTime, formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { LineWorking } from "../components/LineWorking";
import { PaymentStatusTag } from "../fee-subsidy/PaymentStatusTag";
import { type DefaultCase, type Recovery, useDefaultCase, useRenewFundPayment } from "./api";
import { CompensateModal, RecoveryModal } from "./CaseModals";
import { CaseStatusTag } from "./CaseTable";

export function DefaultCaseDetailPage() {
  const { id } = useParams();
  const query = useDefaultCase(id);
  if (query.isPending) return <Spin style={{ display: "block", margin: 48 }} />;
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404) {
      return <Result status="404" subTitle={query.error.problem.detail} />;
    }
    return <ProblemAlert error={query.error} />;
  }
  return <Detail detail={query.data} />;
}

function Detail({ detail }: { detail: DefaultCase }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState<"compensate" | "record-recovery" | null>(null);
  const renew = useRenewFundPayment(detail.id);
  const actions = new Set(detail.availableActions);

  const onRenew = async () => {
    try {
      await renew.mutateAsync({ version: detail.version });
      message.success(t("defaults.renewed"));
    } catch (error) {
      message.error(isApiError(error) ? error.problem.detail : t("error.generic"));
    }
  };

  return (
    <>
      <PageHeader
        testId="default-case-header"
        backTo="/default-cases"
        title={
          <Flex gap={8} align="center" wrap>
            <span>{detail.application.enterpriseName}</span>
            <CaseStatusTag status={detail.status} testId="default-case-status" />
          </Flex>
        }
        subtitle={`${detail.application.programmeName} · ${formatYuan(detail.loss)} ${t("unit.yuan")} · ${detail.scheme}`}
        extra={
          <>
            {actions.has("compensate") && (
              <Button type="primary" onClick={() => setOpen("compensate")} data-testid="action-compensate">
                {t("defaults.action.compensate")}
              </Button>
            )}
            {actions.has("request-fund-payment") && (
              <Popconfirm title={t("defaults.renewConfirm")} onConfirm={onRenew}>
                <Button loading={renew.isPending} data-testid="action-request-fund-payment">
                  {t("defaults.action.request-fund-payment")}
                </Button>
              </Popconfirm>
            )}
            {actions.has("record-recovery") && (
              <Button
                type="primary"
                onClick={() => setOpen("record-recovery")}
                data-testid="action-record-recovery"
              >
                {t("defaults.action.record-recovery")}
              </Button>
            )}
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <CaseCard detail={detail} />
        </Col>
        <Col xs={24} xl={12}>
          <SplitCard detail={detail} />
        </Col>
        <Col xs={24}>
          <PaymentCard detail={detail} />
        </Col>
        {detail.status === "COMPENSATED" && (
          <Col xs={24}>
            <RecoveriesCard detail={detail} />
          </Col>
        )}
      </Row>
      {open === "compensate" && <CompensateModal detail={detail} onClose={() => setOpen(null)} />}
      {open === "record-recovery" && <RecoveryModal detail={detail} onClose={() => setOpen(null)} />}
    </>
  );
}

function CaseCard({ detail }: { detail: DefaultCase }) {
  const { t } = useI18n();
  const { application, position } = detail;
  return (
    <Card
      title={t("defaults.caseCard")}
      data-testid="default-case-card"
      extra={<Link to={`/applications/${application.id}`}>{t("defaults.viewLoan")}</Link>}
    >
      <Descriptions column={1} size="small" bordered styles={{ label: { width: 140 } }}>
        <Descriptions.Item label={t("defaults.bank")}>{application.bankName}</Descriptions.Item>
        <Descriptions.Item label={t("defaults.guarantor")}>{application.guarantorName}</Descriptions.Item>
        <Descriptions.Item label={t("defaults.loanAmount")}>
          {formatYuan(application.amount)}
        </Descriptions.Item>
        <Descriptions.Item label={t("defaults.outstanding")}>
          {formatYuan(position.outstanding)}{" "}
          <Tag color={position.status === "OVERDUE" ? "red" : "default"}>
            {t(`loanStatus.${position.status}`)}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t("defaults.claimedOn")}>{formatDate(detail.claimedOn)}</Descriptions.Item>
        <Descriptions.Item label={t("defaults.reason")}>{detail.claimReason}</Descriptions.Item>
        <Descriptions.Item label={t("defaults.loss")}>
          <Typography.Text strong data-testid="default-case-loss">
            {formatYuan(detail.loss)}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t("defaults.scheme")}>{detail.scheme}</Descriptions.Item>
        {detail.compensatedOn && (
          <Descriptions.Item label={t("defaults.compensatedOn")}>
            {formatDate(detail.compensatedOn)}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}

/** The loss split by the scheme (the working the fund's payment carries), and what stays with the bank. */
function SplitCard({ detail }: { detail: DefaultCase }) {
  const { t } = useI18n();
  return (
    <Card title={t("defaults.splitCard")} data-testid="default-case-split">
      {detail.blocked && (
        <Alert
          type="warning"
          showIcon
          title={t("defaults.blocked")}
          description={detail.blocked}
          style={{ marginBottom: 16 }}
        />
      )}
      {detail.working && (
        <Flex vertical gap={12}>
          {detail.status === "CLAIMED" && (
            <Typography.Text type="secondary">{t("defaults.splitPreview")}</Typography.Text>
          )}
          <LineWorking working={detail.working} />
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t("defaults.compensationToBank")}>
              <span data-testid="split-to-bank">{formatYuan(detail.compensationToBank)}</span>
              <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                {t("defaults.compensationToBankHint")}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          {detail.bankShare && (
            <Alert
              type="info"
              showIcon
              title={t("defaults.bankKeeps", { amount: formatYuan(detail.bankShare) })}
              data-testid="split-bank-keeps"
            />
          )}
        </Flex>
      )}
    </Card>
  );
}

function PaymentCard({ detail }: { detail: DefaultCase }) {
  const { t } = useI18n();
  const { access } = useSession();
  const { payment } = detail;
  return (
    <Card
      title={t("defaults.paymentCard")}
      data-testid="default-case-payment"
      extra={
        payment &&
        access.fund && <Link to={`/fund/payments/${payment.id}`}>{t("feeSubsidy.openPayment")}</Link>
      }
    >
      {payment ? (
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t("defaults.paymentStatus")}>
            <PaymentStatusTag status={payment.status} testId="default-case-payment-status" />
          </Descriptions.Item>
          <Descriptions.Item label={t("defaults.paymentTotal")}>
            {formatYuan(payment.total)}
          </Descriptions.Item>
          {payment.paidAt && (
            <Descriptions.Item label={t("paymentStatus.PAID")}>
              {formatDateTime(payment.paidAt)}
            </Descriptions.Item>
          )}
        </Descriptions>
      ) : (
        <Typography.Text type="secondary">
          {detail.status === "CLAIMED" ? t("defaults.paymentPending") : t("defaults.paymentNone")}
        </Typography.Text>
      )}
      {detail.status === "COMPENSATED" && !detail.fundPartPaid && (
        <Alert type="warning" showIcon title={t("defaults.paymentUnpaid")} style={{ marginTop: 12 }} />
      )}
    </Card>
  );
}

function RecoveriesCard({ detail }: { detail: DefaultCase }) {
  const { t } = useI18n();
  const bearers = (["reguarantor", "guarantor", "fund", "national_fund"] as const).filter(
    (bearer) =>
      bearer !== "national_fund" || detail.recoveries.some((r) => r.distribution.national_fund !== "0.00"),
  );
  return (
    <Card title={t("defaults.recoveriesCard")} data-testid="default-case-recoveries">
      <Flex gap={48} style={{ marginBottom: 12 }}>
        <Statistic
          title={t("defaults.recoveredTotal")}
          value={formatYuan(detail.recovered)}
          valueRender={(node) => <span data-testid="recovered-total">{node}</span>}
        />
        <Statistic title={t("defaults.recoverable")} value={formatYuan(detail.recoverable)} />
      </Flex>
      <Typography.Paragraph type="secondary">{t("defaults.recoveriesHint")}</Typography.Paragraph>
      <Table<Recovery>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={detail.recoveries}
        locale={{ emptyText: t("defaults.noRecoveries") }}
        columns={[
          { key: "date", title: t("defaults.recoveredOn"), dataIndex: "recoveredOn", render: formatDate },
          {
            key: "amount",
            title: t("defaults.recoveredAmount"),
            dataIndex: "amount",
            align: "right",
            render: formatYuan,
          },
          ...bearers.map((bearer) => ({
            key: bearer,
            title: t(`defaults.party.${bearer}`),
            align: "right" as const,
            render: (_: unknown, recovery: Recovery) => (
              <span data-testid={`recovery-${bearer}`}>{formatYuan(recovery.distribution[bearer])}</span>
            ),
          })),
          {
            key: "posting",
            title: t("defaults.posting"),
            dataIndex: "postingId",
            render: (postingId: number | null) => (postingId ? `#${postingId}` : ""),
          },
          {
            key: "by",
            title: t("defaults.recordedBy"),
            render: (_, recovery) => `${recovery.recordedBy} ${formatDateTime(recovery.recordedAt)}`,
          },
        ]}
      />
    </Card>
  );
}
