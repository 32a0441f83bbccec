import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chooseOption, screenshot, signIn, useBrowser } from "./support/browser";

// An order loan requires no recognition, so the catalogue reaches 重庆渝江精密 (a 专精特新贷 would need one).
const PRODUCT = "渝快订单贷(E2E)";
const CATALOGUE = "重庆市制造业金融产品汇编(2026年12月)";

/** An input or textarea by test id, whether antd put the id on the element or on its wrapper. */
const field = (page: Page, testId: string) =>
  page.getByTestId(testId).locator("input, textarea").or(page.getByTestId(testId)).first();

describe("the product pool, its review, the catalogue and its push in the browser", () => {
  const browser = useBrowser();

  it("an institution publishes a product, the bureau lists it and publishes the catalogue, an enterprise sees both", async () => {
    // 建设银行重庆市分行 drafts the product and submits it.
    const bank = await browser.newPage();
    await signIn(bank, "cqbank.operator");
    await bank.getByTestId("nav-products").click();
    await bank.getByTestId("product-new").click();
    await field(bank, "product-name").fill(PRODUCT);
    await chooseOption(bank, "product-category", "信用贷款");
    await chooseOption(bank, "product-type", "订单贷");
    await field(bank, "product-rateMin").fill("0.035");
    await field(bank, "product-rateMax").fill("0.05");
    await field(bank, "product-amountMin").fill("100000");
    await field(bank, "product-amountMax").fill("5000000");
    await field(bank, "product-termMin").fill("6");
    await field(bank, "product-termMax").fill("24");
    await field(bank, "product-materials").fill("营业执照、近两年财务报表");
    await field(bank, "product-contactName").fill("周经理");
    await field(bank, "product-contactPhone").fill("023-63000001");
    await screenshot(bank, "financing-product-form");
    await bank.getByTestId("product-save").click();
    await bank.getByTestId("product-submit").click();
    await expect
      .poll(() => bank.getByTestId("product-detail-state").first().getAttribute("data-state"), {
        timeout: 10_000,
      })
      .toBe("PENDING_REVIEW");
    await screenshot(bank, "financing-product-submitted");

    // 重庆市经信委 lists it with its opinion.
    const bureau = await browser.newPage();
    await signIn(bureau, "cqjxw.operator");
    await bureau.getByTestId("nav-products").click();
    // The region's pool downloads as it lists.
    const [pool] = await Promise.all([
      bureau.waitForEvent("download"),
      bureau.getByTestId("product-pool-export").click(),
    ]);
    expect(
      readFileSync(await pool.path())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
    await bureau.getByTestId("product-pool").getByText(PRODUCT).click();
    await bureau.getByTestId("product-list").click();
    await field(bureau, "product-list-reason").fill("要素齐全,同意上架");
    await bureau.getByTestId("product-list-submit").click();
    await expect
      .poll(() => bureau.getByTestId("product-detail-state").first().getAttribute("data-state"), {
        timeout: 10_000,
      })
      .toBe("LISTED");
    expect(await bureau.getByTestId("product-history").textContent()).toContain("要素齐全,同意上架");
    await screenshot(bureau, "financing-product-listed");

    // It compiles the month's catalogue, downloads the PDF and publishes it.
    await bureau.getByTestId("nav-product-catalogues").click();
    await field(bureau, "catalogue-title").fill(CATALOGUE);
    const period = bureau.locator(
      '[data-testid="catalogue-period"] input, input[data-testid="catalogue-period"]',
    );
    await period.nth(0).click();
    await period.nth(0).fill("2026-12-01");
    await period.nth(0).press("Enter");
    await period.nth(1).fill("2026-12-31");
    await period.nth(1).press("Enter");
    await bureau.getByTestId("catalogue-compile").click();
    const row = bureau
      .getByTestId("catalogue-table")
      .locator("tbody tr.ant-table-row", { hasText: CATALOGUE });
    await row.waitFor({ timeout: 10_000 });
    const [download] = await Promise.all([
      bureau.waitForEvent("download"),
      row.getByTestId("catalogue-pdf").click(),
    ]);
    const pdf = readFileSync(await download.path());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const file = join(mkdtempSync(join(tmpdir(), "catalogue-")), "catalogue.pdf");
    writeFileSync(file, pdf);
    const text = execFileSync("pdftotext", [file, "-"]).toString();
    expect(text).toContain("目录");
    expect(text).toContain("一、信用贷款");
    expect(text).toContain(PRODUCT);
    await row.getByTestId("catalogue-publish").click();
    await bureau.locator(".ant-popconfirm .ant-btn-primary").click();
    await expect
      .poll(() => row.getByTestId("catalogue-status").getAttribute("data-status"), { timeout: 10_000 })
      .toBe("published");
    await screenshot(bureau, "financing-catalogue-published");

    // 重庆渝江精密机械 finds the push and the product in the supermarket.
    const enterprise = await browser.newPage();
    await signIn(enterprise, "cqenterprise.operator");
    await enterprise.getByTestId("nav-product-supermarket").click();
    await enterprise
      .getByTestId("market-pushes")
      .getByText(CATALOGUE, { exact: false })
      .waitFor({ timeout: 10_000 });
    await enterprise.getByTestId("market-table").getByText(PRODUCT).waitFor();
    await screenshot(enterprise, "financing-supermarket-enterprise");
  });
});
