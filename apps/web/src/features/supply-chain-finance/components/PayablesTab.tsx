import { DownloadOutlined, UploadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Flex, Table, Typography, Upload } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { ApiError } from "../../../shared/api/client";
import { dateCell } from "../../../shared/components/Nowrap";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { ReasonModal } from "../../../shared/components/ReasonModal";
import { formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import {
  downloadPayablesTemplate,
  type Payable,
  usePayables,
  useUploadPayables,
  useWithdrawPayable,
} from "../api/supply-chain-finance";
import { PayableStatusTag, useKindName } from "./labels";
import { PayableCorrectionModal } from "./PayableCorrectionModal";

type Outcome = { ok: true; imported: number } | { ok: false; detail: string; rows: string[] };

/** The core enterprise's payables: template, upload with its row-by-row report, and the list. */
export function PayablesTab() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const payables = usePayables("core");
  const upload = useUploadPayables();
  const withdraw = useWithdrawPayable();
  const kindName = useKindName();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [withdrawing, setWithdrawing] = useState<Payable | null>(null);
  const [correcting, setCorrecting] = useState<Payable | null>(null);

  const send = async (file: File) => {
    setOutcome(null);
    try {
      const result = await upload.mutateAsync(file);
      setOutcome({ ok: true, imported: result.imported });
    } catch (error) {
      setOutcome({
        ok: false,
        detail: error instanceof ApiError ? error.problem.detail : String(error),
        rows: error instanceof ApiError ? error.fieldErrors.map((e) => e.message) : [],
      });
    }
  };

  const columns: ColumnsType<Payable> = [
    { key: "documentNo", title: t("scf.documentNo"), dataIndex: "documentNo" },
    { key: "kind", title: t("scf.kind"), width: 100, render: (_, p) => kindName(p.kind) },
    {
      key: "supplier",
      title: t("scf.supplier"),
      render: (_, p) => (
        <>
          <div>{p.supplierName ?? t("scf.unregistered")}</div>
          <Typography.Text type="secondary">{p.supplierUscc}</Typography.Text>
        </>
      ),
    },
    { key: "amount", title: t("scf.amount"), align: "right", render: (_, p) => formatYuan(p.amount) },
    { key: "issuedOn", title: t("scf.issuedOn"), dataIndex: "issuedOn", render: dateCell },
    { key: "dueOn", title: t("scf.dueOn"), dataIndex: "dueOn", render: dateCell },
    {
      key: "source",
      title: t("scf.source"),
      render: (_, p) => (p.viaApiKey ? t("scf.viaApi") : t("scf.viaWeb")),
    },
    { key: "status", title: t("scf.status"), render: (_, p) => <PayableStatusTag status={p.status} /> },
    {
      key: "actions",
      render: (_, p) =>
        p.status === "OPEN" && (
          <Flex gap={4}>
            <Button size="small" onClick={() => setCorrecting(p)} data-testid="scf-correct">
              {t("scf.correct")}
            </Button>
            <Button size="small" onClick={() => setWithdrawing(p)}>
              {t("scf.withdraw")}
            </Button>
          </Flex>
        ),
    },
  ];

  return (
    <>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <Button
          icon={<DownloadOutlined />}
          onClick={() => downloadPayablesTemplate().catch((error) => message.error(String(error)))}
          data-testid="scf-template"
        >
          {t("scf.template")}
        </Button>
        <Upload
          accept=".xlsx"
          showUploadList={false}
          customRequest={({ file, onSuccess }) => {
            send(file as File).then(() => onSuccess?.({}));
          }}
          data-testid="scf-upload"
        >
          <Button type="primary" icon={<UploadOutlined />} loading={upload.isPending}>
            {t("scf.upload")}
          </Button>
        </Upload>
        <Typography.Text type="secondary">{t("scf.allOrNothing")}</Typography.Text>
      </Flex>
      {outcome?.ok === true && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={t("scf.uploaded", { n: outcome.imported })}
          data-testid="scf-upload-success"
        />
      )}
      {outcome?.ok === false && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t("scf.uploadFailed", { detail: outcome.detail })}
          description={
            <ul style={{ margin: 0 }}>
              {outcome.rows.map((row) => (
                <li key={row}>{row}</li>
              ))}
            </ul>
          }
          data-testid="scf-upload-error"
        />
      )}
      <ProblemAlert error={payables.error} />
      <Table
        rowKey="id"
        size="middle"
        loading={payables.isLoading}
        dataSource={payables.data ?? []}
        columns={columns}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        data-testid="scf-payables"
      />
      {correcting && <PayableCorrectionModal payable={correcting} onClose={() => setCorrecting(null)} />}
      {withdrawing && (
        <ReasonModal
          title={`${t("scf.withdraw")} ${withdrawing.documentNo}`}
          hint={t("scf.withdrawHint")}
          label={t("scf.withdrawReason")}
          okText={t("scf.withdraw")}
          testId="scf-withdraw"
          onSubmit={(reason) =>
            withdraw.mutateAsync({ id: withdrawing.id, reason, version: withdrawing.version })
          }
          onClose={() => setWithdrawing(null)}
        />
      )}
    </>
  );
}
