import {
  checkPayableDates,
  checkVerifiedFinancingRules,
  DEFAULT_VERIFIED_FINANCING_RULES,
  formatYuan,
  type PayableKind,
  type PayableStatus,
  parseYuan,
  regionsCovering,
  type Term,
  type VerifiedFinancingRules,
  validateUscc,
} from "@chanrong/domain";
import type { Database, Executor } from "../../db/client";
import { hasRole, isPlatformAdmin } from "../../platform/access";
import type { Actor } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { today } from "../../platform/clock";
import { uniqueViolation } from "../../platform/db-errors";
import { AppError } from "../../platform/errors";
import { findEnterprise } from "../enterprises/enterprises.service";
import { findOrganisation, listRegions } from "../identity/identity.service";
import * as repo from "./supply-chain-finance.repository";
import type {
  ArrangementDecision,
  ArrangementInput,
  PayableCorrection,
  PayableInput,
  PayablesQuery,
  RulesInput,
} from "./supply-chain-finance.schemas";

const PAYABLE: Term = { zh: "应付账款", en: "Payable" };
const ARRANGEMENT: Term = { zh: "协助账户锁定安排", en: "Account-lock arrangement" };
export const DUPLICATE_DOCUMENT: Term = {
  zh: "该单据号已上传过(同一核心企业的单据号不能重复)",
  en: "This document number was already uploaded by the core enterprise",
};

/**
 * Who reads lines: an enterprise (its own payables as a core, its own receivables as a supplier) and a
 * bank (what it is offered through a confirmed arrangement and what it financed). The bureaus read the
 * programme's totals only (see the report); everyone else nothing.
 */
export async function scopeOf(executor: Executor, actor: Actor): Promise<repo.ScfScope> {
  if (actor.orgType === "ENTERPRISE" && actor.enterpriseId) {
    const enterprise = await findEnterprise(executor, actor.enterpriseId);
    if (enterprise) return { kind: "enterprise", enterpriseId: enterprise.id, uscc: enterprise.uscc };
  }
  if (actor.orgType === "BANK") return { kind: "bank", orgId: actor.orgId };
  throw AppError.forbidden({
    zh: "应付账款明细仅核心企业、其供应商和融资银行可见;主管部门查看汇总报表",
    en: "Lines are for the core enterprise, its suppliers and the financing bank; bureaus read the report",
  });
}

/** The core enterprise's own operators (or its ERP's key) upload and correct its payables. */
async function requireCore(executor: Executor, actor: Actor) {
  const coreId =
    actor.orgType === "ENTERPRISE" && hasRole(actor, "operator", "admin") ? actor.enterpriseId : null;
  const core = coreId ? await findEnterprise(executor, coreId) : null;
  if (!core)
    throw AppError.forbidden({
      zh: "仅已在企业名录登记的核心企业的经办人员可上传应付账款",
      en: "Only the operators of a registered core enterprise upload payables",
    });
  return core;
}

export function toPayable({ payable, coreName, supplierName }: repo.PayableWithNames) {
  return {
    id: payable.id,
    coreEnterpriseId: payable.coreEnterpriseId,
    coreName,
    supplierUscc: payable.supplierUscc,
    supplierName,
    kind: payable.kind as PayableKind,
    documentNo: payable.documentNo,
    amount: formatYuan(payable.amountFen),
    issuedOn: payable.issuedOn,
    dueOn: payable.dueOn,
    status: payable.status as PayableStatus,
    financingId: payable.financingId,
    viaApiKey: payable.apiKeyId !== null,
    withdrawReason: payable.withdrawReason,
    version: payable.version,
  };
}

export async function listPayables(db: Database, actor: Actor, filter: PayablesQuery) {
  return (await repo.listPayables(db, await scopeOf(db, actor), filter)).map(toPayable);
}

/** A payable's fields as the domain checks them; the issues name the fields of the request. */
export function checkPayable(input: Omit<PayableInput, "documentNo">, day: string, coreUscc: string) {
  const uscc = validateUscc(input.supplierUscc);
  if (!uscc.valid) throw AppError.validation("supplierUscc", `uscc-${uscc.rule}`, uscc.reason);
  if (input.supplierUscc === coreUscc)
    throw AppError.validation("supplierUscc", "not-self", {
      zh: "供应商不能是核心企业本身",
      en: "The supplier cannot be the core enterprise itself",
    });
  checkPayableDates(input.issuedOn, input.dueOn, day);
  const amountFen = parseYuan(input.amount, ["amount"]);
  if (amountFen <= 0n)
    throw AppError.validation("amount", "positive", { zh: "金额须大于0", en: "Must be positive" });
  return amountFen;
}

