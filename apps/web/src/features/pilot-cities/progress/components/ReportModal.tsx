import { Alert, App, Form, Input, Modal } from "antd";
import { useState } from "react";
import type { FieldError } from "../../../../shared/api/client";
import { ProblemAlert } from "../../../../shared/components/ProblemAlert";
import { applyServerErrors } from "../../../../shared/forms";
import { useI18n } from "../../../../shared/i18n";
import { type PilotDetail, useSubmitReport } from "../api/pilots";
import { IndicatorTableInputs, rowsOf } from "./IndicatorTableInputs";

interface Values {
  rows: Record<string | number, string | undefined>[];
  correctionReason?: string;
}

/**
 * The pilot reports a year's actual values, or corrects a year already reported (a new version,
 * with its reason); the latest version fills the form when correcting.
 */
export function ReportModal({
  pilot,
  year,
  onClose,
}: {
  pilot: PilotDetail;
  year: number;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const submit = useSubmitReport(pilot.id);
  const [leftover, setLeftover] = useState<FieldError[]>([]);
  const entry = pilot.reports.find((report) => report.year === year);
  const latest = entry?.versions.at(-1);
  const correcting = Boolean(latest);
  const columns = [{ key: `${year}`, title: t("pilot.actual") }];
  const initialRows = pilot.indicators.map((indicator) => ({
    [year]: latest?.values[indicator.code]?.[`${year}`],
  }));

  const onFinish = (values: Values) => {
    setLeftover([]);
    submit.mutate(
      {
        year,
        rows: rowsOf(pilot.indicators, columns, values.rows),
        ...(correcting && { correctionReason: values.correctionReason ?? "" }),
      },
      {
        onSuccess: () => {
          message.success(t("pilot.reported"));
          onClose();
        },
        onError: (error) => setLeftover(applyServerErrors(form, error, ["rows", "correctionReason", "year"])),
      },
    );
  };

  return (
    <Modal
      open
      width={720}
      title={t("pilot.reportTitle", { year })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("pilot.submitReport")}
      confirmLoading={submit.isPending}
      okButtonProps={{ "data-testid": "report-submit" }}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} initialValues={{ rows: initialRows }}>
        <Alert
          type={correcting ? "warning" : "info"}
          showIcon
          style={{ marginBottom: 12 }}
          message={correcting ? t("pilot.correctionHint") : t("pilot.reportHint", { year })}
        />
        {correcting && (
          <Form.Item
            name="correctionReason"
            label={t("pilot.correctionReason")}
            rules={[{ required: true, message: t("form.required") }]}
          >
            <Input.TextArea rows={2} maxLength={500} data-testid="report-reason" />
          </Form.Item>
        )}
        <IndicatorTableInputs list="rows" indicators={pilot.indicators} columns={columns} testId="report" />
        <ProblemAlert error={submit.error} fieldErrors={leftover} />
      </Form>
    </Modal>
  );
}
