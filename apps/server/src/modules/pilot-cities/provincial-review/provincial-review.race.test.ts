import { and, eq, isNotNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { pilotApplications } from "../../../db/schema";
import {
  addCityApplicant,
  HUBEI_DEPARTMENTS,
  json,
  PDF,
  reviewedByHubei,
  SECOND_BATCH,
  submittedApplication,
  uploadTo,
} from "../../../testing/pilot-applications";
import { type TestClient, useTestApp } from "../../../testing/test-app";
import { TEST_DATABASE_KIND } from "../../../testing/test-database";

const ON_POSTGRES = TEST_DATABASE_KIND === "postgres";

if (!ON_POSTGRES) {
  console.warn(
    "\n⚠⚠⚠ provincial-review.race.test.ts NOT RUN on PGlite: one connection cannot race. Run it with CHANRONG_TEST_DB=postgres. ⚠⚠⚠\n",
  );
}

/**
 * 湖北 may recommend two (seed 001 §三(二)). With one recommended, two officials recommend a third
 * and a fourth city at the same moment, and another confirms the list: the unit's row lock serves
 * them one after the other, so exactly one recommendation passes and the quota holds.
 */
describe.skipIf(!ON_POSTGRES)("two officials race for 湖北's last place (PostgreSQL only)", () => {
  const ctx = useTestApp();
  let batchId: string;
  const ids: string[] = [];
  let reviewer: TestClient;
  let admin: TestClient;

  beforeAll(async () => {
    ctx.setToday("2020-08-20");
    await addCityApplicant(ctx.database.db, "yunxi", "郧西县人民政府", "420322");
    const miit = await ctx.signIn("miit.operator");
    batchId = json(await miit.post("/api/v1/pilot-batches", SECOND_BATCH)).id as string;
    for (const username of ["applicant.operator", "xiangyang.operator", "yunxi.operator"]) {
      ids.push(await submittedApplication(await ctx.signIn(username), batchId));
    }
    const hubei = await Promise.all(HUBEI_DEPARTMENTS.map((username) => ctx.signIn(username)));
    for (const id of ids) await reviewedByHubei(hubei, id);
    reviewer = hubei[0] as TestClient;
    admin = await ctx.signIn("province.admin");
    const first = await reviewer.post(`/api/v1/pilot-applications/${ids[0]}/recommendation`);
    expect(first.statusCode, first.body).toBe(200);
  });

  it("lets exactly one of two simultaneous recommendations through, and the quota holds", async () => {
    const results = await Promise.all([
      reviewer.post(`/api/v1/pilot-applications/${ids[1]}/recommendation`),
      admin.post(`/api/v1/pilot-applications/${ids[2]}/recommendation`),
    ]);
    expect(results.map((result) => result.statusCode).sort()).toEqual([200, 400]);
    const refused = results.find((result) => result.statusCode === 400);
    expect(refused?.json().errors[0].rule).toBe("recommendation-quota");
    const recommended = await ctx.database.db
      .select()
      .from(pilotApplications)
      .where(and(eq(pilotApplications.batchId, batchId), isNotNull(pilotApplications.recommendationRank)));
    expect(recommended.map((row) => row.recommendationRank).sort()).toEqual([1, 2]);
  });

  it("confirms the list once when two officials confirm at the same moment", async () => {
    const [undecided] = await ctx.database.db
      .select()
      .from(pilotApplications)
      .where(and(eq(pilotApplications.batchId, batchId), eq(pilotApplications.status, "SUBMITTED")));
    const declined = await admin.post(`/api/v1/pilot-applications/${undecided?.id}/decline`, {
      reason: "名额已满",
    });
    expect(declined.statusCode, declined.body).toBe(200);
    const confirm = (client: TestClient) =>
      uploadTo(
        client,
        `/api/v1/pilot-batches/${batchId}/recommending-units/420000/confirmation`,
        "联合上报文件.pdf",
        PDF,
      );
    const results = await Promise.all([confirm(reviewer), confirm(admin)]);
    expect(results.map((result) => result.statusCode).sort()).toEqual([200, 409]);
    const unit = json(await reviewer.get(`/api/v1/pilot-batches/${batchId}/recommending-units/420000`));
    expect(unit).toMatchObject({ recommended: 2, confirmedOn: "2020-08-20" });
  });
});
