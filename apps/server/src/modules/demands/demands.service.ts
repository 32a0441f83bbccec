import {
  admissionTargets,
  applyDemandAction,
  availableClaimActions,
  type ClaimAction,
  type ClaimState,
  type CollateralKind,
  checkDemandForProduct,
  claimStepDue,
  DEFAULT_MARKETPLACE_SETTINGS,
  type DemandKind,
  type DemandStatus,
  type DemandUrgency,
  formatYuan,
  INSTITUTION_ORG_TYPES,
  type InstitutionKind,
  institutionFits,
  type MarketplaceSettings,
  type ProductCategory,
  parseYuan,
  regionCovers,
  regionPrefix,
  slaState,
} from "@chanrong/domain";
import type { Database, Executor, Transaction } from "../../db/client";
import { isPlatformAdmin, requireOrgType } from "../../platform/access";
import type { Actor } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { today } from "../../platform/clock";
import { AppError } from "../../platform/errors";
import { decide } from "../../platform/workflow-refusals";
import { officialCalendar } from "../calendar/calendar.service";
import { findEnterprise } from "../enterprises/enterprises.service";
import { productToAskFor } from "../products/products.service";
import * as repo from "./demands.repository";

const DEMAND: { zh: string; en: string } = { zh: "融资需求", en: "Financing demand" };
export const CLAIM: { zh: string; en: string } = { zh: "认领记录", en: "Claim" };

export const isInstitution = (actor: Actor) => INSTITUTION_ORG_TYPES.includes(actor.orgType);
export const isBureau = (actor: Actor) => actor.orgType === "INDUSTRY_BUREAU";

/** The bureau's region, or everything for the platform admin; null for anyone else. */
export function curatedRegion(actor: Actor): string | null {
  if (isPlatformAdmin(actor)) return "";
  return isBureau(actor) ? regionPrefix(actor.orgRegionCode) : null;
}

// ── Posting ─────────────────────────────────────────────────────────────────────────────────────

export interface DemandInput {
  enterpriseId?: string | undefined;
  /** 申请此产品: the listed product the demand asks for. */
  productId?: string | undefined;
  kind: DemandKind;
  amount: string;
  termMonths: number;
  purpose: string;
  collateral: CollateralKind[];
  keyProject: string | null;
  urgency: DemandUrgency;
}

/** The enterprise a demand is posted for: the caller itself, or one in the bureau's region. */
async function enterpriseFor(db: Executor, actor: Actor, enterpriseId: string | undefined) {
  if (actor.orgType === "ENTERPRISE") {
    if (!actor.enterpriseId) throw AppError.forbidden();
    const own = await findEnterprise(db, actor.enterpriseId);
    if (!own) throw AppError.notFound({ zh: "企业", en: "Enterprise" });
    return own;
  }
  requireOrgType(actor, "INDUSTRY_BUREAU");
  if (!enterpriseId) {
    throw AppError.validation("enterpriseId", "required", {
      zh: "请选择为哪家企业发布需求",
      en: "enterpriseId is required when a bureau posts",
    });
  }
  const enterprise = await findEnterprise(db, enterpriseId);
  // Another region's enterprise is not the bureau's to see: told apart from none only by the rule.
  if (!enterprise || !regionCovers(actor.orgRegionCode, enterprise.districtCode)) {
    const message = { zh: "只能为本地区的企业发布需求", en: "The enterprise must be in the bureau's region" };
    throw new AppError(
      "not-found",
      { zh: "企业 不存在或不在本地区", en: "Enterprise not found in the region" },
      [{ field: "enterpriseId", rule: "in-region", message }],
    );
  }
  return enterprise;
}

const productNotListed = () =>
  new AppError("conflict", { zh: "该产品已下架,不能申请", en: "The product is not listed" }, [
    {
      field: "productId",
      rule: "product-listed",
      message: { zh: "只能申请上架中的产品", en: "Only a listed product can be asked for" },
    },
  ]);

/**
 * 申请此产品: the listed version of the product a demand asks for, once the demand is checked against its
 * terms (kind, amount and term ranges, security, the enterprise's district). 404 when the caller cannot
 * see the product, 409 when it is off the shelf.
 */
async function askedVersion(
  db: Database,
  actor: Actor,
  productId: string,
  demand: Parameters<typeof checkDemandForProduct>[0],
): Promise<number> {
  const product = await productToAskFor(db, actor, productId);
  if (!product) throw AppError.notFound({ zh: "金融产品", en: "Financing product" });
  if (!product.listed) throw productNotListed();
  const terms = product.listed;
  checkDemandForProduct(demand, {
    ...terms,
    category: terms.category as ProductCategory,
    collateral: terms.collateral as CollateralKind[],
    regionCode: product.regionCode,
  });
  return terms.version;
}

