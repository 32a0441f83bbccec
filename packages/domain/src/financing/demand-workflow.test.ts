import { describe, expect, it } from "vitest";
import { CN_OFFICIAL_CALENDAR } from "../programmes/official-calendar";
import type { OrgType, Role, WorkflowActor } from "../programmes/organisations";
import { issueOf, issuesOf } from "../test-support";
import {
  applyClaimAction,
  applyDemandAction,
  availableClaimActions,
  CLAIM_ACTIONS,
  CLAIM_STATES,
  CLAIM_SYSTEM_ACTIONS,
  CLAIM_TRANSITIONS,
  type ClaimAction,
  type ClaimDecision,
  type ClaimState,
  claimHistoryLine,
  claimStepDue,
  DEFAULT_MARKETPLACE_SETTINGS,
  type Institution,
  institutionFits,
  MARKETPLACE_PRESETS,
  type MarketplaceSettings,
  overdueClaimStep,
  validateMarketplaceSettings,
} from "./demand-workflow";

const actor = (orgType: OrgType, ...roles: Role[]): WorkflowActor => ({ orgType, roles });
const bankReviewer = actor("BANK", "reviewer");
const bankOperator = actor("BANK", "operator");
const bureau = actor("INDUSTRY_BUREAU", "reviewer");
const enterprise = actor("ENTERPRISE", "operator");

const approval: ClaimDecision = {
  approvedAmount: "5000000.00",
  approvedRate: "0.0345",
  approvedTermMonths: 12,
};
const funding: ClaimDecision = {
  creditAmount: "6000000.00",
  fundedAmount: "5000000.00",
  fundedOn: "2026-11-20",
  fundedRate: "0.0345",
};

describe("applyDemandAction — the bureau curates the whitelist", () => {
  it("admits with a 一企一策 note and a 金融顾问", () => {
    expect(applyDemandAction("SUBMITTED", "admit", bureau, { note: "技改贷优先", officerUserId: "u1" })).toBe(
      "ADMITTED",
    );
  });

  it("declines with a reason", () => {
    expect(applyDemandAction("SUBMITTED", "decline", bureau, { reason: "非制造业企业" })).toBe("DECLINED");
  });

  it.each([
    ["admit", { officerUserId: "u1" }, "note"],
    ["admit", { note: "一企一策" }, "officerUserId"],
    ["admit", { note: "  ", officerUserId: "u1" }, "note"],
    ["decline", {}, "reason"],
  ] as const)("%s without %o names the missing field %s", (action, decision, field) => {
    const issue = issueOf(() => applyDemandAction("SUBMITTED", action, bureau, decision));
    expect(issue).toMatchObject({ path: [field], rule: "required" });
  });

  it.each([
    [actor("BANK", "reviewer"), "role-not-allowed"],
    [actor("INDUSTRY_BUREAU", "operator"), "role-not-allowed"],
    [actor("ENTERPRISE", "reviewer"), "role-not-allowed"],
  ] as const)("refuses %o", (who, rule) => {
    expect(issueOf(() => applyDemandAction("SUBMITTED", "decline", who, { reason: "x" })).rule).toBe(rule);
  });

  it.each(["ADMITTED", "DECLINED"] as const)("a %s demand is decided already", (status) => {
    const issue = issueOf(() => applyDemandAction(status, "decline", bureau, { reason: "x" }));
    expect(issue.rule).toBe("action-not-allowed-in-state");
  });
});

