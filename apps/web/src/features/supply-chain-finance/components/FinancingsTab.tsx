import { REPAYMENT_SOURCES } from "@chanrong/domain";
import { App, Button, DatePicker, Flex, Form, Modal, Select, Table } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { newIdempotencyKey } from "../../../shared/api/idempotency";
import { dateCell } from "../../../shared/components/Nowrap";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { ReasonModal } from "../../../shared/components/ReasonModal";
import { DATE_FORMAT, formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import {
  type Financing,
  useDecideFinancing,
  useFinancings,
  useRepayFinancing,
} from "../api/supply-chain-finance";
import { FinancingStatusTag } from "./labels";

/** Requests and financings: the bank finances or declines requests and records repayments; others read. */
export function FinancingsTab({ bank }: { bank: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const financings = useFinancings();
  const decide = useDecideFinancing();
  const [declining, setDeclining] = useState<Financing | null>(null);
  const [repaying, setRepaying] = useState<Financing | null>(null);

  const finance = (f: Financing) =>
    decide.mutate(
      { id: f.id, action: "FINANCE", version: f.version, idempotencyKey: newIdempotencyKey() },
      { onSuccess: () => message.success(t("scf.financedOk")) },
    );

  const columns: ColumnsType<Financing> = [
    { key: "supplier", title: t("scf.supplier"), render: (_, f) => f.supplierName ?? f.supplierUscc },
    { key: "core", title: t("scf.core"), dataIndex: "coreName" },
    { key: "bank", title: t("scf.bank"), dataIndex: "bankName" },
    {
      key: "receivables",
      title: t("scf.receivables"),
      render: (_, f) => f.receivables.map((r) => r.documentNo).join("、"),
    },
    { key: "amount", title: t("scf.amount"), align: "right", render: (_, f) => formatYuan(f.amount) },
    { key: "financedOn", title: t("scf.financedOn"), dataIndex: "financedOn", render: dateCell },
    {
      key: "status",
      title: t("scf.status"),
      render: (_, f) => (
        <>
          <FinancingStatusTag status={f.status} />
          {f.declineReason && <div>{f.declineReason}</div>}
          {f.repaymentSource && <div>{t(`scf.source.${f.repaymentSource}`)}</div>}
        </>
      ),
    },
    {
      key: "actions",
      render: (_, f) =>
        bank && (
          <Flex gap={4}>
            {f.status === "REQUESTED" && (
              <>
                <Button size="small" type="primary" onClick={() => finance(f)} data-testid="scf-finance">
                  {t("scf.finance")}
                </Button>
                <Button size="small" danger onClick={() => setDeclining(f)}>
                  {t("scf.decline")}
                </Button>
              </>
            )}
            {f.status === "FINANCED" && (
              <Button size="small" onClick={() => setRepaying(f)} data-testid="scf-repay">
                {t("scf.repay")}
              </Button>
            )}
          </Flex>
        ),
    },
  ];

  return (
    <>
      <ProblemAlert error={financings.error ?? decide.error} testId="scf-financing-error" />
      <Table
        rowKey="id"
        size="middle"
        dataSource={financings.data ?? []}
        columns={columns}
        locale={{ emptyText: t("scf.noFinancings") }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        data-testid="scf-financings"
      />
      {declining && (
        <ReasonModal
          title={t("scf.decline")}
          hint={declining.receivables.map((r) => r.documentNo).join("、")}
          label={t("scf.declineReason")}
          okText={t("scf.decline")}
          testId="scf-financing-decline"
          onSubmit={(reason) =>
            decide.mutateAsync({
              id: declining.id,
              action: "DECLINE",
              reason,
              version: declining.version,
              idempotencyKey: newIdempotencyKey(),
            })
          }
          onClose={() => setDeclining(null)}
        />
      )}
      {repaying && <RepayModal financing={repaying} onClose={() => setRepaying(null)} />}
    </>
  );
}

function RepayModal({ financing, onClose }: { financing: Financing; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ source: Financing["repaymentSource"]; repaidOn: Dayjs }>();
  const repay = useRepayFinancing();
  const [idempotencyKey] = useState(newIdempotencyKey);
  return (
    <Modal
      open
      title={t("scf.repay")}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={repay.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ source: "CORE_PAYMENT", repaidOn: dayjs() }}
        onFinish={(values) =>
          repay.mutate(
            {
              id: financing.id,
              source: values.source ?? "CORE_PAYMENT",
              repaidOn: values.repaidOn.format(DATE_FORMAT),
              version: financing.version,
              idempotencyKey,
            },
            {
              onSuccess: () => {
                message.success(t("scf.repaid"));
                onClose();
              },
            },
          )
        }
      >
        <Form.Item name="source" label={t("scf.repaySource")}>
          <Select
            options={REPAYMENT_SOURCES.map((source) => ({ value: source, label: t(`scf.source.${source}`) }))}
          />
        </Form.Item>
        <Form.Item name="repaidOn" label={t("scf.repaidOn")}>
          <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
        </Form.Item>
      </Form>
      <ProblemAlert error={repay.error} />
    </Modal>
  );
}
