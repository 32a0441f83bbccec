import {
  type ApplicationState,
  applicationChoiceIssues,
  availableActions,
  countLimit,
  DRAFT_CREATED,
  exactDecimal,
  formatYuan,
  type HistoryEntry,
  holderOf,
  INITIAL_APPLICATION_STATE,
  type ProgrammeConfig,
  pageTotal,
  parseYuan,
  programmeConfigFromWire,
  programmeOffered,
  slaState,
  takesPart,
  throwIfIssues,
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
import { findEnterprise } from "../enterprises/enterprises.service";
import { findOrganisation, listBanks, listGuarantors } from "../identity/identity.service";
import {
  findProgrammeById,
  listProgrammes,
  loadConfig,
  type ProgrammeRow,
  requireProgramme,
} from "../programmes/programmes.service";
import * as repo from "./applications.repository";

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

/** The enterprise that prepares applications: its operator or admin, speaking for its registry entry. */
function requireApplicant(actor: Actor): string {
  requireOrgType(actor, "ENTERPRISE");
  requireRole(actor, "operator", "admin");
  if (!actor.enterpriseId)
    throw AppError.forbidden({ zh: "本机构未关联企业登记信息", en: "Organisation has no enterprise record" });
  return actor.enterpriseId;
}

async function requireOwnEnterprise(db: Database, enterpriseId: string) {
  const enterprise = await findEnterprise(db, enterpriseId);
  if (!enterprise) throw AppError.notFound({ zh: "企业", en: "Enterprise" });
  return enterprise;
}

/** The 推荐表's choices as the domain allows them: programme, bank, guarantor and loan use; 400 naming each. */
async function checkChoices(
  db: Database,
  enterpriseId: string,
  programme: ProgrammeRow,
  config: ProgrammeConfig,
  choice: { bankOrgId: string; guarantorOrgId: string; loanUse: string },
) {
  const [enterprise, bank, guarantor] = await Promise.all([
    requireOwnEnterprise(db, enterpriseId),
    findOrganisation(db, choice.bankOrgId),
    findOrganisation(db, choice.guarantorOrgId),
  ]);
  const issues = applicationChoiceIssues({
    programme,
    enterpriseDistrict: enterprise.districtCode,
    bank,
    guarantor,
  });
  if (!config.permittedLoanUses.some((use) => use.code === choice.loanUse)) {
    issues.push({
      path: ["loanUse"],
      rule: "permitted-use",
      message: { zh: "该用途不在本计划允许的贷款用途内", en: "Not a permitted loan use" },
    });
  }
  throwIfIssues(issues);
}

function positiveAmountFen(amount: string): bigint {
  const amountFen = parseYuan(amount, ["amount"]);
  if (amountFen <= 0n)
    throw AppError.validation("amount", "positive", { zh: "申请金额须大于 0", en: "Must be positive" });
  return amountFen;
}

/**
 * What the enterprise may choose on its 推荐表: the programmes of its region, each with the banks and
 * guarantors that take part in it (the investment fund is never a bank).
 */
export async function applicationOptions(db: Database, actor: Actor) {
  const enterprise = await requireOwnEnterprise(db, requireApplicant(actor));
  const [programmes, banks, guarantors] = await Promise.all([
    listProgrammes(db),
    listBanks(db),
    listGuarantors(db),
  ]);
  const party = ({ id, name }: { id: string; name: string }) => ({ id, name });
  return {
    enterprise: { id: enterprise.id, name: enterprise.name, districtCode: enterprise.districtCode },
    programmes: await Promise.all(
      programmes
        .filter((programme) => programmeOffered(programme, enterprise.districtCode))
        .map(async (programme) => ({
          code: programme.code,
          name: programme.name,
          requiredMaterials: [...((await loadConfig(db, programme)).requiredMaterials ?? [])],
          banks: banks.filter((org) => takesPart(programme, { ...org, active: true }, "BANK")).map(party),
          guarantors: guarantors
            .filter((org) => takesPart(programme, { ...org, active: true }, "GUARANTOR"))
            .map(party),
        })),
    ),
  };
}

/** The enterprise starts a 推荐表 under the programme's current configuration version. */
export async function createApplication(
  db: Database,
  actor: Actor,
  input: ApplicationInput,
  ip: string | null,
) {
  const enterpriseId = requireApplicant(actor);
  const programme = await requireProgramme(db, input.programmeCode);
  const config = await loadConfig(db, programme);
  await checkChoices(db, enterpriseId, programme, config, input);
  const amountFen = positiveAmountFen(input.amount);
  const created = await db.transaction(async (tx) => {
    const row = await repo.insertApplication(tx, {
      programmeId: programme.id,
      programmeVersion: programme.currentVersion,
      enterpriseId,
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

export type ApplicationPatch = Partial<ApplicationInput> & { version: number };

/**
 * The enterprise edits its own draft at the version it read (409 if stale); once submitted the
 * 推荐表 is the reviewers' and changes no more (409, rule draft-only). A new programme brings its
 * current configuration version; the choices are checked again as on creation.
 */
export async function updateDraft(
  db: Database,
  actor: Actor,
  id: string,
  patch: ApplicationPatch,
  ip: string | null,
) {
  const enterpriseId = requireApplicant(actor);
  const row = await requireVisible(db, actor, id);
  if (row.status !== "DRAFT") {
    const message = { zh: "申请已提交,不能再修改", en: "Only a draft can be edited; this one was submitted" };
    throw new AppError("conflict", message, [{ field: "status", rule: "draft-only", message }]);
  }
  const current = await findProgrammeById(db, row.programmeId);
  if (!current) throw AppError.notFound({ zh: "贷款计划", en: "Programme" });
  const programme =
    patch.programmeCode === undefined || patch.programmeCode === current.code
      ? current
      : await requireProgramme(db, patch.programmeCode);
  const programmeVersion = programme === current ? row.programmeVersion : programme.currentVersion;
  const config = await loadConfig(db, programme, programmeVersion);
  const merged = {
    bankOrgId: patch.bankOrgId ?? row.bankOrgId,
    guarantorOrgId: patch.guarantorOrgId ?? row.guarantorOrgId,
    loanUse: patch.loanUse ?? row.loanUse,
  };
  await checkChoices(db, enterpriseId, programme, config, merged);
  const values = {
    ...merged,
    programmeId: programme.id,
    programmeVersion,
    ...(patch.amount !== undefined && { amountFen: positiveAmountFen(patch.amount) }),
    ...(patch.termMonths !== undefined && { termMonths: patch.termMonths }),
    ...(patch.supplyChainCategory !== undefined && { supplyChainCategory: patch.supplyChainCategory }),
    ...(patch.form !== undefined && { form: patch.form }),
  };
  await db.transaction(async (tx) => {
    const after = await repo.updateState(tx, id, patch.version, values, "DRAFT");
    if (!after) throw AppError.staleVersion();
    await recordAudit(tx, {
      actor,
      action: "application.edit",
      entityType: "application",
      entityId: id,
      before: row,
      after,
      ip,
    });
  });
  return getApplication(db, actor, id);
}

export const stateColumns = (state: ApplicationState) => ({
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
export async function isParty(db: Executor, actor: Actor, row: repo.ApplicationRow): Promise<boolean> {
  switch (actor.orgType) {
    case "ENTERPRISE":
      return actor.enterpriseId === row.enterpriseId;
    case "BANK":
      return actor.orgId === row.bankOrgId;
    case "GUARANTOR":
      return actor.orgId === row.guarantorOrgId;
    case "INDUSTRY_BUREAU": {
      const enterprise = await findEnterprise(db, row.enterpriseId);
      return Boolean(enterprise && regionCovers(actor.orgRegionCode, enterprise.districtCode));
    }
    default:
      return false;
  }
}

export async function requireVisible(db: Database, actor: Actor, id: string) {
  const row = await repo.findVisibleApplication(db, id, applicationScope(actor));
  if (!row) throw AppError.notFound({ zh: "申请", en: "Application" });
  return row;
}

export const historyRow = (
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
  exactTotal = false,
) {
  const { waiting, district, ...rest } = filter;
  const limit = exactTotal ? null : countLimit(page);
  const { items, counted } = await repo.listApplications(
    db,
    applicationScope(actor),
    {
      ...rest,
      heldBy: waiting ? actor.orgType : undefined,
      districtPrefix: district === undefined ? undefined : regionPrefix(district),
    },
    { ...page, countLimit: limit },
  );
  const day = today();
  return {
    items: items.map(({ amountFen, ...item }) => ({
      ...item,
      amount: formatYuan(amountFen),
      sla: item.nextDueOn ? slaState(item.nextDueOn, day) : null,
    })),
    ...pageTotal(counted, limit),
  };
}

/**
 * A page of the list. Its total is exact up to the domain's EXACT_TOTAL_UP_TO and "more than" beyond
 * (`totalExact` false), unless `exactTotal` asks for every row to be counted (the workbench's figures).
 */
export async function listApplications(
  db: Database,
  actor: Actor,
  filter: ApplicationListFilter & { page: number; pageSize: number; exactTotal?: boolean },
) {
  const { page, pageSize, exactTotal, ...rest } = filter;
  const found = await findApplications(
    db,
    actor,
    rest,
    { offset: (page - 1) * pageSize, limit: pageSize },
    exactTotal,
  );
  return { ...found, page, pageSize };
}

/** An export is one workbook in memory; beyond this, filter first. */
const EXPORT_ROW_LIMIT = 50_000;

/** Every application the caller may see with the filter: the overview's Excel export is the filtered list. */
export async function listAllApplications(db: Database, actor: Actor, filter: ApplicationListFilter) {
  return (await findApplications(db, actor, filter, { offset: 0, limit: EXPORT_ROW_LIMIT })).items;
}

export async function getApplication(db: Database, actor: Actor, id: string) {
  const found = await repo.findApplicationDetail(db, id, applicationScope(actor));
  if (!found) throw AppError.notFound({ zh: "申请", en: "Application" });
  const { application: row } = found;
  const day = today();
  const party = await isParty(db, actor, row);
  const config = found.config === null ? null : programmeConfigFromWire(found.config);
  return {
    id: row.id,
    version: row.version,
    programme: {
      code: found.programmeCode ?? undefined,
      name: found.programmeName ?? undefined,
      version: row.programmeVersion,
    },
    enterprise: {
      id: row.enterpriseId,
      name: found.enterpriseName ?? undefined,
      uscc: found.enterpriseUscc ?? undefined,
    },
    bank: { id: row.bankOrgId, name: found.bankName ?? undefined },
    guarantor: { id: row.guarantorOrgId, name: found.guarantorName ?? undefined },
    amount: formatYuan(row.amountFen),
    termMonths: row.termMonths,
    loanUse: row.loanUse,
    supplyChainCategory: row.supplyChainCategory,
    form: row.form as RecommendationFormFields,
    ...stateOf(row),
    holders: row.holders,
    heldSince: row.heldSince,
    submittedOn: row.submittedOn,
    clocks: found.clocks.map((clock) => ({
      clock: clock.clock,
      startedOn: clock.startedOn,
      dueOn: clock.dueOn,
      running: clock.stoppedAt === null,
      stoppedAt: clock.stoppedAt,
      state: clock.stoppedAt === null ? slaState(clock.dueOn, day) : null,
    })),
    history: found.history,
    contracts: found.contracts.map(({ amountFen, annualRate, ...contract }) => ({
      ...contract,
      // "0.034500" as the database keeps it reads "0.0345".
      annualRate: annualRate === null ? null : exactDecimal(annualRate).toString(),
      amount: formatYuan(amountFen),
    })),
    // What the programme asks to be uploaded before submitting, and whether it is.
    materials: (config?.requiredMaterials ?? []).map((code) => ({
      code,
      attached: found.attachedKinds.includes(code),
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
