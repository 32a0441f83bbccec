import { PAYMENT_STATUSES } from "@chanrong/domain";
import { z } from "zod";
import { annualRate, correctionReason, idParams, isoDate, text, yuanString } from "../../platform/http";
import { subsidyWorking } from "../interest-subsidy/interest-subsidy.schemas";

// ——— Requests ———

export const applicationParams = idParams;

export const feeReceiptBody = z
  .object({
    receivedOn: isoDate,
    amount: yuanString,
    feeRate: annualRate.optional(),
    note: text({ max: 500, multiline: true }).optional(),
  })
  .strict();

export const reversalParams = z
  .object({ id: z.uuid(), receiptId: z.coerce.number().int().positive() })
  .strict();

export const reversalBody = z.object({ reason: correctionReason }).strict();

const year = z.coerce.number().int().min(2000).max(2100);

export const previewParams = z.object({ id: z.uuid(), year }).strict();

export const batchBody = z.object({ year: z.number().int().min(2000).max(2100) }).strict();

// ——— Responses ———

const yuan = z.string().meta({ description: "元, two decimals" });
const day = z.string().meta({ format: "date" });

/** A fee recorded on a guarantee; a reversal has the negated amount and names the receipt it corrects. */
const feeReceipt = z
  .object({
    id: z.number().int(),
    applicationId: z.string(),
    receivedOn: day,
    /** Negative on a reversal. */
    amount: yuan,
    /** The guarantee's actual annual fee rate, e.g. "0.008". */
    feeRate: z.string().nullable(),
    note: z.string().nullable(),
    reverses: z.number().int().nullable(),
    reason: z.string().nullable(),
    recordedBy: z.string(),
    recordedAt: z.date(),
    reversedBy: z
      .object({ id: z.number().int(), reason: z.string(), recordedBy: z.string(), recordedAt: z.date() })
      .nullable(),
    /** The caller may correct it now. */
    mayReverse: z.boolean(),
  })
  .meta({ id: "GuaranteeFeeReceipt" });

export const feeReceipts = z.object({ items: z.array(feeReceipt), total: yuan });

/** The receipts after a write, with the id of the row written. */
export const feeReceiptWritten = feeReceipts
  .extend({ id: z.number().int() })
  .meta({ id: "GuaranteeFeeReceiptWriteResult" });

/** A year's fee subsidy: every guarantee with its working, and the year's batch if there is one. */
export const feeSubsidyPreview = z.object({
  fund: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  year: z.number().int(),
  yearEnded: z.boolean(),
  total: yuan,
  eligibleCount: z.number().int(),
  lines: z.array(
    z
      .object({
        applicationId: z.string(),
        enterpriseName: z.string(),
        bankName: z.string(),
        programmeCode: z.string(),
        loanAmount: yuan,
        loanStatus: z.string(),
        feeCharged: yuan,
        amount: yuan,
        capped: z.boolean(),
        eligible: z.boolean(),
        reason: z.string().nullable(),
        working: subsidyWorking.nullable(),
      })
      .meta({ id: "FeeSubsidyLine" }),
  ),
  batch: z
    .object({
      id: z.string(),
      status: z.enum(PAYMENT_STATUSES),
      statusLabel: z.string(),
      total: yuan,
      lineCount: z.number().int(),
      createdAt: z.date(),
    })
    .meta({ id: "FeeSubsidyPayment" })
    .nullable(),
});

export const feeSubsidyBatch = feeSubsidyPreview.extend({ paymentId: z.string() });
