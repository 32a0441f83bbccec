import { describe, expect, it } from "vitest";
import { screenshot, signIn, typeDate, useBrowser } from "./support/browser";

/**
 * 担保费补贴 on the demo data (business date 2026-11-22): the guarantee group previews 2025 with every
 * guarantee's working, records a fee charged, and applies for 2025 as one payment.
 */
describe("the guarantor's guarantee-fee subsidy in the browser", () => {
  const browser = useBrowser();

  it("previews a year with its working, records a fee and applies for the year once", async () => {
    const page = await browser.newPage();
    await signIn(page, "danbao.operator");
    await page.getByTestId("nav-fee-subsidy").click();
    const table = page.getByTestId("fee-subsidy-table");
    await table.locator("tbody tr").first().waitFor();
    // 2025 is the default: the last year that has ended.
    await expect.poll(() => page.getByTestId("fee-subsidy-total").textContent()).toBe("121,291.12");

    // The seed's own loan: 34,972.22 over two periods of 184 and 113 days.
    const seedRow = table.locator("tr", { hasText: "5,000,000.00" });
    expect(await seedRow.getByTestId("fee-line-amount").textContent()).toBe("34,972.22");
    await seedRow.locator(".ant-table-row-expand-icon").click();
    const working = page.getByTestId("line-working");
    await working.waitFor();
    const rows = await working.locator("tbody tr.ant-table-row").allTextContents();
    expect(rows).toEqual([
      expect.stringMatching(/^2025-03-10\s*2025-09-10\s*184\s*5,000,000.00\s*× 1% × 184 \/ 360\s*25,555.55$/),
      expect.stringMatching(/^2025-09-10\s*2026-01-01\s*113\s*3,000,000.00\s*× 1% × 113 \/ 360\s*9,416.67$/),
    ]);
    await page.getByTestId("fee-receipts").locator("tbody tr").first().waitFor();
    // The overdue 湖北银行 loan was charged 0.8%: its subsidy is the fee, not 1%.
    const capped = table.locator("tr", { hasText: "8,346.67" });
    expect(await capped.textContent()).toContain("以实收担保费为限");
    await screenshot(page, "fee-subsidy-preview");

    // 2026 has not ended: preview only, fees can still be recorded.
    await typeDate(page, "fee-subsidy-year", "2026");
    await expect.poll(() => page.getByText("2026 年度尚未结束").count()).toBe(1);
    expect(await page.getByTestId("fee-subsidy-create").isDisabled()).toBe(true);
    const row2026 = table.locator("tbody tr.ant-table-row").first();
    await row2026.getByTestId("fee-record").click();
    await typeDate(page, "fee-form-date", "2026-11-20");
    await page.getByTestId("fee-form-amount").fill("1200.00");
    await page.getByTestId("fee-form-note").fill("2026年第四季度担保费");
    await screenshot(page, "fee-subsidy-record-fee");
    await page.getByTestId("fee-form-submit").click();
    await page.getByTestId("fee-form").waitFor({ state: "detached" });

    await typeDate(page, "fee-subsidy-year", "2025");
    await expect.poll(() => page.getByTestId("fee-subsidy-total").textContent()).toBe("121,291.12");
    await page.getByTestId("fee-subsidy-create").click();
    await page.getByTestId("fee-subsidy-create-confirm").click();
    await expect
      .poll(() => page.getByTestId("fee-subsidy-batch-status").getAttribute("data-status"))
      .toBe("DRAFT");
    expect(await page.getByTestId("fee-subsidy-batch").textContent()).toContain("121,291.12");
    expect(await page.getByTestId("fee-subsidy-create").isDisabled()).toBe(true);
    await screenshot(page, "fee-subsidy-batch");
  });

  it("lets the guarantor's reviewer reverse a wrong fee, struck through with its reason", async () => {
    const page = await browser.newPage();
    await signIn(page, "danbao.reviewer");
    await page.getByTestId("nav-fee-subsidy").click();
    const table = page.getByTestId("fee-subsidy-table");
    await table.locator("tbody tr").first().waitFor();
    // 2025 is in a payment now: its fees can no longer be reversed; 2026's can.
    await typeDate(page, "fee-subsidy-year", "2026");
    await expect.poll(() => page.getByText("2026 年度尚未结束").count()).toBe(1);
    const row = table.locator("tbody tr.ant-table-row").first();
    await row.locator(".ant-table-row-expand-icon").click();
    const receipts = page.getByTestId("fee-receipts");
    const wrong = receipts.locator("tr", { hasText: "2026年第四季度担保费" });
    await wrong.getByTestId("fee-receipt-reverse").click();
    await page.getByTestId("fee-reversal-reason").fill("重复登记,该笔已含在第三季度收费中");
    await screenshot(page, "fee-receipt-reverse-modal");
    await page.getByTestId("fee-reversal-submit").click();
    const reversed = receipts.locator("tr[data-reversed='true']");
    await reversed.waitFor();
    expect(await reversed.getByTestId("fee-receipt-reversed-reason").textContent()).toContain("重复登记");
    expect(await reversed.locator("del").count()).toBeGreaterThan(0);
    expect(await receipts.textContent()).toContain("-1,200.00");
    expect(await reversed.getByTestId("fee-receipt-reverse").count()).toBe(0);
    await screenshot(page, "fee-receipt-reversed");
  });

  it("is not offered to a bank", async () => {
    const page = await browser.newPage();
    await signIn(page, "icbc.operator");
    expect(await page.getByTestId("nav-fee-subsidy").count()).toBe(0);
    await page.goto("/fee-subsidy");
    await page.getByText("无权访问").waitFor();
  });
});
