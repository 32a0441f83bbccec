import { describe, expect, it } from "vitest";
import type { OrgType, Role } from "../programmes/application-workflow";
import { issueOf } from "../test-support";
import {
  applyDefaultCaseAction,
  DEFAULT_CASE_ACTIONS,
  DEFAULT_CASE_STATUSES,
  type DefaultCaseAction,
  type DefaultCaseActor,
  type DefaultCaseStatus,
  defaultCaseActionsFor,
  defaultCaseHolders,
} from "./default-case-workflow";

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
