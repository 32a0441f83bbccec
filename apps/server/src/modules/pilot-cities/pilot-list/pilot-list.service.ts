import {
  applyListApprovalEvent,
  applyPilotApplicationAction,
  DEPARTMENT_TERMS,
  type Department,
  type DepartmentDecision,
  type ListApprovalState,
  listApprovalStatus,
  proposeList,
  type Term,
} from "@chanrong/domain";
import type { Database, Executor } from "../../../db/client";
import { requireOrgType, requireRole } from "../../../platform/access";
import type { Actor } from "../../../platform/actor";
import { recordAudit } from "../../../platform/audit";
import { today } from "../../../platform/clock";
import { AppError } from "../../../platform/errors";
import { provinceName, requireReviewOffice } from "../ministry-review/experts.service";
import * as reviews from "../ministry-review/ministry-review.repository";
import type { ChangeListInput, DecisionInput } from "../ministry-review/ministry-review.schemas";
import { batchOf, ranking } from "../ministry-review/ministry-review.service";
import * as repo from "./pilot-list.repository";

/** What publication says to a city left off the list (the domain asks a reason of every refusal). */
const NOT_LISTED = "未列入经五部门审核公布的试点城市名单";

/** The list as the domain sees it: the proposed order, its version, the decisions on that version. */
async function stateOf(executor: Executor, batchId: string, lock = false) {
  const review = await reviews.findReview(executor, batchId, lock);
  const decisions = await repo.listDecisions(executor, batchId);
  const current: Partial<Record<Department, DepartmentDecision>> = {};
  for (const d of decisions.filter((d) => !d.voidedAt && d.listVersion === review.listVersion)) {
    current[d.department as Department] = {
      decision: d.decision as DepartmentDecision["decision"],
      listVersion: d.listVersion,
      by: d.decidedBy,
      at: d.decidedAt.toISOString(),
      opinion: d.opinion,
    };
  }
  const state: ListApprovalState | null = review.list
    ? {
        list: review.list as string[],
        version: review.listVersion,
        decisions: current,
        published: review.publishedOn !== null,
      }
    : null;
  return { review, state, decisions };
}

const departmentsOf = (invalidated: readonly Department[]) =>
  invalidated.map((department) => ({ department, name: DEPARTMENT_TERMS[department] }));

/** The list with its scores and every decision taken on any version; the ministries read it. */
export async function getList(db: Database, actor: Actor, batchId: string, invalidated: Department[] = []) {
  requireOrgType(actor, "MINISTRY");
  await batchOf(db, batchId);
  const { review, state, decisions } = await stateOf(db, batchId);
  const ranked = review.scoringClosedOn ? await ranking(db, actor, batchId) : [];
  const applications = await reviews.listReviewable(db, batchId);
  return {
    batchId,
    proposed: state !== null,
    version: review.listVersion,
    status: state ? listApprovalStatus(state) : ("NOT_PROPOSED" as const),
    publishedOn: review.publishedOn,
    entries: (state?.list ?? []).map((applicationId, index) => {
      const application = applications.find((a) => a.id === applicationId);
      const rankedEntry = ranked.find((r) => r.applicationId === applicationId);
      return {
        position: index + 1,
        applicationId,
        applicantName: application?.applicantName ?? "",
        province: provinceName(application?.regionCode ?? "000000"),
        score: rankedEntry?.score ?? null,
        rank: rankedEntry?.rank ?? null,
      };
    }),
    decisions: decisions.map((d) => ({
      department: d.department as Department,
      departmentName: DEPARTMENT_TERMS[d.department as Department],
      decision: d.decision as "approve" | "reject",
      opinion: d.opinion,
      listVersion: d.listVersion,
      decidedBy: d.decidedBy,
      decidedOn: d.decidedOn,
      decidedAt: d.decidedAt.toISOString(),
      voided: d.voidedAt !== null,
    })),
    invalidated: departmentsOf(invalidated),
  };
}

