import { BRIDGE_LOAN_STATES, ENTERPRISE_TAG_CODES } from "@chanrong/domain";
import { z } from "zod";
import { isoDate, text, versionField, yuanString } from "../../platform/http";
import { idempotencyKey } from "../../platform/idempotency";
import { uuidString } from "../../platform/responses";

// ---- the rules as JSON (domain BridgeLoanRulesWire): ceilings in yuan ----

const decimalText = text({ max: 12 });

export const rulesWire = z
  .object({
    groupCeiling: yuanString,
    generalCeiling: yuanString,
    maxWorkingDays: z.number().int(),
    dailyRate: decimalText,
    waiverTags: z.array(z.enum(ENTERPRISE_TAG_CODES)).max(ENTERPRISE_TAG_CODES.length),
    smeReductionShare: decimalText,
    smeReductionUntil: isoDate,
    escalateAfterWorkingDays: z.number().int(),
  })
  .strict()
  .meta({ id: "BridgeFundRules" });

export const rulesInput = z.object({ rules: rulesWire, note: text({ min: 2, max: 200 }) }).strict();

const ruleVersion = z.object({
  version: z.number().int(),
  rules: rulesWire,
  note: z.string(),
  createdAt: z.date(),
  createdBy: z.string().nullable(),
});

export const bridgeFundResponse = z.object({
  id: uuidString,
  code: z.string(),
  name: z.string(),
  regionCode: z.string(),
  managerName: z.string().optional(),
  version: z.number().int(),
  rules: rulesWire,
  /** Only for those who see the fund's ledger: its manager and the overseers. */
  cashBalance: z.string().nullable(),
  mayConfigure: z.boolean(),
});

export const bridgeFundDetailResponse = bridgeFundResponse
  .extend({ versions: z.array(ruleVersion) })
  .meta({ id: "BridgeFundDetail" });

// ---- requests ----

export const quoteInput = z.object({ fundId: z.uuid(), amount: yuanString }).strict();

const ceiling = z
  .object({ amount: z.string(), group: z.string(), reason: z.string() })
  .meta({ id: "BridgeLoanCeiling" });

const feePeriod = z.object({
  from: z.string(),
  to: z.string(),
  days: z.number().int(),
  dailyRate: z.string(),
  reduction: z.string().nullable(),
  amount: z.string(),
});

export const feeWorking = z
  .object({
    amount: z.string(),
    days: z.number().int(),
    dailyRate: z.string(),
    waived: z.string().nullable(),
    periods: z.array(feePeriod),
    fee: z.string(),
    rounding: z.string(),
  })
  .meta({ id: "BridgeLoanFeeWorking" });

export const quoteResponse = z.object({
  ceiling,
  withinCeiling: z.boolean(),
  paidOn: z.string(),
  returnDue: z.string().nullable(),
  fee: z.string(),
  feeWorking,
});

export const requestInput = z
  .object({
    fundId: z.uuid(),
    bankOrgId: z.uuid(),
    contractNo: text({ min: 2, max: 60 }),
    maturityDate: isoDate,
    maturingAmount: yuanString,
    amount: yuanString,
  })
  .strict();

export const listQuery = z.object({ state: z.enum(BRIDGE_LOAN_STATES).optional() }).strict();

export const bridgeLoanResponse = z.object({
  id: uuidString,
  state: z.enum(BRIDGE_LOAN_STATES),
  fundId: uuidString,
  fundName: z.string(),
  managerName: z.string(),
  rulesVersion: z.number().int(),
  enterpriseId: uuidString,
  enterpriseName: z.string(),
  bankOrgId: uuidString,
  bankName: z.string(),
  contractNo: z.string(),
  maturityDate: z.string(),
  maturingAmount: z.string(),
  amount: z.string(),
  ceiling,
  appliedOn: z.string(),
  letter: z.object({ id: uuidString }).nullable(),
  renewalAmount: z.string().nullable(),
  expectedDisbursementOn: z.string().nullable(),
  paidOn: z.string().nullable(),
  returnDue: z.string().nullable(),
  renewalDisbursedOn: z.string().nullable(),
  returnedOn: z.string().nullable(),
  fee: z.string().nullable(),
  feeWorking: feeWorking.nullable(),
  overdue: z
    .object({ level: z.number().int(), daysOverdue: z.number().int(), escalatesOn: z.string().nullable() })
    .meta({ id: "BridgeLoanOverdue" })
    .nullable(),
  overdueLevelNotified: z.number().int(),
  maxWorkingDays: z.number().int(),
  /** What the caller is on this loan: the bank, the fund's manager, or neither. */
  party: z.enum(["bank", "fund-manager"]).nullable(),
  version: z.number().int(),
});

export const bridgeLoanDetailResponse = bridgeLoanResponse
  .extend({
    history: z.array(
      z.object({
        id: z.number().int(),
        action: z.string(),
        fromState: z.string().nullable(),
        toState: z.string(),
        reason: z.string().nullable(),
        details: z.unknown(),
        businessDate: z.string(),
        at: z.date(),
        actorName: z.string().nullable(),
        actorOrgName: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: "BridgeLoanDetail" });

const reason = text({ min: 2, max: 500, multiline: true });

export const decisionInput = z.discriminatedUnion("action", [
  z
    .object({
      action: z.literal("commit"),
      letterId: z.uuid(),
      renewalAmount: yuanString,
      expectedDisbursementOn: isoDate,
      version: versionField,
    })
    .strict(),
  z.object({ action: z.literal("decline"), reason, version: versionField }).strict(),
  z
    .object({
      action: z.literal("approve"),
      opinion: text({ max: 500, multiline: true }).optional(),
      version: versionField,
    })
    .strict(),
  z.object({ action: z.literal("reject"), reason, version: versionField }).strict(),
]);

export const payInput = z.object({ idempotencyKey }).strict();

export const returnInput = z
  .object({ renewalDisbursedOn: isoDate, returnedOn: isoDate, idempotencyKey })
  .strict();

export const letterResponse = z.object({
  id: uuidString,
  filename: z.string(),
  size: z.number().int(),
  contentType: z.string(),
});

export const overdueRunResponse = z.object({ flagged: z.number().int(), escalated: z.number().int() });
