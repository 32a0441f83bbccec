import { validateUscc } from "@chanrong/domain";
import {
  Alert,
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
import { AmountInput } from "../../../shared/components/AmountInput";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { DATE_FORMAT, formatWan, YUAN_PATTERN } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";

import {
  type EnterpriseDetail,
  type EnterpriseInput,
  type EnterpriseTagKind,
  type Ownership,
  ownershipOf,
  tagKindOf,
} from "../api/types";
import { DistrictSelect } from "./DistrictSelect";
import { FieldCol, firstLabel, ListCard, ListFieldCol } from "./FormRows";

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
  cluster?: EnterpriseInput["cluster"];
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
  "cluster",
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
    cluster: values.cluster ?? null,
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

/** An ownership outside the catalogue leaves its field empty, for the user to choose. */
function toFormValues(enterprise: EnterpriseDetail): Partial<FormValues> {
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
    ownership: ownershipOf(enterprise.ownership),
    cluster: (enterprise.cluster as EnterpriseInput["cluster"]) ?? undefined,
    revenues: [...enterprise.revenues].sort((a, b) => a.year - b.year),
    // A tag outside the catalogue cannot be sent back; the form leaves it out.
    tags: enterprise.tags.flatMap((tag) => {
      const kind = tagKindOf(tag.tag);
      return kind
        ? [{ tag: kind, validFrom: dayjs(tag.validFrom), validTo: tag.validTo ? dayjs(tag.validTo) : null }]
        : [];
    }),
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
  /** A text that must be filled (spaces alone do not count). */
  const required = { required: true, whitespace: true, message: t("form.required") };
  /** A value that must be chosen or entered. */
  const chosen = { required: true, message: t("form.required") };

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
                    if (!result.valid) throw new Error(label(result.reason));
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
          <FieldCol md={12} name="name" label={t("enterprise.name")} rules={[required, { max: 100 }]}>
            <Input maxLength={100} data-testid="enterprise-name" />
          </FieldCol>
          <FieldCol md={8} name="districtCode" label={t("enterprise.district")} rules={[chosen]}>
            <DistrictSelect placeholder={t("form.choose")} data-testid="enterprise-district" />
          </FieldCol>
          <FieldCol md={16} name="address" label={t("enterprise.address")} rules={[required, { max: 200 }]}>
            <Input maxLength={200} data-testid="enterprise-address" />
          </FieldCol>
          <FieldCol
            md={8}
            name="legalRepresentative"
            label={t("enterprise.legalRepresentative")}
            rules={[required, { max: 40 }]}
          >
            <Input maxLength={40} data-testid="enterprise-legal" />
          </FieldCol>
          <FieldCol md={8} name="establishedOn" label={t("enterprise.establishedOn")} rules={[chosen]}>
            <DatePicker
              format={DATE_FORMAT}
              style={{ width: "100%" }}
              disabledDate={(date) => date.isAfter(today, "day")}
              data-testid="enterprise-established"
            />
          </FieldCol>
          <FieldCol md={8} name="ownership" label={t("enterprise.ownership")} rules={[chosen]}>
            <Select
              options={catalogue.data?.ownership.map((item) => ({ value: item.code, label: label(item) }))}
              data-testid="enterprise-ownership"
            />
          </FieldCol>
          <FieldCol md={8} name="cluster" label={t("enterprise.cluster")}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: "label" }}
              options={catalogue.data?.clusters.map((item) => ({ value: item.code, label: label(item) }))}
              data-testid="enterprise-cluster"
            />
          </FieldCol>
          <FieldCol
            md={8}
            name="industryCode"
            label={t("enterprise.industryCode")}
            tooltip={t("form.industryHint")}
            rules={[required]}
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
          </FieldCol>
          <FieldCol md={8} name="employees" label={t("enterprise.employees")} rules={[chosen]}>
            <InputNumber
              min={0}
              max={10_000_000}
              precision={0}
              style={{ width: "100%" }}
              data-testid="enterprise-employees"
            />
          </FieldCol>
          <FieldCol
            md={8}
            name="totalAssets"
            label={`${t("enterprise.totalAssets")}${paren(t("unit.yuan"))}`}
            rules={[amountRule]}
          >
            <AmountInput
              placeholder="12,000,000.00"
              suffix={t("unit.yuan")}
              data-testid="enterprise-total-assets"
            />
          </FieldCol>
          <FieldCol md={8} name="contactName" label={t("enterprise.contactName")} rules={[{ max: 40 }]}>
            <Input maxLength={40} data-testid="enterprise-contact-name" />
          </FieldCol>
          <FieldCol md={8} name="contactPhone" label={t("enterprise.contactPhone")}>
            <Input maxLength={20} data-testid="enterprise-contact-phone" />
          </FieldCol>
          <FieldCol name="mainBusiness" label={t("enterprise.mainBusiness")} rules={[{ max: 500 }]}>
            <Input.TextArea rows={2} maxLength={500} showCount data-testid="enterprise-main-business" />
          </FieldCol>
        </Row>
      </Card>

      <ListCard
        name="revenues"
        title={t("enterprise.sectionRevenues")}
        addLabel={t("form.addRevenue")}
        addTestId="enterprise-add-revenue"
        blank={() => ({ year: today.year() - 1, amount: "" })}
        removeCol={{ xs: 3, md: 4 }}
        row={(field) => (
          <>
            <ListFieldCol
              field={field}
              xs={8}
              md={4}
              name="year"
              label={t("enterprise.revenueYear")}
              rules={[chosen]}
            >
              <InputNumber min={1949} max={2100} precision={0} style={{ width: "100%" }} />
            </ListFieldCol>
            <ListFieldCol
              field={field}
              xs={13}
              md={10}
              name="amount"
              label={`${t("enterprise.revenueAmount")}${paren(t("unit.yuan"))}`}
              rules={[chosen, amountRule]}
            >
              <AmountInput suffix={t("unit.yuan")} placeholder="50,000,000.00" />
            </ListFieldCol>
            <Col xs={0} md={6}>
              <Form.Item label={firstLabel(field, t("unit.wan"))} shouldUpdate>
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
          </>
        )}
      />

      <ListCard
        name="tags"
        title={t("enterprise.sectionTags")}
        addLabel={t("form.addTag")}
        addTestId="enterprise-add-tag"
        note={
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="enterprise-tags-key-supported-note"
            title={t("enterprise.keySupportedNote")}
          />
        }
        blank={() => ({ validFrom: today, validTo: null })}
        removeCol={{ xs: 4, md: 3 }}
        row={(field) => (
          <>
            <ListFieldCol
              field={field}
              xs={24}
              md={9}
              name="tag"
              label={t("enterprise.tag")}
              rules={[chosen]}
            >
              <Select
                showSearch={{ optionFilterProp: "label" }}
                options={catalogue.data?.tags
                  .filter((item) => !item.derived)
                  .map((item) => ({ value: item.code, label: label(item) }))}
              />
            </ListFieldCol>
            <ListFieldCol
              field={field}
              xs={10}
              md={6}
              name="validFrom"
              label={t("enterprise.validFrom")}
              rules={[chosen]}
            >
              <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
            </ListFieldCol>
            <ListFieldCol field={field} xs={10} md={6} name="validTo" label={t("enterprise.validTo")}>
              <DatePicker
                format={DATE_FORMAT}
                style={{ width: "100%" }}
                placeholder={t("enterprise.tagOpenEnded")}
              />
            </ListFieldCol>
          </>
        )}
      />

      <ListCard
        name="bankAccounts"
        title={t("enterprise.sectionBankAccounts")}
        addLabel={t("form.addBankAccount")}
        addTestId="enterprise-add-bank-account"
        blank={() => ({ bankOrgId: null, bankName: "", accountNo: "" })}
        removeCol={{ xs: 4, md: 3 }}
        row={(field) => (
          <>
            <ListFieldCol field={field} xs={24} md={7} name="bankOrgId" label={t("enterprise.bankOrg")}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: "label" }}
                placeholder={t("enterprise.bankOrgPlaceholder")}
                options={bankOptions}
                onChange={(value: string | undefined) => {
                  const picked = bankOptions.find((option) => option.value === value);
                  if (picked && !form.getFieldValue(["bankAccounts", field.name, "bankName"])) {
                    form.setFieldValue(["bankAccounts", field.name, "bankName"], picked.label);
                  }
                }}
              />
            </ListFieldCol>
            <ListFieldCol
              field={field}
              xs={24}
              md={7}
              name="bankName"
              label={t("enterprise.bankName")}
              rules={[required, { min: 2, max: 100 }]}
            >
              <Input placeholder={t("enterprise.bankNamePlaceholder")} />
            </ListFieldCol>
            <ListFieldCol
              field={field}
              xs={20}
              md={7}
              name="accountNo"
              label={t("enterprise.accountNo")}
              rules={[required, { pattern: /^[0-9-]{8,32}$/, message: t("form.accountPattern") }]}
            >
              <Input placeholder="4203000000000001" style={{ fontFamily: "monospace" }} />
            </ListFieldCol>
          </>
        )}
      />

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
