import { asc, eq } from "drizzle-orm";
import type { Executor } from "../db/client";
import { fundPaymentLines, funds } from "../db/schema";
import { createPayment } from "../modules/payments/payments.service";
import { type Actor, actorOfUser } from "../platform/actor";
import type { TestContext } from "./test-app";

/** The Actor a signed-in seeded user would be, for calling services directly. */
export async function actorFor(ctx: TestContext, username: string): Promise<Actor> {
  return actorIn(ctx.database.db, username);
}

/** The same on a database without a test app (the crash test's own connection, the benchmark). */
export const actorIn = actorOfUser;

/**
 * A bank transfer reference (流水号) for every line of the payment, as the payer's bank would give them
 * ("LS-<key>-<line no.>"): what paying it needs.
 */
export async function transfersOf(db: Executor, paymentId: string, key = "test") {
  const lines = await db
    .select({ id: fundPaymentLines.id, lineNo: fundPaymentLines.lineNo })
    .from(fundPaymentLines)
    .where(eq(fundPaymentLines.paymentId, paymentId))
    .orderBy(asc(fundPaymentLines.lineNo));
  return lines.map((line) => ({ lineId: line.id, transferReference: `LS-${key}-${line.lineNo}` }));
}

/** The seeded special fund (the baseline seeds exactly one). */
export async function theFund(ctx: TestContext) {
  const [fund] = await ctx.database.db.select().from(funds);
  if (!fund) throw new Error("the seed has no fund");
  return fund;
}

/**
 * A DRAFT interest-subsidy payment to the guarantor's own books, one line per named beneficiary,
 * for tests of the chain and the ledger that do not care where the amounts came from.
 */
export async function createTestPayment(
  ctx: TestContext,
  fundId: string,
  lines: readonly { name: string; amountFen: bigint }[],
): Promise<string> {
  const actor = await actorFor(ctx, "danbao.reviewer");
  const [fund] = await ctx.database.db.select().from(funds).where(eq(funds.id, fundId));
  if (!fund) throw new Error(`no fund ${fundId}`);
  return ctx.database.db.transaction((tx) =>
    createPayment(tx, actor, {
      fund,
      kind: "INTEREST_SUBSIDY",
      title: {
        zh: `测试支付 ${lines.map((line) => line.name).join("、")}`,
        en: `Test payment ${lines.map((line) => line.name).join(", ")}`,
      },
      lines: lines.map((line, index) => ({
        subject: `TEST:${crypto.randomUUID()}:${index}`,
        beneficiary: { orgId: actor.orgId, name: line.name },
        amountFen: line.amountFen,
        working: { note: "test" },
      })),
    }),
  );
}
