import type { Labelled } from "../enterprise-catalogue";

/**
 * Reference lists of the financing marketplace (SPEC §5, seed 004 §二–§三). Codes are stable
 * identifiers stored in the database; labels are what people read.
 */

/** What an enterprise asks for (seed 004 §二: 信贷、债券、股权, plus leasing, insurance and guarantees of §三). */
export const DEMAND_KINDS = [
  { code: "LOAN", zh: "贷款", en: "Loan" },
  { code: "BOND", zh: "债券", en: "Bond" },
  { code: "EQUITY", zh: "股权融资", en: "Equity" },
  { code: "LEASE", zh: "融资租赁", en: "Leasing" },
  { code: "INSURANCE", zh: "保险", en: "Insurance" },
  { code: "GUARANTEE", zh: "融资担保", en: "Guarantee" },
] as const satisfies readonly Labelled[];

export type DemandKind = (typeof DEMAND_KINDS)[number]["code"];
export const DEMAND_KIND_CODES = DEMAND_KINDS.map((kind) => kind.code) as [DemandKind, ...DemandKind[]];

interface ProductCategoryEntry extends Labelled {
  /** The kind of demand the category's products answer. */
  answers: DemandKind;
  /** Seed 004's product types of the category. */
  types: readonly Labelled[];
}

/** Seed 004 §三(一)–(五): the categories of the 服务资源池 and the product types it names under each. */
export const PRODUCT_CATEGORIES = [
  {
    code: "CREDIT",
    zh: "信用贷款",
    en: "Credit loans",
    answers: "LOAN",
    types: [
      { code: "COMMERCIAL_VALUE_CREDIT", zh: "商业价值信用贷", en: "Commercial-value credit loan" },
      { code: "KNOWLEDGE_VALUE_CREDIT", zh: "知识价值信用贷", en: "Knowledge-value credit loan" },
      { code: "IP_PLEDGE_LOAN", zh: "知识产权贷", en: "Intellectual-property loan" },
      { code: "TECH_RENOVATION_LOAN", zh: "技改专项贷", en: "Technical-renovation loan" },
      { code: "ORDER_LOAN", zh: "订单贷", en: "Order loan" },
      { code: "SRDI_LOAN", zh: "专精特新贷", en: "Specialised-and-innovative loan" },
      { code: "GAZELLE_LOAN", zh: "瞪羚贷", en: "Gazelle loan" },
      { code: "UNICORN_LOAN", zh: "独角兽贷", en: "Unicorn loan" },
      { code: "CARBON_SINK_LOAN", zh: "碳汇贷", en: "Carbon-sink loan" },
      { code: "EQUIPMENT_ORDER_PLEDGE", zh: "设备/订单抵质押贷", en: "Equipment or order pledge loan" },
    ],
  },
  {
    code: "SUPPLY_CHAIN",
    zh: "供应链金融",
    en: "Supply-chain finance",
    answers: "LOAN",
    types: [
      { code: "WAREHOUSE_RECEIPT_PLEDGE", zh: "仓单质押", en: "Warehouse-receipt pledge" },
      { code: "RECEIVABLES_PLEDGE", zh: "应收账款质押", en: "Receivables pledge" },
      { code: "BILL_DISCOUNT", zh: "票据贴现", en: "Bill discounting" },
      { code: "LETTER_OF_CREDIT", zh: "信用证", en: "Letter of credit" },
      { code: "YULIANDAI", zh: "渝链贷", en: "Yulian supply-chain loan" },
    ],
  },
  {
    code: "INSURANCE",
    zh: "保险",
    en: "Insurance",
    answers: "INSURANCE",
    types: [
      { code: "FIRST_SET", zh: "首台(套)保险", en: "First-set equipment insurance" },
      { code: "FIRST_BATCH", zh: "首批次保险", en: "First-batch materials insurance" },
      { code: "FIRST_VERSION", zh: "首版次保险", en: "First-version software insurance" },
      { code: "CREDIT_GUARANTEE_INSURANCE", zh: "信用保证保险", en: "Credit guarantee insurance" },
      { code: "LOAN_GUARANTEE_INSURANCE", zh: "贷款保证保险", en: "Loan guarantee insurance" },
      { code: "TECH_PATENT_INSURANCE", zh: "科技/专利保险", en: "Technology or patent insurance" },
    ],
  },
  {
    code: "LEASING",
    zh: "融资租赁",
    en: "Leasing",
    answers: "LEASE",
    types: [
      { code: "DIRECT_LEASE", zh: "直接租赁", en: "Direct lease" },
      { code: "OPERATING_LEASE", zh: "经营性租赁", en: "Operating lease" },
      { code: "SALE_AND_LEASEBACK", zh: "售后回租", en: "Sale and leaseback" },
      { code: "ENTRUSTED_LEASE", zh: "委托租赁", en: "Entrusted lease" },
      { code: "SUBLEASE", zh: "转租赁", en: "Sublease" },
    ],
  },
  {
    code: "BOND",
    zh: "债券",
    en: "Bonds",
    answers: "BOND",
    types: [{ code: "BOND_UNDERWRITING", zh: "债券融资", en: "Bond financing" }],
  },
  {
    code: "EQUITY",
    zh: "基金/股权",
    en: "Funds and equity",
    answers: "EQUITY",
    types: [{ code: "EQUITY_INVESTMENT", zh: "股权投资", en: "Equity investment" }],
  },
  {
    code: "GUARANTEE",
    zh: "融资担保",
    en: "Guarantees",
    answers: "GUARANTEE",
    types: [{ code: "FINANCING_GUARANTEE", zh: "融资担保", en: "Financing guarantee" }],
  },
] as const satisfies readonly ProductCategoryEntry[];

