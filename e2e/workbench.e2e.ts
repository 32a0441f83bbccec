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
    // The bell lists every kind waiting (an escalated financing demand too): the application is among them.
    const item = page
      .getByTestId("bell-waiting-item")
      .filter({ hasText: "重庆渝江精密机械有限公司" })
      .first();
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

  it("shows a bank the financing claims it must act on, with their deadline, each opening its demand", async () => {
    const page = await browser.newPage();
    await signIn(page, "icbc.reviewer");
    const row = page.getByTestId("workbench-waiting").locator("tr[data-kind='claim-step']").first();
    await row.waitFor();
    expect(await row.textContent()).toContain("认领待办理");
    expect(await row.locator("[data-sla]").count()).toBe(1);
    expect(await row.getByTestId("work-item-days-left").textContent()).toMatch(/^(剩|逾期) \d+ 天$/);
    expect(
      Number(
        await page
          .getByTestId("workbench-count-demands")
          .textContent()
          .then((text) => text?.match(/\d+/)?.[0]),
      ),
    ).toBeGreaterThan(0);
    await screenshot(page, "home-workbench-bank-claims");
    await row.locator("a").first().click();
    await page.getByTestId("demand-header").waitFor();
    expect(page.url()).toMatch(/\/financing-demands\/[0-9a-f-]{36}$/);
  });

  it("lets the bureau set its region's claim rules from a preset, and says who changed them", async () => {
    const page = await browser.newPage();
    await signIn(page, "jxj.reviewer");
    await page.getByRole("menuitem", { name: "对接规则设置" }).click();
    await page.getByTestId("settings-claims").waitFor();
    const maxClaimants = page.getByTestId("settings-maxClaimants");
    await expect.poll(() => maxClaimants.inputValue()).toBe("1");
    // One click fills the 江苏 preset: several compete, three at most.
    await page.getByTestId("settings-preset-COMPETING").click();
    await expect.poll(() => maxClaimants.inputValue()).toBe("3");
    await screenshot(page, "marketplace-settings-bureau");
    // The matching weights must add up to 100: 30 for tags makes 105, which the server refuses by name.
    const total = page.getByTestId("settings-weight-total");
    await expect.poll(() => total.textContent()).toBe("100 / 100");
    await page.getByTestId("settings-weight-tags").fill("30");
    await expect.poll(() => total.textContent()).toBe("105 / 100");
    await page.getByTestId("settings-save").click();
    await expect.poll(() => page.locator("body").textContent()).toContain("100");
    await expect
      .poll(() => page.locator(".ant-form-item-explain-error, .ant-alert-error").count())
      .toBeGreaterThan(0);
    await page.getByTestId("settings-weight-tags").fill("25");
    await expect.poll(() => total.textContent()).toBe("100 / 100");
    // Saved back as 渝惠融, the rules the other journeys count on.
    await page.getByTestId("settings-preset-YUHUIRONG").click();
    await expect.poll(() => maxClaimants.inputValue()).toBe("1");
    await page.getByTestId("settings-save").click();
    await expect.poll(() => page.getByTestId("settings-changed").textContent()).toContain("最近修改");
    await screenshot(page, "marketplace-settings-saved");
  });

  it("shows the finance bureau the payment waiting for its review and opens it", async () => {
    const page = await browser.newPage();
    await signIn(page, "czj.reviewer");
    const waiting = page.getByTestId("workbench-waiting");
    const row = waiting.locator("tr[data-kind='payment']").first();
    await row.waitFor();
    // On a 1440 px screen every column of the waiting items is in view, the long review statuses
    // (财政局、经信局审核中) and the due dates included: nothing to scroll sideways for.
    const scroller = waiting.locator(".ant-table-content");
    expect(await scroller.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
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
