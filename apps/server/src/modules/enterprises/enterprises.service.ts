import {
  classifySize,
  formatYuan,
  KEY_SUPPORTED_TAG,
  keySupportedTag,
  parseYuan,
  validateUscc,
} from "@chanrong/domain";
import type { Database, Executor } from "../../db/client";
import { hasRole, isPlatformAdmin, regionCovers, regionPrefix } from "../../platform/access";
import type { Actor } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { today } from "../../platform/clock";
import { uniqueViolation } from "../../platform/db-errors";
import { AppError, type FieldIssue, issuesText } from "../../platform/errors";
import { findOrganisation } from "../identity/identity.service";
import * as repo from "./enterprises.repository";
import type { EnterpriseFilter, EnterpriseInput, EnterpriseUpdate } from "./enterprises.schemas";

/** Organisations that oversee every enterprise registered in their region. */
const REGIONAL_ORG_TYPES = new Set([
  "INDUSTRY_BUREAU",
  "FINANCE_BUREAU",
  "CITY_GOVERNMENT",
  "GUARANTOR",
  "REGUARANTOR",
  "PROVINCE",
  "MINISTRY",
]);

/**
 * Who sees which enterprises: bureaus and guarantors their region; banks and other
 * financial institutions only enterprises that hold an account with them (have dealt
 * with them); an enterprise only itself.
 */
export function enterpriseScope(actor: Actor): repo.EnterpriseScope {
  if (isPlatformAdmin(actor)) return { kind: "all" };
  if (REGIONAL_ORG_TYPES.has(actor.orgType))
    return { kind: "region", prefix: regionPrefix(actor.orgRegionCode) };
  if (actor.orgType === "BANK" || actor.orgType === "FINANCIAL_INSTITUTION")
    return { kind: "bank", orgId: actor.orgId };
  return { kind: "own", enterpriseId: actor.orgType === "ENTERPRISE" ? actor.enterpriseId : null };
}

/** An enterprise with its tags, revenues and accounts, or null: for other contexts, which decide who sees it. */
export function findEnterprise(executor: Executor, id: string) {
  return repo.findEnterprise(executor, id);
}

/** True when the caller may see the enterprise (its scope covers it). */
export function isVisibleEnterprise(executor: Executor, actor: Actor, id: string): Promise<boolean> {
  return repo.isInScope(executor, id, enterpriseScope(actor));
}

const canPrepare = (actor: Actor) => hasRole(actor, "operator", "admin");

/** Registering enterprises is the industry bureau's job in its region (and the operator's). */
export function requireRegistrar(actor: Actor, districtCode: string, field = "districtCode") {
  if (!canPrepare(actor))
    throw AppError.forbidden({ zh: "需要经办或管理员角色", en: "Requires operator or admin role" });
  if (isPlatformAdmin(actor)) return;
  if (actor.orgType !== "INDUSTRY_BUREAU") {
    throw AppError.forbidden({
      zh: "只有经信部门或平台管理员可以登记企业",
      en: "Only industry bureaus register enterprises",
    });
  }
  if (!regionCovers(actor.orgRegionCode, districtCode)) {
    throw AppError.validation(field, "own-region", {
      zh: `区县 ${districtCode} 不在本机构辖区内`,
      en: "District outside your region",
    });
  }
}

function requireEditor(actor: Actor, enterprise: { id: string; districtCode: string }) {
  if (!canPrepare(actor))
    throw AppError.forbidden({ zh: "需要经办或管理员角色", en: "Requires operator or admin role" });
  const ownProfile = actor.orgType === "ENTERPRISE" && actor.enterpriseId === enterprise.id;
  const regionalBureau =
    actor.orgType === "INDUSTRY_BUREAU" && regionCovers(actor.orgRegionCode, enterprise.districtCode);
  if (!ownProfile && !regionalBureau && !isPlatformAdmin(actor)) {
    throw AppError.forbidden({ zh: "无权修改该企业", en: "You may not edit this enterprise" });
  }
}

/** USCC per GB 32100-2015; a platform admin may confirm an early code that fails only the check digit. */
function checkUscc(
  actor: Actor,
  uscc: string,
  confirmedAsIssued: boolean,
  field = "uscc",
): { confirmed: boolean } {
  const result = validateUscc(uscc);
  if (result.valid) return { confirmed: false };
  if (confirmedAsIssued && result.rule === "check-digit") {
    if (!isPlatformAdmin(actor)) {
      throw AppError.validation("usccConfirmedAsIssued", "platform-admin-only", {
        zh: "只有平台管理员可以确认校验位不符的历史代码",
        en: "Only a platform admin may confirm such a code",
      });
    }
    return { confirmed: true };
  }
  throw AppError.validation(field, `uscc-${result.rule}`, result.reason);
}

