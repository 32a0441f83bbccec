import { describe, expect, it } from "vitest";
import { PAYMENT_STATUSES } from "../fund/payment-workflow";
import { interestSubsidyApplicationWindow, SHIYAN_CHANLIAN_LOAN } from "../programmes/programme-config";
import { issueOf } from "../test-support";
import {
  addMonths,
  assertVouchersAttached,
  claimStatus,
  claimWithdrawable,
  interestSubsidyPayability,
  missingVouchers,
  settledOnWithWindowState,
  WINDOW_STATES,
  windowState,
} from "./claims";
import type { LoanInterestSubsidy, SubsidyWorking } from "./working";

describe("the application window (seed 002 art. 11(6): Q2 of the year after settlement)", () => {
  const window = interestSubsidyApplicationWindow(SHIYAN_CHANLIAN_LOAN.interestSubsidy, "2026-03-10");

  it.each([
    ["2027-03-31", "UPCOMING"],
    ["2027-04-01", "OPEN"],
    ["2027-06-30", "OPEN"],
    ["2027-07-01", "PASSED"],
  ])("on %s it is %s", (on, state) => {
    expect(windowState(window, on)).toBe(state);
  });
});

describe("the settlement days whose window is in a state on a day (the list's filter in SQL)", () => {
  const rule = SHIYAN_CHANLIAN_LOAN.interestSubsidy;
  const days = [
    "2026-01-01",
    "2026-03-31",
    "2026-04-01",
    "2026-05-15",
    "2026-06-30",
    "2026-07-01",
    "2026-12-31",
  ];
  const settled = [
    "2023-12-31",
    "2024-06-30",
    "2025-01-01",
    "2025-07-15",
    "2025-12-31",
    "2026-01-01",
    "2026-03-10",
    "2027-02-01",
  ];

  it.each(days)("on %s it matches windowState for every settlement day", (on) => {
    for (const settledOn of settled) {
      const actual = windowState(interestSubsidyApplicationWindow(rule, settledOn), on);
      for (const state of WINDOW_STATES) {
        const { from, to } = settledOnWithWindowState(rule, state, on);
        const within = (from === null || settledOn >= from) && (to === null || settledOn < to);
        expect(within, `${settledOn} ${state} on ${on}`).toBe(actual === state);
      }
    }
  });
});

describe("whether a loan's subsidy is payable: eligible, in its window, more than zero", () => {
  const window = interestSubsidyApplicationWindow(SHIYAN_CHANLIAN_LOAN.interestSubsidy, "2026-03-10");
  const working = {} as SubsidyWorking;
  const eligible = (amountFen: bigint): LoanInterestSubsidy => ({
    eligible: true,
    amountFen,
    settledOn: "2026-03-10",
    window,
    working,
  });
  const overdue: LoanInterestSubsidy = { eligible: false, reason: { zh: "贷款曾逾期", en: "Overdue" } };

  it.each([
    // what, subsidy, on, window checked, refused by (null: payable)
    ["81,277.78", eligible(8_127_778n), "2027-04-01", true, null],
    ["81,277.78", eligible(8_127_778n), "2027-06-30", true, null],
    ["81,277.78", eligible(8_127_778n), "2027-03-31", true, "outside-application-window"],
    ["81,277.78", eligible(8_127_778n), "2027-07-01", true, "outside-application-window"],
    ["zero", eligible(0n), "2027-05-20", true, "nothing-to-pay"],
    ["zero", eligible(0n), "2027-03-31", true, "outside-application-window"],
    ["not eligible", overdue, "2027-05-20", true, "not-eligible"],
    ["not eligible", overdue, "2027-07-01", true, "not-eligible"],
    // A claim filed within the window is paid after it closed.
    ["81,277.78", eligible(8_127_778n), "2027-07-01", false, null],
    ["zero", eligible(0n), "2027-07-01", false, "nothing-to-pay"],
    ["not eligible", overdue, "2027-07-01", false, "not-eligible"],
  ] as const)("%s on %s (window checked: %s) → %s", (_what, subsidy, on, checked, rule) => {
    const payability = interestSubsidyPayability(subsidy, on, { window: checked });
    expect(payability.payable ? null : payability.rule).toBe(rule);
    if (checked) expect(interestSubsidyPayability(subsidy, on)).toEqual(payability);
  });

  it("pays the computed amount with its working", () => {
    expect(interestSubsidyPayability(eligible(8_127_778n), "2027-05-20")).toEqual({
      payable: true,
      amountFen: 8_127_778n,
      working,
    });
  });

  it.each([
    [overdue, "2027-05-20", { zh: "贷款曾逾期", en: "Overdue" }],
    [
      eligible(1n),
      "2027-07-01",
      { zh: "贴息申请期为2027-04-01至2027-06-30,今天是2027-07-01", en: "Outside the application window" },
    ],
    [eligible(0n), "2027-05-20", { zh: "核定贴息金额为0", en: "The subsidy is zero" }],
  ] as const)("says why (%#), naming the window with both days inclusive", (subsidy, on, reason) => {
    expect(interestSubsidyPayability(subsidy, on)).toMatchObject({ payable: false, reason });
  });
});

