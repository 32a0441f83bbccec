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
