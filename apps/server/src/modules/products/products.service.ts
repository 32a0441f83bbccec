import {
  type CollateralKind,
  categoriesAnswering,
  type DemandKind,
  editOfVersion,
  formatYuan,
  INSTITUTION_ORG_TYPES,
  type InstitutionKind,
  type MatchProduct,
  type ProductAction,
  type ProductCategory,
  type ProductType,
  type ProductVersionState,
  parseYuan,
  productTransition,
  regionPrefix,
  regionsCovering,
  servedRegions,
  validateProductTerms,
} from "@chanrong/domain";
import type { Database, Executor } from "../../db/client";
import { isPlatformAdmin, regionCovers, requireOrgType, requireRole } from "../../platform/access";
import type { Actor } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { today } from "../../platform/clock";
import { AppError } from "../../platform/errors";
import { findOrganisation } from "../identity/identity.service";
import * as repo from "./products.repository";
import type { ProductInput, SupermarketFilter } from "./products.schemas";

const NOT_FOUND = { zh: "金融产品", en: "Financing product" };

export const isInstitution = (actor: Actor) => INSTITUTION_ORG_TYPES.includes(actor.orgType);
const isBureauOf = (actor: Actor, regionCode: string) =>
  actor.orgType === "INDUSTRY_BUREAU" && regionCovers(actor.orgRegionCode, regionCode);

/** Drafts, returned and pending versions are their institution's and its region's bureau's only. */
function canManage(actor: Actor, product: repo.ProductRow): boolean {
  return isPlatformAdmin(actor) || product.orgId === actor.orgId || isBureauOf(actor, product.regionCode);
}

function poolScope(actor: Actor): repo.ProductScope {
  if (isPlatformAdmin(actor)) return { kind: "all" };
  if (actor.orgType === "INDUSTRY_BUREAU")
    return { kind: "region", prefix: regionPrefix(actor.orgRegionCode) };
  if (isInstitution(actor)) return { kind: "org", orgId: actor.orgId };
  throw AppError.forbidden();
}

/** A version's terms as the API carries them: money in yuan. */
function versionDto(row: repo.ProductVersionRow) {
  const { productId: _p, amountMinFen, amountMaxFen, createdBy: _c, rateMin, rateMax, ...rest } = row;
  return {
    ...rest,
    rateMin: rateMin === null ? null : trimRate(rateMin),
    rateMax: rateMax === null ? null : trimRate(rateMax),
    amountMin: formatYuan(amountMinFen),
    amountMax: formatYuan(amountMaxFen),
  };
}

/** numeric(7,6) reads back padded ("0.034500"); the API answers as the institution wrote it ("0.0345"). */
const trimRate = (rate: string) => rate.replace(/0+$/, "").replace(/\.$/, "");

type ProductWithLatest = {
  product: repo.ProductRow;
  latest: repo.ProductVersionRow;
  institutionName: string;
};

function productDto({ product, latest, institutionName }: ProductWithLatest) {
  const { createdAt: _c, ...rest } = product;
  return { ...rest, institutionName, latest: versionDto(latest) };
}

export async function listPool(db: Database, actor: Actor, state?: string) {
  const rows = await repo.listProducts(db, poolScope(actor), state);
  return rows.map(productDto);
}

async function requireManaged(executor: Executor, actor: Actor, id: string, lock = false) {
  const row = await repo.findProduct(executor, id, lock);
  if (!row || !canManage(actor, row.product)) throw AppError.notFound(NOT_FOUND);
  return row;
}

async function requireVersion(executor: Executor, productId: string, version: number) {
  const row = await repo.findVersion(executor, productId, version);
  if (!row) throw AppError.notFound(NOT_FOUND);
  return row;
}

export async function getProduct(db: Database, actor: Actor, id: string) {
  const { product, institutionName } = await requireManaged(db, actor, id);
  const latest = await requireVersion(db, id, product.latestVersion);
  const listed =
    product.listedVersion === null || product.listedVersion === product.latestVersion
      ? product.listedVersion === null
        ? null
        : latest
      : await requireVersion(db, id, product.listedVersion);
  return {
    ...productDto({ product, latest, institutionName }),
    listed: listed ? versionDto(listed) : null,
    history: await repo.listEvents(db, id),
  };
}

