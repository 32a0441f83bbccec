import {
  type ActionPayload,
  type ActionResult,
  APPLICATION_REVIEW_FIELD,
  type ApplicationAction,
  type ApplicationState,
  acknowledgementIssues,
  applyAction,
  availableActions,
  CLOCK_SLA,
  type ClockName,
  CN_OFFICIAL_CALENDAR,
  type ContractKind,
  DRAFT_CREATED,
  dueDate,
  type EligibilityRule,
  evaluateEligibility,
  exactDecimal,
  formatYuan,
  HARD_ELIGIBILITY_RULES,
  type HistoryEntry,
  holderOf,
  INITIAL_APPLICATION_STATE,
  isStale,
  limitBreaches,
  type ProgrammeConfig,
  parseYuan,
  type ReviewParty,
  slaState,
  throwIfIssues,
  touchedReviews,
} from "@chanrong/domain";
import type { Database, Executor } from "../../db/client";
import type { ApplicationScope } from "../../db/scopes";
import {
  hasRole,
  isPlatformAdmin,
  regionCovers,
  regionPrefix,
  requireOrgType,
  requireRole,
} from "../../platform/access";
import type { Actor } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { today } from "../../platform/clock";
import { AppError } from "../../platform/errors";
import { decide } from "../../platform/workflow-refusals";
import * as enterprisesRepo from "../enterprises/enterprises.repository";
import { findOrganisation } from "../identity/identity.repository";
import { findProgrammeById, type ProgrammeRow } from "../programmes/programmes.repository";
import { eligibilityFacts, loadConfig, requireProgramme } from "../programmes/programmes.service";
import * as repo from "./applications.repository";
import { lockApplication } from "./servicing.repository";

/**
 * Who sees which applications: the enterprise its own; the bank and the guarantor those
 * addressed to them; the bureaus and the re-guarantor those of programmes in their region.
 */
export function applicationScope(actor: Actor): ApplicationScope {
  if (isPlatformAdmin(actor)) return { kind: "all" };
  switch (actor.orgType) {
    case "ENTERPRISE":
      return { kind: "enterprise", enterpriseId: actor.enterpriseId };
    case "BANK":
      return { kind: "bank", orgId: actor.orgId };
    case "GUARANTOR":
      return { kind: "guarantor", orgId: actor.orgId };
    case "INDUSTRY_BUREAU":
    case "FINANCE_BUREAU":
    case "CITY_GOVERNMENT":
    case "REGUARANTOR":
      return { kind: "region", prefix: regionPrefix(actor.orgRegionCode) };
    default:
      return { kind: "none" };
  }
}

/** The 推荐表 fields beyond amount, term and use (seed 002 附件1). */
export interface RecommendationFormFields {
  address: string;
  legalRepresentative: string;
  phone: string;
  contactName: string;
  contactPhone: string;
  mainBusiness: string;
  productsAndPartners: string;
}

export interface ApplicationInput {
  programmeCode: string;
  bankOrgId: string;
  guarantorOrgId: string;
  amount: string;
  termMonths: number;
  loanUse: string;
  supplyChainCategory: string | null;
  form: RecommendationFormFields;
}

async function requireOrgOfType(db: Database, id: string, type: "BANK" | "GUARANTOR", field: string) {
  const org = await findOrganisation(db, id);
  if (!org || org.type !== type || !org.active) {
    throw AppError.validation(
      field,
      "organisation-type",
      `须为平台上的${type === "BANK" ? "银行" : "担保机构"} (must be a ${type.toLowerCase()} on the platform)`,
    );
  }
  return org;
}

