import { Button, Card } from "antd";
import { Link, useParams } from "react-router";
import { useSession } from "../../../app/session";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { useI18n } from "../../../shared/i18n";
import { useListedProduct } from "../api/products";
import { ProductTerms } from "./ProductDetailPage";

/** 申请此产品: an enterprise starts a demand for a listed product, the form filled from its terms. */
export function AskForProductButton({ productId, size }: { productId: string; size?: "small" }) {
  const { t } = useI18n();
  const { access } = useSession();
  if (!access.postFinancingDemand) return null;
  return (
    <Link to={`/financing-demands/new?product=${productId}`}>
      <Button
        type="primary"
        size={size}
        title={t("product.askHint")}
        data-testid={`ask-product-${productId}`}
      >
        {t("product.ask")}
      </Button>
    </Link>
  );
}

/** A listed product as the supermarket shows it, for everyone signed in; an enterprise can ask for it. */
export function ListedProductPage() {
  const { id = "" } = useParams();
  const { t } = useI18n();
  const product = useListedProduct(id);
  const data = product.data;
  return (
    <>
      <PageHeader
        title={data?.name ?? t("product.detailOf")}
        subtitle={data && t("product.askHint")}
        backTo="/product-supermarket"
        extra={data && <AskForProductButton productId={data.id} />}
        testId="listed-product-header"
      />
      <ProblemAlert error={product.error} />
      <Card loading={product.isLoading}>
        {data && <ProductTerms version={data} institution={data.institutionName} />}
      </Card>
    </>
  );
}