/** Checks the product's terms against the publishing institution, and turns them into stored values. */
async function versionValues(
  executor: Executor,
  actor: Actor,
  input: ProductInput,
  state: ProductVersionState,
): Promise<repo.ProductVersionValues> {
  const org = await findOrganisation(executor, actor.orgId);
  if (!org) throw AppError.forbidden();
  const terms = validateProductTerms(input, {
    orgType: org.type,
    institutionKind: org.institutionKind as InstitutionKind | null,
    regionCode: org.regionCode,
  });
  const { amountMin: _min, amountMax: _max, ...fields } = input;
  return { ...fields, ...terms, state, createdBy: actor.userId };
}

function requirePublisher(actor: Actor) {
  requireOrgType(actor, ...INSTITUTION_ORG_TYPES);
  requireRole(actor, "admin", "operator");
}

async function recordStep(
  executor: Executor,
  actor: Actor,
  productId: string,
  step: { version: number; action: string; fromState: string | null; toState: string; note: string | null },
  ip: string | null,
) {
  await repo.insertEvent(executor, {
    productId,
    ...step,
    actorUserId: actor.userId,
    actorOrgId: actor.orgId,
    businessDate: today(),
  });
  await recordAudit(executor, {
    actor,
    action: `financing-product.${step.action}` as "financing-product.create",
    entityType: "financing-product",
    entityId: productId,
    after: step,
    ip,
  });
}

/** An institution drafts a product (version 1, a draft until it submits it). */
export async function createProduct(db: Database, actor: Actor, input: ProductInput, ip: string | null) {
  requirePublisher(actor);
  const values = await versionValues(db, actor, input, "DRAFT");
  const id = await db.transaction(async (tx) => {
    const product = await repo.insertProduct(
      tx,
      { orgId: actor.orgId, regionCode: actor.orgRegionCode },
      values,
    );
    await recordStep(
      tx,
      actor,
      product.id,
      { version: 1, action: "create", fromState: null, toState: "DRAFT", note: null },
      ip,
    );
    return product.id;
  });
  return getProduct(db, actor, id);
}

/**
 * Edits a draft or returned version in place; editing a listed (or delisted) product starts a new draft
 * version while the listed one stays listed. A version under review cannot change.
 */
export async function editProduct(
  db: Database,
  actor: Actor,
  id: string,
  input: ProductInput & { version: number },
  ip: string | null,
) {
  requirePublisher(actor);
  const { version, ...terms } = input;
  await db.transaction(async (tx) => {
    const { product } = await requireManaged(tx, actor, id, true);
    if (product.orgId !== actor.orgId) throw AppError.notFound(NOT_FOUND);
    if (product.version !== version) throw AppError.staleVersion();
    const latest = await requireVersion(tx, id, product.latestVersion);
    const edit = editOfVersion(latest.state as ProductVersionState);
    if (edit === "refused") {
      throw new AppError(
        "conflict",
        { zh: "产品正在审核中,不能修改", en: "Under review: it cannot change" },
        [{ field: "state", rule: "under-review", message: { zh: "审核中", en: "Under review" } }],
      );
    }
    const values = await versionValues(
      tx,
      actor,
      terms,
      edit === "in-place" ? (latest.state as ProductVersionState) : "DRAFT",
    );
    const target = edit === "in-place" ? latest.version : latest.version + 1;
    if (edit === "in-place") await repo.updateVersion(tx, id, target, values);
    else await repo.insertVersion(tx, id, target, values);
    if (!(await repo.updateProduct(tx, id, version, { latestVersion: target })))
      throw AppError.staleVersion();
    await recordStep(
      tx,
      actor,
      id,
      {
        version: target,
        action: "edit",
        fromState: latest.state,
        toState: values.state ?? "DRAFT",
        note: null,
      },
      ip,
    );
  });
  return getProduct(db, actor, id);
}

/**
 * One step of the 上架审核 on the latest version: submit (the institution), list or return (the bureau of the
 * product's region, with its opinion or reason) and delist (the bureau, with a reason).
 */