/** Every id must be a ranked application of the batch: the list is drawn from the review. */
async function assertRanked(executor: Executor, actor: Actor, batchId: string, ids: readonly string[]) {
  const ranked = await ranking(executor, actor, batchId);
  ids.forEach((id, index) => {
    if (!ranked.some((r) => r.applicationId === id)) {
      throw AppError.validation(`applicationIds.${index}`, "not-ranked", {
        zh: "该申报不在本批次的评审排名中",
        en: "Not an application ranked in this batch",
      });
    }
  });
  return ranked;
}

/** The ministry proposes the list: by default every qualified application in rank order. */
export async function propose(
  db: Database,
  actor: Actor,
  batchId: string,
  ids: string[] | undefined,
  ip: string | null,
) {
  requireReviewOffice(actor);
  await batchOf(db, batchId);
  await db.transaction(async (tx) => {
    const { state } = await stateOf(tx, batchId, true);
    if (state) {
      throw new AppError("conflict", { zh: "名单已提出", en: "The list is already proposed" }, [
        {
          field: "batch",
          rule: "list-proposed",
          message: { zh: "请调整现有名单", en: "Change the current list" },
        },
      ]);
    }
    const ranked = await assertRanked(tx, actor, batchId, ids ?? []);
    const list = proposeList(ids ?? ranked.filter((r) => r.qualified).map((r) => r.applicationId)).list;
    await reviews.updateReview(tx, batchId, { list, listVersion: 1 });
    await recordAudit(tx, {
      actor,
      action: "pilot-list.propose",
      entityType: "pilot-batch",
      entityId: batchId,
      after: list,
      ip,
    });
  });
  return getList(db, actor, batchId);
}

/** The ministry changes the list with a reason; every decision taken on the old version is voided. */
export async function change(
  db: Database,
  actor: Actor,
  batchId: string,
  input: ChangeListInput,
  ip: string | null,
) {
  requireReviewOffice(actor);
  await batchOf(db, batchId);
  const invalidated = await db.transaction(async (tx) => {
    const { state } = await stateOf(tx, batchId, true);
    if (!state)
      throw AppError.validation("batch", "list-not-proposed", {
        zh: "尚未提出名单",
        en: "No list proposed yet",
      });
    if (input.listVersion !== state.version) throw AppError.staleVersion();
    await assertRanked(tx, actor, batchId, input.applicationIds);
    const step = applyListApprovalEvent(state, {
      type: "change-list",
      list: input.applicationIds,
      reason: input.reason,
    });
    await repo.voidDecisions(tx, batchId);
    await reviews.updateReview(tx, batchId, { list: step.state.list, listVersion: step.state.version });
    await recordAudit(tx, {
      actor,
      action: "pilot-list.change",
      entityType: "pilot-batch",
      entityId: batchId,
      before: state.list,
      after: { ...input, voided: step.invalidated },
      ip,
    });
    return step.invalidated;
  });
  return getList(db, actor, batchId, invalidated);
}

/** A department approves or rejects the current version, for itself only, with its opinion. */
export async function decide(
  db: Database,
  actor: Actor,
  batchId: string,
  input: DecisionInput,
  ip: string | null,
) {
  requireOrgType(actor, "MINISTRY");
  requireRole(actor, "reviewer", "admin");
  if (actor.department !== input.department) {
    const own = actor.department ? DEPARTMENT_TERMS[actor.department] : { zh: "—", en: "—" };
    const asked: Term = DEPARTMENT_TERMS[input.department];
    throw AppError.forbidden({
      zh: `${own.zh}不能代${asked.zh}作出决定`,
      en: `${own.en} cannot decide for ${asked.en}`,
    });
  }
  await batchOf(db, batchId);
  await db.transaction(async (tx) => {
    const { state } = await stateOf(tx, batchId, true);
    if (!state)
      throw AppError.validation("batch", "list-not-proposed", {
        zh: "尚未提出名单",
        en: "No list proposed yet",
      });
    applyListApprovalEvent(state, {
      type: "decide",
      ...input,
      by: actor.username,
      at: new Date().toISOString(),
    });
    await repo.insertDecision(tx, { batchId, ...input, decidedBy: actor.userId, decidedOn: today() });
    await recordAudit(tx, {
      actor,
      action: `pilot-list.${input.decision}`,
      entityType: "pilot-batch",
      entityId: batchId,
      after: input,
      ip,
    });
  });
  return getList(db, actor, batchId);
}

