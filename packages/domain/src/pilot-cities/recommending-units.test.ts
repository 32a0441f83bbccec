import { describe, expect, it } from "vitest";
import { issuesOf } from "../test-support";
import {
  assertRecommendationList,
  provinceOf,
  RECOMMENDING_UNITS,
  type RecommendingUnit,
  recommendationListIssues,
  recommendationQuota,
  recommendingUnit,
  recommendingUnitFor,
} from "./recommending-units";

const unitNamed = (code: string) => recommendingUnit(code) as RecommendingUnit;

describe("the recommending units of seed 001 §三(二)", () => {
  it("are the 31 provincial-level units, the 5 计划单列市 and the 兵团, each once", () => {
    const count = (kinds: string[]) => RECOMMENDING_UNITS.filter((u) => kinds.includes(u.kind)).length;
    expect(count(["PROVINCE", "AUTONOMOUS_REGION", "MUNICIPALITY"])).toBe(31);
    expect(count(["AUTONOMOUS_REGION"])).toBe(5);
    expect(count(["MUNICIPALITY"])).toBe(4);
    expect(
      RECOMMENDING_UNITS.filter((u) => u.kind === "PLAN_CITY")
        .map((u) => `${u.code} ${u.name.zh}`)
        .sort(),
    ).toEqual(["210200 大连市", "330200 宁波市", "350200 厦门市", "370200 青岛市", "440300 深圳市"]);
    expect(count(["XPCC"])).toBe(1);
    expect(new Set(RECOMMENDING_UNITS.map((u) => u.code)).size).toBe(37);
  });

  it.each([
    ["110000", 2],
    ["450000", 2],
    ["420000", 2],
    ["440300", 1],
    ["660000", 1],
  ])("%s may recommend at most %i", (code, quota) => {
    expect(recommendationQuota(unitNamed(code))).toBe(quota);
  });
});

describe("which unit recommends an applicant", () => {
  it.each([
    ["440305", "440300", "深圳 南山区 → 深圳"],
    ["440300", "440300", "深圳 itself → 深圳"],
    ["440106", "440000", "广州 天河区 → 广东"],
    ["440100", "440000", "广州 → 广东"],
    ["420381", "420000", "丹江口市 → 湖北"],
    ["210211", "210200", "大连 甘井子区 → 大连"],
    ["210100", "210000", "沈阳 → 辽宁"],
    ["370212", "370200", "青岛 崂山区 → 青岛"],
    ["330281", "330200", "余姚市 (宁波) → 宁波"],
    ["350203", "350200", "厦门 思明区 → 厦门"],
    ["659001", "660000", "石河子 → 兵团"],
    ["659004", "660000", "五家渠 → 兵团"],
    ["650100", "650000", "乌鲁木齐 → 新疆"],
    ["500106", "500000", "沙坪坝区 → 重庆"],
  ])("%s is recommended by %s (%s)", (region, unitCode) => {
    expect(recommendingUnitFor(region)?.code).toBe(unitCode);
  });

  it.each([["440000"], ["000000"], ["710000"], ["4403"], ["abcdef"]])(
    "%s has no recommending unit (a province, the nation, 台湾, malformed)",
    (region) => {
      expect(recommendingUnitFor(region)).toBeUndefined();
    },
  );

  it("places 深圳 in 广东 and 石河子 in 新疆 for conflicts of province", () => {
    expect(provinceOf("440305")).toBe("440000");
    expect(provinceOf("659001")).toBe("650000");
  });
});

describe("a recommendation list against the quota", () => {
  const hubei = unitNamed("420000");
  const shenzhen = unitNamed("440300");

  it("accepts up to the quota from the unit's own area", () => {
    const list = [
      { id: "a", regionCode: "420381" },
      { id: "b", regionCode: "420100" },
    ];
    expect(recommendationListIssues(hubei, list)).toEqual([]);
    expect(() => assertRecommendationList(hubei, list)).not.toThrow();
  });

  it("refuses a third for a province, naming the quota and the count", () => {
    const issues = issuesOf(() =>
      assertRecommendationList(hubei, [
        { id: "a", regionCode: "420381" },
        { id: "b", regionCode: "420100" },
        { id: "c", regionCode: "420500" },
      ]),
    );
    expect(issues.map((i) => i.rule)).toEqual(["recommendation-quota"]);
    expect(issues[0]?.message.zh).toBe("湖北省(省)推荐数量不超过2个,现为3个");
  });

  it("refuses a second for a 计划单列市", () => {
    const issues = recommendationListIssues(shenzhen, [
      { id: "a", regionCode: "440305" },
      { id: "b", regionCode: "440304" },
    ]);
    expect(issues.map((i) => i.rule)).toEqual(["recommendation-quota"]);
    expect(issues[0]?.message.zh).toContain("计划单列市");
  });

  it("refuses another province's city and a 计划单列市's district recommended by its province", () => {
    const issues = recommendationListIssues(unitNamed("440000"), [
      { id: "a", regionCode: "440305" },
      { id: "b", regionCode: "420381" },
    ]);
    expect(issues.map((i) => [i.path, i.rule])).toEqual([
      [["recommendations", 0], "recommendation-outside-unit"],
      [["recommendations", 1], "recommendation-outside-unit"],
    ]);
    expect(issues[0]?.message.zh).toBe("申报地区440305不在广东省推荐范围内,应由深圳市推荐");
  });

  it("refuses the same application twice", () => {
    const issues = recommendationListIssues(hubei, [
      { id: "a", regionCode: "420381" },
      { id: "a", regionCode: "420381" },
    ]);
    expect(issues.map((i) => i.rule)).toEqual(["recommendation-duplicate"]);
  });
});
