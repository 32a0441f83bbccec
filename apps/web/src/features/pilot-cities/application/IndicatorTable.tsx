import { UploadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Input, Space, Table, Upload } from "antd";
import { useState } from "react";
import { isApiError } from "../../../shared/api/client";
import { ExportButton } from "../../../shared/components/ExportButton";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { useI18n } from "../../../shared/i18n";
import {
  downloadIndicatorTemplate,
  type PilotApplication,
  type PilotBatchDetail,
  saveIndicators,
  uploadIndicators,
  usePilotWrite,
} from "../api/pilotCities";

type Indicator = PilotBatchDetail["indicatorTemplate"]["indicators"][number];
type Values = Record<string, Record<string, string>>;

/** A report line of a refused upload: its field is rows.<row>.<indicator>.<column>. */
function reportOf(error: unknown) {
  if (!isApiError(error)) return [];
  return error.fieldErrors
    .filter((issue) => issue.field.startsWith("rows."))
    .map((issue, index) => {
      const [, row, code, ...column] = issue.field.split(".");
      return { key: index, row, code, column: column.join("."), rule: issue.rule, message: issue.message };
    });
}

/** The 定量指标统计表 by form, or by the Excel template and its upload with the row-by-row report. */
export function IndicatorTable({
  application,
  batch,
  values,
  editable,
}: {
  application: PilotApplication;
  batch: PilotBatchDetail;
  values: Values;
  editable: boolean;
}) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [draft, setDraft] = useState<Values>(values);
  const save = usePilotWrite(saveIndicators);
  const upload = usePilotWrite(uploadIndicators);
  const report = reportOf(upload.error);
  const columns = application.indicatorColumns;
  const cell = (code: string, key: string) => (
    <Input
      size="small"
      disabled={!editable}
      value={draft[code]?.[key] ?? ""}
      data-testid={`indicator-${code}-${key}`}
      onChange={(event) => setDraft({ ...draft, [code]: { ...draft[code], [key]: event.target.value } })}
    />
  );
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      {!columns.some((column) => column.kind === "target") && (
        <Alert type="info" message={t("pilot.indicators.needPeriod")} />
      )}
      <Space>
        <ExportButton
          label={t("pilot.indicators.template")}
          testId="indicator-template"
          onExport={() => downloadIndicatorTemplate(application.id)}
        />
        {editable && (
          <span data-testid="indicator-upload">
            <Upload
              accept=".xlsx"
              showUploadList={false}
              customRequest={({ file }) =>
                upload.mutate(
                  { id: application.id, file: file as File },
                  {
                    onSuccess: (result) => {
                      setDraft((result.application.draft?.indicators ?? {}) as Values);
                      message.success(t("pilot.indicators.uploaded", { rows: result.rows }));
                    },
                  },
                )
              }
            >
              <Button icon={<UploadOutlined />} loading={upload.isPending}>
                {t("pilot.indicators.upload")}
              </Button>
            </Upload>
          </span>
        )}
      </Space>
      {report.length > 0 && (
        <Alert
          type="error"
          message={t("pilot.indicators.report")}
          description={
            <Table
              size="small"
              pagination={false}
              dataSource={report}
              data-testid="indicator-report"
              columns={[
                { title: t("pilot.indicators.row"), dataIndex: "row" },
                { title: t("pilot.indicators.indicator"), dataIndex: "code" },
                { title: t("pilot.indicators.column"), dataIndex: "column" },
                { title: t("pilot.indicators.rule"), dataIndex: "rule" },
                { title: t("pilot.indicators.message"), dataIndex: "message" },
              ]}
            />
          }
        />
      )}
      {report.length === 0 && <ProblemAlert error={upload.error} />}
      <ProblemAlert error={save.error} />
      <Table<Indicator>
        rowKey="code"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={[...batch.indicatorTemplate.indicators]}
        columns={[
          { title: "", dataIndex: "code", fixed: "left" },
          {
            title: t("pilot.indicators.indicator"),
            render: (_, row) => `${label(row.name)}${row.required ? " *" : ""}`,
          },
          { title: "", dataIndex: "unit" },
          ...columns.map((column) => ({
            key: column.key,
            title: t(column.kind === "actual" ? "pilot.indicators.actual" : "pilot.indicators.target", {
              year: column.year,
            }),
            render: (_: unknown, row: Indicator) => cell(row.code, column.key),
          })),
        ]}
      />
      {editable && (
        <Button
          type="primary"
          loading={save.isPending}
          data-testid="indicator-save"
          onClick={() =>
            save.mutate(
              { id: application.id, values: draft },
              { onSuccess: () => message.success(t("pilot.saved")) },
            )
          }
        >
          {t("pilot.save")}
        </Button>
      )}
    </Space>
  );
}
