import { describe, expect, it } from "vitest";
import { chooseOption, screenshot, signIn, typeDate, useBrowser } from "./support/browser";
import { attachEvidence } from "./support/incentives";

/**
 * 上市培育库 (千里马, seed 004 §二(二)): the 重庆 bureau reads its funnel against the 500 target, records
 * the next stage of an enterprise in reserve with its evidence, and sees it in the entry's history and
 * its rewards; the finance bureau and 重庆证监局 read the same pool without changing it. Recording
 * 重庆渝江精密机械's tutoring filing offers it the 辅导备案 reward: its bell rings, its incentives page
 * shows the offer, and applying from it fills in the policy and the stage.
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
    // The drawer refetches the entry after the move: give a loaded machine time.
    await expect.poll(() => history.textContent(), { timeout: 15_000 }).toContain("阶段变更");
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

  it("shows 重庆证监局 the funnel by stage and board against the 500 target, to read only", async () => {
    const page = await browser.newPage();
    await signIn(page, "cqzjj.reviewer");
    await page.getByRole("menuitem", { name: "上市培育库" }).click();
    await expect.poll(() => page.getByTestId("pipeline-total").textContent()).toContain("目标 500 家");
    expect(await page.getByTestId("pipeline-funnel").textContent()).toContain("科创板");
    expect(await page.getByTestId("pipeline-add").count()).toBe(0);
    await screenshot(page, "listing-pipeline-regulator");
    await page.getByTestId("pipeline-open").first().click();
    await page.getByTestId("pipeline-history").waitFor();
    expect(await page.getByTestId("pipeline-move-submit").count()).toBe(0);
  });

  it("offers 重庆渝江精密机械 the 辅导备案 reward once the bureau records its tutoring filing", async () => {
    const bureau = await browser.newPage();
    await signIn(bureau, "cqjxw.operator");
    await bureau.goto("/listing-pipeline");
    await bureau.getByTestId("pipeline-search").locator("input").fill("重庆渝江精密机械");
    await bureau.getByTestId("pipeline-search").locator("input").press("Enter");
    await expect.poll(() => bureau.getByTestId("pipeline-open").count()).toBe(1);
    await bureau.getByTestId("pipeline-open").click();
    await chooseOption(bureau, "pipeline-move-stage", "辅导");
    await typeDate(bureau, "pipeline-move-date", "2026-12-03");
    await bureau.getByTestId("pipeline-move-evidence").fill("重庆证监局辅导备案登记(2026-12-03)");
    await bureau.getByTestId("pipeline-move-submit").click();
    await expect
      .poll(() => bureau.getByTestId("pipeline-history").textContent(), { timeout: 15_000 })
      .toContain("辅导备案登记");

    const enterprise = await browser.newPage();
    await signIn(enterprise, "cqenterprise.operator");
    await enterprise.getByTestId("notification-bell").click();
    const notice = enterprise
      .getByTestId("notification-item")
      .filter({ hasText: "辅导备案」,可申请上市分阶段奖励" });
    await notice.first().waitFor();
    await screenshot(enterprise, "listing-reward-offer-bell");
    await notice.first().click();
    const offer = enterprise.getByTestId("incentive-offer").filter({ hasText: "辅导备案" });
    await offer.waitFor();
    expect(await offer.textContent()).toContain("2,000,000.00");
    await screenshot(enterprise, "listing-reward-offer");
    await offer.getByTestId("incentive-offer-apply").click();
    // The policy and the stage come from the offer.
    await expect.poll(() => enterprise.getByTestId("apply-policy").textContent()).toContain("上市分阶段奖励");
    expect(await enterprise.getByTestId("apply-stage").textContent()).toContain("辅导备案");
    await attachEvidence(enterprise, "business-licence");
    await attachEvidence(enterprise, "stage-proof");
    await enterprise.getByTestId("apply-check").click();
    await expect.poll(() => enterprise.getByTestId("working-amount").textContent()).toBe("2,000,000.00");
    await enterprise.getByTestId("apply-submit").click();

    // Applied: the offer is gone, and the application opens with its rules, working and decisions.
    const row = enterprise
      .getByTestId("incentive-applications")
      .locator("tr", { hasText: "辅导备案" })
      .first();
    await row.waitFor();
    await enterprise.goto("/incentives/apply");
    await enterprise.getByTestId("apply-policy").waitFor();
    expect(await enterprise.getByTestId("incentive-offer").filter({ hasText: "辅导备案" }).count()).toBe(0);
    await enterprise.goto("/incentives/applications");
    await enterprise
      .getByTestId("incentive-applications")
      .locator("tr", { hasText: "辅导备案" })
      .getByTestId("incentive-open")
      .click();
    await expect
      .poll(() => enterprise.getByTestId("incentive-detail-status").getAttribute("data-status"))
      .toBe("IN_REVIEW");
    expect(await enterprise.getByTestId("incentive-detail-amount").textContent()).toBe("2,000,000.00");
    expect(await enterprise.getByTestId("incentive-detail-rules").textContent()).toContain("证明材料");
    expect(await enterprise.getByTestId("incentive-detail-evidence").textContent()).toContain(
      "stage-proof.pdf",
    );
    expect(await enterprise.getByTestId("incentive-decisions").textContent()).toContain("重庆渝江精密机械");
    await screenshot(enterprise, "incentive-application-detail");
  });
});
