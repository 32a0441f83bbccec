import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { validateUscc } from "@chanrong/domain";
import {
  AutoComplete,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useRef, useState } from "react";
import { useBusinessDate, useSession } from "../../../app/session";
import { ApiError, type FieldError } from "../../../shared/api/client";
import { useBanks, useCatalogue } from "../../../shared/api/reference";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { DATE_FORMAT, formatWan, YUAN_PATTERN } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";

import type { EnterpriseDetail, EnterpriseInput, EnterpriseTagKind, Ownership } from "../api/types";
import { DistrictSelect } from "./DistrictSelect";

interface FormValues {
  uscc: string;
  name: string;
  address: string;
  districtCode: string;
  legalRepresentative: string;
  contactName?: string | null;
  contactPhone?: string | null;
  establishedOn: Dayjs;
  industryCode: string;
  mainBusiness?: string | null;
  employees: number;
  totalAssets?: string | null;
  ownership: Ownership;
  revenues: { year: number; amount: string }[];
  tags: { tag: EnterpriseTagKind; validFrom: Dayjs; validTo?: Dayjs | null }[];
  bankAccounts: { bankOrgId?: string | null; bankName: string; accountNo: string }[];
  usccConfirmedAsIssued?: boolean;
}

const FIELD_NAMES = [
  "uscc",
  "name",
  "address",
  "districtCode",
  "legalRepresentative",
  "contactName",
  "contactPhone",
  "establishedOn",
  "industryCode",
  "mainBusiness",
  "employees",
  "totalAssets",
  "ownership",
  "revenues",
  "tags",
  "bankAccounts",
  "usccConfirmedAsIssued",
] as const;

const blankToNull = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

function toInput(values: FormValues, includeConfirmation: boolean): EnterpriseInput {
  return {
    uscc: values.uscc.trim(),
    name: values.name.trim(),
    address: values.address.trim(),
    districtCode: values.districtCode,
    legalRepresentative: values.legalRepresentative.trim(),
    contactName: blankToNull(values.contactName),
    contactPhone: blankToNull(values.contactPhone),
    establishedOn: values.establishedOn.format(DATE_FORMAT),
    industryCode: values.industryCode.trim(),
    mainBusiness: blankToNull(values.mainBusiness),
    employees: values.employees,
    totalAssets: blankToNull(values.totalAssets),
    ownership: values.ownership,
    revenues: (values.revenues ?? []).map((revenue) => ({
      year: revenue.year,
      amount: revenue.amount.trim(),
    })),
    tags: (values.tags ?? []).map((tag) => ({
      tag: tag.tag,
      validFrom: tag.validFrom.format(DATE_FORMAT),
      validTo: tag.validTo ? tag.validTo.format(DATE_FORMAT) : null,
    })),
    bankAccounts: (values.bankAccounts ?? []).map((account) => ({
      bankOrgId: account.bankOrgId ?? null,
      bankName: account.bankName.trim(),
      accountNo: account.accountNo.trim(),
    })),
    ...(includeConfirmation && { usccConfirmedAsIssued: Boolean(values.usccConfirmedAsIssued) }),
  };
}

function toFormValues(enterprise: EnterpriseDetail): FormValues {
  return {
    uscc: enterprise.uscc,
    name: enterprise.name,
    address: enterprise.address,
    districtCode: enterprise.districtCode,
    legalRepresentative: enterprise.legalRepresentative,
    contactName: enterprise.contactName,
    contactPhone: enterprise.contactPhone,
    establishedOn: dayjs(enterprise.establishedOn),
    industryCode: enterprise.industryCode,
    mainBusiness: enterprise.mainBusiness,
    employees: enterprise.employees,
    totalAssets: enterprise.totalAssets,
    ownership: enterprise.ownership,
    revenues: [...enterprise.revenues].sort((a, b) => a.year - b.year),
    tags: enterprise.tags.map((tag) => ({
      tag: tag.tag,
      validFrom: dayjs(tag.validFrom),
      validTo: tag.validTo ? dayjs(tag.validTo) : null,
    })),
    bankAccounts: enterprise.bankAccounts.map((account) => ({
      bankOrgId: account.bankOrgId,
      bankName: account.bankName,
      accountNo: account.accountNo,
    })),
    usccConfirmedAsIssued: enterprise.usccConfirmedAsIssued,
  };
}

