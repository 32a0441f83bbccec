import { Alert, App, Button, Card, Col, Flex, Form, Input, InputNumber, Row, Select, Typography } from "antd";
import { useEffect, useState } from "react";
import { useNavigate, useParams } from "react-router";
import { useSession } from "../../../app/session";
import { ApiError, type FieldError, isApiError } from "../../../shared/api/client";
import { AmountInput } from "../../../shared/components/AmountInput";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { YUAN_PATTERN } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import { useMaterialName } from "../../../shared/labels";
import { DetailLoader } from "../../../shared/worklist/DetailLoader";
import { useEnterprise } from "../../enterprises/api/enterprises";
import { useProgramme } from "../../programmes/api/programmes";
import type { EligibilityInput } from "../../programmes/api/types";
import {
  type ApplicationDetail,
  type ApplicationInput,
  type RecommendationForm,
  useApplication,
  useApplicationOptions,
  useCreateApplication,
  usePrecheck,
  useUpdateApplication,
} from "../api/applications";
import { EligibilityChecks } from "../components/EligibilityChecks";

interface Values extends RecommendationForm {
  programmeCode: string;
  bankOrgId: string;
  guarantorOrgId: string;
  amount: string;
  termMonths: number;
  loanUse: string;
  supplyChainCategory?: string;
}

const FIELD_NAMES = [
  "programmeCode",
  "bankOrgId",
  "guarantorOrgId",
  "amount",
  "termMonths",
  "loanUse",
  "supplyChainCategory",
  "address",
  "legalRepresentative",
  "phone",
  "contactName",
  "contactPhone",
  "mainBusiness",
  "productsAndPartners",
] as const;

const FORM_FIELDS: (keyof RecommendationForm)[] = [
  "address",
  "legalRepresentative",
  "phone",
  "contactName",
  "contactPhone",
  "mainBusiness",
  "productsAndPartners",
];

/** The enterprise fills in the 推荐表 and saves it as a draft. */
export function ApplicationCreatePage() {
  return <ApplicationForm />;
}

/** The enterprise edits its draft in the same form; a submitted application is no longer its to change. */
export function ApplicationEditPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const query = useApplication(id);
  return (
    <DetailLoader query={query}>
      {(detail) =>
        detail.status === "DRAFT" ? (
          <ApplicationForm draft={detail} />
        ) : (
          <Alert
            type="warning"
            showIcon
            title={t("application.notDraft")}
            data-testid="application-not-draft"
          />
        )
      }
    </DetailLoader>
  );
}

/** The draft's values as the form holds them. */
const valuesOf = (draft: ApplicationDetail): Partial<Values> => ({
  programmeCode: draft.programme.code,
  bankOrgId: draft.bank.id,
  guarantorOrgId: draft.guarantor.id,
  amount: draft.amount,
  termMonths: draft.termMonths,
  loanUse: draft.loanUse,
  supplyChainCategory: draft.supplyChainCategory ?? undefined,
  ...draft.form,
});

/** Waits until typing pauses before the value counts (the pre-check asks the server). */
function useSettled<T>(value: T, delayMs = 400): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

