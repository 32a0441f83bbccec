import {
  type AccountTotals,
  applyTransfers,
  balanceOf,
  FUND_ACCOUNT_KINDS,
  type FundAccountKind,
  formatYuan,
  type LedgerAccount,
  PAYMENT_KINDS,
  type PaymentKind,
  reversalOf,
  type Transfer,
} from "@chanrong/domain";
import { asc, eq } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { fundPaymentEvents, fundPaymentLines, fundPayments, funds } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { AppError } from "../../platform/errors";
import {
  accountKey,
  approvePayment,
  balancesOf,
  type ChainActors,
  chainActors,
  createFund,
  executeApproved,
  ledgerProblems,
} from "../../testing/fund-reliability";
import { useTestApp } from "../../testing/test-app";
import { TEST_DATABASE_KIND } from "../../testing/test-database";
import { createPayment } from "../payments/payments.service";
import { appropriate, reversePosting } from "./funds.service";
import { post } from "./ledger.service";

/** Kept modest: every run is a fresh fund and a few dozen transactions (under ~30 s per database). */
const NUM_RUNS = TEST_DATABASE_KIND === "postgres" ? 20 : 12;
const TODAY = "2026-06-30";

const EXPENSE: Record<PaymentKind, FundAccountKind> = {
  INTEREST_SUBSIDY: "INTEREST_SUBSIDY_EXPENSE",
  FEE_SUBSIDY: "FEE_SUBSIDY_EXPENSE",
  RISK_COMPENSATION: "RISK_COMPENSATION_EXPENSE",
  INCENTIVE_REWARD: "INCENTIVE_EXPENSE",
};

type Step =
  | { kind: "appropriate"; fen: bigint }
  | { kind: "pay"; payment: PaymentKind; lines: { to: number; fen: bigint }[] }
  | { kind: "recover"; fen: bigint }
  | { kind: "reverse"; pick: number }
  | { kind: "retry"; pick: number };

const fen = fc.bigInt({ min: 1n, max: 300_000n });
const steps = fc.array(
  fc.oneof(
    { weight: 2, arbitrary: fc.record({ kind: fc.constant("appropriate" as const), fen }) },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant("pay" as const),
        payment: fc.constantFrom(...PAYMENT_KINDS),
        lines: fc.array(fc.record({ to: fc.nat({ max: 2 }), fen }), { minLength: 1, maxLength: 3 }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("recover" as const), fen }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant("reverse" as const), pick: fc.nat() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("retry" as const), pick: fc.nat() }) },
  ),
  { minLength: 1, maxLength: 8 },
) as fc.Arbitrary<Step[]>;

/**
 * One sequence that surely meets every outcome the test counts: a paid batch, a half-paid one, a spent
 * appropriation, a reversal and a double reversal, a replay. Random sequences meet them only probably.
 */
const everyOutcome: Step[] = [
  { kind: "appropriate", fen: 130_000n },
  { kind: "pay", payment: "FEE_SUBSIDY", lines: [{ to: 2, fen: 30_000n }] },
  {
    kind: "pay",
    payment: "INTEREST_SUBSIDY",
    lines: [
      { to: 0, fen: 60_000n },
      { to: 1, fen: 60_000n },
    ],
  },
  { kind: "reverse", pick: 0 },
  { kind: "recover", fen: 5_000n },
  { kind: "reverse", pick: 1 },
  { kind: "reverse", pick: 1 },
  { kind: "retry", pick: 0 },
];

/** A manual posting the property may reverse or retry, as the model knows it. */
interface Manual {
  postingId: number;
  kind: "APPROPRIATION" | "RECOVERY";
  legs: Transfer[];
  by: Actor;
  retry: () => Promise<{ postingId: number; replayed: boolean }>;
  reversed: boolean;
}