export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number]["code"];
export type ProductType = (typeof PRODUCT_CATEGORIES)[number]["types"][number]["code"];
export const PRODUCT_CATEGORY_CODES = PRODUCT_CATEGORIES.map((category) => category.code) as [
  ProductCategory,
  ...ProductCategory[],
];
export const PRODUCT_TYPE_CODES = PRODUCT_CATEGORIES.flatMap((category) =>
  category.types.map((type) => type.code),
) as [ProductType, ...ProductType[]];

/** The category a product type belongs to. */
export function categoryOfProductType(type: ProductType): ProductCategory {
  const category = PRODUCT_CATEGORIES.find((entry) => entry.types.some((t) => t.code === type));
  if (!category) throw new Error(`unknown product type ${type}`);
  return category.code;
}

/** The kind of demand a product of `category` answers. */
export const demandKindOfCategory = (category: ProductCategory): DemandKind =>
  PRODUCT_CATEGORIES.find((entry) => entry.code === category)?.answers ?? "LOAN";

/**
 * What a 其他金融机构 is (SPEC §1: insurers, leasing companies, funds and securities firms publish
 * products and answer demands as FINANCIAL_INSTITUTION organisations with a kind).
 */
export const INSTITUTION_KINDS = [
  { code: "INSURER", zh: "保险公司", en: "Insurer" },
  { code: "LEASING", zh: "融资租赁公司", en: "Leasing company" },
  { code: "FUND", zh: "投资基金", en: "Investment fund" },
  { code: "SECURITIES", zh: "证券公司", en: "Securities firm" },
  { code: "OTHER", zh: "其他", en: "Other" },
] as const satisfies readonly Labelled[];

export type InstitutionKind = (typeof INSTITUTION_KINDS)[number]["code"];
export const INSTITUTION_KIND_CODES = INSTITUTION_KINDS.map((kind) => kind.code) as [
  InstitutionKind,
  ...InstitutionKind[],
];

