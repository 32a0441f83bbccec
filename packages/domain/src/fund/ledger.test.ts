import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainValidationError } from "../errors";
import { parseYuan } from "../money";
import { issueOf, issuesOf } from "../test-support";
import {
  type AccountTotals,
  applyTransfers,
  balanceOf,
  FUND_ACCOUNT_KINDS,
  type FundAccountKind,
  type LedgerAccount,
  NORMAL_SIDE,
  PAYMENT_EXPENSE_ACCOUNT,
  reversalOf,
  type Transfer,
  validateTransfers,
} from "./ledger";
import { PAYMENT_KINDS, type PaymentKind } from "./payment-workflow";

const BENEFICIARIES = ["企业甲", "企业乙", "担保集团"] as const;

/** One fund's chart: the fixed accounts plus a payable per beneficiary. */
const accounts = new Map<string, LedgerAccount>(
  [
    ...FUND_ACCOUNT_KINDS.filter((kind) => kind !== "PAYABLE").map((kind) => ({
      key: kind,
      kind,
      name: kind,
    })),
    ...BENEFICIARIES.map((name) => ({
      key: `PAYABLE:${name}`,
      kind: "PAYABLE" as const,
      name: `应付款—${name}`,
    })),
  ].map((account) => [account.key, account]),
);

const leg = (debit: string, credit: string, yuan: string): Transfer => ({
  debit,
  credit,
  amountFen: parseYuan(yuan),
});

const balances = (totals: ReadonlyMap<string, AccountTotals>) =>
  Object.fromEntries(
    [...totals].map(([key, t]) => [key, balanceOf(accounts.get(key)?.kind ?? "FUND_CASH", t)]),
  );

describe("balanceOf and the normal sides", () => {
  it.each<[FundAccountKind, bigint]>([
    ["FUND_CASH", 700n],
    ["APPROPRIATIONS", -700n],
    ["INTEREST_SUBSIDY_EXPENSE", 700n],
    ["FEE_SUBSIDY_EXPENSE", 700n],
    ["RISK_COMPENSATION_EXPENSE", 700n],
    ["RECOVERIES", -700n],
    ["PAYABLE", -700n],
    ["BRIDGE_RECEIVABLE", 700n],
    ["BRIDGE_FEE_INCOME", -700n],
  ])("%s with debits 1,000 and credits 300 has balance %s", (kind, expected) => {
    expect(balanceOf(kind, { debitsFen: 1_000n, creditsFen: 300n })).toBe(expected);
    expect(NORMAL_SIDE[kind]).toBe(expected > 0n ? "debit" : "credit");
  });
});

describe("PAYMENT_EXPENSE_ACCOUNT — what each kind of payment is spent from", () => {
  it.each<[PaymentKind, FundAccountKind]>([
    ["INTEREST_SUBSIDY", "INTEREST_SUBSIDY_EXPENSE"],
    ["FEE_SUBSIDY", "FEE_SUBSIDY_EXPENSE"],
    ["RISK_COMPENSATION", "RISK_COMPENSATION_EXPENSE"],
    ["INCENTIVE_REWARD", "INCENTIVE_EXPENSE"],
  ])("%s → %s, an expense on the debit side", (kind, account) => {
    expect(PAYMENT_EXPENSE_ACCOUNT[kind]).toBe(account);
    expect(NORMAL_SIDE[account]).toBe("debit");
  });

  it("gives every kind of payment its own expense account", () => {
    const accounts = PAYMENT_KINDS.map((kind) => PAYMENT_EXPENSE_ACCOUNT[kind]);
    expect(new Set(accounts).size).toBe(PAYMENT_KINDS.length);
    expect(accounts.every((account) => account.endsWith("_EXPENSE"))).toBe(true);
  });
});

