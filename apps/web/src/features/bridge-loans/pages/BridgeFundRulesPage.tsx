import { ENTERPRISE_TAGS } from "@chanrong/domain";
import { App, Button, Card, Col, DatePicker, Form, Input, InputNumber, Row, Select, Table } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useParams } from "react-router";
import { ApiError, type FieldError } from "../../../shared/api/client";
import { AmountInput } from "../../../shared/components/AmountInput";
import { dateTimeCell } from "../../../shared/components/Nowrap";
import { PageHeader } from "../../../shared/components/PageHeader";
import { PercentInput } from "../../../shared/components/PercentInput";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { DATE_FORMAT, formatYuan, RATE_PATTERN, rateAsPercent, YUAN_PATTERN } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import { type BridgeFundDetail, useBridgeFund, useSaveBridgeRules } from "../api/bridgeLoans";

type Rules = BridgeFundDetail["rules"];
type RuleVersion = BridgeFundDetail["versions"][number];
type FormValues = Omit<Rules, "smeReductionUntil"> & { smeReductionUntil: Dayjs; note: string };

const RULE_FIELDS = [
  "groupCeiling",
  "generalCeiling",
  "maxWorkingDays",
  "dailyRate",
  "waiverTags",
  "smeReductionShare",
  "smeReductionUntil",
  "escalateAfterWorkingDays",
  "note",
] as const;

/** The server names a rule either by itself (the domain's check) or under `rules.` (the schema's). */
const withoutRulesPrefix = (error: unknown): unknown =>
  error instanceof ApiError
    ? new ApiError(error.status, {
        ...error.problem,
        errors: error.fieldErrors.map((fieldError) => ({
          ...fieldError,
          field: fieldError.field.replace(/^rules\./, ""),
        })),
      })
    : error;

/**
 * 应急转贷规则 of one fund: the region's finance or industry bureau (or a platform admin) edits the
 * ceilings, days of use, fee and its waiver and reduction, and escalation; each save is a new version.
 */
export function BridgeFundRulesPage() {
  const { id = "" } = useParams();
  const { t } = useI18n();
  const fund = useBridgeFund(id);
  return (
    <>
      <PageHeader
        title={fund.data ? `${t("bridge.rules.title")} · ${fund.data.name}` : t("bridge.rules.title")}
        subtitle={t("bridge.rules.subtitle")}
      />
      <ProblemAlert error={fund.error} />
      {fund.data && <RulesForm key={fund.data.version} fund={fund.data} />}
      <Card title={t("bridge.rules.versions")} loading={fund.isLoading} style={{ marginTop: 16 }}>
        <Table<RuleVersion>
          rowKey="version"
          size="middle"
          pagination={false}
          data-testid="bridge-rule-versions"
          dataSource={[...(fund.data?.versions ?? [])].sort((a, b) => b.version - a.version)}
          columns={[
            { title: t("bridge.rules.version"), dataIndex: "version", align: "right" },
            { title: t("bridge.rules.savedAt"), dataIndex: "createdAt", render: dateTimeCell },
            {
              title: t("bridge.rules.savedBy"),
              dataIndex: "createdBy",
              render: (name: string | null) => name ?? t("bridge.system"),
            },
            {
              title: t("bridge.rules.maxWorkingDays"),
              key: "days",
              align: "right",
              render: (_, row) => row.rules.maxWorkingDays,
            },
            {
              title: t("bridge.dailyRate"),
              key: "rate",
              align: "right",
              render: (_, row) => rateAsPercent(row.rules.dailyRate),
            },
            {
              title: t("bridge.rules.groupCeiling"),
              key: "ceiling",
              align: "right",
              render: (_, row) => <span className="money">{formatYuan(row.rules.groupCeiling)}</span>,
            },
            { title: t("bridge.rules.note"), dataIndex: "note" },
          ]}
        />
      </Card>
    </>
  );
}

