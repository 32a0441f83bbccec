import { describe, expect, it } from "vitest";
import type { OrgType, Role } from "../programmes/application-workflow";
import { issueOf } from "../test-support";
import {
  applyDefaultCaseAction,
  availableDefaultCaseActions,
  DEFAULT_CASE_ACTIONS,
  DEFAULT_CASE_STATUSES,
  type DefaultCaseAction,
  type DefaultCaseActor,
  type DefaultCaseSituation,
  type DefaultCaseStatus,
  defaultCaseActionsFor,
  defaultCaseHolders,
  fundPartPaid,
  fundPaymentRenewable,
  type RecoveryStanding,
  recoverableFen,
  recoveryReversible,
} from "./default-case-workflow";
import type { PaymentStatus } from "./payment-workflow";

const actor = (orgType: OrgType, ...roles: Role[]): DefaultCaseActor => ({ orgType, roles });
const bank = actor("BANK", "operator");
const bankReviewer = actor("BANK", "reviewer");
const guarantor = actor("GUARANTOR", "operator");
const guarantorReviewer = actor("GUARANTOR", "reviewer");
const why = { reason: "借款人已筹款归还,撤回申请" };

describe("applyDefaultCaseAction — every row of the case (seed 002 art. 11(8),(9))", () => {
  it.each<
    [string, DefaultCaseStatus, DefaultCaseAction, DefaultCaseActor, { reason?: string }, DefaultCaseStatus]
  >([
    ["the guarantor compensates a claim", "CLAIMED", "compensate", guarantor, {}, "COMPENSATED"],
    [
      "the bank withdraws its claim before the 代偿, with a reason",
      "CLAIMED",
      "withdraw",
      bank,
      why,
      "WITHDRAWN",
    ],
    ["a bank reviewer may withdraw too", "CLAIMED", "withdraw", bankReviewer, why, "WITHDRAWN"],
    [
      "the guarantor asks for the fund's part again",
      "COMPENSATED",
      "request-fund-payment",
      guarantor,
      {},
      "COMPENSATED",
    ],
    ["the guarantor records a recovery", "COMPENSATED", "record-recovery", guarantor, {}, "COMPENSATED"],
    [
      "the guarantor's reviewer corrects a recovery",
      "COMPENSATED",
      "reverse-recovery",
      guarantorReviewer,
      why,
      "COMPENSATED",
    ],
  ])("%s", (_name, from, action, by, decision, to) => {
    expect(applyDefaultCaseAction(from, action, by, decision)).toBe(to);
  });

  it.each<[string, DefaultCaseStatus, DefaultCaseAction, DefaultCaseActor, { reason?: string }, string]>([
    ["no withdrawal after the 代偿", "COMPENSATED", "withdraw", bank, why, "action-not-allowed-in-state"],
    [
      "nothing more on a withdrawn claim",
      "WITHDRAWN",
      "compensate",
      guarantor,
      {},
      "action-not-allowed-in-state",
    ],
    ["a withdrawal twice", "WITHDRAWN", "withdraw", bank, why, "action-not-allowed-in-state"],
    [
      "no recovery before the 代偿",
      "CLAIMED",
      "record-recovery",
      guarantor,
      {},
      "action-not-allowed-in-state",
    ],
    ["a withdrawal needs its reason", "CLAIMED", "withdraw", bank, { reason: "  " }, "required"],
    ["a correction needs its reason", "COMPENSATED", "reverse-recovery", guarantorReviewer, {}, "required"],
    [
      "the guarantor cannot withdraw the bank's claim",
      "CLAIMED",
      "withdraw",
      guarantor,
      why,
      "role-not-allowed",
    ],
    ["the bank cannot compensate", "CLAIMED", "compensate", bank, {}, "role-not-allowed"],
    [
      "a guarantor's operator cannot correct",
      "COMPENSATED",
      "reverse-recovery",
      guarantor,
      why,
      "role-not-allowed",
    ],
    [
      "a bureau takes no step",
      "CLAIMED",
      "compensate",
      actor("FINANCE_BUREAU", "reviewer"),
      {},
      "role-not-allowed",
    ],
  ])("refuses: %s (%s)", (_name, from, action, by, decision, rule) => {
    expect(issueOf(() => applyDefaultCaseAction(from, action, by, decision)).rule).toBe(rule);
  });

  it("offers each party exactly the actions the table allows it", () => {
    expect(defaultCaseActionsFor("CLAIMED", bank)).toEqual(["withdraw"]);
    expect(defaultCaseActionsFor("CLAIMED", guarantor)).toEqual(["compensate"]);
    expect(defaultCaseActionsFor("COMPENSATED", bank)).toEqual([]);
    expect(defaultCaseActionsFor("COMPENSATED", guarantor)).toEqual([
      "request-fund-payment",
      "record-recovery",
    ]);
    expect(defaultCaseActionsFor("COMPENSATED", guarantorReviewer)).toEqual([
      "request-fund-payment",
      "record-recovery",
      "reverse-recovery",
    ]);
    for (const action of DEFAULT_CASE_ACTIONS) {
      expect(defaultCaseActionsFor("WITHDRAWN", guarantorReviewer)).not.toContain(action);
      expect(defaultCaseActionsFor("WITHDRAWN", bankReviewer)).not.toContain(action);
    }
  });

  it("is in the guarantor's worklist only while the claim waits for its 代偿", () => {
    expect(DEFAULT_CASE_STATUSES.map((status) => [status, defaultCaseHolders(status)])).toEqual([
      ["CLAIMED", ["GUARANTOR"]],
      ["COMPENSATED", []],
      ["WITHDRAWN", []],
    ]);
  });
});

