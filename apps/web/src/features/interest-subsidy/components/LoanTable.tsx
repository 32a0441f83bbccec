import { formatYuanGrouped, parseYuan } from "@chanrong/domain";
import { Flex, Table, type TableProps, Tag, Typography } from "antd";
import type { ReactNode } from "react";
import { dateCell } from "../../../shared/components/Nowrap";
import { PaymentStatusTag } from "../../../shared/components/PaymentStatusTag";
import { formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { LineWorking } from "../../payments/components/LineWorking";
import type { LoanSubsidy, SubsidyLoanRow, WindowState } from "../api/interest-subsidy";
import { ClaimStatusTag } from "./ClaimStatusTag";

/** Σ of yuan strings, exact (fen), grouped for display. */
export function sumYuan(amounts: readonly string[]): string {
  return formatYuanGrouped(amounts.reduce((sum, amount) => sum + parseYuan(amount), 0n));
}

const WINDOW_COLOURS: Record<WindowState, string> = { UPCOMING: "default", OPEN: "green", PASSED: "default" };

export function WindowCell({ subsidy }: { subsidy: LoanSubsidy }) {
  const { t } = useI18n();
  if (!subsidy.eligible) return null;
  return (
    <Flex vertical gap={2}>
      <span style={{ whiteSpace: "pre-line" }}>
        {t("subsidy.windowRange", { from: subsidy.window.opensOn, to: subsidy.window.closesOn })}
      </span>
      <span>
        <Tag color={WINDOW_COLOURS[subsidy.windowState]} data-window={subsidy.windowState}>
          {t(`subsidy.window.${subsidy.windowState}`)}
        </Tag>
      </span>
    </Flex>
  );
}

/** Where the loan's subsidy stands: refused with the reason, claimed, in a payment, or nothing yet. */
export function ProgressCell({ row }: { row: SubsidyLoanRow }) {
  const { t } = useI18n();
  if (!row.subsidy.eligible) {
    return (
      <Flex vertical gap={2}>
        <span>
          <Tag color="red">{t("subsidy.notEligible")}</Tag>
        </span>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {row.subsidy.reason}
        </Typography.Text>
      </Flex>
    );
  }
  return (
    <Flex vertical gap={2} align="flex-start">
      {row.claim ? (
        <ClaimStatusTag status={row.claim.status} />
      ) : (
        row.payment && <PaymentStatusTag status={row.payment.status} />
      )}
      {row.payment && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t("subsidy.inPayment", { title: row.payment.title })}
        </Typography.Text>
      )}
    </Flex>
  );
}

export interface LoanTableProps {
  rows: SubsidyLoanRow[] | undefined;
  loading: boolean;
  /** Show the enterprise column (the guarantor's view). */
  showEnterprise?: boolean;
  rowSelection?: TableProps<SubsidyLoanRow>["rowSelection"];
  pagination?: TableProps<SubsidyLoanRow>["pagination"];
  action?: (row: SubsidyLoanRow) => ReactNode;
  testId: string;
}

/** Settled loans with their computed subsidy; each row expands to its working. */
export function LoanTable({
  rows,
  loading,
  showEnterprise = false,
  rowSelection,
  pagination = false,
  action,
  testId,
}: LoanTableProps) {
  const { t } = useI18n();
  const columns: TableProps<SubsidyLoanRow>["columns"] = [
    ...(showEnterprise
      ? [
          {
            key: "enterprise",
            title: t("subsidy.enterprise"),
            render: (_: unknown, row: SubsidyLoanRow) => row.enterprise.name,
          },
        ]
      : []),
    { key: "bank", title: t("subsidy.bank"), render: (_, row) => row.bank.name },
    {
      key: "disbursed",
      title: t("subsidy.loanAmount"),
      dataIndex: "disbursed",
      align: "right",
      render: (value: string) => <span className="money">{formatYuan(value)}</span>,
    },
    {
      key: "term",
      title: t("subsidy.term"),
      render: (_, row) => (
        <>
          {dateCell(row.termStart)}
          <br />
          {dateCell(row.termEnd)}
        </>
      ),
    },
    {
      key: "settledOn",
      title: t("subsidy.settledOn"),
      dataIndex: "settledOn",
      render: dateCell,
    },
    {
      key: "interestPaid",
      title: t("subsidy.interestPaid"),
      dataIndex: "interestPaid",
      align: "right",
      render: (value: string) => <span className="money">{formatYuan(value)}</span>,
    },
    {
      key: "subsidy",
      title: t("subsidy.computed"),
      align: "right",
      render: (_, row) =>
        row.subsidy.eligible ? (
          <Typography.Text strong className="money" data-testid="loan-subsidy">
            {formatYuan(row.subsidy.amount)}
          </Typography.Text>
        ) : (
          "—"
        ),
    },
    {
      key: "window",
      title: t("subsidy.window"),
      width: 128,
      render: (_, row) => <WindowCell subsidy={row.subsidy} />,
    },
    { key: "progress", title: t("subsidy.status"), render: (_, row) => <ProgressCell row={row} /> },
    ...(action
      ? [
          {
            key: "action",
            title: t("common.actions"),
            width: 112,
            render: (_: unknown, row: SubsidyLoanRow) => action(row),
          },
        ]
      : []),
  ];
  return (
    <div data-testid={testId}>
      <Table<SubsidyLoanRow>
        rowKey="applicationId"
        size="small"
        loading={loading}
        dataSource={rows}
        pagination={pagination}
        rowSelection={rowSelection}
        onRow={(row) => ({ "data-application-id": row.applicationId }) as React.HTMLAttributes<HTMLElement>}
        locale={{ emptyText: t("subsidy.noLoans") }}
        expandable={{
          rowExpandable: (row) => row.subsidy.eligible,
          expandedRowRender: (row) =>
            row.subsidy.eligible ? <LineWorking working={row.subsidy.working} /> : null,
        }}
        columns={columns}
      />
    </div>
  );
}
