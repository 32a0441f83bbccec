import { DEMAND_KINDS } from "@chanrong/domain";
import { tableWorkbook } from "../../platform/spreadsheets";
import type { demandsForInstitution, enterprisesForProduct } from "./matching.service";

type ProductFits = Awaited<ReturnType<typeof enterprisesForProduct>>;
type RankedDemands = Awaited<ReturnType<typeof demandsForInstitution>>;

type Reasoned = { criteria: { reason: { zh: string }; points: string; weight: number }[] };
const reasonsOf = (item: Reasoned) =>
  item.criteria
    .map((criterion) => `${criterion.reason.zh}(${criterion.points}/${criterion.weight})`)
    .join(";");

const COLUMNS = [
  { key: "rank", header: "排名", width: 6 },
  { key: "enterprise", header: "企业名称", width: 32 },
  { key: "district", header: "区县", width: 10 },
  { key: "sizeClass", header: "规模", width: 10 },
  { key: "cluster", header: "“33618”集群", width: 14 },
  { key: "industry", header: "行业", width: 10 },
  { key: "score", header: "匹配分", width: 8 },
  { key: "reasons", header: "匹配理由", width: 80 },
];

/** 适配企业 as the institution or bureau files it: one row an enterprise, its reasons in words. */
export function productFitsWorkbook(fits: ProductFits): Promise<Buffer> {
  return tableWorkbook(
    "适配企业",
    COLUMNS,
    fits.items.map((item, index) => ({
      rank: String(index + 1),
      enterprise: item.enterprise.name,
      district: item.enterprise.districtCode,
      sizeClass: item.enterprise.sizeClass,
      cluster: item.enterprise.cluster ?? "",
      industry: item.enterprise.industryCode,
      score: item.score,
      reasons: reasonsOf(item),
    })),
  );
}

/** 推荐需求 as the institution files it: one row a demand, its best product and its reasons in words. */
export function recommendedDemandsWorkbook(ranked: RankedDemands): Promise<Buffer> {
  return tableWorkbook(
    "推荐需求",
    [
      { key: "rank", header: "排名", width: 6 },
      { key: "enterprise", header: "企业名称", width: 32 },
      { key: "kind", header: "融资方式", width: 10 },
      { key: "amount", header: "金额(元)", width: 16 },
      { key: "term", header: "期限(月)", width: 8 },
      { key: "product", header: "最匹配的产品", width: 24 },
      { key: "score", header: "匹配分", width: 8 },
      { key: "dueOn", header: "认领截止", width: 12 },
      { key: "reasons", header: "匹配理由", width: 80 },
    ],
    ranked.items.map((item, index) => ({
      rank: String(index + 1),
      enterprise: item.demand.enterpriseName,
      kind: DEMAND_KINDS.find((kind) => kind.code === item.demand.kind)?.zh ?? item.demand.kind,
      amount: item.demand.amount,
      term: String(item.demand.termMonths),
      product: item.product.name,
      score: item.score,
      dueOn: item.claimDueOn ?? "",
      reasons: reasonsOf(item),
    })),
  );
}
