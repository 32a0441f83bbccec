import {
  checkFinancing,
  type FinancingStatus,
  formatYuan,
  type PayableStatus,
  parseYuan,
  type RepaymentSource,
  regionPrefix,
  type Term,
  verifiedLimit,
} from "@chanrong/domain";
import type { Database, Executor } from "../../db/client";
import { hasRole } from "../../platform/access";
import type { Actor, OrgType } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { today } from "../../platform/clock";
import { AppError } from "../../platform/errors";
import { isInDefault } from "../default-cases/default-cases.service";
import { findEnterprise } from "../enterprises/enterprises.service";
import * as repo from "./supply-chain-finance.repository";
import type { FinancingDecision, FinancingInput, RepaymentInput } from "./supply-chain-finance.schemas";
import { rulesOf, scopeOf, toPayable } from "./supply-chain-finance.service";

const FINANCING: Term = { zh: "融资", en: "Financing" };

/**
 * A supplier's verified limit against one core, computed by the domain from the registry (both
 * registered, the core not in default), the account-lock arrangement (for a bank: its own) and the
 * supplier's lines. `lines` lets a financing pass the rows it has just locked.
 */
async function limitOf(
  executor: Executor,
  pair: { coreEnterpriseId: string; supplierUscc: string },
  options: { bankOrgId?: string; lines?: repo.PayableWithNames[] } = {},
) {
  const day = today();
  const core = await findEnterprise(executor, pair.coreEnterpriseId);
  const lines = (
    options.lines ?? (await repo.pairPayables(executor, pair.coreEnterpriseId, pair.supplierUscc))
  ).filter((line) => line.payable.status !== "WITHDRAWN");
  const arrangements = await repo.arrangementsInForce(executor, [pair.coreEnterpriseId], day);
  const inForce = arrangements.filter(
    (row) => !options.bankOrgId || row.arrangement.bankOrgId === options.bankOrgId,
  );
  const { rules } = await rulesOf(executor, core?.districtCode ?? "");
  const limit = verifiedLimit({
    fundamentals: {
      supplierRegistered: lines.some((line) => line.supplierName !== null),
      coreRegistered: core !== null,
      coreInDefault: core ? await isInDefault(executor, core.id) : false,
      arrangementActive: inForce.length > 0,
    },
    receivables: lines.map(({ payable }) => ({
      id: payable.id,
      amountFen: payable.amountFen,
      dueOn: payable.dueOn,
      status: payable.status as PayableStatus,
    })),
    outstandingFen: await repo.outstandingFen(executor, pair.coreEnterpriseId, pair.supplierUscc),
    rules,
    today: day,
  });
  return { limit, lines, arrangements: inForce, coreName: core?.name ?? "" };
}

function toLimit(
  pair: { coreEnterpriseId: string; supplierUscc: string },
  found: Awaited<ReturnType<typeof limitOf>>,
) {
  const { limit, lines } = found;
  return {
    coreEnterpriseId: pair.coreEnterpriseId,
    coreName: found.coreName,
    supplierUscc: pair.supplierUscc,
    supplierName: lines[0]?.supplierName ?? null,
    checks: limit.checks,
    eligible: formatYuan(limit.eligibleFen),
    advanceRate: limit.advanceRate,
    advance: formatYuan(limit.advanceFen),
    cap: formatYuan(limit.capFen),
    outstanding: formatYuan(limit.outstandingFen),
    limit: formatYuan(limit.limitFen),
    working: limit.working,
    banks: found.arrangements.map((row) => ({ orgId: row.arrangement.bankOrgId, name: row.bankName })),
    receivables: lines.map((line, index) => ({
      ...toPayable(line),
      eligible: limit.receivables[index]?.eligible ?? false,
      reason: limit.receivables[index]?.reason ?? null,
    })),
  };
}

/** A supplier's limits (one per core it sells to), or a bank's desk: the suppliers of the cores arranged with it. */
export async function listLimits(db: Database, actor: Actor) {
  const scope = await scopeOf(db, actor);
  const bankOrgId = scope.kind === "bank" ? scope.orgId : undefined;
  const pairs = await repo.pairsInScope(db, scope);
  return Promise.all(pairs.map(async (pair) => toLimit(pair, await limitOf(db, pair, { bankOrgId }))));
}

