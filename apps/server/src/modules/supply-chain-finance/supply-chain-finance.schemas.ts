import { FINANCING_STATUSES, PAYABLE_KINDS, PAYABLE_STATUSES, REPAYMENT_SOURCES } from "@chanrong/domain";
import { z } from "zod";
import { correctionReason, isoDate, text, versionField, yuanString } from "../../platform/http";
import { term } from "../../platform/responses";

// ---- Requests ----

export const payableFields = {
  kind: z.enum(PAYABLE_KINDS),
  /** The supplier's 统一社会信用代码; the service checks its check digit. */
  supplierUscc: text({ max: 18 }),
  documentNo: text({ max: 60 }),
  amount: yuanString,
  issuedOn: isoDate,
  dueOn: isoDate,
};

export const payableInput = z.object(payableFields).strict();
export type PayableInput = z.infer<typeof payableInput>;

const { documentNo: _documentNo, ...correctable } = payableFields;
export const payableCorrection = z.object({ ...correctable, version: versionField }).strict();
export type PayableCorrection = z.infer<typeof payableCorrection>;

export const withdrawInput = z.object({ reason: correctionReason, version: versionField }).strict();

export const payablesQuery = z
  .object({
    status: z.enum(PAYABLE_STATUSES).optional(),
    /** For an enterprise that is both: its payables as a core, or its receivables as a supplier. */
    side: z.enum(["core", "supplier"]).optional(),
  })
  .strict();
export type PayablesQuery = z.infer<typeof payablesQuery>;

export const arrangementInput = z
  .object({
    bankOrgId: z.uuid(),
    accountBank: text({ max: 100 }),
    accountName: text({ max: 100 }),
    accountNo: z.string().regex(/^\d{8,32}$/, "8–32 digits"),
    effectiveFrom: isoDate,
    effectiveTo: isoDate,
  })
  .strict();
export type ArrangementInput = z.infer<typeof arrangementInput>;

export const arrangementDecision = z
  .object({
    action: z.enum(["CONFIRM", "DECLINE", "END"]),
    /** Why the bank declines or ends it; optional on a confirmation. */
    note: text({ max: 500, multiline: true }).optional(),
    version: versionField,
  })
  .strict();
export type ArrangementDecision = z.infer<typeof arrangementDecision>;

export const financingInput = z
  .object({
    payableIds: z.array(z.uuid()).min(1).max(200),
    amount: yuanString,
    /** A supplier asks this bank; a bank finances itself and leaves it out. */
    bankOrgId: z.uuid().optional(),
  })
  .strict();
export type FinancingInput = z.infer<typeof financingInput>;

export const financingDecision = z
  .object({
    action: z.enum(["FINANCE", "DECLINE"]),
    reason: text({ max: 500, multiline: true }).optional(),
    version: versionField,
  })
  .strict();
export type FinancingDecision = z.infer<typeof financingDecision>;

export const repaymentInput = z
  .object({ source: z.enum(REPAYMENT_SOURCES), repaidOn: isoDate, version: versionField })
  .strict();
export type RepaymentInput = z.infer<typeof repaymentInput>;

export const rulesInput = z
  .object({
    advanceRate: text({ max: 10 }),
    supplierCap: yuanString,
    minDaysToDue: z.number().int().min(0).max(365),
    maxDaysToDue: z.number().int().min(1).max(1825),
  })
  .strict();
export type RulesInput = z.infer<typeof rulesInput>;
export const regionParams = z.object({ regionCode: z.string().regex(/^\d{6}$/) }).strict();

// ---- Responses ----

export const payableResponse = z
  .object({
    id: z.uuid(),
    coreEnterpriseId: z.uuid(),
    coreName: z.string(),
    supplierUscc: z.string(),
    supplierName: z.string().nullable(),
    kind: z.enum(PAYABLE_KINDS),
    documentNo: z.string(),
    amount: z.string(),
    issuedOn: z.string(),
    dueOn: z.string(),
    status: z.enum(PAYABLE_STATUSES),
    financingId: z.uuid().nullable(),
    viaApiKey: z.boolean(),
    withdrawReason: z.string().nullable(),
    version: z.number(),
  })
  .meta({ id: "Payable" });

export const importResponse = z.object({ imported: z.number() });

export const arrangementResponse = z
  .object({
    id: z.uuid(),
    coreEnterpriseId: z.uuid(),
    coreName: z.string(),
    bankOrgId: z.uuid(),
    bankName: z.string(),
    accountBank: z.string(),
    accountName: z.string(),
    /** Masked: only the last four digits are shown to anyone. */
    accountNo: z.string(),
    effectiveFrom: z.string(),
    effectiveTo: z.string(),
    status: z.enum(["PROPOSED", "CONFIRMED", "DECLINED", "ENDED"]),
    activeToday: z.boolean(),
    recordedByName: z.string(),
    recordedAt: z.date(),
    decidedByName: z.string().nullable(),
    decidedAt: z.date().nullable(),
    decisionNote: z.string().nullable(),
    version: z.number(),
  })
  .meta({ id: "SupplyChainArrangement" });

export const limitResponse = z.object({
  coreEnterpriseId: z.uuid(),
  coreName: z.string(),
  supplierUscc: z.string(),
  supplierName: z.string().nullable(),
  checks: z.array(z.object({ rule: z.string(), passed: z.boolean(), reason: term })),
  eligible: z.string(),
  advanceRate: z.string(),
  advance: z.string(),
  cap: z.string(),
  outstanding: z.string(),
  limit: z.string(),
  working: z.array(term),
  /** The banks with a confirmed arrangement in force with the core: whom the supplier may ask. */
  banks: z.array(z.object({ orgId: z.uuid(), name: z.string() })),
  receivables: z.array(payableResponse.extend({ eligible: z.boolean(), reason: term.nullable() })),
});

export const financingResponse = z
  .object({
    id: z.uuid(),
    bankOrgId: z.uuid(),
    bankName: z.string(),
    coreEnterpriseId: z.uuid(),
    coreName: z.string(),
    supplierUscc: z.string(),
    supplierName: z.string().nullable(),
    amount: z.string(),
    status: z.enum(FINANCING_STATUSES),
    financedOn: z.string().nullable(),
    declineReason: z.string().nullable(),
    repaidOn: z.string().nullable(),
    repaymentSource: z.enum(REPAYMENT_SOURCES).nullable(),
    receivables: z.array(z.object({ id: z.uuid(), documentNo: z.string(), amount: z.string() })),
    createdAt: z.date(),
    version: z.number(),
  })
  .meta({ id: "SupplyChainFinancing" });

const totals = {
  count: z.number(),
  financed: z.string(),
  outstanding: z.string(),
  repaid: z.string(),
};
export const reportResponse = z.object({
  regionCode: z.string(),
  totals: z.object(totals),
  byBank: z.array(z.object({ bankOrgId: z.uuid(), bankName: z.string(), ...totals })),
  byCore: z.array(z.object({ coreEnterpriseId: z.uuid(), coreName: z.string(), ...totals })),
});

export const rulesResponse = z
  .object({
    regionCode: z.string(),
    advanceRate: z.string(),
    supplierCap: z.string(),
    minDaysToDue: z.number(),
    maxDaysToDue: z.number(),
    /** False when no row is stored for the region and the platform defaults apply. */
    configured: z.boolean(),
  })
  .meta({ id: "SupplyChainFinanceRules" });