export async function postDemand(db: Database, actor: Actor, input: DemandInput, ip: string | null) {
  const enterprise = await enterpriseFor(db, actor, input.enterpriseId);
  const amountFen = parseYuan(input.amount, ["amount"]);
  if (amountFen <= 0n) {
    throw AppError.validation("amount", "positive", { zh: "金额须大于零", en: "Amount must be positive" });
  }
  const productVersion = input.productId
    ? await askedVersion(db, actor, input.productId, {
        ...input,
        amountFen,
        districtCode: enterprise.districtCode,
      })
    : null;
  const id = await db.transaction(async (tx) => {
    const row = await repo.insertDemand(tx, {
      enterpriseId: enterprise.id,
      regionCode: enterprise.districtCode,
      kind: input.kind,
      amountFen,
      termMonths: input.termMonths,
      purpose: input.purpose,
      collateral: input.collateral,
      keyProject: input.keyProject,
      urgency: input.urgency,
      productId: input.productId ?? null,
      productVersion,
      status: "SUBMITTED",
      postedBy: actor.userId,
      postedOn: today(),
    });
    await repo.insertEvents(tx, [
      { demandId: row.id, action: "post", toState: "SUBMITTED", ...by(actor), businessDate: today() },
    ]);
    await recordAudit(tx, {
      actor,
      action: "financing-demand.post",
      entityType: "financing-demand",
      entityId: row.id,
      after: row,
      ip,
    });
    return row.id;
  });
  return getDemand(db, actor, id);
}

export const by = (actor: Actor) => ({ actorUserId: actor.userId, actorOrgId: actor.orgId });

// ── Reading ─────────────────────────────────────────────────────────────────────────────────────

type ClaimListRow = Awaited<ReturnType<typeof repo.listClaims>>[number];

const yuanOrNull = (fen: bigint | null) => (fen === null ? null : formatYuan(fen));

export function maxClaimants(demand: repo.DemandRow): number {
  return (demand.settings ?? DEFAULT_MARKETPLACE_SETTINGS).maxClaimants;
}

export function presentClaim(actor: Actor, row: ClaimListRow) {
  const { claim, demand } = row;
  return {
    id: claim.id,
    demandId: claim.demandId,
    orgId: claim.orgId,
    orgName: row.orgName,
    enterpriseName: row.enterpriseName,
    demandKind: demand.kind as DemandKind,
    demandAmount: formatYuan(demand.amountFen),
    demandTermMonths: demand.termMonths,
    state: claim.state as ClaimState,
    version: claim.version,
    pushedOn: claim.pushedOn,
    claimedOn: claim.claimedOn,
    dueOn: claim.dueOn,
    slaState: claim.dueOn ? slaState(claim.dueOn, today()) : null,
    remindedOn: claim.remindedOn,
    claimable: claim.state === "PUSHED" && demand.activeClaims < maxClaimants(demand),
    approvedAmount: yuanOrNull(claim.approvedAmountFen),
    approvedRate: claim.approvedRate,
    approvedTermMonths: claim.approvedTermMonths,
    creditAmount: yuanOrNull(claim.creditAmountFen),
    fundedAmount: yuanOrNull(claim.fundedAmountFen),
    fundedOn: claim.fundedOn,
    fundedRate: claim.fundedRate,
    declineReason: claim.declineReason,
    rating: claim.rating,
    ratingComment: claim.ratingComment,
    actions: actionsFor(actor, row),
  };
}

/** The buttons the caller sees: the table's, and only on its own claim (or its own demand's, for an enterprise). */
function actionsFor(actor: Actor, row: ClaimListRow): ClaimAction[] {
  const own =
    (isInstitution(actor) && row.claim.orgId === actor.orgId) ||
    (actor.orgType === "ENTERPRISE" && row.demand.enterpriseId === actor.enterpriseId);
  if (!own) return [];
  const actions = availableClaimActions(row.claim.state as ClaimState, actor);
  return row.claim.state === "PUSHED" && row.demand.activeClaims >= maxClaimants(row.demand)
    ? actions.filter((action) => action !== "claim")
    : actions;
}

