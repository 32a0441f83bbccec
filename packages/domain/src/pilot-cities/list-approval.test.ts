import { describe, expect, it } from "vitest";
import { DEPARTMENTS, type Department } from "../programmes/organisations";
import { issueOf } from "../test-support";
import {
  applyListApprovalEvent,
  type ListApprovalEvent,
  type ListApprovalState,
  listApprovalStatus,
  proposeList,
} from "./list-approval";

const decide = (
  department: Department,
  listVersion = 1,
  decision: "approve" | "reject" = "approve",
  opinion = "同意",
): ListApprovalEvent => ({
  type: "decide",
  department,
  decision,
  listVersion,
  by: `u-${department}`,
  at: "2020-10-20T09:00:00+08:00",
  opinion,
});

const run = (state: ListApprovalState, ...events: ListApprovalEvent[]) =>
  events.reduce((current, event) => applyListApprovalEvent(current, event).state, state);

const proposed = proposeList(["朝阳区", "丹江口市", "南山区"]);

describe("the five departments' approval of the list", () => {
  it("is pending until all five approve, in any order, then publishable", () => {
    const four = run(proposed, ...["CSRC", "MIIT", "PBOC", "MOF"].map((d) => decide(d as Department)));
    expect(listApprovalStatus(four)).toBe("PENDING");
    const five = run(four, decide("NFRA"));
    expect(listApprovalStatus(five)).toBe("APPROVED");
    expect(listApprovalStatus(run(five, { type: "publish" }))).toBe("PUBLISHED");
  });

  it("invalidates every decision when the list changes after an approval", () => {
    const approved = run(proposed, decide("MIIT"), decide("MOF"));
    const step = applyListApprovalEvent(approved, {
      type: "change-list",
      list: ["朝阳区", "南山区", "丹江口市"],
      reason: "调整排序",
    });
    expect(step.invalidated).toEqual(["MIIT", "MOF"]);
    expect(step.state.version).toBe(2);
    expect(step.state.decisions).toEqual({});
    expect(listApprovalStatus(step.state)).toBe("PENDING");
  });

  it("refuses a decision taken on a version that has since changed", () => {
    const changed = run(proposed, { type: "change-list", list: ["朝阳区"], reason: "压减名额" });
    expect(issueOf(() => applyListApprovalEvent(changed, decide("PBOC", 1))).rule).toBe("list-changed");
    expect(listApprovalStatus(run(changed, ...DEPARTMENTS.map((d) => decide(d, 2))))).toBe("APPROVED");
  });

  it("lets each department decide once per version", () => {
    const once = run(proposed, decide("MIIT"));
    expect(issueOf(() => applyListApprovalEvent(once, decide("MIIT"))).message.zh).toBe(
      "工业和信息化部已对本版名单作出决定",
    );
  });

  it("a rejection needs its reason and blocks publication until the list is revised", () => {
    expect(issueOf(() => applyListApprovalEvent(proposed, decide("CSRC", 1, "reject", " "))).rule).toBe(
      "required",
    );
    const rejected = run(proposed, decide("CSRC", 1, "reject", "南山区材料不全"));
    expect(listApprovalStatus(rejected)).toBe("REJECTED");
    expect(issueOf(() => applyListApprovalEvent(rejected, { type: "publish" })).rule).toBe(
      "list-not-approved",
    );
  });

  it("names the departments still to approve when publication is refused", () => {
    const three = run(proposed, decide("MIIT"), decide("MOF"), decide("PBOC"));
    expect(issueOf(() => applyListApprovalEvent(three, { type: "publish" })).message.zh).toBe(
      "尚待同意:国家金融监督管理总局、中国证券监督管理委员会",
    );
  });

  it.each([
    [{ type: "change-list", list: ["朝阳区", "丹江口市", "南山区"], reason: "x" }, "list-unchanged"],
    [{ type: "change-list", list: ["朝阳区", "朝阳区"], reason: "x" }, "list-duplicate"],
    [{ type: "change-list", list: ["朝阳区"], reason: "" }, "required"],
  ] as const)("refuses %j", (event, rule) => {
    expect(issueOf(() => applyListApprovalEvent(proposed, event)).rule).toBe(rule);
  });

  it("changes nothing once published", () => {
    const published = run(proposed, ...DEPARTMENTS.map((d) => decide(d)), { type: "publish" });
    expect(
      issueOf(() => applyListApprovalEvent(published, { type: "change-list", list: [], reason: "x" })).rule,
    ).toBe("list-published");
  });
});
