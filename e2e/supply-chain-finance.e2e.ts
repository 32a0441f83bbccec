import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { payablesTemplate } from "../apps/server/src/modules/supply-chain-finance/supply-chain-finance.excel";
import { chooseOption, dateInputs, screenshot, signIn, useBrowser } from "./support/browser";

/**
 * Data-verified supply-chain financing (seed 004 §三(五)) in the browser, on the 重庆 demo: the core
 * enterprise 重庆渝安 uploads its payables to 重庆渝江 from the Excel template; 重庆渝江 sees its verified
 * limit with its working and asks 建设银行 to finance the new invoice (twice, by mistake); the bank
 * finances it once and the second attempt on the same receivable is refused, naming it.
 */
/** The machine is shared: a financing under its row locks can take longer than the default second. */
const SLOW = { timeout: 15_000 };

describe("a supplier's receivable financed once", () => {
  const browser = useBrowser();
  const documentNo = `YA-FP-E2E-${Date.now() % 100_000}`;

  it("the core uploads its payables from Excel, row by row", async () => {
    const page = await browser.newPage();
    await signIn(page, "cqcore.operator");
    await page.getByRole("menuitem", { name: "数据确权供应链融资" }).click();
    await page.getByRole("tab", { name: "应付账款(核心企业)" }).click();
    await page.getByTestId("scf-payables").waitFor();
    // 重庆渝江's code, as the core's own list shows it.
    const lines = (await page.evaluate(() =>
      fetch("/api/v1/supply-chain-finance/payables?side=core").then((r) => r.json()),
    )) as { supplierName: string | null; supplierUscc: string }[];
    const uscc = lines.find((line) => line.supplierName === "重庆渝江精密机械有限公司")?.supplierUscc ?? "";
    expect(uscc).toHaveLength(18);

    const upload = async (name: string, rows: string[][]) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await payablesTemplate()) as unknown as ArrayBuffer);
      for (const row of rows) workbook.worksheets[0]?.addRow(row);
      await page
        .getByTestId("scf-upload")
        .locator("input[type=file]")
        .or(page.locator("input[type=file]"))
        .first()
        .setInputFiles({
          name,
          mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
        });
    };
    // A duplicate document number: the whole file is refused with the row named.
    await upload("应付账款-有误.xlsx", [
      ["发票", documentNo, uscc, "880000.00", "2026-11-28", "2027-03-28"],
      ["发票", "YA-FP-2611-001", uscc, "1.00", "2026-11-28", "2027-03-28"],
    ]);
    await page.getByTestId("scf-upload-error").waitFor();
    expect(await page.getByTestId("scf-upload-error").textContent()).toContain("第 3 行「单据号」");
    await screenshot(page, "scf-upload-error");

    await upload("应付账款.xlsx", [
      ["发票", documentNo, uscc, "880000.00", "2026-11-28", "2027-03-28"],
      ["订单", `${documentNo}-D`, uscc, "120000.00", "2026-11-28", "2027-04-28"],
    ]);
    await expect
      .poll(() => page.getByTestId("scf-upload-success").textContent())
      .toContain("已上传 2 条应付账款");
    await expect.poll(() => page.getByTestId("scf-payables").textContent(), SLOW).toContain(documentNo);
    await screenshot(page, "scf-core-payables");

    // The order's amount was mistyped: corrected before anyone finances it; its document number stays.
    const order = page.getByTestId("scf-payables").locator("tr", { hasText: `${documentNo}-D` });
    await order.getByTestId("scf-correct").click();
    await page.getByTestId("scf-correct-amount").fill("150000.00");
    await page.getByTestId("scf-correct-submit").click();
    await expect.poll(() => order.textContent(), SLOW).toContain("150,000.00");
  });

  it("the supplier sees its verified limit with its working and asks the arranged bank", async () => {
    const page = await browser.newPage();
    await signIn(page, "cqenterprise.operator");
    await page.getByRole("menuitem", { name: "数据确权供应链融资" }).click();
    await page.getByTestId("scf-limit").first().waitFor();
    expect(await page.getByTestId("scf-no-credit-line").textContent()).toContain("不占用核心企业的授信额度");
    const card = page.getByTestId("scf-limit").filter({ hasText: "重庆渝安汽车制造有限公司" });
    await expect.poll(() => card.getByTestId("scf-working").textContent(), SLOW).toContain("× 融资比例 80%");
    expect(await card.textContent()).toContain(documentNo);
    await screenshot(page, "scf-supplier-limit");

    for (let attempt = 0; attempt < 2; attempt++) {
      await card.getByTestId(`scf-select-${documentNo}`).check();
      await card.getByTestId("scf-ask").click();
      await page.getByTestId("scf-ask-amount").fill("700000");
      await page.getByTestId("scf-ask-submit").click();
      await page.getByText("已向银行提交融资申请").first().waitFor();
      await page.getByTestId("scf-ask-submit").waitFor({ state: "detached" });
    }
    await page.getByRole("tab", { name: "融资记录" }).click();
    await expect
      .poll(() => page.getByTestId("scf-financings").locator("tr", { hasText: documentNo }).count())
      .toBe(2);
  });

  it("the bank finances the receivable once; the second attempt on it is refused", async () => {
    const page = await browser.newPage();
    await signIn(page, "cqbank.operator");
    await page.getByRole("menuitem", { name: "数据确权供应链融资" }).click();
    await page.getByRole("tab", { name: "融资记录" }).click();
    const rows = page.getByTestId("scf-financings").locator("tr", { hasText: documentNo });
    await expect.poll(() => rows.count(), SLOW).toBe(2);
    await rows.first().getByTestId("scf-finance").click();
    await expect
      .poll(() =>
        page
          .getByTestId("scf-financings")
          .locator("tr", { hasText: documentNo })
          .filter({ hasText: "已放款" })
          .count(),
      )
      .toBe(1);
    await page
      .getByTestId("scf-financings")
      .locator("tr", { hasText: documentNo })
      .filter({ hasText: "待银行处理" })
      .getByTestId("scf-finance")
      .click();
    await page.getByTestId("scf-financing-error").waitFor();
    expect(await page.getByTestId("scf-financing-error").textContent()).toContain(
      `应收账款 ${documentNo} 已被融资,不能重复融资`,
    );
    await screenshot(page, "scf-bank-refused-twice");

    await page.getByRole("tab", { name: "融资工作台" }).click();
    const desk = page.getByTestId("scf-limit").filter({ hasText: "重庆渝江精密机械有限公司" });
    // On the desk the invoice is financed now; its companion order stays open.
    const deskRows = desk.getByTestId("scf-receivables").locator("tr", { hasText: documentNo });
    await expect.poll(() => deskRows.filter({ hasText: "已融资" }).count(), SLOW).toBe(1);
    expect(await deskRows.filter({ hasText: "可融资" }).count()).toBe(1);
    await screenshot(page, "scf-bank-desk");
  });

  it("the core records an account lock at a second bank, which confirms it and later ends it with the reason", async () => {
    const accountNo = `3100${Date.now() % 1_000_000_000}`;
    const core = await browser.newPage();
    await signIn(core, "cqcore.operator");
    await core.goto("/supply-chain-finance");
    await core.getByRole("tab", { name: "协助账户锁定" }).click();
    await core.getByTestId("scf-arrangement-record").click();
    await chooseOption(core, "scf-arrangement-bank", "重庆农村商业银行");
    await core.getByTestId("scf-arrangement-account-bank").fill("重庆农村商业银行两江分行");
    await core.getByTestId("scf-arrangement-account-name").fill("重庆渝安汽车制造有限公司");
    await core.getByTestId("scf-arrangement-account-no").fill(accountNo);
    const [from, to] = [
      dateInputs(core, "scf-arrangement-effective").first(),
      dateInputs(core, "scf-arrangement-effective").last(),
    ];
    await from.click();
    await from.fill("2026-12-01");
    await from.press("Enter");
    await to.fill("2027-11-30");
    await to.press("Enter");
    await core.getByTestId("scf-arrangement-submit").click();
    // Account numbers are shown masked but for their last four digits.
    const shown = `*${accountNo.slice(-4)}`;
    const coreRow = core.getByTestId("scf-arrangements").locator("tr", { hasText: shown });
    await expect.poll(() => coreRow.textContent(), SLOW).toContain("待银行确认");

    const bank = await browser.newPage();
    await signIn(bank, "cqrcb.reviewer");
    await bank.goto("/supply-chain-finance");
    await bank.getByRole("tab", { name: "协助账户锁定" }).click();
    const bankRow = bank.getByTestId("scf-arrangements").locator("tr", { hasText: shown });
    await bankRow.getByTestId("scf-arrangement-confirm").click();
    await expect.poll(() => bankRow.textContent(), SLOW).toContain("已确认");
    await bankRow.getByTestId("scf-arrangement-end").click();
    await bank.getByTestId("scf-arrangement-ending-reason").fill("核心企业更换回款账户");
    await bank.getByTestId("scf-arrangement-ending-submit").click();
    await expect.poll(() => bankRow.textContent(), SLOW).toContain("已终止");
    await screenshot(bank, "scf-arrangement-ended");
  });

  it("the platform admin sets 十堰's advance rate as a percentage; the region's rules say they are its own", async () => {
    const page = await browser.newPage();
    await signIn(page, "platform.admin");
    await page.goto("/supply-chain-finance");
    await page.getByRole("tab", { name: "融资规则" }).click();
    await chooseOption(page, "scf-rules-region", "十堰市");
    await page.getByTestId("scf-rules-advance-rate").fill("70");
    await page.getByTestId("scf-rules-save").click();
    await expect.poll(() => page.getByTestId("scf-rules-source").textContent(), SLOW).toBe("已按地区配置");
    await screenshot(page, "scf-rules");
    const saved = (await page.evaluate(() =>
      fetch("/api/v1/supply-chain-finance/rules/420300").then((r) => r.json()),
    )) as { advanceRate: string };
    expect(Number(saved.advanceRate)).toBe(0.7);
  });

  it("the bureau reads the programme's totals by bank and by core", async () => {
    const page = await browser.newPage();
    await signIn(page, "cqjxw.reviewer");
    await page.getByRole("menuitem", { name: "数据确权供应链融资" }).click();
    await expect.poll(() => page.getByTestId("scf-report-totals").textContent(), SLOW).toContain("累计融资");
    await screenshot(page, "scf-bureau-report");
  });
});