export function presentDemand(row: repo.DemandWithNames, claims: ReturnType<typeof presentClaim>[]) {
  const { demand } = row;
  return {
    id: demand.id,
    enterpriseId: demand.enterpriseId,
    enterpriseName: row.enterpriseName,
    regionCode: demand.regionCode,
    kind: demand.kind as DemandKind,
    amount: formatYuan(demand.amountFen),
    termMonths: demand.termMonths,
    purpose: demand.purpose,
    collateral: demand.collateral as CollateralKind[],
    keyProject: demand.keyProject,
    urgency: demand.urgency as DemandUrgency,
    status: demand.status as DemandStatus,
    version: demand.version,
    policyNote: demand.policyNote,
    declineReason: demand.declineReason,
    officerName: row.officerName,
    openToAll: demand.openToAll,
    batchNumber: row.batchNumber,
    product:
      demand.productId === null
        ? null
        : {
            id: demand.productId,
            version: demand.productVersion ?? 0,
            name: row.productName ?? "",
            orgId: row.productOrgId ?? "",
            institutionName: row.productInstitutionName ?? "",
          },
    productOmittedReason: demand.productOmittedReason,
    postedOn: demand.postedOn,
    decidedOn: demand.decidedOn,
    claims,
  };
}

function demandScope(actor: Actor): repo.DemandScope {
  if (actor.orgType === "ENTERPRISE") {
    if (!actor.enterpriseId) throw AppError.forbidden();
    return { enterpriseId: actor.enterpriseId };
  }
  const region = curatedRegion(actor);
  if (region === null) throw AppError.forbidden();
  return { regionPrefix: region };
}

export async function listDemands(db: Database, actor: Actor, status?: DemandStatus) {
  const rows = await repo.listDemands(db, demandScope(actor), status);
  return Promise.all(
    rows.map(async (row) =>
      presentDemand(
        row,
        (await repo.listClaims(db, { demandId: row.demand.id })).map((claim) => presentClaim(actor, claim)),
      ),
    ),
  );
}

/**
 * A demand as the caller may see it: the enterprise its own, the bureau its region's, an institution
 * one pushed to it, and then only its own claim and history (never another institution's answer).
 */
async function visibleDemand(db: Executor, actor: Actor, id: string) {
  const row = await repo.findDemand(db, id);
  if (!row) throw AppError.notFound(DEMAND);
  const claims = await repo.listClaims(db, { demandId: id });
  if (isInstitution(actor)) {
    const own = claims.filter((claim) => claim.claim.orgId === actor.orgId);
    if (own.length === 0) throw AppError.notFound(DEMAND);
    return { row, claims: own };
  }
  const scope = demandScope(actor);
  const visible =
    "enterpriseId" in scope
      ? row.demand.enterpriseId === scope.enterpriseId
      : row.demand.regionCode.startsWith(scope.regionPrefix);
  if (!visible) throw AppError.notFound(DEMAND);
  return { row, claims };
}

export async function getDemand(db: Executor, actor: Actor, id: string) {
  const { row, claims } = await visibleDemand(db, actor, id);
  const ownClaimIds = new Set(claims.map((claim) => claim.claim.id));
  const history = (await repo.eventsOf(db, id)).filter(
    (event) => event.claimId === null || ownClaimIds.has(event.claimId),
  );
  const curation =
    row.demand.status === "SUBMITTED" && isBureau(actor)
      ? await curationChoices(db, actor, row.demand)
      : null;
  return {
    ...presentDemand(
      row,
      claims.map((claim) => presentClaim(actor, claim)),
    ),
    // Why the bureau left one institution out is no other institution's business.
    ...(isInstitution(actor) && { productOmittedReason: null }),
    history,
    curation,
  };
}

async function fittingInstitutions(db: Executor, demand: { kind: string; regionCode: string }) {
  const institutions = await repo.listInstitutions(db, INSTITUTION_ORG_TYPES);
  return institutions.filter((institution) =>
    institutionFits(
      { kind: demand.kind as DemandKind, regionCode: demand.regionCode },
      { ...institution, institutionKind: institution.institutionKind as InstitutionKind | null },
    ),
  );
}

async function curationChoices(db: Executor, actor: Actor, demand: repo.DemandRow) {
  const [officers, institutions] = await Promise.all([
    repo.listOrgUsers(db, actor.orgId),
    fittingInstitutions(db, demand),
  ]);
  return {
    officers: officers.map(({ id, displayName }) => ({ id, displayName })),
    institutions: institutions.map(({ id, name }) => ({ id, name })),
  };
}

// ── Curation ────────────────────────────────────────────────────────────────────────────────────

export interface CurationInput {
  action: "admit" | "decline";
  version: number;
  note?: string | undefined;
  officerUserId?: string | undefined;
  targetOrgIds?: string[] | undefined;
  /** A demand asked for a product: why the product's institution is not among the targets. */
  productInstitutionOmittedReason?: string | undefined;
  reason?: string | undefined;
}

