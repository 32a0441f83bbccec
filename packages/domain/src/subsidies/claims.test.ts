import { describe, expect, it } from "vitest";
import { PAYMENT_STATUSES } from "../fund/payment-workflow";
import { interestSubsidyApplicationWindow, SHIYAN_CHANLIAN_LOAN } from "../programmes/programme-config";
import { issueOf } from "../test-support";
import {
  addMonths,
  assertVouchersAttached,
  claimStatus,
  claimWithdrawable,
  missingVouchers,
  windowState,
} from "./claims";

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

describe("vouchers (附件2 note: 借款凭证、结息凭证、还款凭证)", () => {
  it("names what is missing, in the note's order", () => {
    expect(missingVouchers(["REPAYMENT_VOUCHER", "DOCUMENT"])).toEqual(["LOAN_VOUCHER", "INTEREST_VOUCHER"]);
    const issue = issueOf(() => assertVouchersAttached(["INTEREST_VOUCHER"]));
    expect(issue).toMatchObject({ path: ["vouchers"], rule: "vouchers-required" });
    expect(issue.message).toContain("借款凭证、还款凭证");
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
