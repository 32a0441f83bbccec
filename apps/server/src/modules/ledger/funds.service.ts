import {
  assertDateWithin,
  assertPositiveFen,
  businessDateLimit,
  FUND_ACCOUNT_LABELS,
  formatYuan,
  type PostingKind,
  parseYuan,
} from "@chanrong/domain";
import type { Database, Executor } from "../../db/client";
import type { FundScope } from "../../db/scopes";
import { hasRole, isPlatformAdmin, regionPrefix, requireOrgType, requireRole } from "../../platform/access";
import type { Actor } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { today } from "../../platform/clock";
import { AppError } from "../../platform/errors";
import type { FundRow } from "./ledger.repository";
import * as repo from "./ledger.repository";
import { accountBalances, post } from "./ledger.service";
import { postReversal } from "./reversals";

export type { FundRow };

/** The bureaus and the city government that decide on a fund's payments. */
const OVERSEERS = ["FINANCE_BUREAU", "INDUSTRY_BUREAU", "CITY_GOVERNMENT"] as const;

/**
 * Who may see a fund: the guarantor that manages it, the finance and industry bureaus and the city
 * government of its region, and the platform's operator. Every fund read (funds, payments,
 * subsidies) goes through it.
 */
export function fundScope(actor: Actor): FundScope {
  if (isPlatformAdmin(actor)) return { kind: "all" };
  if (actor.orgType === "GUARANTOR") return { kind: "manager", orgId: actor.orgId };
  if ((OVERSEERS as readonly string[]).includes(actor.orgType)) {
    return { kind: "region", prefix: regionPrefix(actor.orgRegionCode) };
  }
  return { kind: "none" };
}

/** The fund as the caller may see it; another region's fund does not exist for them (404). */
export async function visibleFund(db: Executor, actor: Actor, fundId: string): Promise<FundRow> {
  const fund = await repo.findFund(db, fundScope(actor), fundId);
  if (!fund) throw AppError.notFound({ zh: "专项资金", en: "Fund" });
  return fund;
}

/** A fund by its id whoever asks, or null: for contexts that pay out of it on the caller's behalf. */
export function fundById(db: Executor, fundId: string): Promise<FundRow | null> {
  return repo.findFund(db, { kind: "all" }, fundId);
}

/** The fund that pays for a programme's loans. */
export async function fundOfProgramme(db: Executor, programmeCode: string): Promise<FundRow> {
  const fund = await repo.findFundOfProgramme(db, programmeCode);
  if (!fund) {
    throw new AppError("conflict", {
      zh: `计划${programmeCode}未配置专项资金`,
      en: "No special fund pays for this programme",
    });
  }
  return fund;
}

function presentBalances(balances: Awaited<ReturnType<typeof accountBalances>>) {
  return balances.map(({ debitsFen, creditsFen, balanceFen, ...account }) => ({
    ...account,
    kindLabel: FUND_ACCOUNT_LABELS[account.kind],
    debits: formatYuan(debitsFen),
    credits: formatYuan(creditsFen),
    balance: formatYuan(balanceFen),
  }));
}

export async function listFunds(db: Database, actor: Actor) {
  const visible = await repo.listFunds(db, fundScope(actor));
  return Promise.all(
    visible.map(async (fund) => {
      const cash = (await accountBalances(db, fund.id)).find((account) => account.kind === "FUND_CASH");
      return { ...fund, cashBalance: formatYuan(cash?.balanceFen ?? 0n) };
    }),
  );
}

export async function getFund(db: Database, actor: Actor, fundId: string) {
  const fund = await visibleFund(db, actor, fundId);
  return { ...fund, accounts: presentBalances(await accountBalances(db, fund.id)) };
}

export interface AppropriationInput {
  amount: string;
  date: string;
  memo: string;
  idempotencyKey: string;
}