/** The rules a region's demands are admitted under: its own settings, else the 渝惠融 preset. */
export async function settingsOf(db: Executor, regionCode: string): Promise<MarketplaceSettings> {
  return (await repo.findSettings(db, regionCode)) ?? DEFAULT_MARKETPLACE_SETTINGS;
}

export async function curateDemand(
  db: Database,
  actor: Actor,
  id: string,
  input: CurationInput,
  ip: string | null,
) {
  const { row } = await visibleDemand(db, actor, id);
  const { demand } = row;
  const next = decide(() => applyDemandAction(demand.status as DemandStatus, input.action, actor, input));
  const day = today();
  await db.transaction(async (tx) => {
    if (input.action === "decline") {
      await saveDemand(tx, demand, input.version, {
        status: next,
        declineReason: input.reason ?? null,
        decidedOn: day,
      });
      await repo.insertEvents(tx, [
        {
          demandId: id,
          action: "decline",
          fromState: demand.status,
          toState: next,
          note: input.reason ?? null,
          ...by(actor),
          businessDate: day,
        },
      ]);
    } else {
      await admit(tx, actor, row, input, day);
    }
    await recordAudit(tx, {
      actor,
      action: `financing-demand.${input.action}`,
      entityType: "financing-demand",
      entityId: id,
      before: { status: demand.status },
      after: { status: next, ...input },
      ip,
    });
  });
  return getDemand(db, actor, id);
}

async function saveDemand(
  tx: Transaction,
  demand: repo.DemandRow,
  version: number,
  set: Parameters<typeof repo.updateDemand>[3],
) {
  if (version !== demand.version) throw AppError.staleVersion();
  const saved = await repo.updateDemand(tx, demand.id, version, set);
  if (!saved) throw AppError.staleVersion();
  return saved;
}

/**
 * Admits the demand and pushes it to the named institutions, or to every one that fits; a demand asked
 * for a product to the product's institution unless the bureau says why not (admissionTargets).
 */
async function admit(
  tx: Transaction,
  actor: Actor,
  { demand, productOrgId }: repo.DemandWithNames,
  input: CurationInput,
  day: string,
) {
  const officer = input.officerUserId ? await repo.findUser(tx, input.officerUserId) : null;
  if (!officer || officer.orgId !== actor.orgId) {
    throw AppError.validation("officerUserId", "bureau-user", {
      zh: "金融顾问须为本局用户",
      en: "The officer must be a user of the bureau",
    });
  }
  const omittedReason = input.productInstitutionOmittedReason;
  const { named, openToAll } = admissionTargets(input.targetOrgIds ?? [], productOrgId, omittedReason);
  const fitting = await fittingInstitutions(tx, demand);
  named.forEach((orgId, index) => {
    if (!fitting.some((institution) => institution.id === orgId)) {
      throw AppError.validation(`targetOrgIds.${index}`, "fits-demand", {
        zh: "所选机构不办理此类融资或不在本地区",
        en: "The institution does not answer this kind of demand in this region",
      });
    }
  });
  const targets = openToAll ? fitting.map((institution) => institution.id) : named;
  if (targets.length === 0) {
    throw AppError.validation("targetOrgIds", "no-institution", {
      zh: "本地区没有办理此类融资的机构",
      en: "No institution in the region answers this kind of demand",
    });
  }
  const settings = await settingsOf(tx, actor.orgRegionCode);
  const dueOn = claimStepDue(
    "PUSHED",
    { pushedOn: day, claimedOn: null },
    settings,
    await officialCalendar(tx),
  );
  await saveDemand(tx, demand, input.version, {
    status: "ADMITTED",
    policyNote: input.note ?? null,
    officerUserId: officer.id,
    openToAll,
    productOmittedReason: productOrgId && !named.includes(productOrgId) ? (omittedReason ?? null) : null,
    settings,
    decidedOn: day,
  });
  const claims = await repo.insertClaims(
    tx,
    targets.map((orgId) => ({ demandId: demand.id, orgId, state: "PUSHED", pushedOn: day, dueOn })),
  );
  await repo.insertEvents(tx, [
    {
      demandId: demand.id,
      action: "admit",
      fromState: demand.status,
      toState: "ADMITTED",
      note: input.note ?? null,
      ...by(actor),
      businessDate: day,
    },
    ...claims.map((claim) => ({
      demandId: demand.id,
      claimId: claim.id,
      action: "push" as const,
      toState: "PUSHED",
      ...by(actor),
      businessDate: day,
    })),
  ]);
}
