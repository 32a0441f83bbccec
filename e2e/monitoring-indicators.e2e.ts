import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot, signIn, useBrowser } from "./support/browser";

// Issue 15 points 3–5: 重庆's 经信委 sets a lower fund-investment target and sees the indicator's progress
// rise; the departments' quarterly figures are listed; the bureau publishes the last month's bank
// scorecard; a bank then sees only its own card and rank.
describe("indicators against targets and the bank scorecard", () => {
  const browser = useBrowser();
  const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" }).format(new Date());
  const [year = 0, month = 0] = today.split("-").map(Number);
  const lastMonth = month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, "0")}`;

  const progressOf = async (page: Page, code: string) =>
    (await page.getByTestId(`indicator-progress-${code}`).textContent())?.trim() ?? "";

  it("the bureau halves the fund-investment target and the indicator's progress doubles", async () => {
    const page = await browser.newPage();
    await signIn(page, "cqjxw.reviewer");
    await page.getByTestId("nav-monitoring-indicators").click();
    await page.getByTestId("indicators-table").waitFor();
    await page.getByTestId("indicator-progress-FUND_INVESTMENT").waitFor();
    const before = await progressOf(page, "FUND_INVESTMENT");
    const amountBefore = await page.getByTestId("target-fund").inputValue();
    const halved = amountBefore.replace(/,/g, "").startsWith("100000000000")
      ? "50000000000.00"
      : "100000000000.00";
    await page.getByTestId("target-fund").fill(halved);
    await page.getByTestId("targets-save").click();
    await expect.poll(() => progressOf(page, "FUND_INVESTMENT"), { timeout: 15_000 }).not.toBe(before);
    const ratio = Number.parseFloat(await progressOf(page, "FUND_INVESTMENT")) / Number.parseFloat(before);
    expect(ratio).toBeCloseTo(halved === "50000000000.00" ? 2 : 0.5, 2);
    await page.getByTestId("indicators-table").locator(".ant-table-row-expand-icon").nth(4).click();
    await page.getByTestId("indicator-working-FUND_INVESTMENT").waitFor();
    await screenshot(page, "monitoring-indicators");
  });

  it("the finance bureau reads the departments' quarterly figures", async () => {
    const page = await browser.newPage();
    await signIn(page, "cqczj.operator");
    await page.getByTestId("nav-quarterly-figures").click();
    await page.getByTestId("quarterly-table").locator("tbody tr").first().waitFor();
    expect(await page.getByTestId("quarterly-entry").isVisible()).toBe(true);
    await screenshot(page, "monitoring-quarterly-figures");
  });

  it("the bureau publishes last month's scorecard and a bank sees only its own card", async () => {
    for (const [username, allLoans, manufacturing] of [
      ["cqbank.operator", "900000000.00", "100000000.00"],
      ["cqrcb.operator", "600000000.00", "50000000.00"],
    ] as const) {
      const page = await browser.newPage();
      await signIn(page, username);
      const figures = {
        balance: manufacturing,
        mediumLongTermBalance: "0.00",
        creditBalance: "0.00",
        newLoans: "0.00",
        newMediumLongTerm: "0.00",
        newCredit: "0.00",
      };
      const response = await page.request.post("/api/v1/bank-statistics", {
        data: {
          month: lastMonth,
          allLoansBalance: allLoans,
          manufacturing: figures,
          byCluster: [{ cluster: "OTHER_MANUFACTURING", ...figures }],
          byDistrict: [{ district: "500106", ...figures }],
          reason: "旅程测试重报",
        },
        headers: { "x-csrf-token": await csrf(page) },
      });
      expect(response.status(), await response.text()).toBe(201);
    }

    const bureau = await browser.newPage();
    await signIn(bureau, "cqjxw.reviewer");
    await bureau.getByTestId("nav-bank-scorecard").click();
    await bureau.getByTestId("scorecard-publication").waitFor();
    const publish = bureau.getByTestId("scorecard-publish");
    if (await publish.isVisible()) {
      await publish.click();
      await bureau.locator(".ant-modal-confirm-btns .ant-btn-primary").click();
      await expect.poll(() => publish.isVisible(), { timeout: 15_000 }).toBe(false);
      await bureau.locator(".ant-modal-confirm").waitFor({ state: "hidden" });
    }
    expect(
      await bureau.getByTestId("scorecard-table").locator("tbody tr.ant-table-row").count(),
    ).toBeGreaterThan(1);
    await screenshot(bureau, "monitoring-scorecard-bureau");

    const bank = await browser.newPage();
    await signIn(bank, "cqrcb.operator");
    await bank.getByTestId("nav-bank-scorecard").click();
    await bank.getByTestId("scorecard-own").waitFor();
    const rows = bank.getByTestId("scorecard-table").locator("tbody tr.ant-table-row");
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain("重庆农村商业银行");
    await rows.first().locator(".ant-table-row-expand-icon").click();
    await bank.getByTestId("score-total-working").waitFor();
    expect(await bank.getByTestId("scorecard-own").textContent()).toMatch(/第\d+名 \/ 共\d+家银行/);
    await screenshot(bank, "monitoring-scorecard-bank");
  });
});

async function csrf(page: Page): Promise<string> {
  const me = (await (await page.request.get("/api/v1/auth/me")).json()) as { csrfToken: string };
  return me.csrfToken;
}
