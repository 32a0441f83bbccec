import { loanPosition } from "@chanrong/domain";
import * as enterprisesRepo from "../modules/enterprises/enterprises.repository";
import { toChildren, toValues } from "../modules/enterprises/enterprises.service";
import { buildEnterpriseInput } from "./factories";
import { transfersOf } from "./fund";
import { insertProgrammeLoan, type LoanEventSpec } from "./loan-factory";
import type { TestClient, TestContext } from "./test-app";

let sequence = 7000;

/** SPEC §3.2's loan: 5,000,000.00 disbursed 2025-03-10, 2,000,000.00 repaid 2025-09-10, the rest 2026-03-10. */
export const SEED_LOAN_EVENTS: readonly LoanEventSpec[] = [
  { type: "DISBURSEMENT", date: "2025-03-10", amountFen: 500_000_000n },
  { type: "INTEREST_PAYMENT", date: "2025-06-20", amountFen: 4_500_000n },
  { type: "PRINCIPAL_REPAYMENT", date: "2025-09-10", amountFen: 200_000_000n },
  { type: "INTEREST_PAYMENT", date: "2025-12-20", amountFen: 3_500_000n },
  { type: "PRINCIPAL_REPAYMENT", date: "2026-03-10", amountFen: 300_000_000n },
];

/** The same loan, but the enterprise fails to repay the last 3,000,000.00 when it falls due. */
export const OVERDUE_LOAN_EVENTS: readonly LoanEventSpec[] = [
  ...SEED_LOAN_EVENTS.slice(0, 4),
  { type: "OVERDUE", date: "2026-03-11", amountFen: 300_000_000n },
];

/** The bank account of the test loans' n-th enterprise. */
export const testAccountNo = (sequence: number) => `4203${String(900_000 + sequence).padStart(12, "0")}`;

/** Where a test loan is made other than 十堰's 产供强链贷: e.g. a 重庆 技改专项贷 with its contract rate. */
export interface TestLoanOptions {
  programmeCode?: string;
  districtCode?: string;
  loanAnnualRate?: string;
}

/**
 * A fresh enterprise (十堰 by default) with a programme loan through the workflow already, lent by
 * `bank` and guaranteed by the seeded guarantor (org keys of the seed, e.g. "icbc").
 */
export async function insertTestLoan(
  ctx: TestContext,
  events: readonly LoanEventSpec[],
  bank = "icbc",
  options: TestLoanOptions = {},
): Promise<string> {
  sequence += 1;
  // Its account is what the fund pays its subsidies into.
  const account = { bankOrgId: null, bankName: "中国工商银行十堰分行", accountNo: testAccountNo(sequence) };
  const input = buildEnterpriseInput(
    { districtCode: options.districtCode ?? "420303", bankAccounts: [account] },
    sequence,
  );
  const enterprise = await enterprisesRepo.insertEnterprise(
    ctx.database.db,
    toValues(input, null),
    toChildren(input) as enterprisesRepo.EnterpriseChildren,
  );
  const position = loanPosition(
    events.map((event, index) => ({ ...event, id: String(index), reverses: null })),
  );
  return insertProgrammeLoan(ctx.database.db, {
    enterpriseId: enterprise.id,
    bankOrgId: ctx.orgs[bank] ?? "",
    guarantorOrgId: ctx.orgs.danbao ?? "",
    amountFen: 500_000_000n,
    events,
    // With no events the loan is contracted and waits for its 放款.
    status: events.length === 0 ? "CONTRACTED" : position.status === "SETTLED" ? "SETTLED" : "DISBURSED",
    ...(options.programmeCode && { programmeCode: options.programmeCode }),
    ...(options.loanAnnualRate && { loanAnnualRate: options.loanAnnualRate }),
  });
}

/**
 * Takes a DRAFT payment through the review chain — guarantor submits, both bureaus approve, the city
 * government approves — and returns the guarantor's client, who may now pay it.
 */
export async function approvePayment(ctx: TestContext, paymentId: string): Promise<TestClient> {
  const clients: Record<string, TestClient> = {};
  const as = async (username: string) => {
    clients[username] ??= await ctx.signIn(username);
    return clients[username];
  };
  const steps: [string, string][] = [
    ["danbao.reviewer", "submit"],
    ["czj.reviewer", "finance-approve"],
    ["jxj.reviewer", "industry-approve"],
    ["szf.reviewer", "city-approve"],
  ];
  for (const [username, action] of steps) {
    const client = await as(username);
    const { version } = (await client.get(`/api/v1/fund-payments/${paymentId}`)).json();
    const response = await client.post(`/api/v1/fund-payments/${paymentId}/actions`, {
      action,
      version,
      opinion: "同意",
    });
    if (response.statusCode !== 200) throw new Error(`${action} failed: ${response.body}`);
  }
  return as("danbao.reviewer");
}

/** The whole chain, then the guarantor pays with a transfer reference per line: returns the paid payment. */
export async function approveAndPay(ctx: TestContext, paymentId: string, key: string) {
  const guarantor = await approvePayment(ctx, paymentId);
  const { version } = (await guarantor.get(`/api/v1/fund-payments/${paymentId}`)).json();
  const paid = await guarantor.post(`/api/v1/fund-payments/${paymentId}/actions`, {
    action: "execute",
    version,
    idempotencyKey: key,
    transfers: await transfersOf(ctx.database.db, paymentId, key),
  });
  if (paid.statusCode !== 200) throw new Error(`execute failed: ${paid.body}`);
  return paid.json();
}
