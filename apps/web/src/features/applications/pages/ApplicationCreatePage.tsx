import { App, Button, Card, Col, Flex, Form, Input, InputNumber, Row, Select } from "antd";
import { useEffect, useState } from "react";
import { useNavigate } from "react-router";
import { useSession } from "../../../app/session";
import { ApiError, type FieldError, isApiError } from "../../../shared/api/client";
import { useBanks } from "../../../shared/api/reference";
import { AmountInput } from "../../../shared/components/AmountInput";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { YUAN_PATTERN } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import { useEnterprise } from "../../enterprises/api/enterprises";
import { useProgramme, useProgrammes } from "../../programmes/api/programmes";
import {
  type ApplicationInput,
  type RecommendationForm,
  useCreateApplication,
  useGuarantors,
} from "../api/applications";

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
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { access } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const programmes = useProgrammes();
  const banks = useBanks();
  const guarantors = useGuarantors();
  const enterprise = useEnterprise(access.ownEnterpriseId ?? undefined);
  const programmeCode = Form.useWatch("programmeCode", form);
  const programme = useProgramme(programmeCode);
  const create = useCreateApplication();
  const [leftover, setLeftover] = useState<FieldError[]>([]);
  const config = programme.data?.config;

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
    if (programmes.data?.length === 1 && !form.getFieldValue("programmeCode")) {
      form.setFieldValue("programmeCode", programmes.data[0]?.code);
    }
  }, [programmes.data, form]);

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
      const created = await create.mutateAsync(input);
      message.success(t("application.created"));
      navigate(`/applications/${created.id}`);
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
        title={t("application.newTitle")}
        subtitle={t("application.newSubtitle")}
        backTo="/applications"
      />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        data-testid="application-form"
        initialValues={{ termMonths: 12 }}
      >
        {create.isError && (
          <ProblemAlert error={create.error} fieldErrors={leftover} testId="application-form-error" />
        )}
        <Card title={t("application.sectionLoan")} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="programmeCode" label={t("application.programme")} rules={required}>
                <Select
                  data-testid="application-programme"
                  loading={programmes.isLoading}
                  options={programmes.data?.map((p) => ({ value: p.code, label: p.name }))}
                  onChange={() => form.setFieldsValue({ loanUse: undefined, supplyChainCategory: undefined })}
                  showSearch={{ optionFilterProp: "label" }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="bankOrgId" label={t("application.bank")} rules={required}>
                <Select
                  data-testid="application-bank"
                  loading={banks.isLoading}
                  options={banks.data?.map((bank) => ({ value: bank.id, label: bank.name }))}
                  showSearch={{ optionFilterProp: "label" }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="guarantorOrgId" label={t("application.guarantor")} rules={required}>
                <Select
                  data-testid="application-guarantor"
                  loading={guarantors.isLoading}
                  options={guarantors.data?.map((org) => ({ value: org.id, label: org.name }))}
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
          <Button onClick={() => navigate("/applications")}>{t("common.cancel")}</Button>
          <Button
            type="primary"
            htmlType="submit"
            loading={create.isPending}
            data-testid="application-submit"
          >
            {t("application.saveDraft")}
          </Button>
        </Flex>
      </Form>
    </>
  );
}