async function checkReferences(db: Executor, input: Partial<EnterpriseInput>): Promise<FieldIssue[]> {
  const errors: FieldIssue[] = [];
  if (input.districtCode) {
    const [region] = await repo.findRegions(db, [input.districtCode]);
    if (!region || region.code !== input.districtCode) {
      errors.push({
        field: "districtCode",
        rule: "exists",
        message: {
          zh: `区县代码 ${input.districtCode} 不存在`,
          en: `Unknown district ${input.districtCode}`,
        },
      });
    }
  }
  for (const [index, account] of (input.bankAccounts ?? []).entries()) {
    if (!account.bankOrgId) continue;
    const bank = await findOrganisation(db, account.bankOrgId);
    if (!bank || (bank.type !== "BANK" && bank.type !== "FINANCIAL_INSTITUTION")) {
      errors.push({
        field: `bankAccounts.${index}.bankOrgId`,
        rule: "bank-organisation",
        message: { zh: "开户行须为平台上的银行机构", en: "Must be a bank organisation on the platform" },
      });
    }
  }
  const years = (input.revenues ?? []).map((r) => r.year);
  const duplicate = years.find((year, i) => years.indexOf(year) !== i);
  if (duplicate !== undefined) {
    errors.push({
      field: "revenues",
      rule: "unique-year",
      message: { zh: `年度 ${duplicate} 重复`, en: `Year ${duplicate} given twice` },
    });
  }
  return errors;
}

export function toChildren(input: Partial<EnterpriseInput>): Partial<repo.EnterpriseChildren> {
  return {
    ...(input.revenues && {
      revenues: input.revenues.map((r, i) => ({
        year: r.year,
        amountFen: parseYuan(r.amount, ["revenues", i, "amount"]),
      })),
    }),
    ...(input.tags && { tags: input.tags }),
    ...(input.bankAccounts && { bankAccounts: input.bankAccounts }),
  };
}

/** Size class from employees and the latest year's revenue, by the domain's SME rule. */
function sizeClassOf(employees: number, revenues: { year: number; amountFen: bigint }[]) {
  const latest = [...revenues].sort((a, b) => b.year - a.year)[0];
  return classifySize({ employees, revenueFen: latest?.amountFen ?? 0n });
}

export function toValues(input: EnterpriseInput, usccConfirmedBy: string | null): repo.EnterpriseValues {
  const {
    revenues: _r,
    tags: _t,
    bankAccounts: _b,
    usccConfirmedAsIssued: _c,
    totalAssets,
    ...fields
  } = input;
  return {
    ...fields,
    totalAssetsFen: totalAssets === null ? null : parseYuan(totalAssets, ["totalAssets"]),
    usccConfirmedBy,
    sizeClass: sizeClassOf(input.employees, toChildren(input).revenues ?? []),
  };
}

const DUPLICATE_USCC = { zh: "该统一社会信用代码已登记", en: "This USCC is already registered" };

export async function createEnterprise(
  db: Database,
  actor: Actor,
  input: EnterpriseInput,
  ip: string | null,
) {
  requireRegistrar(actor, input.districtCode);
  const { confirmed } = checkUscc(actor, input.uscc, input.usccConfirmedAsIssued);
  const referenceErrors = await checkReferences(db, input);
  if (referenceErrors.length) throw new AppError("validation", issuesText(referenceErrors), referenceErrors);
  const values = toValues(input, confirmed ? actor.userId : null);
  const children = toChildren(input) as repo.EnterpriseChildren;
  const id = await db.transaction(async (tx) => {
    const created = await repo
      .insertEnterprise(tx, values, children)
      .catch(uniqueViolation("uscc", DUPLICATE_USCC));
    await recordAudit(tx, {
      actor,
      action: "enterprise.create",
      entityType: "enterprise",
      entityId: created.id,
      after: { ...created, ...children },
      ip,
    });
    return created.id;
  });
  return getEnterprise(db, actor, id);
}

