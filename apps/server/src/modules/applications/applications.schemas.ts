import {
  APPLICATION_ACTIONS,
  APPLICATION_MATERIAL_CODES,
  APPLICATION_STATUSES,
  CONTRACT_KINDS,
  ELIGIBILITY_RULES,
  LOAN_EVENT_TYPES,
} from "@chanrong/domain";
import { z } from "zod";
import { annualRate, isoDate, pageQuery, patchOf, text, versionField, yuanString } from "../../platform/http";
import { schemaMessage } from "../../platform/language";

/*
 * The schemas of the applications' routes: applications and their workflow, the loan's servicing
 * events, the 推荐表, attachments and reminders.
 */

// ---- requests ----

export const applicationInput = z
  .object({
    programmeCode: text({ max: 40 }),
    bankOrgId: z.uuid(),
    guarantorOrgId: z.uuid(),
    amount: yuanString,
    termMonths: z.number().int().min(1).max(600),
    loanUse: text({ max: 40 }),
    supplyChainCategory: text({ max: 40 }).nullable(),
    form: z
      .object({
        address: text({ max: 200 }),
        legalRepresentative: text({ max: 40 }),
        phone: text({ max: 20 }),
        contactName: text({ max: 40 }),
        contactPhone: text({ max: 20 }),
        mainBusiness: text({ max: 500, multiline: true }),
        productsAndPartners: text({ max: 2000, multiline: true }),
      })
      .strict()
      .meta({ id: "RecommendationForm" }),
  })
  .strict();

/** A draft's edit: only the fields sent change (the 推荐表's `form` as a whole), at the `version` read. */
export const applicationPatch = patchOf(applicationInput).extend({ version: versionField }).strict();

export const actionInput = z
  .object({
    action: z.enum(APPLICATION_ACTIONS),
    version: versionField,
    opinion: text({ max: 2000, multiline: true }).optional(),
    reason: text({ max: 2000, multiline: true }).optional(),
    target: z.enum(["bank", "guarantor"]).optional(),
    contracts: z
      .array(
        z
          .object({
            kind: z.enum(CONTRACT_KINDS),
            number: text({ max: 60 }),
            date: isoDate,
            amount: yuanString,
            parties: z
              .array(text({ max: 100 }))
              .min(2)
              .max(6),
            // 借款合同 only: the loan's actual annual rate (重庆 caps the interest subsidy by it).
            annualRate: annualRate.optional(),
          })
          .strict(),
      )
      .max(4)
      .optional(),
    // disburse only: what the bank paid out and when, recorded as the loan's DISBURSEMENT event.
    disbursement: z.object({ date: isoDate, amount: yuanString }).strict().optional(),
    // recommend only: the failed eligibility rules the bureau saw, and why it recommends anyway.
    acknowledgement: z
      .object({
        rules: z.array(z.enum(ELIGIBILITY_RULES)).max(ELIGIBILITY_RULES.length),
        reason: text({ max: 2000, multiline: true }),
      })
      .strict()
      .optional(),
  })
  .strict();

const listFilter = {
  waiting: z.enum(["true", "false"]).optional(),
  status: z.enum(APPLICATION_STATUSES).optional(),
  district: z
    .string()
    .regex(/^\d{6}$/, schemaMessage({ zh: "行政区划代码为 6 位数字", en: "A 6-digit region code" }))
    .optional()
    .describe("The enterprise's registered district; a city's code covers all its districts"),
  bankOrgId: z.uuid().optional().describe("The lending bank; never widens what the caller may see"),
  submittedFrom: isoDate.optional().describe("Submitted on or after this day"),
  submittedTo: isoDate.optional().describe("Submitted on or before this day"),
};

/** A period that ends before it starts is a mistake, not an empty list. */
const periodInOrder = (query: { submittedFrom?: string; submittedTo?: string }) =>
  !query.submittedFrom || !query.submittedTo || query.submittedFrom <= query.submittedTo;
