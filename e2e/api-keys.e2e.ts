import { request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { BASE_URL, screenshot, signIn, useBrowser } from "./support/browser";

/** What a bank's system gets when it calls the API with the key (no session cookie involved). */
async function statusWithKey(key: string): Promise<number> {
  const client = await request.newContext({ baseURL: BASE_URL });
  try {
    const response = await client.get("/api/v1/applications", {
      headers: { authorization: `Bearer ${key}` },
    });
    return response.status();
  } finally {
    await client.dispose();
  }
}

describe("a bank admin's API keys in the browser", () => {
  const browser = useBrowser();

  it("creates a key that is shown once, lists it by its prefix, and revokes it", async () => {
    const page = await browser.newPage();
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await signIn(page, "icbc.admin");
    await page.getByTestId("nav-api-keys").click();
    await page.getByTestId("api-key-table").waitFor();

    await page.getByTestId("api-key-create").click();
    await page.getByTestId("api-key-name").fill("信贷管理系统");
    await page.getByTestId("api-key-form-submit").click();
    const secret = page.getByTestId("api-key-secret");
    await secret.waitFor();
    const key = await secret.inputValue();
    expect(key).toMatch(/^crk_/);
    expect(await page.getByTestId("api-key-created").textContent()).toContain("只显示这一次");
    await page.getByTestId("api-key-copy").click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(key);
    await screenshot(page, "api-key-created");
    expect(await statusWithKey(key)).toBe(200);

    await page.getByTestId("api-key-created-close").click();
    await page.getByTestId("api-key-created").waitFor({ state: "detached" });
    // From now on only the prefix is shown, never the key.
    const row = page.locator(`tr[data-prefix="${key.slice(0, 10)}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain("信贷管理系统");
    expect(await row.textContent()).toContain("icbc.admin");
    expect(await page.getByTestId("api-key-table").textContent()).not.toContain(key);

    await row.getByTestId("api-key-revoke").click();
    await page.getByTestId("api-key-revoke-confirm").click();
    await expect.poll(() => row.getByTestId("api-key-status").getAttribute("data-revoked")).toBe("true");
    expect(await row.getByTestId("api-key-revoke").count()).toBe(0);
    expect(await statusWithKey(key)).toBe(401);
    await screenshot(page, "api-keys");
  });

  it("is not offered to the bank's operators", async () => {
    const page = await browser.newPage();
    await signIn(page, "icbc.operator");
    expect(await page.getByTestId("nav-api-keys").count()).toBe(0);
    await page.goto("/api-keys");
    // The page renders once its language's text has arrived, which may be after the load event.
    await page.locator(".ant-result-403").waitFor();
    expect(await page.locator(".ant-result-403").count()).toBe(1);
  });
});
