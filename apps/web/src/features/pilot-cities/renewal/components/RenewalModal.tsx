import { Alert, App, Col, DatePicker, Divider, Form, Input, Modal, Row, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import type { FieldError } from "../../../../shared/api/client";
import { ProblemAlert } from "../../../../shared/components/ProblemAlert";
import { DATE_FORMAT } from "../../../../shared/format";
import { applyServerErrors } from "../../../../shared/forms";
import { useI18n } from "../../../../shared/i18n";
import { IndicatorTableInputs, rowsOf } from "../../progress/components/IndicatorTableInputs";
import { useBatch, useSubmitRenewal } from "../api/renewals";

interface Values {
  plan: { periodStart?: Dayjs; periodEnd?: Dayjs; sections: Record<string, string | undefined> };
  indicators: Record<string | number, string | undefined>[];
}

/** The years a period touches, as the domain's planYears (the table's target columns). */
const yearsOf = (from?: Dayjs, to?: Dayjs) =>
  from && to && !to.isBefore(from)
    ? Array.from({ length: Math.min(to.year() - from.year() + 1, 5) }, (_, i) => from.year() + i)
    : [];

/**
 * The renewal of §四(一): the new period, the plan's sections (the batch's outline) and the indicator
 * table in the batch's template (the actual years, then a target per year of the new period).
 */
export function RenewalModal({
  batchId,
  previousEnd,
  onClose,
}: {
  batchId: string;
  previousEnd: string;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const batch = useBatch(batchId);
  const submit = useSubmitRenewal();
  const [leftover, setLeftover] = useState<FieldError[]>([]);
  const from = Form.useWatch(["plan", "periodStart"], form);
  const to = Form.useWatch(["plan", "periodEnd"], form);
  const template = batch.data?.indicatorTemplate;
  const columns = [
    ...(template?.actualYears ?? []).map((year) => ({ key: `${year}`, title: `${year}` })),
    ...yearsOf(from, to).map((year) => ({ key: `target-${year}`, title: `${t("pilot.target")} ${year}` })),
  ];
  const sections = (batch.data?.outline ?? []).filter(
    (section) => !batch.data?.outline.some((child) => child.parentCode === section.code),
  );

  const onFinish = (values: Values) => {
    setLeftover([]);
    submit.mutate(
      {
        plan: {
          periodStart: values.plan.periodStart?.format(DATE_FORMAT) ?? "",
          periodEnd: values.plan.periodEnd?.format(DATE_FORMAT) ?? "",
          sections: Object.fromEntries(
            Object.entries(values.plan.sections ?? {}).map(([code, text]) => [code, text ?? ""]),
          ),
        },
        indicators: rowsOf(template?.indicators ?? [], columns, values.indicators),
      },
      {
        onSuccess: () => {
          message.success(t("pilot.renewalSubmitted"));
          onClose();
        },
        onError: (error) => setLeftover(applyServerErrors(form, error, ["plan", "indicators"])),
      },
    );
  };

  return (
    <Modal
      open
      width={1000}
      title={t("pilot.renewalTitle", { number: batch.data?.number ?? "" })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("pilot.submitRenewal")}
      confirmLoading={submit.isPending}
      okButtonProps={{ "data-testid": "renewal-submit" }}
      destroyOnHidden
    >
      <ProblemAlert error={batch.error} />
      {template && (
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={onFinish}
          initialValues={{ indicators: template.indicators.map(() => ({})), plan: { sections: {} } }}
        >
          <Alert type="info" showIcon message={t("pilot.renewalHint", { end: previousEnd })} />
          <Row gutter={16} style={{ marginTop: 12 }}>
            <Col span={12}>
              <Form.Item
                name={["plan", "periodStart"]}
                label={t("pilot.periodStart")}
                rules={[{ required: true, message: t("form.required") }]}
              >
                <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} data-testid="renewal-start" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                name={["plan", "periodEnd"]}
                label={t("pilot.periodEnd")}
                rules={[{ required: true, message: t("form.required") }]}
              >
                <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} data-testid="renewal-end" />
              </Form.Item>
            </Col>
          </Row>
          <Divider>{t("pilot.sections")}</Divider>
          {sections.map((section) => (
            <Form.Item
              key={section.code}
              name={["plan", "sections", section.code]}
              label={`${section.code} ${section.title[locale]}`}
              extra={<Typography.Text type="secondary">{section.guidance[locale]}</Typography.Text>}
            >
              <Input.TextArea rows={2} data-testid={`renewal-section-${section.code}`} />
            </Form.Item>
          ))}
          <Divider>{t("pilot.indicatorTable")}</Divider>
          {template && (
            <IndicatorTableInputs
              list="indicators"
              indicators={template.indicators}
              columns={columns}
              testId="renewal"
            />
          )}
          <ProblemAlert error={submit.error} fieldErrors={leftover} />
        </Form>
      )}
    </Modal>
  );
}
