import { tableWorkbook } from "../../platform/spreadsheets";
import type { enterprisesForProduct } from "./matching.service";

type ProductFits = Awaited<ReturnType<typeof enterprisesForProduct>>;

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
      reasons: item.criteria
        .map((criterion) => `${criterion.reason.zh}(${criterion.points}/${criterion.weight})`)
        .join(";"),
    })),
  );
}
