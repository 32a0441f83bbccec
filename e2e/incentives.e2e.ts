import { describe, expect, it } from "vitest";
import { chooseOption, screenshot, signIn, useBrowser } from "./support/browser";
import { act, openFromWorklist, statusOf } from "./support/fund";
import { attachEvidence } from "./support/incentives";

// Issue 13's reward journey: the bureau copies the 瞪羚 preset into 沙坪坝区; 重庆渝江精密机械 (a 瞪羚 since 2025)
// applies with its evidence and sees each rule and the working before submitting; the finance and industry
// bureaus approve in parallel, the city government approves, the fund's manager pays, and the enterprise
// sees its reward paid.
describe("a 瞪羚 reward from application to payment", () => {
  const browser = useBrowser();
  const POLICY = "瞪羚企业基金融资奖励 · 沙坪坝区";
  let paymentId = "";

  it("the industry bureau copies the 瞪羚 preset into 沙坪坝区, paid by the city's fund", async () => {
    const page = await browser.newPage();
    await signIn(page, "cqjxw.operator");
    await page.getByTestId("nav-incentives").click();
    await page.getByTestId("nav-incentive-policies").click();
    const table = page.getByTestId("policies-table");
    await table.locator("tr", { hasText: "上市分阶段奖励" }).waitFor();
    await page.getByTestId("policy-copy").click();
    await chooseOption(page, "copy-preset", "瞪羚企业基金融资奖励");
    // The district is picked from the region reference data, searched by name.
    await chooseOption(page, "copy-region", "沙坪坝区");
    await chooseOption(page, "copy-fund", "重庆市技改专项贷贴息资金");
    await page.getByLabel("申报开始日期").fill("2026-01-01");
    await page.getByLabel("申报开始日期").press("Enter");
    await page.locator(".ant-modal-footer .ant-btn-primary").click();
    const row = table.locator("tr", { hasText: "500106" });
    await row.waitFor();
    expect(await row.textContent()).toContain("定额 1,000,000.00 元");
    await screenshot(page, "incentive-policies");
  });

  it("the enterprise applies: each rule with its reason and the working before it submits", async () => {
    const page = await browser.newPage();
    await signIn(page, "cqenterprise.operator");
    await page.goto("/incentives/apply");
    await chooseOption(page, "apply-policy", POLICY);
    await attachEvidence(page, "business-licence");
    await page.getByTestId("apply-check").click();
    const preview = page.getByTestId("apply-preview");
    await preview.waitFor();
    expect(await preview.getByTestId("rule-evidence").getAttribute("data-met")).toBe("false");
    expect(await preview.getByTestId("rule-evidence").textContent()).toContain("缺少证明材料:基金融资协议");
    expect(await page.getByTestId("apply-submit").isDisabled()).toBe(true);
    await attachEvidence(page, "fund-financing-agreement");
    await page.getByTestId("apply-check").click();
    await expect.poll(() => preview.getByTestId("rule-evidence").getAttribute("data-met")).toBe("true");
    expect(await preview.getByTestId("rule-tags").textContent()).toContain("瞪羚企业");
    expect(await preview.getByTestId("working-amount").textContent()).toBe("1,000,000.00");
    expect(await preview.getByTestId("working-cap-per-enterprise").textContent()).toContain(
      "尚余 1,000,000.00 元",
    );
    await screenshot(page, "incentive-apply-preview");
    await page.getByTestId("apply-submit").click();
    const row = page.getByTestId("incentive-applications").locator("tr", { hasText: "瞪羚" }).first();
    await row.waitFor();
    expect(await row.getByTestId("incentive-status").getAttribute("data-status")).toBe("IN_REVIEW");
    const listed = await (await page.request.get("/api/v1/incentive-applications")).json();
    const mine = (listed as { paymentId: string; regionCode: string; status: string }[]).find(
      (application) => application.regionCode === "500106",
    );
    expect(mine?.status).toBe("IN_REVIEW");
    paymentId = mine?.paymentId ?? "";
    await screenshot(page, "incentive-applications-submitted");
  });

  it("both bureaus approve in parallel, the city government approves, the fund's manager pays", async () => {
    const finance = await browser.newPage();
    await openFromWorklist(finance, "cqczj.reviewer", paymentId);
    const working = finance.getByTestId("line-working");
    await working.waitFor();
    expect(await working.getAttribute("data-kind")).toBe("incentive");
    expect(await working.getByTestId("working-amount").textContent()).toBe("1,000,000.00");
    // The reviewers read each rule as it was judged when the enterprise applied.
    expect(await working.getByTestId("rule-tags").getAttribute("data-met")).toBe("true");
    expect(await working.getByTestId("rule-not-received").textContent()).toContain(
      "此前未获得该项一次性奖励",
    );
    await screenshot(finance, "incentive-payment-review");
    await act(finance, "finance-approve", "IN_REVIEW", { opinion: "资金来源合规,同意。" });

    const industry = await browser.newPage();
    await openFromWorklist(industry, "cqjxw.reviewer", paymentId);
    await act(industry, "industry-approve", "AWAITING_APPROVAL", { opinion: "符合瞪羚企业奖励政策,同意。" });

    const city = await browser.newPage();
    await openFromWorklist(city, "cqszf.reviewer", paymentId);
    await act(city, "city-approve", "APPROVED", { opinion: "同意拨付。" });

    const manager = await browser.newPage();
    await openFromWorklist(manager, "cqdanbao.reviewer", paymentId);
    await act(manager, "execute", "PAID", { transferReferences: ["CCB2026120500088"] });
    expect(await statusOf(manager)).toBe("PAID");
  });

  it("the enterprise sees its reward paid", async () => {
    const page = await browser.newPage();
    await signIn(page, "cqenterprise.operator");
    await page.getByTestId("nav-incentives").click();
    await page.getByTestId("nav-incentive-applications").click();
    const table = page.getByTestId("incentive-applications");
    await table.locator("tr").nth(1).waitFor();
    const paid = table.locator('[data-testid="incentive-status"][data-status="PAID"]');
    await expect.poll(() => paid.count()).toBeGreaterThanOrEqual(2);
    // The demo's states beside it: a listing stage in review, a refinancing reward awaiting the city government.
    expect(await table.locator('[data-status="AWAITING_APPROVAL"]').count()).toBe(1);
    // (The listing journey may have applied for its 辅导备案 stage too.)
    expect(await table.locator('[data-status="IN_REVIEW"]').count()).toBeGreaterThanOrEqual(1);
    await screenshot(page, "incentive-applications-paid");
  });
});
