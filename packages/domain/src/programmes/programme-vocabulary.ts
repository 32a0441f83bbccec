import type { Labelled } from "../enterprise-catalogue";

/*
 * The programmes' vocabularies: plain data, apart from the presets and rules in programme-config.ts
 * (which re-exports them), so that a page labelling a loan use does not load the decimal library.
 */

/** Seed 002 art. 5 (一)–(三). */
export const SUPPLY_CHAIN_CATEGORIES = [
  {
    code: "VEHICLE_MAKER_SUPPLIER",
    zh: "为整车生产企业提供核心配套产品",
    en: "Core parts for vehicle makers",
  },
  {
    code: "ASSEMBLY_SUPPLIER",
    zh: "为零部件总成生产企业提供核心配套产品",
    en: "Core parts for makers of assemblies",
  },
  {
    code: "NEV_KEY_PARTS",
    zh: "新能源与智能网联汽车“大小三电”系统、电子电气等关键零部件",
    en: "NEV electric drive, battery, control and other electrical key parts",
  },
] as const satisfies readonly Labelled[];

/** Seed 002 art. 7; seed 004 §四(一) for 技术改造 and 设备更新. */
export const LOAN_USES = [
  { code: "PRODUCT_RD", zh: "产品研发", en: "Product R&D" },
  { code: "BULK_MATERIALS", zh: "大宗原材料物资采购", en: "Bulk raw materials" },
  { code: "WORKING_CAPITAL", zh: "生产经营流动资金周转", en: "Working capital" },
  { code: "TECH_RENOVATION", zh: "技术改造", en: "Technical renovation" },
  { code: "EQUIPMENT_UPGRADE", zh: "生产设备更新", en: "Equipment renewal" },
] as const satisfies readonly Labelled[];

/**
 * Documents an applicant uploads before submitting, beyond the 推荐表 the platform fills; a programme
 * names those it requires (seed 004 §四(一): 技改专项贷 supports a technical-renovation project).
 */
export const APPLICATION_MATERIALS = [
  { code: "TECH_PROJECT_FILING", zh: "技术改造项目备案证明", en: "Technical-renovation project filing" },
  { code: "BUSINESS_LICENCE", zh: "营业执照", en: "Business licence" },
  { code: "FINANCIAL_STATEMENTS", zh: "上年度财务报表", en: "Last year's financial statements" },
] as const satisfies readonly Labelled[];

export type ApplicationMaterial = (typeof APPLICATION_MATERIALS)[number]["code"];
export const APPLICATION_MATERIAL_CODES: readonly ApplicationMaterial[] = APPLICATION_MATERIALS.map(
  (material) => material.code,
);

/** Seed 002 art. 10; a loan may combine several. */
export const COUNTER_GUARANTEE_METHODS = [
  { code: "CREDIT", zh: "信用保证", en: "Credit guarantee" },
  { code: "REAL_ESTATE_MORTGAGE", zh: "不动产抵押", en: "Real-estate mortgage" },
  { code: "CHATTEL_MORTGAGE", zh: "动产抵押", en: "Chattel mortgage" },
  { code: "RECEIVABLES_PLEDGE", zh: "应收账款质押", en: "Receivables pledge" },
] as const satisfies readonly Labelled[];