function ApplicationForm({ draft }: { draft?: ApplicationDetail }) {
  const { t, label, locale } = useI18n();
  const materialName = useMaterialName();
  const { message } = App.useApp();
  const { access } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const options = useApplicationOptions();
  const enterprise = useEnterprise(draft ? undefined : (access.ownEnterpriseId ?? undefined));
  const programmeCode = Form.useWatch("programmeCode", form);
  const programme = useProgramme(programmeCode);
  const create = useCreateApplication();
  const update = useUpdateApplication(draft?.id ?? "");
  const save = draft ? update : create;
  const [leftover, setLeftover] = useState<FieldError[]>([]);
  const config = programme.data?.config;
  // Only what the enterprise may choose: its region's programmes, and who takes part in the chosen one.
  const offered = options.data?.programmes ?? [];
  const chosen = offered.find((p) => p.code === programmeCode);

  const watched = {
    amount: (Form.useWatch("amount", form) ?? "").trim(),
    termMonths: Form.useWatch("termMonths", form),
    loanUse: Form.useWatch("loanUse", form),
    supplyChainCategory: Form.useWatch("supplyChainCategory", form) ?? null,
  };
  const enterpriseId = options.data?.enterprise.id;
  const candidate: EligibilityInput | null =
    enterpriseId &&
    YUAN_PATTERN.test(watched.amount) &&
    Number(watched.amount) > 0 &&
    Number.isInteger(watched.termMonths) &&
    watched.loanUse
      ? {
          enterpriseId,
          supplyChainCategory: watched.supplyChainCategory,
          amount: watched.amount,
          termMonths: watched.termMonths,
          loanUse: watched.loanUse,
        }
      : null;
  // Compared as text: a new object each render would restart the wait for ever.
  const settled = useSettled(candidate && JSON.stringify(candidate));
  const precheckInput: EligibilityInput | null = settled ? JSON.parse(settled) : null;
  const precheck = usePrecheck(programmeCode, precheckInput);

  useEffect(() => {
    const entry = enterprise.data;
    if (!entry) return;
    const current = form.getFieldsValue();
    const prefill: Partial<Values> = {};
    if (!current.address) prefill.address = entry.address ?? "";
    if (!current.legalRepresentative) prefill.legalRepresentative = entry.legalRepresentative ?? "";
    if (!current.contactName) prefill.contactName = entry.contactName ?? "";
    if (!current.contactPhone) prefill.contactPhone = entry.contactPhone ?? "";
    if (!current.phone) prefill.phone = entry.contactPhone ?? "";
    if (!current.mainBusiness) prefill.mainBusiness = entry.mainBusiness ?? "";
    form.setFieldsValue(prefill);
  }, [enterprise.data, form]);

  useEffect(() => {
    if (offered.length === 1 && !form.getFieldValue("programmeCode")) {
      form.setFieldValue("programmeCode", offered[0]?.code);
    }
  }, [offered, form]);

  /** A new programme keeps the bank and guarantor only if they take part in it too. */
  const onProgrammeChange = (code: string) => {
    const next = offered.find((p) => p.code === code);
    const { bankOrgId, guarantorOrgId } = form.getFieldsValue();
    form.setFieldsValue({
      loanUse: undefined,
      supplyChainCategory: undefined,
      bankOrgId: next?.banks.some((b) => b.id === bankOrgId) ? bankOrgId : undefined,
      guarantorOrgId: next?.guarantors.some((g) => g.id === guarantorOrgId) ? guarantorOrgId : undefined,
    });
  };

  const onFinish = async (values: Values) => {
    setLeftover([]);
    const input: ApplicationInput = {
      programmeCode: values.programmeCode,
      bankOrgId: values.bankOrgId,
      guarantorOrgId: values.guarantorOrgId,
      amount: values.amount.trim(),
      termMonths: values.termMonths,
      loanUse: values.loanUse,
      supplyChainCategory: values.supplyChainCategory ?? null,
      form: Object.fromEntries(
        FORM_FIELDS.map((key) => [key, (values[key] ?? "").trim()]),
      ) as unknown as RecommendationForm,
    };
    try {
      const saved = draft
        ? await update.mutateAsync({ ...input, version: draft.version })
        : await create.mutateAsync(input);
      message.success(t(draft ? "application.saved" : "application.created"));
      navigate(`/applications/${saved.id}`);
    } catch (error) {
      // The server names the 附件1 fields form.address etc.: map them onto the flat form fields.
      const mapped = isApiError(error)
        ? new ApiError(error.status, {
            ...error.problem,
            errors: error.fieldErrors.map((e) => ({ ...e, field: e.field.replace(/^form\./, "") })),
          })
        : error;
      setLeftover(applyServerErrors(form, mapped, FIELD_NAMES));
    }
  };

  const required = [{ required: true, whitespace: true, message: t("application.required") }];

  return (
    <>
      <PageHeader
        title={draft ? t("application.editTitle") : t("application.newTitle")}
        subtitle={
          draft ? t("application.editSubtitle", { version: draft.version }) : t("application.newSubtitle")
        }
        backTo={draft ? `/applications/${draft.id}` : "/applications"}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        data-testid="application-form"
        initialValues={draft ? valuesOf(draft) : { termMonths: 12 }}
      >
        {save.isError && (
          <ProblemAlert error={save.error} fieldErrors={leftover} testId="application-form-error" />
        )}
        {options.isSuccess && offered.length === 0 && (
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t("application.noOptions")} />
        )}
        {chosen && chosen.requiredMaterials.length > 0 && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="application-materials-needed"
            title={t("application.materialsNeeded", {
              names: chosen.requiredMaterials.map(materialName).join(locale === "zh" ? "、" : ", "),
            })}
          />
        )}
        <Card title={t("application.sectionLoan")} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="programmeCode" label={t("application.programme")} rules={required}>
                <Select
                  data-testid="application-programme"
                  loading={options.isLoading}
                  options={offered.map((p) => ({ value: p.code, label: p.name }))}
                  onChange={onProgrammeChange}
                  showSearch={{ optionFilterProp: "label" }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="bankOrgId" label={t("application.bank")} rules={required}>
                <Select
                  data-testid="application-bank"
                  loading={options.isLoading}
                  options={chosen?.banks.map((bank) => ({ value: bank.id, label: bank.name }))}
                  showSearch={{ optionFilterProp: "label" }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="guarantorOrgId" label={t("application.guarantor")} rules={required}>
                <Select
                  data-testid="application-guarantor"
                  loading={options.isLoading}
                  options={chosen?.guarantors.map((org) => ({ value: org.id, label: org.name }))}
                  showSearch={{ optionFilterProp: "label" }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item
                name="amount"
                label={t("application.amountYuan")}
                rules={[...required, { pattern: YUAN_PATTERN, message: t("application.amountInvalid") }]}
              >
                <AmountInput data-testid="application-amount" suffix={t("unit.yuan")} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item
                name="termMonths"
                label={t("application.termField")}
                rules={[{ required: true, message: t("application.required") }]}
              >
                <InputNumber
                  data-testid="application-term"
                  min={1}
                  max={600}
                  precision={0}
                  style={{ width: "100%" }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="loanUse" label={t("application.loanUse")} rules={required}>
                <Select
                  data-testid="application-loan-use"
                  loading={programme.isFetching}
                  options={config?.permittedLoanUses.map((use) => ({ value: use.code, label: label(use) }))}
                />
              </Form.Item>
            </Col>
            {config?.supplyChainCategories && config.supplyChainCategories.length > 0 && (
              <Col xs={24} md={12}>
                <Form.Item
                  name="supplyChainCategory"
                  label={t("application.supplyChainCategory")}
                  rules={required}
                >
                  <Select
                    data-testid="application-category"
                    options={config.supplyChainCategories.map((c) => ({ value: c.code, label: label(c) }))}
                  />
                </Form.Item>
              </Col>
            )}
          </Row>
        </Card>
        <Card
          title={t("application.precheckTitle")}
          style={{ marginBottom: 16 }}
          data-testid="application-precheck"
        >
          <Typography.Paragraph type="secondary">{t("application.precheckHint")}</Typography.Paragraph>
          {precheckInput && precheck.data ? (
            <EligibilityChecks
              eligible={precheck.data.eligible}
              checks={precheck.data.checks}
              testId="precheck"
            />
          ) : precheck.isError ? (
            <ProblemAlert error={precheck.error} />
          ) : (
            <Typography.Text type="secondary" data-testid="precheck-waiting">
              {t("application.precheckWaiting")}
            </Typography.Text>
          )}
        </Card>
        <Card title={t("application.sectionForm")} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="address" label={t("application.address")} rules={required}>
                <Input data-testid="application-address" maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item
                name="legalRepresentative"
                label={t("application.legalRepresentative")}
                rules={required}
              >
                <Input data-testid="application-legal" maxLength={40} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="phone" label={t("application.phone")} rules={required}>
                <Input data-testid="application-phone" maxLength={20} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="contactName" label={t("application.contactName")} rules={required}>
                <Input data-testid="application-contact-name" maxLength={40} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="contactPhone" label={t("application.contactPhone")} rules={required}>
                <Input data-testid="application-contact-phone" maxLength={20} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="mainBusiness" label={t("application.mainBusiness")} rules={required}>
                <Input.TextArea data-testid="application-main-business" rows={2} maxLength={500} showCount />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item
                name="productsAndPartners"
                label={t("application.productsAndPartners")}
                rules={required}
              >
                <Input.TextArea data-testid="application-products" rows={4} maxLength={2000} showCount />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Flex gap={8} justify="flex-end">
          <Button onClick={() => navigate(draft ? `/applications/${draft.id}` : "/applications")}>
            {t("common.cancel")}
          </Button>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="application-submit">
            {t("application.saveDraft")}
          </Button>
        </Flex>
      </Form>
    </>
  );
}
