import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { writeEnterpriseWorkbook } from "../apps/server/src/modules/enterprises/enterprises.excel";
import { buildEnterpriseInput, usccFor } from "../apps/server/src/testing/factories";
import { chooseOption, screenshot, signIn, typeDate, useBrowser } from "./support/browser";

/** A valid code with its check character replaced: only the check-digit rule fails. */
function withWrongCheckDigit(uscc: string): string {
  return `${uscc.slice(0, 17)}${uscc[17] === "0" ? "1" : "0"}`;
}

describe("enterprise registry in the browser", () => {
  const browser = useBrowser();

  it("refuses a wrong USCC on the field, then registers the enterprise with the right one", async () => {
    const page = await browser.newPage();
    await signIn(page, "jxj.operator");
    await page.getByTestId("nav-enterprises").click();
    await page.getByTestId("enterprise-create").click();

    const right = usccFor("420303", 88_001);
    const name = "十堰浏览器测试车桥有限公司";
    await page.getByTestId("enterprise-uscc").fill(withWrongCheckDigit(right));
    await page.getByTestId("enterprise-name").fill(name);
    await chooseOption(page, "enterprise-district", "张湾区");
    await page.getByTestId("enterprise-address").fill("十堰市张湾区车城路88号");
    await page.getByTestId("enterprise-legal").fill("王建国");
    await typeDate(page, "enterprise-established", "2012-05-18");
    await chooseOption(page, "enterprise-ownership", "民营");
    await page.getByTestId("enterprise-industry").fill("C3670");
    await page
      .getByTestId("enterprise-employees")
      .locator("input")
      .or(page.getByTestId("enterprise-employees"))
      .first()
      .fill("260");
    await page.getByTestId("enterprise-submit").click();

    const ussccItem = page.locator(".ant-form-item", { has: page.getByTestId("enterprise-uscc") });
    await expect.poll(() => ussccItem.locator(".ant-form-item-explain").textContent()).toContain("校验");
    await screenshot(page, "enterprise-form-wrong-uscc");

    await page.getByTestId("enterprise-uscc").fill(right);
    await page.getByTestId("enterprise-submit").click();
    await page.getByTestId("enterprise-detail-header").waitFor();
    await expect.poll(() => page.getByTestId("enterprise-detail-header").textContent()).toContain(name);
    expect(await page.getByTestId("enterprise-profile").textContent()).toContain(right);
    await screenshot(page, "enterprise-detail");
  });

  it("imports nothing from a file with one bad row, and shows which row", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chanrong-e2e-"));
    const row = (sequence: number, uscc?: string) => {
      const input = buildEnterpriseInput({ districtCode: "420302" }, sequence);
      return {
        name: `${input.name.replace("有限公司", "")}导入测试有限公司`,
        uscc: uscc ?? input.uscc,
        address: input.address,
        district: "茅箭区",
        legalRepresentative: input.legalRepresentative,
        establishedOn: input.establishedOn,
        industryCode: input.industryCode,
        employees: String(input.employees),
        ownership: "民营",
      };
    };
    const rows = [row(77_001), row(77_002, withWrongCheckDigit(usccFor("420302", 77_002))), row(77_003)];
    const file = join(dir, "企业导入.xlsx");
    writeFileSync(file, await writeEnterpriseWorkbook(rows, { template: true }));

    const page = await browser.newPage();
    await signIn(page, "jxj.operator");
    await page.goto("/enterprises/import");
    await page
      .getByTestId("import-upload")
      .locator("input[type=file]")
      .or(page.locator("input[type=file]"))
      .first()
      .setInputFiles(file);
    await page.getByTestId("import-error-table").waitFor();
    const report = await page.getByTestId("import-error-table").textContent();
    // Spreadsheet row 3 (the second data row) is the bad one; rows 2 and 4 are fine.
    expect(report).toMatch(/第\s*3\s*行/);
    expect(report).not.toMatch(/第\s*[24]\s*行/);
    expect(await page.getByTestId("import-error").textContent()).toContain("未导入");
    await screenshot(page, "enterprise-import-error");

    // Nothing was imported: not even the good first row.
    await page.goto(`/enterprises?q=${encodeURIComponent(rows[0]?.uscc ?? "")}`);
    await page.getByTestId("enterprise-table").waitFor();
    await expect
      .poll(() => page.getByTestId("enterprise-table").locator("tbody tr.ant-table-row").count())
      .toBe(0);
  });

  it("searches and exports the filtered list to Excel", async () => {
    const page = await browser.newPage();
    await signIn(page, "jxj.reviewer");
    await page.goto("/enterprises");
    await page
      .getByTestId("enterprise-search")
      .locator("input")
      .or(page.getByTestId("enterprise-search"))
      .first()
      .fill("精工");
    await page.keyboard.press("Enter");
    const rows = page.getByTestId("enterprise-table").locator("tbody tr.ant-table-row");
    const names = () => rows.getByTestId("enterprise-link").allTextContents();
    // Wait until the table shows the search result rather than the page before it (or a
    // table still loading: every() of no rows is vacuously true).
    const isSearchResult = (names: string[]) =>
      names.length > 0 && names.every((name) => name.includes("精工"));
    await expect.poll(async () => isSearchResult(await names())).toBe(true);
    const shown = await names();
    await screenshot(page, "enterprise-list-search");

    // The export holds exactly the filtered list.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("enterprise-export").click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const exported = Array.from({ length: (sheet?.rowCount ?? 1) - 1 }, (_, i) =>
      String(sheet?.getRow(i + 2).getCell(1).value),
    );
    expect(exported.sort()).toEqual(shown.sort());
  });
});
