import { type LoanEventType, loanPosition } from "@chanrong/domain";
import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { loanEvents, loanSettlements } from "../../db/schema";
import { insertTestLoan, OVERDUE_LOAN_EVENTS, SEED_LOAN_EVENTS } from "../../testing/fund-loans";
import type { LoanEventSpec } from "../../testing/loan-factory";
import { useTestApp } from "../../testing/test-app";

/**
 * loan_settlements, which the subsidy list pages by, is kept by a trigger on loan_events: whatever
 * writes the events, in one statement or many, reversals included, it says what the domain's
 * loanPosition says.
 */
describe("stored settlements agree with the domain's position", () => {
  const ctx = useTestApp();

  async function stored(applicationId: string) {
    const [row] = await ctx.database.db
      .select()
      .from(loanSettlements)
      .where(eq(loanSettlements.applicationId, applicationId));
    return row ? { settledOn: row.settledOn, everOverdue: row.everOverdue } : null;
  }

  async function derived(applicationId: string) {
    const rows = await ctx.database.db
      .select()
      .from(loanEvents)
      .where(eq(loanEvents.applicationId, applicationId))
      .orderBy(asc(loanEvents.id));
    const position = loanPosition(
      rows.map((row) => ({
        id: String(row.id),
        type: row.type as LoanEventType,
        date: row.occurredOn,
        amountFen: row.amountFen,
        reverses: row.reverses === null ? null : String(row.reverses),
      })),
    );
    return position.status === "SETTLED"
      ? { settledOn: position.settledOn, everOverdue: position.everOverdue }
      : null;
  }

  /** Adds events to a loan in one statement; `reverses` names an earlier event by its place in the loan's events. */
  async function add(applicationId: string, events: readonly (LoanEventSpec & { reverses?: number })[]) {
    const db = ctx.database.db;
    const existing = await db
      .select({ id: loanEvents.id, recordedBy: loanEvents.recordedBy, org: loanEvents.recordedByOrg })
      .from(loanEvents)
      .where(eq(loanEvents.applicationId, applicationId))
      .orderBy(asc(loanEvents.id));
    const [first] = existing;
    if (!first) throw new Error("the loan has no events");
    await db.insert(loanEvents).values(
      events.map(({ reverses, date, ...event }) => ({
        ...event,
        occurredOn: date,
        applicationId,
        reverses: reverses === undefined ? null : (existing[reverses]?.id ?? null),
        recordedBy: first.recordedBy,
        recordedByOrg: first.org,
      })),
    );
  }

  it("a loan repaid in full settles on its last repayment; one still owing has no settlement", async () => {
    const settled = await insertTestLoan(ctx, SEED_LOAN_EVENTS);
    const owing = await insertTestLoan(ctx, SEED_LOAN_EVENTS.slice(0, 3));
    expect(await stored(settled)).toEqual({ settledOn: "2026-03-10", everOverdue: false });
    expect(await stored(owing)).toBeNull();
    expect(await stored(owing)).toEqual(await derived(owing));
  });

  it("follows reversals and later events, each in its own statement", async () => {
    const loan = await insertTestLoan(ctx, SEED_LOAN_EVENTS);
    // The last repayment (the fifth event) was wrong: reversed, the loan is owing again.
    await add(loan, [
      { type: "PRINCIPAL_REPAYMENT", date: "2026-03-10", amountFen: 300_000_000n, reverses: 4 },
    ]);
    expect(await stored(loan)).toBeNull();
    expect(await stored(loan)).toEqual(await derived(loan));
    await add(loan, [{ type: "PRINCIPAL_REPAYMENT", date: "2026-03-20", amountFen: 300_000_000n }]);
    expect(await stored(loan)).toEqual({ settledOn: "2026-03-20", everOverdue: false });
    expect(await stored(loan)).toEqual(await derived(loan));
  });

  it("records whether the loan was ever overdue, and a second disbursement reopens it", async () => {
    const overdue = await insertTestLoan(ctx, OVERDUE_LOAN_EVENTS);
    await add(overdue, [
      { type: "PRINCIPAL_REPAYMENT", date: "2026-03-20", amountFen: 300_000_000n },
      { type: "OVERDUE_CLEARED", date: "2026-03-20", amountFen: 300_000_000n },
    ]);
    expect(await stored(overdue)).toEqual({ settledOn: "2026-03-20", everOverdue: true });
    expect(await stored(overdue)).toEqual(await derived(overdue));

    const again = await insertTestLoan(ctx, SEED_LOAN_EVENTS);
    await add(again, [{ type: "DISBURSEMENT", date: "2026-04-01", amountFen: 100_000_000n }]);
    expect(await stored(again)).toBeNull();
    await add(again, [{ type: "PRINCIPAL_REPAYMENT", date: "2026-10-01", amountFen: 100_000_000n }]);
    expect(await stored(again)).toEqual({ settledOn: "2026-10-01", everOverdue: false });
    expect(await stored(again)).toEqual(await derived(again));
  });
});