/** Seed 002 art. 12: the finance bureau appropriates the year's money into the fund. */
export async function appropriate(
  db: Database,
  actor: Actor,
  fundId: string,
  input: AppropriationInput,
  ip: string | null,
) {
  requireOrgType(actor, "FINANCE_BUREAU");
  requireRole(actor, "operator", "reviewer");
  const fund = await visibleFund(db, actor, fundId);
  const amountFen = parseYuan(input.amount, ["amount"]);
  assertPositiveFen(amountFen, ["amount"]);
  // Money that has arrived was appropriated on a day that has come.
  assertDateWithin(input.date, ["date"], "拨款日期", { latest: businessDateLimit(today()) });
  const result = await db.transaction(async (tx) => {
    const posted = await post(tx, {
      fundId: fund.id,
      idempotencyKey: input.idempotencyKey,
      kind: "APPROPRIATION",
      effectiveOn: input.date,
      memo: input.memo,
      legs: [{ debit: { kind: "FUND_CASH" }, credit: { kind: "APPROPRIATIONS" }, amountFen }],
      recordedBy: actor,
    });
    if (!posted.replayed) {
      await recordAudit(tx, {
        actor,
        action: "fund.appropriate",
        entityType: "fund",
        entityId: fund.id,
        after: { postingId: posted.postingId, amount: input.amount, date: input.date, memo: input.memo },
        ip,
      });
    }
    return posted;
  });
  return { ...result, fund: await getFund(db, actor, fund.id) };
}

/** Who may correct which postings by reversing them: each party its own manual entries. */
const REVERSIBLE_BY: Partial<Record<PostingKind, Actor["orgType"]>> = {
  APPROPRIATION: "FINANCE_BUREAU",
  RECOVERY: "GUARANTOR",
};

/**
 * Whether `actor` may reverse a posting here: a reviewer of the party that enters such postings. A
 * posting of a recorded recovery is reversed with the recovery itself (defaults.service
 * reverseRecovery), so the case's figures and the ledger cannot disagree.
 */
export function mayReverse(actor: Actor, posting: { kind: PostingKind; recoveryId: string | null }): boolean {
  return (
    posting.recoveryId === null && REVERSIBLE_BY[posting.kind] === actor.orgType && hasRole(actor, "reviewer")
  );
}

export interface ReversalInput {
  reason: string;
  date: string;
  idempotencyKey: string;
}

/**
 * Corrects a posting by a new one with every leg swapped; the original stays. Refused when the
 * money has already been spent (the balance constraint), and for postings made by payment decisions,
 * which are corrected through their own workflow.
 */
export async function reversePosting(
  db: Database,
  actor: Actor,
  fundId: string,
  postingId: number,
  input: ReversalInput,
  ip: string | null,
) {
  requireRole(actor, "reviewer");
  const fund = await visibleFund(db, actor, fundId);
  const original = await repo.findPosting(db, postingId);
  if (!original || original.fundId !== fund.id) throw AppError.notFound({ zh: "记账", en: "Posting" });
  if (original.recoveryId !== null) {
    throw new AppError(
      "conflict",
      { zh: "追偿款记账须在代偿案件中冲正该笔追偿款", en: "Reverse the recovery in its default case" },
      [
        {
          field: "postingId",
          rule: "reverse-the-recovery",
          message: { zh: "请在代偿案件中冲正追偿款", en: "Reverse the recovery in its default case" },
        },
      ],
    );
  }
  if (REVERSIBLE_BY[original.kind as PostingKind] !== actor.orgType) {
    throw AppError.forbidden({
      zh: "只能冲正本单位录入的拨款或追偿记账",
      en: "You may reverse only your own manual entries",
    });
  }
  assertDateWithin(input.date, ["date"], "冲正日期", {
    earliest: { date: original.effectiveOn, zh: "原记账日期", en: "the reversed posting's date" },
    latest: businessDateLimit(today()),
  });
  const result = await db.transaction(async (tx) => {
    const posted = await postReversal(tx, actor, {
      fundId: fund.id,
      postingId,
      idempotencyKey: input.idempotencyKey,
      effectiveOn: input.date,
      reason: input.reason,
    });
    await recordAudit(tx, {
      actor,
      action: "fund.reverse",
      entityType: "fund",
      entityId: fund.id,
      after: { postingId: posted.postingId, reverses: postingId, reason: input.reason },
      ip,
    });
    return posted;
  });
  return { ...result, fund: await getFund(db, actor, fund.id) };
}
