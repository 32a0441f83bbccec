import { APPLICATION_MATERIALS, type ApplicationMaterial, SLA_UNITS, type SlaUnit } from "@chanrong/domain";
import { Alert, Button, Col, Divider, Drawer, Flex, Form, Input, InputNumber, Row, Select } from "antd";
import { useEffect, useRef, useState } from "react";
import { ApiError, type FieldError } from "../../../shared/api/client";
import { AmountInput } from "../../../shared/components/AmountInput";
import { PercentInput } from "../../../shared/components/PercentInput";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatYuan, RATE_PATTERN, WAN_PATTERN, wanToYuan, yuanToWanExact } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import type { ProgrammeConfigWire, ProgrammeDetail } from "../api/types";
import { collapseListIndex, renameFieldErrors } from "./fieldErrors";
import { RegionDistrictSelect } from "./RegionDistrictSelect";

/** The settings an admin edits here; every other part of the configuration is sent back unchanged. */
interface FormValues {
  eligibleDistricts: string[];
  minOperatingYears: number | null;
  /** 万元; empty for no requirement. */
  minAnnualRevenueWan: string;
  /** 万元; empty for no limit. */
  maxAmountWan: string;
  maxTermMonths: number | null;
  interestRate: string;
  feeRate: string;
  fundShareOfGuarantor: string;
  reviewSlaAmount: number;
  reviewSlaUnit: SlaUnit;
  disbursementSlaAmount: number;
  disbursementSlaUnit: SlaUnit;
  requiredMaterials: ApplicationMaterial[];
  validityYears: number;
  note: string;
}

type FieldName = keyof FormValues;

/** The server's field paths (into the wire configuration) → this form's field names. */
const WIRE_TO_FORM: Record<string, FieldName> = {
  eligibleDistricts: "eligibleDistricts",
  minOperatingYears: "minOperatingYears",
  minAnnualRevenue: "minAnnualRevenueWan",
  minAnnualRevenueFen: "minAnnualRevenueWan",
  maxAmountPerEnterprise: "maxAmountWan",
  maxAmountPerEnterpriseFen: "maxAmountWan",
  maxTermMonths: "maxTermMonths",
  "interestSubsidy.rate": "interestRate",
  "guaranteeFeeSubsidy.rate": "feeRate",
  fundShareOfGuarantor: "fundShareOfGuarantor",
  "slas.review": "reviewSlaAmount",
  "slas.review.amount": "reviewSlaAmount",
  "slas.review.unit": "reviewSlaUnit",
  "slas.disbursement": "disbursementSlaAmount",
  "slas.disbursement.amount": "disbursementSlaAmount",
  "slas.disbursement.unit": "disbursementSlaUnit",
  requiredMaterials: "requiredMaterials",
  validityYears: "validityYears",
  note: "note",
};

const FIELD_NAMES: readonly FieldName[] = [
  "eligibleDistricts",
  "minOperatingYears",
  "minAnnualRevenueWan",
  "maxAmountWan",
  "maxTermMonths",
  "interestRate",
  "feeRate",
  "fundShareOfGuarantor",
  "reviewSlaAmount",
  "reviewSlaUnit",
  "disbursementSlaAmount",
  "disbursementSlaUnit",
  "requiredMaterials",
  "validityYears",
  "note",
];

export function formFieldOf(wireField: string): string {
  const path = wireField.replace(/^config\./, "");
  const field = collapseListIndex(collapseListIndex(path, "eligibleDistricts"), "requiredMaterials");
  return WIRE_TO_FORM[field] ?? wireField;
}

function toFormValues(config: ProgrammeConfigWire): FormValues {
  return {
    eligibleDistricts: [...config.eligibleDistricts],
    minOperatingYears: config.minOperatingYears,
    minAnnualRevenueWan: config.minAnnualRevenue ? yuanToWanExact(config.minAnnualRevenue) : "",
    maxAmountWan: config.maxAmountPerEnterprise ? yuanToWanExact(config.maxAmountPerEnterprise) : "",
    maxTermMonths: config.maxTermMonths,
    interestRate: config.interestSubsidy.rate,
    feeRate: config.guaranteeFeeSubsidy.rate,
    fundShareOfGuarantor: config.fundShareOfGuarantor,
    reviewSlaAmount: config.slas.review.amount,
    reviewSlaUnit: config.slas.review.unit,
    disbursementSlaAmount: config.slas.disbursement.amount,
    disbursementSlaUnit: config.slas.disbursement.unit,
    requiredMaterials: [...(config.requiredMaterials ?? [])],
    validityYears: config.validityYears,
    note: "",
  };
}

const wanOrNull = (wan: string | undefined) => (wan?.trim() ? wanToYuan(wan) : null);
const integerOrNull = (value: number | null | undefined) =>
  value === null || value === undefined ? null : value;