describe("validateTransfers", () => {
  it("needs at least one leg", () => {
    expect(issueOf(() => validateTransfers([]))).toMatchObject({ path: ["legs"], rule: "min-items" });
  });

  it("names every bad leg at once: zero, negative, and the same account on both sides", () => {
    const issues = issuesOf(() =>
      validateTransfers([
        leg("FUND_CASH", "APPROPRIATIONS", "1.00"),
        { debit: "FUND_CASH", credit: "APPROPRIATIONS", amountFen: 0n },
        { debit: "FUND_CASH", credit: "APPROPRIATIONS", amountFen: -1n },
        leg("FUND_CASH", "FUND_CASH", "1.00"),
      ]),
    );
    expect(issues.map(({ path, rule }) => [path.join("."), rule])).toEqual([
      ["legs.1.amount", "positive"],
      ["legs.2.amount", "positive"],
      ["legs.3.credit", "distinct-accounts"],
    ]);
  });
});

describe("applyTransfers — the no-negative rule", () => {
  const appropriation = [leg("FUND_CASH", "APPROPRIATIONS", "10000.00")];
  const funded = applyTransfers(accounts, new Map(), appropriation);

  it("books an appropriation on both sides", () => {
    expect(funded.get("FUND_CASH")).toEqual({ debitsFen: 1_000_000n, creditsFen: 0n });
    expect(funded.get("APPROPRIATIONS")).toEqual({ debitsFen: 0n, creditsFen: 1_000_000n });
  });

  it("recognises a payable, then pays it out of cash", () => {
    const approved = applyTransfers(accounts, funded, [
      leg("INTEREST_SUBSIDY_EXPENSE", "PAYABLE:企业甲", "8127.78"),
      leg("FEE_SUBSIDY_EXPENSE", "PAYABLE:担保集团", "566.67"),
    ]);
    const paid = applyTransfers(accounts, approved, [leg("PAYABLE:企业甲", "FUND_CASH", "8127.78")]);
    expect(balances(paid)).toMatchObject({
      FUND_CASH: 187_222n,
      "PAYABLE:企业甲": 0n,
      "PAYABLE:担保集团": 56_667n,
      INTEREST_SUBSIDY_EXPENSE: 812_778n,
    });
  });

  it("refuses an overdraft of cash by one fen, naming what is available, and leaves the totals alone", () => {
    const before = structuredClone([...funded]);
    const approved = applyTransfers(accounts, funded, [
      leg("RISK_COMPENSATION_EXPENSE", "PAYABLE:企业乙", "10000.01"),
    ]);
    const issue = issueOf(() =>
      applyTransfers(accounts, approved, [leg("PAYABLE:企业乙", "FUND_CASH", "10000.01")]),
    );
    expect(issue).toMatchObject({ path: ["amount"], rule: "insufficient-balance" });
    expect(issue.message.zh).toContain("可用10000.00元");
    expect([...funded]).toEqual(before);
    // Exactly the balance is fine.
    expect(
      balances(applyTransfers(accounts, approved, [leg("PAYABLE:企业乙", "FUND_CASH", "10000.00")]))
        .FUND_CASH,
    ).toBe(0n);
  });

  it("refuses paying a beneficiary more than it is owed, even with cash to spare", () => {
    const approved = applyTransfers(accounts, funded, [
      leg("INTEREST_SUBSIDY_EXPENSE", "PAYABLE:企业甲", "100.00"),
    ]);
    expect(
      issueOf(() => applyTransfers(accounts, approved, [leg("PAYABLE:企业甲", "FUND_CASH", "100.01")])).rule,
    ).toBe("insufficient-balance");
  });

  it("judges a posting by where it ends, not leg by leg", () => {
    // Expense → payable → paid in one posting: the payable never shows a negative balance at the end.
    const result = applyTransfers(accounts, funded, [
      leg("PAYABLE:企业甲", "FUND_CASH", "50.00"),
      leg("INTEREST_SUBSIDY_EXPENSE", "PAYABLE:企业甲", "50.00"),
    ]);
    expect(balances(result)).toMatchObject({ "PAYABLE:企业甲": 0n, FUND_CASH: 995_000n });
  });

  it("refuses an unknown account and an invalid leg before booking anything", () => {
    expect(() => applyTransfers(accounts, funded, [leg("FUND_CASH", "NOWHERE", "1.00")])).toThrow(
      /unknown fund account/,
    );
    expect(
      issueOf(() => applyTransfers(accounts, funded, [leg("FUND_CASH", "APPROPRIATIONS", "0.00")])).rule,
    ).toBe("positive");
  });
});

