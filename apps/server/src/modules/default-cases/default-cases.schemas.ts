import {
  DEFAULT_CASE_ACTIONS,
  DEFAULT_CASE_STATUSES,
  type LoanStatus,
  PAYMENT_STATUSES,
  type RecoveryBearer,
} from "@chanrong/domain";
import { z } from "zod";
import { correctionReason, isoDate, pageQuery, text, versionField, yuanString } from "../../platform/http";
import { idempotencyKey } from "../../platform/idempotency";
import { pageOf } from "../../platform/responses";

// ---- Requests ----

const scheme = text({ max: 20 });

export const caseListQuery = z
  .object({
    status: z.enum(DEFAULT_CASE_STATUSES).optional(),
    waiting: z.enum(["true", "false"]).optional(),
    ...pageQuery,
  })
  .strict();

export const claimBody = z
  .object({
    applicationId: z.uuid(),
    loss: yuanString,
    claimedOn: isoDate,
    reason: text({ max: 2000, multiline: true }),
    scheme: scheme.optional(),
  })
  .strict();

export const compensationBody = z
  .object({ version: versionField, compensatedOn: isoDate, scheme: scheme.optional() })
  .strict();

export const fundPaymentBody = z.object({ version: versionField }).strict();

export const recoveryBody = z
  .object({
    recoveredOn: isoDate,
    amount: yuanString,
    idempotencyKey,
  })
  .strict();

export const recoveryParams = z.object({ id: z.uuid(), recoveryId: z.uuid() }).strict();

export const reversalBody = z.object({ reason: correctionReason }).strict();

export const withdrawalBody = z.object({ version: versionField, reason: correctionReason }).strict();

// ---- Responses ----

/** A calendar date, YYYY-MM-DD. */
const day = z.iso.date();
/** Yuan with two decimals, as a string (negative on a reversal). */
const yuan = z.string();

const LOAN_STATUSES = [
  "NOT_DISBURSED",
  "ACTIVE",
  "OVERDUE",
  "SETTLED",
] as const satisfies readonly LoanStatus[];

/** GET /api/v1/default-cases: one case in the list. */
export const caseListItem = z.object({
  id: z.string(),
  status: z.enum(DEFAULT_CASE_STATUSES),
  applicationId: z.string(),
  enterpriseName: z.string(),
  bankName: z.string(),
  guarantorName: z.string(),
  programmeName: z.string(),
  loss: yuan,
  scheme: z.string(),
  claimedOn: day,
  compensatedOn: day.nullable(),
  paymentStatus: z.enum(PAYMENT_STATUSES).nullable(),
  /** Net of reversals. */
  recovered: yuan,
});

export const caseListResponse = pageOf(caseListItem).extend({
  page: z.number().int(),
  pageSize: z.number().int(),
});

/** GET /api/v1/default-cases/claimable: an overdue loan the calling bank may claim on. */
export const claimableLoan = z.object({
  applicationId: z.string(),
  enterpriseName: z.string(),
  programmeName: z.string(),
  amount: yuan,
  outstanding: yuan,
  overdueSince: day.nullable(),
  schemes: z.array(z.string()),
});

export const claimableLoansResponse = pageOf(claimableLoan);

/** The split of the loss and the fund's part, as computed (and, once compensated, as kept with the case). */
const compensationWorking = z.object({
  scheme: z.string(),
  loss: yuan,
  shares: z.array(z.object({ party: z.string(), share: z.string(), amount: yuan })),
  fundShareOfGuarantor: z.string(),
  fundPays: yuan,
  guarantorNet: yuan,
});

/** What each bearer took of a recovery: every bearer named, "0.00" when it took nothing. */
const recoveryDistribution = z.object({
  reguarantor: yuan,
  guarantor: yuan,
  fund: yuan,
  national_fund: yuan,
} satisfies Record<RecoveryBearer, typeof yuan>);

const recoveryItem = z.object({
  id: z.string(),
  recoveredOn: day,
  /** Negative on a reversal. */
  amount: yuan,
  distribution: recoveryDistribution,
  /** The fund posting of the fund's part, if it had one. */
  postingId: z.number().int().nullable(),
  recordedBy: z.string(),
  recordedAt: z.date(),
  /** On a reversal: the recovery it corrects, and why. */
  reverses: z.string().nullable(),
  reason: z.string().nullable(),
  reversedBy: z
    .object({ id: z.string(), reason: z.string(), recordedBy: z.string(), recordedAt: z.date() })
    .nullable(),
  mayReverse: z.boolean(),
});

const historyEntry = z.object({
  id: z.number().int(),
  action: z.enum([...DEFAULT_CASE_ACTIONS, "claim"]),
  fromStatus: z.enum(DEFAULT_CASE_STATUSES).nullable(),
  toStatus: z.enum(DEFAULT_CASE_STATUSES),
  reason: z.string().nullable(),
  businessDate: day,
  at: z.date(),
  actorName: z.string(),
  actorOrgName: z.string(),
});

/** GET /api/v1/default-cases/:id, and the answer of every step on a case. */
export const defaultCaseResponse = z
  .object({
    id: z.string(),
    status: z.enum(DEFAULT_CASE_STATUSES),
    version: z.number().int(),
    loss: yuan,
    scheme: z.string(),
    /** The schemes the loan's programme version allows. */
    schemes: z.array(z.string()),
    claimedOn: day,
    claimReason: z.string(),
    compensatedOn: day.nullable(),
    withdrawal: z
      .object({ reason: z.string(), by: z.string(), orgName: z.string(), on: day, at: z.date() })
      .nullable(),
    application: z.object({
      id: z.string(),
      enterpriseName: z.string(),
      bankName: z.string(),
      guarantorName: z.string(),
      programmeCode: z.string(),
      programmeName: z.string(),
      amount: yuan,
    }),
    position: z.object({
      status: z.enum(LOAN_STATUSES),
      disbursed: yuan,
      repaid: yuan,
      outstanding: yuan,
    }),
    working: compensationWorking.nullable(),
    /** Why the claim cannot be compensated as the loan stands, when it cannot. */
    blocked: z.string().nullable(),
    bankShare: yuan.nullable(),
    /** What the guarantor pays the bank (代偿): the loss less the bank's own share. */
    compensationToBank: yuan.nullable(),
    payment: z
      .object({
        id: z.string(),
        status: z.enum(PAYMENT_STATUSES),
        statusLabel: z.string(),
        total: yuan,
        /** The business date the fund paid its part on. */
        paidOn: z.string().nullable(),
      })
      .nullable(),
    fundPartPaid: z.boolean(),
    recovered: yuan,
    recoverable: yuan,
    recoveries: z.array(recoveryItem),
    history: z.array(historyEntry),
    availableActions: z.array(z.enum(DEFAULT_CASE_ACTIONS)),
  })
  .meta({ id: "DefaultCase" });

/** POST /api/v1/default-cases/:id/recoveries: the recovery (the first one on a replay) and the case. */
export const recoveryResponse = z.object({
  recoveryId: z.string(),
  /** True when the key had already recorded this recovery: nothing was recorded again. */
  replayed: z.boolean(),
  defaultCase: defaultCaseResponse,
});