describe("applyClaimAction — every row of the claim table", () => {
  it.each<[ClaimState, ClaimAction, WorkflowActor, ClaimDecision, ClaimState]>([
    ["PUSHED", "claim", bankOperator, {}, "CLAIMED"],
    ["CLAIMED", "contact", bankOperator, {}, "CONTACTED"],
    ["CONTACTED", "approve", bankReviewer, approval, "APPROVED"],
    ["CLAIMED", "decline", bankReviewer, { reason: "抵押物不足" }, "DECLINED"],
    ["CONTACTED", "decline", actor("GUARANTOR", "reviewer"), { reason: "超出担保额度" }, "DECLINED"],
    ["APPROVED", "fund", actor("FINANCIAL_INSTITUTION", "reviewer"), funding, "FUNDED"],
    ["FUNDED", "confirm", enterprise, { rating: 5, comment: "服务高效" } as ClaimDecision, "CLOSED"],
    ["DECLINED", "confirm", enterprise, { rating: 2 }, "CLOSED"],
  ])("%s —%s→ %s", (from, action, who, decision, to) => {
    expect(applyClaimAction(from, action, who, decision)).toBe(to);
  });

  it("every action is refused in every state its row does not list", () => {
    for (const row of CLAIM_TRANSITIONS) {
      const who = actor(row.orgTypes[0] as OrgType, ...row.roles);
      for (const state of CLAIM_STATES.filter((candidate) => !row.from.includes(candidate))) {
        const issue = issueOf(() =>
          applyClaimAction(state, row.action, who, { ...approval, ...funding, reason: "r", rating: 3 }),
        );
        expect(issue.rule, `${row.action} in ${state}`).toBe("action-not-allowed-in-state");
      }
    }
  });

  it.each<[ClaimAction, WorkflowActor]>([
    ["claim", enterprise],
    ["claim", bureau],
    ["approve", bankOperator],
    ["fund", bankOperator],
    ["confirm", bankReviewer],
  ])("%s is not for %o", (action, who) => {
    expect(issueOf(() => applyClaimAction("PUSHED", action, who, {})).rule).toBe("role-not-allowed");
  });

  it.each<[ClaimState, ClaimAction, ClaimDecision, string]>([
    ["CONTACTED", "decline", { reason: " " }, "reason"],
    ["CONTACTED", "approve", { approvedAmount: "1", approvedRate: "0.03" }, "approvedTermMonths"],
    ["APPROVED", "fund", { ...funding, creditAmount: null }, "creditAmount"],
    ["APPROVED", "fund", { ...funding, fundedOn: "" }, "fundedOn"],
  ])("%s %s without %s is refused naming it", (state, action, decision, field) => {
    expect(issueOf(() => applyClaimAction(state, action, bankReviewer, decision))).toMatchObject({
      path: [field],
      rule: "required",
    });
  });

  it.each([0, 6, 3.5])("a rating of %s is out of range", (rating) => {
    expect(issueOf(() => applyClaimAction("FUNDED", "confirm", enterprise, { rating }))).toMatchObject({
      path: ["rating"],
      rule: "range",
    });
  });

  it("offers each party only its own buttons", () => {
    expect(availableClaimActions("CONTACTED", bankReviewer)).toEqual(["approve", "decline"]);
    expect(availableClaimActions("CONTACTED", bankOperator)).toEqual([]);
    expect(availableClaimActions("CLAIMED", bankOperator)).toEqual(["contact"]);
    expect(availableClaimActions("FUNDED", enterprise)).toEqual(["confirm"]);
    expect(availableClaimActions("FUNDED", bankReviewer)).toEqual([]);
    expect(availableClaimActions("RELEASED", bankReviewer)).toEqual([]);
  });
});

describe("claimStepDue — working days on the official calendar (渝惠融 2 / 3 / 10)", () => {
  const settings = DEFAULT_MARKETPLACE_SETTINGS;
  it.each<[ClaimState, string, string | null, string | null, string]>([
    ["PUSHED", "2026-11-02", null, "2026-11-04", "claim within 2 working days of the push"],
    ["CLAIMED", "2026-11-02", "2026-11-02", "2026-11-05", "first contact within 3 of the claim"],
    [
      "CONTACTED",
      "2026-11-02",
      "2026-11-02",
      "2026-11-16",
      "decision within 10 of the claim, weekends skipped",
    ],
    ["PUSHED", "2026-09-24", null, "2026-09-29", "中秋 09-25–27 off: Mon 28, Tue 29"],
    ["CLAIMED", "2026-09-24", "2026-09-29", "2026-10-09", "国庆 10-01–07 off: 30, 8, 9"],
    ["CONTACTED", "2026-09-24", "2026-09-29", "2026-10-19", "30, 8, 9, Sat 10-10 (调休 workday), 12–16, 19"],
    ["APPROVED", "2026-09-24", "2026-09-29", null, "no clock after the decision"],
    ["FUNDED", "2026-09-24", "2026-09-29", null, "nor once funded"],
  ])("%s pushed %s claimed %s → %s (%s)", (state, pushedOn, claimedOn, due) => {
    expect(claimStepDue(state, { pushedOn, claimedOn }, settings, CN_OFFICIAL_CALENDAR)).toBe(due);
  });

  it("follows the region's own days", () => {
    const slow = { ...settings, claimWorkingDays: 5 };
    expect(
      claimStepDue("PUSHED", { pushedOn: "2026-11-02", claimedOn: null }, slow, CN_OFFICIAL_CALENDAR),
    ).toBe("2026-11-09");
  });

  it("refuses a deadline the calendar cannot date", () => {
    const issue = issueOf(() =>
      claimStepDue(
        "CONTACTED",
        { pushedOn: "2026-12-28", claimedOn: "2026-12-28" },
        settings,
        CN_OFFICIAL_CALENDAR,
      ),
    );
    expect(issue.rule).toBe("calendar-not-covered");
  });
});

