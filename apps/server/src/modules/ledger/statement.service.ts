import {
  balanceOf,
  FUND_ACCOUNT_KINDS,
  FUND_ACCOUNT_LABELS,
  type FundAccountKind,
  formatYuan,
  PAYMENT_KIND_LABELS,
  type PaymentKind,
  POSTING_KIND_LABELS,
  type PostingKind,
  paymentTitle,
  type Term,
} from "@chanrong/domain";
import type { Database, Executor } from "../../db/client";
import type { Actor } from "../../platform/actor";
import { AppError } from "../../platform/errors";
import { type FundRow, mayReverse, visibleFund } from "./funds.service";
import type { SideTotals } from "./ledger.repository";
import * as repo from "./ledger.repository";

/* ------------------------------------------------------------------------------------------------
 * Postings as people read them: what moved between which accounts, and the decision behind it.
 * ---------------------------------------------------------------------------------------------- */

/** A leg named by its accounts, as a statement row lists it. */
export interface StatementLeg {
  debit: string;
  credit: string;
  amount: string;
}

/** A posting with its decision, its movement per account kind and (the first of) its legs. */
export interface DescribedPosting {
  postingId: number;
  effectiveOn: string;
  kind: PostingKind;
  kindLabel: string;
  memo: string;
  recordedAt: Date;
  recordedBy: { name: string; orgName: string };
  reverses: number | null;
  reversedBy: number | null;
  decision: {
    payment: { id: string; title: Term; kind: PaymentKind; kindLabel: string } | null;
    line: {
      id: string;
      lineNo: number;
      beneficiary: string;
      /** Once paid: the bank transfer reference (流水号) and the account paid into. */
      transferReference: string | null;
      payeeAccount: { name: string | null; bank: string | null; number: string } | null;
    } | null;
    recovery: { id: string; recoveredOn: string; amount: string } | null;
  };
  /** Debits and credits per account kind, so a posting of many payees still reads in one line. */
  movements: { kind: FundAccountKind; kindLabel: string; debit: string; credit: string }[];
  legs: StatementLeg[];
  legCount: number;
}

/** Items by key, in their order (Map.groupBy arrives with Node 21). */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** A payment approved for ten thousand payees has ten thousand legs; a row shows this many. */
const LEGS_SHOWN = 20;

