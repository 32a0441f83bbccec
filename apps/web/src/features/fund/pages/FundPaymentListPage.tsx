import { PAYMENT_KINDS, PAYMENT_STATUSES } from "@chanrong/domain";
import { Card, Col, Row, Select, Table, Tabs, Tag } from "antd";
import { useMemo } from "react";
import { Link } from "react-router";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { orgTypeLabel } from "../../../shared/labels";
import { useSearchState } from "../../../shared/search-params";
import { useHeldFor } from "../../applications/pages/ApplicationListPage";
import { type PaymentFilter, type PaymentRow, usePayments } from "../api/fund";
import { paymentKindLabel } from "../components/labels";
import { PaymentStatusTag } from "../fee-subsidy/PaymentStatusTag";

const PAGE_SIZE = 20;

/** 支付审批: what waits for the caller's organisation, or every payment of the funds it may see. */
export function FundPaymentListPage() {
  const { t } = useI18n();
  const { params, update } = useSearchState();
  const tab = params.get("tab") === "all" ? "all" : "waiting";
  const page = Math.max(1, Number(params.get("page")) || 1);
  const filter = useMemo<PaymentFilter>(
    () => ({ kind: params.get("kind") ?? undefined, status: params.get("status") ?? undefined }),
    [params],
  );
  const payments = usePayments(tab === "waiting", filter, page, PAGE_SIZE);
  const heldFor = useHeldFor();

  const table = (
    <div data-testid="payment-table">
      {payments.isError && <ProblemAlert error={payments.error} />}
      <Table<PaymentRow>
        rowKey="id"
        size="middle"
        loading={payments.isFetching}
        dataSource={payments.isError ? [] : payments.data?.items}
        locale={{ emptyText: t("fundPayment.empty") }}
        onRow={(row) => ({ "data-payment-id": row.id }) as React.HTMLAttributes<HTMLElement>}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: payments.data?.total ?? 0,
          showTotal: (total) => t("common.total", { total }),
          onChange: (next) => update({ page: String(next) }),
        }}
        columns={[
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
            render: (status: PaymentRow["status"]) => (
              <PaymentStatusTag status={status} testId="payment-status" />
            ),
          },
          {
            key: "holder",
            title: t("fundPayment.holder"),
            dataIndex: "holders",
            render: (holders: PaymentRow["holders"]) =>
              holders.map((holder) => (
                <Tag key={holder} color="blue" variant="outlined">
                  {orgTypeLabel(t, holder)}
                </Tag>
              )),
          },
          {
            key: "heldFor",
            title: t("fundPayment.heldFor"),
            dataIndex: "heldSince",
            width: 100,
            render: (since: string, row) => (row.holders.length ? heldFor(since) : ""),
          },
          { key: "fund", title: t("fundPayment.fund"), dataIndex: "fundName" },
        ]}
      />
    </div>
  );

  return (
    <>
      <PageHeader title={t("menu.fundPayments")} subtitle={t("fundPayment.listSubtitle")} />
      <Card>
        <Row gutter={[12, 12]} className="filter-bar">
          <Col xs={12} md={6} xl={4}>
            <Select<string>
              allowClear
              style={{ width: "100%" }}
              placeholder={t("fundPayment.kind")}
              value={filter.kind}
              onChange={(value) => update({ kind: value })}
              options={PAYMENT_KINDS.map((kind) => ({ value: kind, label: paymentKindLabel(t, kind) }))}
              data-testid="payment-filter-kind"
            />
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Select<string>
              allowClear
              style={{ width: "100%" }}
              placeholder={t("common.status")}
              value={filter.status}
              onChange={(value) => update({ status: value })}
              options={PAYMENT_STATUSES.map((status) => ({
                value: status,
                label: t(`paymentStatus.${status}`),
              }))}
              data-testid="payment-filter-status"
            />
          </Col>
        </Row>
        <Tabs
          activeKey={tab}
          onChange={(key) => update({ tab: key === "all" ? "all" : undefined })}
          items={[
            {
              key: "waiting",
              label: <span data-testid="payment-tab-waiting">{t("fundPayment.tabWaiting")}</span>,
              children: tab === "waiting" ? table : null,
            },
            {
              key: "all",
              label: <span data-testid="payment-tab-all">{t("fundPayment.tabAll")}</span>,
              children: tab === "all" ? table : null,
            },
          ]}
        />
      </Card>
    </>
  );
}
