import { Button, Card, Col, Descriptions, Row, Timeline, Typography } from "antd";
import { useParams } from "react-router";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatStepTime, formatYuan } from "../../../shared/format";
import { type MessageKey, useI18n } from "../../../shared/i18n";
import { downloadLetter, useBridgeLoan } from "../api/bridgeLoans";
import { BridgeFeeWorkingView } from "../components/BridgeFeeWorkingView";
import { BridgeLoanActions } from "../components/BridgeLoanActions";
import { BridgeStateTag } from "../components/BridgeStateTag";

/** One bridge: the maturing loan, the ceiling it was judged by, the commitment, the money and the fee. */
export function BridgeLoanDetailPage() {
  const { t } = useI18n();
  const { id = "" } = useParams();
  const query = useBridgeLoan(id);
  const loan = query.data;
  const dash = (value: string | null) => value ?? "—";
  return (
    <>
      <PageHeader
        title={loan ? `${t("bridge.detail.title")} · ${loan.contractNo}` : t("bridge.detail.title")}
        subtitle={loan ? `${loan.enterpriseName} · ${loan.bankName} · ${loan.fundName}` : undefined}
        extra={loan && <BridgeLoanActions loan={loan} />}
      />
      <ProblemAlert error={query.error} />
      {loan && (
        <Row gutter={16}>
          <Col xs={24} xl={14}>
            <Card style={{ marginBottom: 16 }}>
              <div style={{ marginBottom: 12 }}>
                <BridgeStateTag loan={loan} />
              </div>
              <Descriptions
                size="small"
                column={1}
                bordered
                data-testid="bridge-detail"
                items={[
                  { key: "maturity", label: t("bridge.maturityDate"), children: loan.maturityDate },
                  {
                    key: "maturing",
                    label: t("bridge.maturingAmount"),
                    children: formatYuan(loan.maturingAmount),
                  },
                  { key: "amount", label: t("bridge.amount"), children: formatYuan(loan.amount) },
                  {
                    key: "ceiling",
                    label: t("bridge.ceiling"),
                    children: `${t("bridge.ceilingOf", {
                      amount: formatYuan(loan.ceiling.amount),
                      version: loan.rulesVersion,
                    })} · ${loan.ceiling.reason}`,
                  },
                  {
                    key: "renewal",
                    label: t("bridge.renewalAmount"),
                    children: loan.renewalAmount ? formatYuan(loan.renewalAmount) : "—",
                  },
                  {
                    key: "expected",
                    label: t("bridge.expectedDisbursementOn"),
                    children: dash(loan.expectedDisbursementOn),
                  },
                  { key: "paid", label: t("bridge.paidOn"), children: dash(loan.paidOn) },
                  { key: "due", label: t("bridge.returnDue"), children: dash(loan.returnDue) },
                  {
                    key: "disbursed",
                    label: t("bridge.renewalDisbursedOn"),
                    children: dash(loan.renewalDisbursedOn),
                  },
                  { key: "returned", label: t("bridge.returnedOn"), children: dash(loan.returnedOn) },
                  {
                    key: "letter",
                    label: t("bridge.letter"),
                    children: loan.letter ? (
                      <Button size="small" type="link" onClick={() => void downloadLetter(loan.id)}>
                        {t("bridge.downloadLetter")}
                      </Button>
                    ) : (
                      "—"
                    ),
                  },
                ]}
              />
            </Card>
            {loan.feeWorking && (
              <Card title={t("bridge.feeWorking")} style={{ marginBottom: 16 }}>
                <BridgeFeeWorkingView working={loan.feeWorking} title={t("bridge.fee")} />
              </Card>
            )}
          </Col>
          <Col xs={24} xl={10}>
            <Card title={t("bridge.history")}>
              <Timeline
                data-testid="bridge-history"
                items={loan.history.map((step) => ({
                  key: step.id,
                  color: step.action === "escalate" || step.action === "overdue" ? "red" : "blue",
                  children: (
                    <>
                      <Typography.Text strong>
                        {t(`bridge.history.${step.action}` as MessageKey)}
                      </Typography.Text>
                      <div>
                        <Typography.Text type="secondary">
                          {formatStepTime(step.businessDate, String(step.at))} ·{" "}
                          {/* A user's display name already names the organisation. */}
                          {step.actorName ?? step.actorOrgName ?? t("bridge.system")}
                        </Typography.Text>
                      </div>
                      {step.reason && <div>{step.reason}</div>}
                    </>
                  ),
                }))}
              />
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}