/** Records payables of the caller's core enterprise, all or none; duplicates of a document number are refused. */
export async function recordPayables(
  db: Database,
  actor: Actor,
  inputs: readonly (PayableInput & { amountFen: bigint })[],
  ip: string | null,
) {
  const core = await requireCore(db, actor);
  return db.transaction(async (tx) => {
    const rows = await repo
      .insertPayables(
        tx,
        inputs.map(({ amount: _amount, ...input }) => ({
          ...input,
          coreEnterpriseId: core.id,
          regionCode: core.districtCode,
          status: "OPEN",
          uploadedBy: actor.userId,
          apiKeyId: actor.apiKeyId ?? null,
        })),
      )
      .catch(uniqueViolation("documentNo", DUPLICATE_DOCUMENT));
    await recordAudit(tx, {
      actor,
      action: "scf.payables.upload",
      entityType: "scf-payable",
      entityId: rows[0]?.id ?? core.id,
      after: { count: rows.length, documentNos: rows.map((row) => row.documentNo) },
      ip,
    });
    return rows.map((row) => row.id);
  });
}

/** One payable from the core's ERP or form. */
export async function createPayable(db: Database, actor: Actor, input: PayableInput, ip: string | null) {
  const core = await requireCore(db, actor);
  const amountFen = checkPayable(input, today(), core.uscc);
  const existing = await repo.existingDocumentNos(db, core.id, [input.documentNo]);
  if (existing.size)
    throw new AppError("conflict", DUPLICATE_DOCUMENT, [
      { field: "documentNo", rule: "unique", message: DUPLICATE_DOCUMENT },
    ]);
  const [id] = await recordPayables(db, actor, [{ ...input, amountFen }], ip);
  return getPayable(db, actor, id ?? "");
}

export async function getPayable(db: Database, actor: Actor, id: string) {
  const scope = await scopeOf(db, actor);
  const [row] = (await repo.listPayables(db, scope, {})).filter((found) => found.payable.id === id);
  if (!row) throw AppError.notFound(PAYABLE);
  return toPayable(row);
}

/** The core's own line, locked, while nobody has financed it: what it may still correct or withdraw. */
async function ownOpenPayable(tx: Executor, actor: Actor, id: string, version: number) {
  const core = await requireCore(tx, actor);
  const found = await repo.findPayable(tx, id, { lock: true });
  if (!found || found.payable.coreEnterpriseId !== core.id) throw AppError.notFound(PAYABLE);
  if (found.payable.version !== version) throw AppError.staleVersion();
  if (found.payable.status !== "OPEN") {
    const message = {
      zh: "已融资、已付款或已撤回的应付账款不能再更正或撤回",
      en: "A financed, paid or withdrawn payable can no longer be corrected or withdrawn",
    };
    throw new AppError("conflict", message, [{ field: "status", rule: "open-only", message }]);
  }
  return { core, payable: found.payable };
}

export async function correctPayable(
  db: Database,
  actor: Actor,
  id: string,
  input: PayableCorrection,
  ip: string | null,
) {
  await db.transaction(async (tx) => {
    const { core, payable } = await ownOpenPayable(tx, actor, id, input.version);
    const amountFen = checkPayable(input, today(), core.uscc);
    const { version, amount: _amount, ...fields } = input;
    const after = await repo.updatePayable(tx, id, version, { ...fields, amountFen });
    if (!after) throw AppError.staleVersion();
    await recordAudit(tx, {
      actor,
      action: "scf.payable.correct",
      entityType: "scf-payable",
      entityId: id,
      before: payable,
      after,
      ip,
    });
  });
  return getPayable(db, actor, id);
}

