import { createHash } from "node:crypto";
import {
  type BridgeBorrower,
  type BridgeCeiling,
  type BridgeFeeWorking,
  type BridgeLoanParty,
  type BridgeLoanRules,
  type BridgeLoanState,
  bridgeLoanCeiling,
  bridgeLoanFee,
  bridgeLoanTransition,
  bridgeOverdue,
  bridgeReturnDue,
  formatYuan,
  type OfficialCalendar,
  parseYuan,
  type Term,
  unlessCalendarUncovered,
  validateBridgeRequest,
} from "@chanrong/domain";
import type { Database, Executor } from "../../db/client";
import { isPlatformAdmin, regionPrefix, requireRole } from "../../platform/access";
import type { Actor } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { today } from "../../platform/clock";
import { pgErrorCode } from "../../platform/db-errors";
import { AppError } from "../../platform/errors";
import { ACCEPTED_EXTENSIONS, detectFileType } from "../../platform/files/file-types";
import type { FileStorage } from "../../platform/files/storage";
import { decide } from "../../platform/workflow-refusals";
import { officialCalendar } from "../calendar/calendar.service";
import { findEnterprise } from "../enterprises/enterprises.service";
import { findOrganisation } from "../identity/identity.service";
import { cashBalance } from "../ledger/ledger.service";
import { bridgeFund, rulesOf } from "./bridge-funds.service";
import * as repo from "./bridge-loans.repository";

const BRIDGE_LOAN = { zh: "应急转贷", en: "Bridge loan" };
const LETTER = { zh: "续贷承诺函", en: "Renewal letter" };

/** Who sees which bridge loans: the enterprise its own, the bank its own, the manager its fund's, overseers their region's. */
export function bridgeScope(actor: Actor): repo.BridgeScope {
  if (isPlatformAdmin(actor)) return { kind: "all" };
  if (actor.orgType === "ENTERPRISE" && actor.enterpriseId)
    return { kind: "enterprise", enterpriseId: actor.enterpriseId };
  if (actor.orgType === "BANK") return { kind: "bank", orgId: actor.orgId };
  if (actor.orgType === "GUARANTOR") return { kind: "manager", orgId: actor.orgId };
  if (["FINANCE_BUREAU", "INDUSTRY_BUREAU", "CITY_GOVERNMENT"].includes(actor.orgType))
    return { kind: "region", prefix: regionPrefix(actor.orgRegionCode) };
  return { kind: "none" };
}

type LoanRow = NonNullable<Awaited<ReturnType<typeof repo.findLoan>>>;

function visible(actor: Actor, row: LoanRow): boolean {
  const scope = bridgeScope(actor);
  switch (scope.kind) {
    case "all":
      return true;
    case "enterprise":
      return row.loan.enterpriseId === scope.enterpriseId;
    case "bank":
      return row.loan.bankOrgId === scope.orgId;
    case "manager":
      return row.managerOrgId === scope.orgId;
    case "region":
      return row.fundRegionCode.startsWith(scope.prefix);
    case "none":
      return false;
  }
}

async function visibleLoan(db: Executor, actor: Actor, id: string, lock = false): Promise<LoanRow> {
  const row = await repo.findLoan(db, id, lock);
  if (!row || !visible(actor, row)) throw AppError.notFound(BRIDGE_LOAN);
  return row;
}

/** The party the caller acts as on this loan, if any. */
function partyOf(actor: Actor, row: LoanRow): BridgeLoanParty | null {
  if (actor.orgType === "BANK" && actor.orgId === row.loan.bankOrgId) return "bank";
  if (actor.orgType === "GUARANTOR" && actor.orgId === row.managerOrgId) return "fund-manager";
  return null;
}

// ── Presenting ────────────────────────────────────────────────────────────────────────────────────

function overdueOf(row: LoanRow, rules: BridgeLoanRules, day: string, calendar: OfficialCalendar) {
  const { returnDue, state } = row.loan;
  if (state !== "PAID" || !returnDue) return null;
  // A due date in a year the calendar does not hold yet: overdue by calendar days, not escalated.
  return (
    unlessCalendarUncovered(() => bridgeOverdue(returnDue, day, rules, calendar)) ?? {
      level: day > returnDue ? 1 : 0,
      daysOverdue: 0,
      escalatesOn: null,
    }
  );
}

