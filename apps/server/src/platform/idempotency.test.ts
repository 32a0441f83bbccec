import { readFileSync } from "node:fs";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { funds, loanApplications, organisations } from "../db/schema";
import { createTestPayment, transfersOf } from "../testing/fund";
import {
  approveAndPay,
  approvePayment,
  insertTestLoan,
  OVERDUE_LOAN_EVENTS,
  SEED_LOAN_EVENTS,
} from "../testing/fund-loans";
import { multipartFile } from "../testing/multipart";
import { type TestClient, useTestApp } from "../testing/test-app";

/** One money write, ready to be sent: who sends it, where, and a body that would record money. */
interface Write {
  username: string;
  url: string;
  body: Record<string, unknown>;
  /** A change to the body that is still valid, to reuse the key with other content. */
  change: Record<string, unknown>;
}

/** Per money route (OpenAPI method and path): how to set up one write, and what it adds a row to. */
interface MoneyRoute {
  /** A column of SNAPSHOT. */
  adds: string;
  prepare(): Promise<Write>;
}

const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(512, 0x20), Buffer.from("\n%%EOF\n")]);

const CLAIM_FORM = {
  address: "湖北省十堰市张湾区车城西路 18 号",
  legalRepresentative: "陈志强",
  phone: "0719-8123456",
  contactName: "李红",
  contactPhone: "13907191234",
  bankAccount: "中国工商银行十堰分行 4203000000000001",
  businessDevelopment: "2026 年营业收入 2.6 亿元,同比增长 12%。",
  enterpriseOpinion: "贷款已按期结息、到期结清,特申请贴息。",
};

/** Every table a money write may add to or change, with the versions of the rows it may update. */
const SNAPSHOT = sql`select
  (select count(*) from fund_postings)::int as postings,
  (select count(*) from fund_transfers)::int as transfers,
  (select count(*) from fund_payments)::int as payments,
  (select coalesce(sum(version), 0) from fund_payments)::int as payment_versions,
  (select count(*) from fund_payment_lines)::int as payment_lines,
  (select count(*) from fund_payment_events)::int as payment_events,
  (select count(*) from guarantee_fee_receipts)::int as fee_receipts,
  (select count(*) from interest_subsidy_claims)::int as claims,
  (select count(*) from default_cases)::int as default_cases,
  (select coalesce(sum(version), 0) from default_cases)::int as default_case_versions,
  (select count(*) from default_case_events)::int as default_case_events,
  (select count(*) from recoveries)::int as recoveries,
  (select count(*) from loan_events)::int as loan_events,
  (select count(*) from audit_log)::int as audit_entries`;

