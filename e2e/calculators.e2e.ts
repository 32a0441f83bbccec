import { describe, expect, it } from "vitest";
import { screenshot, useBrowser } from "./support/browser";

describe("public calculators in the browser", () => {
  const browser = useBrowser();

  it("computes the seed's interest subsidy, 81,277.78, with its working, without signing in", async () => {
    const page = await browser.newPage();
    await page.goto("/calculators");
    // The form opens with the seed's loan: 5,000,000 on 2025-03-10, 2,000,000 repaid 2025-09-10, the rest 2026-03-10.
    await page.getByTestId("interest-subsidy-compute").click();
    await expect.poll(() => page.getByTestId("interest-subsidy-result").textContent()).toContain("81,277.78");
    const periods = await page.getByTestId("interest-subsidy-periods").textContent();
    expect(periods).toContain("184");
    expect(periods).toContain("181");
    expect(periods).toContain("51,111.11");
    expect(periods).toContain("30,166.67");
    await screenshot(page, "calculators-interest-subsidy");
  });

  it("shows the 4321 split and the recovery distribution of SPEC §3.3", async () => {
    const page = await browser.newPage();
    await page.goto("/calculators");
    await page.getByTestId("calc-tab-risk").click();
    await page.getByTestId("risk-sharing-loss").fill("1000000.00");
    await page.getByTestId("risk-sharing-compute").click();
    await expect.poll(() => page.getByTestId("risk-sharing-fund-pays").textContent()).toContain("250,000.00");
    expect(await page.getByTestId("risk-sharing-guarantor-net").textContent()).toContain("150,000.00");
    await screenshot(page, "calculators-risk-sharing");

    await page.getByTestId("calc-tab-recovery").click();
    await page.getByTestId("recovery-loss").fill("1000000.00");
    await page.getByTestId("recovery-recovered").fill("100000.00");
    await page.getByTestId("recovery-compute").click();
    await expect.poll(() => page.getByTestId("recovery-result").textContent()).toContain("18,750.00");
    expect(await page.getByTestId("recovery-result").textContent()).toContain("31,250.00");
  });

  it("switches to English and keeps the choice after a reload", async () => {
    const page = await browser.newPage();
    await page.goto("/calculators");
    await page.getByTestId("language-en").click();
    await expect.poll(() => page.locator("body").textContent()).toContain("Interest subsidy");
    await page.reload();
    // The page renders once its language's text has arrived, which may be after the load event.
    await page.getByTestId("language-en").waitFor();
    await expect.poll(() => page.locator("body").textContent()).toContain("Interest subsidy");
    await screenshot(page, "calculators-english");
  });
});