async function present(db: Executor, actor: Actor, row: LoanRow) {
  const { loan } = row;
  const rules = await rulesOf(db, loan.fundId, loan.rulesVersion);
  const ceiling = loan.ceiling as { amount: string; group: BridgeCeiling["group"]; reason: Term };
  const party = partyOf(actor, row);
  return {
    id: loan.id,
    state: loan.state,
    fundId: loan.fundId,
    fundName: row.fundName,
    managerName: row.managerName,
    rulesVersion: loan.rulesVersion,
    enterpriseId: loan.enterpriseId,
    enterpriseName: row.enterpriseName,
    bankOrgId: loan.bankOrgId,
    bankName: row.bankName,
    contractNo: loan.contractNo,
    maturityDate: loan.maturityDate,
    maturingAmount: formatYuan(loan.maturingAmountFen),
    amount: formatYuan(loan.amountFen),
    ceiling,
    appliedOn: loan.appliedOn,
    letter: loan.letterId ? { id: loan.letterId } : null,
    renewalAmount: loan.renewalAmountFen === null ? null : formatYuan(loan.renewalAmountFen),
    expectedDisbursementOn: loan.expectedDisbursementOn,
    paidOn: loan.paidOn,
    returnDue: loan.returnDue,
    renewalDisbursedOn: loan.renewalDisbursedOn,
    returnedOn: loan.returnedOn,
    fee: loan.feeFen === null ? null : formatYuan(loan.feeFen),
    feeWorking: (loan.feeWorking as BridgeFeeWorking | null) ?? null,
    overdue: overdueOf(row, rules, today(), await officialCalendar(db)),
    overdueLevelNotified: loan.overdueLevel,
    maxWorkingDays: rules.maxWorkingDays,
    party,
    version: loan.version,
  };
}

export async function listBridgeLoans(db: Database, actor: Actor, filter: { state?: BridgeLoanState }) {
  const rows = await repo.listLoans(db, bridgeScope(actor), filter.state ? [filter.state] : undefined);
  return Promise.all(rows.map((row) => present(db, actor, row)));
}

export async function getBridgeLoan(db: Database, actor: Actor, id: string) {
  const row = await visibleLoan(db, actor, id);
  return { ...(await present(db, actor, row)), history: await repo.listEvents(db, id) };
}

// ── The enterprise's request ──────────────────────────────────────────────────────────────────────

async function borrowerOf(db: Executor, enterpriseId: string): Promise<BridgeBorrower> {
  const enterprise = await findEnterprise(db, enterpriseId);
  if (!enterprise) throw AppError.notFound({ zh: "企业", en: "Enterprise" });
  return {
    sizeClass: enterprise.sizeClass as BridgeBorrower["sizeClass"],
    ownership: enterprise.ownership,
    tags: enterprise.tags,
  };
}

function requireEnterprise(actor: Actor): string {
  requireRole(actor, "operator", "admin");
  if (actor.orgType !== "ENTERPRISE" || !actor.enterpriseId)
    throw AppError.forbidden({
      zh: "只有企业可以申请应急转贷",
      en: "Only an enterprise requests a bridge loan",
    });
  return actor.enterpriseId;
}

/**
 * What the enterprise may ask for from a bridge fund today, and what the fee would be if the money
 * came back on the last day of use: the fee preview of the request form.
 */
export async function quoteBridgeLoan(db: Database, actor: Actor, input: { fundId: string; amount: string }) {
  const enterpriseId = requireEnterprise(actor);
  const { rules } = await bridgeFund(db, actor, input.fundId);
  const amountFen = parseYuan(input.amount, ["amount"]);
  const borrower = await borrowerOf(db, enterpriseId);
  const day = today();
  const ceiling = bridgeLoanCeiling(borrower, rules, day);
  const calendar = await officialCalendar(db);
  const returnDue = unlessCalendarUncovered(() => bridgeReturnDue(day, rules, calendar));
  const { feeFen, working } = bridgeLoanFee({
    amountFen,
    paidOn: day,
    returnedOn: returnDue ?? day,
    borrower,
    rules,
  });
  return {
    ceiling: { amount: formatYuan(ceiling.ceilingFen), group: ceiling.group, reason: ceiling.reason },
    withinCeiling: amountFen <= ceiling.ceilingFen,
    paidOn: day,
    returnDue,
    fee: formatYuan(feeFen),
    feeWorking: working,
  };
}

export interface RequestInput {
  fundId: string;
  bankOrgId: string;
  contractNo: string;
  maturityDate: string;
  maturingAmount: string;
  amount: string;
}

