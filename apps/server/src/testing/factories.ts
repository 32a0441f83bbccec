import { type Cluster33618, makeUscc } from "@chanrong/domain";
import type { RecommendationFormFields } from "../modules/applications/applications.service";
import type { EnterpriseInput } from "../modules/enterprises/enterprises.schemas";

/**
 * Test-data factories. The demo seed and the tests build their enterprises here, so the
 * demo shows exactly the kind of data the tests prove correct.
 */

/** A small deterministic PRNG (mulberry32) so the same seed yields the same enterprises. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

const BRANDS = [
  "精工",
  "华泰",
  "鑫源",
  "东岳",
  "汉江",
  "武当",
  "车桥",
  "恒达",
  "博远",
  "天力",
  "正和",
  "卓越",
  "宏图",
  "金鹰",
  "瑞丰",
];
// Appended to the brand once the brands run out, so names stay plausible ("博远兴…").
const BRAND_SUFFIXES = ["", "兴", "盛", "隆", "通", "诚", "达", "信"];
/** What a demo enterprise makes; `cluster` is the “33618” cluster it belongs to when it is in 重庆. */
const PRODUCTS = [
  { suffix: "汽车零部件", cluster: "NEV", industry: "C3670", business: "汽车零部件研发、生产与销售" },
  { suffix: "车桥", cluster: "NEV", industry: "C3670", business: "商用车车桥及总成制造" },
  {
    suffix: "新能源电池",
    cluster: "NEW_ENERGY_STORAGE",
    industry: "C3841",
    business: "动力电池模组与电池管理系统",
  },
  { suffix: "电机电控", cluster: "NEV", industry: "C38", business: "新能源汽车驱动电机与电控系统" },
  { suffix: "精密铸造", cluster: "LIGHT_ALLOYS", industry: "C33", business: "发动机缸体缸盖铸件" },
  { suffix: "汽车电子", cluster: "ELECTRONICS", industry: "C39", business: "车载电子电气与线束" },
  { suffix: "橡塑制品", cluster: "SYNTHETIC_MATERIALS", industry: "C29", business: "汽车密封件与橡塑件" },
  { suffix: "专用车", cluster: "NEV", industry: "C3660", business: "专用车及挂车改装制造" },
] as const satisfies readonly { suffix: string; cluster: Cluster33618; industry: string; business: string }[];
const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴"];
const GIVEN = ["建国", "志强", "丽华", "海峰", "晓明", "春燕", "国栋", "文静", "永军", "红梅"];
const STREETS = ["发展大道", "车城路", "东风大道", "工业新区", "浙江路", "北京北路", "天津路"];

let counter = 0;

/** A valid USCC (GB 32100) for a company registered in `divisionCode`. */
export function usccFor(divisionCode: string, sequence: number): string {
  return makeUscc("91", divisionCode, `MA${String(sequence).padStart(7, "0")}`);
}

/**
 * A realistic enterprise profile. `sequence` makes names and codes unique; `random`
 * decides the rest, so a given sequence always gives the same enterprise.
 */
export function buildEnterpriseInput(
  overrides: Partial<EnterpriseInput> & { districtCode: string },
  sequence = ++counter,
  random = seededRandom(sequence),
): EnterpriseInput {
  const product = pick(random, PRODUCTS);
  const brand =
    (BRANDS[sequence % BRANDS.length] ?? "精工") +
    (BRAND_SUFFIXES[Math.floor(sequence / BRANDS.length) % BRAND_SUFFIXES.length] ?? "");
  const city = overrides.districtCode.startsWith("50") ? "重庆" : "十堰";
  const employees = Math.floor(20 + random() * 1400);
  // Revenue in whole yuan between 3百万 and 6亿, broadly following head-count.
  const revenueYuan = Math.floor((3_000_000 + random() * 600_000_000) * Math.min(1, 0.2 + employees / 1000));
  const established = `${2000 + Math.floor(random() * 22)}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-15`;
  return {
    uscc: usccFor(overrides.districtCode, sequence),
    name: `${city}${brand}${product.suffix}有限公司`,
    address: `${city}市${pick(random, STREETS)}${Math.floor(1 + random() * 300)}号`,
    legalRepresentative: pick(random, SURNAMES) + pick(random, GIVEN),
    contactName: pick(random, SURNAMES) + pick(random, GIVEN),
    contactPhone: `13${Math.floor(100_000_000 + random() * 899_999_999)}`,
    establishedOn: established,
    industryCode: product.industry,
    mainBusiness: product.business,
    employees,
    totalAssets: `${Math.floor(revenueYuan * (0.8 + random()))}.00`,
    ownership: random() < 0.8 ? "PRIVATE" : random() < 0.5 ? "STATE" : "MIXED",
    revenues: [
      { year: 2024, amount: `${Math.floor(revenueYuan * 0.9)}.00` },
      { year: 2025, amount: `${revenueYuan}.00` },
    ],
    tags: [],
    bankAccounts: [],
    usccConfirmedAsIssued: false,
    cluster: city === "重庆" ? product.cluster : null,
    ...overrides,
  };
}

/** What the 推荐表 repeats from the registry: an enterprise's input or its stored row. */
type RegistryParticulars = Pick<
  EnterpriseInput,
  "address" | "legalRepresentative" | "contactName" | "contactPhone" | "mainBusiness" | "employees"
>;

/**
 * The 推荐表 (seed 002 附件1) as an applicant fills it in: the registry's particulars as the web form
 * pre-fills them, and a short account of its products, customers and business.
 */
export function buildRecommendationForm(enterprise: RegistryParticulars): RecommendationFormFields {
  const mainBusiness = enterprise.mainBusiness ?? "汽车零部件研发、生产与销售";
  const contactPhone = enterprise.contactPhone ?? "";
  return {
    address: enterprise.address,
    legalRepresentative: enterprise.legalRepresentative,
    phone: contactPhone,
    contactName: enterprise.contactName ?? enterprise.legalRepresentative,
    contactPhone,
    mainBusiness,
    productsAndPartners:
      `主要产品:${mainBusiness}。\n` +
      "上下游核心企业:为东风商用车等整车及总成企业配套,原材料来自本地钢材、铝材供应商。\n" +
      `经营概况:职工 ${enterprise.employees} 人,生产经营正常。`,
  };
}