describe("overdueClaimStep — remind, then escalate and release", () => {
  const settings = DEFAULT_MARKETPLACE_SETTINGS;
  const claim = (state: ClaimState, remindedOn: string | null) => ({
    state,
    dueOn: "2026-10-09",
    remindedOn,
  });
  it.each<[ClaimState, string | null, string, string]>([
    ["CLAIMED", null, "2026-10-09", "none"],
    ["CLAIMED", null, "2026-10-10", "remind"],
    ["CLAIMED", "2026-10-10", "2026-10-10", "none"],
    // One working day of grace after the due date: Sat 10-10 is a 调休 workday, so Sun 10-11 escalates.
    ["CLAIMED", "2026-10-10", "2026-10-11", "escalate"],
    ["CONTACTED", "2026-10-10", "2026-10-20", "escalate"],
    ["PUSHED", null, "2026-10-12", "remind"],
    ["PUSHED", "2026-10-10", "2026-10-20", "none"],
  ])("%s reminded %s, today %s → %s", (state, remindedOn, today, step) => {
    expect(overdueClaimStep(claim(state, remindedOn), today, settings, CN_OFFICIAL_CALENDAR)).toBe(step);
  });

  it("does nothing to a claim without a clock", () => {
    expect(
      overdueClaimStep(
        { state: "APPROVED", dueOn: null, remindedOn: null },
        "2026-12-01",
        settings,
        CN_OFFICIAL_CALENDAR,
      ),
    ).toBe("none");
  });
});

describe("validateMarketplaceSettings", () => {
  it.each(Object.entries(MARKETPLACE_PRESETS))("the %s preset is valid", (_name, preset) => {
    expect(validateMarketplaceSettings(preset)).toBe(preset);
  });

  it("reports every problem at once", () => {
    const bad: MarketplaceSettings = {
      claimMode: "SINGLE",
      maxClaimants: 3,
      claimWorkingDays: 0,
      contactWorkingDays: 5,
      decisionWorkingDays: 4,
      escalateAfterWorkingDays: 1.5,
    };
    expect(
      issuesOf(() => validateMarketplaceSettings(bad)).map((issue) => `${issue.path}:${issue.rule}`),
    ).toEqual([
      "claimWorkingDays:range",
      "escalateAfterWorkingDays:range",
      "decisionWorkingDays:not-before-contact",
      "maxClaimants:matches-mode",
    ]);
  });

  it("several claimants need at least two places", () => {
    const issue = issueOf(() =>
      validateMarketplaceSettings({ ...MARKETPLACE_PRESETS.COMPETING, maxClaimants: 1 }),
    );
    expect(issue).toMatchObject({ path: ["maxClaimants"], rule: "matches-mode" });
  });
});

describe("institutionFits — open demands reach institutions that answer the kind, of the region or above", () => {
  const demand = { kind: "LOAN", regionCode: "420303" } as const;
  it.each<[Institution, boolean, string]>([
    [
      { orgType: "BANK", institutionKind: null, regionCode: "420300" },
      true,
      "a city bank for a district's loan",
    ],
    [{ orgType: "BANK", institutionKind: null, regionCode: "420000" }, true, "a provincial bank"],
    [{ orgType: "BANK", institutionKind: null, regionCode: "500000" }, false, "a 重庆 bank"],
    [{ orgType: "BANK", institutionKind: null, regionCode: "420302" }, false, "another district's bank"],
    [{ orgType: "GUARANTOR", institutionKind: null, regionCode: "420300" }, false, "a guarantor, for a loan"],
    [
      { orgType: "FINANCIAL_INSTITUTION", institutionKind: "OTHER", regionCode: "420300" },
      true,
      "a 小贷公司",
    ],
    [{ orgType: "FINANCIAL_INSTITUTION", institutionKind: "FUND", regionCode: "420300" }, false, "a fund"],
  ])("%o → %s (%s)", (institution, fits) => {
    expect(institutionFits(demand, institution)).toBe(fits);
  });

  it("a fund answers an equity demand", () => {
    expect(
      institutionFits(
        { kind: "EQUITY", regionCode: "500106" },
        { orgType: "FINANCIAL_INSTITUTION", institutionKind: "FUND", regionCode: "500000" },
      ),
    ).toBe(true);
  });
});

describe("claimHistoryLine — every claim line names its institution", () => {
  it.each([
    ["push", "推送至 重庆银行", "Pushed to 重庆银行"],
    ["claim", "重庆银行 认领", "重庆银行 claimed it"],
    ["release", "重庆银行 的认领释放回需求池", "重庆银行's claim released to the pool"],
    ["confirm", "确认结果并评价(重庆银行)", "Confirmed and rated (重庆银行)"],
    ["escalate", "重庆银行 逾期上报经信部门", "重庆银行 overdue, escalated to the bureau"],
  ] as const)("%s", (action, zh, en) => {
    expect(claimHistoryLine(action, "重庆银行")).toEqual({ zh, en });
  });

  it("every step of the claim, the platform's included, has a line with the name in both languages", () => {
    for (const action of [...CLAIM_ACTIONS, ...CLAIM_SYSTEM_ACTIONS]) {
      const line = claimHistoryLine(action, "湖北银行十堰分行");
      expect(line.zh).toContain("湖北银行十堰分行");
      expect(line.en).toContain("湖北银行十堰分行");
    }
  });
});