export async function withdrawPayable(
  db: Database,
  actor: Actor,
  id: string,
  input: { reason: string; version: number },
  ip: string | null,
) {
  await db.transaction(async (tx) => {
    const { payable } = await ownOpenPayable(tx, actor, id, input.version);
    const after = await repo.updatePayable(tx, id, input.version, {
      status: "WITHDRAWN",
      withdrawReason: input.reason.trim(),
    });
    if (!after) throw AppError.staleVersion();
    await recordAudit(tx, {
      actor,
      action: "scf.payable.withdraw",
      entityType: "scf-payable",
      entityId: id,
      before: payable,
      after,
      ip,
    });
  });
  return getPayable(db, actor, id);
}

// ---- Account-lock arrangements ----

/** Only the last four digits of the collection account are ever shown. */
const maskAccount = (accountNo: string) =>
  `${"*".repeat(Math.max(accountNo.length - 4, 0))}${accountNo.slice(-4)}`;

export const isInForce = (arrangement: repo.ArrangementRow, day: string) =>
  arrangement.status === "CONFIRMED" && arrangement.effectiveFrom <= day && arrangement.effectiveTo >= day;

function toArrangement(row: repo.ArrangementWithNames, day: string) {
  const { arrangement } = row;
  return {
    id: arrangement.id,
    coreEnterpriseId: arrangement.coreEnterpriseId,
    coreName: row.coreName,
    bankOrgId: arrangement.bankOrgId,
    bankName: row.bankName,
    accountBank: arrangement.accountBank,
    accountName: arrangement.accountName,
    accountNo: maskAccount(arrangement.accountNo),
    effectiveFrom: arrangement.effectiveFrom,
    effectiveTo: arrangement.effectiveTo,
    status: arrangement.status as "PROPOSED" | "CONFIRMED" | "DECLINED" | "ENDED",
    activeToday: isInForce(arrangement, day),
    recordedByName: row.recordedByName,
    recordedAt: arrangement.recordedAt,
    decidedByName: row.decidedByName,
    decidedAt: arrangement.decidedAt,
    decisionNote: arrangement.decisionNote,
    version: arrangement.version,
  };
}

export async function listArrangements(db: Database, actor: Actor) {
  const day = today();
  return (await repo.listArrangements(db, await scopeOf(db, actor))).map((row) => toArrangement(row, day));
}

async function visibleArrangement(db: Executor, actor: Actor, id: string, lock = false) {
  const scope = await scopeOf(db, actor);
  const found = await repo.findArrangement(db, id, { lock });
  const mine =
    found &&
    (scope.kind === "enterprise"
      ? found.arrangement.coreEnterpriseId === scope.enterpriseId
      : found.arrangement.bankOrgId === scope.orgId);
  if (!found || !mine) throw AppError.notFound(ARRANGEMENT);
  return found;
}

export async function getArrangement(db: Database, actor: Actor, id: string) {
  return toArrangement(await visibleArrangement(db, actor, id), today());
}

/** The core records the collection account it keeps at the bank; the bank then confirms it. */
export async function recordArrangement(
  db: Database,
  actor: Actor,
  input: ArrangementInput,
  ip: string | null,
) {
  const core = await requireCore(db, actor);
  const bank = await findOrganisation(db, input.bankOrgId);
  if (bank?.type !== "BANK")
    throw AppError.validation("bankOrgId", "bank", { zh: "请选择一家银行", en: "Choose a bank" });
  if (input.effectiveTo <= input.effectiveFrom)
    throw AppError.validation("effectiveTo", "after-from", {
      zh: "截止日期须晚于生效日期",
      en: "Must be after the start date",
    });
  const id = await db.transaction(async (tx) => {
    const row = await repo.insertArrangement(tx, {
      ...input,
      coreEnterpriseId: core.id,
      regionCode: core.districtCode,
      status: "PROPOSED",
      recordedBy: actor.userId,
    });
    await recordAudit(tx, {
      actor,
      action: "scf.arrangement.record",
      entityType: "scf-arrangement",
      entityId: row.id,
      after: { ...row, accountNo: maskAccount(row.accountNo) },
      ip,
    });
    return row.id;
  });
  return getArrangement(db, actor, id);
}

const ARRANGEMENT_MOVES = {
  CONFIRM: { from: "PROPOSED", to: "CONFIRMED", audit: "scf.arrangement.confirm" },
  DECLINE: { from: "PROPOSED", to: "DECLINED", audit: "scf.arrangement.decline" },
  END: { from: "CONFIRMED", to: "ENDED", audit: "scf.arrangement.end" },
} as const;

