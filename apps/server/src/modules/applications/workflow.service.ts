import {
  type ActionPayload,
  type ActionResult,
  APPLICATION_MATERIALS,
  APPLICATION_REVIEW_FIELD,
  type ApplicationAction,
  acknowledgementIssues,
  applyAction,
  CLOCK_SLA,
  type ClockName,
  type ContractKind,
  dueDate,
  type EligibilityRule,
  evaluateEligibility,
  HARD_ELIGIBILITY_RULES,
  isStale,
  limitBreaches,
  missingMaterials,
  type ProgrammeConfig,
  parseYuan,
  programmeConfigFromWire,
  type ReviewParty,
  throwIfIssues,
  touchedReviews,
} from "@chanrong/domain";
import type { Database, Executor } from "../../db/client";
import type { Actor } from "../../platform/actor";
import { auditRow } from "../../platform/audit";
import { today } from "../../platform/clock";
import { AppError, issuesText } from "../../platform/errors";
import { decide } from "../../platform/workflow-refusals";
import { officialCalendar } from "../calendar/calendar.service";
import { eligibilityFacts, findProgrammeById, loadConfig } from "../programmes/programmes.service";
import * as repo from "./applications.repository";
import {
  applicationScope,
  getApplication,
  historyRow,
  isParty,
  requireVisible,
  stateColumns,
  stateOf,
} from "./applications.service";
import * as attachmentsRepo from "./attachments.repository";
import { writeLoanEvent } from "./loan-events";

/*
 * The workflow of an application: a step the domain decides, taken on the locked row with the
 * eligibility rules weighed again, and written with its history, clocks and audit entry.
 */

/**
 * Actions after which the eligibility rules are evaluated again and kept with the step; each is refused
 * when it would break a ceiling of the programme (seed 002 art. 8).
 */
const DECISIONS = new Set<ApplicationAction>(["submit", "recommend", "bank-approve", "guarantor-approve"]);

/** The column keeping the version of the last step that changed each review or the status. */
const REVIEW_VERSION = { bank: "bankReviewVersion", guarantor: "guarantorReviewVersion" } as const;

export interface ActionInput {
  action: ApplicationAction;
  version: number;
  opinion?: string;
  reason?: string;
  target?: ReviewParty;
  contracts?: {
    kind: ContractKind;
    number: string;
    date: string;
    amount: string;
    parties: string[];
    /** 借款合同 only: the loan's actual annual rate, e.g. "0.0345". */
    annualRate?: string;
  }[];
  /** disburse only: the day and amount paid out, recorded as the loan's DISBURSEMENT event. */
  disbursement?: { date: string; amount: string };
  /** recommend only: the failed eligibility rules the bureau saw, and why it recommends anyway. */
  acknowledgement?: { rules: EligibilityRule[]; reason: string };
}

/** The eligibility facts of the application as of today, its own amount left out of the live loans. */
const factsOf = (executor: Executor, row: repo.ApplicationRow, config: ProgrammeConfig) =>
  eligibilityFacts(
    executor,
    row.programmeId,
    config,
    {
      enterpriseId: row.enterpriseId,
      supplyChainCategory: row.supplyChainCategory,
      amountFen: row.amountFen,
      termMonths: row.termMonths,
      loanUse: row.loanUse,
    },
    row.id,
  );

/**
 * Every rule as it stands today for the application, each marked hard (a ceiling that refuses) or
 * not (the bureau may acknowledge it): what the bureau reads before it recommends.
 */
export async function applicationEligibility(db: Database, actor: Actor, id: string) {
  const row = await requireVisible(db, actor, id);
  const programme = await findProgrammeById(db, row.programmeId);
  if (!programme) throw AppError.notFound({ zh: "贷款计划", en: "Programme" });
  const config = await loadConfig(db, programme, row.programmeVersion);
  const { eligible, checks } = evaluateEligibility(await factsOf(db, row, config));
  return {
    eligible,
    asOf: today(),
    checks: checks.map((check) => ({ ...check, hard: HARD_ELIGIBILITY_RULES.includes(check.rule) })),
  };
}

/**
 * The rules again, as of today and with the enterprise's live loans as they are now: a broken ceiling
 * refuses the step (409), and the bureau recommends despite any other failed rule only by acknowledging
 * it with a reason (400). The step locked the enterprise first, so that two of its applications are
 * never decided against the same sum.
 */
async function decideEligibility(
  tx: Executor,
  row: repo.ApplicationRow,
  config: ProgrammeConfig,
  input: ActionInput,
) {
  const facts = await factsOf(tx, row, config);
  const breaches = limitBreaches(facts);
  if (breaches.length > 0) {
    throw new AppError(
      "conflict",
      issuesText(breaches.map((issue) => ({ field: issue.path.join("."), message: issue.message }))),
      breaches.map((issue) => ({ field: issue.path.join("."), rule: issue.rule, message: issue.message })),
    );
  }
  const eligibility = evaluateEligibility(facts);
  if (input.action !== "recommend") return { eligibility };
  throwIfIssues(acknowledgementIssues(eligibility, input.acknowledgement));
  const acknowledged = eligibility.checks.filter((check) => !check.passed).map((check) => check.rule);
  return {
    eligibility,
    ...(acknowledged.length > 0 &&
      input.acknowledgement && {
        acknowledgement: { rules: acknowledged, reason: input.acknowledgement.reason.trim() },
      }),
  };
}

/**
 * One transition in one transaction, on the row locked as it is now: the domain's table decides. A
 * step is stale (409, nothing written) if what it decides on changed since the caller read it; for a
 * review that is its own review or the status, so the bank and the guarantor decide in parallel and
 * whichever approves second completes the review. History, clocks and contracts are written with it.
 */
