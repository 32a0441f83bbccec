import { Button, Card, Table } from "antd";
import { Link } from "react-router";
import { useSession } from "../../../app/session";
import { ExportButton } from "../../../shared/components/ExportButton";
import { dateCell } from "../../../shared/components/Nowrap";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { type BridgeLoanRow, exportBridgeLoans, useBridgeFunds, useBridgeLoans } from "../api/bridgeLoans";
import { BridgeLoanActions } from "../components/BridgeLoanActions";
import { BridgeStateTag } from "../components/BridgeStateTag";

/**
 * 应急转贷业务: the enterprise's own, the bank's (commitments to give, returns to record), the fund
 * manager's (approvals, payments, overdue) and the region's, each with the step the caller may take.
 */
export function BridgeLoansPage() {
  const { t } = useI18n();
  const { access } = useSession();
  const loans = useBridgeLoans();
  // The funds whose rules the caller sets: the region's bureaus and platform admins.
  const configurable = (useBridgeFunds().data ?? []).filter((fund) => fund.mayConfigure);
  return (
    <>
      <PageHeader
        title={t("bridge.list.title")}
        subtitle={t("bridge.list.subtitle")}
        extra={
          <>
            {configurable.map((fund) => (
              <Link key={fund.id} to={`/bridge-funds/${fund.id}/rules`} data-testid="bridge-fund-rules">
                <Button>{`${t("bridge.rules.open")} · ${fund.name}`}</Button>
              </Link>
            ))}
            {access.requestBridgeLoans && (
              <Link to="/bridge-loans/new">
                <Button type="primary" data-testid="bridge-new">
                  {t("menu.bridgeLoanRequest")}
                </Button>
              </Link>
            )}
            <ExportButton onExport={exportBridgeLoans} label={t("bridge.export")} testId="bridge-export" />
          </>
        }
      />
      <ProblemAlert error={loans.error} />
      <Card loading={loans.isLoading}>
        <Table<BridgeLoanRow>
          rowKey="id"
          size="middle"
          dataSource={loans.data ?? []}
          locale={{ emptyText: t("bridge.list.none") }}
          data-testid="bridge-loans"
          scroll={{ x: 1100 }}
          onRow={(row) => ({ "data-contract": row.contractNo }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t("bridge.appliedOn"), dataIndex: "appliedOn", render: dateCell },
            { title: t("bridge.enterprise"), dataIndex: "enterpriseName" },
            { title: t("bridge.bank"), dataIndex: "bankName" },
            { title: t("bridge.contractNo"), dataIndex: "contractNo" },
            {
              title: t("bridge.amount"),
              key: "amount",
              align: "right",
              render: (_, row) => <span className="money">{formatYuan(row.amount)}</span>,
            },
            {
              title: t("bridge.returnDue"),
              key: "due",
              render: (_, row) => row.returnedOn ?? row.returnDue ?? "—",
            },
            {
              title: t("bridge.fee"),
              key: "fee",
              align: "right",
              render: (_, row) =>
                row.fee === null ? "—" : <span className="money">{formatYuan(row.fee)}</span>,
            },
            { title: t("bridge.state"), key: "state", render: (_, row) => <BridgeStateTag loan={row} /> },
            {
              title: t("bridge.actions"),
              key: "actions",
              render: (_, row) => (
                <span style={{ display: "inline-flex", gap: 8, alignItems: "center", whiteSpace: "nowrap" }}>
                  <BridgeLoanActions loan={row} />
                  <Link to={`/bridge-loans/${row.id}`} data-testid="bridge-open">
                    {t("bridge.open")}
                  </Link>
                </span>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