/** What a product accepts and a demand offers as security. */
export const COLLATERAL_KINDS = [
  { code: "NONE", zh: "纯信用", en: "Unsecured" },
  { code: "GUARANTEE", zh: "保证/担保", en: "Guarantee" },
  { code: "REAL_ESTATE", zh: "不动产抵押", en: "Real-estate mortgage" },
  { code: "EQUIPMENT", zh: "设备抵押", en: "Equipment mortgage" },
  { code: "RECEIVABLES", zh: "应收账款质押", en: "Receivables pledge" },
  { code: "INVENTORY", zh: "存货/仓单质押", en: "Inventory or warehouse-receipt pledge" },
  { code: "ORDERS", zh: "订单质押", en: "Order pledge" },
  { code: "INTELLECTUAL_PROPERTY", zh: "知识产权质押", en: "Intellectual-property pledge" },
  { code: "EQUITY_PLEDGE", zh: "股权质押", en: "Equity pledge" },
] as const satisfies readonly Labelled[];

export type CollateralKind = (typeof COLLATERAL_KINDS)[number]["code"];
export const COLLATERAL_KIND_CODES = COLLATERAL_KINDS.map((kind) => kind.code) as [
  CollateralKind,
  ...CollateralKind[],
];

interface ClusterEntry extends Labelled {
  tier: "PILLAR_TRILLION" | "PILLAR_500BN" | "CHARACTERISTIC" | "RISING_STAR";
}

/**
 * 重庆's “33618” modern manufacturing cluster system (seed 004 §一(一) builds on it): 3 trillion-yuan
 * leading clusters, 3 five-hundred-billion pillar clusters, 6 hundred-billion characteristic clusters and
 * 18 “新星” clusters (13 high-growth, 5 future industries), as the 市政府 announced them in 2023.
 */