export async function takeStep(
  db: Database,
  actor: Actor,
  id: string,
  action: ProductAction,
  input: { version: number; note: string | null },
  ip: string | null,
) {
  requireRole(actor, "admin", "operator", "reviewer");
  await db.transaction(async (tx) => {
    const { product } = await requireManaged(tx, actor, id, true);
    const by =
      product.orgId === actor.orgId ? "institution" : isBureauOf(actor, product.regionCode) ? "bureau" : null;
    if (by === null) throw AppError.forbidden();
    if (product.version !== input.version) throw AppError.staleVersion();
    // Delisting takes the listed version off the shelf; every other step works on the latest.
    const subject = action === "delist" ? product.listedVersion : product.latestVersion;
    if (subject === null) {
      throw AppError.validation("state", "transition", { zh: "产品未上架", en: "The product is not listed" });
    }
    const current = await requireVersion(tx, id, subject);
    const next = productTransition(current.state as ProductVersionState, action, by, input.note);
    await repo.updateVersion(tx, id, subject, { state: next });
    const changes: Parameters<typeof repo.updateProduct>[3] = {};
    if (next === "LISTED") {
      if (product.listedVersion !== null && product.listedVersion !== subject) {
        await repo.updateVersion(tx, id, product.listedVersion, { state: "SUPERSEDED" });
      }
      Object.assign(changes, { listedVersion: subject, listedOn: today() });
    }
    if (next === "DELISTED") Object.assign(changes, { listedVersion: null, listedOn: null });
    if (!(await repo.updateProduct(tx, id, input.version, changes))) throw AppError.staleVersion();
    await recordStep(
      tx,
      actor,
      id,
      { version: subject, action, fromState: current.state, toState: next, note: input.note },
      ip,
    );
  });
  return getProduct(db, actor, id);
}

// ---- the supermarket: listed products, for everyone signed in ----

/**
 * Everyone reads the products of their own region and of the regions over it (an enterprise in a
 * district its city's); a platform admin and the ministry every region's.
 */
export function regionView(actor: Actor): repo.RegionView {
  if (isPlatformAdmin(actor) || actor.orgType === "MINISTRY") return null;
  return { prefix: regionPrefix(actor.orgRegionCode), over: regionsCovering(actor.orgRegionCode) };
}

/** True when `regionCode` is within what the view shows. */
export const inView = (view: repo.RegionView, regionCode: string) =>
  view === null || regionCode.startsWith(view.prefix) || view.over.includes(regionCode);

export function listedDto(row: {
  product: repo.ProductRow;
  version: repo.ProductVersionRow;
  institutionName: string;
}) {
  const { version: _v, state: _s, createdAt: _c, ...terms } = versionDto(row.version);
  return {
    id: row.product.id,
    orgId: row.product.orgId,
    institutionName: row.institutionName,
    regionCode: row.product.regionCode,
    listedVersion: row.product.listedVersion ?? row.version.version,
    listedOn: row.product.listedOn ?? "",
    ...terms,
  };
}

export type ListedProduct = ReturnType<typeof listedDto>;

/** Most a supermarket export holds; beyond this, filter first. */
const EXPORT_LIMIT = 5_000;

export async function browse(
  db: Database,
  actor: Actor,
  filter: SupermarketFilter,
  page: { page: number; pageSize: number } = { page: 1, pageSize: EXPORT_LIMIT },
) {
  const { rows, total } = await repo.listListed(
    db,
    regionView(actor),
    {
      filter,
      amountFen: filter.amount === undefined ? null : parseYuan(filter.amount, ["amount"]),
      regionsOverDistrict: filter.district ? regionsCovering(filter.district) : [],
    },
    { offset: (page.page - 1) * page.pageSize, limit: page.pageSize },
  );
  return { items: rows.map(listedDto), total, page: page.page, pageSize: page.pageSize };
}

export async function getListed(db: Database, actor: Actor, id: string) {
  const row = await repo.findProduct(db, id);
  if (!row || row.product.listedVersion === null || !inView(regionView(actor), row.product.regionCode)) {
    throw AppError.notFound(NOT_FOUND);
  }
  const version = await requireVersion(db, id, row.product.listedVersion);
  return listedDto({ product: row.product, version, institutionName: row.institutionName });
}

/**
 * The product a caller asks for (the demands module's 申请此产品): its institution and, when it is on the
 * shelf, its listed version's terms; `listed: null` when it was listed once but is not now. Null when the
 * caller cannot see it or it never reached the shelf (a draft is its institution's and bureau's only).
 */
export async function productToAskFor(executor: Executor, actor: Actor, id: string) {
  const row = await repo.findProduct(executor, id);
  if (!row || !inView(regionView(actor), row.product.regionCode)) return null;
  const { orgId, regionCode, listedVersion } = row.product;
  if (listedVersion === null) {
    return (await repo.wasListed(executor, id)) ? { orgId, regionCode, listed: null } : null;
  }
  return { orgId, regionCode, listed: await requireVersion(executor, id, listedVersion) };
}

