import { CLAIM_STATUSES, PAYMENT_STATUSES, WINDOW_STATES } from "@chanrong/domain";
import { z } from "zod";
import { pageQuery, text, versionField, yuanString } from "../../platform/http";
import { pageOf } from "../../platform/responses";

// ——— Requests ———

/** The fields of 附件2 the enterprise fills; the loan's figures come from the bank's records. */
export const claimForm = z
  .object({
    address: text({ max: 200 }),
    legalRepresentative: text({ max: 50 }),
    phone: text({ max: 30 }),
    contactName: text({ max: 50 }),
    contactPhone: text({ max: 30 }),
    bankAccount: text({ max: 200 }),
    businessDevelopment: text({ max: 2000, multiline: true }),
    enterpriseOpinion: text({ max: 1000, multiline: true }),
  })
  .strict();

const ids = z.array(z.uuid()).min(1).max(1000);

export const loanQuery = z
  .object({
    windowState: z.enum(WINDOW_STATES).optional(),
    unclaimed: z.enum(["true", "false"]).optional(),
    ...pageQuery,
  })
  .strict();

export const batchBody = z.object({ applicationIds: ids }).strict();

export const claimQuery = z.object({ status: z.enum(CLAIM_STATUSES).optional(), ...pageQuery }).strict();

export const claimBody = z.object({ applicationId: z.uuid(), claimed: yuanString, form: claimForm }).strict();

export const withdrawBody = z.object({ version: versionField }).strict();

export const claimPaymentBody = z.object({ claimIds: ids }).strict();

export const formQuery = z.object({ format: z.enum(["html", "pdf"]).default("html") }).strict();

// ——— Responses ———

const yuan = z.string().meta({ description: "元, two decimals" });
const day = z.string().meta({ format: "date" });

/**
 * A computation as reviewers see it (domain SubsidyWorking, SPEC §3.2): every period, the rate and
 * day count, the cap and whether it decided, the one rounding rule. Shared with the fee subsidy.
 */
export const subsidyWorking = z
  .object({
    rate: z.string(),
    dayCount: z.enum(["ACT/360", "ACT/365"]),
    periods: z.array(z.object({ from: day, to: day, days: z.number().int(), principal: yuan, amount: yuan })),
    uncapped: yuan,
    cap: z.object({ basis: z.enum(["interest-paid", "fee-charged"]), amount: yuan }).optional(),
    capped: z.boolean(),
    amount: yuan,
    rounding: z.literal("half-up-once-to-fen"),
    yearlyCap: z
      .object({ basis: z.literal("per-guarantor-year"), limit: yuan, total: yuan, before: yuan })
      .optional(),
  })
  .meta({ id: "SubsidyWorking" });

const loanSubsidy = z
  .discriminatedUnion("eligible", [
    z.object({
      eligible: z.literal(true),
      amount: yuan,
      settledOn: day,
      /** Both days inclusive. */
      window: z.object({ opensOn: day, closesOn: day }),
      windowState: z.enum(WINDOW_STATES),
      working: subsidyWorking,
    }),
    z.object({ eligible: z.literal(false), reason: z.string() }),
  ])
  .meta({ id: "LoanSubsidy" });

/** The payment line that holds a loan's subsidy, and where its payment stands. */
const heldPayment = z
  .object({
    id: z.string(),
    title: z.string(),
    status: z.enum(PAYMENT_STATUSES),
    lineNo: z.number().int(),
    amount: yuan,
    paid: z.boolean(),
  })
  .meta({ id: "SubsidyPaymentLine" });

const party = z.object({ id: z.string(), name: z.string() }).meta({ id: "LoanParty" });

/** A settled loan with its computed subsidy. */
const subsidyLoan = z
  .object({
    applicationId: z.string(),
    enterprise: party,
    bank: party,
    programme: z.object({ code: z.string(), name: z.string(), version: z.number().int() }),
    termMonths: z.number().int(),
    termStart: day.nullable(),
    termEnd: day.nullable(),
    disbursed: yuan,
    outstanding: yuan,
    interestPaid: yuan,
    everOverdue: z.boolean(),
    settledOn: day.nullable(),
    subsidy: loanSubsidy,
  })
  .meta({ id: "SubsidisedLoan" });

export const loanPage = pageOf(
  subsidyLoan.extend({
    claim: z
      .object({ id: z.string(), status: z.enum(CLAIM_STATUSES), appliedOn: day, claimed: yuan })
      .nullable(),
    payment: heldPayment.nullable(),
    /** The enterprise may apply now, or the guarantor include it in a batch. */
    open: z.boolean(),
  }),
).extend({ today: day, page: z.number().int(), pageSize: z.number().int() });

export const paymentStarted = z.object({ paymentId: z.string() }).meta({ id: "PaymentReference" });

const claimFormFields = z
  .object({
    address: z.string(),
    legalRepresentative: z.string(),
    phone: z.string(),
    contactName: z.string(),
    contactPhone: z.string(),
    bankAccount: z.string(),
    businessDevelopment: z.string(),
    enterpriseOpinion: z.string(),
  })
  .meta({ id: "InterestSubsidyClaimForm" });

const claim = z.object({
  id: z.string(),
  version: z.number().int(),
  status: z.enum(CLAIM_STATUSES),
  appliedOn: day,
  claimed: yuan,
  /** Claimed less computed; null when the loan is not eligible. */
  difference: yuan.nullable(),
  form: claimFormFields,
  loan: subsidyLoan,
  payment: heldPayment.nullable(),
  createdAt: z.date(),
});

export const claimPage = pageOf(claim).extend({ page: z.number().int(), pageSize: z.number().int() });

export const claimDetail = claim
  .extend({
    /** 市担保集团意见, dated by the business day it was given. */
    guarantorOpinion: z.object({ text: z.string(), by: z.string(), date: day }).nullable(),
    /** Why the payment came back, while it is returned. */
    returnedReason: z.object({ reason: z.string(), by: z.string(), at: z.date() }).nullable(),
    mayWithdraw: z.boolean(),
  })
  .meta({ id: "InterestSubsidyClaimDetail" });

/** The filled 贴息表: an A4 print view, or a PDF. */
export const claimFormResponse = {
  description: "贴息表 (an HTML print view, or a PDF with format=pdf)",
  content: {
    "text/html": { schema: z.string() },
    "application/pdf": { schema: z.string().meta({ format: "binary" }) },
  },
};