/** An enterprise asks the bridge fund to repay its maturing loan so that the bank renews it. */
export async function requestBridgeLoan(db: Database, actor: Actor, input: RequestInput, ip: string | null) {
  const enterpriseId = requireEnterprise(actor);
  const { fund, rules, version } = await bridgeFund(db, actor, input.fundId);
  const bank = await findOrganisation(db, input.bankOrgId);
  if (bank?.type !== "BANK")
    throw AppError.validation("bankOrgId", "bank", {
      zh: "请选择到期贷款的银行",
      en: "Name the lending bank",
    });
  const amountFen = parseYuan(input.amount, ["amount"]);
  const maturingAmountFen = parseYuan(input.maturingAmount, ["maturingAmount"]);
  const day = today();
  const ceiling = bridgeLoanCeiling(await borrowerOf(db, enterpriseId), rules, day);
  validateBridgeRequest({
    amountFen,
    maturingAmountFen,
    maturityDate: input.maturityDate,
    ceiling,
    today: day,
  });
  const id = await db
    .transaction(async (tx) => {
      const loan = await repo.insertLoan(tx, {
        fundId: fund.id,
        rulesVersion: version,
        enterpriseId,
        state: "REQUESTED",
        bankOrgId: bank.id,
        contractNo: input.contractNo,
        maturityDate: input.maturityDate,
        maturingAmountFen,
        amountFen,
        ceiling: { amount: formatYuan(ceiling.ceilingFen), group: ceiling.group, reason: ceiling.reason },
        appliedOn: day,
        createdBy: actor.userId,
      });
      await repo.insertEvents(tx, [
        event(loan.id, actor, "request", null, "REQUESTED", null, { amount: input.amount }, day),
      ]);
      await recordAudit(tx, {
        actor,
        action: "bridge-loan.request",
        entityType: "bridge-loan",
        entityId: loan.id,
        after: { ...input, ceiling: formatYuan(ceiling.ceilingFen) },
        ip,
      });
      return loan.id;
    })
    .catch((error) => {
      if (pgErrorCode(error) === "23505")
        throw new AppError(
          "conflict",
          {
            zh: "该笔到期贷款已有在办的转贷申请",
            en: "This maturing loan already has a live bridge request",
          },
          [
            {
              field: "contractNo",
              rule: "unique",
              message: { zh: "该合同已在申请中", en: "Already requested" },
            },
          ],
        );
      throw error;
    });
  return getBridgeLoan(db, actor, id);
}

function event(
  bridgeLoanId: string,
  actor: Actor | null,
  action: string,
  fromState: BridgeLoanState | null,
  toState: BridgeLoanState,
  reason: string | null,
  details: unknown,
  businessDate: string,
): repo.EventValues {
  return {
    bridgeLoanId,
    action,
    fromState,
    toState,
    reason,
    details: details ?? null,
    actorUserId: actor?.userId ?? null,
    actorOrgId: actor?.orgId ?? null,
    businessDate,
  };
}

// ── The bank's letter and decisions ───────────────────────────────────────────────────────────────

/** The bank uploads its written commitment (续贷承诺函) before committing. */
export async function uploadLetter(
  db: Database,
  storage: FileStorage,
  actor: Actor,
  file: { filename: string; content: Buffer },
  ip: string | null,
) {
  requireRole(actor, "operator", "reviewer", "admin");
  if (actor.orgType !== "BANK")
    throw AppError.forbidden({ zh: "续贷承诺函由贷款银行上传", en: "The lending bank uploads the letter" });
  if (file.content.length === 0)
    throw AppError.validation("file", "not-empty", { zh: "文件为空", en: "Empty file" });
  const contentType = detectFileType(file.filename, file.content);
  if (!contentType)
    throw AppError.validation("file", "file-type", {
      zh: `只接受 ${ACCEPTED_EXTENSIONS.join("、")} 文件,且内容须与扩展名相符`,
      en: `accepted: ${ACCEPTED_EXTENSIONS.join(", ")}, content matching the name`,
    });
  const sha256 = createHash("sha256").update(file.content).digest("hex");
  await storage.put(sha256, file.content);
  return db.transaction(async (tx) => {
    const row = await repo.insertLetter(tx, {
      filename: file.filename,
      contentType,
      size: file.content.length,
      sha256,
      uploadedBy: actor.userId,
      uploadedByOrg: actor.orgId,
    });
    await recordAudit(tx, {
      actor,
      action: "bridge-loan-letter.upload",
      entityType: "bridge-loan-letter",
      entityId: row.id,
      after: { filename: row.filename, sha256 },
      ip,
    });
    return { id: row.id, filename: row.filename, size: row.size, contentType: row.contentType };
  });
}

