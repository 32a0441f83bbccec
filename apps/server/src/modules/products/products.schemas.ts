import {
  CLUSTER_CODES,
  COLLATERAL_KIND_CODES,
  ENTERPRISE_TAG_CODES,
  PRODUCT_CATEGORY_CODES,
  PRODUCT_TYPE_CODES,
  SIZE_CLASS_CODES,
} from "@chanrong/domain";
import { z } from "zod";
import { annualRate, isoDate, pageQuery, text, versionField, yuanString } from "../../platform/http";
import { schemaMessage } from "../../platform/language";

const regionCode = z
  .string()
  .regex(/^\d{6}$/, schemaMessage({ zh: "行政区划代码为 6 位数字", en: "A 6-digit region code" }));
const industryCode = z
  .string()
  .regex(
    /^[A-T](\d{2,4})?$/,
    schemaMessage({ zh: "GB/T 4754-2017 行业代码,如 C36", en: "Industry code such as C36" }),
  );
const unique = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((list) => new Set(list).size === list.length, {
      message: schemaMessage({ zh: "不能重复", en: "No duplicates" }),
    });

// ---- requests ----

/** What an institution states about a product (seed 004 §三): every field of the 服务资源池. */
export const productInput = z
  .object({
    name: text({ min: 2, max: 60 }),
    category: z.enum(PRODUCT_CATEGORY_CODES),
    type: z.enum(PRODUCT_TYPE_CODES),
    /** Annual rates as decimals ("0.0345" = 3.45%); both null when the rate is 面议. */
    rateMin: annualRate.nullable(),
    rateMax: annualRate.nullable(),
    amountMin: yuanString,
    amountMax: yuanString,
    termMinMonths: z.number().int(),
    termMaxMonths: z.number().int(),
    collateral: unique(z.enum(COLLATERAL_KIND_CODES), 20).min(1),
    tags: unique(z.enum(ENTERPRISE_TAG_CODES), 20),
    clusters: unique(z.enum(CLUSTER_CODES), 40),
    industries: unique(industryCode, 30),
    sizeClasses: unique(z.enum(SIZE_CLASS_CODES), 4),
    districts: unique(regionCode, 100),
    materials: text({ max: 2000, multiline: true }),
    description: text({ min: 0, max: 2000, multiline: true }),
    contactName: text({ max: 40 }),
    contactPhone: z
      .string()
      .regex(/^[0-9+\- ]{7,20}$/, schemaMessage({ zh: "电话号码格式不正确", en: "7–20 digits" })),
  })
  .strict();
export type ProductInput = z.output<typeof productInput>;

export const productEdit = productInput.extend({ version: versionField }).strict();

export const stepInput = z.object({ version: versionField }).strict();

export const reviewInput = z
  .object({
    version: versionField,
    decision: z.enum(["list", "return"]),
    /** The 审核意见 for a listing, the reason for a return. */
    opinion: text({ max: 500, multiline: true }),
  })
  .strict();

export const delistInput = z
  .object({ version: versionField, reason: text({ min: 2, max: 500, multiline: true }) })
  .strict();

export const poolQuery = z
  .object({ state: z.enum(["DRAFT", "PENDING_REVIEW", "RETURNED", "LISTED", "DELISTED"]).optional() })
  .strict();

/** The supermarket's filters: an amount or term is kept when the product's range holds it. */
export const supermarketFilter = z
  .object({
    category: z.enum(PRODUCT_CATEGORY_CODES).optional(),
    type: z.enum(PRODUCT_TYPE_CODES).optional(),
    amount: yuanString.optional(),
    termMonths: z.coerce.number().int().min(1).max(600).optional(),
    collateral: z.enum(COLLATERAL_KIND_CODES).optional(),
    tag: z.enum(ENTERPRISE_TAG_CODES).optional(),
    cluster: z.enum(CLUSTER_CODES).optional(),
    district: regionCode.optional(),
    institution: z.uuid().optional(),
  })
  .strict();
export type SupermarketFilter = z.output<typeof supermarketFilter>;
export const supermarketQuery = supermarketFilter.extend(pageQuery).strict();

export const catalogueInput = z
  .object({ title: text({ min: 2, max: 100 }), periodFrom: isoDate, periodTo: isoDate })
  .strict();

export const bookletQuery = z.object({ format: z.enum(["pdf", "xlsx"]).default("pdf") }).strict();

// ---- responses ----

const productTerms = {
  name: z.string(),
  category: z.string(),
  type: z.string(),
  rateMin: z.string().nullable(),
  rateMax: z.string().nullable(),
  amountMin: z.string(),
  amountMax: z.string(),
  termMinMonths: z.number().int(),
  termMaxMonths: z.number().int(),
  collateral: z.array(z.string()),
  tags: z.array(z.string()),
  clusters: z.array(z.string()),
  industries: z.array(z.string()),
  sizeClasses: z.array(z.string()),
  districts: z.array(z.string()),
  materials: z.string(),
  description: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
};

export const productVersionResponse = z
  .object({
    version: z.number().int(),
    state: z.string(),
    ...productTerms,
    createdAt: z.date(),
  })
  .meta({ id: "FinancingProductVersion" });

/** A product in an institution's or a bureau's pool: its latest version and what is listed. */
export const productResponse = z.object({
  id: z.guid(),
  orgId: z.guid(),
  institutionName: z.string(),
  regionCode: z.string(),
  latestVersion: z.number().int(),
  listedVersion: z.number().int().nullable(),
  listedOn: z.string().nullable(),
  /** Optimistic lock: send it back with every step. */
  version: z.number().int(),
  latest: productVersionResponse,
});

export const productEventResponse = z.object({
  id: z.number().int(),
  version: z.number().int(),
  action: z.string(),
  fromState: z.string().nullable(),
  toState: z.string(),
  note: z.string().nullable(),
  actorName: z.string(),
  actorOrgName: z.string(),
  businessDate: z.string(),
  at: z.date(),
});

export const productDetailResponse = productResponse
  .extend({
    listed: productVersionResponse.nullable(),
    history: z.array(productEventResponse),
  })
  .meta({ id: "FinancingProductDetail" });

/** A listed product as the supermarket shows it. */
export const listedProductResponse = z
  .object({
    id: z.guid(),
    orgId: z.guid(),
    institutionName: z.string(),
    regionCode: z.string(),
    listedVersion: z.number().int(),
    listedOn: z.string(),
    ...productTerms,
  })
  .meta({ id: "ListedFinancingProduct" });

export const supermarketPageResponse = z.object({
  items: z.array(listedProductResponse),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const catalogueResponse = z.object({
  id: z.guid(),
  regionCode: z.string(),
  title: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  compiledOn: z.string(),
  publishedOn: z.string().nullable(),
  productCount: z.number().int(),
  /** Enterprises the publication reached (delivery records). */
  deliveries: z.number().int(),
});

export const catalogueDetailResponse = catalogueResponse
  .extend({
    sections: z.array(z.object({ category: z.string(), products: z.array(listedProductResponse) })),
  })
  .meta({ id: "ProductCatalogueDetail" });

export const enterpriseMessageResponse = z.object({
  id: z.guid(),
  catalogueId: z.guid().nullable(),
  title: z.string(),
  body: z.string(),
  categories: z.array(z.string()),
  productIds: z.array(z.guid()),
  createdAt: z.date(),
  readAt: z.date().nullable(),
});
