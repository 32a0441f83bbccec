import { Table, Tag } from "antd";
import { Link } from "react-router";
import { dateCell } from "../../../shared/components/Nowrap";
import { PaymentStatusTag } from "../../../shared/components/PaymentStatusTag";
import { formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import type { DefaultCaseRow, DefaultCaseStatus } from "../api/default-cases";

const STATUS_COLOR: Record<DefaultCaseStatus, string> = {
  CLAIMED: "volcano",
  COMPENSATED: "blue",
  WITHDRAWN: "default",
};

export function CaseStatusTag({ status, testId }: { status: DefaultCaseStatus; testId?: string }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid={testId} data-status={status}>
      {t(`defaults.status.${status}`)}
    </Tag>
  );
}

/** Default cases as a list, each linking to its page. */
export function CaseTable({
  rows,
  loading,
  total,
  page,
  pageSize,
  onPage,
}: {
  rows: DefaultCaseRow[] | undefined;
  loading: boolean;
  total: number;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
}) {
  const { t } = useI18n();
  return (
    <Table<DefaultCaseRow>
      rowKey="id"
      loading={loading}
      dataSource={rows}
      data-testid="default-case-table"
      onRow={(row) => ({ "data-case-id": row.id }) as object}
      locale={{ emptyText: t("defaults.empty") }}
      pagination={{ current: page, pageSize, total, onChange: onPage, hideOnSinglePage: true }}
      columns={[
        {
          key: "enterprise",
          title: t("defaults.enterprise"),
          render: (_, row) => (
            <Link to={`/default-cases/${row.id}`} data-testid="default-case-link">
              {row.enterpriseName}
            </Link>
          ),
        },
        { key: "bank", title: t("defaults.bank"), dataIndex: "bankName" },
        {
          key: "status",
          title: t("defaults.status"),
          render: (_, row) => <CaseStatusTag status={row.status} />,
        },
        {
          key: "loss",
          title: t("defaults.loss"),
          dataIndex: "loss",
          align: "right",
          render: formatYuan,
        },
        { key: "scheme", title: t("defaults.scheme"), dataIndex: "scheme" },
        { key: "claimedOn", title: t("defaults.claimedOn"), dataIndex: "claimedOn", render: dateCell },
        {
          key: "compensatedOn",
          title: t("defaults.compensatedOn"),
          dataIndex: "compensatedOn",
          render: dateCell,
        },
        {
          key: "payment",
          title: t("defaults.fundPayment"),
          render: (_, row) => row.paymentStatus && <PaymentStatusTag status={row.paymentStatus} />,
        },
        {
          key: "recovered",
          title: t("defaults.recovered"),
          dataIndex: "recovered",
          align: "right",
          render: formatYuan,
        },
      ]}
    />
  );
}
