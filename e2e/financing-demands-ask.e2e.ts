import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chooseOption, screenshot, signIn, useBrowser } from "./support/browser";

// Issue 12 points 1–3 in daily work: the bureau posts a demand for an enterprise it picks from the registry
// (代企业发布需求); an enterprise asks for a product from the supermarket (申请此产品), the bureau admits it and it
// is pushed to that product's institution only; the history names the institution each line concerns.
describe("demands posted for an enterprise, and asked for a product", () => {
  const browser = useBrowser();
  // Figures no seeded demand (nor an earlier run on the same server) has, to find this journey's demands.
  const unique = Date.now() % 100_000;
  let askedPath = "";
  let institution = "";

  it("the bureau posts a demand for a registry enterprise chosen with the picker", async () => {
    const page = await browser.newPage();
    await signIn(page, "jxj.operator");
    const enterprise = await page.evaluate(
      async () =>
        (await (await fetch("/api/v1/enterprises?pageSize=1")).json()).items[0] as {
          name: string;
          uscc: string;
        },
    );
    await page.getByTestId("nav-financing-demand-new").click();
    expect(await page.getByTestId("demand-form-header").textContent()).toContain("代企业发布需求");
    // Found by its 统一社会信用代码 as well as by its name.
    await chooseOption(page, "demand-enterprise", enterprise.uscc);
    await chooseOption(page, "demand-kind", "贷款");
    const yuan = 2_100_000 + unique;
    await page.getByTestId("demand-amount").fill(`${yuan}.00`);
    await page.getByTestId("demand-purpose").fill("企业委托经信局代为发布:采购检测设备");
    await chooseOption(page, "demand-collateral", "设备抵押");
    await page.keyboard.press("Escape");
    await screenshot(page, "financing-demand-post-for-enterprise");
    await page.getByTestId("demand-submit").click();
    const row = page
      .getByTestId("demands-table")
      .locator("tr", { hasText: `${yuan.toLocaleString("en-US")}.00` });
    await row.waitFor();
    expect(await row.textContent()).toContain(enterprise.name);
    expect(await row.textContent()).toContain("待审核");
  });

  it("an enterprise asks for a product from the supermarket; the form is filled from the product", async () => {
    const page = await browser.newPage();
    await signIn(page, "enterprise.operator");
    await page.goto("/product-supermarket");
    const market = page.getByTestId("market-table");
    const product = market.locator("tr.ant-table-row", { hasText: "工银专精特新贷" });
    await product.waitFor();
    institution = (await product.locator("td").nth(2).textContent()) ?? "";
    expect(institution).toBe("中国工商银行十堰分行");
    // Its page shows the terms and the same button.
    await product.getByTestId("market-name").click();
    await page.getByTestId("listed-product-header").waitFor();
    await screenshot(page, "financing-product-listed-detail");
    await page.getByText("申请此产品").click();

    const asked = page.getByTestId("demand-asked-product");
    await asked.waitFor();
    expect(await asked.textContent()).toContain("工银专精特新贷");
    expect(await asked.textContent()).toContain("500,000.00 – 10,000,000.00");
    await expect.poll(() => page.getByTestId("demand-amount").inputValue()).toBe("500000.00");
    expect(await page.getByTestId("demand-kind").textContent()).toContain("贷款");
    expect(await page.getByTestId("demand-collateral").textContent()).toContain("纯信用");
    await screenshot(page, "financing-demand-ask-product");

    // Outside the product's range: refused, naming the amount.
    await page.getByTestId("demand-amount").fill("20000000.00");
    await page.getByTestId("demand-purpose").fill("研发中心建设,购置实验设备");
    await page.getByTestId("demand-submit").click();
    await page.getByText("金额须在产品额度 500,000.00–10,000,000.00 元之内").waitFor();
    const yuan = 1_000_000 + unique;
    await page.getByTestId("demand-amount").fill(`${yuan}.00`);
    await page.getByTestId("demand-submit").click();
    const row = page
      .getByTestId("demands-table")
      .locator("tr", { hasText: `${yuan.toLocaleString("en-US")}.00` });
    await row.waitFor();
    expect(await row.textContent()).toContain("工银专精特新贷");
    await row.locator("a").first().click();
    await page.getByTestId("demand-product").waitFor();
    askedPath = new URL(page.url()).pathname;
  });

  it("the bureau admits it: pushed to the product's institution only, named in the history", async () => {
    const page = await browser.newPage();
    await signIn(page, "jxj.reviewer");
    await page.goto(askedPath);
    await page.getByTestId("demand-curation").waitFor();
    // The product's institution is the default target.
    expect(await page.getByTestId("curation-targets").textContent()).toContain(institution);
    await page.getByTestId("curation-note").fill("一企一策:按企业所申请产品对接工商银行");
    await chooseOption(page, "curation-officer", "经办人");
    await page.getByTestId("curation-admit").click();
    await page.getByTestId(`claim-row-${institution}`).waitFor();
    expect(await page.getByTestId("demand-claims").locator("tbody tr.ant-table-row").count()).toBe(1);
    const history = page.getByTestId("demand-history");
    await history.getByText(`推送至 ${institution}`).waitFor();
    await screenshot(page, "financing-demand-ask-admitted");

    // The bank sees it in its worklist; the other bank of the city does not.
    const icbc = await browser.newPage();
    await signIn(icbc, "icbc.operator");
    await icbc.goto(askedPath);
    await icbc.getByTestId(`claim-row-${institution}`).waitFor();
    await icbc.getByTestId("demand-history").getByText(`推送至 ${institution}`).waitFor();
    const hbbank = await browser.newPage();
    await signIn(hbbank, "hbbank.operator");
    await hbbank.goto(askedPath);
    await hbbank.getByText("融资需求 不存在").waitFor();
  });

  it("the enterprise reads the history in English with the institution named", async () => {
    const page = await browser.newPage();
    await signIn(page, "enterprise.operator");
    await page.evaluate(() => localStorage.setItem("chanrong.locale", "en"));
    await page.goto(askedPath);
    await page.getByTestId("demand-history").getByText(`Pushed to ${institution}`).waitFor();
    await screenshot(page, "financing-demand-ask-history-en");
  });

  it("every list of the demands pages exports to Excel: demands, institutions, batches, claims", async () => {
    const bureau = await browser.newPage();
    await signIn(bureau, "jxj.reviewer");
    await bureau.goto("/financing-demands");
    await bureau.getByTestId("institution-summary").locator("tr.ant-table-row").first().waitFor();
    const icbc = await browser.newPage();
    await signIn(icbc, "icbc.operator");
    await icbc.goto("/financing-claims");
    for (const [page, testId] of [
      [bureau, "demands-export"],
      [bureau, "institution-summary-export"],
      [bureau, "batches-export"],
      [icbc, "claims-export"],
    ] as const) {
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
      // An .xlsx is a zip: it starts with "PK".
      expect(
        readFileSync(await download.path())
          .subarray(0, 2)
          .toString(),
        testId,
      ).toBe("PK");
    }
    await screenshot(bureau, "financing-demands-bureau-exports");
  });
});