async function describePostings(
  db: Executor,
  ids: readonly number[],
): Promise<Map<number, DescribedPosting>> {
  if (ids.length === 0) return new Map();
  const { postings: rows, reversals, legs } = await repo.postingDetails(db, ids);
  const reversedBy = new Map(reversals.map((row) => [row.reverses, row.id]));
  const legsOf = groupBy(legs, (leg) => leg.postingId);
  return new Map(
    rows.map((row): [number, DescribedPosting] => {
      const { posting } = row;
      const own = legsOf.get(posting.id) ?? [];
      const movement = new Map<FundAccountKind, { debitFen: bigint; creditFen: bigint }>();
      const move = (kind: string, side: "debitFen" | "creditFen", amountFen: bigint) => {
        const entry = movement.get(kind as FundAccountKind) ?? { debitFen: 0n, creditFen: 0n };
        entry[side] += amountFen;
        movement.set(kind as FundAccountKind, entry);
      };
      for (const leg of own) {
        move(leg.debitKind, "debitFen", leg.amountFen);
        move(leg.creditKind, "creditFen", leg.amountFen);
      }
      const paymentKind = row.paymentKind as PaymentKind | null;
      return [
        posting.id,
        {
          postingId: posting.id,
          effectiveOn: posting.effectiveOn,
          kind: posting.kind as PostingKind,
          kindLabel: POSTING_KIND_LABELS[posting.kind as PostingKind] ?? posting.kind,
          memo: posting.memo,
          recordedAt: posting.recordedAt,
          recordedBy: { name: row.recordedByName, orgName: row.recordedByOrgName },
          reverses: posting.reverses,
          reversedBy: reversedBy.get(posting.id) ?? null,
          decision: {
            payment:
              posting.paymentId && paymentKind
                ? {
                    id: posting.paymentId,
                    title: paymentTitle({ title: row.paymentTitle ?? "", titleEn: row.paymentTitleEn }),
                    kind: paymentKind,
                    kindLabel: PAYMENT_KIND_LABELS[paymentKind],
                  }
                : null,
            line:
              posting.paymentLineId && row.lineNo !== null
                ? {
                    id: posting.paymentLineId,
                    lineNo: row.lineNo,
                    beneficiary: row.beneficiary ?? "",
                    // Only the payment posting (拨付) itself carries what the bank moved.
                    ...(posting.kind === "PAYMENT_PAID"
                      ? {
                          transferReference: row.transferReference,
                          payeeAccount: row.payeeAccountNo
                            ? {
                                name: row.payeeAccountName,
                                bank: row.payeeBankName,
                                number: row.payeeAccountNo,
                              }
                            : null,
                        }
                      : { transferReference: null, payeeAccount: null }),
                  }
                : null,
            recovery:
              posting.recoveryId && row.recoveredOn && row.recoveredFen !== null
                ? {
                    id: posting.recoveryId,
                    recoveredOn: row.recoveredOn,
                    amount: formatYuan(row.recoveredFen),
                  }
                : null,
          },
          movements: FUND_ACCOUNT_KINDS.flatMap((kind) => {
            const entry = movement.get(kind);
            return entry
              ? [
                  {
                    kind,
                    kindLabel: FUND_ACCOUNT_LABELS[kind],
                    debit: formatYuan(entry.debitFen),
                    credit: formatYuan(entry.creditFen),
                  },
                ]
              : [];
          }),
          legs: own.slice(0, LEGS_SHOWN).map((leg) => ({
            debit: leg.debitName,
            credit: leg.creditName,
            amount: formatYuan(leg.amountFen),
          })),
          legCount: own.length,
        },
      ];
    }),
  );
}

/** The decision behind a posting in one line of text, for exports. */
export function decisionText(posting: DescribedPosting): string {
  const { payment, line, recovery } = posting.decision;
  const parts: string[] = [];
  // The title names the kind already (e.g. 2025年度担保费补贴…, 风险补偿:…).
  if (payment) parts.push(payment.title.zh);
  if (line) parts.push(`第${line.lineNo}项 ${line.beneficiary}`);
  if (recovery) parts.push(`追偿回收 ${recovery.recoveredOn} ${recovery.amount}元`);
  if (posting.reverses) parts.push(`冲正第${posting.reverses}号记账`);
  return parts.join(" · ");
}

/** "借 应付款 81277.78;贷 专项资金存款 81277.78": debits first, as a voucher is written. */
export function movementText(posting: DescribedPosting): string {
  const side = (label: string, amountOf: (m: DescribedPosting["movements"][number]) => string) =>
    posting.movements.flatMap((m) =>
      amountOf(m) !== "0.00" ? [`${label} ${m.kindLabel} ${amountOf(m)}`] : [],
    );
  return [...side("借", (m) => m.debit), ...side("贷", (m) => m.credit)].join(";");
}

/** A fund's postings of one kind, newest first: e.g. its appropriations, each with whether the caller may reverse it. */
export async function listPostings(
  db: Database,
  actor: Actor,
  fundId: string,
  filter: { kind?: PostingKind; page: number; pageSize: number },
) {
  const fund = await visibleFund(db, actor, fundId);
  const { ids, total } = await repo.pageOfPostingIds(db, fund.id, {
    ...(filter.kind && { kind: filter.kind }),
    limit: filter.pageSize,
    offset: (filter.page - 1) * filter.pageSize,
  });
  const described = await describePostings(db, ids);
  return {
    items: ids.flatMap((id) => {
      const posting = described.get(id);
      if (!posting) return [];
      const amount = posting.movements.find((m) => m.kind === "FUND_CASH");
      return [
        {
          ...posting,
          cashIn: amount?.debit ?? "0.00",
          cashOut: amount?.credit ?? "0.00",
          mayReverse:
            !posting.reversedBy &&
            mayReverse(actor, { kind: posting.kind, recoveryId: posting.decision.recovery?.id ?? null }),
        },
      ];
    }),
    total,
    page: filter.page,
    pageSize: filter.pageSize,
  };
}

