import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot, signIn, useBrowser } from "./support/browser";

const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(2048, 0x20), Buffer.from("\n%%EOF\n")]);
const statusOf = (page: Page) => page.getByTestId("application-status-tag").getAttribute("data-status");

// 重庆's 技改专项贷 asks for the project's filing before an application leaves the enterprise: the form
// says so, the draft lists it as missing, submitting without it is refused by name, and with it goes.
// The journey owns 重庆渝江's one draft, so it also sees the enterprise with nothing left waiting.
describe("required materials", () => {
  const browser = useBrowser();

  it("lets 重庆渝江 submit its draft only once the project's filing is uploaded", async () => {
    const page = await browser.newPage();
    await signIn(page, "cqenterprise.operator");
    await page.goto("/applications/new");
    await page.getByTestId("application-materials-needed").waitFor();
    expect(await page.getByTestId("application-materials-needed").textContent()).toContain(
      "技术改造项目备案证明",
    );

    await page.goto("/applications?tab=all&status=DRAFT");
    const row = page.getByTestId("application-table").locator("tr[data-application-id]").first();
    await row.waitFor();
    await row.getByTestId("application-link").click();
    await page.getByTestId("application-detail-header").waitFor();
    const material = page.getByTestId("material-TECH_PROJECT_FILING");
    await material.waitFor();
    expect(await material.getAttribute("data-attached")).toBe("false");
    await screenshot(page, "application-materials-missing");

    await page.getByTestId("action-submit").click();
    await page.getByTestId("action-modal-submit").click();
    const modal = page.getByTestId("action-modal");
    await expect.poll(() => modal.getByText(/技术改造项目备案证明/).count()).toBeGreaterThan(0);
    expect(await statusOf(page)).toBe("DRAFT");
    await page.keyboard.press("Escape");
    await modal.waitFor({ state: "detached" });

    await page
      .getByTestId("material-upload-TECH_PROJECT_FILING")
      .locator("input[type=file]")
      .setInputFiles({ name: "技改项目备案证明.pdf", mimeType: "application/pdf", buffer: PDF });
    await expect.poll(() => material.getAttribute("data-attached")).toBe("true");
    await screenshot(page, "application-materials-attached");

    await page.getByTestId("action-submit").click();
    await page.getByTestId("action-modal-submit").click();
    await page.getByTestId("action-modal").waitFor({ state: "detached" });
    await expect.poll(() => statusOf(page)).toBe("SUBMITTED");

    // That was the enterprise's only draft: nothing waits for it now, so its home page says so beside
    // its latest items, and its list opens on 全部 rather than on an empty 待我办理.
    await page.getByTestId("nav-home").click();
    await page.getByTestId("workbench-latest").locator("tr[data-kind='application']").first().waitFor();
    // The home page refreshes the workbench it last read before the submission.
    await expect
      .poll(() => page.getByTestId("workbench-waiting").textContent(), { timeout: 15_000 })
      .toContain("暂无待办事项");
    await page.getByTestId("nav-applications").click();
    const rows = page.getByTestId("application-table").locator("tr[data-application-id]");
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator(".ant-tabs-tab-active").getByTestId("application-tab-all").count()).toBe(1);
    await screenshot(page, "applications-enterprise-opens-on-all");
  });

  it("shows the platform admin the programme's required materials in its form", async () => {
    const page = await browser.newPage();
    await signIn(page, "platform.admin");
    await page.goto("/programmes/CHONGQING-JIGAI");
    await page.getByTestId("programme-edit").click();
    const materials = page.getByTestId("programme-form-materials");
    await materials.waitFor();
    expect(await materials.textContent()).toContain("技术改造项目备案证明");
    await materials.scrollIntoViewIfNeeded();
    await screenshot(page, "programme-form-materials");
    await page.close();
  });
});
