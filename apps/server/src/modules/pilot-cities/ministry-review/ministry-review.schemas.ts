import { DEPARTMENTS } from "@chanrong/domain";
import { z } from "zod";
import { isoDate, text } from "../../../platform/http";
import { term } from "../../../platform/responses";
import { applicationContent } from "../applications/applications.schemas";
import { rubric } from "../batches/batches.schemas";

// Requests and responses of the ministry's review: the expert pool, assignments, sheets, the list.

const regionCode = z.string().regex(/^\d{6}$/, "a six-digit region code (GB/T 2260)");
const reason = text({ max: 500, multiline: true });

// ---- Requests ----

export const expertInput = z
  .object({
    fields: z.array(text({ max: 30 })).max(20),
    /** Regions (an applicant city's code stands for that applicant) or single applications. */
    conflicts: z
      .array(z.union([z.object({ regionCode }).strict(), z.object({ applicationId: z.uuid() }).strict()]))
      .max(100),
    active: z.boolean(),
  })
  .strict();
export type ExpertInput = z.infer<typeof expertInput>;

export const reviewersInput = z.object({ expertIds: z.array(z.uuid()).min(1).max(15), reason }).strict();
export type ReviewersInput = z.infer<typeof reviewersInput>;

export const sheetInput = z
  .object({
    /** Score per rubric criterion code, a decimal string on the rubric's scale. */
    scores: z.record(z.string().max(30), z.string().max(10)),
    comments: text({ max: 2000, multiline: true }),
  })
  .strict();
export type SheetInput = z.infer<typeof sheetInput>;

export const conflictInput = z.object({ reason }).strict();

export const proposeListInput = z
  .object({
    /** Application ids in order; omitted: every qualified application in rank order. */
    applicationIds: z.array(z.uuid()).max(200).optional(),
  })
  .strict();

export const changeListInput = z
  .object({ applicationIds: z.array(z.uuid()).max(200), reason, listVersion: z.number().int().min(1) })
  .strict();
export type ChangeListInput = z.infer<typeof changeListInput>;

export const decisionInput = z
  .object({
    department: z.enum(DEPARTMENTS),
    decision: z.enum(["approve", "reject"]),
    listVersion: z.number().int().min(1),
    opinion: text({ max: 1000, min: 0, multiline: true }),
  })
  .strict();
export type DecisionInput = z.infer<typeof decisionInput>;

/** An application from before the platform, recorded as it reached the ministry. */
export const recordedApplicationInput = z
  .object({
    applicantOrgId: z.uuid(),
    /**
     * The frozen copy, in the shape a city's submission has; its plan must carry the period (ISO dates)
     * publication records. What the paper record does not hold is left empty.
     */
    submitted: z.object({
      plan: z.object({
        periodStart: isoDate,
        periodEnd: isoDate,
        sections: applicationContent.shape.plan.shape.sections.default({}),
      }),
      indicators: applicationContent.shape.indicators.default({}),
      strategies: applicationContent.shape.strategies.default([]),
      bases: applicationContent.shape.bases.default([]),
      documents: applicationContent.shape.documents.default([]),
    }),
    confirmedOn: isoDate,
  })
  .strict();
export type RecordedApplicationInput = z.infer<typeof recordedApplicationInput>;

// ---- Responses ----

export const expertView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    regionCode: z.string(),
    province: term,
    fields: z.array(z.string()),
    conflicts: z.array(
      z.union([z.object({ regionCode: z.string() }), z.object({ applicationId: z.string() })]),
    ),
    active: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: "PilotExpert" });

const exclusion = z.object({
  expertId: z.string(),
  expertName: z.string(),
  reason: z.enum(["same-province", "declared-conflict"]),
  message: term,
});

export const reviewOverview = z
  .object({
    batchId: z.uuid(),
    reviewersPerApplication: z.number().int(),
    scoringClosedOn: z.string().nullable(),
    applications: z.array(
      z.object({
        id: z.uuid(),
        applicantName: z.string(),
        regionCode: z.string(),
        province: term,
        kind: z.string(),
        status: z.string(),
        reviewers: z.array(
          z.object({
            assignmentId: z.uuid(),
            expertId: z.uuid(),
            expertName: z.string(),
            /** The sheet's total of 100 once scored: the ministry sees every sheet. */
            total: z.string().nullable(),
          }),
        ),
        exclusions: z.array(exclusion),
      }),
    ),
    shortages: z.array(z.object({ applicationId: z.string(), message: term })),
  })
  .meta({ id: "ExpertReviewOverview" });

const sheetView = z
  .object({
    reviewer: z.string(),
    scores: z.record(z.string(), z.string()),
    comments: z.string(),
    total: z.string(),
  })
  .meta({ id: "PilotReviewSheet" });

export const reviewTask = z.object({
  assignmentId: z.uuid(),
  batchId: z.uuid(),
  batchName: z.string(),
  applicationId: z.uuid(),
  applicantName: z.string(),
  province: term,
  scored: z.boolean(),
  scoringClosed: z.boolean(),
});

export const reviewTaskDetail = reviewTask
  .extend({
    /** The frozen copy the city submitted: what every reviewer reads. */
    submitted: z.unknown(),
    rubric,
    mySheet: sheetView.nullable(),
    /** The other reviewers' sheets: empty until the ministry closes scoring. */
    otherSheets: z.array(sheetView),
  })
  .meta({ id: "PilotReviewTaskDetail" });

export const rankingRow = z.object({
  rank: z.number().int(),
  applicationId: z.uuid(),
  applicantName: z.string(),
  province: term,
  score: z.string(),
  sheetCount: z.number().int(),
  trimmed: z.boolean(),
  qualified: z.boolean(),
  belowMinimum: z.array(z.string()),
  sheets: z.array(
    z.object({ expertId: z.uuid(), expertName: z.string(), total: z.string(), outlier: z.boolean() }),
  ),
});

const decisionView = z.object({
  department: z.enum(DEPARTMENTS),
  departmentName: term,
  decision: z.enum(["approve", "reject"]),
  opinion: z.string(),
  listVersion: z.number().int(),
  decidedBy: z.string(),
  /** The business date; decidedAt is the moment it was recorded. */
  decidedOn: z.string(),
  decidedAt: z.string(),
  voided: z.boolean(),
});

export const listView = z
  .object({
    batchId: z.uuid(),
    proposed: z.boolean(),
    version: z.number().int(),
    status: z.enum(["NOT_PROPOSED", "PENDING", "APPROVED", "REJECTED", "PUBLISHED"]),
    publishedOn: z.string().nullable(),
    entries: z.array(
      z.object({
        position: z.number().int(),
        applicationId: z.uuid(),
        applicantName: z.string(),
        province: term,
        score: z.string().nullable(),
        rank: z.number().int().nullable(),
      }),
    ),
    decisions: z.array(decisionView),
    /** Departments whose decisions this request voided (a change of the list), to say so. */
    invalidated: z.array(z.object({ department: z.enum(DEPARTMENTS), name: term })),
  })
  .meta({ id: "PilotListProposal" });

export const publicPilotList = z.array(
  z.object({
    batchNumber: z.number().int(),
    batchName: z.string(),
    documentNumber: z.string(),
    publishedOn: z.string(),
    pilots: z.array(
      z.object({
        city: z.string(),
        regionCode: z.string(),
        province: term,
        planPeriodStart: z.string(),
        planPeriodEnd: z.string(),
      }),
    ),
  }),
);