/** The enterprise starts a 推荐表 under the programme's current configuration version. */
export async function createApplication(
  db: Database,
  actor: Actor,
  input: ApplicationInput,
  ip: string | null,
) {
  requireOrgType(actor, "ENTERPRISE");
  requireRole(actor, "operator", "admin");
  if (!actor.enterpriseId)
    throw AppError.forbidden("本机构未关联企业登记信息 (organisation has no enterprise record)");
  const programme = await requireProgramme(db, input.programmeCode);
  const config = await loadConfig(db, programme);
  await requireOrgOfType(db, input.bankOrgId, "BANK", "bankOrgId");
  await requireOrgOfType(db, input.guarantorOrgId, "GUARANTOR", "guarantorOrgId");
  if (!config.permittedLoanUses.some((use) => use.code === input.loanUse)) {
    throw AppError.validation(
      "loanUse",
      "permitted-use",
      "该用途不在本计划允许的贷款用途内 (not a permitted loan use)",
    );
  }
  const amountFen = parseYuan(input.amount, ["amount"]);
  if (amountFen <= 0n) throw AppError.validation("amount", "positive", "申请金额须大于 0 (must be positive)");
  const created = await db.transaction(async (tx) => {
    const row = await repo.insertApplication(tx, {
      programmeId: programme.id,
      programmeVersion: programme.currentVersion,
      enterpriseId: actor.enterpriseId as string,
      bankOrgId: input.bankOrgId,
      guarantorOrgId: input.guarantorOrgId,
      amountFen,
      termMonths: input.termMonths,
      loanUse: input.loanUse,
      supplyChainCategory: input.supplyChainCategory,
      form: input.form,
      ...stateColumns(INITIAL_APPLICATION_STATE),
    });
    await repo.insertEvent(tx, historyRow(row.id, actor, DRAFT_CREATED, today()));
    await recordAudit(tx, {
      actor,
      action: "application.create",
      entityType: "application",
      entityId: row.id,
      after: row,
      ip,
    });
    return row;
  });
  return getApplication(db, actor, created.id);
}

const stateColumns = (state: ApplicationState) => ({
  status: state.status,
  bankReview: state.bankReview,
  guarantorReview: state.guarantorReview,
  holders: holderOf(state),
});

export const stateOf = (row: repo.ApplicationRow): ApplicationState => ({
  status: row.status as ApplicationState["status"],
  bankReview: row.bankReview as ApplicationState["bankReview"],
  guarantorReview: row.guarantorReview as ApplicationState["guarantorReview"],
});

/**
 * The domain checks organisation type and role; this checks it is *this* application's
 * enterprise, bank, guarantor, or the bureau of the enterprise's region.
 */
export async function isParty(db: Database, actor: Actor, row: repo.ApplicationRow): Promise<boolean> {
  switch (actor.orgType) {
    case "ENTERPRISE":
      return actor.enterpriseId === row.enterpriseId;
    case "BANK":
      return actor.orgId === row.bankOrgId;
    case "GUARANTOR":
      return actor.orgId === row.guarantorOrgId;
    case "INDUSTRY_BUREAU": {
      const enterprise = await enterprisesRepo.findEnterprise(db, row.enterpriseId);
      return Boolean(enterprise && regionCovers(actor.orgRegionCode, enterprise.districtCode));
    }
    default:
      return false;
  }
}

export async function requireVisible(db: Database, actor: Actor, id: string) {
  const row = await repo.findApplication(db, id);
  if (!row || !(await repo.isInScope(db, id, applicationScope(actor))))
    throw AppError.notFound("申请 (application)");
  return row;
}

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
  /** recommend only: the failed eligibility rules the bureau saw, and why it recommends anyway. */
  acknowledgement?: { rules: EligibilityRule[]; reason: string };
}

/** The eligibility facts of the application as of today, its own amount left out of the live loans. */
const factsOf = (
  executor: Executor,
  row: repo.ApplicationRow,
  programme: ProgrammeRow,
  config: ProgrammeConfig,
) =>
  eligibilityFacts(
    executor,
    programme,
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
  if (!programme) throw AppError.notFound("贷款计划 (programme)");
  const config = await loadConfig(db, programme, row.programmeVersion);
  const { eligible, checks } = evaluateEligibility(await factsOf(db, row, programme, config));
  return {
    eligible,
    asOf: today(),
    checks: checks.map((check) => ({ ...check, hard: HARD_ELIGIBILITY_RULES.includes(check.rule) })),
  };
}

/**
 * The rules again, as of today and with the enterprise's live loans as they are now: a broken ceiling
 * refuses the step (409), and the bureau recommends despite any other failed rule only by acknowledging
 * it with a reason (400). The enterprise is locked first, so that two of its applications are never
 * decided against the same sum.
 */
