import { Card, Col, Descriptions, Flex, Row, Table, Typography } from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { ExportButton } from "../../../shared/components/ExportButton";
import { PageHeader } from "../../../shared/components/PageHeader";
import { PaymentStatusTag } from "../../../shared/components/PaymentStatusTag";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatDate, formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { ActionButtons } from "../../../shared/worklist/ActionButtons";
import { DetailLoader } from "../../../shared/worklist/DetailLoader";
import { HistoryCard } from "../../../shared/worklist/HistoryCard";
import { HolderTags } from "../../../shared/worklist/holders";
import {
  exportPayment,
  type PaymentAction,
  type PaymentDetail,
  type PaymentLine,
  usePayment,
  usePaymentLines,
} from "../api/payments";
import { LineSource, PayeeAccount } from "../components/LineSource";
import { LineWorking } from "../components/LineWorking";
import { PaymentReviewTag, paymentActionLabel, paymentKindLabel } from "../components/labels";
import { isDangerPaymentAction, PaymentActionModal } from "../components/PaymentActionModal";

export function FundPaymentDetailPage() {
  const { id } = useParams();
  const query = usePayment(id);
  return (
    <DetailLoader query={query}>
      {(detail) => <Detail detail={detail} onReload={() => query.refetch()} />}
    </DetailLoader>
  );
}

const LINES_PAGE_SIZE = 20;

/** The payment's lines, a page at a time (a yearly batch can have thousands), each with its working. */
function Lines({ detail }: { detail: PaymentDetail }) {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const lines = usePaymentLines(detail.id, page, LINES_PAGE_SIZE);
  // A single line is opened once it arrives (there is nothing else to look at); then the user decides.
  const [expanded, setExpanded] = useState<string[] | null>(null);
  const onlyLine = lines.data?.items[0];
  return (
    <Card
      title={t("fundPayment.cardLines")}
      extra={
        <Flex gap={12} align="center">
          <Typography.Text type="secondary" data-testid="payment-paid-lines">
            {t("fundPayment.paidLines", { paid: detail.paidLineCount, total: detail.lineCount })}
          </Typography.Text>
          <ExportButton
            onExport={() => exportPayment(detail.id)}
            label={t("fundPayment.exportLines")}
            testId="payment-export"
          />
        </Flex>
      }
    >
      {lines.isError && <ProblemAlert error={lines.error} />}
      <Table<PaymentLine>
        data-testid="payment-lines"
        rowKey="id"
        size="middle"
        loading={lines.isFetching}
        dataSource={lines.data?.items}
        onRow={(line) => ({ "data-line-no": line.lineNo }) as React.HTMLAttributes<HTMLElement>}
        expandable={{
          expandedRowRender: (line) => <LineWorking working={line.working} />,
          expandedRowKeys: expanded ?? (detail.lineCount === 1 && onlyLine ? [onlyLine.id] : []),
          onExpandedRowsChange: (keys) => setExpanded(keys.map(String)),
        }}
        pagination={{
          current: page,
          pageSize: LINES_PAGE_SIZE,
          total: lines.data?.total ?? detail.lineCount,
          onChange: setPage,
          showTotal: (total) => t("common.total", { total }),
        }}
        columns={[
          { key: "lineNo", title: t("fundPayment.lineNo"), dataIndex: "lineNo", width: 80 },
          {
            key: "beneficiary",
            title: t("fundPayment.beneficiary"),
            dataIndex: "beneficiaryName",
            // A company's name on at most two lines, not one character a line.
            width: 180,
            render: (name: string, line) =>
              line.applicationId ? <Link to={`/applications/${line.applicationId}`}>{name}</Link> : name,
          },
          {
            key: "amount",
            title: t("fundPayment.amount"),
            dataIndex: "amount",
            align: "right",
            render: (amount: string) => formatYuan(amount),
          },
          {
            key: "source",
            title: t("fundPayment.source"),
            render: (_, line) => <LineSource line={line} />,
          },
          {
            key: "account",
            title: t("fundPayment.payeeAccount"),
            render: (_, line) => <PayeeAccount account={line.payeeAccount} />,
          },
          {
            key: "paidOn",
            title: t("fundPayment.paidOn"),
            dataIndex: "paidOn",
            width: 170,
            render: (paidOn: string | null, line) =>
              paidOn ? (
                <div data-testid="line-paid">
                  <div style={{ whiteSpace: "nowrap" }}>{formatDate(paidOn)}</div>
                  <Typography.Text type="secondary" data-testid="line-transfer-reference">
                    {t("fundPayment.transferReferenceShort")} {line.transferReference}
                  </Typography.Text>
                </div>
              ) : (
                <Typography.Text type="secondary">{t("fundPayment.unpaid")}</Typography.Text>
              ),
          },
        ]}
      />
    </Card>
  );
}