async function toFinancings(executor: Executor, rows: repo.FinancingWithNames[]) {
  const lines = await repo.linesOf(
    executor,
    rows.map((row) => row.financing.id),
  );
  return rows.map(({ financing, coreName, supplierName, bankName }) => ({
    id: financing.id,
    bankOrgId: financing.bankOrgId,
    bankName,
    coreEnterpriseId: financing.coreEnterpriseId,
    coreName,
    supplierUscc: financing.supplierUscc,
    supplierName,
    amount: formatYuan(financing.amountFen),
    status: financing.status as FinancingStatus,
    financedOn: financing.financedOn,
    declineReason: financing.declineReason,
    repaidOn: financing.repaidOn,
    repaymentSource: financing.repaymentSource as RepaymentSource | null,
    receivables: lines
      .filter((line) => line.financingId === financing.id)
      .map((line) => ({ id: line.id, documentNo: line.documentNo, amount: formatYuan(line.amountFen) })),
    createdAt: financing.createdAt,
    version: financing.version,
  }));
}

export async function listFinancings(db: Database, actor: Actor) {
  return toFinancings(db, await repo.listFinancings(db, await scopeOf(db, actor)));
}

export async function getFinancing(db: Database, actor: Actor, id: string) {
  const scope = await scopeOf(db, actor);
  const found = await repo.findFinancing(db, id);
  const visible =
    found &&
    (scope.kind === "bank"
      ? found.financing.bankOrgId === scope.orgId
      : found.financing.coreEnterpriseId === scope.enterpriseId ||
        found.financing.supplierUscc === scope.uscc);
  if (!found || !visible) throw AppError.notFound(FINANCING);
  const [financing] = await toFinancings(db, [found]);
  return financing as NonNullable<typeof financing>;
}

/** The selected lines, all of one supplier against one core. */
function onePair(lines: repo.PayableWithNames[], payableIds: string[]) {
  const first = lines[0];
  if (lines.length !== new Set(payableIds).size || !first)
    throw AppError.validation("payableIds", "exists", {
      zh: "所选应收账款不存在",
      en: "A selected receivable does not exist",
    });
  const samePair = lines.every(
    ({ payable }) =>
      payable.coreEnterpriseId === first.payable.coreEnterpriseId &&
      payable.supplierUscc === first.payable.supplierUscc,
  );
  if (!samePair)
    throw AppError.validation("payableIds", "same-pair", {
      zh: "一笔融资只能包含同一供应商对同一核心企业的应收账款",
      en: "One financing covers receivables of one supplier against one core",
    });
  return { coreEnterpriseId: first.payable.coreEnterpriseId, supplierUscc: first.payable.supplierUscc };
}

const requireBankHandler = (actor: Actor) => {
  if (actor.orgType !== "BANK" || !hasRole(actor, "operator", "reviewer", "admin"))
    throw AppError.forbidden({ zh: "仅银行可办理融资", en: "Only a bank finances" });
};

/**
 * Holds every line of the pair (row locks in id order), refuses a receivable already financed — by any
 * bank — naming it, checks the amount against the limit with the bank's own arrangement, and marks the
 * receivables financed. Two banks financing the same receivable at once: the second waits for the first
 * lock, then finds it financed and gets a 409.
 */
async function financeLocked(
  tx: Executor,
  bankOrgId: string,
  payableIds: string[],
  amountFen: bigint,
  financingId: string | null,
) {
  const requested = await repo.payablesByIds(tx, payableIds);
  const pair = onePair(requested, payableIds);
  const lines = await repo.lockPair(tx, pair.coreEnterpriseId, pair.supplierUscc);
  const selected = lines.filter((line) => payableIds.includes(line.payable.id));
  const taken = selected.filter(
    (line) => line.payable.status === "FINANCED" && line.payable.financingId !== financingId,
  );
  if (taken.length) {
    const names = taken.map((line) => line.payable.documentNo).join("、");
    const message = {
      zh: `应收账款 ${names} 已被融资,不能重复融资`,
      en: `Receivable ${names} is already financed`,
    };
    throw new AppError("conflict", message, [{ field: "payableIds", rule: "already-financed", message }]);
  }
  const { limit } = await limitOf(tx, pair, { bankOrgId, lines });
  checkFinancing(
    limit,
    selected.map(({ payable }) => ({
      id: payable.id,
      amountFen: payable.amountFen,
      dueOn: payable.dueOn,
      status: payable.status as PayableStatus,
    })),
    amountFen,
  );
  const arrangement = (await repo.arrangementsInForce(tx, [pair.coreEnterpriseId], today())).find(
    (row) => row.arrangement.bankOrgId === bankOrgId,
  );
  return { pair, arrangementId: arrangement?.arrangement.id ?? "" };
}

/**
 * A supplier asks a bank arranged with the core (REQUESTED, nothing held yet), or a bank finances the
 * selected receivables at once (FINANCED).
 */
