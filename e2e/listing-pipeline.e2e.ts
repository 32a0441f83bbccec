import { describe, expect, it } from "vitest";
import { chooseOption, screenshot, signIn, typeDate, useBrowser } from "./support/browser";

/**
 * 上市培育库 (千里马, seed 004 §二(二)): the 重庆 bureau reads its funnel against the 500 target, records
 * the next stage of an enterprise in reserve with its evidence, and sees it in the entry's history and
 * its rewards; the finance bureau reads the same pool without changing it.
 */
describe("the listing pipeline in the browser", () => {
  const browser = useBrowser();

  it("the bureau records an enterprise's shareholding reform, with its evidence, against the 500 target", async () => {
    const page = await browser.newPage();
    await signIn(page, "cqjxw.operator");
    await page.getByRole("menuitem", { name: "上市培育库" }).click();
    await expect
      .poll(() => page.getByTestId("pipeline-total").textContent())
      .toContain("入库 30 家,目标 500 家");
    await screenshot(page, "listing-pipeline-funnel");

    await chooseOption(page, "pipeline-filter-stage", "储备");
    const first = page.getByTestId("pipeline-open").first();
    const name = (await first.textContent()) ?? "";
    await first.click();
    await chooseOption(page, "pipeline-move-stage", "股改");
    await typeDate(page, "pipeline-move-date", "2026-12-01");
    await page.getByTestId("pipeline-move-evidence").fill("股份有限公司营业执照(2026-12-01 换发)");
    await page.getByTestId("pipeline-move-submit").click();
    const history = page.getByTestId("pipeline-history");
    await expect.poll(() => history.textContent()).toContain("阶段变更");
    expect(await history.textContent()).toContain("股份有限公司营业执照(2026-12-01 换发)");
    await screenshot(page, "listing-pipeline-entry");
    await page.keyboard.press("Escape");

    // The entry left the reserve: the funnel counts one more at 股改 or beyond.
    await page.reload();
    await chooseOption(page, "pipeline-filter-stage", "股改");
    await expect.poll(() => page.getByTestId("pipeline-table").textContent()).toContain(name);
  });

  it("shows the finance bureau the same pool to read, not to change", async () => {
    const page = await browser.newPage();
    await signIn(page, "cqczj.reviewer");
    await page.getByRole("menuitem", { name: "上市培育库" }).click();
    await expect.poll(() => page.getByTestId("pipeline-total").textContent()).toContain("入库 30 家");
    expect(await page.getByTestId("pipeline-add").count()).toBe(0);
    await page.getByTestId("pipeline-open").first().click();
    await page.getByTestId("pipeline-history").waitFor();
    expect(await page.getByTestId("pipeline-move-submit").count()).toBe(0);
  });
});