/** The plan period of a city's frozen plan: what the pilot commits to. */
function planPeriod(submitted: unknown, applicantName: string, index: number) {
  const plan = (submitted as { plan?: { periodStart?: unknown; periodEnd?: unknown } } | null)?.plan;
  if (typeof plan?.periodStart !== "string" || typeof plan.periodEnd !== "string") {
    throw AppError.validation(`list.${index}`, "plan-period-missing", {
      zh: `${applicantName}的实施方案没有实施期限`,
      en: `${applicantName}'s plan has no period`,
    });
  }
  return { planPeriodStart: plan.periodStart, planPeriodEnd: plan.periodEnd };
}

/**
 * Publication, once all five departments approved the current version: listed applications become
 * pilots with their plan period, every other one at the ministry is not selected.
 */
export async function publish(db: Database, actor: Actor, batchId: string, ip: string | null) {
  requireReviewOffice(actor, ["reviewer", "admin"]);
  const batch = await batchOf(db, batchId);
  await db.transaction(async (tx) => {
    const { state } = await stateOf(tx, batchId, true);
    if (!state)
      throw AppError.validation("batch", "list-not-proposed", {
        zh: "尚未提出名单",
        en: "No list proposed yet",
      });
    applyListApprovalEvent(state, { type: "publish" });
    const day = today();
    const atMinistry = (await reviews.listReviewable(tx, batchId)).filter((a) => a.status === "AT_MINISTRY");
    const step = (kind: string, action: "select" | "reject") =>
      applyPilotApplicationAction({
        kind: kind as "NEW" | "RENEWAL",
        status: "AT_MINISTRY",
        action,
        actor,
        schedule: batch,
        day,
        reason: NOT_LISTED,
      });
    const selections = state.list.map((applicationId, index) => {
      const application = atMinistry.find((a) => a.id === applicationId);
      if (!application) throw new Error(`listed application ${applicationId} is not at the ministry`);
      step(application.kind, "select");
      return {
        applicationId,
        batchId,
        listPosition: index + 1,
        selectedOn: day,
        ...planPeriod(application.submitted, application.applicantName, index),
      };
    });
    const notListed = atMinistry.filter((a) => !state.list.includes(a.id));
    for (const application of notListed) step(application.kind, "reject");
    await repo.insertSelections(tx, selections);
    await repo.setStatuses(tx, [...state.list], "SELECTED");
    await repo.setStatuses(
      tx,
      notListed.map((a) => a.id),
      "NOT_SELECTED",
    );
    await reviews.updateReview(tx, batchId, { publishedOn: day });
    await recordAudit(tx, {
      actor,
      action: "pilot-list.publish",
      entityType: "pilot-batch",
      entityId: batchId,
      after: state.list,
      ip,
    });
  });
  return getList(db, actor, batchId);
}

/** The published pilots of every batch, for anyone (no sign-in): city, province and plan period. */
export async function publicList(db: Database) {
  const rows = await repo.listPublishedPilots(db);
  const numbers = [...new Set(rows.map((r) => r.batchNumber))];
  return numbers.map((number) => {
    const pilots = rows.filter((r) => r.batchNumber === number);
    const first = pilots[0] as (typeof pilots)[number];
    return {
      batchNumber: number,
      batchName: first.batchName,
      documentNumber: first.documentNumber,
      publishedOn: first.publishedOn ?? "",
      pilots: pilots.map((p) => ({
        city: p.city,
        regionCode: p.regionCode,
        province: provinceName(p.regionCode),
        planPeriodStart: p.planPeriodStart,
        planPeriodEnd: p.planPeriodEnd,
      })),
    };
  });
}
