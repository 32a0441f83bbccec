import { beforeAll, describe, expect, it } from "vitest";
import { confirmedArrangement, payable, SCF, scfParties } from "../../testing/supply-chain-finance";
import { type TestClient, useTestApp } from "../../testing/test-app";
import { TEST_DATABASE_KIND } from "../../testing/test-database";

const ROUNDS = 6;

/**
 * Two banks, each with an account-lock arrangement with the core, finance the same receivable at the
 * same moment, round after round: exactly one wins, the other gets a 409 naming the receivable, and the
 * receivable holds one financing. On PostgreSQL the two requests truly race on separate connections;
 * PGlite runs them one after the other on its single connection, which checks the same rule.
 */
describe(`two banks finance one receivable at once (${TEST_DATABASE_KIND})`, () => {
  const ctx = useTestApp();
  let banks: TestClient[];
  let core: TestClient;
  let supplierUscc: string;

  beforeAll(async () => {
    ctx.setToday("2026-12-05");
    const parties = await scfParties(ctx, 9401);
    supplierUscc = parties.supplier.uscc;
    core = await ctx.signIn("enterprise.operator");
    await confirmedArrangement(ctx, core, "cqbank");
    await confirmedArrangement(ctx, core, "cqrcb");
    banks = await Promise.all([ctx.signIn("cqbank.operator"), ctx.signIn("cqrcb.operator")]);
  });

  it("lets one bank win each receivable and tells the other which receivable is taken", async () => {
    for (let round = 1; round <= ROUNDS; round++) {
      const documentNo = `RACE-${round}`;
      const created = await core.post(
        `${SCF}/payables`,
        payable(supplierUscc, documentNo, "100000.00", "2027-03-01"),
      );
      expect(created.statusCode, created.body).toBe(201);
      const payableId = created.json().id as string;
      const results = await Promise.all(
        banks.map((bank) => bank.post(`${SCF}/financings`, { payableIds: [payableId], amount: "80000.00" })),
      );
      const statuses = results.map((result) => result.statusCode).sort();
      expect(statuses, results.map((result) => result.body).join("\n")).toEqual([201, 409]);
      const lost = results.find((result) => result.statusCode === 409);
      expect(lost?.json().errors[0]).toMatchObject({ field: "payableIds", rule: "already-financed" });
      expect(lost?.json().detail).toContain(documentNo);
    }
    const lists = await Promise.all(banks.map(async (bank) => (await bank.get(`${SCF}/financings`)).json()));
    const financings = lists.flat() as { status: string; receivables: { documentNo: string }[] }[];
    expect(financings).toHaveLength(ROUNDS);
    expect(new Set(financings.map((f) => f.receivables[0]?.documentNo)).size).toBe(ROUNDS);
  });
});
