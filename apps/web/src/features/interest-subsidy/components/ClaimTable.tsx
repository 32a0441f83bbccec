import { Table, type TableProps, Typography } from "antd";
import { Link } from "react-router";
import { dateCell } from "../../../shared/components/Nowrap";
import { formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { LineWorking } from "../../payments/components/LineWorking";
import type { Claim } from "../api/interest-subsidy";
import { ClaimStatusTag } from "./ClaimStatusTag";

export interface ClaimTableProps {
  claims: Claim[] | undefined;
  loading: boolean;
  showEnterprise?: boolean;
  rowSelection?: TableProps<Claim>["rowSelection"];
  pagination?: TableProps<Claim>["pagination"];
  testId: string;
}

/** 贴息表 filed, the amount applied for beside the one computed; each row expands to the working. */
export function ClaimTable({
  claims,
  loading,
  showEnterprise = false,
  rowSelection,
  pagination = false,
  testId,
}: ClaimTableProps) {
  const { t } = useI18n();
  const columns: TableProps<Claim>["columns"] = [
    ...(showEnterprise
      ? [
          {
            key: "enterprise",
            title: t("subsidy.enterprise"),
            render: (_: unknown, claim: Claim) => claim.loan.enterprise.name,
          },
        ]
      : []),
    { key: "bank", title: t("subsidy.bank"), render: (_, claim) => claim.loan.bank.name },
    {
      key: "loan",
      title: t("subsidy.loanAmount"),
      align: "right",
      render: (_, claim) => <span className="money">{formatYuan(claim.loan.disbursed)}</span>,
    },
    {
      key: "settledOn",
      title: t("subsidy.settledOn"),
      render: (_, claim) => dateCell(claim.loan.settledOn),
    },
    {
      key: "appliedOn",
      title: t("subsidy.appliedOn"),
      dataIndex: "appliedOn",
      render: dateCell,
    },
    {
      key: "claimed",
      title: t("subsidy.claimed"),
      dataIndex: "claimed",
      align: "right",
      render: (value: string) => <span className="money">{formatYuan(value)}</span>,
    },
    {
      key: "computed",
      title: t("subsidy.computed"),
      align: "right",
      render: (_, claim) =>
        claim.loan.subsidy.eligible ? (
          <Typography.Text strong className="money">
            {formatYuan(claim.loan.subsidy.amount)}
          </Typography.Text>
        ) : (
          "—"
        ),
    },
    {
      key: "difference",
      title: t("subsidy.difference"),
      dataIndex: "difference",
      align: "right",
      render: (value: string | null) =>
        value === null ? (
          "—"
        ) : (
          <Typography.Text
            type={value === "0.00" ? "secondary" : "warning"}
            className="money"
            data-testid="claim-difference"
          >
            {formatYuan(value)}
          </Typography.Text>
        ),
    },
    {
      key: "status",
      title: t("common.status"),
      render: (_, claim) => <ClaimStatusTag status={claim.status} testId="claim-status" />,
    },
    {
      key: "view",
      title: t("common.actions"),
      width: 72,
      render: (_, claim) => (
        <Link to={`/interest-subsidy/claims/${claim.id}`} data-testid="claim-link">
          {t("subsidy.view")}
        </Link>
      ),
    },
  ];
  return (
    <div data-testid={testId}>
      <Table<Claim>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={claims}
        pagination={pagination}
        rowSelection={rowSelection}
        onRow={(claim) => ({ "data-claim-id": claim.id }) as React.HTMLAttributes<HTMLElement>}
        locale={{ emptyText: t("subsidy.noClaims") }}
        expandable={{
          rowExpandable: (claim) => claim.loan.subsidy.eligible,
          expandedRowRender: (claim) =>
            claim.loan.subsidy.eligible ? <LineWorking working={claim.loan.subsidy.working} /> : null,
        }}
        columns={columns}
      />
    </div>
  );
}
