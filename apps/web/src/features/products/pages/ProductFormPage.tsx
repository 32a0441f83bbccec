import { Button, Card, Col, Form, Input, InputNumber, Row, Select } from "antd";
import { useState } from "react";
import { useNavigate, useParams } from "react-router";
import type { FieldError } from "../../../shared/api/client";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import { type ProductInput, useCreateProduct, useEditProduct, useProduct } from "../api/products";
import { LISTS, optionsOf, PRODUCT_TYPES } from "./labels";

type FormValues = Omit<ProductInput, "rateMin" | "rateMax"> & { rateMin?: string; rateMax?: string };
const FIELDS = [
  "name",
  "category",
  "type",
  "rateMin",
  "rateMax",
  "amountMin",
  "amountMax",
  "termMinMonths",
  "termMaxMonths",
  "collateral",
  "tags",
  "clusters",
  "industries",
  "sizeClasses",
  "districts",
  "materials",
  "description",
  "contactName",
  "contactPhone",
];
const EMPTY_LISTS = { tags: [], clusters: [], industries: [], sizeClasses: [], districts: [] };

/** The product editor: a new draft, or an edit (a listed product's edit becomes a new version). */
export function ProductFormPage() {
  const { id } = useParams();
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const existing = useProduct(id);
  const create = useCreateProduct();
  const edit = useEditProduct(id ?? "");
  const [failure, setFailure] = useState<unknown>(null);
  const [leftover, setLeftover] = useState<FieldError[]>([]);
  const category = Form.useWatch("category", form);
  const loaded = existing.data;

  const onFinish = async (values: FormValues) => {
    setFailure(null);
    const input: ProductInput = {
      ...EMPTY_LISTS,
      ...values,
      rateMin: values.rateMin ? values.rateMin : null,
      rateMax: values.rateMax ? values.rateMax : null,
      description: values.description ?? "",
    };
    try {
      const saved = loaded
        ? await edit.mutateAsync({ ...input, version: loaded.version })
        : await create.mutateAsync(input);
      navigate(`/products/${saved.id}`);
    } catch (error) {
      setFailure(error);
      setLeftover(applyServerErrors(form, error, FIELDS));
    }
  };

  if (id && !loaded) return <Card loading />;
  const initial = loaded
    ? {
        ...loaded.latest,
        rateMin: loaded.latest.rateMin ?? undefined,
        rateMax: loaded.latest.rateMax ?? undefined,
      }
    : { collateral: ["NONE"], ...EMPTY_LISTS };
  const multi = (name: keyof FormValues, list: keyof typeof LISTS) => (
    <Form.Item name={name} label={t(`product.${name}` as "product.tags")}>
      <Select
        mode="multiple"
        allowClear
        options={optionsOf(LISTS[list], locale)}
        data-testid={`product-${name}`}
      />
    </Form.Item>
  );
  return (
    <>
      <PageHeader
        title={t(loaded ? "product.edit" : "product.create")}
        subtitle={t("product.formHint")}
        backTo="/products"
      />
      <Card>
        {failure !== null && <ProblemAlert error={failure} fieldErrors={leftover} />}
        <Form<FormValues>
          form={form}
          layout="vertical"
          initialValues={initial}
          onFinish={onFinish}
          data-testid="product-form"
        >
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name="name" label={t("product.name")} rules={[{ required: true }]}>
                <Input data-testid="product-name" />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="category" label={t("product.category")} rules={[{ required: true }]}>
                <Select options={optionsOf(LISTS.category, locale)} data-testid="product-category" />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="type" label={t("product.type")} rules={[{ required: true }]}>
                <Select
                  options={optionsOf(
                    PRODUCT_TYPES.filter((type) => type.category === category),
                    locale,
                  )}
                  data-testid="product-type"
                />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="rateMin" label={t("product.rateMin")} extra={t("product.rateHint")}>
                <Input data-testid="product-rateMin" />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="rateMax" label={t("product.rateMax")}>
                <Input data-testid="product-rateMax" />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="amountMin" label={t("product.amountMin")} rules={[{ required: true }]}>
                <Input addonAfter={t("product.yuan")} data-testid="product-amountMin" />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="amountMax" label={t("product.amountMax")} rules={[{ required: true }]}>
                <Input addonAfter={t("product.yuan")} data-testid="product-amountMax" />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="termMinMonths" label={t("product.termMinMonths")} rules={[{ required: true }]}>
                <InputNumber style={{ width: "100%" }} data-testid="product-termMin" />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="termMaxMonths" label={t("product.termMaxMonths")} rules={[{ required: true }]}>
                <InputNumber style={{ width: "100%" }} data-testid="product-termMax" />
              </Form.Item>
            </Col>
            <Col span={12}>{multi("collateral", "collateral")}</Col>
            <Col span={12}>{multi("tags", "tag")}</Col>
            <Col span={12}>{multi("clusters", "cluster")}</Col>
            <Col span={12}>{multi("sizeClasses", "sizeClass")}</Col>
            <Col span={12}>
              <Form.Item name="industries" label={t("product.industries")} extra={t("product.codesHint")}>
                <Select mode="tags" data-testid="product-industries" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="districts" label={t("product.districts")} extra={t("product.codesHint")}>
                <Select mode="tags" data-testid="product-districts" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="materials" label={t("product.materials")} rules={[{ required: true }]}>
                <Input.TextArea rows={3} data-testid="product-materials" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="description" label={t("product.description")}>
                <Input.TextArea rows={3} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="contactName" label={t("product.contactName")} rules={[{ required: true }]}>
                <Input data-testid="product-contactName" />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="contactPhone" label={t("product.contactPhone")} rules={[{ required: true }]}>
                <Input data-testid="product-contactPhone" />
              </Form.Item>
            </Col>
          </Row>
          <Button
            type="primary"
            htmlType="submit"
            loading={create.isPending || edit.isPending}
            data-testid="product-save"
          >
            {t("common.save")}
          </Button>
        </Form>
      </Card>
    </>
  );
}