const periodOrder = {
  message: schemaMessage({
    zh: "提交日期止不能早于提交日期起",
    en: "submittedTo must not precede submittedFrom",
  }),
  path: ["submittedTo"],
};

export const listQuery = z
  .object({ ...listFilter, ...pageQuery })
  .strict()
  .refine(periodInOrder, periodOrder);
export const exportQuery = z.object(listFilter).strict().refine(periodInOrder, periodOrder);

export const loanEventInput = z
  .object({
    type: z.enum(LOAN_EVENT_TYPES),
    date: isoDate,
    amount: yuanString,
    note: text({ max: 500, multiline: true }).optional(),
    reverses: z.number().int().positive().optional(),
  })
  .strict();

export const recommendationFormQuery = z.object({ format: z.enum(["html", "pdf"]).default("html") }).strict();

// ---- responses ----

const slaState = z.enum(["on-time", "due-soon", "due-today", "overdue"]);

/** An application as listed: newest holding first, with the earliest running clock's due date. */
export const applicationListItem = z.object({
  id: z.guid(),
  status: z.string(),
  bankReview: z.string(),
  guarantorReview: z.string(),
  /** The organisation types holding it now. */
  holders: z.array(z.string()),
  heldSince: z.date(),
  amount: z.string(),
  termMonths: z.number().int(),
  submittedOn: z.string().nullable(),
  version: z.number().int(),
  enterpriseId: z.guid(),
  enterpriseName: z.string(),
  programmeCode: z.string(),
  programmeName: z.string(),
  bankOrgId: z.guid(),
  guarantorOrgId: z.guid(),
  /** The earliest due date among the clocks still running. */
  nextDueOn: z.string().nullable(),
  sla: slaState.nullable(),
});