export async function updateEnterprise(
  db: Database,
  actor: Actor,
  id: string,
  update: EnterpriseUpdate,
  ip: string | null,
) {
  const before = await repo.findEnterprise(db, id);
  if (!before || !(await repo.isInScope(db, id, enterpriseScope(actor))))
    throw AppError.notFound({ zh: "企业", en: "Enterprise" });
  requireEditor(actor, before);
  if (update.districtCode && update.districtCode !== before.districtCode)
    requireRegistrar(actor, update.districtCode);
  if (actor.orgType === "ENTERPRISE" && update.uscc !== undefined && update.uscc !== before.uscc) {
    throw AppError.validation("uscc", "immutable-by-enterprise", {
      zh: "企业不能自行修改统一社会信用代码,请联系经信局",
      en: "Ask the industry bureau",
    });
  }
  const { version, ...changes } = update;
  const merged: EnterpriseInput = {
    ...toInput(before),
    ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)),
  } as EnterpriseInput;
  const usccChanged = merged.uscc !== before.uscc;
  // A changed code is checked afresh; an unchanged one keeps whoever confirmed it.
  const usccConfirmedBy = usccChanged
    ? checkUscc(actor, merged.uscc, merged.usccConfirmedAsIssued).confirmed
      ? actor.userId
      : null
    : before.usccConfirmedBy;
  const referenceErrors = await checkReferences(db, changes);
  if (referenceErrors.length) throw new AppError("validation", issuesText(referenceErrors), referenceErrors);
  const values = toValues(merged, usccConfirmedBy);
  await db.transaction(async (tx) => {
    const after = await repo
      .updateEnterprise(tx, id, version, values, toChildren(changes))
      .catch(uniqueViolation("uscc", DUPLICATE_USCC));
    if (!after) throw AppError.staleVersion();
    await recordAudit(tx, {
      actor,
      action: "enterprise.update",
      entityType: "enterprise",
      entityId: id,
      before,
      after: { ...after, ...toChildren(changes) },
      ip,
    });
  });
  return getEnterprise(db, actor, id);
}

/** The stored enterprise as an input, so a partial update can be validated as a whole. */
function toInput(row: NonNullable<Awaited<ReturnType<typeof repo.findEnterprise>>>): EnterpriseInput {
  return {
    uscc: row.uscc,
    name: row.name,
    address: row.address,
    districtCode: row.districtCode,
    legalRepresentative: row.legalRepresentative,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    establishedOn: row.establishedOn,
    industryCode: row.industryCode,
    mainBusiness: row.mainBusiness,
    employees: row.employees,
    totalAssets: row.totalAssetsFen === null ? null : formatYuan(row.totalAssetsFen),
    ownership: row.ownership as EnterpriseInput["ownership"],
    cluster: row.cluster as EnterpriseInput["cluster"],
    revenues: row.revenues.map((r) => ({ year: r.year, amount: formatYuan(r.amountFen) })),
    tags: row.tags.map((t) => ({
      tag: t.tag as EnterpriseInput["tags"][number]["tag"],
      validFrom: t.validFrom,
      validTo: t.validTo,
    })),
    bankAccounts: row.bankAccounts.map((a) => ({
      bankOrgId: a.bankOrgId,
      bankName: a.bankName,
      accountNo: a.accountNo,
    })),
    usccConfirmedAsIssued: row.usccConfirmedBy !== null,
  };
}

export async function getEnterprise(db: Database, actor: Actor, id: string) {
  const row = await repo.findEnterprise(db, id);
  if (!row || !(await repo.isInScope(db, id, enterpriseScope(actor))))
    throw AppError.notFound({ zh: "企业", en: "Enterprise" });
  const links = await repo.listSupplyChainLinks(db, id);
  return {
    ...toDto(actor, row),
    bankAccounts: row.bankAccounts,
    supplyChainLinks: links,
    canEdit: mayEdit(actor, row),
  };
}

function mayEdit(actor: Actor, row: { id: string; districtCode: string }): boolean {
  try {
    requireEditor(actor, row);
    return true;
  } catch {
    return false;
  }
}

export async function listEnterprises(
  db: Database,
  actor: Actor,
  filter: EnterpriseFilter,
  page: { page: number; pageSize: number },
) {
  const { items, total } = await repo.listEnterprises(db, enterpriseScope(actor), queryOf(filter), today(), {
    offset: (page.page - 1) * page.pageSize,
    limit: page.pageSize,
  });
  return { items: items.map((row) => toDto(actor, row)), total, page: page.page, pageSize: page.pageSize };
}

/** An export is one workbook in memory; beyond this, filter first. */
const EXPORT_ROW_LIMIT = 50_000;

/** Every enterprise matching the filter that the caller may see (for export). */
export async function listAllEnterprises(db: Database, actor: Actor, filter: EnterpriseFilter) {
  const { items } = await repo.listEnterprises(db, enterpriseScope(actor), queryOf(filter), today(), {
    offset: 0,
    limit: EXPORT_ROW_LIMIT,
  });
  return items.map((row) => toDto(actor, row));
}

/**
 * Every enterprise of a region with what a product's targeting reads (district, industry, size class,
 * cluster, tags including the derived key-supported one), for other contexts that decide who fits.
 */
export async function targetingProfilesIn(executor: Executor, regionCode: string) {
  const { items } = await repo.listEnterprises(
    executor,
    { kind: "region", prefix: regionPrefix(regionCode) },
    {},
    today(),
    { offset: 0, limit: EXPORT_ROW_LIMIT },
  );
  return items.map(targetingProfile);
}

