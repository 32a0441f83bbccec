import {
  CLUSTER_CODES,
  ENTERPRISE_TAG_CODES,
  OWNERSHIP_CODES,
  RECORDED_TAG_CODES,
  SIZE_CLASS_CODES,
} from "@chanrong/domain";
import { z } from "zod";
import { figureYuan, isoDate, pageQuery, patchOf, text, versionField } from "../../platform/http";
import { schemaMessage } from "../../platform/language";
import { labelled } from "../../platform/responses";

export const tagInput = z
  .object({
    // 全市汽车产业重点支持企业 is not among them: the industry bureau's key-supported list decides it.
    tag: z.enum(RECORDED_TAG_CODES),
    validFrom: isoDate,
    validTo: isoDate.nullable().default(null),
  })
  .strict()
  .refine((t) => t.validTo === null || t.validTo >= t.validFrom, {
    message: schemaMessage({ zh: "有效期止不能早于有效期起", en: "validTo must not precede validFrom" }),
    path: ["validTo"],
  })
  .meta({ id: "EnterpriseTag" });

export const revenueInput = z
  .object({
    year: z.number().int().min(1949).max(2100),
    amount: figureYuan,
  })
  .strict()
  .meta({ id: "EnterpriseRevenue" });

export const bankAccountInput = z
  .object({
    bankOrgId: z.uuid().nullable().default(null),
    bankName: text({ min: 2, max: 100 }),
    accountNo: z
      .string()
      .regex(/^[0-9-]{8,32}$/, schemaMessage({ zh: "账号为 8–32 位数字", en: "8–32 digits" })),
  })
  .strict()
  .meta({ id: "EnterpriseBankAccount" });

/** Every field of an enterprise profile; USCC is checked against GB 32100 in the service. */
export const enterpriseInput = z
  .object({
    uscc: text({ max: 40 }),
    name: text({ min: 2, max: 100 }),
    address: text({ min: 2, max: 200 }),
    districtCode: z
      .string()
      .regex(/^\d{6}$/, schemaMessage({ zh: "行政区划代码为 6 位数字", en: "A 6-digit region code" })),
    legalRepresentative: text({ max: 40 }),
    contactName: text({ min: 0, max: 40 }).nullable().default(null),
    contactPhone: z
      .string()
      .regex(/^[0-9+\- ]{7,20}$/, schemaMessage({ zh: "电话号码格式不正确", en: "7–20 digits" }))
      .nullable()
      .default(null),
    establishedOn: isoDate,
    industryCode: z.string().regex(
      /^[A-T](\d{2,4})?$/,
      schemaMessage({
        zh: "GB/T 4754-2017 行业代码,如 C3670",
        en: "Industry code such as C3670",
      }),
    ),
    mainBusiness: text({ min: 0, max: 500, multiline: true }).nullable().default(null),
    employees: z.number().int().min(0).max(10_000_000),
    totalAssets: figureYuan.nullable().default(null),
    ownership: z.enum(OWNERSHIP_CODES),
    /** 重庆's “33618” cluster, if the enterprise belongs to one. */
    cluster: z.enum(CLUSTER_CODES).nullable().default(null),
    revenues: z.array(revenueInput).max(20).default([]),
    tags: z.array(tagInput).max(30).default([]),
    bankAccounts: z.array(bankAccountInput).max(20).default([]),
    /** Platform admin only: accept a really issued early code that fails the check digit. */
    usccConfirmedAsIssued: z.boolean().default(false),
  })
  .strict();

export type EnterpriseInput = z.output<typeof enterpriseInput>;

export const enterpriseUpdate = patchOf(enterpriseInput).extend({ version: versionField }).strict();
export type EnterpriseUpdate = z.output<typeof enterpriseUpdate>;

export const enterpriseFilter = z
  .object({
    q: text({ min: 0, max: 100 }).optional(),
    district: text({ min: 0, max: 6 }).optional(),
    tag: z.enum(ENTERPRISE_TAG_CODES).optional(),
    sizeClass: z.enum(SIZE_CLASS_CODES).optional(),
    industry: text({ min: 0, max: 5 }).optional(),
    cluster: z.enum(CLUSTER_CODES).optional(),
  })
  .strict();
export type EnterpriseFilter = z.output<typeof enterpriseFilter>;

export const enterpriseListQuery = enterpriseFilter.extend(pageQuery).strict();

export const supplyChainLinkInput = z
  .object({
    coreEnterpriseId: z.uuid(),
    supplierEnterpriseId: z.uuid(),
    tier: z.number().int().min(1).max(3),
    products: text({ max: 200, multiline: true }),
  })
  .strict()
  .refine((l) => l.coreEnterpriseId !== l.supplierEnterpriseId, {
    message: schemaMessage({ zh: "核心企业与供应商不能相同", en: "Core and supplier must differ" }),
    path: ["supplierEnterpriseId"],
  });

// ---- responses ----

const labels = z.array(labelled).readonly();

/** The registry's code lists, for forms and filters. */
export const catalogueResponse = z.object({
  /** `derived`: shown and filtered by, but kept on another organisation's list, never set with the enterprise. */
  tags: z.array(labelled.extend({ derived: z.boolean() })).readonly(),
  ownership: labels,
  industries: labels,
  sizeClasses: labels,
  /** 重庆's “33618” clusters. */
  clusters: labels,
});

/** An enterprise as listed: money as decimal yuan strings; a phone masked for those who need not see it. */
export const enterpriseResponse = z.object({
  id: z.guid(),
  uscc: z.string(),
  /** The code fails the check digit but a platform admin confirmed it was really issued. */
  usccConfirmedAsIssued: z.boolean(),
  name: z.string(),
  address: z.string(),
  districtCode: z.string(),
  districtName: z.string(),
  legalRepresentative: z.string(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  establishedOn: z.string(),
  industryCode: z.string(),
  mainBusiness: z.string().nullable(),
  employees: z.number().int(),
  totalAssets: z.string().nullable(),
  ownership: z.string(),
  sizeClass: z.string(),
  cluster: z.string().nullable(),
  revenues: z.array(z.object({ year: z.number().int(), amount: z.string() })),
  /** Recorded tags, and 全市汽车产业重点支持企业 while the enterprise is on the bureau's key-supported list. */
  tags: z.array(z.object({ tag: z.string(), validFrom: z.string(), validTo: z.string().nullable() })),
  createdAt: z.date(),
  updatedAt: z.date(),
  version: z.number().int(),
});

export const enterprisePageResponse = z.object({
  items: z.array(enterpriseResponse),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

/** A supply-chain link as stored. */
export const supplyChainLinkResponse = z.object({
  id: z.guid(),
  coreEnterpriseId: z.guid(),
  supplierEnterpriseId: z.guid(),
  tier: z.number().int(),
  products: z.string(),
});

/** An enterprise with its bank accounts, its supply-chain links (both ways) and whether the caller may edit it. */
export const enterpriseDetailResponse = enterpriseResponse
  .extend({
    bankAccounts: z.array(
      z.object({
        id: z.guid(),
        enterpriseId: z.guid(),
        bankOrgId: z.guid().nullable(),
        bankName: z.string(),
        accountNo: z.string(),
      }),
    ),
    supplyChainLinks: z.array(
      supplyChainLinkResponse.extend({ coreEnterpriseName: z.string(), supplierEnterpriseName: z.string() }),
    ),
    canEdit: z.boolean(),
  })
  .meta({ id: "EnterpriseDetail" });

export const importResponse = z.object({ imported: z.number().int() });

/** A deletion answers nothing. */
export const noContent = z.null().describe("已删除 (deleted; no body)");