describe("reversalOf", () => {
  it("swaps debit and credit of every leg and keeps everything else", () => {
    const legs = [
      { debit: "PAYABLE:企业甲", credit: "FUND_CASH", amountFen: 100n, memo: "拨付" },
      { debit: "INTEREST_SUBSIDY_EXPENSE", credit: "PAYABLE:企业甲", amountFen: 100n, memo: "批准" },
    ];
    expect(reversalOf(legs)).toEqual([
      { debit: "FUND_CASH", credit: "PAYABLE:企业甲", amountFen: 100n, memo: "拨付" },
      { debit: "PAYABLE:企业甲", credit: "INTEREST_SUBSIDY_EXPENSE", amountFen: 100n, memo: "批准" },
    ]);
    expect(reversalOf(reversalOf(legs))).toEqual(legs);
  });

  it("cancels the original exactly, and is refused once the money is spent", () => {
    const appropriation = [leg("FUND_CASH", "APPROPRIATIONS", "500.00")];
    const posted = applyTransfers(accounts, new Map(), appropriation);
    const reversed = applyTransfers(accounts, posted, reversalOf(appropriation));
    expect(Object.values(balances(reversed))).toEqual([0n, 0n]);
    const spent = applyTransfers(accounts, posted, [
      leg("RISK_COMPENSATION_EXPENSE", "PAYABLE:企业乙", "300.00"),
      leg("PAYABLE:企业乙", "FUND_CASH", "300.00"),
    ]);
    expect(issueOf(() => applyTransfers(accounts, spent, reversalOf(appropriation))).rule).toBe(
      "insufficient-balance",
    );
  });
});

/** A step of a fund's life, in the shapes the platform posts (ADR 010). */
type Step =
  | { kind: "appropriate"; fen: bigint }
  | { kind: "approve"; expense: FundAccountKind; lines: { to: number; fen: bigint }[] }
  | { kind: "pay"; to: number; fen: bigint }
  | { kind: "recover"; fen: bigint }
  | { kind: "reverse"; pick: number };

const fen = fc.bigInt({ min: 1n, max: 2_000_000n });
const beneficiary = fc.nat({ max: BENEFICIARIES.length - 1 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant("appropriate" as const), fen }),
  fc.record({
    kind: fc.constant("approve" as const),
    expense: fc.constantFrom<FundAccountKind>(
      "INTEREST_SUBSIDY_EXPENSE",
      "FEE_SUBSIDY_EXPENSE",
      "RISK_COMPENSATION_EXPENSE",
    ),
    lines: fc.array(fc.record({ to: beneficiary, fen }), { minLength: 1, maxLength: 4 }),
  }),
  fc.record({ kind: fc.constant("pay" as const), to: beneficiary, fen }),
  fc.record({ kind: fc.constant("recover" as const), fen }),
  fc.record({ kind: fc.constant("reverse" as const), pick: fc.nat() }),
);

function legsOf(current: Step, posted: readonly Transfer[][]): Transfer[] | null {
  const payable = (to: number) => `PAYABLE:${BENEFICIARIES[to]}`;
  switch (current.kind) {
    case "appropriate":
      return [{ debit: "FUND_CASH", credit: "APPROPRIATIONS", amountFen: current.fen }];
    case "approve":
      return current.lines.map((line) => ({
        debit: current.expense,
        credit: payable(line.to),
        amountFen: line.fen,
      }));
    case "pay":
      return [{ debit: payable(current.to), credit: "FUND_CASH", amountFen: current.fen }];
    case "recover":
      return [{ debit: "FUND_CASH", credit: "RECOVERIES", amountFen: current.fen }];
    case "reverse": {
      const target = posted[current.pick % Math.max(1, posted.length)];
      return target ? reversalOf(target) : null;
    }
  }
}

