import { CheckCircleFilled, CloseCircleFilled } from "@ant-design/icons";
import { Card, Col, DatePicker, Empty, Flex, Row, Spin, Statistic, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { Link } from "react-router";
import { useBusinessDate } from "../../../app/session";
import { ExportButton } from "../../../shared/components/ExportButton";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { DATE_FORMAT, formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { useSearchState } from "../../../shared/search-params";
import {
  exportStatement,
  type KindTotals,
  type Posting,
  type Reconciliation,
  type StatementEntry,
  useStatement,
} from "../api/ledger";
import { FundPicker, useSelectedFund } from "../components/FundPicker";

type Entry = StatementEntry;

const PAGE_SIZE = 50;

/** 已对平 in green, or 未对平 in red with what does not agree. */
function ReconciliationTag({ reconciliation }: { reconciliation: Reconciliation }) {
  const { t } = useI18n();
  const { reconciled, totalDebits, totalCredits } = reconciliation;
  return (
    <Flex vertical gap={4} data-testid="statement-reconciliation" data-reconciled={String(reconciled)}>
      <span>
        <Tag
          color={reconciled ? "success" : "error"}
          icon={reconciled ? <CheckCircleFilled /> : <CloseCircleFilled />}
          style={{ fontSize: 14, padding: "2px 10px" }}
        >
          {reconciled ? t("statement.reconciled") : t("statement.notReconciled")}
        </Tag>
      </span>
      {reconciled ? (
        <Typography.Text type="secondary">
          {t("statement.reconciledHint", {
            debits: formatYuan(totalDebits),
            credits: formatYuan(totalCredits),
          })}
        </Typography.Text>
      ) : (
        <>
          {!reconciliation.debitsEqualCredits && (
            <Typography.Text type="danger">
              {t("statement.unbalanced", {
                debits: formatYuan(totalDebits),
                credits: formatYuan(totalCredits),
              })}
            </Typography.Text>
          )}
          {reconciliation.mismatches.map((mismatch) => (
            <Typography.Text type="danger" key={mismatch.accountId}>
              {t("statement.mismatch", {
                name: mismatch.name,
                recordedDebits: formatYuan(mismatch.recordedDebits),
                recordedCredits: formatYuan(mismatch.recordedCredits),
                transferDebits: formatYuan(mismatch.transferDebits),
                transferCredits: formatYuan(mismatch.transferCredits),
              })}
            </Typography.Text>
          ))}
        </>
      )}
    </Flex>
  );
}

/** The decision behind an entry: the payment (and its line), the recovery, or the entry it reverses. */
function Decision({ entry }: { entry: Posting }) {
  const { t } = useI18n();
  const { payment, line, recovery } = entry.decision;
  return (
    <Flex vertical>
      {payment && (
        <Link to={`/fund/payments/${payment.id}`} data-testid="statement-payment-link">
          {payment.title}
        </Link>
      )}
      {line && (
        <Typography.Text type="secondary">
          {t("statement.line", { n: line.lineNo, beneficiary: line.beneficiary })}
        </Typography.Text>
      )}
      {line?.payeeAccount && (
        <Typography.Text type="secondary" data-testid="statement-payee-account">
          {t("statement.payeeAccount", {
            account: [line.payeeAccount.bank, line.payeeAccount.number].filter(Boolean).join(" "),
          })}
        </Typography.Text>
      )}
      {line?.transferReference && (
        <span data-testid="statement-transfer-reference">
          {t("statement.transferReference", { reference: line.transferReference })}
        </span>
      )}
      {recovery && (
        <span>
          {t("statement.recovery", { date: recovery.recoveredOn, amount: formatYuan(recovery.amount) })}
        </span>
      )}
      {entry.reverses && <Tag color="orange">{t("fund.reverses", { id: entry.reverses })}</Tag>}
      {entry.reversedBy && <Tag color="red">{t("fund.reversedBy", { id: entry.reversedBy })}</Tag>}
    </Flex>
  );
}

/** 借 贷款贴息支出 81,277.78 / 贷 应付款 81,277.78: each kind of account the entry moved. */
function Movements({ entry }: { entry: Posting }) {
  const { t } = useI18n();
  const lines = [
    ...entry.movements
      .filter((m) => m.debit !== "0.00")
      .map((m) => [t("statement.debit"), m, m.debit] as const),
    ...entry.movements
      .filter((m) => m.credit !== "0.00")
      .map((m) => [t("statement.credit"), m, m.credit] as const),
  ];
  return (
    <Flex vertical>
      {lines.map(([side, movement, amount]) => (
        <span key={`${side}-${movement.kind}`}>
          <Typography.Text type="secondary">{side}</Typography.Text> {t(`fundAccount.${movement.kind}`)}{" "}
          {formatYuan(amount)}
        </span>
      ))}
    </Flex>
  );
}

/** The legs of an entry with the accounts they name (each payee of a payment has its own). */
function Legs({ entry }: { entry: Posting }) {
  const { t } = useI18n();
  return (
    <div style={{ maxWidth: 760 }}>
      <Table
        size="small"
        pagination={false}
        rowKey={(_, index) => String(index)}
        dataSource={entry.legs}
        columns={[
          { key: "debit", title: t("statement.debit"), dataIndex: "debit" },
          { key: "credit", title: t("statement.credit"), dataIndex: "credit" },
          { key: "amount", title: t("fund.amount"), dataIndex: "amount", align: "right", render: formatYuan },
        ]}
      />
      {entry.legCount > entry.legs.length && (
        <Typography.Text type="secondary">
          {t("statement.moreLegs", { n: entry.legCount - entry.legs.length })}
        </Typography.Text>
      )}
    </div>
  );
}

export function FundStatementPage() {
  const { t } = useI18n();
  const selected = useSelectedFund();
  const { params, update } = useSearchState();
  const today = useBusinessDate();
  // By default the year so far, by the business date.
  const from = params.get("from") ?? `${today.slice(0, 4)}-01-01`;
  const to = params.get("to") ?? today;
  const page = Math.max(1, Number(params.get("page")) || 1);
  const statement = useStatement(selected.fund?.id, from, to, page, PAGE_SIZE);

  if (selected.funds.isPending) return <Spin style={{ display: "block", margin: 48 }} />;
  if (!selected.fund) return <Empty description={t("fund.noFund")} style={{ marginTop: 64 }} />;
  const fundId = selected.fund.id;

  const data = statement.data;
  return (
    <>
      <PageHeader
        testId="statement-header"
        title={`${t("menu.fundStatement")} · ${selected.fund.name}`}
        subtitle={t("statement.subtitle")}
        extra={
          <>
            <FundPicker selected={selected} />
            <DatePicker.RangePicker
              format={DATE_FORMAT}
              allowClear={false}
              value={[dayjs(from), dayjs(to)]}
              onChange={(range) => {
                const [start, end] = range ?? [];
                if (start && end) update({ from: start.format(DATE_FORMAT), to: end.format(DATE_FORMAT) });
              }}
              data-testid="statement-period"
            />
            <ExportButton
              onExport={() => exportStatement(fundId, from, to)}
              label={t("statement.export")}
              testId="statement-export"
            />
          </>
        }
      />
      {statement.isError && <ProblemAlert error={statement.error} />}
      {data && (
        <Flex vertical gap={16}>
          <Row gutter={[16, 16]}>
            <Col xs={12} lg={5}>
              <Card size="small">
                <Statistic
                  title={t("statement.opening")}
                  value={formatYuan(data.openingCash)}
                  data-testid="statement-opening"
                />
              </Card>
            </Col>
            <Col xs={12} lg={5}>
              <Card size="small">
                <Statistic
                  title={t("statement.closing")}
                  value={formatYuan(data.closingCash)}
                  data-testid="statement-closing"
                />
              </Card>
            </Col>
            <Col xs={12} lg={4}>
              <Card size="small">
                <Statistic title={t("statement.postings")} value={data.entries.total} />
              </Card>
            </Col>
            <Col xs={24} lg={10}>
              <Card size="small" style={{ height: "100%" }}>
                <ReconciliationTag reconciliation={data.reconciliation} />
              </Card>
            </Col>
          </Row>
          <Card title={t("statement.entries")}>
            <Table<Entry>
              data-testid="statement-entries"
              rowKey="postingId"
              size="small"
              loading={statement.isFetching}
              dataSource={data.entries.items}
              locale={{ emptyText: t("statement.empty") }}
              onRow={(entry) =>
                ({
                  "data-posting-id": entry.postingId,
                  "data-kind": entry.kind,
                }) as React.HTMLAttributes<HTMLElement>
              }
              expandable={{ fixed: "left", expandedRowRender: (entry) => <Legs entry={entry} /> }}
              scroll={{ x: 1100 }}
              pagination={{
                current: page,
                pageSize: PAGE_SIZE,
                total: data.entries.total,
                showSizeChanger: false,
                showTotal: (total) => t("common.total", { total }),
                onChange: (next) => update({ page: String(next) }),
              }}
              columns={[
                {
                  key: "date",
                  title: t("statement.date"),
                  dataIndex: "effectiveOn",
                  width: 112,
                  fixed: "left",
                  render: (date: string, entry) => (
                    <Flex vertical>
                      <span>{date}</span>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t("fund.postingNo")} {entry.postingId}
                      </Typography.Text>
                    </Flex>
                  ),
                },
                {
                  key: "memo",
                  title: t("statement.memo"),
                  dataIndex: "memo",
                  width: 200,
                  render: (memo: string, entry) => (
                    <Flex vertical gap={2} align="flex-start">
                      <Tag>{t(`posting.kind.${entry.kind}`)}</Tag>
                      <span>{memo}</span>
                    </Flex>
                  ),
                },
                {
                  key: "decision",
                  title: t("statement.decision"),
                  width: 190,
                  render: (_, entry) => <Decision entry={entry} />,
                },
                {
                  key: "movements",
                  title: t("statement.movements"),
                  width: 210,
                  render: (_, entry) => <Movements entry={entry} />,
                },
                {
                  key: "in",
                  title: t("statement.cashIn"),
                  dataIndex: "cashIn",
                  align: "right",
                  width: 110,
                  render: (amount: string) => (amount === "0.00" ? "" : formatYuan(amount)),
                },
                {
                  key: "out",
                  title: t("statement.cashOut"),
                  dataIndex: "cashOut",
                  align: "right",
                  width: 110,
                  render: (amount: string) => (amount === "0.00" ? "" : formatYuan(amount)),
                },
                {
                  key: "balance",
                  title: t("statement.cashBalance"),
                  dataIndex: "cashBalance",
                  align: "right",
                  width: 130,
                  // The balance is what the statement is read for: in view however narrow the screen.
                  fixed: "right",
                  render: (amount: string) => <Typography.Text strong>{formatYuan(amount)}</Typography.Text>,
                },
              ]}
            />
          </Card>
          <Card title={t("statement.totals")}>
            <Table<KindTotals>
              data-testid="statement-totals"
              rowKey="kind"
              size="small"
              pagination={false}
              dataSource={data.totals}
              columns={[
                {
                  key: "kind",
                  title: t("statement.kind"),
                  dataIndex: "kind",
                  render: (kind: KindTotals["kind"]) => t(`fundAccount.${kind}`),
                },
                {
                  key: "opening",
                  title: t("statement.openingBalance"),
                  dataIndex: "opening",
                  align: "right",
                  render: formatYuan,
                },
                {
                  key: "debits",
                  title: t("statement.periodDebits"),
                  dataIndex: "debits",
                  align: "right",
                  render: formatYuan,
                },
                {
                  key: "credits",
                  title: t("statement.periodCredits"),
                  dataIndex: "credits",
                  align: "right",
                  render: formatYuan,
                },
                {
                  key: "closing",
                  title: t("statement.closingBalance"),
                  dataIndex: "closing",
                  align: "right",
                  render: (amount: string) => <Typography.Text strong>{formatYuan(amount)}</Typography.Text>,
                },
              ]}
            />
          </Card>
        </Flex>
      )}
    </>
  );
}
