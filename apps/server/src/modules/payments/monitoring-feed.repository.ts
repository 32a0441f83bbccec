import { and, eq, gte, like, lte } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { fundPaymentLines, fundPayments, funds } from "../../db/schema";

// The SQL of what the fund tells monitoring (issue 15); who may read it is decided by monitoring.

/** Incentive rewards paid from the region's funds (code prefix) from `from` to `to`, line by line. */
export async function incentiveLinesPaid(executor: Executor, prefix: string, from: string, to: string) {
  return executor
    .select({ amountFen: fundPaymentLines.amountFen })
    .from(fundPaymentLines)
    .innerJoin(fundPayments, eq(fundPayments.id, fundPaymentLines.paymentId))
    .innerJoin(funds, eq(funds.id, fundPayments.fundId))
    .where(
      and(
        like(funds.regionCode, `${prefix}%`),
        eq(fundPayments.kind, "INCENTIVE_REWARD"),
        eq(fundPaymentLines.live, true),
        gte(fundPaymentLines.paidOn, from),
        lte(fundPaymentLines.paidOn, to),
      ),
    );
}
