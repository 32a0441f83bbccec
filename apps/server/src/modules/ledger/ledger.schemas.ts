import { FUND_ACCOUNT_KINDS, PAYMENT_KINDS, POSTING_KINDS } from "@chanrong/domain";
import { z } from "zod";
import { correctionReason, isoDate, pageQuery, text, yuanString } from "../../platform/http";
import { idempotencyKey } from "../../platform/idempotency";
import { numberedPageOf, uuidString } from "../../platform/responses";

/* ------------------------------------------------------------------------------------------------
 * Requests
 * ---------------------------------------------------------------------------------------------- */

const period = { from: isoDate, to: isoDate };

export const appropriationBody = z
  .object({
    amount: yuanString,
    date: isoDate,
    memo: text({ max: 500, multiline: true }),
    idempotencyKey,
  })
  .strict();

export const reversalParams = z
  .object({ id: z.uuid(), postingId: z.coerce.number().int().positive() })
  .strict();

export const reversalBody = z.object({ reason: correctionReason, date: isoDate, idempotencyKey }).strict();

export const postingsQuery = z.object({ kind: z.enum(POSTING_KINDS).optional(), ...pageQuery }).strict();

export const statementQuery = z.object({ ...period, ...pageQuery }).strict();

export const statementExportQuery = z.object(period).strict();

/* ------------------------------------------------------------------------------------------------
 * Responses
 * ---------------------------------------------------------------------------------------------- */

const fund = z.object({
  id: uuidString,
  code: z.string(),
  name: z.string(),
  regionCode: z.string(),
  managerOrgId: uuidString,
  programmeCodes: z.array(z.string()),
  createdAt: z.date(),
});

/** A fund in the list: with its cash, what a payment can draw on now. */
export const fundList = z.array(fund.extend({ cashBalance: z.string() }));

const fundAccount = z.object({
  id: uuidString,
  kind: z.enum(FUND_ACCOUNT_KINDS),
  kindLabel: z.string(),
  name: z.string(),
  beneficiaryOrgId: uuidString.nullable(),
  beneficiaryEnterpriseId: uuidString.nullable(),
  debits: z.string(),
  credits: z.string(),
  balance: z.string(),
});

/** A fund with every account's totals and balance on its normal side. */
export const fundDetail = fund.extend({ accounts: z.array(fundAccount) }).meta({ id: "FundDetail" });

/** An appropriation or a reversal: the posting, whether the key had posted it before, and the fund after. */
export const ledgerWrite = z
  .object({
    postingId: z.number().int(),
    replayed: z.boolean(),
    fund: fundDetail,
  })
  .meta({ id: "FundPostingReceipt" });

const describedPosting = z.object({
  postingId: z.number().int(),
  effectiveOn: z.string(),
  kind: z.enum(POSTING_KINDS),
  kindLabel: z.string(),
  memo: z.string(),
  recordedAt: z.date(),
  recordedBy: z.object({ name: z.string(), orgName: z.string() }).meta({ id: "PostingRecorder" }),
  reverses: z.number().int().nullable(),
  reversedBy: z.number().int().nullable(),
  decision: z
    .object({
      payment: z
        .object({ id: uuidString, title: z.string(), kind: z.enum(PAYMENT_KINDS), kindLabel: z.string() })
        .nullable(),
      line: z
        .object({
          id: uuidString,
          lineNo: z.number().int(),
          beneficiary: z.string(),
          /** On a 拨付 posting: the payer's bank transfer reference (流水号) and the account paid into. */
          transferReference: z.string().nullable(),
          payeeAccount: z
            .object({ name: z.string().nullable(), bank: z.string().nullable(), number: z.string() })
            .nullable(),
        })
        .nullable(),
      recovery: z.object({ id: uuidString, recoveredOn: z.string(), amount: z.string() }).nullable(),
    })
    .meta({ id: "PostingDecision" }),
  movements: z.array(
    z
      .object({
        kind: z.enum(FUND_ACCOUNT_KINDS),
        kindLabel: z.string(),
        debit: z.string(),
        credit: z.string(),
      })
      .meta({ id: "PostingMovement" }),
  ),
  legs: z.array(
    z.object({ debit: z.string(), credit: z.string(), amount: z.string() }).meta({ id: "PostingLeg" }),
  ),
  legCount: z.number().int(),
  cashIn: z.string(),
  cashOut: z.string(),
});

/** A fund's postings, newest first, each with whether the caller may reverse it. */
export const postingsPage = numberedPageOf(describedPosting.extend({ mayReverse: z.boolean() }));

export const statementResponse = z.object({
  fund: z.object({ id: uuidString, code: z.string(), name: z.string() }),
  from: z.string(),
  to: z.string(),
  openingCash: z.string(),
  closingCash: z.string(),
  totals: z.array(
    z.object({
      kind: z.enum(FUND_ACCOUNT_KINDS),
      kindLabel: z.string(),
      accountCount: z.number().int(),
      opening: z.string(),
      debits: z.string(),
      credits: z.string(),
      closing: z.string(),
    }),
  ),
  reconciliation: z.object({
    reconciled: z.boolean(),
    accountsMatchTransfers: z.boolean(),
    debitsEqualCredits: z.boolean(),
    totalDebits: z.string(),
    totalCredits: z.string(),
    transferred: z.string(),
    mismatches: z.array(
      z.object({
        accountId: uuidString,
        kind: z.enum(FUND_ACCOUNT_KINDS),
        name: z.string(),
        recordedDebits: z.string(),
        transferDebits: z.string(),
        recordedCredits: z.string(),
        transferCredits: z.string(),
      }),
    ),
  }),
  entries: numberedPageOf(describedPosting.extend({ cashBalance: z.string() })),
});
