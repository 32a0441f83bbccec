import { describe, expect, it } from "vitest";
import { screenshot, signIn, useBrowser } from "./support/browser";

// The demo (seedFundDemo): 十堰精工 settled one loan in 2025 (applied for on 2026-05-12, its payment now
// with the bureaus) and the seed's own loan in 2026 (81,277.78, window 2027-04-01..06-30).
describe("interest subsidy (贷款贴息) in the browser", () => {
  const browser = useBrowser();

  it("shows the enterprise its settled loans, the computed subsidy with its working, and its claim", async () => {
    const page = await browser.newPage();
    await signIn(page, "enterprise.operator");
    await page.getByTestId("nav-interest-subsidy").click();
    await page.getByTestId("subsidy-header").waitFor();
    const loans = page.getByTestId("subsidy-loans");
    await loans.getByText("81,277.78").waitFor();
    await expect
      .poll(() => loans.getByTestId("loan-subsidy").allTextContents())
      .toEqual(["81,277.78", "60,833.33"]);
    // The seed loan's window has not opened yet, so it cannot be applied for today.
    expect(await page.getByTestId("subsidy-apply").count()).toBe(0);
    await loans.locator(".ant-table-row-expand-icon").first().click();
    const working = page.getByTestId("line-working").first();
    await working.getByText("184", { exact: true }).waitFor();
    await working.getByText("181", { exact: true }).waitFor();
    await expect.poll(() => working.getByTestId("working-amount").textContent()).toBe("81,277.78");
    await screenshot(page, "interest-subsidy-enterprise");

    const claims = page.getByTestId("subsidy-claims");
    await expect.poll(() => claims.getByTestId("claim-status").getAttribute("data-status")).toBe("IN_REVIEW");
    await claims.getByTestId("claim-link").click();
    await page.getByTestId("claim-detail-header").waitFor();
    await expect.poll(() => page.getByTestId("claim-claimed").textContent()).toBe("60,833.33");
    await page
      .getByTestId("claim-guarantor-opinion")
      .getByText("十堰融资担保集团有限公司", { exact: false })
      .waitFor();
    await expect
      .poll(() => page.getByTestId("claim-payment-status").getAttribute("data-status"))
      .toBe("IN_REVIEW");
    expect(await page.getByTestId("claim-withdraw").count()).toBe(0);
    await page.getByTestId("attachments").getByText("借款凭证.pdf").waitFor();
    await screenshot(page, "interest-subsidy-claim");

    const printed = await page.request.get(
      (await page.getByTestId("claim-print").getAttribute("href")) ?? "",
    );
    expect(printed.headers()["content-type"]).toMatch(/text\/html/);
    const html = await printed.text();
    for (const text of [
      "十堰市市级“产供强链贷”贴息表",
      "300 万元",
      "60,833.33 元",
      "104,937.50 元",
      "一式两份",
    ]) {
      expect(html).toContain(text);
    }
    const download = page.waitForEvent("download");
    await page.getByTestId("claim-pdf").click();
    expect((await download).suggestedFilename()).toBe("贴息表-十堰精工汽车零部件有限公司.pdf");
  });

  it("gives the guarantor every settled loan with its window, and the claims to check", async () => {
    const page = await browser.newPage();
    await signIn(page, "danbao.reviewer");
    await page.getByTestId("nav-interest-subsidy-accounting").click();
    await page.getByTestId("accounting-header").waitFor();
    // No window is open on the demo's date: the batch button stays disabled until one is.
    const loans = page.getByTestId("batch-loans");
    await page.getByTestId("batch-window-filter").getByText("全部").click();
    await loans.getByText("十堰精工汽车零部件有限公司").first().waitFor();
    await expect.poll(() => loans.locator("tr[data-application-id]").count()).toBe(5);
    await loans.getByText("不予贴息", { exact: true }).waitFor();
    expect(await page.getByTestId("batch-start").isDisabled()).toBe(true);
    await screenshot(page, "interest-subsidy-accounting");

    await page.getByRole("tab", { name: "企业申请" }).click();
    const claims = page.getByTestId("accounting-claims");
    await expect.poll(() => claims.getByTestId("claim-difference").textContent()).toBe("0.00");
    await expect.poll(() => claims.getByTestId("claim-status").getAttribute("data-status")).toBe("IN_REVIEW");
    await screenshot(page, "interest-subsidy-accounting-claims");
  });
});
