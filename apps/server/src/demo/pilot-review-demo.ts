import { DEFAULT_REPORT_DUE_MONTH_DAY } from "@chanrong/domain";
import type { Database } from "../db/client";
import { openBatch } from "../modules/pilot-cities/batches/batches.service";
import { updateExpert } from "../modules/pilot-cities/ministry-review/experts.service";
import * as review from "../modules/pilot-cities/ministry-review/ministry-review.service";
import { recordApplication } from "../modules/pilot-cities/ministry-review/recorded-history.service";
import * as list from "../modules/pilot-cities/pilot-list/pilot-list.service";
import { actorOfUser } from "../platform/actor";
import { asOf } from "../platform/clock";
import * as demoRepo from "./demo.repository";

/** Seed 001: the second batch, 工信部联财函〔2020〕161号. */
const SECOND_BATCH = {
  number: 2,
  name: "第二批产融合作试点城市",
  documentNumber: "工信部联财函〔2020〕161号",
  opensOn: "2020-07-22",
  applicationDeadline: "2020-08-31",
  provincialDeadline: "2020-09-15",
  timeZone: "Asia/Shanghai",
  progressReportDue: DEFAULT_REPORT_DUE_MONTH_DAY,
  reviewersPerApplication: 3,
};

/**
 * The applicants, recorded as imported history (the 2020 batch ran on paper): three provinces and a
 * 计划单列市's district; each with the plan period of its submitted plan and the sheets its three
 * reviewers gave (scores 0–10 on the five criteria, in the rubric's order).
 */
const APPLICANTS: { key: string; period: [string, string]; sheets: number[][] }[] = [
  {
    key: "huzhou",
    period: ["2021-01-01", "2023-12-31"],
    sheets: [
      [9, 8.5, 9, 8, 8.5],
      [8.5, 8.5, 8.5, 8, 9],
      [9, 9, 8.5, 7.5, 8],
    ],
  },
  {
    key: "yichang",
    period: ["2021-01-01", "2023-12-31"],
    sheets: [
      [8, 8.5, 8, 7.5, 8],
      [8.5, 8, 8, 8, 7.5],
      [7.5, 8, 8.5, 7, 8],
    ],
  },
  {
    key: "yinzhou",
    period: ["2021-03-01", "2024-02-29"],
    sheets: [
      [8, 7.5, 8, 7, 8.5],
      [7.5, 8, 7.5, 8, 8],
      [8, 7, 8, 7.5, 7.5],
    ],
  },
  {
    key: "deyang",
    period: ["2021-01-01", "2023-12-31"],
    sheets: [
      [7.5, 7, 7.5, 7, 7],
      [7, 7.5, 7, 6.5, 7.5],
      [8, 7, 7, 7, 7],
    ],
  },
];

const CODES = ["COMMITMENT", "FOUNDATION", "PRACTICE", "RECOVERY", "INDICATORS"];

const FIELDS: Record<string, string[]> = {
  expertbj: ["产业经济", "产融合作政策"],
  expertsh: ["金融市场", "科技金融"],
  expertgd: ["区域金融", "供应链金融"],
  experthb: ["产业金融", "制造业转型"],
  expertsc: ["财政金融", "普惠金融"],
};

/**
 * The 2020 second batch as a closed, published example, through the review's own services: the
 * ministry opens it, records the applicants as they reached it, assigns three reviewers each; the
 * experts score; the ministry closes scoring and proposes the list; the five departments approve;
 * 工信部 publishes. Skipped when a batch numbered 2 exists already.
 */
export async function seedPilotReviewDemo(db: Database): Promise<void> {
  if (await demoRepo.pilotBatchNumberTaken(db, SECOND_BATCH.number)) return;
  const office = await actorOfUser(db, "miit.operator");
  const admin = await actorOfUser(db, "miit.admin");
  const publisher = await actorOfUser(db, "miit.reviewer");
  const orgIds = await demoRepo.organisationIdsByUsername(db, [
    ...APPLICANTS.map((a) => `${a.key}.operator`),
    ...Object.keys(FIELDS).map((e) => `${e}.operator`),
  ]);
  const batch = await asOf("2020-07-22", () => openBatch(db, office, SECOND_BATCH, null));
  for (const [expert, fields] of Object.entries(FIELDS)) {
    await updateExpert(
      db,
      office,
      orgIds[`${expert}.operator`] as string,
      { fields, conflicts: [], active: true },
      null,
    );
  }
  const applicationIds: Record<string, string> = {};
  for (const applicant of APPLICANTS) {
    const recorded = await asOf("2020-09-15", () =>
      recordApplication(
        db,
        admin,
        batch.id,
        {
          applicantOrgId: orgIds[`${applicant.key}.operator`] as string,
          submitted: {
            plan: { periodStart: applicant.period[0], periodEnd: applicant.period[1], sections: {} },
            indicators: {},
            strategies: [],
            bases: [],
            documents: [],
          },
          confirmedOn: "2020-09-15",
        },
        null,
      ),
    );
    applicationIds[applicant.key] = recorded.id;
  }
  const assigned = await asOf("2020-10-09", () => review.assignAll(db, office, batch.id, null));
  for (const applicant of APPLICANTS) {
    const reviewers =
      assigned.applications.find((a) => a.id === applicationIds[applicant.key])?.reviewers ?? [];
    for (const [index, reviewer] of reviewers.entries()) {
      const expert = await actorOfUser(db, `${expertKey(orgIds, reviewer.expertId)}.operator`);
      const scores = Object.fromEntries(
        CODES.map((code, i) => [code, String(applicant.sheets[index]?.[i] ?? 7)]),
      );
      await asOf("2020-10-20", () =>
        review.saveSheet(
          db,
          expert,
          reviewer.assignmentId,
          { scores, comments: "实施方案目标明确,措施可行" },
          null,
        ),
      );
    }
  }
  await asOf("2020-10-30", () => review.closeScoring(db, office, batch.id, null));
  const proposed = await asOf("2020-11-02", () => list.propose(db, office, batch.id, undefined, null));
  for (const department of ["MIIT", "MOF", "PBOC", "NFRA", "CSRC"] as const) {
    const decider = await actorOfUser(db, `${department.toLowerCase()}.reviewer`);
    await asOf("2020-11-16", () =>
      list.decide(
        db,
        decider,
        batch.id,
        { department, decision: "approve", listVersion: proposed.version, opinion: "同意该名单" },
        null,
      ),
    );
  }
  await asOf("2020-12-01", () => list.publish(db, publisher, batch.id, null));
}

function expertKey(orgIds: Record<string, string>, orgId: string): string {
  const username = Object.keys(orgIds).find((u) => orgIds[u] === orgId);
  if (!username) throw new Error(`no demo expert ${orgId}`);
  return username.replace(/\.operator$/, "");
}
