import { ENTERPRISE_TAG_CODES, OWNERSHIP_CODES, SIZE_CLASS_CODES } from "@chanrong/domain";
import { z } from "zod";
import { isoDate, text } from "../../platform/http";

// SPEC §3.3 is a stable public API: these shapes are the contract. Amounts stay strings
// here and are parsed by the domain, which names the field and rule when they are wrong.
const decimalString = text({ max: 32 });
const schemeCode = text({ max: 20 });

export const interestSubsidyRequest = z
  .object({
    rate: decimalString.optional(),
    dayCount: z.enum(["ACT/360", "ACT/365"]).optional(),
    events: z
      .array(
        z
          .object({ date: isoDate, type: z.enum(["disbursement", "repayment"]), amount: decimalString })
          .strict(),
      )
      .min(1)
      .max(1000),
    interestPaid: decimalString.optional(),
  })
  .strict();

export const interestSubsidyResponse = z.object({
  subsidy: z.string(),
  uncapped: z.string(),
  capped: z.boolean(),
  periods: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      days: z.number(),
      principal: z.string(),
      amount: z.string(),
    }),
  ),
});

export const riskSharingRequest = z
  .object({ scheme: schemeCode, loss: decimalString, fundShareOfGuarantor: decimalString.optional() })
  .strict();

export const riskSharingResponse = z.object({
  reguarantor: z.string(),
  guarantor: z.string(),
  bank: z.string(),
  government: z.string(),
  nationalFund: z.string().optional(),
  fundPays: z.string(),
  guarantorNet: z.string(),
});

export const recoveryRequest = riskSharingRequest.extend({ recovered: decimalString }).strict();

export const recoveryResponse = z.object({
  reguarantor: z.string(),
  guarantor: z.string(),
  fund: z.string(),
  nationalFund: z.string().optional(),
});

export const usccResponse = z.union([
  z.object({ valid: z.literal(true), divisionCode: z.string() }),
  z.object({ valid: z.literal(false), rule: z.string(), reason: z.string() }),
]);

export const bridgeLoanFeeRequest = z
  .object({
    amount: decimalString,
    paidOn: isoDate,
    returnedOn: isoDate,
    sizeClass: z.enum(SIZE_CLASS_CODES),
    ownership: z.enum(OWNERSHIP_CODES).optional(),
    /** The recognitions the borrower holds on the day paid (专精特新, 双百 …). */
    tags: z.array(z.enum(ENTERPRISE_TAG_CODES)).max(20).optional(),
    dailyRate: decimalString.optional(),
  })
  .strict();

export const bridgeLoanFeeResponse = z.object({
  fee: z.string(),
  days: z.number(),
  dailyRate: z.string(),
  /** Why no fee is charged, in the caller's language; null when one is. */
  waived: z.string().nullable(),
  periods: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      days: z.number(),
      dailyRate: z.string(),
      reduction: z.string().nullable(),
      amount: z.string(),
    }),
  ),
  ceiling: z.object({ amount: z.string(), group: z.string(), reason: z.string() }),
  withinCeiling: z.boolean(),
  /** The last day of use on the official calendar; null when the calendar does not cover it yet. */
  returnDue: z.string().nullable(),
});