function RulesForm({ fund }: { fund: BridgeFundDetail }) {
  const { t, locale, paren } = useI18n();
  const { message } = App.useApp();
  const save = useSaveBridgeRules();
  const [form] = Form.useForm<FormValues>();
  const [problem, setProblem] = useState<{ error: unknown; leftover: FieldError[] } | null>(null);
  const readOnly = !fund.mayConfigure;
  const required = { required: true, message: t("form.required") };
  const yuan = [required, { pattern: YUAN_PATTERN, message: t("form.yuanPattern") }];
  const percent = [required, { pattern: RATE_PATTERN, message: t("form.ratePattern") }];

  const submit = async ({ note, smeReductionUntil, ...rules }: FormValues) => {
    setProblem(null);
    try {
      const saved = await save.mutateAsync({
        id: fund.id,
        input: { rules: { ...rules, smeReductionUntil: smeReductionUntil.format(DATE_FORMAT) }, note },
      });
      message.success(t("bridge.rules.saved", { version: saved.version }));
    } catch (caught) {
      const error = withoutRulesPrefix(caught);
      const leftover = applyServerErrors(form, error, RULE_FIELDS);
      if (leftover.length || !(error instanceof ApiError) || error.fieldErrors.length === 0) {
        setProblem({ error, leftover });
      }
    }
  };

  return (
    <Card
      title={t("bridge.rules.current", { version: fund.version })}
      extra={<span data-testid="bridge-rules-version" data-version={fund.version} />}
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        disabled={readOnly}
        onFinish={submit}
        initialValues={{ ...fund.rules, smeReductionUntil: dayjs(fund.rules.smeReductionUntil), note: "" }}
        data-testid="bridge-rules-form"
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="groupCeiling"
              label={`${t("bridge.rules.groupCeiling")}${paren(t("unit.yuan"))}`}
              tooltip={t("bridge.rules.groupCeilingHint")}
              rules={yuan}
            >
              <AmountInput data-testid="bridge-rules-group-ceiling" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="generalCeiling"
              label={`${t("bridge.rules.generalCeiling")}${paren(t("unit.yuan"))}`}
              tooltip={t("bridge.rules.generalCeilingHint")}
              rules={yuan}
            >
              <AmountInput data-testid="bridge-rules-general-ceiling" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="maxWorkingDays" label={t("bridge.rules.maxWorkingDays")} rules={[required]}>
              <InputNumber precision={0} style={{ width: "100%" }} data-testid="bridge-rules-max-days" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="dailyRate"
              label={t("bridge.rules.dailyRate")}
              tooltip={t("bridge.rules.dailyRateHint")}
              rules={percent}
            >
              <PercentInput places={8} data-testid="bridge-rules-daily-rate" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="escalateAfterWorkingDays"
              label={t("bridge.rules.escalateAfter")}
              rules={[required]}
            >
              <InputNumber precision={0} style={{ width: "100%" }} data-testid="bridge-rules-escalate" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="waiverTags" label={t("bridge.rules.waiverTags")}>
              <Select
                mode="multiple"
                allowClear
                optionFilterProp="label"
                options={ENTERPRISE_TAGS.map((tag) => ({ value: tag.code, label: tag[locale] }))}
                data-testid="bridge-rules-waiver-tags"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="smeReductionShare"
              label={t("bridge.rules.smeReductionShare")}
              tooltip={t("bridge.rules.smeReductionShareHint")}
              rules={percent}
            >
              <PercentInput places={8} data-testid="bridge-rules-sme-share" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="smeReductionUntil"
              label={t("bridge.rules.smeReductionUntil")}
              rules={[required]}
            >
              <DatePicker
                format={DATE_FORMAT}
                style={{ width: "100%" }}
                data-testid="bridge-rules-sme-until"
              />
            </Form.Item>
          </Col>
          {!readOnly && (
            <Col xs={24}>
              <Form.Item
                name="note"
                label={t("bridge.rules.note")}
                rules={[required, { min: 2, message: t("bridge.rules.noteMin") }]}
              >
                <Input.TextArea rows={2} maxLength={200} data-testid="bridge-rules-note" />
              </Form.Item>
            </Col>
          )}
        </Row>
        {problem && (
          <ProblemAlert error={problem.error} fieldErrors={problem.leftover} testId="bridge-rules-error" />
        )}
        {!readOnly && (
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="bridge-rules-save">
            {t("bridge.rules.save")}
          </Button>
        )}
      </Form>
    </Card>
  );
}