/* ------------------------------------------------------------------------------------------------
 * The statement (资金明细账) of a period, derived from the transfers, and its reconciliation.
 * ---------------------------------------------------------------------------------------------- */

export interface Period {
  from: string;
  to: string;
}

const ZERO: SideTotals = { before: 0n, during: 0n, all: 0n };

function refusePeriod(period: Period): void {
  if (period.from > period.to) {
    throw AppError.validation("to", "period-order", {
      zh: "截止日期不能早于起始日期",
      en: "To must not precede from",
    });
  }
}

async function buildStatement(db: Executor, fund: FundRow, period: Period) {
  refusePeriod(period);
  const accounts = await repo.accountsOfFund(db, fund.id);
  const totals = await repo.transferTotals(db, fund.id, period);
  const cash = accounts.find((account) => account.kind === "FUND_CASH") ?? null;

  const byKind = FUND_ACCOUNT_KINDS.flatMap((kind) => {
    const ofKind = accounts.filter((account) => account.kind === kind);
    if (ofKind.length === 0) return [];
    const sum = (side: "debits" | "credits", part: keyof SideTotals) =>
      ofKind.reduce((total, account) => total + (totals[side].get(account.id) ?? ZERO)[part], 0n);
    const opening = { debitsFen: sum("debits", "before"), creditsFen: sum("credits", "before") };
    const debitsFen = sum("debits", "during");
    const creditsFen = sum("credits", "during");
    return [
      {
        kind,
        kindLabel: FUND_ACCOUNT_LABELS[kind],
        accountCount: ofKind.length,
        openingFen: balanceOf(kind, opening),
        debitsFen,
        creditsFen,
        closingFen: balanceOf(kind, {
          debitsFen: opening.debitsFen + debitsFen,
          creditsFen: opening.creditsFen + creditsFen,
        }),
      },
    ];
  });
  const cashTotals = byKind.find((row) => row.kind === "FUND_CASH");
  const openingCashFen = cashTotals?.openingFen ?? 0n;

  // The trigger keeps each account's totals; the transfers are the truth they must equal.
  const mismatches = accounts.flatMap((account) => {
    const debits = (totals.debits.get(account.id) ?? ZERO).all;
    const credits = (totals.credits.get(account.id) ?? ZERO).all;
    if (debits === account.debitsFen && credits === account.creditsFen) return [];
    return [
      {
        accountId: account.id,
        kind: account.kind as FundAccountKind,
        name: account.name,
        recordedDebits: formatYuan(account.debitsFen),
        transferDebits: formatYuan(debits),
        recordedCredits: formatYuan(account.creditsFen),
        transferCredits: formatYuan(credits),
      },
    ];
  });
  const totalDebitsFen = accounts.reduce((sum, account) => sum + account.debitsFen, 0n);
  const totalCreditsFen = accounts.reduce((sum, account) => sum + account.creditsFen, 0n);
  const transferredFen = [...totals.debits.values()].reduce((sum, side) => sum + side.all, 0n);
  const reconciliation = {
    reconciled: mismatches.length === 0 && totalDebitsFen === totalCreditsFen,
    accountsMatchTransfers: mismatches.length === 0,
    debitsEqualCredits: totalDebitsFen === totalCreditsFen,
    totalDebits: formatYuan(totalDebitsFen),
    totalCredits: formatYuan(totalCreditsFen),
    transferred: formatYuan(transferredFen),
    mismatches,
  };

  let running = openingCashFen;
  const movements = (await repo.cashMovements(db, fund.id, cash?.id ?? null, period)).map((movement) => {
    running += movement.cashIn - movement.cashOut;
    return { ...movement, balanceFen: running };
  });
  return {
    fund: { id: fund.id, code: fund.code, name: fund.name },
    ...period,
    openingCashFen,
    closingCashFen: cashTotals?.closingFen ?? 0n,
    byKind,
    reconciliation,
    movements,
  };
}