/** The targeting profiles of the given enterprises, whoever's region they are in (the caller scoped them). */
export async function targetingProfilesOf(executor: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return (await repo.targetingProfiles(executor, ids)).map(targetingProfile);
}

/** What matching weighs of an enterprise: its registry fields and tags, the key-supported list among them. */
function targetingProfile(row: repo.TargetingProfileRow) {
  return {
    id: row.id,
    name: row.name,
    districtCode: row.districtCode,
    industryCode: row.industryCode,
    sizeClass: row.sizeClass,
    cluster: row.cluster,
    tags: [...row.tags, ...(row.keySupportedSince === null ? [] : [keySupportedTag(row.keySupportedSince)])],
  };
}

/** The key-supported tag is the bureau's list: filtering by it asks who is on the list. */
function queryOf({ tag, ...rest }: EnterpriseFilter): repo.EnterpriseQuery {
  return tag === KEY_SUPPORTED_TAG ? { ...rest, onKeySupportedList: true } : { ...rest, tag };
}

type EnterpriseWithChildren = repo.EnterpriseRow & {
  districtName: string;
  keySupportedSince: string | null;
  tags: { tag: string; validFrom: string; validTo: string | null }[];
  revenues: { year: number; amountFen: bigint }[];
};

/** API shape: money as yuan strings; phone numbers masked for those who do not need them. */
export function toDto(actor: Actor, row: EnterpriseWithChildren) {
  const { totalAssetsFen, usccConfirmedBy, keySupportedSince, ...rest } = row;
  return {
    ...rest,
    contactPhone:
      row.contactPhone && !seesPersonalData(actor, row) ? maskPhone(row.contactPhone) : row.contactPhone,
    totalAssets: totalAssetsFen === null ? null : formatYuan(totalAssetsFen),
    usccConfirmedAsIssued: usccConfirmedBy !== null,
    revenues: row.revenues.map((r) => ({ year: r.year, amount: formatYuan(r.amountFen) })),
    tags: [
      ...row.tags.map((t) => ({ tag: t.tag, validFrom: t.validFrom, validTo: t.validTo })),
      ...(keySupportedSince === null ? [] : [keySupportedTag(keySupportedSince)]),
    ],
  };
}

function seesPersonalData(actor: Actor, row: { id: string; districtCode: string }): boolean {
  return mayEdit(actor, row);
}

const maskPhone = (phone: string) => phone.replace(/^(.{3}).*(.{4})$/, "$1****$2");

// ---- supply-chain links ----

export async function createSupplyChainLink(
  db: Database,
  actor: Actor,
  input: { coreEnterpriseId: string; supplierEnterpriseId: string; tier: number; products: string },
  ip: string | null,
) {
  const scope = enterpriseScope(actor);
  for (const [field, id] of [
    ["coreEnterpriseId", input.coreEnterpriseId],
    ["supplierEnterpriseId", input.supplierEnterpriseId],
  ] as const) {
    if (!(await repo.isInScope(db, id, scope)))
      throw AppError.validation(field, "exists", { zh: "企业不存在或不可见", en: "Unknown enterprise" });
  }
  const core = await repo.findEnterprise(db, input.coreEnterpriseId);
  const supplier = await repo.findEnterprise(db, input.supplierEnterpriseId);
  if (!core || !supplier || (!mayEdit(actor, core) && !mayEdit(actor, supplier))) {
    throw AppError.forbidden({
      zh: "只有链上企业本身或所在地经信局可以维护供应链关系",
      en: "Only a party or its bureau",
    });
  }
  return db.transaction(async (tx) => {
    const link = await repo
      .insertSupplyChainLink(tx, input)
      .catch(uniqueViolation("supplierEnterpriseId", { zh: "该供应关系已存在", en: "Link exists" }));
    await recordAudit(tx, {
      actor,
      action: "supply-chain-link.create",
      entityType: "supply-chain-link",
      entityId: link.id,
      after: link,
      ip,
    });
    return link;
  });
}

export async function deleteSupplyChainLink(db: Database, actor: Actor, id: string, ip: string | null) {
  const link = await repo.findSupplyChainLink(db, id);
  if (!link) throw AppError.notFound({ zh: "供应链关系", en: "supply-chain link" });
  const core = await repo.findEnterprise(db, link.coreEnterpriseId);
  const supplier = await repo.findEnterprise(db, link.supplierEnterpriseId);
  if (!core || !supplier || (!mayEdit(actor, core) && !mayEdit(actor, supplier))) {
    throw AppError.notFound({ zh: "供应链关系", en: "supply-chain link" });
  }
  await db.transaction(async (tx) => {
    await repo.deleteSupplyChainLink(tx, id);
    await recordAudit(tx, {
      actor,
      action: "supply-chain-link.delete",
      entityType: "supply-chain-link",
      entityId: id,
      before: link,
      ip,
    });
  });
}
