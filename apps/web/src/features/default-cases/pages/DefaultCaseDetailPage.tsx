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
import { dateCell, dateTimeCell } from "../../../shared/components/Nowrap";
import { PageHeader } from "../../../shared/components/PageHeader";
import { PaymentStatusTag } from "../../../shared/components/PaymentStatusTag";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { ReasonModal } from "../../../shared/components/ReasonModal";
import { formatDate, formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { LineWorking } from "../../payments/components/LineWorking";
import {
  type CaseHistoryEntry,
  type DefaultCase,
  type Recovery,
  useDefaultCase,
  useRenewFundPayment,
  useReverseRecovery,
  useWithdrawClaim,
} from "../api/default-cases";
import { CompensateModal, RecoveryModal } from "../components/CaseModals";
import { CaseStatusTag } from "../components/CaseTable";

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
  const [open, setOpen] = useState<"compensate" | "record-recovery" | "withdraw" | null>(null);
  const renew = useRenewFundPayment(detail.id);
  const withdraw = useWithdrawClaim(detail.id);
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
            {actions.has("withdraw") && (
              <Button danger onClick={() => setOpen("withdraw")} data-testid="action-withdraw">
                {t("defaults.action.withdraw")}
              </Button>
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
      {detail.withdrawal && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="default-case-withdrawn"
          title={t("defaults.withdrawnAlert", {
            by: whoDid(detail.withdrawal.orgName, detail.withdrawal.by),
            date: formatDate(detail.withdrawal.on),
          })}
          description={t("defaults.withdrawnReason", { reason: detail.withdrawal.reason })}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <CaseCard detail={detail} />
        </Col>
        {/* A withdrawn claim is split and paid by nobody. */}
        {detail.status !== "WITHDRAWN" && (
          <>
            <Col xs={24} xl={12}>
              <SplitCard detail={detail} />
            </Col>
            <Col xs={24}>
              <PaymentCard detail={detail} />
            </Col>
          </>
        )}
        {detail.status === "COMPENSATED" && (
          <Col xs={24}>
            <RecoveriesCard detail={detail} />
          </Col>
        )}
        <Col xs={24}>
          <HistoryCard history={detail.history} />
        </Col>
      </Row>
      {open === "compensate" && <CompensateModal detail={detail} onClose={() => setOpen(null)} />}
      {open === "record-recovery" && <RecoveryModal detail={detail} onClose={() => setOpen(null)} />}
      {open === "withdraw" && (
        <ReasonModal
          title={t("defaults.action.withdraw")}
          hint={t("defaults.withdrawHint")}
          label={t("defaults.withdrawReason")}
          okText={t("defaults.action.withdraw")}
          testId="withdraw"
          onSubmit={async (reason) => {
            await withdraw.mutateAsync({ version: detail.version, reason });
            message.success(t("defaults.withdrawn"));
          }}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}

/** "org · person", unless the person's name already says the organisation (as demo names do). */
function whoDid(orgName: string, name: string): string {
  return name.startsWith(orgName) ? name : `${orgName} · ${name}`;
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
        <Descriptions.Item label={t("defaults.claimedOn")}>{dateCell(detail.claimedOn)}</Descriptions.Item>
        <Descriptions.Item label={t("defaults.reason")}>{detail.claimReason}</Descriptions.Item>
        <Descriptions.Item label={t("defaults.loss")}>
          <Typography.Text strong data-testid="default-case-loss">
            {formatYuan(detail.loss)}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t("defaults.scheme")}>{detail.scheme}</Descriptions.Item>
        {detail.compensatedOn && (
          <Descriptions.Item label={t("defaults.compensatedOn")}>
            {dateCell(detail.compensatedOn)}
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
          {payment.paidOn && (
            <Descriptions.Item label={t("paymentStatus.PAID")}>{dateCell(payment.paidOn)}</Descriptions.Item>
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
  const { message } = App.useApp();
  const reverse = useReverseRecovery(detail.id);
  const [reversing, setReversing] = useState<Recovery | null>(null);
  const bearers = (["reguarantor", "guarantor", "fund", "national_fund"] as const).filter(
    (bearer) =>
      bearer !== "national_fund" || detail.recoveries.some((r) => r.distribution.national_fund !== "0.00"),
  );
  // A reversed recovery reads struck through; its reversal in red, with the reason beside both.
  const figure = (recovery: Recovery, text: string, testId?: string) => (
    <Typography.Text
      delete={Boolean(recovery.reversedBy)}
      type={recovery.reverses ? "danger" : undefined}
      data-testid={testId}
    >
      {text}
    </Typography.Text>
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
        onRow={(recovery) =>
          ({
            "data-recovery-id": recovery.id,
            "data-reversed": recovery.reversedBy ? "true" : undefined,
          }) as object
        }
        columns={[
          { key: "date", title: t("defaults.recoveredOn"), dataIndex: "recoveredOn", render: dateCell },
          {
            key: "amount",
            title: t("defaults.recoveredAmount"),
            align: "right",
            render: (_, recovery) => figure(recovery, formatYuan(recovery.amount), "recovery-amount"),
          },
          ...bearers.map((bearer) => ({
            key: bearer,
            title: t(`defaults.party.${bearer}`),
            align: "right" as const,
            render: (_: unknown, recovery: Recovery) =>
              figure(recovery, formatYuan(recovery.distribution[bearer]), `recovery-${bearer}`),
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
            render: (_, recovery) => (
              <Flex vertical gap={2}>
                <span>
                  {recovery.recordedBy} {dateTimeCell(recovery.recordedAt)}
                </span>
                {recovery.reversedBy && (
                  <Typography.Text type="danger" data-testid="recovery-reversed-reason">
                    {t("defaults.reversedBecause", {
                      reason: recovery.reversedBy.reason,
                      by: recovery.reversedBy.recordedBy,
                    })}
                  </Typography.Text>
                )}
                {recovery.reverses && (
                  <Typography.Text type="danger">
                    {t("defaults.reversalOf", { reason: recovery.reason ?? "" })}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
          {
            key: "actions",
            title: "",
            render: (_, recovery) =>
              recovery.mayReverse && (
                <Button
                  size="small"
                  danger
                  onClick={() => setReversing(recovery)}
                  data-testid="recovery-reverse"
                >
                  {t("defaults.reverse")}
                </Button>
              ),
          },
        ]}
      />
      {reversing && (
        <ReasonModal
          title={t("defaults.reverseRecoveryTitle", {
            date: formatDate(reversing.recoveredOn),
            amount: formatYuan(reversing.amount),
          })}
          hint={t("defaults.reverseRecoveryHint")}
          label={t("defaults.reversalReason")}
          okText={t("defaults.reverse")}
          testId="recovery-reversal"
          onSubmit={async (reason) => {
            await reverse.mutateAsync({ recoveryId: reversing.id, reason });
            message.success(t("defaults.recoveryReversed"));
          }}
          onClose={() => setReversing(null)}
        />
      )}
    </Card>
  );
}

/** Who did what on the case, when (the business day and the moment), and why. */
function HistoryCard({ history }: { history: CaseHistoryEntry[] }) {
  const { t } = useI18n();
  return (
    <Card title={t("defaults.historyCard")} data-testid="default-case-history">
      <Table<CaseHistoryEntry>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={history}
        onRow={(entry) => ({ "data-action": entry.action }) as object}
        columns={[
          {
            key: "date",
            title: t("defaults.historyDate"),
            dataIndex: "businessDate",
            width: 120,
            render: dateCell,
          },
          {
            key: "action",
            title: t("defaults.historyAction"),
            width: 140,
            render: (_, entry) => t(`defaults.action.${entry.action}`),
          },
          {
            key: "who",
            title: t("defaults.historyBy"),
            render: (_, entry) => whoDid(entry.actorOrgName, entry.actorName),
          },
          { key: "reason", title: t("defaults.historyReason"), dataIndex: "reason" },
          {
            key: "at",
            title: t("defaults.historyAt"),
            dataIndex: "at",
            width: 170,
            render: dateTimeCell,
          },
        ]}
      />
    </Card>
  );
}