function Detail({ detail, onReload }: { detail: PaymentDetail; onReload: () => void }) {
  const { t } = useI18n();
  const [action, setAction] = useState<PaymentAction | null>(null);
  const reviewsStarted = detail.financeReview !== "NOT_STARTED";

  return (
    <>
      <PageHeader
        testId="payment-detail-header"
        backTo="/fund/payments"
        title={
          <Flex gap={8} align="center" wrap>
            <span>{detail.title}</span>
            <PaymentStatusTag status={detail.status} testId="payment-status-tag" />
            {reviewsStarted && (
              <>
                <PaymentReviewTag
                  prefix={t("fundPayment.financeReview")}
                  state={detail.financeReview}
                  testId="payment-finance-review"
                />
                <PaymentReviewTag
                  prefix={t("fundPayment.industryReview")}
                  state={detail.industryReview}
                  testId="payment-industry-review"
                />
              </>
            )}
          </Flex>
        }
        subtitle={`${paymentKindLabel(t, detail.kind)}${detail.year ? ` · ${detail.year}` : ""} · ${formatYuan(detail.total)} ${t("unit.yuan")}`}
        extra={
          <ActionButtons
            actions={detail.availableActions}
            label={(next) => paymentActionLabel(t, next)}
            isDanger={isDangerPaymentAction}
            testIdPrefix="payment-action-"
            onChoose={setAction}
          />
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Flex vertical gap={16}>
            <Card title={t("fundPayment.cardSummary")}>
              <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered data-testid="payment-summary">
                <Descriptions.Item label={t("fundPayment.fund")}>{detail.fund.name}</Descriptions.Item>
                <Descriptions.Item label={t("fundPayment.kind")}>
                  {paymentKindLabel(t, detail.kind)}
                </Descriptions.Item>
                <Descriptions.Item label={t("fundPayment.year")}>{detail.year ?? "—"}</Descriptions.Item>
                <Descriptions.Item label={t("fundPayment.total")}>
                  <Typography.Text strong data-testid="payment-total">
                    {formatYuan(detail.total)}
                  </Typography.Text>
                </Descriptions.Item>
                <Descriptions.Item label={t("fundPayment.lineCount")}>{detail.lineCount}</Descriptions.Item>
                <Descriptions.Item label={t("worklist.holder")}>
                  {detail.holders.length === 0 && "—"}
                  <HolderTags holders={detail.holders} />
                </Descriptions.Item>
                <Descriptions.Item label={t("fundPayment.createdOn")}>
                  <span data-testid="payment-created-on">{formatDate(detail.createdOn)}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t("fundPayment.paidOn")}>
                  <span data-testid="payment-paid-on">{detail.paidOn ? formatDate(detail.paidOn) : "—"}</span>
                </Descriptions.Item>
              </Descriptions>
            </Card>
            <Lines detail={detail} />
          </Flex>
        </Col>
        <Col xs={24} xl={9}>
          <HistoryCard
            title={t("fundPayment.cardTimeline")}
            steps={detail.history}
            testId="payment-timeline"
            stepTestId="payment-timeline"
            actionLabel={(action) => paymentActionLabel(t, action)}
            statusLabel={(status) => t(`paymentStatus.${status}`)}
            isRefusal={(step) => step.toStatus === "RETURNED" || step.action === "refused"}
            completingStatus="PAID"
          />
        </Col>
      </Row>
      {action && (
        <PaymentActionModal
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
