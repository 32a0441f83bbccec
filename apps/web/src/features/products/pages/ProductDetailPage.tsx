import { Button, Card, Descriptions, Space, Table, Tag } from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { useSession } from "../../../app/session";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { ReasonModal } from "../../../shared/components/ReasonModal";
import { formatYuan, rateAsPercent } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { ProductEnterprisesCard } from "../../matching/components/ProductEnterprisesCard";
import { type ProductDetail, useProduct, useProductStep } from "../api/products";
import { LISTS, labelsOf, STATE_COLOURS } from "./labels";

type Decision = "list" | "return" | "delist";
type Version = ProductDetail["latest"];

/** A product's terms, as its editor and the supermarket show them. */
export function ProductTerms({
  version,
  institution,
}: {
  version: Omit<Version, "version" | "state" | "createdAt">;
  institution: string;
}) {
  const { t, locale } = useI18n();
  const none = t("product.any");
  const rate =
    version.rateMin === null || version.rateMax === null
      ? t("product.rateNegotiable")
      : `${rateAsPercent(version.rateMin)} – ${rateAsPercent(version.rateMax)}`;
  return (
    <Descriptions column={2} size="small" bordered>
      <Descriptions.Item label={t("product.institution")}>{institution}</Descriptions.Item>
      <Descriptions.Item label={t("product.type")}>
        {labelsOf(LISTS.category, [version.category], locale, "")} ·{" "}
        {labelsOf(LISTS.type, [version.type], locale, "")}
      </Descriptions.Item>
      <Descriptions.Item label={t("product.rate")}>{rate}</Descriptions.Item>
      <Descriptions.Item label={t("product.amount")}>
        {formatYuan(version.amountMin)} – {formatYuan(version.amountMax)} {t("product.yuan")}
      </Descriptions.Item>
      <Descriptions.Item label={t("product.term")}>
        {t("product.monthsRange", { min: version.termMinMonths, max: version.termMaxMonths })}
      </Descriptions.Item>
      <Descriptions.Item label={t("product.collateral")}>
        {labelsOf(LISTS.collateral, version.collateral, locale, none)}
      </Descriptions.Item>
      <Descriptions.Item label={t("product.tags")}>
        {labelsOf(LISTS.tag, version.tags, locale, none)}
      </Descriptions.Item>
      <Descriptions.Item label={t("product.clusters")}>
        {labelsOf(LISTS.cluster, version.clusters, locale, none)}
      </Descriptions.Item>
      <Descriptions.Item label={t("product.sizeClasses")}>
        {labelsOf(LISTS.sizeClass, version.sizeClasses, locale, none)}
      </Descriptions.Item>
      <Descriptions.Item label={t("product.industries")}>
        {version.industries.join("、") || none}
      </Descriptions.Item>
      <Descriptions.Item label={t("product.districts")}>
        {version.districts.join("、") || none}
      </Descriptions.Item>
      <Descriptions.Item label={t("product.contactName")}>
        {version.contactName} {version.contactPhone}
      </Descriptions.Item>
      <Descriptions.Item label={t("product.materials")} span={2}>
        {version.materials}
      </Descriptions.Item>
      <Descriptions.Item label={t("product.description")} span={2}>
        {version.description || "—"}
      </Descriptions.Item>
    </Descriptions>
  );
}

export function ProductDetailPage() {
  const { id = "" } = useParams();
  const { t, locale } = useI18n();
  const { access, me } = useSession();
  const product = useProduct(id);
  const step = useProductStep(id);
  const [decision, setDecision] = useState<Decision | null>(null);
  const data = product.data;
  if (product.isError) return <ProblemAlert error={product.error} />;
  if (!data) return <Card loading />;
  const own = me?.organisation.id === data.orgId;
  const state = data.latest.state;
  const stateTag = (value: string) => (
    <Tag color={STATE_COLOURS[value]} data-testid="product-detail-state" data-state={value}>
      {labelsOf(LISTS.state, [value], locale, "")}
    </Tag>
  );
  return (
    <>
      <PageHeader
        title={data.latest.name}
        subtitle={t("product.detailSubtitle", { n: data.latestVersion })}
        backTo="/products"
        extra={
          <Space>
            {stateTag(state)}
            {own && access.publishProducts && state !== "PENDING_REVIEW" && (
              <Link to={`/products/${id}/edit`}>
                <Button data-testid="product-edit">{t("product.edit")}</Button>
              </Link>
            )}
            {own && (state === "DRAFT" || state === "RETURNED") && (
              <Button
                type="primary"
                loading={step.isPending}
                onClick={() => step.mutate({ action: "submit", version: data.version })}
                data-testid="product-submit"
              >
                {t("product.submit")}
              </Button>
            )}
            {access.reviewProducts && state === "PENDING_REVIEW" && (
              <>
                <Button type="primary" onClick={() => setDecision("list")} data-testid="product-list">
                  {t("product.list")}
                </Button>
                <Button danger onClick={() => setDecision("return")} data-testid="product-return">
                  {t("product.return")}
                </Button>
              </>
            )}
            {access.reviewProducts && data.listedVersion !== null && (
              <Button danger onClick={() => setDecision("delist")} data-testid="product-delist">
                {t("product.delist")}
              </Button>
            )}
          </Space>
        }
      />
      {step.isError && <ProblemAlert error={step.error} />}
      <Card title={t("product.latestVersion", { n: data.latestVersion })} style={{ marginBottom: 16 }}>
        <ProductTerms version={data.latest} institution={data.institutionName} />
      </Card>
      {data.listed && data.listed.version !== data.latestVersion && (
        <Card
          title={t("product.listedVersionTitle", { n: data.listed.version })}
          style={{ marginBottom: 16 }}
        >
          <ProductTerms version={data.listed} institution={data.institutionName} />
        </Card>
      )}
      {data.listedVersion !== null && (own || access.reviewProducts) && (
        <ProductEnterprisesCard productId={id} />
      )}
      <Card title={t("product.history")}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={data.history}
          data-testid="product-history"
          columns={[
            { key: "date", title: t("product.historyDate"), dataIndex: "businessDate", width: 120 },
            { key: "version", title: t("product.version"), dataIndex: "version", width: 70 },
            {
              key: "action",
              title: t("product.historyAction"),
              dataIndex: "action",
              render: (action: string) => t(`product.action.${action}` as "product.action.list"),
            },
            { key: "state", title: t("product.state"), dataIndex: "toState", render: stateTag },
            {
              key: "who",
              title: t("product.historyWho"),
              render: (_, row) => `${row.actorOrgName} · ${row.actorName}`,
            },
            { key: "note", title: t("product.historyNote"), dataIndex: "note" },
          ]}
        />
      </Card>
      {decision && (
        <ReasonModal
          title={t(`product.${decision}` as "product.list")}
          hint={t(`product.${decision}Hint` as "product.listHint")}
          label={t(decision === "list" ? "product.opinion" : "product.reason")}
          okText={t(`product.${decision}` as "product.list")}
          testId={`product-${decision}`}
          onSubmit={(note) =>
            step.mutateAsync(
              decision === "delist"
                ? { action: "delist", version: data.version, note }
                : { action: decision, version: data.version, note },
            )
          }
          onClose={() => setDecision(null)}
        />
      )}
    </>
  );
}
