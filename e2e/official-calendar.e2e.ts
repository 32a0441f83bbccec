import { describe, expect, it } from "vitest";
import { screenshot, signIn, typeDate, useBrowser } from "./support/browser";

/** The first day from `from` on (YYYY-MM-DD) whose weekday passes `test` (0 = Sunday). */
function firstDay(from: string, test: (weekday: number) => boolean): string {
  const day = new Date(`${from}T00:00:00Z`);
  while (!test(day.getUTCDay())) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}
const isWeekend = (weekday: number) => weekday === 0 || weekday === 6;

// Made-up dates standing in for a State Council notice: the journey's database is thrown away after.
describe("the platform admin keeps the official calendar", () => {
  const browser = useBrowser();

  it("enters the next year with a range of days off and an adjusted workday, and sees it listed", async () => {
    const page = await browser.newPage();
    await signIn(page, "platform.admin");
    const before = (await (await page.request.get("/api/v1/official-calendar")).json()) as {
      yearToEnter: number | null;
    };
    if (before.yearToEnter !== null) {
      // From 1 November while the next year is missing, the workbench asks for it and leads to the page.
      const task = page.getByTestId("workbench-task-official-calendar-year");
      await task.waitFor();
      expect(await task.textContent()).toContain(`录入${before.yearToEnter}年法定节假日安排`);
      await screenshot(page, "official-calendar-workbench-task");
      await task.getByRole("link").click();
    } else {
      await page.getByTestId("nav-official-calendar").click();
    }
    await page.getByTestId("calendar-years").waitFor();
    const enter = page.getByTestId("calendar-enter-next");
    const year = Number((await enter.textContent())?.match(/\d{4}/)?.[0]);
    if (before.yearToEnter !== null) expect(year).toBe(before.yearToEnter);
    await enter.click();
    await page.getByTestId("calendar-editor").waitFor();

    await page.getByTestId("calendar-notice-number").fill(`测试〔${year - 1}〕1号`);
    await typeDate(page, "calendar-notice-date", `${year - 1}-11-20`);
    // Days off: 1 to 3 January, picked as a range.
    // The range picker's test id sits on its first input; both inputs are inside its .ant-picker-range.
    const range = page.locator('.ant-picker-range:has([data-testid="calendar-holiday-range"]) input');
    await range.nth(0).click();
    await range.nth(0).fill(`${year}-01-01`);
    await range.nth(0).press("Enter");
    await range.nth(1).fill(`${year}-01-03`);
    await range.nth(1).press("Enter");
    await page.getByTestId("calendar-add-range").click();
    await expect.poll(() => page.getByTestId("calendar-holidays-date").count()).toBe(3);

    // A weekday is no adjusted workday: the server says so on the date itself.
    const weekday = firstDay(`${year}-01-04`, (d) => !isWeekend(d));
    await typeDate(page, "calendar-workday-picker", weekday);
    await page.getByTestId("calendar-add-workday").click();
    await page.getByTestId("calendar-save").click();
    const errors = page.getByTestId("calendar-adjustedWorkdays-errors");
    await errors.waitFor();
    expect(await errors.textContent()).toContain(`调休上班日${weekday}不是周末`);
    await screenshot(page, "official-calendar-refused");

    const weekend = firstDay(`${year}-01-04`, isWeekend);
    await page
      .getByTestId("calendar-workdays-date")
      .filter({ hasText: weekday })
      .locator(".ant-tag-close-icon")
      .click();
    await typeDate(page, "calendar-workday-picker", weekend);
    await page.getByTestId("calendar-add-workday").click();
    const workdayTag = await page.getByTestId("calendar-workdays-date").textContent();
    expect(workdayTag).toContain(weekend);
    expect(workdayTag).toMatch(/周[六日]/);
    await screenshot(page, "official-calendar-editor");
    await page.getByTestId("calendar-save").click();
    await page.getByTestId("calendar-editor").waitFor({ state: "detached" });

    const row = page.locator(`tr[data-row-key="${year}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain(`测试〔${year - 1}〕1号`);
    expect(await row.getByTestId("calendar-row-holidays").textContent()).toBe("放假 3 天");
    expect(await row.getByTestId("calendar-row-workdays").textContent()).toBe("调休上班 1 天");
    expect(await row.textContent()).toContain("产融通平台运营中心");
    await row.locator(".ant-table-row-expand-icon").click();
    const listed = page.getByTestId(`calendar-${year}-workdays`);
    await listed.waitFor();
    expect(await listed.textContent()).toContain(weekend);
    expect(await page.getByTestId("calendar-to-enter").count()).toBe(0);
    await screenshot(page, "official-calendar");

    // Who entered it, and when, is in the audit log.
    await page.getByTestId("calendar-history").click();
    await page.getByTestId("audit-table").locator("tr.ant-table-row").first().waitFor();
    expect(await page.getByTestId("audit-table").textContent()).toContain("录入法定节假日安排");

    // In English too, each date with its weekday.
    await page.goto("/official-calendar");
    await page.getByTestId("language-en").click();
    await expect.poll(() => page.locator("body").textContent()).toContain("Official calendar");
    await page.locator(`tr[data-row-key="${year}"] .ant-table-row-expand-icon`).click();
    await expect
      .poll(() => page.getByTestId(`calendar-${year}-workdays`).textContent())
      .toMatch(/(Sat|Sun)$/);
    expect(await page.locator(`tr[data-row-key="${year}"]`).textContent()).toContain("Days off: 3");
    await screenshot(page, "official-calendar-english");
    await page.getByTestId("language-zh").click();

    // Entered, the year is no longer asked for on the workbench.
    await page.getByTestId("nav-home").click();
    await page.getByTestId("workbench").waitFor();
    expect(await page.getByTestId("workbench-task-official-calendar-year").count()).toBe(0);
  });
});