describe("vouchers (附件2 note: 借款凭证、结息凭证、还款凭证)", () => {
  it("names what is missing, in the note's order", () => {
    expect(missingVouchers(["REPAYMENT_VOUCHER", "DOCUMENT"])).toEqual(["LOAN_VOUCHER", "INTEREST_VOUCHER"]);
    const issue = issueOf(() => assertVouchersAttached(["INTEREST_VOUCHER"]));
    expect(issue).toMatchObject({ path: ["vouchers"], rule: "vouchers-required" });
    expect(issue.message.zh).toContain("借款凭证、还款凭证");
  });

  it("accepts a complete set", () => {
    expect(() =>
      assertVouchersAttached(["LOAN_VOUCHER", "INTEREST_VOUCHER", "REPAYMENT_VOUCHER"]),
    ).not.toThrow();
  });
});

describe("a claim's status follows its payment line", () => {
  const live = { live: true, paid: false };

  it("is submitted until a live payment holds it, and again after that payment is cancelled", () => {
    expect(claimStatus({ stored: "SUBMITTED", line: null, paymentStatus: null })).toBe("SUBMITTED");
    expect(
      claimStatus({ stored: "SUBMITTED", line: { live: false, paid: false }, paymentStatus: "CANCELLED" }),
    ).toBe("SUBMITTED");
  });

  it.each([
    ["DRAFT", "ACCOUNTING"],
    ["IN_REVIEW", "IN_REVIEW"],
    ["AWAITING_APPROVAL", "IN_REVIEW"],
    ["APPROVED", "IN_REVIEW"],
    ["PAYING", "IN_REVIEW"],
    ["RETURNED", "RETURNED"],
    ["PAID", "PAID"],
  ] as const)("payment %s → claim %s", (paymentStatus, status) => {
    expect(claimStatus({ stored: "SUBMITTED", line: live, paymentStatus })).toBe(status);
  });

  it("is paid as soon as its own line is, while the run goes on", () => {
    expect(
      claimStatus({ stored: "SUBMITTED", line: { live: true, paid: true }, paymentStatus: "PAYING" }),
    ).toBe("PAID");
  });

  it("stays withdrawn whatever else is recorded, and only a claim no payment holds can be withdrawn", () => {
    for (const paymentStatus of PAYMENT_STATUSES) {
      expect(claimStatus({ stored: "WITHDRAWN", line: live, paymentStatus })).toBe("WITHDRAWN");
    }
    expect(claimWithdrawable("SUBMITTED")).toBe(true);
    for (const status of ["ACCOUNTING", "IN_REVIEW", "RETURNED", "PAID", "WITHDRAWN"] as const) {
      expect(claimWithdrawable(status)).toBe(false);
    }
  });
});

describe("addMonths (a loan's contractual end, 起止日期)", () => {
  it.each([
    ["2025-03-10", 12, "2026-03-10"],
    ["2025-01-31", 1, "2025-02-28"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2025-11-15", 3, "2026-02-15"],
    ["2024-06-18", 36, "2027-06-18"],
  ])("%s + %i months = %s", (start, months, end) => {
    expect(addMonths(start, months)).toBe(end);
  });

  it("refuses a date that does not exist", () => {
    expect(issueOf(() => addMonths("2025-02-30", 1)).rule).toBe("iso-date");
  });
});