export interface EnterpriseFormProps {
  /** The enterprise being edited; absent when registering a new one. */
  enterprise?: EnterpriseDetail;
  submitting: boolean;
  onSubmit(input: EnterpriseInput): Promise<unknown>;
  onCancel(): void;
  /** Reload the enterprise after a 409 (someone else saved first). */
  onReload?: () => void;
}

/** Every field of the enterprise profile; server field errors land on the fields they name. */
export function EnterpriseForm({
  enterprise,
  submitting,
  onSubmit,
  onCancel,
  onReload,
}: EnterpriseFormProps) {
  const { t, label, paren } = useI18n();
  const { me, access } = useSession();
  const today = dayjs(useBusinessDate());
  const [form] = Form.useForm<FormValues>();
  const catalogue = useCatalogue();
  const platformAdmin = access.organisations;
  const banks = useBanks();
  const [problem, setProblem] = useState<{ error: unknown; leftover: FieldError[] } | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  // The submit button is at the bottom of a long form: bring the message into view.
  useEffect(() => {
    if (problem) problemRef.current?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [problem]);
  const uscc = Form.useWatch("uscc", form) ?? "";
  const usccCheck = uscc ? validateUscc(uscc.trim()) : null;
  const isOwnEnterprise = me?.organisation.type === "ENTERPRISE";

  const bankOptions = (banks.data ?? []).map((bank) => ({ value: bank.id, label: bank.name }));

  const submit = async (values: FormValues) => {
    setProblem(null);
    try {
      await onSubmit(toInput(values, platformAdmin));
    } catch (error) {
      const leftover = applyServerErrors(form, error, FIELD_NAMES);
      const isConflict = error instanceof ApiError && error.status === 409;
      const hasFieldErrors = error instanceof ApiError && error.fieldErrors.length > leftover.length;
      if (isConflict || leftover.length > 0 || !hasFieldErrors) setProblem({ error, leftover });
      // A server message on the USCC replaces the live hint, so the same words are not shown twice.
      const usccError =
        error instanceof ApiError ? error.fieldErrors.find((e) => e.field === "uscc") : undefined;
      if (usccError) form.setFields([{ name: "uscc", errors: [usccError.message], warnings: [] }]);
    }
  };

  const isConflict = problem?.error instanceof ApiError && problem.error.status === 409;
  const amountRule = { pattern: YUAN_PATTERN, message: t("form.yuanPattern") };

  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      onFinishFailed={({ errorFields }) => {
        const first = errorFields[0];
        if (first) form.scrollToField(first.name, { block: "center" });
      }}
      initialValues={
        enterprise
          ? toFormValues(enterprise)
          : { revenues: [], tags: [], bankAccounts: [], ownership: "PRIVATE" }
      }
      scrollToFirstError={false}
      // Enter in a field (e.g. confirming a typed date) must not submit this long form half-filled.
      onKeyDown={(event) => {
        if (event.key === "Enter" && event.target instanceof HTMLInputElement) event.preventDefault();
      }}
      data-testid="enterprise-form"
    >
      <div ref={problemRef}>
        {problem &&
          (isConflict ? (
            <ProblemAlert
              error={problem.error}
              title={t("form.conflictTitle")}
              testId="enterprise-form-error"
              fieldErrors={[]}
            />
          ) : (
            <ProblemAlert
              error={problem.error}
              fieldErrors={problem.leftover}
              testId="enterprise-form-error"
            />
          ))}
        {isConflict && onReload && (
          <Button
            style={{ marginBottom: 16 }}
            onClick={() => {
              setProblem(null);
              onReload();
            }}
            data-testid="enterprise-form-reload"
          >
            {t("form.reload")}
          </Button>
        )}
      </div>

      <Card title={t("enterprise.sectionProfile")} style={{ marginBottom: 16 }}>
        <Row gutter={24}>
          <Col xs={24} md={12}>
            <Form.Item
              name="uscc"
              label={t("enterprise.uscc")}
              rules={[
                { required: true, whitespace: true, message: t("form.usccRequired") },
                {
                  warningOnly: true,
                  validator: async (_, value: string | undefined) => {
                    if (!value) return;
                    const result = validateUscc(value.trim());
                    if (!result.valid) throw new Error(result.reason);
                  },
                },
              ]}
              extra={
                usccCheck?.valid ? (
                  <Typography.Text type="success" data-testid="uscc-hint-valid">
                    {t("form.usccValid", { division: usccCheck.divisionCode })}
                  </Typography.Text>
                ) : undefined
              }
            >
              <Input
                maxLength={40}
                placeholder="91440300708461136T"
                disabled={Boolean(enterprise) && isOwnEnterprise}
                style={{ fontFamily: "monospace" }}
                data-testid="enterprise-uscc"
              />
            </Form.Item>
            {platformAdmin && usccCheck && !usccCheck.valid && usccCheck.rule === "check-digit" && (
              <Form.Item name="usccConfirmedAsIssued" valuePropName="checked" style={{ marginTop: -8 }}>
                <Checkbox data-testid="enterprise-uscc-confirm">{t("form.usccConfirm")}</Checkbox>
              </Form.Item>
            )}
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="name"
              label={t("enterprise.name")}
              rules={[{ required: true, whitespace: true, message: t("form.required") }, { max: 100 }]}
            >
              <Input maxLength={100} data-testid="enterprise-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="districtCode"
              label={t("enterprise.district")}
              rules={[{ required: true, message: t("form.required") }]}
            >
              <DistrictSelect placeholder={t("form.choose")} data-testid="enterprise-district" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item
              name="address"
              label={t("enterprise.address")}
              rules={[{ required: true, whitespace: true, message: t("form.required") }, { max: 200 }]}
            >
              <Input maxLength={200} data-testid="enterprise-address" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="legalRepresentative"
              label={t("enterprise.legalRepresentative")}
              rules={[{ required: true, whitespace: true, message: t("form.required") }, { max: 40 }]}
            >
              <Input maxLength={40} data-testid="enterprise-legal" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="establishedOn"
              label={t("enterprise.establishedOn")}
              rules={[{ required: true, message: t("form.required") }]}
            >
              <DatePicker
                format={DATE_FORMAT}
                style={{ width: "100%" }}
                disabledDate={(date) => date.isAfter(today, "day")}
                data-testid="enterprise-established"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="ownership"
              label={t("enterprise.ownership")}
              rules={[{ required: true, message: t("form.required") }]}
            >
              <Select
                options={catalogue.data?.ownership.map((item) => ({ value: item.code, label: label(item) }))}
                data-testid="enterprise-ownership"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="industryCode"
              label={t("enterprise.industryCode")}
              tooltip={t("form.industryHint")}
              rules={[{ required: true, whitespace: true, message: t("form.required") }]}
            >
              <AutoComplete
                options={catalogue.data?.industries.map((item) => ({
                  value: item.code,
                  label: `${item.code} ${label(item)}`,
                }))}
                showSearch={{
                  filterOption: (input, option) =>
                    String(option?.label ?? "")
                      .toLowerCase()
                      .includes(input.toLowerCase()),
                }}
              >
                <Input placeholder="C3670" data-testid="enterprise-industry" />
              </AutoComplete>
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="employees"
              label={t("enterprise.employees")}
              rules={[{ required: true, message: t("form.required") }]}
            >
              <InputNumber
                min={0}
                max={10_000_000}
                precision={0}
                style={{ width: "100%" }}
                data-testid="enterprise-employees"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="totalAssets"
              label={`${t("enterprise.totalAssets")}${paren(t("unit.yuan"))}`}
              rules={[amountRule]}
            >
              <Input
                placeholder="12000000.00"
                suffix={t("unit.yuan")}
                data-testid="enterprise-total-assets"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="contactName" label={t("enterprise.contactName")} rules={[{ max: 40 }]}>
              <Input maxLength={40} data-testid="enterprise-contact-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="contactPhone" label={t("enterprise.contactPhone")}>
              <Input maxLength={20} data-testid="enterprise-contact-phone" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="mainBusiness" label={t("enterprise.mainBusiness")} rules={[{ max: 500 }]}>
              <Input.TextArea rows={2} maxLength={500} showCount data-testid="enterprise-main-business" />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card title={t("enterprise.sectionRevenues")} style={{ marginBottom: 16 }}>
        <Form.List name="revenues">
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field) => (
                <Row key={field.key} gutter={16} align="top">
                  <Col xs={8} md={4}>
                    <Form.Item
                      name={[field.name, "year"]}
                      label={field.name === 0 ? t("enterprise.revenueYear") : undefined}
                      rules={[{ required: true, message: t("form.required") }]}
                    >
                      <InputNumber min={1949} max={2100} precision={0} style={{ width: "100%" }} />
                    </Form.Item>
                  </Col>
                  <Col xs={13} md={10}>
                    <Form.Item
                      name={[field.name, "amount"]}
                      label={
                        field.name === 0
                          ? `${t("enterprise.revenueAmount")}${paren(t("unit.yuan"))}`
                          : undefined
                      }
                      rules={[{ required: true, message: t("form.required") }, amountRule]}
                    >
                      <Input suffix={t("unit.yuan")} placeholder="50000000.00" />
                    </Form.Item>
                  </Col>
                  <Col xs={0} md={6}>
                    <Form.Item label={field.name === 0 ? t("unit.wan") : undefined} shouldUpdate>
                      {() => {
                        const amount: string = form.getFieldValue(["revenues", field.name, "amount"]) ?? "";
                        return (
                          <Typography.Text type="secondary" className="money" style={{ lineHeight: "32px" }}>
                            {YUAN_PATTERN.test(amount) ? `${formatWan(amount)} ${t("unit.wan")}` : ""}
                          </Typography.Text>
                        );
                      }}
                    </Form.Item>
                  </Col>
                  <Col xs={3} md={4}>
                    <Form.Item label={field.name === 0 ? " " : undefined}>
                      <Button
                        icon={<DeleteOutlined />}
                        onClick={() => remove(field.name)}
                        aria-label={t("common.remove")}
                      />
                    </Form.Item>
                  </Col>
                </Row>
              ))}
              <Form.ErrorList errors={errors} />
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ year: today.year() - 1, amount: "" })}
                data-testid="enterprise-add-revenue"
              >
                {t("form.addRevenue")}
              </Button>
            </>
          )}
        </Form.List>
      </Card>

      <Card title={t("enterprise.sectionTags")} style={{ marginBottom: 16 }}>
        <Form.List name="tags">
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field) => (
                <Row key={field.key} gutter={16} align="top">
                  <Col xs={24} md={9}>
                    <Form.Item
                      name={[field.name, "tag"]}
                      label={field.name === 0 ? t("enterprise.tag") : undefined}
                      rules={[{ required: true, message: t("form.required") }]}
                    >
                      <Select
                        showSearch={{ optionFilterProp: "label" }}
                        options={catalogue.data?.tags.map((item) => ({
                          value: item.code,
                          label: label(item),
                        }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={10} md={6}>
                    <Form.Item
                      name={[field.name, "validFrom"]}
                      label={field.name === 0 ? t("enterprise.validFrom") : undefined}
                      rules={[{ required: true, message: t("form.required") }]}
                    >
                      <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
                    </Form.Item>
                  </Col>
                  <Col xs={10} md={6}>
                    <Form.Item
                      name={[field.name, "validTo"]}
                      label={field.name === 0 ? t("enterprise.validTo") : undefined}
                    >
                      <DatePicker
                        format={DATE_FORMAT}
                        style={{ width: "100%" }}
                        placeholder={t("enterprise.tagOpenEnded")}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={4} md={3}>
                    <Form.Item label={field.name === 0 ? " " : undefined}>
                      <Button
                        icon={<DeleteOutlined />}
                        onClick={() => remove(field.name)}
                        aria-label={t("common.remove")}
                      />
                    </Form.Item>
                  </Col>
                </Row>
              ))}
              <Form.ErrorList errors={errors} />
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ validFrom: today, validTo: null })}
                data-testid="enterprise-add-tag"
              >
                {t("form.addTag")}
              </Button>
            </>
          )}
        </Form.List>
      </Card>

      <Card title={t("enterprise.sectionBankAccounts")} style={{ marginBottom: 16 }}>
        <Form.List name="bankAccounts">
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field) => (
                <Row key={field.key} gutter={16} align="top">
                  <Col xs={24} md={7}>
                    <Form.Item
                      name={[field.name, "bankOrgId"]}
                      label={field.name === 0 ? t("enterprise.bankOrg") : undefined}
                    >
                      <Select
                        allowClear
                        showSearch={{ optionFilterProp: "label" }}
                        placeholder={t("enterprise.bankOrgPlaceholder")}
                        options={bankOptions}
                        onChange={(value: string | undefined) => {
                          const chosen = bankOptions.find((option) => option.value === value);
                          if (chosen && !form.getFieldValue(["bankAccounts", field.name, "bankName"])) {
                            form.setFieldValue(["bankAccounts", field.name, "bankName"], chosen.label);
                          }
                        }}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={7}>
                    <Form.Item
                      name={[field.name, "bankName"]}
                      label={field.name === 0 ? t("enterprise.bankName") : undefined}
                      rules={[
                        { required: true, whitespace: true, message: t("form.required") },
                        { min: 2, max: 100 },
                      ]}
                    >
                      <Input placeholder={t("enterprise.bankNamePlaceholder")} />
                    </Form.Item>
                  </Col>
                  <Col xs={20} md={7}>
                    <Form.Item
                      name={[field.name, "accountNo"]}
                      label={field.name === 0 ? t("enterprise.accountNo") : undefined}
                      rules={[
                        { required: true, whitespace: true, message: t("form.required") },
                        { pattern: /^[0-9-]{8,32}$/, message: t("form.accountPattern") },
                      ]}
                    >
                      <Input placeholder="4203000000000001" style={{ fontFamily: "monospace" }} />
                    </Form.Item>
                  </Col>
                  <Col xs={4} md={3}>
                    <Form.Item label={field.name === 0 ? " " : undefined}>
                      <Button
                        icon={<DeleteOutlined />}
                        onClick={() => remove(field.name)}
                        aria-label={t("common.remove")}
                      />
                    </Form.Item>
                  </Col>
                </Row>
              ))}
              <Form.ErrorList errors={errors} />
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ bankOrgId: null, bankName: "", accountNo: "" })}
                data-testid="enterprise-add-bank-account"
              >
                {t("form.addBankAccount")}
              </Button>
            </>
          )}
        </Form.List>
      </Card>

      <Card>
        <Flex justify="flex-end" gap={12}>
          <Button onClick={onCancel} data-testid="enterprise-cancel">
            {t("common.cancel")}
          </Button>
          <Button type="primary" htmlType="submit" loading={submitting} data-testid="enterprise-submit">
            {enterprise ? t("form.saveChanges") : t("form.register")}
          </Button>
        </Flex>
      </Card>
    </Form>
  );
}
