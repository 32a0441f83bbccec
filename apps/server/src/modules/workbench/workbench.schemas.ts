import { z } from "zod";

export const WORK_KINDS = [
  "application",
  "payment",
  "default-case",
  "interest-subsidy-claim",
  "product-review",
  // The financing marketplace's, each opened on the demand's page (see demand-work.service.ts).
  "demand-curation",
  "claim-escalated",
  "demand-push",
  "claim-step",
  "claim-outcome",
  // 应急转贷: the bank's commitments and returns, the fund manager's approvals, payments and overdue.
  "bridge-loan",
] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

/** One piece of work as the workbench lists it; the web names the kind and its status. */
export const workItem = z
  .object({
    kind: z.enum(WORK_KINDS),
    id: z.guid(),
    /** Whose or what it is: the enterprise, or the payment's title. */
    title: z.string(),
    /** The programme or fund it belongs to. */
    context: z.string(),
    amount: z.string(),
    status: z.string(),
    /** When it reached its current holder (or was filed). */
    since: z.string(),
    /** The earliest due date of its running clocks, where it has any, and how that date stands today. */
    dueOn: z.string().nullable(),
    sla: z.enum(["on-time", "due-soon", "due-today", "overdue"]).nullable(),
    /** Calendar days from today to dueOn (negative once overdue); null without a due date. */
    daysLeft: z.number().int().nullable(),
  })
  .meta({ id: "WorkItem" });

export const workbenchResponse = z.object({
  /** How many items of each kind wait for the caller's organisation. */
  waiting: z.object({
    total: z.number().int(),
    applications: z.number().int(),
    payments: z.number().int(),
    defaultCases: z.number().int(),
    claims: z.number().int(),
    /** Financing products under the bureau's review, or an institution's returned ones. */
    products: z.number().int(),
    /**
     * Financing demands: the bureau's to curate and escalated ones; an institution's pushes to claim
     * and claims with a step due; an enterprise's outcomes to confirm and rate.
     */
    demands: z.number().int(),
    /** Bridge loans: the bank's commitments and returns; the fund manager's approvals, payments and overdue. */
    bridgeLoans: z.number().int(),
  }),
  /** The waiting items, the soonest due first, then the longest waiting. */
  items: z.array(workItem),
  /** The newest items the caller's organisation may see, waiting or not. */
  latest: z.array(workItem),
  /** Upkeep of the platform's own data that waits for a platform admin (not tied to one record). */
  tasks: z.array(
    z.object({
      kind: z.enum(["official-calendar-year"]),
      /** The year whose State Council holiday notice to enter (录入{year}年法定节假日安排). */
      year: z.number().int(),
      title: z.string(),
      /** The last day before the year's deadlines need it: 31 December of the year before. */
      dueOn: z.string(),
      daysLeft: z.number().int(),
    }),
  ),
});

export type WorkItem = z.infer<typeof workItem>;