describe(`property: any sequence of appropriations, payments, reversals and recoveries (${TEST_DATABASE_KIND})`, () => {
  const ctx = useTestApp();
  let actors: ChainActors;
  let beneficiaries: { orgId: string; name: string }[];

  beforeAll(async () => {
    actors = await chainActors(ctx.database.db);
    beneficiaries = ["danbao", "zaidanbao", "icbc"].map((key) => ({ orgId: ctx.orgs[key] ?? "", name: key }));
  });

  it("keeps the books balanced and equal to a pure model; an overdraft is refused and changes nothing", async () => {
    ctx.setToday(TODAY);
    const { db } = ctx.database;
    const ledgerAccounts = new Map<string, LedgerAccount>(
      [
        ...FUND_ACCOUNT_KINDS.filter((kind) => kind !== "PAYABLE").map((kind) => ({
          key: kind,
          kind,
          name: kind,
        })),
        ...beneficiaries.map(({ orgId, name }) => ({
          key: accountKey("PAYABLE", orgId),
          kind: "PAYABLE" as const,
          name,
        })),
      ].map((account) => [account.key, account]),
    );
    const seen = new Map<string, number>();
    const count = (what: string) => seen.set(what, (seen.get(what) ?? 0) + 1);
    let run = 0;

    const property = fc.asyncProperty(steps, async (sequence) => {
      run += 1;
      const fundId = await createFund(db, actors.guarantor.orgId, `PROP-${run}`);
      const [fund] = await db.select().from(funds).where(eq(funds.id, fundId));
      if (!fund) throw new Error("fund vanished");
      // The model: the domain's applyTransfers over the same legs, refusing what it refuses.
      let totals = new Map<string, AccountTotals>();
      const book = (legs: Transfer[]) => {
        totals = applyTransfers(ledgerAccounts, totals, legs);
      };
      const fits = (legs: Transfer[]) => {
        try {
          applyTransfers(ledgerAccounts, totals, legs);
          return true;
        } catch {
          return false;
        }
      };
      const manual: Manual[] = [];

      for (const [index, step] of sequence.entries()) {
        const key = `prop-${run}-${index}`;
        const before = await balancesOf(db, fundId);
        let refused = false;
        switch (step.kind) {
          case "appropriate": {
            const input = {
              amount: formatYuan(step.fen),
              date: TODAY,
              memo: "年度拨款",
              idempotencyKey: key,
            };
            const call = () => appropriate(db, actors.finance, fundId, input, null);
            const result = await call();
            const legs = [{ debit: "FUND_CASH", credit: "APPROPRIATIONS", amountFen: step.fen }];
            book(legs);
            manual.push({
              ...result,
              kind: "APPROPRIATION",
              legs,
              by: actors.finance,
              retry: call,
              reversed: false,
            });
            break;
          }
          case "recover": {
            const legs = [{ debit: "FUND_CASH", credit: "RECOVERIES", amountFen: step.fen }];
            const call = () =>
              db.transaction((tx) =>
                post(tx, {
                  fundId,
                  idempotencyKey: key,
                  kind: "RECOVERY",
                  effectiveOn: TODAY,
                  memo: "追偿款回收",
                  legs: [
                    { debit: { kind: "FUND_CASH" }, credit: { kind: "RECOVERIES" }, amountFen: step.fen },
                  ],
                  recordedBy: actors.guarantor,
                }),
              );
            const result = await call();
            book(legs);
            manual.push({
              ...result,
              kind: "RECOVERY",
              legs,
              by: actors.guarantor,
              retry: call,
              reversed: false,
            });
            break;
          }
          case "retry": {
            const target = manual[step.pick % Math.max(1, manual.length)];
            if (!target) continue;
            const again = await target.retry();
            expect(again).toMatchObject({ postingId: target.postingId, replayed: true });
            count("retry replayed");
            break;
          }
          case "reverse": {
            const target = manual[step.pick % Math.max(1, manual.length)];
            if (!target) continue;
            const legs = reversalOf(target.legs);
            const expected = target.reversed
              ? "already-reversed"
              : fits(legs)
                ? "reversed"
                : "insufficient-balance";
            const outcome = await reversePosting(
              db,
              target.by,
              fundId,
              target.postingId,
              { reason: "录入有误", date: TODAY, idempotencyKey: key },
              null,
            ).then(
              () => "reversed",
              (error: unknown) => {
                if (!(error instanceof AppError) || error.code !== "conflict") throw error;
                return (
                  error.fieldErrors[0]?.rule ??
                  (/已冲正/.test(error.message) ? "already-reversed" : error.message)
                );
              },
            );
            expect(outcome).toBe(expected);
            count(`reversal ${outcome}`);
            if (outcome === "reversed") {
              book(legs);
              target.reversed = true;
            } else refused = true;
            break;
          }
          case "pay": {
            const paymentId = await db.transaction((tx) =>
              createPayment(tx, actors.guarantor, {
                fund,
                kind: step.payment,
                title: { zh: `第${run}轮第${index}步`, en: `Run ${run}, step ${index}` },
                lines: step.lines.map((line, lineIndex) => ({
                  subject: `${key}:${lineIndex}`,
                  beneficiary: beneficiaries[line.to] ?? { orgId: actors.guarantor.orgId, name: "danbao" },
                  amountFen: line.fen,
                  working: { step: key },
                })),
              }),
            );
            const version = await approvePayment(db, actors, paymentId);
            const payable = (to: number) => accountKey("PAYABLE", beneficiaries[to]?.orgId);
            // The city's approval: every line's expense becomes owed to its beneficiary.
            book(
              step.lines.map((line) => ({
                debit: EXPENSE[step.payment],
                credit: payable(line.to),
                amountFen: line.fen,
              })),
            );
            // Paying: lines in order, each on its own, until one does not fit.
            let paidLines = 0;
            for (const line of step.lines) {
              const legs = [{ debit: payable(line.to), credit: "FUND_CASH", amountFen: line.fen }];
              if (!fits(legs)) break;
              book(legs);
              paidLines += 1;
            }
            const outcome = await executeApproved(db, actors, paymentId, version, `execute-${key}`);
            const [row] = await db.select().from(fundPayments).where(eq(fundPayments.id, paymentId));
            const paid = await db
              .select({ lineNo: fundPaymentLines.lineNo, paidAt: fundPaymentLines.paidAt })
              .from(fundPaymentLines)
              .where(eq(fundPaymentLines.paymentId, paymentId));
            expect(paid.filter((line) => line.paidAt).map((line) => line.lineNo)).toEqual(
              Array.from({ length: paidLines }, (_, i) => i + 1),
            );
            if (paidLines === step.lines.length) {
              expect([outcome, row?.status]).toEqual(["PAID", "PAID"]);
              count("payment paid");
            } else {
              expect([outcome, row?.status]).toEqual(["insufficient-balance", "APPROVED"]);
              const history = await db
                .select()
                .from(fundPaymentEvents)
                .where(eq(fundPaymentEvents.paymentId, paymentId))
                .orderBy(asc(fundPaymentEvents.id));
              expect(history.at(-1)).toMatchObject({ action: "refused", toStatus: "APPROVED" });
              expect(history.at(-1)?.reason).toMatch(/余额不足/);
              count(paidLines > 0 ? "payment part-paid" : "payment refused");
            }
            break;
          }
        }
        const after = await balancesOf(db, fundId);
        if (refused) expect(after).toEqual(before);
        const model = new Map(
          [...totals].map(([name, t]) => [name, balanceOf(ledgerAccounts.get(name)?.kind ?? "FUND_CASH", t)]),
        );
        expect(after).toEqual(model);
        expect(await ledgerProblems(db)).toEqual([]);
      }
    });
    await fc.assert(property, { numRuns: NUM_RUNS, examples: [[everyOutcome]] });

    for (const what of [
      "payment paid",
      "payment part-paid",
      "reversal reversed",
      "reversal insufficient-balance",
      "reversal already-reversed",
      "retry replayed",
    ]) {
      expect(seen.get(what), what).toBeGreaterThan(0);
    }
  }, 180_000);
});
