import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chooseOption, dropdownOf, screenshot, signIn, useBrowser } from "./support/browser";

/** An input or textarea by test id, whether antd put the id on the element or on its wrapper. */
const field = (page: Page, testId: string) =>
  page.getByTestId(testId).locator("input, textarea").or(page.getByTestId(testId)).first();

// Not on the demo key-supported list (only every other 十堰 enterprise is).
const ENTERPRISE = "十堰东岳汽车电子有限公司";

/** Adds the enterprise to a list page with a text, checks the row, then removes it with a reason. */
async function addAndRemove(page: Page, prefix: string, text: string, shot: string): Promise<void> {
  const rows = page.getByTestId(`${prefix}-table`).locator("tbody tr.ant-table-row", { hasText: ENTERPRISE });
  await page.getByTestId(`${prefix}-add`).click();
  await chooseOption(page, `${prefix}-form-enterprise`, ENTERPRISE);
  await field(page, `${prefix}-form-text`).fill(text);
  await page.getByTestId(`${prefix}-form-submit`).click();
  await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(1);
  expect(await rows.textContent()).toContain(text);
  await page.getByTestId(`${prefix}-form`).waitFor({ state: "hidden" });
  await screenshot(page, shot);

  await rows.getByTestId(`${prefix}-remove`).click();
  await field(page, `${prefix}-remove-form-reason`).fill("经复核不再符合条件");
  await page.getByTestId(`${prefix}-remove-form-submit`).click();
  await expect.poll(() => rows.count()).toBe(0);
}

describe("the key-supported list and the negative list in the browser", () => {
  const browser = useBrowser();

  it("lets the industry bureau add to and remove from the key-supported list", async () => {
    const page = await browser.newPage();
    await signIn(page, "jxj.operator");
    await page.getByTestId("nav-key-supported-list").click();
    await page.getByTestId("key-list-table").waitFor();
    await addAndRemove(page, "key-list", "经市政府常务会议研究确定", "key-supported-list");
  });

  it("shows 全市汽车产业重点支持企业 from the bureau's list; the enterprise form does not offer it", async () => {
    const page = await browser.newPage();
    await signIn(page, "jxj.operator");
    // Filtering by the tag asks who is on the list: the demo enterprise is, 东岳 is not.
    await page.goto("/enterprises?tag=CITY_AUTO_KEY&pageSize=50");
    const rows = page.getByTestId("enterprise-table").locator("tbody tr.ant-table-row");
    await rows.first().waitFor();
    const names = await rows.allTextContents();
    expect(names.some((row) => row.includes("十堰精工汽车零部件有限公司"))).toBe(true);
    expect(names.some((row) => row.includes(ENTERPRISE))).toBe(false);
    await rows.filter({ hasText: "十堰精工汽车零部件有限公司" }).getByTestId("enterprise-link").click();
    await page.getByTestId("enterprise-tags").getByTestId("enterprise-tag-CITY_AUTO_KEY").waitFor();

    await page.getByTestId("enterprise-edit").click();
    await page.getByTestId("enterprise-tags-key-supported-note").waitFor();
    await page.getByTestId("enterprise-add-tag").click();
    const tagSelect = page
      .locator(".ant-card", { has: page.getByTestId("enterprise-add-tag") })
      .locator(".ant-select")
      .last();
    await tagSelect.click();
    const options = (await dropdownOf(page, tagSelect)).locator(".ant-select-item-option");
    await options.first().waitFor();
    const offered = await options.allTextContents();
    expect(offered).toContain("高新技术企业");
    expect(offered).not.toContain("全市汽车产业重点支持企业");
    await page.keyboard.press("Escape");
    await screenshot(page, "enterprise-form-key-supported-note");
  });

  it("lets the re-guarantor add to and remove from the negative list", async () => {
    const page = await browser.newPage();
    await signIn(page, "zaidanbao.operator");
    await page.getByTestId("nav-negative-list").click();
    await page.getByTestId("negative-list-table").waitFor();
    expect(await page.getByTestId("negative-list-add").getAttribute("class")).toContain("dangerous");
    await addAndRemove(page, "negative-list", "代偿后未履行追偿义务", "negative-list");
  });

  it("shows both lists read-only to the finance bureau, and the region choice to the platform admin", async () => {
    const finance = await browser.newPage();
    await signIn(finance, "czj.reviewer");
    for (const [path, prefix] of [
      ["/key-supported-list", "key-list"],
      ["/negative-list", "negative-list"],
    ] as const) {
      await finance.goto(path);
      await finance.getByTestId(`${prefix}-table`).waitFor();
      expect(await finance.getByTestId(`${prefix}-add`).count()).toBe(0);
    }
    const admin = await browser.newPage();
    await signIn(admin, "platform.admin");
    await admin.goto("/key-supported-list");
    await admin.getByTestId("key-list-region").waitFor();
    expect(await admin.getByTestId("key-list-add").count()).toBe(0);
  });
});
