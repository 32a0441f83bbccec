import { PAYMENT_KINDS, PAYMENT_STATUSES } from "@chanrong/domain";
import { Col, type TableColumnsType } from "antd";
import { Link } from "react-router";
import { PageHeader } from "../../../shared/components/PageHeader";
import { PaymentStatusTag } from "../../../shared/components/PaymentStatusTag";
import { formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { FilterSelect } from "../../../shared/worklist/FilterSelect";
import { useHolderColumns } from "../../../shared/worklist/holders";
import { useWorklist } from "../../../shared/worklist/useWorklist";
import { WorklistCard } from "../../../shared/worklist/WorklistCard";
import { useWorkbench } from "../../workbench/useWorkbench";
import { PAYMENT_FILTER_KEYS, type PaymentRow, usePayments } from "../api/payments";
import { paymentKindLabel } from "../components/labels";

/** 支付审批: what waits for the caller's organisation, or every payment of the funds it may see. */
export function FundPaymentListPage() {
  const { t } = useI18n();
  const workbench = useWorkbench();
  const worklist = useWorklist(PAYMENT_FILTER_KEYS, workbench.data?.waiting.payments);
  const payments = usePayments(worklist.waiting, worklist.filter, worklist.page, worklist.pageSize);
  const holderColumns = useHolderColumns<PaymentRow>(t("fundPayment.heldFor"));

  const columns: TableColumnsType<PaymentRow> = [
    {
      key: "title",
      title: t("fundPayment.title"),
      dataIndex: "title",
      render: (title: string, row) => (
        <Link to={`/fund/payments/${row.id}`} data-testid="payment-link">
          {title}
        </Link>
      ),
    },
    {
      key: "kind",
      title: t("fundPayment.kind"),
      dataIndex: "kind",
      render: (kind: PaymentRow["kind"]) => paymentKindLabel(t, kind),
    },
    { key: "year", title: t("fundPayment.year"), dataIndex: "year", width: 80 },
    {
      key: "total",
      title: t("fundPayment.total"),
      dataIndex: "total",
      align: "right",
      render: (total: string) => formatYuan(total),
    },
    {
      key: "lines",
      title: t("fundPayment.lineCount"),
      dataIndex: "lineCount",
      align: "right",
      width: 80,
    },
    {
      key: "status",
      title: t("common.status"),
      dataIndex: "status",
      render: (status: PaymentRow["status"]) => <PaymentStatusTag status={status} testId="payment-status" />,
    },
    ...holderColumns,
    { key: "fund", title: t("fundPayment.fund"), dataIndex: "fundName" },
  ];

  const filters = (
    <>
      <Col xs={12} md={6} xl={4}>
        <FilterSelect
          worklist={worklist}
          field="kind"
          placeholder={t("fundPayment.kind")}
          options={PAYMENT_KINDS.map((kind) => ({ value: kind, label: paymentKindLabel(t, kind) }))}
          data-testid="payment-filter-kind"
        />
      </Col>
      <Col xs={12} md={6} xl={4}>
        <FilterSelect
          worklist={worklist}
          field="status"
          placeholder={t("common.status")}
          options={PAYMENT_STATUSES.map((status) => ({
            value: status,
            label: t(`paymentStatus.${status}`),
          }))}
          data-testid="payment-filter-status"
        />
      </Col>
    </>
  );

  return (
    <>
      <PageHeader title={t("menu.fundPayments")} subtitle={t("fundPayment.listSubtitle")} />
      <WorklistCard
        worklist={worklist}
        name="payment"
        filters={filters}
        items={payments}
        emptyText={t("fundPayment.empty")}
        columns={columns}
      />
    </>
  );
}
