import {
  ORG_TYPES,
  PAYMENT_ACTIONS,
  PAYMENT_HISTORY_ACTIONS,
  PAYMENT_KINDS,
  PAYMENT_REVIEW_STATES,
  PAYMENT_STATUSES,
} from "@chanrong/domain";
import { z } from "zod";
import { pageQuery, text, versionField } from "../../platform/http";
import { idempotencyKey } from "../../platform/idempotency";
import { numberedPageOf, uuidString } from "../../platform/responses";

/* ------------------------------------------------------------------------------------------------
 * Requests
 * ---------------------------------------------------------------------------------------------- */

export const paymentsQuery = z
  .object({
    waiting: z.enum(["true", "false"]).optional(),
    status: z.enum(PAYMENT_STATUSES).optional(),
    kind: z.enum(PAYMENT_KINDS).optional(),
    ...pageQuery,
  })
  .strict();

export const linesQuery = z.object(pageQuery).strict();

export const paymentActionBody = z
  .object({
    action: z.enum(PAYMENT_ACTIONS),
    version: versionField,
    opinion: text({ max: 2000, multiline: true }).optional(),
    reason: text({ max: 2000, multiline: true }).optional(),
    idempotencyKey: idempotencyKey.optional(),
    /** execute only: the bank transfer reference (流水号) of each line paid; no line is paid without one. */
    transfers: z
      .array(z.object({ lineId: uuidString, transferReference: text({ max: 60 }) }).strict())
      .max(100_000)
      .optional(),
  })
  .strict();

/* ------------------------------------------------------------------------------------------------
 * Responses
 * ---------------------------------------------------------------------------------------------- */

const payment = z.object({
  id: uuidString,
  fundId: uuidString,
  kind: z.enum(PAYMENT_KINDS),
  title: z.string(),
  year: z.number().int().nullable(),
  status: z.enum(PAYMENT_STATUSES),
  financeReview: z.enum(PAYMENT_REVIEW_STATES),
  industryReview: z.enum(PAYMENT_REVIEW_STATES),
  /** Who must act next: the organisation types whose worklist shows it. */
  holders: z.array(z.enum(ORG_TYPES)),
  heldSince: z.date(),
  total: z.string(),
  lineCount: z.number().int(),
  executedBy: uuidString.nullable(),
  createdBy: uuidString,
  createdAt: z.date(),
  paidAt: z.date().nullable(),
  /** The business dates it was created and paid on: what people read (the timestamps are the machine's). */
  createdOn: z.string(),
  paidOn: z.string().nullable(),
  version: z.number().int(),
  financeReviewVersion: z.number().int(),
  industryReviewVersion: z.number().int(),
});

const paymentLine = z
  .object({
    id: uuidString,
    paymentId: uuidString,
    lineNo: z.number().int(),
    subject: z.string(),
    live: z.boolean(),
    applicationId: uuidString.nullable(),
    beneficiaryOrgId: uuidString.nullable(),
    beneficiaryEnterpriseId: uuidString.nullable(),
    beneficiaryName: z.string(),
    amount: z.string(),
    /** The computation as reviewers see it (a subsidy's periods, or a compensation's shares). */
    working: z.unknown(),
    paidAt: z.date().nullable(),
    paidOn: z.string().nullable(),
    /** The account paid into: as kept when paid, else as the registry has it now (null when none is registered). */
    payeeAccount: z
      .object({ name: z.string().nullable(), bank: z.string().nullable(), number: z.string() })
      .nullable(),
    /** The payer's bank transfer reference (流水号), recorded when it pays the line. */
    transferReference: z.string().nullable(),
    /** What the line pays for: the 贴息申请 (its 贴息表 and vouchers), or the default case compensated. */
    source: z.object({
      claimId: uuidString.nullable(),
      defaultCaseId: uuidString.nullable(),
      vouchers: z.array(z.object({ id: uuidString, kind: z.string(), filename: z.string() })),
    }),
  })
  .meta({ id: "FundPaymentLine" });

export const historyEntry = z
  .object({
    id: z.number().int(),
    /** An action of the chain, or one the platform writes itself: create, paid, refused. */
    action: z.enum(PAYMENT_HISTORY_ACTIONS),
    fromStatus: z.enum(PAYMENT_STATUSES),
    toStatus: z.enum(PAYMENT_STATUSES),
    opinion: z.string().nullable(),
    reason: z.string().nullable(),
    businessDate: z.string(),
    at: z.date(),
    actorUserId: uuidString,
    actorOrgId: uuidString,
    actorName: z.string(),
    actorOrgName: z.string(),
    actorOrgType: z.enum(ORG_TYPES),
  })
  .meta({ id: "FundPaymentStep" });

/** Payments with their fund's name, longest held first. */
export const paymentsPage = numberedPageOf(payment.extend({ fundName: z.string() }));

/** A payment with its first lines, its history and the caller's next actions. */
export const paymentDetail = payment
  .extend({
    fund: z.object({ id: uuidString, code: z.string(), name: z.string() }),
    paidLineCount: z.number().int(),
    lines: z.array(paymentLine),
    history: z.array(historyEntry),
    availableActions: z.array(z.enum(PAYMENT_ACTIONS)),
  })
  .meta({ id: "FundPaymentDetail" });

export const linesPage = numberedPageOf(paymentLine);
