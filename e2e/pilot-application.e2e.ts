import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot, signIn, useBrowser } from "./support/browser";

// Issue 14's journey: 丹江口 completes the demo's draft (its 申报文件, the plan's remaining sections, the
// indicator table by Excel: first refused with the row report, then accepted) and submits; 湖北's five
// departments give their opinions, its 工信 department scores and recommends it within the quota, declines
// 襄阳 with a reason, and confirms the list with the joint document.
describe("a pilot-city application from draft to 湖北's confirmed recommendation", () => {
  const browser = useBrowser();
  const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(512, 0x20), Buffer.from("\n%%EOF\n")]);
  const CITY = "丹江口市人民政府";

  const fileInput = (page: Page, testId: string) => page.getByTestId(testId).locator("input[type=file]");
  const saved = (page: Page) => page.locator(".ant-message-notice", { hasText: "已保存" }).last().waitFor();

  async function openApplication(page: Page) {
    await signIn(page, "applicant.operator");
    await page.getByTestId("nav-pilot-cities").click();
    await page.getByTestId("nav-pilot-application").click();
    await page.getByTestId("pilot-applications").getByRole("link").first().click();
    await page.getByTestId("pilot-status").waitFor();
  }

  it("丹江口 attaches its 申报文件 and completes the plan by the outline", async () => {
    const page = await browser.newPage();
    await openApplication(page);
    await fileInput(page, "pilot-upload-APPLICATION").setInputFiles({
      name: "丹江口市申报文件.pdf",
      mimeType: "application/pdf",
      buffer: PDF,
    });
    await page.getByTestId("pilot-documents").getByText("丹江口市申报文件.pdf").waitFor();
    await page.getByRole("tab", { name: "实施方案" }).click();
    const sections = page.locator("textarea[data-testid^=plan-section-]");
    for (const section of await sections.all()) {
      if ((await section.inputValue()) === "")
        await section.fill("丹江口市围绕汽车零部件和水资源产业推进产融合作。");
    }
    await page.getByTestId("plan-save").click();
    await saved(page);
    await screenshot(page, "pilot-application-plan");
  });

  it("丹江口 fills the indicator table by Excel: one error reported by row, then accepted", async () => {
    const page = await browser.newPage();
    await openApplication(page);
    await page.getByRole("tab", { name: "定量指标" }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("indicator-template").click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error("no sheet");
    const headers = (sheet.getRow(1).values as unknown[]).map(String);
    const valueColumns = headers.flatMap((header, index) => (/年(实际|目标)值$/.test(header) ? [index] : []));
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      for (const column of valueColumns) {
        if (!row.getCell(column).value) row.getCell(column).value = String(20 + number);
      }
    });
    // Row 4 is I03, a share of GDP in %: 120 is out of its bounds.
    const share = sheet.getRow(4).getCell(valueColumns[0] ?? 0);
    share.value = "120";
    const upload = async () =>
      fileInput(page, "indicator-upload").setInputFiles({
        name: "定量指标统计表.xlsx",
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
      });
    await upload();
    const report = page.getByTestId("indicator-report");
    await report.waitFor();
    const text = await report.textContent();
    expect(text).toContain("I03");
    expect(text).toContain("indicator-bounds");
    expect(text).toContain("第4行");
    await screenshot(page, "pilot-application-indicator-report");
    share.value = "35.5";
    await upload();
    await page.locator(".ant-message-notice", { hasText: "已导入18行指标" }).waitFor();
    expect(
      await page.getByTestId(`indicator-I03-${headers[valueColumns[0] ?? 0]?.slice(0, 4)}`).inputValue(),
    ).toBe("35.5");
  });

  it("丹江口 declares its strategy and submits: the application is frozen", async () => {
    const page = await browser.newPage();
    await openApplication(page);
    await page.getByRole("tab", { name: "战略与基地" }).click();
    await page.getByTestId("pilot-strategies").getByText("长江经济带发展").click();
    await page.getByTestId("declarations-save").click();
    await saved(page);
    await page.getByRole("tab", { name: "核对并提交" }).click();
    await page.getByTestId("pilot-submit").click();
    await page.getByTestId("pilot-frozen").waitFor();
    expect(await page.getByTestId("pilot-status").textContent()).toBe("已提交,待省级审核");
    await screenshot(page, "pilot-application-submitted");
  });

  it("湖北's five departments give their opinions", async () => {
    const departments = {
      hbczt: "湖北省财政厅",
      hbpbc: "中国人民银行湖北省分行",
      hbnfra: "国家金融监督管理总局湖北监管局",
      hbcsrc: "中国证监会湖北监管局",
      province: "湖北省经济和信息化厅",
    };
    for (const [username, department] of Object.entries(departments)) {
      const page = await browser.newPage();
      await signIn(page, `${username}.reviewer`);
      await page.getByTestId("nav-pilot-cities").click();
      await page.getByTestId("nav-pilot-recommendations").click();
      await page.getByTestId(`pilot-review-${CITY}`).click();
      await page.getByTestId("pilot-opinion-text").fill("申报材料齐全,符合申报条件,同意推荐。");
      await page.getByTestId("pilot-opinion-save").click();
      // This department's own row, not an earlier one's: the save has landed before the page closes.
      await page.getByTestId("pilot-opinions").locator("tr", { hasText: department }).waitFor();
      await page.close();
    }
  });

  it("湖北 scores, recommends it within the quota, declines 襄阳 and confirms with the joint document", async () => {
    const page = await browser.newPage();
    await signIn(page, "province.reviewer");
    await page.goto("/pilot-recommendations");
    await page.getByTestId(`pilot-review-${CITY}`).click();
    for (const [code, score] of [
      ["COMMITMENT", "8"],
      ["FOUNDATION", "8"],
      ["PRACTICE", "9"],
      ["RECOVERY", "7"],
    ]) {
      await page.getByTestId(`pilot-score-${code}`).fill(score ?? "");
    }
    await page.getByTestId("pilot-score-save").click();
    await page.getByTestId("pilot-points").getByText("74.00").waitFor();
    await page.getByTestId("pilot-recommend").click();
    await page.locator(".ant-drawer").getByText("部级评审中").waitFor();
    await screenshot(page, "pilot-province-recommended");
    await page.locator(".ant-drawer-close").click();
    expect(await page.getByTestId("pilot-quota").textContent()).toBe("名额 2 个,已推荐 1 个,剩余 1 个");

    await page.getByTestId("pilot-review-襄阳市人民政府").click();
    await page.getByTestId("pilot-decline").click();
    await page.getByTestId("pilot-decline-reason").fill("产融合作做法亮点不够突出,本批次不予推荐");
    await page.getByTestId("pilot-decline-submit").click();
    await page.locator(".ant-drawer").getByText("未获推荐").waitFor();
    await page.locator(".ant-drawer-close").click();

    await fileInput(page, "pilot-confirm").setInputFiles({
      name: "湖北省联合上报文件.pdf",
      mimeType: "application/pdf",
      buffer: PDF,
    });
    await page.getByTestId("pilot-confirmed").waitFor();
    expect(await page.getByTestId("pilot-confirmed").textContent()).toContain("湖北省联合上报文件.pdf");
    await screenshot(page, "pilot-province-confirmed");
  });

  it("the ministry reads the batches with their units' quotas and confirmations, and may open a new one", async () => {
    const page = await browser.newPage();
    await signIn(page, "miit.operator");
    await page.getByTestId("nav-pilot-cities").click();
    await page.getByTestId("nav-pilot-batches").click();
    await page.getByTestId("pilot-batch-open").waitFor();
    await page
      .getByTestId("pilot-batches")
      .getByRole("link", { name: /产融合作试点城市申报/ })
      .click();
    const units = page.getByTestId("pilot-batch-units");
    await units.waitFor();
    // 四川 confirmed in the demo; 湖北 confirmed in this journey.
    expect(await units.locator("tr", { hasText: "四川省" }).locator(".ant-tag").textContent()).not.toBe(
      "未确认",
    );
    // Each year's progress report is due by the batch's day, 03-31 unless the ministry set another.
    expect(await page.getByTestId("pilot-batch-calendar").textContent()).toContain(
      "年度进展报告截止次年 03-31",
    );
    await screenshot(page, "pilot-batch-detail");
    await page.goto("/pilot-batches");
    await page.getByTestId("pilot-batch-open").click();
    const form = page.getByTestId("pilot-batch-form");
    await form.waitFor();
    expect(await form.getByLabel("年度进展报告截止").inputValue()).toBe("03-31");
    await screenshot(page, "pilot-batch-open");
  });
});