describe("every money write is idempotent by its Idempotency-Key header (ADR 016)", () => {
  const ctx = useTestApp();
  const clients: Record<string, TestClient> = {};
  const as = async (username: string) => {
    clients[username] ??= await ctx.signIn(username);
    return clients[username];
  };
  let fundId: string;
  let keys = 0;
  const newKey = () => `idem-test-${++keys}-${crypto.randomUUID()}`;
  const send = async (write: Write, key: string | null, body = write.body) =>
    (await as(write.username)).request({
      method: "POST",
      url: write.url,
      payload: body,
      ...(key !== null && { headers: { "idempotency-key": key } }),
    });
  const created = async (username: string, url: string, body: Record<string, unknown>) => {
    const response = await (await as(username)).post(url, body);
    if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
    return response.json();
  };
  const snapshot = async () => (await ctx.database.db.execute(SNAPSHOT)).rows[0] as Record<string, number>;

  /** The demo enterprise organisation speaks for the borrower of `applicationId`, with its vouchers uploaded. */
  const borrowerOf = async (applicationId: string) => {
    const [loan] = await ctx.database.db
      .select({ enterpriseId: loanApplications.enterpriseId })
      .from(loanApplications)
      .where(eq(loanApplications.id, applicationId));
    await ctx.database.db
      .update(organisations)
      .set({ enterpriseId: loan?.enterpriseId ?? null })
      .where(eq(organisations.id, ctx.orgs.enterprise ?? ""));
    const enterprise = await as("enterprise.operator");
    for (const kind of ["LOAN_VOUCHER", "INTEREST_VOUCHER", "REPAYMENT_VOUCHER"]) {
      const uploaded = await enterprise.request({
        method: "POST",
        url: `/api/v1/applications/${applicationId}/attachments`,
        ...multipartFile("file", `${kind}.pdf`, PDF, "application/pdf", { kind }),
      });
      if (uploaded.statusCode !== 201) throw new Error(uploaded.body);
    }
  };
  const claimBody = (applicationId: string) => ({ applicationId, claimed: "81000.00", form: CLAIM_FORM });
  const defaultClaim = async () => ({
    applicationId: await insertTestLoan(ctx, OVERDUE_LOAN_EVENTS),
    loss: "400000.00",
    claimedOn: "2026-03-20",
    reason: "借款人到期未偿还本金",
  });
  const defaultCase = async () => created("icbc.operator", "/api/v1/default-cases", await defaultClaim());
  const compensated = async () => {
    const { id, version } = await defaultCase();
    const body = await created("danbao.operator", `/api/v1/default-cases/${id}/compensation`, {
      version,
      compensatedOn: "2026-03-28",
    });
    return { id, ...(body as { version: number; payment: { id: string } }) };
  };
  /** A compensated case whose fund part is paid, so recoveries may be recorded on it. */
  const paidCase = async () => {
    const { id, payment } = await compensated();
    await approveAndPay(ctx, payment.id, newKey());
    return id;
  };
  const feeReceipt = (applicationId: string, receivedOn = "2026-01-05") =>
    created("danbao.operator", `/api/v1/applications/${applicationId}/guarantee-fees`, {
      receivedOn,
      amount: "6000.00",
    });

  const routes: Record<string, MoneyRoute> = {
    "POST /api/v1/funds/{id}/appropriations": {
      adds: "postings",
      prepare: async () => ({
        username: "czj.reviewer",
        url: `/api/v1/funds/${fundId}/appropriations`,
        body: { amount: "50000.00", date: "2027-01-15", memo: "追加预算" },
        change: { amount: "50000.01" },
      }),
    },
    "POST /api/v1/funds/{id}/postings/{postingId}/reversal": {
      adds: "postings",
      prepare: async () => {
        const { postingId } = await created("czj.reviewer", `/api/v1/funds/${fundId}/appropriations`, {
          amount: "10.00",
          date: "2027-01-15",
          memo: "误录",
          idempotencyKey: newKey(),
        });
        return {
          username: "czj.reviewer",
          url: `/api/v1/funds/${fundId}/postings/${postingId}/reversal`,
          body: { reason: "金额录入错误", date: "2027-02-01" },
          change: { reason: "重复录入" },
        };
      },
    },
    "POST /api/v1/fund-payments/{id}/actions": {
      adds: "postings",
      prepare: async () => {
        const paymentId = await createTestPayment(ctx, fundId, [{ name: "测试受益人", amountFen: 12_345n }]);
        const guarantor = await approvePayment(ctx, paymentId);
        const { version } = (await guarantor.get(`/api/v1/fund-payments/${paymentId}`)).json();
        return {
          username: "danbao.reviewer",
          url: `/api/v1/fund-payments/${paymentId}/actions`,
          body: { action: "execute", version, transfers: await transfersOf(ctx.database.db, paymentId) },
          change: { opinion: "拨付" },
        };
      },
    },
    "POST /api/v1/applications/{id}/guarantee-fees": {
      adds: "fee_receipts",
      prepare: async () => ({
        username: "danbao.operator",
        url: `/api/v1/applications/${await insertTestLoan(ctx, SEED_LOAN_EVENTS)}/guarantee-fees`,
        body: { receivedOn: "2026-01-05", amount: "6000.00" },
        change: { amount: "6000.01" },
      }),
    },
    "POST /api/v1/applications/{id}/guarantee-fees/{receiptId}/reversal": {
      adds: "fee_receipts",
      prepare: async () => {
        const loan = await insertTestLoan(ctx, SEED_LOAN_EVENTS);
        const { id } = await feeReceipt(loan);
        return {
          username: "danbao.reviewer",
          url: `/api/v1/applications/${loan}/guarantee-fees/${id}/reversal`,
          body: { reason: "金额录入错误" },
          change: { reason: "重复录入" },
        };
      },
    },
    "POST /api/v1/funds/{id}/fee-subsidy": {
      adds: "payments",
      prepare: async () => {
        await feeReceipt(await insertTestLoan(ctx, SEED_LOAN_EVENTS), "2025-03-10");
        return {
          username: "danbao.operator",
          url: `/api/v1/funds/${fundId}/fee-subsidy`,
          body: { year: 2025 },
          change: { year: 2024 },
        };
      },
    },
    "POST /api/v1/interest-subsidy/batches": {
      adds: "payments",
      prepare: async () => ({
        username: "danbao.reviewer",
        url: "/api/v1/interest-subsidy/batches",
        body: { applicationIds: [await insertTestLoan(ctx, SEED_LOAN_EVENTS)] },
        change: { applicationIds: [await insertTestLoan(ctx, SEED_LOAN_EVENTS)] },
      }),
    },
    "POST /api/v1/interest-subsidy/claims": {
      adds: "claims",
      prepare: async () => {
        const loan = await insertTestLoan(ctx, SEED_LOAN_EVENTS);
        await borrowerOf(loan);
        return {
          username: "enterprise.operator",
          url: "/api/v1/interest-subsidy/claims",
          body: claimBody(loan),
          change: { claimed: "81000.01" },
        };
      },
    },
    "POST /api/v1/interest-subsidy/claim-payments": {
      adds: "payments",
      prepare: async () => {
        const loan = await insertTestLoan(ctx, SEED_LOAN_EVENTS);
        await borrowerOf(loan);
        const claim = await created(
          "enterprise.operator",
          "/api/v1/interest-subsidy/claims",
          claimBody(loan),
        );
        return {
          username: "danbao.reviewer",
          url: "/api/v1/interest-subsidy/claim-payments",
          body: { claimIds: [claim.id] },
          change: { claimIds: [crypto.randomUUID()] },
        };
      },
    },
    "POST /api/v1/default-cases": {
      adds: "default_cases",
      prepare: async () => ({
        username: "icbc.operator",
        url: "/api/v1/default-cases",
        body: await defaultClaim(),
        change: { loss: "400000.01" },
      }),
    },
    "POST /api/v1/default-cases/{id}/compensation": {
      adds: "payments",
      prepare: async () => {
        const { id, version } = await defaultCase();
        return {
          username: "danbao.operator",
          url: `/api/v1/default-cases/${id}/compensation`,
          body: { version, compensatedOn: "2026-03-28" },
          change: { compensatedOn: "2026-03-29" },
        };
      },
    },
    "POST /api/v1/default-cases/{id}/fund-payment": {
      adds: "payments",
      prepare: async () => {
        const { id, payment } = await compensated();
        const reviewer = await as("danbao.reviewer");
        const current = (await reviewer.get(`/api/v1/fund-payments/${payment.id}`)).json();
        await reviewer.post(`/api/v1/fund-payments/${payment.id}/actions`, {
          action: "cancel",
          version: current.version,
          reason: "代偿凭证需重新整理",
        });
        const { version } = (await reviewer.get(`/api/v1/default-cases/${id}`)).json();
        return {
          username: "danbao.operator",
          url: `/api/v1/default-cases/${id}/fund-payment`,
          body: { version },
          change: { version: version + 1 },
        };
      },
    },
    "POST /api/v1/default-cases/{id}/recoveries": {
      adds: "recoveries",
      prepare: async () => ({
        username: "danbao.operator",
        url: `/api/v1/default-cases/${await paidCase()}/recoveries`,
        body: { recoveredOn: "2027-04-01", amount: "1000.00" },
        change: { amount: "1000.01" },
      }),
    },
    "POST /api/v1/default-cases/{id}/recoveries/{recoveryId}/reversal": {
      adds: "recoveries",
      prepare: async () => {
        const id = await paidCase();
        const { recoveryId } = await created("danbao.operator", `/api/v1/default-cases/${id}/recoveries`, {
          recoveredOn: "2027-04-01",
          amount: "1000.00",
          idempotencyKey: newKey(),
        });
        return {
          username: "danbao.reviewer",
          url: `/api/v1/default-cases/${id}/recoveries/${recoveryId}/reversal`,
          body: { reason: "回收款退回" },
          change: { reason: "金额录入错误" },
        };
      },
    },
    "POST /api/v1/applications/{id}/actions": {
      // 放款 records the loan's disbursement.
      adds: "loan_events",
      prepare: async () => ({
        username: "icbc.operator",
        url: `/api/v1/applications/${await insertTestLoan(ctx, [])}/actions`,
        body: { action: "disburse", version: 1, disbursement: { date: "2025-03-10", amount: "5000000.00" } },
        change: { disbursement: { date: "2025-03-10", amount: "4000000.00" } },
      }),
    },
    "POST /api/v1/applications/{id}/loan-events": {
      adds: "loan_events",
      prepare: async () => ({
        username: "icbc.operator",
        url: `/api/v1/applications/${await insertTestLoan(ctx, SEED_LOAN_EVENTS.slice(0, 3))}/loan-events`,
        body: { type: "INTEREST_PAYMENT", date: "2025-12-20", amount: "35000.00" },
        change: { amount: "35000.01" },
      }),
    },
  };

  beforeAll(async () => {
    const [fund] = await ctx.database.db.select().from(funds);
    fundId = fund?.id ?? "";
    // Inside the 2026 loans' interest-subsidy window (2027-04-01 to 2027-06-30), after every event.
    ctx.setToday("2027-05-01");
    await created("czj.reviewer", `/api/v1/funds/${fundId}/appropriations`, {
      amount: "10000000.00",
      date: "2027-01-10",
      memo: "2027年度预算",
      idempotencyKey: newKey(),
    });
  });

  /**
   * Writes that take the key but need a set-up of their own module (a demand admitted and claimed, an
   * event held): each is checked for replay and reused-key refusal in the test file named here.
   */
  const keyedElsewhere: Record<string, string> = {
    "POST /api/v1/bank-statistics": "modules/monitoring/bank-statistics/bank-statistics.test.ts",
    "POST /api/v1/bank-statistics/upload": "modules/monitoring/bank-statistics/bank-statistics-excel.test.ts",
    "POST /api/v1/quarterly-figures": "modules/monitoring/quarterly-figures/quarterly-figures.test.ts",
    "POST /api/v1/bridge-loans/{id}/payment": "modules/bridge-loans/bridge-loans.test.ts",
    "POST /api/v1/bridge-loans/{id}/return": "modules/bridge-loans/bridge-loans.test.ts",
    "POST /api/v1/events/{id}/outcomes": "modules/events/events.test.ts",
    "POST /api/v1/financing-claims/{id}/actions": "modules/demands/demands.test.ts",
    "POST /api/v1/financing-demands": "modules/demands/demands.test.ts",
    "POST /api/v1/financing-products": "modules/products/products.test.ts",
    "POST /api/v1/incentive-applications": "modules/incentives/incentives.test.ts",
    "POST /api/v1/pilot-applications": "modules/pilot-cities/applications/applications.test.ts",
    "POST /api/v1/supply-chain-finance/payables": "modules/supply-chain-finance/supply-chain-finance.test.ts",
    "POST /api/v1/supply-chain-finance/financings":
      "modules/supply-chain-finance/supply-chain-finance.test.ts",
    "POST /api/v1/supply-chain-finance/financings/{id}/decision":
      "modules/supply-chain-finance/supply-chain-finance.test.ts",
    "POST /api/v1/supply-chain-finance/financings/{id}/repay":
      "modules/supply-chain-finance/supply-chain-finance.test.ts",
  };

  it("declares the header on exactly the money writes and the writes keyed elsewhere, and has a case for each", async () => {
    const document = (await ctx.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    const declared = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, operations]) =>
        Object.entries(operations as Record<string, { parameters?: { in: string; name: string }[] }>)
          .filter(([, operation]) =>
            operation.parameters?.some(
              (parameter) => parameter.in === "header" && parameter.name.toLowerCase() === "idempotency-key",
            ),
          )
          .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(declared.sort()).toEqual([...Object.keys(routes), ...Object.keys(keyedElsewhere)].sort());
    for (const [route, file] of Object.entries(keyedElsewhere)) {
      const source = readFileSync(new URL(`../${file}`, import.meta.url), "utf8");
      const path = route.split(" ")[1]?.replace(/\{id\}.*$/, "") ?? route;
      expect(source, route).toContain(path);
      expect(source, route).toContain('"idempotency-key"');
      expect(source, route).toContain("idempotent-replayed");
    }
  });

  it("records each money write once for 8 identical requests, and refuses the key with other content", async () => {
    for (const [route, { adds, prepare }] of Object.entries(routes)) {
      const write = await prepare();
      const key = newKey();
      const before = await snapshot();
      const first = await send(write, key);
      expect(first.statusCode, `${route}: ${first.body}`).toBeLessThan(300);
      const recorded = await snapshot();
      expect(recorded[adds], route).toBe((before[adds] ?? 0) + 1);

      for (let repeat = 1; repeat < 8; repeat += 1) {
        const again = await send(write, key);
        expect([again.statusCode, again.body], route).toEqual([first.statusCode, first.body]);
        expect(again.headers["idempotent-replayed"], route).toBe("true");
      }
      expect(await snapshot(), route).toEqual(recorded);

      const other = await send(write, key, { ...write.body, ...write.change });
      expect(other.statusCode, `${route}: ${other.body}`).toBe(409);
      expect(other.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(other.json().errors[0], route).toMatchObject({
        field: "Idempotency-Key",
        rule: "reused-with-other-content",
      });
      expect(await snapshot(), route).toEqual(recorded);
    }
    // Every money route, nine requests each: about twenty seconds alone, more on a loaded two-core machine.
  }, 90_000);

  it("takes the header for a body key, refuses the two when they differ, and frees the key of a failed request", async () => {
    const write = await routes["POST /api/v1/funds/{id}/appropriations"]?.prepare();
    if (!write) throw new Error("no appropriation case");
    const before = await snapshot();
    const differ = await send(write, newKey(), { ...write.body, idempotencyKey: newKey() });
    expect(differ.statusCode).toBe(400);
    expect(differ.json().errors[0]).toMatchObject({ field: "Idempotency-Key", rule: "matches-body-key" });
    // A body that is not an object is refused by its validation, never a 500.
    const scalar = await (await as(write.username)).request({
      method: "POST",
      url: write.url,
      payload: '"50000.00"',
      headers: { "content-type": "application/json", "idempotency-key": newKey() },
    });
    expect(scalar.statusCode).toBe(400);
    expect(await snapshot()).toEqual(before);

    // The key reaches the ledger too: a retry sending it in the body only is the same posting.
    const key = newKey();
    const first = await send(write, key);
    expect(first.statusCode).toBe(201);
    const bodyOnly = await send(write, null, { ...write.body, idempotencyKey: key });
    expect(bodyOnly.json()).toMatchObject({ postingId: first.json().postingId, replayed: true });

    const fees = await routes["POST /api/v1/applications/{id}/guarantee-fees"]?.prepare();
    if (!fees) throw new Error("no fee case");
    // Keys are the caller organisation's: the guarantor's use of the finance bureau's key is its own.
    const elsewhere = await send(fees, key);
    expect(elsewhere.statusCode).toBe(201);
    expect((await send(fees, key)).body).toBe(elsewhere.body);
    const failedKey = newKey();
    const future = await send(fees, failedKey, { ...fees.body, receivedOn: "2027-05-02" });
    expect(future.statusCode).toBe(400);
    expect((await send(fees, failedKey)).statusCode).toBe(201);
  });

  it("records one receipt for 8 concurrent identical requests: the others get the first's answer or 409 in progress", async () => {
    const write = await routes["POST /api/v1/applications/{id}/guarantee-fees"]?.prepare();
    if (!write) throw new Error("no fee case");
    // The header as the draft writes it: a structured-field string, quoted.
    const key = `"${newKey()}"`;
    const before = await snapshot();
    const responses = await Promise.all(Array.from({ length: 8 }, () => send(write, key)));
    expect((await snapshot()).fee_receipts).toBe((before.fee_receipts ?? 0) + 1);
    const done = responses.filter((response) => response.statusCode === 201);
    const waiting = responses.filter((response) => response.statusCode === 409);
    expect(done.length + waiting.length).toBe(8);
    expect(new Set(done.map((response) => response.body)).size).toBe(1);
    for (const response of waiting)
      expect(response.json().errors[0]).toMatchObject({ field: "Idempotency-Key", rule: "in-progress" });
    const retry = await send(write, key);
    expect([retry.statusCode, retry.body]).toEqual([201, done[0]?.body]);
    expect((await snapshot()).fee_receipts).toBe((before.fee_receipts ?? 0) + 1);
  });
});
