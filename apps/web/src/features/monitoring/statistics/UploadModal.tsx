import { UploadOutlined } from "@ant-design/icons";
import { MANUFACTURING_FIGURES, type ManufacturingFigure } from "@chanrong/domain";
import { Alert, App, Button, Form, Input, Modal, Table, Typography, Upload } from "antd";
import { useState } from "react";
import { ApiError, type FieldError } from "../../../shared/api/client";
import { newIdempotencyKey } from "../../../shared/api/idempotency";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { useI18n } from "../../../shared/i18n";
import { useUploadStatistics } from "./api";

/** The server's refusal of a workbook, one row per problem with the cell it is in. */
export function RowReport({ errors }: { errors: FieldError[] }) {
  const { t } = useI18n();
  // "byDistrict.0.creditBalance" reads as the figure's name; the sheet, row and column say where.
  const fieldName = (field: string) => {
    const last = field.split(".").at(-1) ?? "";
    return (MANUFACTURING_FIGURES as readonly string[]).includes(last) || last === "allLoansBalance"
      ? t(`stats.figure.${last as ManufacturingFigure | "allLoansBalance"}`)
      : field;
  };
  return (
    <Table
      size="small"
      pagination={false}
      rowKey={(row) => `${row.field}-${row.rule}-${row.cell?.row ?? ""}`}
      dataSource={errors}
      data-testid="stats-row-report"
      columns={[
        { key: "sheet", title: t("stats.sheet"), render: (_, row) => row.cell?.sheet ?? "—" },
        { key: "row", title: t("stats.row"), render: (_, row) => row.cell?.row ?? "—" },
        { key: "column", title: t("stats.column"), render: (_, row) => row.cell?.column ?? "—" },
        { key: "field", title: t("stats.field"), render: (_, row) => fieldName(row.field) },
        { key: "rule", title: t("stats.rule"), dataIndex: "rule" },
        { key: "message", title: t("stats.message"), dataIndex: "message" },
      ]}
    />
  );
}

/**
 * Uploads a filled template: saved whole and the modal closes, or refused with the row report shown in
 * place so the bank corrects its file and uploads again.
 */
export function UploadModal({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const upload = useUploadStatistics();
  const [file, setFile] = useState<File | null>(null);
  const [reason, setReason] = useState("");
  // One key per file and reason: a retry of the same upload is recorded once.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const failure = upload.error;
  const report = failure instanceof ApiError ? failure.fieldErrors : [];

  const submit = async () => {
    if (!file) return;
    const saved = await upload.mutateAsync({ file, reason, idempotencyKey }).catch(() => null);
    if (!saved) return;
    message.success(t("stats.saved", { month: saved.month, version: saved.version }));
    onClose();
  };
  const changed = () => setIdempotencyKey(newIdempotencyKey());

  return (
    <Modal
      open
      width={960}
      title={t("stats.upload")}
      onCancel={onClose}
      onOk={submit}
      okText={t("stats.uploadSubmit")}
      okButtonProps={{ disabled: !file, loading: upload.isPending, "data-testid": "stats-upload-submit" }}
      cancelText={t("common.cancel")}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t("stats.uploadHint")} style={{ marginBottom: 16 }} />
      <Form layout="vertical">
        <Form.Item label={t("stats.chooseFile")} required>
          <Upload
            accept=".xlsx"
            maxCount={1}
            beforeUpload={(chosen) => {
              setFile(chosen);
              changed();
              upload.reset();
              return false;
            }}
            onRemove={() => setFile(null)}
          >
            <Button icon={<UploadOutlined />} data-testid="stats-upload-file">
              {t("stats.chooseFile")}
            </Button>
          </Upload>
        </Form.Item>
        <Form.Item label={t("stats.reason")} extra={t("stats.reasonHint")}>
          <Input.TextArea
            rows={2}
            maxLength={500}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              changed();
            }}
            data-testid="stats-upload-reason"
          />
        </Form.Item>
      </Form>
      {failure && <ProblemAlert error={failure} testId="stats-upload-error" />}
      {report.length > 0 && (
        <>
          <Typography.Title level={5}>{t("stats.report")}</Typography.Title>
          <RowReport errors={report} />
        </>
      )}
    </Modal>
  );
}
