import { describe, expect, it } from "vitest";
import { chooseOption, screenshot, useBrowser } from "./support/browser";

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

  it("computes a bridge loan's usage fee with the SME reduction, then waives it for a 小巨人 (seed 004 §四(二))", async () => {
    const page = await browser.newPage();
    await page.goto("/calculators?tab=bridge");
    // The example: 10,000,000 for a small enterprise from 2026-09-24 to 2026-10-09, 15 days at half of 0.01% a day.
    await page.getByTestId("bridge-fee-compute").click();
    await expect.poll(() => page.getByTestId("bridge-fee-result").textContent()).toContain("7,500.00");
    const periods = await page.getByTestId("bridge-fee-periods").textContent();
    expect(periods).toContain("2026-10-08");
    expect(periods).toContain("50");
    expect(await page.locator("body").textContent()).toContain("2026-10-22");
    await screenshot(page, "calculators-bridge-loan-fee");

    await chooseOption(page, "bridge-fee-tags", "小巨人");
    // A multiple select stays open for the next choice.
    await page.keyboard.press("Escape");
    await page.getByTestId("bridge-fee-compute").click();
    await expect.poll(() => page.getByTestId("bridge-fee-result").textContent()).toContain("0.00");
    expect(await page.locator("body").textContent()).toContain("免收使用费");
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