/** The whole configuration as loaded, with the edited settings replaced. */
function toConfig(base: ProgrammeConfigWire, values: FormValues): ProgrammeConfigWire {
  // The wire never shows a `…Fen` key: an unset limit arrives as null under its yuan key.
  return {
    ...base,
    eligibleDistricts: values.eligibleDistricts,
    minOperatingYears: integerOrNull(values.minOperatingYears),
    minAnnualRevenue: wanOrNull(values.minAnnualRevenueWan),
    maxAmountPerEnterprise: wanOrNull(values.maxAmountWan),
    maxTermMonths: integerOrNull(values.maxTermMonths),
    interestSubsidy: { ...base.interestSubsidy, rate: values.interestRate.trim() },
    guaranteeFeeSubsidy: { ...base.guaranteeFeeSubsidy, rate: values.feeRate.trim() },
    fundShareOfGuarantor: values.fundShareOfGuarantor.trim(),
    slas: {
      ...base.slas,
      review: { amount: values.reviewSlaAmount, unit: values.reviewSlaUnit },
      disbursement: { amount: values.disbursementSlaAmount, unit: values.disbursementSlaUnit },
    },
    requiredMaterials: values.requiredMaterials,
    validityYears: values.validityYears,
  };
}

export interface ProgrammeConfigFormProps {
  programme: ProgrammeDetail;
  open: boolean;
  submitting: boolean;
  onClose(): void;
  onSubmit(input: { config: ProgrammeConfigWire; expectedVersion: number; note: string }): Promise<unknown>;
  /** Reload the programme after a 409 (another admin saved a version first). */
  onReload(): void;
}

