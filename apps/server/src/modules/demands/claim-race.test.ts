import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { financingDemandClaims, financingDemands, organisations, users } from "../../db/schema";
import { type Actor, actorOfUser } from "../../platform/actor";
import { registerDemoEnterprise } from "../../testing/applications";
import { buildEnterpriseInput } from "../../testing/factories";
import { useTestApp } from "../../testing/test-app";
import { TEST_DATABASE_KIND } from "../../testing/test-database";
import { actOnClaim } from "./demand-claims.service";
import { curateDemand, postDemand } from "./demands.service";

const RACERS = 12;

/**
 * Many institutions claim one single-claim demand at the same moment: exactly one wins, the others are
 * told it is taken, and the demand holds one claimant. On PostgreSQL the claims truly race on separate
 * connections; PGlite runs them one after another on its single connection, which checks the same rule.
 */
describe(`${RACERS} institutions claim one single-claim demand at once (${TEST_DATABASE_KIND})`, () => {
  const ctx = useTestApp();
  let banks: Actor[];
  let demandId: string;

  beforeAll(async () => {
    ctx.setToday("2026-11-02");
    const { db } = ctx.database;
    await registerDemoEnterprise(ctx, buildEnterpriseInput({ districtCode: "420303" }, 7201));
    banks = [];
    for (let i = 1; i <= RACERS; i++) {
      const [org] = await db
        .insert(organisations)
        .values({ name: `竞速银行${i}十堰分行`, type: "BANK", regionCode: "420300" })
        .returning();
      if (!org) throw new Error("no org");
      await db.insert(users).values({
        orgId: org.id,
        username: `race${i}.operator`,
        displayName: `竞速银行${i}`,
        passwordHash: "unused",
        roles: ["operator"],
      });
      banks.push(await actorOfUser(db, `race${i}.operator`));
    }
    const enterprise = await actorOfUser(db, "enterprise.operator");
    const bureau = await actorOfUser(db, "jxj.reviewer");
    const posted = await postDemand(
      db,
      enterprise,
      {
        kind: "LOAN",
        amount: "3000000.00",
        termMonths: 12,
        purpose: "流动资金",
        collateral: ["NONE"],
        keyProject: null,
        urgency: "NORMAL",
      },
      null,
    );
    demandId = posted.id;
    await curateDemand(
      db,
      bureau,
      demandId,
      {
        action: "admit",
        version: posted.version,
        note: "开放认领",
        officerUserId: bureau.userId,
        targetOrgIds: banks.map((bank) => bank.orgId),
      },
      null,
    );
  });

  it("exactly one wins; the rest get claimed-by-another and change nothing", async () => {
    const { db } = ctx.database;
    const pushes = await db
      .select()
      .from(financingDemandClaims)
      .where(eq(financingDemandClaims.demandId, demandId));
    expect(pushes).toHaveLength(RACERS);
    const results = await Promise.allSettled(
      banks.map((bank) => {
        const push = pushes.find((row) => row.orgId === bank.orgId);
        if (!push) throw new Error("no push");
        return actOnClaim(db, bank, push.id, { action: "claim", version: push.version }, null);
      }),
    );
    const won = results.filter((result) => result.status === "fulfilled");
    const lost = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(RACERS - 1);
    for (const { reason } of lost) expect(reason.fieldErrors?.[0]?.rule).toBe("claimed-by-another");

    const after = await db
      .select()
      .from(financingDemandClaims)
      .where(eq(financingDemandClaims.demandId, demandId));
    expect(after.filter((row) => row.state === "CLAIMED")).toHaveLength(1);
    expect(after.filter((row) => row.state === "PUSHED")).toHaveLength(RACERS - 1);
    const [demand] = await db.select().from(financingDemands).where(eq(financingDemands.id, demandId));
    expect(demand?.activeClaims).toBe(1);
  });
});
