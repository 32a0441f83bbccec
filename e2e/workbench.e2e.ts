import { describe, expect, it } from "vitest";
import { screenshot, signIn, useBrowser } from "./support/browser";

// What waits for each role is on its home page and under the bell, soonest due first; lists open on what
// waits, or on everything when nothing does; 重庆's users find 重庆's work.
describe("the workbench, the bell and the worklists' first tab", () => {
  const browser = useBrowser();

  it("shows the 重庆 bureau the application waiting for its recommendation, on the home page and under the bell", async () => {
    const page = await browser.newPage();
    await signIn(page, "cqjxw.reviewer");
    const waiting = page.getByTestId("workbench-waiting");
    await waiting.locator("tr[data-kind='application']").first().waitFor();
    const total = Number(
      await page.getByTestId("workbench-total").locator(".ant-statistic-content-value").textContent(),
    );
    expect(total).toBeGreaterThan(0);
    expect(await waiting.textContent()).toContain("重庆渝江精密机械有限公司");
    expect(await waiting.textContent()).toContain("已提交待推荐");
    expect(await page.getByTestId("home-welcome").textContent()).toContain("重庆市");
    await screenshot(page, "home-workbench-chongqing-bureau");

    // The bell counts the same items (another journey may have submitted one more).
    await expect.poll(() => page.getByTestId("notification-count").textContent()).toContain(String(total));
    await page.getByTestId("notification-bell").click();
    const item = page.getByTestId("bell-waiting-item").first();
    await item.waitFor();
    expect(await item.textContent()).toContain("重庆渝江精密机械有限公司");
    await screenshot(page, "bell-waiting-chongqing-bureau");
    await item.click();
    await page.getByTestId("application-detail-header").waitFor();
    expect(page.url()).toMatch(/\/applications\/[0-9a-f-]{36}$/);
  });

  it("puts the bank's application with a running review clock first, with its due date", async () => {
    const page = await browser.newPage();
    await signIn(page, "cqbank.operator");
    const first = page.getByTestId("workbench-waiting").locator("tr[data-kind]").first();
    await first.waitFor();
    expect(await first.locator("[data-sla]").count()).toBe(1);
    expect(await first.textContent()).toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("shows the finance bureau the payment waiting for its review and opens it", async () => {
    const page = await browser.newPage();
    await signIn(page, "czj.reviewer");
    const row = page.getByTestId("workbench-waiting").locator("tr[data-kind='payment']").first();
    await row.waitFor();
    await row.locator("a").first().click();
    await page.getByTestId("payment-detail-header").waitFor();
  });

  it("gives the investment fund the enterprises that hold an account with it", async () => {
    const page = await browser.newPage();
    await signIn(page, "fund.operator");
    await page.goto("/enterprises");
    const rows = page.getByTestId("enterprise-table").locator("tbody tr.ant-table-row");
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(0);
  });
});