/** Platform admin: the settings that matter, saved as a new version with a note. */
export function ProgrammeConfigForm({
  programme,
  open,
  submitting,
  onClose,
  onSubmit,
  onReload,
}: ProgrammeConfigFormProps) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<FormValues>();
  const [problem, setProblem] = useState<{ error: unknown; leftover: FieldError[] } | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problem) problemRef.current?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [problem]);
  const { config } = programme;
  const watched = Form.useWatch([], form) as Partial<FormValues> | undefined;

  const submit = async (values: FormValues) => {
    setProblem(null);
    try {
      await onSubmit({
        config: toConfig(config, values),
        expectedVersion: programme.currentVersion,
        note: values.note.trim(),
      });
    } catch (error) {
      const isConflict = error instanceof ApiError && error.status === 409;
      const leftover = isConflict
        ? []
        : applyServerErrors(form, renameFieldErrors(error, formFieldOf), FIELD_NAMES);
      const hasFieldErrors = error instanceof ApiError && error.fieldErrors.length > leftover.length;
      if (isConflict || leftover.length > 0 || !hasFieldErrors) setProblem({ error, leftover });
    }
  };

  const isConflict = problem?.error instanceof ApiError && problem.error.status === 409;
  // Cancelling drops the edits: the next opening starts from the saved configuration.
  const cancel = () => {
    setProblem(null);
    form.resetFields();
    onClose();
  };

  const wanExtra = (value: string | undefined) =>
    value?.trim() && WAN_PATTERN.test(value.trim())
      ? t("programme.equalsYuan", { yuan: formatYuan(wanToYuan(value)) })
      : t("programme.wanHint");
  const wanRule = { pattern: WAN_PATTERN, message: t("programme.wanPattern") };
  const rateRules = [
    { required: true, whitespace: true, message: t("form.required") },
    { pattern: RATE_PATTERN, message: t("form.ratePattern") },
  ];
  const unitOptions = SLA_UNITS.map((unit) => ({ value: unit, label: t(`programme.slaUnit.${unit}`) }));

  return (
    <Drawer
      open={open}
      size={760}
      title={t("programme.editTitle", { name: programme.name })}
      onClose={cancel}
      mask={{ closable: false }}
      forceRender
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={cancel}>{t("common.cancel")}</Button>
          <Button
            type="primary"
            loading={submitting}
            onClick={() => form.submit()}
            data-testid="programme-form-submit"
          >
            {t("common.save")}
          </Button>
        </Flex>
      }
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={toFormValues(config)}
        onFinishFailed={({ errorFields }) => {
          const first = errorFields[0];
          if (first) form.scrollToField(first.name, { block: "center" });
        }}
        data-testid="programme-form"
      >
        <Alert
          type="info"
          showIcon
          title={t("programme.editHint", { version: programme.currentVersion + 1 })}
          style={{ marginBottom: 16 }}
        />
        <div ref={problemRef}>
          {problem &&
            (isConflict ? (
              <ProblemAlert
                error={problem.error}
                title={t("programme.conflict")}
                fieldErrors={[]}
                testId="programme-form-error"
              />
            ) : (
              <ProblemAlert
                error={problem.error}
                fieldErrors={problem.leftover}
                testId="programme-form-error"
              />
            ))}
          {isConflict && (
            <Button
              style={{ marginBottom: 16 }}
              onClick={() => {
                setProblem(null);
                onReload();
              }}
              data-testid="programme-form-reload"
            >
              {t("programme.reload")}
            </Button>
          )}
        </div>

        <Divider titlePlacement="start">{t("programme.section.eligibility")}</Divider>
        <Form.Item
          name="eligibleDistricts"
          label={t("programme.eligibleDistricts")}
          extra={t("programme.districtsHint")}
          rules={[{ required: true, type: "array", min: 1, message: t("form.required") }]}
        >
          <RegionDistrictSelect regionCode={config.regionCode} data-testid="programme-form-districts" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="minOperatingYears"
              label={t("programme.yearsField", { label: t("programme.minOperatingYears") })}
              extra={t("programme.emptyNoLimit")}
            >
              <InputNumber
                min={1}
                max={100}
                precision={0}
                style={{ width: "100%" }}
                data-testid="programme-form-min-years"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="minAnnualRevenueWan"
              label={t("programme.wanField", { label: t("programme.minAnnualRevenue") })}
              extra={wanExtra(watched?.minAnnualRevenueWan)}
              rules={[wanRule]}
            >
              <AmountInput suffix={t("unit.wan")} allowClear data-testid="programme-form-min-revenue" />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">{t("programme.section.limits")}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="maxAmountWan"
              label={t("programme.wanField", { label: t("programme.maxAmount") })}
              extra={wanExtra(watched?.maxAmountWan)}
              rules={[wanRule]}
            >
              <AmountInput suffix={t("unit.wan")} allowClear data-testid="programme-form-max-amount" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="maxTermMonths"
              label={t("programme.monthsField", { label: t("programme.maxTerm") })}
              extra={t("programme.emptyNoLimit")}
            >
              <InputNumber
                min={1}
                max={600}
                precision={0}
                style={{ width: "100%" }}
                data-testid="programme-form-max-term"
              />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">{t("programme.section.subsidies")}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="interestRate"
              label={t("programme.interestRate")}
              extra={t("programme.rateHint")}
              rules={rateRules}
            >
              <PercentInput data-testid="programme-form-interest-rate" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="feeRate"
              label={t("programme.feeRate")}
              extra={t("programme.rateHint")}
              rules={rateRules}
            >
              <PercentInput data-testid="programme-form-fee-rate" />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">{t("programme.section.riskSharing")}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="fundShareOfGuarantor"
              label={t("programme.fundShare")}
              extra={t("programme.rateHint")}
              rules={rateRules}
            >
              <PercentInput data-testid="programme-form-fund-share" />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">{t("programme.section.process")}</Divider>
        {(["review", "disbursement"] as const).map((sla) => (
          <Row gutter={16} key={sla}>
            <Col xs={14} md={12}>
              <Form.Item
                name={`${sla}SlaAmount`}
                label={t("programme.slaAmount", { name: t(`programme.sla.${sla}`) })}
                rules={[{ required: true, message: t("programme.positiveInteger") }]}
              >
                <InputNumber
                  min={1}
                  max={365}
                  precision={0}
                  style={{ width: "100%" }}
                  data-testid={`programme-form-${sla}-sla`}
                />
              </Form.Item>
            </Col>
            <Col xs={10} md={12}>
              <Form.Item
                name={`${sla}SlaUnit`}
                label={t("programme.slaUnit")}
                rules={[{ required: true, message: t("form.required") }]}
              >
                <Select<SlaUnit> options={unitOptions} data-testid={`programme-form-${sla}-sla-unit`} />
              </Form.Item>
            </Col>
          </Row>
        ))}
        <Form.Item name="requiredMaterials" label={t("programme.requiredMaterials")}>
          <Select<ApplicationMaterial[]>
            mode="multiple"
            allowClear
            placeholder={t("programme.requiredMaterialsNone")}
            options={APPLICATION_MATERIALS.map((material) => ({
              value: material.code,
              label: label(material),
            }))}
            data-testid="programme-form-materials"
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="validityYears"
              label={t("programme.yearsField", { label: t("programme.validity") })}
              rules={[{ required: true, message: t("programme.positiveInteger") }]}
            >
              <InputNumber
                min={1}
                max={50}
                precision={0}
                style={{ width: "100%" }}
                data-testid="programme-form-validity"
              />
            </Form.Item>
          </Col>
        </Row>

        <Divider />
        <Form.Item
          name="note"
          label={t("programme.changeNote")}
          extra={t("programme.changeNoteHint")}
          rules={[
            { required: true, whitespace: true, message: t("programme.changeNoteRequired") },
            { min: 2, max: 500, message: t("programme.changeNoteRequired") },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="programme-form-note" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