export async function createFinancing(db: Database, actor: Actor, input: FinancingInput, ip: string | null) {
  const scope = await scopeOf(db, actor);
  const amountFen = parseYuan(input.amount, ["amount"]);
  const day = today();
  const id = await db.transaction(async (tx) => {
    if (scope.kind === "bank") {
      requireBankHandler(actor);
      const { pair, arrangementId } = await financeLocked(tx, scope.orgId, input.payableIds, amountFen, null);
      const row = await repo.insertFinancing(
        tx,
        {
          ...pair,
          arrangementId,
          bankOrgId: scope.orgId,
          regionCode: (await findEnterprise(tx, pair.coreEnterpriseId))?.districtCode ?? "",
          amountFen,
          status: "FINANCED",
          financedBy: actor.userId,
          financedOn: day,
        },
        input.payableIds,
      );
      await repo.setPayablesStatus(tx, input.payableIds, { status: "FINANCED", financingId: row.id });
      await recordAudit(tx, {
        actor,
        action: "scf.financing.finance",
        entityType: "scf-financing",
        entityId: row.id,
        after: row,
        ip,
      });
      return row.id;
    }
    if (!hasRole(actor, "operator", "admin")) throw AppError.forbidden();
    const lines = await repo.payablesByIds(tx, input.payableIds);
    const pair = onePair(lines, input.payableIds);
    if (pair.supplierUscc !== scope.uscc)
      throw AppError.validation("payableIds", "own-receivables", {
        zh: "只能就本企业的应收账款申请融资",
        en: "A supplier asks for its own receivables only",
      });
    if (!input.bankOrgId)
      throw AppError.validation("bankOrgId", "required", { zh: "请选择融资银行", en: "Choose the bank" });
    const { limit, arrangements } = await limitOf(tx, pair, { bankOrgId: input.bankOrgId });
    const arrangement = arrangements[0];
    if (!arrangement)
      throw AppError.validation("bankOrgId", "account-lock", {
        zh: "该银行与核心企业没有生效的协助账户锁定安排",
        en: "The bank has no account-lock arrangement in force with the core",
      });
    checkFinancing(
      limit,
      lines.map(({ payable }) => ({
        id: payable.id,
        amountFen: payable.amountFen,
        dueOn: payable.dueOn,
        status: payable.status as PayableStatus,
      })),
      amountFen,
    );
    const row = await repo.insertFinancing(
      tx,
      {
        ...pair,
        arrangementId: arrangement.arrangement.id,
        bankOrgId: input.bankOrgId,
        regionCode: arrangement.arrangement.regionCode,
        amountFen,
        status: "REQUESTED",
        requestedBy: actor.userId,
        requestedAt: new Date(),
      },
      input.payableIds,
    );
    await recordAudit(tx, {
      actor,
      action: "scf.financing.request",
      entityType: "scf-financing",
      entityId: row.id,
      after: row,
      ip,
    });
    return row.id;
  });
  return getFinancing(db, actor, id);
}

async function bankFinancing(
  tx: Executor,
  actor: Actor,
  id: string,
  version: number,
  status: FinancingStatus,
) {
  requireBankHandler(actor);
  const found = await repo.findFinancing(tx, id, { lock: true });
  if (!found || found.financing.bankOrgId !== actor.orgId) throw AppError.notFound(FINANCING);
  if (found.financing.version !== version) throw AppError.staleVersion();
  if (found.financing.status !== status) {
    const message = { zh: "融资当前状态不允许此操作", en: `Only a ${status} financing can be changed so` };
    throw new AppError("conflict", message, [{ field: "status", rule: "state", message }]);
  }
  return found.financing;
}

/** The bank finances a supplier's request (the same checks as financing at once) or declines it with its reason. */
export async function decideFinancing(
  db: Database,
  actor: Actor,
  id: string,
  input: FinancingDecision,
  ip: string | null,
) {
  const reason = input.reason?.trim() || null;
  if (input.action === "DECLINE" && !reason)
    throw AppError.validation("reason", "required", { zh: "请说明不予融资的原因", en: "State why" });
  await db.transaction(async (tx) => {
    const financing = await bankFinancing(tx, actor, id, input.version, "REQUESTED");
    const payableIds = (await repo.linesOf(tx, [id])).map((line) => line.id);
    if (input.action === "FINANCE") await financeLocked(tx, actor.orgId, payableIds, financing.amountFen, id);
    const after = await repo.updateFinancing(
      tx,
      id,
      input.version,
      input.action === "FINANCE"
        ? { status: "FINANCED", financedBy: actor.userId, financedOn: today() }
        : { status: "DECLINED", declineReason: reason, financedBy: actor.userId },
    );
    if (!after) throw AppError.staleVersion();
    if (input.action === "FINANCE")
      await repo.setPayablesStatus(tx, payableIds, { status: "FINANCED", financingId: id });
    await recordAudit(tx, {
      actor,
      action: input.action === "FINANCE" ? "scf.financing.finance" : "scf.financing.decline",
      entityType: "scf-financing",
      entityId: id,
      before: financing,
      after,
      ip,
    });
  });
  return getFinancing(db, actor, id);
}

