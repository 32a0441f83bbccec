import { PILOT_INDICATORS } from "@chanrong/domain";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot, signIn, typeDate, useBrowser } from "./support/browser";

/**
 * Seed 001 §四(一): 十堰, a first-batch pilot whose 2017–2019 plan has ended, renews in the batch
 * open today straight to MIIT, which extends it by 2027–2029; 十堰 then sends its overdue 2019
 * report and the ministry reads it against the plan's targets (F01 600 against 621.35: 96.6%).
 */
describe("a pilot renews and reports its progress in the browser", () => {
  const browser = useBrowser();

  /** Every cell of the indicator table: 100 fits each row's type and bounds; F01 gets its own. */
  const fillTable = async (page: Page, prefix: string, columns: readonly string[], f01 = "100") => {
    for (const indicator of PILOT_INDICATORS) {
      for (const column of columns) {
        await page
          .getByTestId(`${prefix}-${indicator.code}-${column}`)
          .fill(indicator.code === "F01" ? f01 : "100");
      }
    }
  };

  it("十堰 submits its renewal to MIIT with a new plan and indicator table", async () => {
    const page = await browser.newPage();
    await signIn(page, "sypilot.operator");
    await page.getByRole("menuitem", { name: "试点进展" }).click();
    await expect.poll(() => page.getByTestId("renewal-eligibility").textContent()).toContain("可在第");
    await screenshot(page, "pilot-progress-city");
    await page.getByTestId("renewal-apply").click();
    await typeDate(page, "renewal-start", "2027-01-01");
    await typeDate(page, "renewal-end", "2029-12-31");
    const sections = page.locator('textarea[data-testid^="renewal-section-"]');
    await sections.first().waitFor();
    for (const section of await sections.all())
      await section.fill("巩固首批试点成效,推进产融合作平台与汽车产业链金融");
    const actualColumns = await page
      .locator('input[data-testid^="renewal-F01-"]')
      .evaluateAll((inputs) =>
        inputs.map((input) => input.getAttribute("data-testid")?.slice("renewal-F01-".length) ?? ""),
      );
    expect(actualColumns.slice(-3)).toEqual(["target-2027", "target-2028", "target-2029"]);
    await fillTable(page, "renewal", actualColumns);
    await screenshot(page, "pilot-renewal-form");
    await page.getByTestId("renewal-submit").click();
    await expect
      .poll(() => page.getByTestId("renewals-table").textContent(), { timeout: 15_000 })
      .toContain("待工业和信息化部审核");
  });

  it("MIIT extends 十堰's pilot term by 2027–2029", async () => {
    const page = await browser.newPage();
    await signIn(page, "miit.reviewer");
    await page.getByRole("menuitem", { name: "试点监测" }).click();
    const row = page.getByTestId("renewals-table").locator("tr", { hasText: "十堰市产融合作试点城市" });
    await row.getByTestId("renewal-extend").click();
    await page.getByTestId("renewal-extend-reason").fill("原实施方案期满,延续方案目标明确");
    await page.getByTestId("renewal-extend-submit").click();
    await expect.poll(() => row.textContent(), { timeout: 15_000 }).toContain("已延长试点期");
    expect(await row.textContent()).toContain("原实施方案期满,延续方案目标明确");
    // The new term is a pilot of the batch open today, whatever its number.
    const terms = page.getByTestId("pilots-table").locator("tr", { hasText: "十堰市产融合作试点城市" });
    await expect.poll(async () => (await terms.allTextContents()).join("\n")).toMatch(/第\d+批 · 延续试点/);
    await screenshot(page, "pilot-monitoring");
  });

  it("十堰 sends its overdue 2019 report and the ministry reads it against the targets", async () => {
    const city = await browser.newPage();
    await signIn(city, "sypilot.operator");
    await city.goto("/pilot-progress");
    await city.getByTestId("pilot-term-1").click();
    await city.getByTestId("pilot-tab-2019").click();
    await city.getByTestId("pilot-report-2019").click();
    await fillTable(city, "report", ["2019"], "600");
    await screenshot(city, "pilot-report-form");
    await city.getByTestId("report-submit").click();
    await expect
      .poll(() => city.getByTestId("pilot-tab-2019").textContent(), { timeout: 15_000 })
      .toContain("逾期报送");

    const ministry = await browser.newPage();
    await signIn(ministry, "miit.reviewer");
    await ministry.goto("/pilot-monitoring");
    await ministry
      .getByTestId("pilots-table")
      .locator("tr", { hasText: "第1批" })
      .filter({ hasText: "十堰" })
      .getByTestId("pilot-open")
      .click();
    await ministry.getByTestId("pilot-tab-2019").click();
    const f01 = ministry.getByTestId("pilot-progress-2019").locator("tr", { hasText: "F01" });
    await expect.poll(() => f01.textContent()).toContain("96.6%");
    expect(await f01.textContent()).toContain("621.35");
    await screenshot(ministry, "pilot-indicators-vs-targets");
  });
});
