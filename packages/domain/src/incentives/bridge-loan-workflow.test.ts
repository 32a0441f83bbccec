import { describe, expect, it } from "vitest";
import { CN_OFFICIAL_CALENDAR } from "../programmes/official-calendar";
import { issuesOf } from "../test-support";
import {
  type BridgeLoanAction,
  type BridgeLoanParty,
  type BridgeLoanState,
  bridgeLoanTransition,
  bridgeOverdue,
  bridgeRulesFromWire,
  bridgeRulesToWire,
  validateBridgeRequest,
} from "./bridge-loan-workflow";
import { type BridgeCeiling, DEFAULT_BRIDGE_LOAN_RULES, validateBridgeLoanRules } from "./bridge-loans";

const WAN = 1_000_000n;
const ceiling: BridgeCeiling = {
  ceilingFen: 3_000n * WAN,
  group: "GENERAL",
  reason: { zh: "不属于政策重点支持群体,适用一般限额", en: "general" },
};

describe("the bridge loan's transitions", () => {
  it.each<[BridgeLoanState, BridgeLoanAction, BridgeLoanParty, string | null, BridgeLoanState]>([
    ["REQUESTED", "commit", "bank", null, "COMMITTED"],
    ["REQUESTED", "decline", "bank", "企业经营恶化", "DECLINED"],
    ["COMMITTED", "approve", "fund-manager", null, "APPROVED"],
    ["COMMITTED", "reject", "fund-manager", "资金池余额不足", "REJECTED"],
    ["APPROVED", "pay", "fund-manager", null, "PAID"],
    ["PAID", "return", "bank", null, "RETURNED"],
  ])("%s --%s by %s--> %s", (from, action, party, reason, to) => {
    expect(bridgeLoanTransition(from, action, party, reason).to).toBe(to);
  });

  it.each<[BridgeLoanState, BridgeLoanAction, BridgeLoanParty | null, string | null, string]>([
    ["REQUESTED", "commit", "fund-manager", null, "role-not-allowed"],
    ["REQUESTED", "commit", null, null, "role-not-allowed"],
    ["APPROVED", "return", "fund-manager", null, "role-not-allowed"],
    ["COMMITTED", "pay", "fund-manager", null, "action-not-allowed-in-state"],
    ["PAID", "pay", "fund-manager", null, "action-not-allowed-in-state"],
    ["RETURNED", "return", "bank", null, "action-not-allowed-in-state"],
    ["DECLINED", "commit", "bank", null, "action-not-allowed-in-state"],
    ["REQUESTED", "decline", "bank", "  ", "required"],
    ["COMMITTED", "reject", "fund-manager", null, "required"],
  ])("refuses %s --%s by %s (reason %j): %s", (from, action, party, reason, rule) => {
    expect(issuesOf(() => bridgeLoanTransition(from, action, party, reason))[0]?.rule).toBe(rule);
  });
});

describe("validateBridgeRequest", () => {
  const ok = {
    amountFen: 1_000n * WAN,
    maturingAmountFen: 1_200n * WAN,
    maturityDate: "2026-12-20",
    ceiling,
    today: "2026-12-06",
  };

  it("accepts an amount within the ceiling and the maturing loan, maturing today or later", () => {
    expect(() => validateBridgeRequest(ok)).not.toThrow();
    expect(() => validateBridgeRequest({ ...ok, maturityDate: "2026-12-06" })).not.toThrow();
    expect(() => validateBridgeRequest({ ...ok, amountFen: 1_200n * WAN })).not.toThrow();
  });

  it.each([
    [
      "over the ceiling",
      { amountFen: 3_000n * WAN + 1n, maturingAmountFen: 5_000n * WAN },
      ["within-ceiling"],
    ],
    ["over the maturing amount", { amountFen: 1_200n * WAN + 1n }, ["within-maturing-amount"]],
    ["a maturity already past", { maturityDate: "2026-12-05" }, ["not-past"]],
    ["nothing asked", { amountFen: 0n }, ["positive"]],
    [
      "every problem at once",
      { amountFen: 4_000n * WAN, maturityDate: "2026-01-01" },
      ["within-ceiling", "within-maturing-amount", "not-past"],
    ],
  ])("refuses %s", (_, change, rules) => {
    expect(issuesOf(() => validateBridgeRequest({ ...ok, ...change })).map((i) => i.rule)).toEqual(rules);
  });

  it("quotes the ceiling and its reason in the refusal", () => {
    const [issue] = issuesOf(() =>
      validateBridgeRequest({ ...ok, amountFen: 5_000n * WAN, maturingAmountFen: 5_000n * WAN }),
    );
    expect(issue?.message.zh).toBe("超过转贷限额30000000.00元(不属于政策重点支持群体,适用一般限额)");
  });
});

describe("bridgeOverdue: flagged the day after the last day, escalated after N working days", () => {
  // Due Friday 2026-11-27; three working days later is Wednesday 2026-12-02.
  it.each([
    ["2026-11-26", 0, 0],
    ["2026-11-27", 0, 0],
    ["2026-11-28", 1, 1],
    ["2026-12-02", 1, 5],
    ["2026-12-03", 2, 6],
  ])("on %s: level %i, %i days overdue", (today, level, days) => {
    const overdue = bridgeOverdue("2026-11-27", today, DEFAULT_BRIDGE_LOAN_RULES, CN_OFFICIAL_CALENDAR);
    expect(overdue).toEqual({ level, daysOverdue: days, escalatesOn: "2026-12-02" });
  });

  it("skips the National Day holiday when counting the working days to escalation", () => {
    // Due 2026-09-30; 10-01..10-07 are holidays, 10-08 and 10-09 work, 10-10 is a 调休 Saturday.
    expect(
      bridgeOverdue("2026-09-30", "2026-10-08", { escalateAfterWorkingDays: 3 }, CN_OFFICIAL_CALENDAR),
    ).toMatchObject({
      level: 1,
      escalatesOn: "2026-10-10",
    });
  });
});

describe("the rules as stored", () => {
  it("round-trips through the wire form, ceilings in yuan", () => {
    const wire = bridgeRulesToWire(DEFAULT_BRIDGE_LOAN_RULES);
    expect(wire.groupCeiling).toBe("80000000.00");
    expect(wire.generalCeiling).toBe("30000000.00");
    expect(bridgeRulesFromWire(wire)).toEqual(DEFAULT_BRIDGE_LOAN_RULES);
  });

  it.each([0, 31, 1.5])("refuses escalation after %s working days", (days) => {
    const rules = { ...DEFAULT_BRIDGE_LOAN_RULES, escalateAfterWorkingDays: days };
    expect(issuesOf(() => validateBridgeLoanRules(rules)).map((i) => i.path.join("."))).toEqual([
      "escalateAfterWorkingDays",
    ]);
  });
});
