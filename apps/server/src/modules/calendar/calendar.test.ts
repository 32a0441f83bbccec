import {
  CN_OFFICIAL_CALENDAR,
  CN_OFFICIAL_CALENDAR_NOTICES,
  calendarYearOf,
  claimStepDue,
  combineCalendarYears,
  datesFromTo,
  type MarketplaceSettings,
} from "@chanrong/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { registerDemoEnterprise } from "../../testing/applications";
import { buildEnterpriseInput } from "../../testing/factories";
import { type TestClient, useTestApp } from "../../testing/test-app";
import { TEST_DATABASE_KIND } from "../../testing/test-database";

interface CalendarYear {
  year: number;
  holidays: string[];
  adjustedWorkdays: string[];
  notice: { number: string; date: string };
  enteredBy: string | null;
  version: number;
}
interface Problem {
  errors: { field: string; rule: string; message: string }[];
  detail: string;
}

// Made-up dates standing in for a 2027 notice: the real one is for a platform admin to enter, not a test.
const YEAR_2027 = {
  holidays: datesFromTo("2027-01-01", "2027-01-03"),
  adjustedWorkdays: ["2027-01-09"],
  notice: { number: "测试〔2026〕1号", date: "2026-11-20" },
};

describe(`the official calendar as data a platform admin maintains (${TEST_DATABASE_KIND})`, () => {
  const ctx = useTestApp();
  let admin: TestClient;
  let bureau: TestClient;
  let enterprise: TestClient;
  let officerId: string;

  beforeAll(async () => {
    ctx.setToday("2026-12-31");
    await registerDemoEnterprise(ctx, buildEnterpriseInput({ districtCode: "420303" }, 7301));
    [admin, bureau, enterprise] = (await Promise.all(
      ["platform.admin", "jxj.reviewer", "enterprise.operator"].map((username) => ctx.signIn(username)),
    )) as [TestClient, TestClient, TestClient];
    officerId = (await bureau.get("/api/v1/auth/me")).json().user.id;
  });

  const calendar = async (client: TestClient) => {
    const response = await client.get("/api/v1/official-calendar");
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { years: CalendarYear[]; yearToEnter: number | null };
  };
  const enter = (client: TestClient, year: number, body: Record<string, unknown>) =>
    client.put(`/api/v1/official-calendar/${year}`, body);
  const postDemand = async () => {
    const response = await enterprise.post("/api/v1/financing-demands", {
      kind: "LOAN",
      amount: "2000000.00",
      termMonths: 12,
      purpose: "年末备料流动资金",
      collateral: ["NONE"],
      keyProject: null,
      urgency: "NORMAL",
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; version: number };
  };
  const admit = async (demand: { id: string; version: number }) =>
    bureau.post(`/api/v1/financing-demands/${demand.id}/curation`, {
      action: "admit",
      version: demand.version,
      note: "年末开放认领",
      officerUserId: officerId,
    });

  it("starts with the years the platform ships with, each with its notice, for anyone signed in", async () => {
    const { years, yearToEnter } = await calendar(enterprise);
    expect(years.map((entry) => entry.year)).toEqual([...CN_OFFICIAL_CALENDAR.coveredYears]);
    for (const entry of years) {
      const shipped = calendarYearOf(CN_OFFICIAL_CALENDAR, entry.year);
      expect(entry).toMatchObject({
        holidays: shipped.holidays,
        adjustedWorkdays: shipped.adjustedWorkdays,
        notice: CN_OFFICIAL_CALENDAR_NOTICES[entry.year],
        enteredBy: null,
        version: 1,
      });
    }
    // 31 December 2026 with 2027 missing: the next year is asked for.
    expect(yearToEnter).toBe(2027);
  });

  const tasksOf = async (client: TestClient) => {
    const response = await client.get("/api/v1/workbench");
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { tasks: { kind: string; year: number; title: string; dueOn: string }[] })
      .tasks;
  };

  it("asks the platform admin's workbench, and only it, for the next year's notice", async () => {
    expect(await tasksOf(admin)).toEqual([
      {
        kind: "official-calendar-year",
        year: 2027,
        title: "录入2027年法定节假日安排",
        dueOn: "2026-12-31",
        daysLeft: 0,
      },
    ]);
    expect(await tasksOf(bureau)).toEqual([]);
  });

  it("refuses anyone but a platform admin, and changes nothing", async () => {
    for (const client of [bureau, enterprise, await ctx.signIn("platform.reviewer")]) {
      const response = await enter(client, 2027, { ...YEAR_2027, expectedVersion: 0 });
      expect(response.statusCode, client.username).toBe(403);
    }
    expect((await calendar(admin)).years.map((entry) => entry.year)).not.toContain(2027);
  });

  it("names every bad date by field and rule, and changes nothing", async () => {
    const response = await enter(admin, 2027, {
      holidays: ["2027-01-01", "2026-12-31", "2027-01-01"],
      adjustedWorkdays: ["2027-01-05", "2027-01-01"],
      notice: YEAR_2027.notice,
      expectedVersion: 0,
    });
    expect(response.statusCode).toBe(400);
    const { errors } = response.json() as Problem;
    expect(errors.map(({ field, rule }) => [field, rule])).toEqual([
      ["holidays.1", "year-not-covered"],
      ["holidays.2", "unique"],
      ["adjustedWorkdays.0", "weekend-only"],
      ["adjustedWorkdays.1", "weekend-only"],
    ]);
    const malformed = await enter(admin, 2027, {
      ...YEAR_2027,
      holidays: ["2027-02-30"],
      expectedVersion: 0,
    });
    expect(malformed.statusCode).toBe(400);
    expect((malformed.json() as Problem).errors[0]?.field).toBe("holidays.0");
    const empty = await enter(admin, 2027, { ...YEAR_2027, holidays: [], expectedVersion: 0 });
    expect(empty.statusCode).toBe(400);
    expect((empty.json() as Problem).errors[0]?.field).toBe("holidays");
    expect((await calendar(admin)).years.map((entry) => entry.year)).not.toContain(2027);
  });

  it("entering 2027 lets a claim deadline fall in 2027 where the push was refused before", async () => {
    const demand = await postDemand();
    const refused = await admit(demand);
    expect(refused.statusCode).toBe(400);
    const refusal = refused.json() as Problem;
    expect(refusal.errors[0]?.rule).toBe("calendar-not-covered");
    expect(refusal.detail).toContain("2027");

    const entered = await enter(admin, 2027, {
      ...YEAR_2027,
      // Picked in any order; stored sorted.
      holidays: [...YEAR_2027.holidays].reverse(),
      expectedVersion: 0,
    });
    expect(entered.statusCode, entered.body).toBe(200);
    expect(entered.json()).toMatchObject({
      year: 2027,
      holidays: YEAR_2027.holidays,
      adjustedWorkdays: YEAR_2027.adjustedWorkdays,
      notice: YEAR_2027.notice,
      enteredBy: expect.stringContaining("产融通平台运营中心"),
      version: 1,
    });
    expect((await calendar(enterprise)).yearToEnter).toBeNull();
    expect(await tasksOf(admin)).toEqual([]);

    const admitted = await admit(demand);
    expect(admitted.statusCode, admitted.body).toBe(200);
    const settings = (await bureau.get("/api/v1/marketplace-settings/420300")).json() as MarketplaceSettings;
    const extended = combineCalendarYears([
      ...CN_OFFICIAL_CALENDAR.coveredYears.map((year) => calendarYearOf(CN_OFFICIAL_CALENDAR, year)),
      { year: 2027, ...YEAR_2027 },
    ]);
    const expectedDue = claimStepDue(
      "PUSHED",
      { pushedOn: "2026-12-31", claimedOn: null },
      settings,
      extended,
    );
    expect(expectedDue?.startsWith("2027-")).toBe(true);
    const claims = (
      await ctx.signIn("icbc.reviewer").then((bank) => bank.get("/api/v1/financing-claims"))
    ).json();
    const push = (claims as { demandId: string; dueOn: string }[]).find(
      (claim) => claim.demandId === demand.id,
    );
    expect(push?.dueOn).toBe(expectedDue);
  });

  it("replaces a year at the version read, refusing a stale one, and audits before and after", async () => {
    const stale = await enter(admin, 2027, { ...YEAR_2027, expectedVersion: 0 });
    expect(stale.statusCode).toBe(409);
    const corrected = await enter(admin, 2027, {
      ...YEAR_2027,
      adjustedWorkdays: ["2027-01-09", "2027-01-10"],
      notice: { number: "测试〔2026〕2号", date: "2026-11-25" },
      expectedVersion: 1,
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({ version: 2, adjustedWorkdays: ["2027-01-09", "2027-01-10"] });
    expect((await enter(admin, 2027, { ...YEAR_2027, expectedVersion: 1 })).statusCode).toBe(409);

    const history = await admin.get("/api/v1/official-calendar/2027/history");
    expect(history.statusCode, history.body).toBe(200);
    const { items, total } = history.json() as {
      items: {
        action: string;
        actorUsername: string;
        before: CalendarYear | null;
        after: { version: number };
      }[];
      total: number;
    };
    expect(total).toBe(2);
    expect(
      items.map((item) => [
        item.action,
        item.actorUsername,
        item.before?.version ?? null,
        item.after.version,
      ]),
    ).toEqual([
      ["official-calendar.enter", "platform.admin", 1, 2],
      ["official-calendar.enter", "platform.admin", null, 1],
    ]);
    expect((await bureau.get("/api/v1/official-calendar/2027/history")).statusCode).toBe(403);
  });
});
