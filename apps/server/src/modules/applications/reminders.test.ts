import { addDays } from "@chanrong/domain";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { today } from "../../platform/clock";
import { runOnce } from "../../platform/jobs";
import {
  applicationBody,
  FORM,
  recommendation,
  registerDemoEnterprise,
  takeStep,
} from "../../testing/applications";
import { buildEnterpriseInput } from "../../testing/factories";
import { useTestApp } from "../../testing/test-app";
import { slaReminders } from "./reminders";

describe("a working-day review SLA across the 2025 国庆 调休 (official calendar)", () => {
  const ctx = useTestApp();

  it("counts the 调休 Sunday and Saturday, skips the holiday, and is overdue only from the day after", async () => {
    // The programme's next version reviews in 7 working days instead of one calendar week.
    const admin = await ctx.signIn("platform.admin");
    const current = (await admin.get("/api/v1/programmes/SHIYAN-CHANLIAN")).json();
    const saved = await admin.request({
      method: "PUT",
      url: "/api/v1/programmes/SHIYAN-CHANLIAN/config",
      payload: {
        config: {
          ...current.config,
          slas: { ...current.config.slas, review: { amount: 7, unit: "working-days" } },
        },
        expectedVersion: current.currentVersion,
        note: "审查时限改为 7 个工作日",
      },
    });
    expect(saved.statusCode).toBe(200);
    await registerDemoEnterprise(ctx, buildEnterpriseInput({ districtCode: "420303" }, 6501));
    const enterprise = await ctx.signIn("enterprise.operator");
    const bureau = await ctx.signIn("jxj.reviewer");
    const bank = await ctx.signIn("icbc.reviewer");

    // Friday 2025-09-26, just before 国庆 (国办发明电〔2024〕12号): 09-28 and 10-11 are worked, 10-01–10-08 off.
    ctx.setToday("2025-09-26");
    const { id } = (await enterprise.post("/api/v1/applications", applicationBody(ctx))).json();
    await takeStep(enterprise, id, { action: "submit" });
    const recommended = await takeStep(bureau, id, await recommendation(bureau, id));
    expect(recommended.programme.version).toBe(2);
    // 09-28 (Sun, 调休), 09-29, 09-30, 10-09, 10-10, 10-11 (Sat, 调休), 10-13: the seventh working day.
    const due = { startedOn: "2025-09-26", dueOn: "2025-10-13", running: true };
    expect(recommended.clocks).toEqual([
      expect.objectContaining({ clock: "bank-review", ...due }),
      expect.objectContaining({ clock: "guarantor-review", ...due }),
    ]);

    const worklistOn = async (day: string) => {
      ctx.setToday(day);
      const { items } = (await bank.get("/api/v1/applications?waiting=true")).json();
      const item = items.find((i: { id: string }) => i.id === id);
      return `${item.nextDueOn} ${item.sla}`;
    };
    expect(await worklistOn("2025-10-10")).toBe("2025-10-13 on-time");
    expect(await worklistOn("2025-10-12")).toBe("2025-10-13 due-soon");
    expect(await worklistOn("2025-10-13")).toBe("2025-10-13 due-today");
    expect(await worklistOn("2025-10-14")).toBe("2025-10-13 overdue");
    ctx.setToday(null);
  });
});

describe("SLA reminders: before and at the deadline, once, even with two instances", () => {
  const ctx = useTestApp();

  it("reminds the holder once per clock and kind, whichever instance runs the job", async () => {
    await registerDemoEnterprise(
      ctx,
      buildEnterpriseInput(
        {
          districtCode: "420371",
          establishedOn: "2016-01-01",
          revenues: [{ year: 2025, amount: "50000000.00" }],
        },
        6201,
      ),
    );
    const enterprise = await ctx.signIn("enterprise.operator");
    const bureau = await ctx.signIn("jxj.reviewer");
    const { id } = (
      await enterprise.post("/api/v1/applications", {
        programmeCode: "SHIYAN-CHANLIAN",
        bankOrgId: ctx.orgs.icbc,
        guarantorOrgId: ctx.orgs.danbao,
        amount: "3000000.00",
        termMonths: 12,
        loanUse: "PRODUCT_RD",
        supplyChainCategory: "NEV_KEY_PARTS",
        form: FORM,
      })
    ).json();
    await takeStep(enterprise, id, { action: "submit" });
    await takeStep(bureau, id, await recommendation(bureau, id));
    // The bank's clock is already overdue; the guarantor's is due tomorrow — by the business date
    // (China's), which differs from the database's current_date for eight hours of every UTC day.
    const day = today();
    await ctx.database.db.execute(
      sql`update application_clocks set due_on = ${addDays(day, -2)} where clock = 'bank-review'`,
    );
    await ctx.database.db.execute(
      sql`update application_clocks set due_on = ${addDays(day, 1)} where clock = 'guarantor-review'`,
    );

    const now = new Date();
    const [first, second] = await Promise.all([
      runOnce(ctx.database.db, slaReminders, now),
      runOnce(ctx.database.db, slaReminders, now),
    ]);
    expect([first, second].sort()).toEqual([false, true]);
    // Even a second run for another period adds nothing already sent.
    await runOnce(ctx.database.db, slaReminders, new Date(now.getTime() + 3_600_000));

    const bank = (await (await ctx.signIn("icbc.reviewer")).get("/api/v1/notifications")).json();
    expect(bank.map((n: { kind: string }) => n.kind)).toEqual(["overdue"]);
    expect(bank[0].message).toContain("逾期");
    // Kept in both languages: the English reader gets the same reminder in English.
    const inEnglish = await (await ctx.signIn("icbc.reviewer")).request({
      method: "GET",
      url: "/api/v1/notifications",
      headers: { "accept-language": "en" },
    });
    expect(inEnglish.json()[0].message).toMatch(/overdue since \d{4}-\d{2}-\d{2}$/);
    const guarantor = await ctx.signIn("danbao.operator");
    const [reminder] = (await guarantor.get("/api/v1/notifications")).json();
    expect(reminder.kind).toBe("due-soon");
    expect((await guarantor.post(`/api/v1/notifications/${reminder.id}/read`)).json().readAt).not.toBeNull();
    // Another organisation cannot read or mark them.
    const other = await ctx.signIn("hbbank.reviewer");
    expect((await other.get("/api/v1/notifications")).json()).toEqual([]);
    expect((await other.post(`/api/v1/notifications/${reminder.id}/read`)).statusCode).toBe(404);
  });
});
