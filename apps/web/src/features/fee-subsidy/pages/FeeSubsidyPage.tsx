import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Popconfirm,
  Select,
  Statistic,
  Table,
  Tag,
  Typography,
} from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { Link } from "react-router";
import { useBusinessDate, useSession } from "../../../app/session";
import { PageHeader } from "../../../shared/components/PageHeader";
import { PaymentStatusTag } from "../../../shared/components/PaymentStatusTag";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { useFunds } from "../../ledger/api/ledger";
import { LineWorking } from "../../payments/components/LineWorking";
import { type FeeSubsidyLine, useCreateFeeSubsidyBatch, useFeeSubsidyPreview } from "../api/fee-subsidy";
import { FeeReceiptList, FeeReceiptModal } from "../components/FeeReceipts";

/**
 * 担保费补贴 (seed 002 arts. 9 and 11(7)): the guarantor records the fees it charged, previews a year's
 * subsidy of every guarantee with its working, and applies for the year as one payment.
 */
export function FeeSubsidyPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { me } = useSession();
  const today = useBusinessDate();
  const funds = useFunds();
  const [chosenFund, setChosenFund] = useState<string>();
  const fundId = chosenFund ?? funds.data?.[0]?.id;
  // The last year that has ended is the one usually applied for.
  const [year, setYear] = useState(() => dayjs(today).year() - 1);
  const preview = useFeeSubsidyPreview(fundId, year);
  const create = useCreateFeeSubsidyBatch(fundId ?? "");
  const [recording, setRecording] = useState<FeeSubsidyLine | null>(null);
  const canPrepare = Boolean(me?.user.roles.some((role) => role === "operator" || role === "reviewer"));
  const data = preview.data;
  const canCreate = canPrepare && data?.yearEnded && !data.batch && data.eligibleCount > 0;

  const onCreate = async () => {
    try {
      await create.mutateAsync(year);
      message.success(t("feeSubsidy.created", { year }));
    } catch {
      // Shown below the controls.
    }
  };

  return (
    <>
      <PageHeader
        title={t("menu.feeSubsidy")}
        subtitle={t("feeSubsidy.subtitle")}
        testId="fee-subsidy-header"
      />
      {funds.isError && <ProblemAlert error={funds.error} />}
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={24} wrap align="flex-end">
          <div>
            <Typography.Text type="secondary">{t("feeSubsidy.fund")}</Typography.Text>
            <div>
              <Select
                style={{ minWidth: 260 }}
                value={fundId}
                onChange={setChosenFund}
                loading={funds.isPending}
                options={funds.data?.map((fund) => ({ value: fund.id, label: fund.name }))}
                data-testid="fee-subsidy-fund"
              />
            </div>
          </div>
          <div>
            <Typography.Text type="secondary">{t("feeSubsidy.year")}</Typography.Text>
            <div>
              <DatePicker
                picker="year"
                allowClear={false}
                value={dayjs(`${year}-01-01`)}
                onChange={(value) => value && setYear(value.year())}
                data-testid="fee-subsidy-year"
              />
            </div>
          </div>
          <Statistic title={t("feeSubsidy.guarantees")} value={data?.lines.length ?? 0} />
          <Statistic title={t("feeSubsidy.eligible")} value={data?.eligibleCount ?? 0} />
          <Statistic
            title={t("feeSubsidy.total")}
            value={data ? formatYuan(data.total) : "-"}
            valueRender={(node) => <span data-testid="fee-subsidy-total">{node}</span>}
          />
          <div>
            <Typography.Text type="secondary">{t("feeSubsidy.batch")}</Typography.Text>
            <div style={{ marginTop: 6 }}>
              {data?.batch ? (
                <PaymentStatusTag status={data.batch.status} testId="fee-subsidy-batch-status" />
              ) : (
                <Tag>{t("feeSubsidy.noBatch")}</Tag>
              )}
            </div>
          </div>
          {canPrepare && (
            <Popconfirm
              title={t("feeSubsidy.createConfirm", {
                year,
                count: data?.eligibleCount ?? 0,
                total: formatYuan(data?.total),
              })}
              description={t("feeSubsidy.createHint")}
              okText={t("common.confirm")}
              cancelText={t("common.cancel")}
              onConfirm={onCreate}
              okButtonProps={{ "data-testid": "fee-subsidy-create-confirm" }}
              disabled={!canCreate}
            >
              <Button
                type="primary"
                disabled={!canCreate}
                loading={create.isPending}
                data-testid="fee-subsidy-create"
              >
                {t("feeSubsidy.create")}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      </Card>
      {create.isError && <ProblemAlert error={create.error} testId="fee-subsidy-error" />}
      {preview.isError && <ProblemAlert error={preview.error} />}
      {data && !data.yearEnded && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t("feeSubsidy.yearNotEnded", { year, next: `${year + 1}-01-01` })}
        />
      )}
      {data?.batch && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="fee-subsidy-batch"
          action={
            <Link to={`/fund/payments/${data.batch.id}`} data-testid="fee-subsidy-batch-link">
              {t("feeSubsidy.openPayment")}
            </Link>
          }
          title={t("feeSubsidy.batchExists", {
            year,
            status: t(`paymentStatus.${data.batch.status}`),
            total: formatYuan(data.batch.total),
            count: data.batch.lineCount,
          })}
        />
      )}
      {data?.yearEnded && !data.batch && data.lines.length > 0 && data.eligibleCount === 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t("feeSubsidy.nothingEligible", { year })}
        />
      )}
      <Card>
        <Table<FeeSubsidyLine>
          rowKey="applicationId"
          size="middle"
          loading={preview.isFetching}
          dataSource={data?.lines}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: t("feeSubsidy.empty") }}
          data-testid="fee-subsidy-table"
          onRow={(line) => ({ "data-application-id": line.applicationId }) as object}
          expandable={{
            expandedRowRender: (line) => (
              <Flex vertical gap={16}>
                {line.working && <LineWorking working={line.working} />}
                <FeeReceiptList applicationId={line.applicationId} />
              </Flex>
            ),
          }}
          columns={[
            { key: "enterprise", title: t("feeSubsidy.enterprise"), dataIndex: "enterpriseName" },
            { key: "bank", title: t("feeSubsidy.bank"), dataIndex: "bankName" },
            {
              key: "loan",
              title: t("feeSubsidy.loanAmount"),
              dataIndex: "loanAmount",
              align: "right",
              render: formatYuan,
            },
            {
              key: "fee",
              title: t("feeSubsidy.feeCharged"),
              dataIndex: "feeCharged",
              align: "right",
              render: formatYuan,
            },
            {
              key: "amount",
              title: t("feeSubsidy.amount"),
              dataIndex: "amount",
              align: "right",
              render: (amount: string) => (
                <Typography.Text strong className="money" data-testid="fee-line-amount">
                  {formatYuan(amount)}
                </Typography.Text>
              ),
            },
            {
              key: "note",
              title: t("feeSubsidy.note"),
              render: (_, line) =>
                !line.eligible ? (
                  <Flex vertical gap={4}>
                    <Tag color="default">{t("feeSubsidy.notEligible")}</Tag>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {line.reason}
                    </Typography.Text>
                  </Flex>
                ) : line.capped ? (
                  <Tag color="orange">{t("feeSubsidy.capped")}</Tag>
                ) : null,
            },
            ...(canPrepare
              ? [
                  {
                    key: "actions",
                    title: t("common.actions"),
                    render: (_: unknown, line: FeeSubsidyLine) => (
                      <Button size="small" onClick={() => setRecording(line)} data-testid="fee-record">
                        {t("feeSubsidy.recordFee")}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {recording && (
        <FeeReceiptModal
          applicationId={recording.applicationId}
          enterpriseName={recording.enterpriseName}
          onClose={() => setRecording(null)}
        />
      )}
    </>
  );
}