export const CLUSTERS_33618 = [
  {
    code: "NEV",
    tier: "PILLAR_TRILLION",
    zh: "智能网联新能源汽车",
    en: "Intelligent connected new-energy vehicles",
  },
  {
    code: "ELECTRONICS",
    tier: "PILLAR_TRILLION",
    zh: "新一代电子信息制造业",
    en: "New-generation electronics",
  },
  { code: "ADVANCED_MATERIALS", tier: "PILLAR_TRILLION", zh: "先进材料", en: "Advanced materials" },
  {
    code: "SMART_EQUIPMENT",
    tier: "PILLAR_500BN",
    zh: "智能装备及智能制造",
    en: "Smart equipment and manufacturing",
  },
  { code: "FOOD", tier: "PILLAR_500BN", zh: "食品及农产品加工", en: "Food and agricultural processing" },
  { code: "SOFTWARE", tier: "PILLAR_500BN", zh: "软件信息服务", en: "Software and information services" },
  { code: "NEW_DISPLAY", tier: "CHARACTERISTIC", zh: "新型显示", en: "New displays" },
  { code: "MOTORCYCLE", tier: "CHARACTERISTIC", zh: "高端摩托车", en: "High-end motorcycles" },
  { code: "LIGHT_ALLOYS", tier: "CHARACTERISTIC", zh: "轻合金材料", en: "Light alloys" },
  { code: "TEXTILES", tier: "CHARACTERISTIC", zh: "轻纺", en: "Light industry and textiles" },
  { code: "BIOMEDICINE", tier: "CHARACTERISTIC", zh: "生物医药", en: "Biomedicine" },
  {
    code: "NEW_ENERGY_STORAGE",
    tier: "CHARACTERISTIC",
    zh: "新能源及新型储能",
    en: "New energy and storage",
  },
  {
    code: "SEMICONDUCTORS",
    tier: "RISING_STAR",
    zh: "功率半导体及集成电路",
    en: "Power semiconductors and ICs",
  },
  { code: "AI_ROBOTICS", tier: "RISING_STAR", zh: "AI及机器人", en: "AI and robotics" },
  { code: "SERVICE_ROBOTS", tier: "RISING_STAR", zh: "服务机器人", en: "Service robots" },
  {
    code: "SMART_MANUFACTURING_EQUIPMENT",
    tier: "RISING_STAR",
    zh: "智能制造装备",
    en: "Smart manufacturing equipment",
  },
  { code: "POWER_EQUIPMENT", tier: "RISING_STAR", zh: "动力装备", en: "Power equipment" },
  { code: "AGRICULTURAL_MACHINERY", tier: "RISING_STAR", zh: "农机装备", en: "Agricultural machinery" },
  { code: "SENSORS", tier: "RISING_STAR", zh: "传感器及仪器仪表", en: "Sensors and instruments" },
  { code: "SMART_HOME", tier: "RISING_STAR", zh: "智能家居", en: "Smart home" },
  { code: "FIBRE_COMPOSITES", tier: "RISING_STAR", zh: "纤维及复合材料", en: "Fibres and composites" },
  { code: "SYNTHETIC_MATERIALS", tier: "RISING_STAR", zh: "合成材料", en: "Synthetic materials" },
  { code: "MODERN_TCM", tier: "RISING_STAR", zh: "现代中药", en: "Modern Chinese medicine" },
  { code: "MEDICAL_DEVICES", tier: "RISING_STAR", zh: "医疗器械", en: "Medical devices" },
  { code: "GREEN_ENVIRONMENTAL", tier: "RISING_STAR", zh: "绿色环保", en: "Green and environmental" },
  { code: "SATELLITE_INTERNET", tier: "RISING_STAR", zh: "卫星互联网", en: "Satellite internet" },
  { code: "BIOMANUFACTURING", tier: "RISING_STAR", zh: "生物制造", en: "Biomanufacturing" },
  { code: "LIFE_SCIENCES", tier: "RISING_STAR", zh: "生命科学", en: "Life sciences" },
  { code: "METAVERSE", tier: "RISING_STAR", zh: "元宇宙", en: "Metaverse" },
  { code: "FRONTIER_MATERIALS", tier: "RISING_STAR", zh: "前沿新材料", en: "Frontier materials" },
] as const satisfies readonly ClusterEntry[];

export type Cluster33618 = (typeof CLUSTERS_33618)[number]["code"];
export const CLUSTER_CODES = CLUSTERS_33618.map((cluster) => cluster.code) as [
  Cluster33618,
  ...Cluster33618[],
];

/** An organisation's type decides whether it has an institution kind: only a 其他金融机构 says what it is. */
export const hasInstitutionKind = (orgType: string): boolean => orgType === "FINANCIAL_INSTITUTION";

const ANSWERED_BY_KIND: Readonly<Record<InstitutionKind, readonly DemandKind[]>> = {
  INSURER: ["INSURANCE"],
  LEASING: ["LEASE"],
  FUND: ["EQUITY"],
  SECURITIES: ["BOND", "EQUITY"],
  // 小额贷款公司 and the like lend.
  OTHER: ["LOAN"],
};

/**
 * The kinds of demand an institution answers, so which demands reach it and which products it may publish:
 * banks lend and underwrite bonds, guarantors guarantee, other institutions by their kind.
 */
export function demandKindsAnsweredBy(
  orgType: string,
  institutionKind: InstitutionKind | null,
): readonly DemandKind[] {
  if (orgType === "BANK") return ["LOAN", "BOND"];
  if (orgType === "GUARANTOR") return ["GUARANTEE"];
  if (hasInstitutionKind(orgType) && institutionKind) return ANSWERED_BY_KIND[institutionKind];
  return [];
}

/** The product categories that answer a kind of demand (a loan: credit and supply-chain products). */
export const categoriesAnswering = (kind: DemandKind): ProductCategory[] =>
  PRODUCT_CATEGORY_CODES.filter((category) => demandKindOfCategory(category) === kind);