/**
 * Products that wait for the caller's organisation (the workbench gathers them): for a bureau, its
 * region's versions under 上架审核; for an institution, its own returned ones to correct.
 */
export async function productsAwaitingWork(db: Database, actor: Actor, shown: number) {
  const waiting =
    actor.orgType === "INDUSTRY_BUREAU"
      ? {
          scope: { kind: "region", prefix: regionPrefix(actor.orgRegionCode) } as const,
          state: "PENDING_REVIEW",
        }
      : isInstitution(actor)
        ? { scope: { kind: "org", orgId: actor.orgId } as const, state: "RETURNED" }
        : null;
  if (!waiting) return { items: [], total: 0 };
  const rows = (await repo.listProducts(db, waiting.scope, waiting.state)).map(productDto);
  return { items: rows.slice(0, shown), total: rows.length };
}

// ---- matching: listed products as the matching functions read them ----

/** A listed product as matching scores it, with what a ranked list shows beside it. */
export interface MatchCandidate extends MatchProduct {
  /** The institution's region, which the product serves unless it names districts. */
  regionCode: string;
  name: string;
  category: ProductCategory;
  institutionName: string;
}

/** The stored terms and targeting of a listed version in matching's shape. */
export function matchProductOf(row: {
  id: string;
  orgId: string;
  regionCode: string;
  type: string;
  rateMin: string | null;
  rateMax: string | null;
  amountMinFen: bigint;
  amountMaxFen: bigint;
  termMinMonths: number;
  termMaxMonths: number;
  collateral: string[];
  tags: string[];
  clusters: string[];
  industries: string[];
  sizeClasses: string[];
  districts: string[];
}): MatchProduct {
  return {
    id: row.id,
    institutionId: row.orgId,
    type: row.type as ProductType,
    amountMinFen: row.amountMinFen,
    amountMaxFen: row.amountMaxFen,
    termMinMonths: row.termMinMonths,
    termMaxMonths: row.termMaxMonths,
    rateMin: row.rateMin === null ? null : trimRate(row.rateMin),
    rateMax: row.rateMax === null ? null : trimRate(row.rateMax),
    collateralAccepted: row.collateral as CollateralKind[],
    regions: servedRegions(row.regionCode, row.districts),
    targetTags: row.tags,
    clusters: row.clusters,
    industries: row.industries,
    sizeClasses: row.sizeClasses,
  };
}

function matchCandidateOf(row: Awaited<ReturnType<typeof repo.listMatchCandidates>>[number]): MatchCandidate {
  return {
    ...matchProductOf(row),
    regionCode: row.regionCode,
    name: row.name,
    category: row.category as ProductCategory,
    institutionName: row.institutionName,
  };
}

/**
 * The listed products that may answer a demand, cut down in SQL by what is exact there (kind, amount,
 * term, collateral, the district served); the matching functions judge the rest and score them.
 */
export async function candidatesForDemand(
  executor: Executor,
  demand: {
    kind: DemandKind;
    amountFen: bigint;
    termMonths: number;
    collateral: readonly string[];
    districtCode: string;
  },
  orgId?: string,
): Promise<MatchCandidate[]> {
  const rows = await repo.listMatchCandidates(executor, {
    ...(orgId ? { orgId } : {}),
    categories: categoriesAnswering(demand.kind),
    amountFen: demand.amountFen,
    termMonths: demand.termMonths,
    collateralOffered: demand.collateral,
    district: { code: demand.districtCode, regionsOver: regionsCovering(demand.districtCode) },
  });
  return rows.map(matchCandidateOf);
}

/** An institution's listed products (matching its open demands against them). */
export async function listedProductsOf(executor: Executor, orgId: string): Promise<MatchCandidate[]> {
  return (await repo.listMatchCandidates(executor, { orgId })).map(matchCandidateOf);
}

/**
 * One product for its enterprises' matching: the caller must be its institution or the bureau of its
 * region (404 otherwise, as for its drafts); a product not listed fits no one yet (404 too).
 */
export async function managedListedCandidate(
  db: Database,
  actor: Actor,
  id: string,
): Promise<MatchCandidate> {
  const { product } = await requireManaged(db, actor, id);
  const [row] = await repo.listMatchCandidates(db, { productId: product.id });
  if (!row) throw AppError.notFound(NOT_FOUND);
  return matchCandidateOf(row);
}