/** The bank confirms or declines a proposed arrangement, or ends a confirmed one; a refusal states why. */
export async function decideArrangement(
  db: Database,
  actor: Actor,
  id: string,
  input: ArrangementDecision,
  ip: string | null,
) {
  if (actor.orgType !== "BANK" || !hasRole(actor, "reviewer", "admin"))
    throw AppError.forbidden({
      zh: "仅银行的审批人员可确认账户锁定安排",
      en: "Only the bank's reviewers decide",
    });
  const note = input.note?.trim() || null;
  if (input.action !== "CONFIRM" && !note)
    throw AppError.validation("note", "required", { zh: "请说明原因", en: "State the reason" });
  await db.transaction(async (tx) => {
    const { arrangement } = await visibleArrangement(tx, actor, id, true);
    if (arrangement.version !== input.version) throw AppError.staleVersion();
    const move = ARRANGEMENT_MOVES[input.action];
    if (arrangement.status !== move.from) {
      const message = {
        zh: "安排当前状态不允许此操作",
        en: `Only a ${move.from} arrangement can be changed so`,
      };
      throw new AppError("conflict", message, [{ field: "action", rule: "state", message }]);
    }
    const after = await repo.updateArrangement(tx, id, input.version, {
      status: move.to,
      decidedBy: actor.userId,
      decidedAt: new Date(),
      decisionNote: note,
    });
    if (!after) throw AppError.staleVersion();
    await recordAudit(tx, {
      actor,
      action: move.audit,
      entityType: "scf-arrangement",
      entityId: id,
      before: { status: arrangement.status },
      after: { status: after.status, note },
      ip,
    });
  });
  return getArrangement(db, actor, id);
}

// ---- Rules per region ----

/** The rules of the most specific region covering `regionCode` that has its own, else the platform defaults. */
export async function rulesOf(executor: Executor, regionCode: string) {
  const covering = regionsCovering(regionCode);
  const rows = await repo.rulesFor(executor, covering);
  const row = covering.map((code) => rows.find((r) => r.regionCode === code)).find(Boolean);
  const rules: VerifiedFinancingRules = row
    ? {
        advanceRate: row.advanceRate,
        supplierCapFen: row.supplierCapFen,
        minDaysToDue: row.minDaysToDue,
        maxDaysToDue: row.maxDaysToDue,
      }
    : DEFAULT_VERIFIED_FINANCING_RULES;
  return { rules, regionCode: row?.regionCode ?? regionCode, configured: Boolean(row) };
}

const toRules = ({ rules, regionCode, configured }: Awaited<ReturnType<typeof rulesOf>>) => ({
  regionCode,
  advanceRate: rules.advanceRate,
  supplierCap: formatYuan(rules.supplierCapFen),
  minDaysToDue: rules.minDaysToDue,
  maxDaysToDue: rules.maxDaysToDue,
  configured,
});

export async function getRules(db: Database, regionCode: string) {
  return toRules(await rulesOf(db, regionCode));
}

/** A platform admin sets a region's advance rate, cap and days to due; lines already financed keep theirs. */
export async function setRules(
  db: Database,
  actor: Actor,
  regionCode: string,
  input: RulesInput,
  ip: string | null,
) {
  if (!isPlatformAdmin(actor) || !hasRole(actor, "admin", "operator"))
    throw AppError.forbidden({
      zh: "仅平台管理员可配置融资规则",
      en: "Only a platform admin configures the rules",
    });
  const rules: VerifiedFinancingRules = {
    advanceRate: input.advanceRate,
    supplierCapFen: parseYuan(input.supplierCap, ["supplierCap"]),
    minDaysToDue: input.minDaysToDue,
    maxDaysToDue: input.maxDaysToDue,
  };
  checkVerifiedFinancingRules(rules);
  if (!(await listRegions(db)).some((region) => region.code === regionCode))
    throw AppError.validation("regionCode", "exists", { zh: "未知的地区代码", en: "Unknown region code" });
  await db.transaction(async (tx) => {
    await repo.upsertRules(tx, { regionCode, ...rules, updatedBy: actor.userId });
    await recordAudit(tx, {
      actor,
      action: "scf.rules.set",
      entityType: "scf-rules",
      entityId: regionCode,
      after: input,
      ip,
    });
  });
  return getRules(db, regionCode);
}