/** The oracle: balances recomputed from every accepted leg, independently of applyTransfers. */
function replay(posted: readonly Transfer[][]): Map<string, bigint> {
  const result = new Map<string, bigint>();
  for (const { debit, credit, amountFen } of posted.flat()) {
    const sign = (key: string, side: "debit" | "credit") =>
      NORMAL_SIDE[accounts.get(key)?.kind ?? "FUND_CASH"] === side ? 1n : -1n;
    result.set(debit, (result.get(debit) ?? 0n) + sign(debit, "debit") * amountFen);
    result.set(credit, (result.get(credit) ?? 0n) + sign(credit, "credit") * amountFen);
  }
  return result;
}

/** Plain checks in the hot loop: vitest's expect is too slow for thousands of runs. */
function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

describe("property: any sequence of appropriations, approvals, payments, recoveries and reversals", () => {
  it("keeps debits equal to credits, totals equal to the legs, no balance below zero; a refusal changes nothing", () => {
    // What happened, so the property is seen not to hold vacuously.
    const seen = new Map<string, number>();
    const count = (what: string) => seen.set(what, (seen.get(what) ?? 0) + 1);
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), (steps) => {
        let totals = new Map<string, AccountTotals>();
        const posted: Transfer[][] = [];
        for (const current of steps) {
          const legs = legsOf(current, posted);
          if (!legs) continue;
          // Would any account end below zero? Decided by the oracle, not by the code under test.
          const wouldOverdraw = [...replay([...posted, legs]).values()].some((balance) => balance < 0n);
          const before = totals;
          const snapshot = JSON.stringify([...totals], (_key, value) =>
            typeof value === "bigint" ? value.toString() : value,
          );
          try {
            totals = applyTransfers(accounts, totals, legs);
            posted.push(legs);
            count(`${current.kind} accepted`);
            check(!wouldOverdraw, `accepted an overdraft: ${current.kind}`);
          } catch (error) {
            const rule = error instanceof DomainValidationError ? error.issues[0]?.rule : String(error);
            count(`${current.kind} refused`);
            check(rule === "insufficient-balance", `refused with ${rule}`);
            check(wouldOverdraw, `refused a step that fits: ${current.kind}`);
            check(totals === before, "a refusal replaced the totals");
          }
          const now = JSON.stringify([...before], (_key, value) =>
            typeof value === "bigint" ? value.toString() : value,
          );
          check(now === snapshot, "applyTransfers changed the totals it was given");
          const oracle = replay(posted);
          let debits = 0n;
          let credits = 0n;
          for (const [key, account] of totals) {
            debits += account.debitsFen;
            credits += account.creditsFen;
            const balance = balanceOf(accounts.get(key)?.kind ?? "FUND_CASH", account);
            check(balance >= 0n, `${key} is below zero: ${balance}`);
            check(balance === (oracle.get(key) ?? 0n), `${key}: ${balance} ≠ replayed ${oracle.get(key)}`);
          }
          check(debits === credits, `debits ${debits} ≠ credits ${credits}`);
          const moved = posted.flat().reduce((sum, t) => sum + t.amountFen, 0n);
          check(debits === moved, `debits ${debits} ≠ Σ legs ${moved}`);
        }
      }),
      { numRuns: 3_000 },
    );
    for (const kind of ["appropriate", "approve", "pay", "recover", "reverse"]) {
      expect(seen.get(`${kind} accepted`), kind).toBeGreaterThan(100);
    }
    for (const kind of ["pay", "reverse"]) expect(seen.get(`${kind} refused`), kind).toBeGreaterThan(100);
  }, 60_000);
});