type Movement = Awaited<ReturnType<typeof buildStatement>>["movements"][number];

async function statementEntries(db: Executor, movements: readonly Movement[]) {
  const described = await describePostings(
    db,
    movements.map((movement) => movement.id),
  );
  return movements.flatMap((movement) => {
    const posting = described.get(movement.id);
    if (!posting) return [];
    return [
      {
        ...posting,
        cashIn: formatYuan(movement.cashIn),
        cashOut: formatYuan(movement.cashOut),
        cashBalance: formatYuan(movement.balanceFen),
      },
    ];
  });
}

/**
 * The fund's statement for a period: opening cash, every posting with its decision and the cash
 * balance after it, closing cash, the totals per account kind, and whether the books reconcile.
 * Everything is derived from the transfers; the trigger-kept totals are only checked against them.
 */
export async function statement(
  db: Database,
  actor: Actor,
  fundId: string,
  query: Period & { page: number; pageSize: number },
) {
  const fund = await visibleFund(db, actor, fundId);
  const built = await buildStatement(db, fund, query);
  const start = (query.page - 1) * query.pageSize;
  return {
    fund: built.fund,
    from: built.from,
    to: built.to,
    openingCash: formatYuan(built.openingCashFen),
    closingCash: formatYuan(built.closingCashFen),
    totals: built.byKind.map(presentKindTotals),
    reconciliation: built.reconciliation,
    entries: {
      items: await statementEntries(db, built.movements.slice(start, start + query.pageSize)),
      total: built.movements.length,
      page: query.page,
      pageSize: query.pageSize,
    },
  };
}

function presentKindTotals({
  openingFen,
  debitsFen,
  creditsFen,
  closingFen,
  ...row
}: Awaited<ReturnType<typeof buildStatement>>["byKind"][number]) {
  return {
    ...row,
    opening: formatYuan(openingFen),
    debits: formatYuan(debitsFen),
    credits: formatYuan(creditsFen),
    closing: formatYuan(closingFen),
  };
}

/** An export is one workbook in memory; beyond this, choose a shorter period. */
const EXPORT_ROW_LIMIT = 50_000;

/** The whole statement of the period, for its Excel export (every entry, not one page). */
export async function fullStatement(db: Database, actor: Actor, fundId: string, period: Period) {
  const fund = await visibleFund(db, actor, fundId);
  const built = await buildStatement(db, fund, period);
  if (built.movements.length > EXPORT_ROW_LIMIT) {
    throw AppError.validation("from", "too-many-rows", {
      zh: `期间内记账超过${EXPORT_ROW_LIMIT}笔,请缩短期间`,
      en: `More than ${EXPORT_ROW_LIMIT} postings: choose a shorter period`,
    });
  }
  const entries = [];
  for (let start = 0; start < built.movements.length; start += 1000) {
    entries.push(...(await statementEntries(db, built.movements.slice(start, start + 1000))));
  }
  return {
    ...built,
    openingCash: formatYuan(built.openingCashFen),
    closingCash: formatYuan(built.closingCashFen),
    totals: built.byKind.map(presentKindTotals),
    entries,
  };
}

/** The fund's cash balance at the end of each given month. */
export async function cashByMonthEnd(
  db: Executor,
  fundId: string,
  ends: readonly { month: string; end: string }[],
) {
  const last = ends.at(-1)?.end;
  const cash = await repo.cashAccountId(db, fundId);
  const result = new Map<string, bigint>();
  if (!cash || !last) return result;
  const daily = await repo.dailyNet(db, fundId, cash, last);
  for (const { month, end } of ends) {
    result.set(
      month,
      daily.reduce((sum, day) => (day.date <= end ? sum + day.netFen : sum), 0n),
    );
  }
  return result;
}