async function decideEligibility(
  tx: Executor,
  row: repo.ApplicationRow,
  programme: ProgrammeRow,
  config: ProgrammeConfig,
  input: ActionInput,
) {
  await repo.lockEnterpriseLoans(tx, row.enterpriseId);
  const facts = await factsOf(tx, row, programme, config);
  const breaches = limitBreaches(facts);
  if (breaches.length > 0) {
    throw new AppError(
      "conflict",
      breaches.map((issue) => issue.message).join(";"),
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
  const row = await requireVisible(db, actor, id);
  if (!(await isParty(db, actor, row)))
    throw AppError.forbidden("只有本申请的当事方可以办理 (only a party to this application may act)");
  const programme = await findProgrammeById(db, row.programmeId);
  if (!programme) throw AppError.notFound("贷款计划 (programme)");
  const config = await loadConfig(db, programme, row.programmeVersion);

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
  };
  const day = today();

  await db.transaction(async (tx) => {
    const current = await lockApplication(tx, id);
    const result = decide(() =>
      applyAction(stateOf(current), input.action, { orgType: actor.orgType, roles: actor.roles }, payload),
    );
    const reviewChangedAt = result.review && current[REVIEW_VERSION[result.review]];
    if (isStale(input.version, current.version, reviewChangedAt)) throw AppError.staleVersion();
    const decided = DECISIONS.has(input.action)
      ? await decideEligibility(tx, current, programme, config, input)
      : null;
    await recordStep(tx, actor, current, {
      version: current.version,
      result,
      day,
      // A clock's due date is fixed when it starts, by the programme version the application started under.
      startedClocks: result.clocks.start.map((clock) => ({
        clock,
        dueOn: dueDate(day, config.slas[CLOCK_SLA[clock]], CN_OFFICIAL_CALENDAR),
      })),
      details: {
        ...decided,
        ...(input.target && { target: input.target }),
        ...(input.contracts && { contracts: input.contracts }),
      },
      ip,
    });
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

const historyRow = (
  applicationId: string,
  actor: Actor,
  entry: HistoryEntry,
  businessDate: string,
  details: Record<string, unknown> = {},
) => ({
  applicationId,
  businessDate,
  action: entry.action,
  fromStatus: entry.fromStatus,
  toStatus: entry.toStatus,
  opinion: entry.opinion ?? null,
  reason: entry.reason ?? null,
  details,
  actorUserId: actor.userId,
  actorOrgId: actor.orgId,
});

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
 * with its history entry (by the actor and its organisation), its clocks, and the audit entry. Every
 * change of an application's state goes here.
 */
export async function recordStep(tx: Executor, actor: Actor, row: repo.ApplicationRow, step: Step) {
  const { result, day } = step;
  const columns = stateColumns(result.state);
  const holdersChanged = columns.holders.join() !== row.holders.join();
  const reviewVersions = touchedReviews(stateOf(row), result.state, APPLICATION_REVIEW_FIELD).map(
    (review) => [REVIEW_VERSION[review], step.version + 1] as const,
  );
  const updated = await repo.updateState(tx, row.id, step.version, {
    ...columns,
    ...Object.fromEntries(reviewVersions),
    ...(holdersChanged && { heldSince: new Date() }),
    ...(result.historyEntry.action === "submit" && { submittedOn: day }),
  });
  if (!updated) throw AppError.staleVersion();
  await repo.insertEvent(tx, historyRow(row.id, actor, result.historyEntry, day, step.details));
  await repo.stopClocks(tx, row.id, result.clocks.stop);
  await repo.startClocks(
    tx,
    step.startedClocks.map(({ clock, dueOn }) => ({ applicationId: row.id, clock, startedOn: day, dueOn })),
  );
  await recordAudit(tx, {
    actor,
    action: `application.${result.historyEntry.action}`,
    entityType: "application",
    entityId: row.id,
    before: stateOf(row),
    after: { ...result.state, opinion: result.historyEntry.opinion, reason: result.historyEntry.reason },
    ip: step.ip,
  });
}

/** The filters of the list, the worklist and the bureau's overview (and its export). */
export interface ApplicationListFilter {
  /** Only those waiting for the caller's organisation: its worklist. */
  waiting?: boolean;
  status?: ApplicationState["status"];
  /** The enterprise's registered district; a city's code covers its districts and zones. */
  district?: string;
  bankOrgId?: string;
  submittedFrom?: string;
  submittedTo?: string;
}

/** Filters narrow what the caller's scope lets it see; they never widen it (a bank naming another bank sees nothing). */
async function findApplications(
  db: Database,
  actor: Actor,
  filter: ApplicationListFilter,
  page: { offset: number; limit: number },
) {
  const { waiting, district, ...rest } = filter;
  const { items, total } = await repo.listApplications(
    db,
    applicationScope(actor),
    {
      ...rest,
      heldBy: waiting ? actor.orgType : undefined,
      districtPrefix: district === undefined ? undefined : regionPrefix(district),
    },
    page,
  );
  const day = today();
  return {
    items: items.map(({ amountFen, ...item }) => ({
      ...item,
      amount: formatYuan(amountFen),
      sla: item.nextDueOn ? slaState(item.nextDueOn, day) : null,
    })),
    total,
  };
}

export async function listApplications(
  db: Database,
  actor: Actor,
  filter: ApplicationListFilter & { page: number; pageSize: number },
) {
  const { page, pageSize, ...rest } = filter;
  const found = await findApplications(db, actor, rest, { offset: (page - 1) * pageSize, limit: pageSize });
  return { ...found, page, pageSize };
}

/** An export is one workbook in memory; beyond this, filter first. */
const EXPORT_ROW_LIMIT = 50_000;

/** Every application the caller may see with the filter: the overview's Excel export is the filtered list. */
export async function listAllApplications(db: Database, actor: Actor, filter: ApplicationListFilter) {
  return (await findApplications(db, actor, filter, { offset: 0, limit: EXPORT_ROW_LIMIT })).items;
}

export async function getApplication(db: Database, actor: Actor, id: string) {
  const row = await requireVisible(db, actor, id);
  const programme = await findProgrammeById(db, row.programmeId);
  const enterprise = await enterprisesRepo.findEnterprise(db, row.enterpriseId);
  const [bank, guarantor] = await Promise.all([
    findOrganisation(db, row.bankOrgId),
    findOrganisation(db, row.guarantorOrgId),
  ]);
  const day = today();
  const party = await isParty(db, actor, row);
  return {
    id: row.id,
    version: row.version,
    programme: { code: programme?.code, name: programme?.name, version: row.programmeVersion },
    enterprise: { id: row.enterpriseId, name: enterprise?.name, uscc: enterprise?.uscc },
    bank: { id: row.bankOrgId, name: bank?.name },
    guarantor: { id: row.guarantorOrgId, name: guarantor?.name },
    amount: formatYuan(row.amountFen),
    termMonths: row.termMonths,
    loanUse: row.loanUse,
    supplyChainCategory: row.supplyChainCategory,
    form: row.form as RecommendationFormFields,
    ...stateOf(row),
    holders: row.holders,
    heldSince: row.heldSince,
    submittedOn: row.submittedOn,
    clocks: (await repo.listClocks(db, id)).map((clock) => ({
      clock: clock.clock,
      startedOn: clock.startedOn,
      dueOn: clock.dueOn,
      running: clock.stoppedAt === null,
      stoppedAt: clock.stoppedAt,
      state: clock.stoppedAt === null ? slaState(clock.dueOn, day) : null,
    })),
    history: await repo.listEvents(db, id),
    contracts: (await repo.listContracts(db, id)).map(({ amountFen, annualRate, ...contract }) => ({
      ...contract,
      // "0.034500" as the database keeps it reads "0.0345".
      annualRate: annualRate === null ? null : exactDecimal(annualRate).toString(),
      amount: formatYuan(amountFen),
    })),
    // Buttons: only a party sees what it may do next.
    availableActions:
      party && hasRole(actor, "admin", "operator", "reviewer")
        ? availableActions(stateOf(row), { orgType: actor.orgType, roles: actor.roles })
        : [],
  };
}

/** An application's contracts as recorded (no access check: for contexts that already checked it). */
export function contractsOf(executor: Executor, applicationId: string) {
  return repo.listContracts(executor, applicationId);
}
