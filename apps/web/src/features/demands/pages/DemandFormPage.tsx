import {
  COLLATERAL_KINDS,
  type CollateralKind,
  DEMAND_KINDS,
  DEMAND_URGENCIES,
  DEMAND_URGENCY_TERMS,
  demandKindOfCategory,
  type ProductCategory,
} from "@chanrong/domain";
import { Alert, App, Button, Card, Flex, Form, Input, InputNumber, Select } from "antd";
import { useEffect, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { useSession } from "../../../app/session";
import type { FieldError } from "../../../shared/api/client";
import { newIdempotencyKey } from "../../../shared/api/idempotency";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatYuan } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import { EnterprisePicker } from "../../enterprises/components/EnterprisePicker";
import { type ListedProduct, useListedProduct } from "../../products/api/products";
import { type DemandInput, usePostDemand } from "../api/demands";

const DEMAND_FIELDS = [
  "enterpriseId",
  "productId",
  "kind",
  "amount",
  "termMonths",
  "purpose",
  "collateral",
  "keyProject",
  "urgency",
] as const;

/** The form as asked for a product: its kind, its lowest amount, a year's term within its range, its securities. */
function valuesFor(product: ListedProduct): Partial<DemandInput> {
  const termMonths = Math.min(Math.max(12, product.termMinMonths), product.termMaxMonths);
  return {
    kind: demandKindOfCategory(product.category as ProductCategory),
    amount: product.amountMin,
    termMonths,
    collateral: product.collateral as CollateralKind[],
  };
}

/**
 * A financing demand: an enterprise posts its own, the bureau posts for an enterprise of its region
 * (代企业发布需求), and `?product=` asks for a listed product (申请此产品), the form filled from its terms.
 */
export function DemandFormPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { access } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const productId = params.get("product") ?? undefined;
  const product = useListedProduct(productId);
  const asked = product.data;
  const forEnterprise = !access.postFinancingDemand;
  const [form] = Form.useForm<DemandInput>();
  const mutation = usePostDemand();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [leftover, setLeftover] = useState<FieldError[]>([]);

  useEffect(() => {
    if (asked) form.setFieldsValue(valuesFor(asked));
  }, [asked, form]);

  const onFinish = async (values: DemandInput) => {
    setLeftover([]);
    try {
      await mutation.mutateAsync({
        input: { ...values, keyProject: values.keyProject || null, productId },
        idempotencyKey,
      });
      message.success(t("demands.posted"));
      navigate("/financing-demands");
    } catch (error) {
      setLeftover(applyServerErrors(form, error, DEMAND_FIELDS));
    }
  };

  return (
    <>
      <PageHeader
        title={productId ? t("product.ask") : t(forEnterprise ? "demands.postFor" : "demands.post")}
        backTo={productId ? "/product-supermarket" : "/financing-demands"}
        testId="demand-form-header"
      />
      <ProblemAlert error={product.error} />
      <Card style={{ maxWidth: 720 }}>
        {asked && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="demand-asked-product"
            message={t("demands.askingFor", { name: asked.name, institution: asked.institutionName })}
            description={t("demands.askingForHint", {
              amountMin: formatYuan(asked.amountMin),
              amountMax: formatYuan(asked.amountMax),
              termMin: asked.termMinMonths,
              termMax: asked.termMaxMonths,
            })}
          />
        )}
        <Form
          form={form}
          layout="vertical"
          onFinish={onFinish}
          initialValues={{ urgency: "NORMAL", termMonths: 12 }}
        >
          {forEnterprise && (
            <Form.Item
              name="enterpriseId"
              label={t("demands.enterpriseId")}
              rules={[{ required: true, message: t("demands.pickEnterprise") }]}
            >
              <EnterprisePicker placeholder={t("demands.pickEnterprise")} data-testid="demand-enterprise" />
            </Form.Item>
          )}
          <Form.Item name="kind" label={t("demands.kind")}>
            <Select
              data-testid="demand-kind"
              disabled={Boolean(productId)}
              showSearch={{ optionFilterProp: "label" }}
              options={DEMAND_KINDS.map((kind) => ({ value: kind.code, label: label(kind) }))}
            />
          </Form.Item>
          <Form.Item name="amount" label={t("demands.amount")}>
            <Input data-testid="demand-amount" />
          </Form.Item>
          <Form.Item name="termMonths" label={t("demands.termMonths")}>
            <InputNumber
              min={asked?.termMinMonths ?? 1}
              max={asked?.termMaxMonths ?? 360}
              precision={0}
              data-testid="demand-term"
            />
          </Form.Item>
          <Form.Item name="purpose" label={t("demands.purpose")}>
            <Input.TextArea rows={2} data-testid="demand-purpose" />
          </Form.Item>
          <Form.Item name="collateral" label={t("demands.collateral")}>
            <Select
              mode="multiple"
              showSearch={{ optionFilterProp: "label" }}
              data-testid="demand-collateral"
              options={COLLATERAL_KINDS.map((kind) => ({ value: kind.code, label: label(kind) }))}
            />
          </Form.Item>
          <Form.Item name="keyProject" label={t("demands.keyProject")}>
            <Input data-testid="demand-key-project" />
          </Form.Item>
          <Form.Item name="urgency" label={t("demands.urgency")}>
            <Select
              data-testid="demand-urgency"
              showSearch={{ optionFilterProp: "label" }}
              options={DEMAND_URGENCIES.map((code) => ({
                value: code,
                label: label(DEMAND_URGENCY_TERMS[code]),
              }))}
            />
          </Form.Item>
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={mutation.isPending} data-testid="demand-submit">
              {t("demands.submit")}
            </Button>
            <Button onClick={() => navigate(-1)}>{t("common.cancel")}</Button>
          </Flex>
        </Form>
        <ProblemAlert error={mutation.error} fieldErrors={leftover} />
      </Card>
    </>
  );
}