describe("what a case can still recover (seed 002 art. 11(9))", () => {
  it.each<[string, DefaultCaseStatus, bigint | null, bigint, bigint]>([
    ["nothing before the 代偿", "CLAIMED", 80_000_000n, 0n, 0n],
    ["the whole non-bank loss once compensated", "COMPENSATED", 80_000_000n, 0n, 80_000_000n],
    ["less what was recovered", "COMPENSATED", 80_000_000n, 10_000_000n, 70_000_000n],
    ["nothing once all is recovered", "COMPENSATED", 80_000_000n, 80_000_000n, 0n],
    ["a reversal frees its amount again (net of it)", "COMPENSATED", 80_000_000n, 0n, 80_000_000n],
    ["nothing when the loss cannot be split", "COMPENSATED", null, 0n, 0n],
    ["nothing on a withdrawn claim", "WITHDRAWN", 80_000_000n, 0n, 0n],
  ])("%s", (_name, status, nonBankLossFen, recovered, expected) => {
    expect(recoverableFen(status, nonBankLossFen, recovered)).toBe(expected);
  });

  it.each<[string, bigint, PaymentStatus | null | undefined, boolean]>([
    ["the fund had nothing to pay", 0n, null, true],
    ["its payment is paid", 25_000_000n, "PAID", true],
    ["its payment is still in review", 25_000_000n, "IN_REVIEW", false],
    ["its payment was cancelled", 25_000_000n, "CANCELLED", false],
    ["there is no payment", 25_000_000n, undefined, false],
  ])("the fund's part is paid when %s: %s", (_name, fundPaysFen, status, expected) => {
    expect(fundPartPaid(fundPaysFen, status)).toBe(expected);
  });

  it("asks for the fund's part again only after its payment was cancelled", () => {
    expect(fundPaymentRenewable("CANCELLED")).toBe(true);
    for (const status of ["DRAFT", "IN_REVIEW", "APPROVED", "PAYING", "PAID", "RETURNED", null] as const) {
      expect(fundPaymentRenewable(status), String(status)).toBe(false);
    }
  });

  it.each<[string, RecoveryStanding, boolean]>([
    ["an original recovery", { isReversal: false, reversed: false }, true],
    ["a reversed one", { isReversal: false, reversed: true }, false],
    ["a reversal", { isReversal: true, reversed: false }, false],
  ])("reverses %s: %s", (_name, recovery, expected) => {
    expect(recoveryReversible(recovery)).toBe(expected);
  });
});

describe("availableDefaultCaseActions — the table's steps that make sense now", () => {
  const parties = { bankOrgId: "icbc", guarantorOrgId: "danbao" };
  const situation = (overrides: Partial<DefaultCaseSituation> = {}): DefaultCaseSituation => ({
    status: "COMPENSATED",
    ...parties,
    compensable: true,
    paymentStatus: "PAID",
    fundPartPaid: true,
    recoverableFen: 80_000_000n,
    recoveries: [],
    ...overrides,
  });
  const lender = { ...bank, orgId: "icbc" };
  const otherBank = { ...bank, orgId: "hbbank" };
  const surety = { ...guarantor, orgId: "danbao" };
  const suretyReviewer = { ...guarantorReviewer, orgId: "danbao" };
  const otherGuarantor = { ...guarantorReviewer, orgId: "zaidanbao" };
  const bureau = { ...actor("FINANCE_BUREAU", "reviewer"), orgId: "czj" };
  const original = { isReversal: false, reversed: false };
  const corrected = [
    { isReversal: false, reversed: true },
    { isReversal: true, reversed: false },
  ];

  it.each<[string, DefaultCaseActor & { orgId: string }, Partial<DefaultCaseSituation>, DefaultCaseAction[]]>(
    [
      ["the lending bank may withdraw a claim", lender, { status: "CLAIMED" }, ["withdraw"]],
      ["another bank may not", otherBank, { status: "CLAIMED" }, []],
      ["the guarantor may compensate a claim", surety, { status: "CLAIMED" }, ["compensate"]],
      [
        "not when the loan can no longer be compensated",
        surety,
        { status: "CLAIMED", compensable: false },
        [],
      ],
      ["another guarantor may not", otherGuarantor, { status: "CLAIMED" }, []],
      ["a bureau follows but takes no step", bureau, { status: "CLAIMED" }, []],
      [
        "no recovery while the fund's part is unpaid",
        surety,
        { paymentStatus: "IN_REVIEW", fundPartPaid: false },
        [],
      ],
      [
        "its part again after its payment was cancelled",
        surety,
        { paymentStatus: "CANCELLED", fundPartPaid: false },
        ["request-fund-payment"],
      ],
      ["a recovery once it is paid", surety, {}, ["record-recovery"]],
      ["no recovery once all is recovered", surety, { recoverableFen: 0n }, []],
      [
        "the reviewer corrects an original recovery",
        suretyReviewer,
        { recoveries: [original] },
        ["record-recovery", "reverse-recovery"],
      ],
      ["an operator does not", surety, { recoveries: [original] }, ["record-recovery"]],
      ["nothing to correct once corrected", suretyReviewer, { recoveries: corrected }, ["record-recovery"]],
      ["nothing after a withdrawal", lender, { status: "WITHDRAWN" }, []],
      ["nor for the guarantor", suretyReviewer, { status: "WITHDRAWN", recoveries: [original] }, []],
    ],
  )("%s", (_name, by, overrides, expected) => {
    expect(availableDefaultCaseActions(by, situation(overrides))).toEqual(expected);
  });
});
