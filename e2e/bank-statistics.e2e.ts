import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot, signIn, useBrowser } from "./support/browser";

// Issue 15 point 1's journey: 湖北银行十堰分行, which has not sent last month yet, downloads the month's
// template, uploads it with one error and reads the row report naming the cell, corrects the file and
// uploads it again; 十堰's bureau then sees the bank's month with its timeliness.
describe("a bank's monthly statistics by Excel, and the bureau's view of who is late", () => {
  const browser = useBrowser();
  // The platform's business date is China's; the month due now is the last complete one.
  const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" }).format(new Date());
  const firstOfMonth = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
  const lastMonth = new Date(firstOfMonth.getTime() - 86_400_000).toISOString().slice(0, 7);
  // Sent by the 10th it is on time (ADR 036).
  const expectedStatus = Number(today.slice(8, 10)) <= 10 ? "ON_TIME" : "LATE";

  /** The template's blank cells filled as the bank's clerk would; `creditOf420302` is the cell to get wrong. */
  async function filled(template: Buffer, creditOf420302: string): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as unknown as ArrayBuffer);
    // Close to the bank's months before: 343亿元 of all loans, 32.1亿元 of it manufacturing.
    const totals: Record<string, string> = {
      各项贷款余额: "34300000000.00",
      制造业贷款余额: "3210000000.00",
      "其中:中长期贷款余额": "1450000000.00",
      "其中:信用贷款余额": "880000000.00",
      当月新发放制造业贷款: "255000000.00",
      "其中:中长期贷款": "100000000.00",
      "其中:信用贷款": "82000000.00",
    };
    workbook.getWorksheet("汇总")?.eachRow((row) => {
      const amount = totals[String(row.getCell(1).value)];
      if (amount) row.getCell(2).value = amount;
    });
    const parts: Record<string, string[]> = {
      NEV: ["1800000000.00", "800000000.00", "500000000.00", "140000000.00", "55000000.00", "45000000.00"],
      OTHER_MANUFACTURING: [
        "1410000000.00",
        "650000000.00",
        "380000000.00",
        "115000000.00",
        "45000000.00",
        "37000000.00",
      ],
      "420302": [
        "1300000000.00",
        "600000000.00",
        creditOf420302,
        "100000000.00",
        "40000000.00",
        "32000000.00",
      ],
      "420303": [
        "1910000000.00",
        "850000000.00",
        "530000000.00",
        "155000000.00",
        "60000000.00",
        "50000000.00",
      ],
    };
    for (const sheet of ["按产业集群", "按区县"]) {
      workbook.getWorksheet(sheet)?.eachRow((row) => {
        parts[String(row.getCell(1).value)]?.forEach((amount, index) => {
          row.getCell(3 + index).value = amount;
        });
      });
    }
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  async function upload(page: Page, file: Buffer) {
    await page.getByTestId("stats-upload").click();
    await page
      .locator(".ant-modal input[type=file]")
      .setInputFiles({ name: "统计.xlsx", mimeType: "application/octet-stream", buffer: file });
    // A second run of the journey finds the month sent: the same upload is then its correction.
    await page.getByTestId("stats-upload-reason").fill("补充区县数据");
    await page.getByTestId("stats-upload-submit").click();
  }

  it("the bank uploads its month with one error, reads the row report, corrects it and is saved", async () => {
    const page = await browser.newPage();
    await signIn(page, "hbbank.operator");
    await page.getByTestId("nav-bank-statistics").click();
    await page.getByTestId(`stats-month-${lastMonth}`).waitFor();
    await screenshot(page, "bank-statistics-months");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId(`stats-template-${lastMonth}`).click(),
    ]);
    const template = readFileSync(await download.path());

    // 茅箭区's credit balance typed with three decimals: one cell wrong.
    await upload(page, await filled(template, "350000000.005"));
    const report = page.getByTestId("stats-row-report");
    await report.waitFor();
    const rows = report.locator("tbody tr");
    expect(await rows.count()).toBe(1);
    const cells = await rows.first().locator("td").allTextContents();
    expect(cells.slice(0, 5)).toEqual([
      "按区县",
      expect.stringMatching(/^\d+$/),
      "E",
      "其中:信用贷款余额",
      "max-2-decimals",
    ]);
    expect(cells[5]).toContain("两位小数");
    await screenshot(page, "bank-statistics-row-report");
    await page.locator(".ant-modal-close").click();

    await upload(page, await filled(template, "350000000.00"));
    await page.getByTestId("stats-row-report").waitFor({ state: "detached" });
    const month = page.getByTestId(`stats-month-${lastMonth}`);
    await expect.poll(() => month.getByTestId(`timeliness-${expectedStatus}`).count()).toBe(1);
    expect(await month.textContent()).toContain("Excel上传");
    await screenshot(page, "bank-statistics-saved");
  });

  it("the form's clusters show their running sums against the total, to the fen", async () => {
    const page = await browser.newPage();
    await signIn(page, "icbc.operator");
    await page.getByTestId("nav-bank-statistics").click();
    await page.getByTestId(`stats-fill-${today.slice(0, 7)}`).click();
    await page.getByTestId("stats-total-balance").fill("1000.00");
    await page.getByTestId("stats-clusters-NEV-balance").fill("600.00");
    await page.getByTestId("stats-clusters-OTHER_MANUFACTURING-balance").fill("300.00");
    const check = page.getByTestId("stats-clusters-check-balance");
    await expect.poll(() => check.textContent()).toBe("与合计相差 -100.00 元");
    expect(await check.getAttribute("data-matches")).toBe("false");
    await page.getByTestId("stats-clusters-OTHER_MANUFACTURING-balance").fill("400.00");
    await expect.poll(() => check.getAttribute("data-matches")).toBe("true");
    await screenshot(page, "bank-statistics-form");
  });

  it("the bureau sees the bank's month with its timeliness and opens it", async () => {
    const page = await browser.newPage();
    await signIn(page, "jxj.operator");
    await page.getByTestId("nav-bank-statistics-region").click();
    const bank = page.getByTestId("stats-bank-湖北银行十堰分行");
    await bank.waitFor();
    expect(await bank.getByTestId(`timeliness-${expectedStatus}`).count()).toBe(1);
    expect(
      await page.getByTestId("stats-bank-中国工商银行十堰分行").getByTestId("timeliness-ON_TIME").count(),
    ).toBe(1);
    await screenshot(page, "bank-statistics-region");
    await bank.getByRole("link").click();
    await page.getByTestId("stats-detail").waitFor();
    expect(await page.getByTestId("stats-detail").textContent()).toContain("Excel上传");
    await screenshot(page, "bank-statistics-detail");
  });
});