export async function act(db: Database, actor: Actor, id: string, input: ActionInput, ip: string | null) {
  await db.transaction(async (tx) => {
    const decision = DECISIONS.has(input.action);
    const locked = await repo.lockForStep(tx, id, applicationScope(actor), decision);
    if (!locked) throw AppError.notFound({ zh: "申请", en: "Application" });
    const { application: current } = locked;
    if (!(await isParty(tx, actor, current)))
      throw AppError.forbidden({
        zh: "只有本申请的当事方可以办理",
        en: "Only a party to this application may act",
      });
    const config = programmeConfigFromWire(locked.config);

    const payload: ActionPayload = {
      opinion: input.opinion,
      reason: input.reason,
      target: input.target,
      contracts: input.contracts?.map((c, index) => ({
        kind: c.kind,
        number: c.number,
        date: c.date,
        amountFen: parseYuan(c.amount, ["contracts", index, "amount"]),
        parties: c.parties,
        ...(c.annualRate !== undefined && { annualRate: c.annualRate }),
      })),
      ...(input.disbursement && {
        disbursement: {
          date: input.disbursement.date,
          amountFen: parseYuan(input.disbursement.amount, ["disbursement", "amount"]),
        },
      }),
    };
    const day = today();
    const result = decide(() =>
      applyAction(stateOf(current), input.action, { orgType: actor.orgType, roles: actor.roles }, payload),
    );
    const reviewChangedAt = result.review && current[REVIEW_VERSION[result.review]];
    if (isStale(input.version, current.version, reviewChangedAt)) throw AppError.staleVersion();
    if (input.action === "submit") requireMaterials(config, await attachmentsRepo.attachedKinds(tx, id));
    const decided = decision ? await decideEligibility(tx, current, config, input) : null;
    const calendar = await officialCalendar(tx);
    await recordStep(tx, actor, current, {
      version: current.version,
      result,
      day,
      // A clock's due date is fixed when it starts, by the programme version the application started under.
      startedClocks: result.clocks.start.map((clock) => ({
        clock,
        dueOn: dueDate(day, config.slas[CLOCK_SLA[clock]], calendar),
      })),
      details: {
        ...decided,
        ...(input.target && { target: input.target }),
        ...(input.contracts && { contracts: input.contracts }),
      },
      ip,
    });
    // The 放款 step writes the loan's disbursement with it, checked as the bank's events are.
    if (payload.disbursement && input.action === "disburse") {
      const { date, amountFen } = payload.disbursement;
      const disbursement = { type: "DISBURSEMENT" as const, date, amountFen, reverses: null, note: null };
      await writeLoanEvent(tx, actor, id, disbursement, ip, ["disbursement"]);
    }
    if (payload.contracts && input.action === "record-contracts") {
      await repo.insertContracts(
        tx,
        payload.contracts.map((c) => ({
          applicationId: id,
          kind: c.kind,
          number: c.number,
          signedOn: c.date,
          amountFen: c.amountFen,
          parties: [...c.parties],
          annualRate: c.annualRate ?? null,
        })),
      );
    }
  });
  return getApplication(db, actor, id);
}

/** An application leaves its enterprise with the materials its programme requires attached. */
function requireMaterials(config: ProgrammeConfig, attachedKinds: readonly string[]) {
  const codes = missingMaterials(config, attachedKinds);
  if (codes.length === 0) return;
  const missing = APPLICATION_MATERIALS.filter((material) => codes.includes(material.code));
  throw AppError.validation("materials", "required-material", {
    zh: `提交前须上传申请材料:${missing.map((material) => material.zh).join("、")}`,
    en: `Upload before submitting: ${missing.map((material) => material.en).join(", ")}`,
  });
}

export interface Step {
  /** The version of the row as locked (the caller checked it was not stale): the row moves on only from it. */
  version: number;
  result: ActionResult;
  day: string;
  /** The clocks `result` starts, each with its due date. */
  startedClocks: { clock: ClockName; dueOn: string }[];
  details?: Record<string, unknown>;
  ip: string | null;
}

/**
 * Writes one step the domain decided, in the caller's transaction: the row moves on only if nobody
 * moved it first (409 otherwise, nothing written), marking the reviews the step touched (ADR 017),
 * with its history entry (by the actor and its organisation), its clocks, and the audit entry, all in
 * one statement. Every change of an application's state goes here.
 */
export async function recordStep(tx: Executor, actor: Actor, row: repo.ApplicationRow, step: Step) {
  const { result, day } = step;
  const columns = stateColumns(result.state);
  const holdersChanged = columns.holders.join() !== row.holders.join();
  const reviewVersions = touchedReviews(stateOf(row), result.state, APPLICATION_REVIEW_FIELD).map(
    (review) => [REVIEW_VERSION[review], step.version + 1] as const,
  );
  const updated = await repo.writeStep(tx, {
    id: row.id,
    version: step.version,
    values: {
      ...columns,
      ...Object.fromEntries(reviewVersions),
      ...(holdersChanged && { heldSince: new Date() }),
      ...(result.historyEntry.action === "submit" && { submittedOn: day }),
    },
    event: historyRow(row.id, actor, result.historyEntry, day, step.details),
    stopClocks: result.clocks.stop,
    startClocks: step.startedClocks.map(({ clock, dueOn }) => ({
      applicationId: row.id,
      clock,
      startedOn: day,
      dueOn,
    })),
    audit: auditRow({
      actor,
      action: `application.${result.historyEntry.action}`,
      entityType: "application",
      entityId: row.id,
      before: stateOf(row),
      after: { ...result.state, opinion: result.historyEntry.opinion, reason: result.historyEntry.reason },
      ip: step.ip,
    }),
  });
  // Thrown, it rolls back the history, clocks and audit entry written in the same statement.
  if (!updated) throw AppError.staleVersion();
}