/**
 * The bank records the repayment: by the supplier (its receivables are free to finance again) or by the
 * core's payment into the locked account (they are paid: SETTLED). Either way the receivables are released.
 */
export async function repayFinancing(
  db: Database,
  actor: Actor,
  id: string,
  input: RepaymentInput,
  ip: string | null,
) {
  const day = today();
  await db.transaction(async (tx) => {
    const financing = await bankFinancing(tx, actor, id, input.version, "FINANCED");
    if (input.repaidOn > day)
      throw AppError.validation("repaidOn", "not-in-future", {
        zh: "还款日期不能晚于今天",
        en: "Must not be after today",
      });
    if (financing.financedOn && input.repaidOn < financing.financedOn)
      throw AppError.validation("repaidOn", "after-financed", {
        zh: "还款日期不能早于放款日期",
        en: "Must not be before the financing",
      });
    const after = await repo.updateFinancing(tx, id, input.version, {
      status: "REPAID",
      repaidBy: actor.userId,
      repaidOn: input.repaidOn,
      repaymentSource: input.source,
    });
    if (!after) throw AppError.staleVersion();
    const payableIds = (await repo.linesOf(tx, [id])).map((line) => line.id);
    await repo.setPayablesStatus(tx, payableIds, {
      status: input.source === "CORE_PAYMENT" ? "SETTLED" : "OPEN",
      financingId: null,
    });
    await recordAudit(tx, {
      actor,
      action: "scf.financing.repay",
      entityType: "scf-financing",
      entityId: id,
      before: financing,
      after,
      ip,
    });
  });
  return getFinancing(db, actor, id);
}

// ---- The programme's report ----

const REPORT_READERS: readonly OrgType[] = [
  "INDUSTRY_BUREAU",
  "FINANCE_BUREAU",
  "CITY_GOVERNMENT",
  "PLATFORM_ADMIN",
];

interface Totals {
  count: number;
  financedFen: bigint;
  outstandingFen: bigint;
  repaidFen: bigint;
}
const emptyTotals = (): Totals => ({ count: 0, financedFen: 0n, outstandingFen: 0n, repaidFen: 0n });
const shown = (t: Totals) => ({
  count: t.count,
  financed: formatYuan(t.financedFen),
  outstanding: formatYuan(t.outstandingFen),
  repaid: formatYuan(t.repaidFen),
});

/** Volume financed, outstanding and repaid in the bureau's region, by bank and by core: totals, never lines. */
export async function report(db: Database, actor: Actor) {
  if (!REPORT_READERS.includes(actor.orgType))
    throw AppError.forbidden({ zh: "融资汇总报表供主管部门查看", en: "The report is for the bureaus" });
  const rows = await repo.reportRows(db, regionPrefix(actor.orgRegionCode));
  const total = emptyTotals();
  const byBank = new Map<string, Totals & { name: string }>();
  const byCore = new Map<string, Totals & { name: string }>();
  for (const row of rows) {
    const fen = BigInt(row.total ?? 0);
    const bank = byBank.get(row.bankOrgId) ?? { ...emptyTotals(), name: row.bankName };
    const core = byCore.get(row.coreEnterpriseId) ?? { ...emptyTotals(), name: row.coreName };
    for (const t of [total, bank, core]) {
      t.count += row.count;
      t.financedFen += fen;
      if (row.status === "FINANCED") t.outstandingFen += fen;
      else t.repaidFen += fen;
    }
    byBank.set(row.bankOrgId, bank);
    byCore.set(row.coreEnterpriseId, core);
  }
  return {
    regionCode: actor.orgRegionCode,
    totals: shown(total),
    byBank: [...byBank].map(([bankOrgId, t]) => ({ bankOrgId, bankName: t.name, ...shown(t) })),
    byCore: [...byCore].map(([coreEnterpriseId, t]) => ({ coreEnterpriseId, coreName: t.name, ...shown(t) })),
  };
}
