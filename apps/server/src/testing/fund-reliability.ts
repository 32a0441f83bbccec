import { balanceOf, type FundAccountKind } from "@chanrong/domain";
import { and, eq, sql } from "drizzle-orm";
import type { Database, Executor } from "../db/client";
import { fundAccounts, fundPaymentLines, fundPostings, funds, fundTransfers } from "../db/schema";
import { actOnPayment } from "../modules/payments/payments.service";
import type { Actor } from "../platform/actor";
import { AppError } from "../platform/errors";
import { actorIn, transfersOf } from "./fund";

/** The four deciders of the chain, as services see them. */
export interface ChainActors {
  guarantor: Actor;
  finance: Actor;
  industry: Actor;
  city: Actor;
}

export async function chainActors(db: Executor): Promise<ChainActors> {
  const [guarantor, finance, industry, city] = await Promise.all(
    ["danbao.reviewer", "czj.reviewer", "jxj.reviewer", "szf.reviewer"].map((user) => actorIn(db, user)),
  );
  if (!guarantor || !finance || !industry || !city) throw new Error("a seeded decider is missing");
  return { guarantor, finance, industry, city };
}

/** Takes a DRAFT payment through submit → both bureaus → the city government; returns its version. */
export async function approvePayment(db: Database, actors: ChainActors, paymentId: string): Promise<number> {
  let version = 1;
  for (const [actor, action] of [
    [actors.guarantor, "submit"],
    [actors.finance, "finance-approve"],
    [actors.industry, "industry-approve"],
    [actors.city, "city-approve"],
  ] as const) {
    const payment = await actOnPayment(db, actor, paymentId, { action, version, opinion: "同意" }, null);
    version = payment.version;
  }
  return version;
}

/**
 * The guarantor pays an approved payment under `key`, with a transfer reference for every line; answers
 * the payment's status, or the rule of the refusal (e.g. insufficient-balance).
 */
export async function executeApproved(
  db: Database,
  actors: ChainActors,
  paymentId: string,
  version: number,
  key: string,
): Promise<string> {
  const transfers = await transfersOf(db, paymentId);
  return actOnPayment(
    db,
    actors.guarantor,
    paymentId,
    { action: "execute", version, idempotencyKey: key, transfers },
    null,
  ).then(
    (payment) => payment.status,
    (error: unknown) => {
      if (!(error instanceof AppError)) throw error;
      return error.fieldErrors[0]?.rule ?? error.message;
    },
  );
}

/** A fund of its own for one test or one property run, managed by the seeded guarantor in 十堰. */
export async function createFund(db: Executor, guarantorOrgId: string, code: string): Promise<string> {
  const [fund] = await db
    .insert(funds)
    .values({
      code,
      name: `测试专项资金 ${code}`,
      regionCode: "420300",
      managerOrgId: guarantorOrgId,
      programmeCodes: [],
    })
    .returning({ id: funds.id });
  if (!fund) throw new Error("fund insert returned nothing");
  return fund.id;
}

/**
 * Everything that must hold of the ledger, read back from the tables (all funds): debits equal
 * credits, each account's cached totals equal the sums of its transfers, no balance below zero on
 * its normal side, and a paid line has exactly one cash-out posting of its amount (an unpaid one none).
 * Empty when the books are sound; otherwise one message per problem.
 */
export async function ledgerProblems(db: Executor): Promise<string[]> {
  const problems: string[] = [];
  const accounts = await db
    .select({
      id: fundAccounts.id,
      kind: fundAccounts.kind,
      name: fundAccounts.name,
      debitsFen: fundAccounts.debitsFen,
      creditsFen: fundAccounts.creditsFen,
      // Spelled out: drizzle leaves columns unqualified in a one-table select, and both tables have "id".
      transferredIn: sql<string>`(select coalesce(sum(t.amount_fen), 0)::text from fund_transfers t where t.debit_account_id = fund_accounts.id)`,
      transferredOut: sql<string>`(select coalesce(sum(t.amount_fen), 0)::text from fund_transfers t where t.credit_account_id = fund_accounts.id)`,
    })
    .from(fundAccounts);
  let debits = 0n;
  let credits = 0n;
  for (const account of accounts) {
    debits += account.debitsFen;
    credits += account.creditsFen;
    if (
      account.debitsFen !== BigInt(account.transferredIn) ||
      account.creditsFen !== BigInt(account.transferredOut)
    ) {
      problems.push(
        `${account.name}: cached ${account.debitsFen}/${account.creditsFen} ≠ transfers ${account.transferredIn}/${account.transferredOut}`,
      );
    }
    const balance = balanceOf(account.kind as FundAccountKind, account);
    if (balance < 0n) problems.push(`${account.name}: balance ${balance} below zero`);
  }
  const [moved] = await db
    .select({ total: sql<string>`coalesce(sum(${fundTransfers.amountFen}), 0)::text` })
    .from(fundTransfers);
  if (debits !== credits) problems.push(`Σ debits ${debits} ≠ Σ credits ${credits}`);
  if (debits !== BigInt(moved?.total ?? "0"))
    problems.push(`Σ debits ${debits} ≠ Σ transfers ${moved?.total}`);

  const lines = await db
    .select({
      id: fundPaymentLines.id,
      lineNo: fundPaymentLines.lineNo,
      paid: sql<boolean>`${fundPaymentLines.paidAt} is not null`,
      amountFen: fundPaymentLines.amountFen,
      postings: sql<number>`count(distinct ${fundPostings.id})::int`,
      paidOut: sql<string>`coalesce(sum(${fundTransfers.amountFen}), 0)::text`,
    })
    .from(fundPaymentLines)
    .leftJoin(
      fundPostings,
      and(eq(fundPostings.paymentLineId, fundPaymentLines.id), eq(fundPostings.kind, "PAYMENT_PAID")),
    )
    .leftJoin(fundTransfers, eq(fundTransfers.postingId, fundPostings.id))
    .groupBy(fundPaymentLines.id);
  for (const line of lines) {
    const expected = line.paid ? [1, line.amountFen] : [0, 0n];
    if (line.postings !== expected[0] || BigInt(line.paidOut) !== expected[1]) {
      problems.push(
        `line ${line.lineNo} (${line.paid ? "paid" : "unpaid"}, ${line.amountFen}): ${line.postings} cash-out postings of ${line.paidOut}`,
      );
    }
  }
  return problems;
}

/** Balances of one fund by account identity (kind, and the beneficiary of a payable). */
export async function balancesOf(db: Executor, fundId: string): Promise<Map<string, bigint>> {
  const rows = await db.select().from(fundAccounts).where(eq(fundAccounts.fundId, fundId));
  return new Map(
    rows.map((row) => [
      accountKey(row.kind as FundAccountKind, row.beneficiaryOrgId ?? row.beneficiaryEnterpriseId),
      balanceOf(row.kind as FundAccountKind, row),
    ]),
  );
}

/** How balancesOf names an account: "FUND_CASH", "PAYABLE:<org or enterprise id>". */
export function accountKey(kind: FundAccountKind, beneficiaryId?: string | null): string {
  return beneficiaryId ? `${kind}:${beneficiaryId}` : kind;
}
