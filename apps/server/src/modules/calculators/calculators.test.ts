import { describe, expect, it } from "vitest";
import { useTestApp } from "../../testing/test-app";

// SPEC §3.3 with the worked numbers of SPEC §3.2 / seed 002.
const seedLoan = [
  { date: "2025-03-10", type: "disbursement", amount: "5000000.00" },
  { date: "2025-09-10", type: "repayment", amount: "2000000.00" },
  { date: "2026-03-10", type: "repayment", amount: "3000000.00" },
];

describe("public calculators (SPEC §3.3)", () => {
  const ctx = useTestApp();
  const post = (url: string, payload: unknown, remoteAddress = "10.0.0.1") =>
    ctx.app.inject({
      method: "POST",
      url: `/api/v1/calculators/${url}`,
      payload: payload as object,
      remoteAddress,
    });

  it("computes the seed's interest subsidy of 81,277.78 with its working, without signing in", async () => {
    const response = await post("interest-subsidy", { events: seedLoan, interestPaid: "140204.17" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      subsidy: "81277.78",
      uncapped: "81277.78",
      capped: false,
      periods: [
        { from: "2025-03-10", to: "2025-09-10", days: 184, principal: "5000000.00", amount: "51111.11" },
        { from: "2025-09-10", to: "2026-03-10", days: 181, principal: "3000000.00", amount: "30166.67" },
      ],
    });
  });

  it("caps the subsidy at the interest actually paid", async () => {
    const response = await post("interest-subsidy", { events: seedLoan, interestPaid: "80000.00" });
    expect(response.json()).toMatchObject({ subsidy: "80000.00", uncapped: "81277.78", capped: true });
  });

  it("honours rate and ACT/365", async () => {
    const response = await post("interest-subsidy", { events: seedLoan, rate: "0.01", dayCount: "ACT/365" });
    // 5,000,000 × 1% × 184/365 + 3,000,000 × 1% × 181/365 = 25,205.479… + 14,876.712… = 40,082.19
    expect(response.json()).toMatchObject({ subsidy: "40082.19", capped: false });
  });

  it("refuses a repayment larger than the outstanding principal, naming the event", async () => {
    const response = await post("interest-subsidy", {
      events: [seedLoan[0], { date: "2025-09-10", type: "repayment", amount: "6000000.00" }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.json().errors[0]).toMatchObject({ field: "events.1.amount" });
  });

  it("refuses events out of date order", async () => {
    const response = await post("interest-subsidy", { events: [seedLoan[0], seedLoan[2], seedLoan[1]] });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe("events.2.date");
  });

  it.each([
    ["an amount with three decimals", { events: [{ ...seedLoan[0], amount: "1.005" }] }, "events.0.amount"],
    ["a non-date", { events: [{ ...seedLoan[0], date: "2025-02-30" }] }, "events.0.date"],
    ["an unknown event type", { events: [{ ...seedLoan[0], type: "gift" }] }, "events.0.type"],
    ["an unknown field", { events: seedLoan, bonus: "1" }, "bonus"],
    ["no events", { events: [] }, "events"],
    ["a rate above 1", { events: seedLoan, rate: "2" }, "rate"],
    ["a number instead of a string", { events: [{ ...seedLoan[0], amount: 5000000 }] }, "events.0.amount"],
  ])("refuses %s with a 400 naming the field", async (_name, body, field) => {
    const response = await post("interest-subsidy", body);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it("refuses malformed JSON", async () => {
    const response = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/calculators/interest-subsidy",
      headers: { "content-type": "application/json" },
      payload: '{"events": [',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers["content-type"]).toContain("application/problem+json");
  });

  it("refuses an oversized body with 413", async () => {
    const response = await post("interest-subsidy", {
      events: seedLoan,
      padding: "x".repeat(2 * 1024 * 1024),
    });
    expect(response.statusCode).toBe(413);
  });

  it("splits a 1,000,000.00 loss under 4321 as in SPEC §3.2", async () => {
    const response = await post("risk-sharing", {
      scheme: "4321",
      loss: "1000000.00",
      fundShareOfGuarantor: "0.5",
    });
    expect(response.json()).toEqual({
      reguarantor: "400000.00",
      guarantor: "300000.00",
      bank: "200000.00",
      government: "100000.00",
      fundPays: "250000.00",
      guarantorNet: "150000.00",
    });
  });

  it("splits under 4222 with the default fund share, parts adding up to the loss to the fen", async () => {
    const response = await post("risk-sharing", { scheme: "4222", loss: "333333.33" });
    const body = response.json();
    const parts = [body.reguarantor, body.guarantor, body.bank, body.government].map((v: string) =>
      Math.round(Number(v) * 100),
    );
    expect(parts.reduce((a, b) => a + b, 0)).toBe(33333333);
    // 33,333,333 fen × .4/.2/.2/.2 leaves remainders .2/.6/.6/.6: two fen go to the first two .6s.
    expect(body).toMatchObject({
      reguarantor: "133333.33",
      guarantor: "66666.67",
      bank: "66666.67",
      government: "66666.66",
    });
  });

  it("refuses an unknown scheme", async () => {
    const response = await post("risk-sharing", { scheme: "5311", loss: "1.00" });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ field: "scheme", rule: "unknown-scheme" });
  });

  it("distributes a 100,000.00 recovery as in SPEC §3.3", async () => {
    const response = await post("recovery-distribution", {
      scheme: "4321",
      loss: "1000000.00",
      recovered: "100000.00",
      fundShareOfGuarantor: "0.5",
    });
    expect(response.json()).toEqual({ reguarantor: "50000.00", guarantor: "18750.00", fund: "31250.00" });
  });

  it("refuses a recovery larger than the non-bank loss", async () => {
    const response = await post("recovery-distribution", {
      scheme: "4321",
      loss: "1000.00",
      recovered: "900.00",
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe("recovered");
  });

  it("validates USCCs by GB 32100-2015", async () => {
    const valid = await ctx.app.inject({ method: "GET", url: "/api/v1/uscc/91440300708461136T" });
    expect(valid.json()).toEqual({ valid: true, divisionCode: "440300" });
    const early = await ctx.app.inject({ method: "GET", url: "/api/v1/uscc/91350100M0001TGQXM" });
    expect(early.json()).toMatchObject({ valid: false, rule: "check-digit" });
    expect(early.json().reason).toMatch(/校验/);
    const short = await ctx.app.inject({ method: "GET", url: "/api/v1/uscc/9144030070846" });
    expect(short.json()).toMatchObject({ valid: false, rule: "length" });
  });

  it("computes a bridge loan's fee across the 2027-12-31 cut-off of the SME reduction (seed 004 §四(二))", async () => {
    // 1,000万 at 0.01% a day: 7 days at half rate to 2027-12-31, then 3 in full = 3,500 + 3,000
    const response = await post("bridge-loan-fee", {
      amount: "10000000.00",
      paidOn: "2027-12-25",
      returnedOn: "2028-01-04",
      sizeClass: "SMALL",
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      fee: "6500.00",
      days: 10,
      waived: null,
      ceiling: { amount: "80000000.00", group: "SME" },
      withinCeiling: true,
      // The official calendar holds 2025 and 2026 only: the fee is still computed, the last day is not guessed.
      returnDue: null,
    });
    expect(response.json().periods.map((p: { days: number }) => p.days)).toEqual([7, 3]);
  });

  it("waives the fee for a 专精特新 SME, gives the last day of use and flags an amount over the ceiling", async () => {
    const waived = await post(
      "bridge-loan-fee",
      {
        amount: "30000000.00",
        paidOn: "2026-09-24",
        returnedOn: "2026-10-09",
        sizeClass: "MEDIUM",
        tags: ["LITTLE_GIANT"],
      },
      "10.0.0.2",
    );
    expect(waived.json()).toMatchObject({ fee: "0.00", returnDue: "2026-10-22" });
    expect(waived.json().waived).toContain("免收");
    const large = await post(
      "bridge-loan-fee",
      {
        amount: "50000000.00",
        paidOn: "2026-03-02",
        returnedOn: "2026-03-12",
        sizeClass: "LARGE",
        ownership: "STATE",
      },
      "10.0.0.2",
    );
    // 5,000万 × 0.01% × 10 days, above the 3,000万 general ceiling
    expect(large.json()).toMatchObject({
      fee: "50000.00",
      withinCeiling: false,
      ceiling: { group: "GENERAL" },
    });
  });

  it("refuses a bridge returned before it was paid and a daily rate out of range, naming the field", async () => {
    const early = await post("bridge-loan-fee", {
      amount: "1000000.00",
      paidOn: "2026-03-02",
      returnedOn: "2026-03-01",
      sizeClass: "SMALL",
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors[0]).toMatchObject({ field: "returnedOn", rule: "not-before-paid" });
    const steep = await post("bridge-loan-fee", {
      amount: "1000000.00",
      paidOn: "2026-03-02",
      returnedOn: "2026-03-05",
      sizeClass: "SMALL",
      dailyRate: "0.05",
    });
    expect(steep.statusCode).toBe(400);
    expect(steep.json().errors[0]).toMatchObject({ field: "dailyRate", rule: "rate-range" });
  });

  it("rate-limits each client address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 125; i++) {
      statuses.push((await post("risk-sharing", { scheme: "4321", loss: "1.00" }, "10.9.9.9")).statusCode);
    }
    expect(statuses.slice(0, 120).every((s) => s === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // Another client is not affected.
    expect((await post("risk-sharing", { scheme: "4321", loss: "1.00" }, "10.9.9.10")).statusCode).toBe(200);
  });
});
