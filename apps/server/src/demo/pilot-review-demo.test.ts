import { beforeAll, describe, expect, it } from "vitest";
import { type TestClient, useTestApp } from "../testing/test-app";
import { seedPilotReviewDemo } from "./pilot-review-demo";

describe("the 2020 second batch's review, seeded through the services (issue 14 point 7)", () => {
  const ctx = useTestApp();
  let miit: TestClient;

  beforeAll(async () => {
    await seedPilotReviewDemo(ctx.database.db);
    // A second start finds batch 2 and adds nothing.
    await seedPilotReviewDemo(ctx.database.db);
    miit = await ctx.signIn("miit.operator");
  });

  it("is published with the four cities in rank order, each with its plan period, for anyone", async () => {
    const published = (await ctx.app.inject({ method: "GET", url: "/api/v1/public/pilot-cities" })).json();
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({
      batchNumber: 2,
      documentNumber: "工信部联财函〔2020〕161号",
      publishedOn: "2020-12-01",
    });
    expect(
      published[0].pilots.map((p: { city: string; province: { zh: string }; planPeriodEnd: string }) => [
        p.city,
        p.province.zh,
        p.planPeriodEnd,
      ]),
    ).toEqual([
      ["湖州市人民政府", "浙江省", "2023-12-31"],
      ["宜昌市人民政府", "湖北省", "2023-12-31"],
      ["宁波市鄞州区人民政府", "浙江省", "2024-02-29"],
      ["德阳市人民政府", "四川省", "2023-12-31"],
    ]);
  });

  it("keeps the review's record: three sheets each, no reviewer from the city's province, five approvals", async () => {
    const [batch] = (await miit.get("/api/v1/pilot-batches")).json();
    const review = (await miit.get(`/api/v1/pilot-batches/${batch.id}/review`)).json();
    expect(review.scoringClosedOn).toBe("2020-10-30");
    for (const application of review.applications) {
      expect(application.reviewers).toHaveLength(3);
      expect(application.reviewers.every((r: { total: string | null }) => r.total !== null)).toBe(true);
    }
    const yichang = review.applications.find(
      (a: { applicantName: string }) => a.applicantName === "宜昌市人民政府",
    );
    expect(yichang.reviewers.map((r: { expertName: string }) => r.expertName).join()).not.toContain(
      "武汉大学",
    );
    const list = (await miit.get(`/api/v1/pilot-batches/${batch.id}/list`)).json();
    expect(list.status).toBe("PUBLISHED");
    expect(
      list.decisions
        .map((d: { department: string; decision: string }) => `${d.department}:${d.decision}`)
        .sort(),
    ).toEqual(["CSRC:approve", "MIIT:approve", "MOF:approve", "NFRA:approve", "PBOC:approve"]);
  });
});