export const applicationPageResponse = z.object({
  items: z.array(applicationListItem),
  /** Exact when `totalExact`; otherwise there are more than `total` (counted up to 1,000, or one past the page). */
  total: z.number().int(),
  totalExact: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

/** The 推荐表 fields as filled; an imported loan may have none of them on file. */
const recommendationForm = z.object({
  address: z.string().optional(),
  legalRepresentative: z.string().optional(),
  phone: z.string().optional(),
  contactName: z.string().optional(),
  contactPhone: z.string().optional(),
  mainBusiness: z.string().optional(),
  productsAndPartners: z.string().optional(),
});

/**
 * What a step recorded with it, as written (loose: a step may record more, e.g. the loan event it
 * followed): the eligibility evaluated at a decision, the failed rules a recommendation acknowledged,
 * the party materials were requested from, the contracts recorded. Null on imported loans.
 */
export const stepDetails = z.looseObject({
  eligibility: z
    .looseObject({
      eligible: z.boolean(),
      checks: z.array(
        z.looseObject({ rule: z.enum(ELIGIBILITY_RULES), passed: z.boolean(), reason: z.string() }),
      ),
    })
    .optional(),
  acknowledgement: z.object({ rules: z.array(z.enum(ELIGIBILITY_RULES)), reason: z.string() }).optional(),
  target: z.enum(["bank", "guarantor"]).optional(),
  contracts: z.unknown().optional(),
});

export type StepDetails = z.output<typeof stepDetails>;

/** A party of the application, named when it is on file. */
const named = z.object({ id: z.guid(), name: z.string().optional() });

/** An application with its history, clocks, contracts and the caller's next actions. */
export const applicationDetailResponse = z
  .object({
    id: z.guid(),
    version: z.number().int(),
    programme: z.object({
      code: z.string().optional(),
      name: z.string().optional(),
      /** The configuration version the application started under. */
      version: z.number().int(),
    }),
    enterprise: named.extend({ uscc: z.string().optional() }),
    bank: named,
    guarantor: named,
    amount: z.string(),
    termMonths: z.number().int(),
    loanUse: z.string(),
    supplyChainCategory: z.string().nullable(),
    form: recommendationForm,
    status: z.string(),
    bankReview: z.string(),
    guarantorReview: z.string(),
    holders: z.array(z.string()),
    heldSince: z.date(),
    submittedOn: z.string().nullable(),
    clocks: z.array(
      z.object({
        clock: z.string(),
        startedOn: z.string(),
        dueOn: z.string(),
        running: z.boolean(),
        stoppedAt: z.date().nullable(),
        /** Null once stopped. */
        state: slaState.nullable(),
      }),
    ),
    history: z.array(
      z.object({
        id: z.number().int(),
        action: z.string(),
        fromStatus: z.string(),
        toStatus: z.string(),
        opinion: z.string().nullable(),
        reason: z.string().nullable(),
        details: stepDetails.nullable(),
        at: z.date(),
        /** The business day of the step (differs from `at` when the date is pinned). */
        businessDate: z.string(),
        actorUsername: z.string(),
        actorName: z.string(),
        actorOrgName: z.string(),
        actorOrgType: z.string(),
      }),
    ),
    contracts: z.array(
      z.object({
        id: z.guid(),
        applicationId: z.guid(),
        kind: z.string(),
        number: z.string(),
        signedOn: z.string(),
        amount: z.string(),
        parties: z.array(z.string()),
        /** 借款合同 only: the loan's actual annual rate as a fraction ("0.0345"). */
        annualRate: z.string().nullable(),
      }),
    ),
    /** What the caller may do next: only a party sees any. */
    /** The materials the programme requires before submitting, each with whether it is attached. */
    materials: z.array(z.object({ code: z.enum(APPLICATION_MATERIAL_CODES), attached: z.boolean() })),
    availableActions: z.array(z.enum(APPLICATION_ACTIONS)),
  })
  .meta({ id: "LoanApplication" });

const party = z.object({ id: z.guid(), name: z.string() }).meta({ id: "ProgrammeParticipant" });

/** What the calling enterprise may choose on its 推荐表: its region's programmes and who takes part in each. */
export const applicationOptionsResponse = z.object({
  enterprise: z.object({ id: z.guid(), name: z.string(), districtCode: z.string() }),
  programmes: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      /** What must be uploaded before an application under it is submitted. */
      requiredMaterials: z.array(z.enum(APPLICATION_MATERIAL_CODES)),
      /** The banks taking part in the programme (never an investment fund). */
      banks: z.array(party),
      guarantors: z.array(party),
    }),
  ),
});

/** The rules as they stand today; `hard` ones (the programme's ceilings) refuse, others may be acknowledged. */
export const currentEligibilityResponse = z.object({
  eligible: z.boolean(),
  asOf: z.string(),
  checks: z.array(
    z.object({ rule: z.enum(ELIGIBILITY_RULES), passed: z.boolean(), reason: z.string(), hard: z.boolean() }),
  ),
});

/** The loan's servicing events and the position derived from them. */
export const loanResponse = z
  .object({
    position: z.object({
      status: z.enum(["NOT_DISBURSED", "ACTIVE", "OVERDUE", "SETTLED"]),
      disbursed: z.string(),
      repaid: z.string(),
      outstanding: z.string(),
      interestPaid: z.string(),
      everOverdue: z.boolean(),
      settledOn: z.string().nullable(),
    }),
    events: z.array(
      z.object({
        /** Global id: what `reverses` names when recording a correction. */
        id: z.number().int(),
        /** The event's place in its loan's ledger (1, 2, 3 …), what people read and cite. */
        number: z.number().int(),
        type: z.string(),
        occurredOn: z.string(),
        amount: z.string(),
        /** The id of the event this one reverses. */
        reverses: z.number().int().nullable(),
        /** The per-loan number of the event this one reverses. */
        reversesNumber: z.number().int().nullable(),
        note: z.string().nullable(),
        recordedAt: z.date(),
        /** Username of whoever recorded it. */
        recordedBy: z.string(),
        /** Recorded by the bank's systems with an API key. */
        viaApi: z.boolean(),
      }),
    ),
  })
  .meta({ id: "LoanServicing" });
