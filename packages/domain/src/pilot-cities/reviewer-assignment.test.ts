import { describe, expect, it } from "vitest";
import {
  type ApplicationToReview,
  assignReviewers,
  type ReviewerCandidate,
  reviewerExclusion,
} from "./reviewer-assignment";

const expert = (id: string, regionCode: string, conflicts: ReviewerCandidate["conflicts"] = []) => ({
  id,
  name: `专家${id}`,
  regionCode,
  conflicts,
});

const DANJIANGKOU: ApplicationToReview = { id: "app-hb", regionCode: "420381" };
const NANSHAN: ApplicationToReview = { id: "app-sz", regionCode: "440305" };
const CHENGDU: ApplicationToReview = { id: "app-sc", regionCode: "510100" };

describe("who may not review an application", () => {
  it.each([
    [expert("r1", "420100"), DANJIANGKOU, "same-province"],
    [expert("r1", "420000"), DANJIANGKOU, "same-province"],
    // 深圳 recommends itself but lies in 广东: a 广州 expert still stays away from it.
    [expert("r1", "440106"), NANSHAN, "same-province"],
    [expert("r1", "110105", [{ applicationId: "app-hb" }]), DANJIANGKOU, "declared-conflict"],
    [expert("r1", "110105", [{ regionCode: "420300" }]), DANJIANGKOU, "declared-conflict"],
    [expert("r1", "110105", [{ regionCode: "420500" }]), DANJIANGKOU, undefined],
    [expert("r1", "110105", [{ applicationId: "app-sz" }]), DANJIANGKOU, undefined],
  ] as const)("%j for %j → %s", (reviewer, application, reason) => {
    expect(reviewerExclusion(reviewer, application)?.reason).toBe(reason);
  });

  it("explains the exclusion by name", () => {
    expect(reviewerExclusion(expert("r1", "420100"), DANJIANGKOU)?.message.zh).toBe(
      "评审专家专家r1与申报城市同属湖北省,回避",
    );
    expect(
      reviewerExclusion(expert("r2", "110105", [{ regionCode: "420300" }]), DANJIANGKOU)?.message.zh,
    ).toBe("评审专家专家r2已声明与地区420300存在利益冲突,回避");
  });
});

describe("assigning reviewers", () => {
  const pool = [
    expert("r1", "110105"),
    expert("r2", "420100"),
    expert("r3", "310104"),
    expert("r4", "440304", [{ applicationId: "app-sc" }]),
    expert("r5", "510100"),
  ];

  it("gives each application N eligible reviewers, balanced, and lists every exclusion", () => {
    const plan = assignReviewers(pool, [DANJIANGKOU, NANSHAN, CHENGDU], 2);
    expect(plan.shortages).toEqual([]);
    for (const [id, chosen] of Object.entries(plan.assignments)) {
      const application = [DANJIANGKOU, NANSHAN, CHENGDU].find((a) => a.id === id) as ApplicationToReview;
      expect(chosen).toHaveLength(2);
      for (const reviewer of chosen) {
        expect(reviewerExclusion(pool.find((r) => r.id === reviewer) as ReviewerCandidate, application)).toBe(
          undefined,
        );
      }
    }
    const loads = pool.map(
      (r) =>
        Object.values(plan.assignments)
          .flat()
          .filter((id) => id === r.id).length,
    );
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    expect(plan.exclusions.map((e) => `${e.applicationId}/${e.reviewerId}/${e.reason}`)).toEqual([
      "app-hb/r2/same-province",
      "app-sz/r4/same-province",
      "app-sc/r4/declared-conflict",
      "app-sc/r5/same-province",
    ]);
  });

  it("is deterministic: the same input, in any order, gives the same plan", () => {
    const plan = assignReviewers(pool, [DANJIANGKOU, NANSHAN, CHENGDU], 2);
    expect(assignReviewers([...pool].reverse(), [CHENGDU, NANSHAN, DANJIANGKOU], 2).assignments).toEqual(
      plan.assignments,
    );
    expect(plan.assignments).toEqual({
      "app-sc": ["r1", "r2"],
      "app-hb": ["r3", "r4"],
      "app-sz": ["r5", "r1"],
    });
  });

  it("prefers the least-loaded reviewers from earlier rounds", () => {
    const loaded = pool.map((r) => ({ ...r, load: r.id === "r1" || r.id === "r3" ? 5 : 0 }));
    expect(assignReviewers(loaded, [DANJIANGKOU], 2).assignments["app-hb"]).toEqual(["r4", "r5"]);
  });

  it("serves the most constrained application first", () => {
    // Only r1 may review 成都. In id order 深圳 would come first and, loads being equal, take r1,
    // leaving 成都 with nobody; served first as the scarcer, 成都 gets r1 and 深圳 r2.
    const two = [expert("r1", "110105"), expert("r2", "310104", [{ regionCode: "510000" }])];
    const shenzhen = { id: "a-shenzhen", regionCode: "440305" };
    const chengdu = { id: "b-chengdu", regionCode: "510100" };
    const plan = assignReviewers(two, [shenzhen, chengdu], 1);
    expect(plan.assignments).toEqual({ "b-chengdu": ["r1"], "a-shenzhen": ["r2"] });
    expect(plan.shortages).toEqual([]);
  });

  it("reports a shortage when too few reviewers are eligible", () => {
    const plan = assignReviewers(pool.slice(0, 2), [DANJIANGKOU], 2);
    expect(plan.assignments["app-hb"]).toEqual(["r1"]);
    expect(plan.shortages.map((s) => s.rule)).toEqual(["reviewer-shortage"]);
    expect(plan.shortages[0]?.message.zh).toBe("申报app-hb需要2名评审专家,无回避的专家只有1名");
  });

  it("refuses a number of reviewers that is not a positive integer", () => {
    expect(() => assignReviewers(pool, [DANJIANGKOU], 0)).toThrow(RangeError);
  });
});
