import { DownloadOutlined, InboxOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Result, Space, Spin, Steps, Table, Typography, Upload } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { ApiError, type FieldError } from "../../../shared/api/client";
import { PageHeader } from "../../../shared/components/PageHeader";
import { useI18n } from "../../../shared/i18n";
import { downloadImportTemplate, useImportEnterprises } from "../api/enterprises";

type Outcome =
  | { kind: "success"; imported: number; fileName: string }
  | { kind: "failure"; fileName: string; detail: string; title: string; rows: RowError[] };

interface RowError {
  key: number;
  row: number | null;
  column: string;
  message: string;
}

/** "第3行.统一社会信用代码" → row 3, column 统一社会信用代码. */
function toRowError(error: FieldError, index: number): RowError {
  const match = /^第(\d+)行\.(.*)$/.exec(error.field);
  return {
    key: index,
    row: match ? Number(match[1]) : null,
    column: match ? (match[2] ?? "") : error.field,
    message: error.message,
  };
}

export function EnterpriseImportPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const importer = useImportEnterprises();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [downloading, setDownloading] = useState(false);

  const onTemplate = async () => {
    setDownloading(true);
    try {
      await downloadImportTemplate();
    } catch (error) {
      message.error(error instanceof ApiError ? error.problem.detail : String(error));
    } finally {
      setDownloading(false);
    }
  };

  const upload = async (file: File) => {
    setOutcome(null);
    try {
      const result = await importer.mutateAsync(file);
      setOutcome({ kind: "success", imported: result.imported, fileName: file.name });
    } catch (error) {
      if (error instanceof ApiError) {
        setOutcome({
          kind: "failure",
          fileName: file.name,
          title: error.problem.title,
          detail: error.problem.detail,
          rows: error.fieldErrors
            .filter((e) => e.field !== "file" || error.fieldErrors.length > 1)
            .map(toRowError),
        });
      } else {
        setOutcome({
          kind: "failure",
          fileName: file.name,
          title: t("error.generic"),
          detail: String(error),
          rows: [],
        });
      }
    }
  };

  return (
    <>
      <PageHeader title={t("import.title")} subtitle={t("import.subtitle")} backTo="/enterprises" />
      <Card style={{ marginBottom: 16 }}>
        <Steps
          current={outcome ? 2 : 1}
          items={[
            { title: t("import.step1"), content: t("import.step1Hint") },
            { title: t("import.step2"), content: t("import.step2Hint") },
            { title: t("import.step3"), content: t("import.step3Hint") },
          ]}
        />
      </Card>
      <Card title={t("import.step1")} style={{ marginBottom: 16 }}>
        <Space orientation="vertical">
          <Typography.Text type="secondary">{t("import.templateHint")}</Typography.Text>
          <Button
            icon={<DownloadOutlined />}
            loading={downloading}
            onClick={onTemplate}
            data-testid="import-template"
          >
            {t("import.downloadTemplate")}
          </Button>
        </Space>
      </Card>
      <Card title={t("import.step2")} style={{ marginBottom: 16 }}>
        <Spin spinning={importer.isPending} description={t("import.checking")}>
          <Upload.Dragger
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple={false}
            showUploadList={false}
            disabled={importer.isPending}
            customRequest={({ file, onSuccess, onError }) => {
              upload(file as File).then(
                () => onSuccess?.({}),
                (error: unknown) => onError?.(error instanceof Error ? error : new Error(String(error))),
              );
            }}
            data-testid="import-upload"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t("import.dropHint")}</p>
            <p className="ant-upload-hint">{t("import.allOrNothing")}</p>
          </Upload.Dragger>
        </Spin>
      </Card>
      {outcome?.kind === "success" && (
        <Card data-testid="import-result">
          <Result
            status="success"
            title={<span data-testid="import-success">{t("import.success", { n: outcome.imported })}</span>}
            subTitle={outcome.fileName}
            extra={
              <Button type="primary" onClick={() => navigate("/enterprises")}>
                {t("import.toList")}
              </Button>
            }
          />
        </Card>
      )}
      {outcome?.kind === "failure" && (
        <Card data-testid="import-result">
          <Alert
            type="error"
            showIcon
            data-testid="import-error"
            style={{ marginBottom: 16 }}
            title={t("import.failedTitle", { file: outcome.fileName })}
            description={
              <>
                <div>
                  <strong>{t("import.nothingImported")}</strong>
                </div>
                <div>{outcome.detail}</div>
              </>
            }
          />
          {outcome.rows.length > 0 && (
            <Table<RowError>
              rowKey="key"
              size="small"
              dataSource={outcome.rows}
              pagination={outcome.rows.length > 20 ? { pageSize: 20 } : false}
              data-testid="import-error-table"
              columns={[
                {
                  key: "row",
                  title: t("import.row"),
                  dataIndex: "row",
                  width: 90,
                  render: (row: number | null) => (row === null ? "—" : t("import.rowN", { n: row })),
                },
                { key: "column", title: t("import.column"), dataIndex: "column", width: 200 },
                { key: "message", title: t("import.message"), dataIndex: "message" },
              ]}
            />
          )}
        </Card>
      )}
    </>
  );
}