/** The letter of a loan the caller may see, with its bytes. */
export async function readLetter(db: Database, storage: FileStorage, actor: Actor, id: string) {
  const row = await visibleLoan(db, actor, id);
  const letter = row.loan.letterId ? await repo.findLetter(db, row.loan.letterId) : null;
  if (!letter) throw AppError.notFound(LETTER);
  return { letter, content: await storage.get(letter.sha256) };
}

export type DecisionInput =
  | {
      action: "commit";
      letterId: string;
      renewalAmount: string;
      expectedDisbursementOn: string;
      version: number;
    }
  | { action: "decline"; reason: string; version: number }
  | { action: "approve"; opinion?: string; version: number }
  | { action: "reject"; reason: string; version: number };

/**
 * The bank commits to renew (with its letter, the renewal amount and expected disbursement) or declines
 * with a reason; the fund's manager approves — when the fund's cash holds the amount — or rejects with a
 * reason. Each step at the version read, with its history entry.
 */
export async function decideBridgeLoan(
  db: Database,
  actor: Actor,
  id: string,
  input: DecisionInput,
  ip: string | null,
) {
  requireRole(actor, "operator", "reviewer", "admin");
  const day = today();
  await db.transaction(async (tx) => {
    const row = await visibleLoan(tx, actor, id, true);
    if (row.loan.version !== input.version) throw AppError.staleVersion();
    const reason = "reason" in input ? input.reason : null;
    const step = decide(() =>
      bridgeLoanTransition(row.loan.state, input.action, partyOf(actor, row), reason),
    );
    const changes = await decisionChanges(tx, actor, row, input, day);
    const saved = await repo.updateLoan(tx, id, row.loan.version, { state: step.to, ...changes.values });
    if (!saved) throw AppError.staleVersion();
    await repo.insertEvents(tx, [
      event(id, actor, input.action, row.loan.state, step.to, reason, changes.details, day),
    ]);
    await recordAudit(tx, {
      actor,
      action: `bridge-loan.${input.action}`,
      entityType: "bridge-loan",
      entityId: id,
      before: { state: row.loan.state },
      after: { state: step.to, reason, ...changes.details },
      ip,
    });
  });
  return getBridgeLoan(db, actor, id);
}

async function decisionChanges(
  tx: Executor,
  actor: Actor,
  row: LoanRow,
  input: DecisionInput,
  day: string,
): Promise<{ values: Partial<repo.BridgeLoanValues>; details: Record<string, string> | null }> {
  if (input.action === "commit") {
    const letter = await repo.findLetter(tx, input.letterId);
    if (!letter || letter.uploadedByOrg !== actor.orgId || (await repo.letterInUse(tx, letter.id)))
      throw AppError.validation("letterId", "own-letter", {
        zh: "请上传本行的续贷承诺函",
        en: "Upload your own renewal letter",
      });
    const renewalAmountFen = parseYuan(input.renewalAmount, ["renewalAmount"]);
    if (renewalAmountFen <= 0n)
      throw AppError.validation("renewalAmount", "positive", {
        zh: "续贷金额须大于0",
        en: "Must be above 0",
      });
    if (input.expectedDisbursementOn < day)
      throw AppError.validation("expectedDisbursementOn", "not-past", {
        zh: "预计放款日不能早于今天",
        en: "The expected disbursement cannot be in the past",
      });
    return {
      values: { letterId: letter.id, renewalAmountFen, expectedDisbursementOn: input.expectedDisbursementOn },
      details: {
        letter: letter.filename,
        renewalAmount: formatYuan(renewalAmountFen),
        expectedDisbursementOn: input.expectedDisbursementOn,
      },
    };
  }
  if (input.action === "approve") {
    const cash = await cashBalance(tx, row.loan.fundId);
    if (cash < row.loan.amountFen) throw insufficientCash(cash);
    return { values: {}, details: input.opinion ? { opinion: input.opinion } : null };
  }
  return { values: {}, details: null };
}

function insufficientCash(cash: bigint): AppError {
  const message = {
    zh: `转贷资金池余额不足,可用${formatYuan(cash)}元`,
    en: `The bridge fund holds only ${formatYuan(cash)}`,
  };
  return new AppError("conflict", message, [{ field: "amount", rule: "insufficient-balance", message }]);
}

export type { LoanRow };
export { borrowerOf, event as bridgeEvent, partyOf, visibleLoan };
