import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

export const BASE_URL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";
export const DEMO_PASSWORD = "Chanrong2026";
const SCREENSHOTS = join(import.meta.dirname, "..", "screenshots");

/**
 * One Chromium per journey file (Debian's, never a downloaded one), and a fresh context
 * per test so sessions do not leak between roles.
 */
export function useBrowser() {
  const state = {} as { browser: Browser; contexts: BrowserContext[] };
  beforeAll(async () => {
    state.browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
    state.contexts = [];
  });
  afterAll(async () => {
    await state.browser?.close();
  });
  return {
    async newPage(locale = "zh-CN"): Promise<Page> {
      const context = await state.browser.newContext({
        baseURL: BASE_URL,
        locale,
        viewport: { width: 1440, height: 900 },
        acceptDownloads: true,
      });
      context.setDefaultTimeout(15_000);
      state.contexts.push(context);
      return context.newPage();
    },
  };
}

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByTestId("sign-in-username").fill(username);
  await page.getByTestId("sign-in-password").fill(password);
  await page.getByTestId("sign-in-submit").click();
  await page.getByTestId("sign-out").waitFor();
}

/** Saves a full-page screenshot under e2e/screenshots/ for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // The header and menu are sticky: capture from the top, or they are drawn mid-page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Picks an option of an Ant Design Select (or AutoComplete) by its visible text. */
export async function chooseOption(page: Page, testId: string, optionText: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.keyboard.type(optionText);
  await (await dropdownOf(page, page.getByTestId(testId)))
    .locator(".ant-select-item-option", { hasText: optionText })
    .first()
    .click();
}

/**
 * The dropdown of an Ant Design Select, found by its listbox's id: another Select's dropdown still
 * animating away is never read or clicked in its place.
 */
export async function dropdownOf(page: Page, select: Locator): Promise<Locator> {
  const id = await select.locator('input[role="combobox"]').getAttribute("id");
  return page.locator(".ant-select-dropdown", { has: page.locator(`[id="${id}_list"]`) });
}

/** The inputs of an Ant Design DatePicker (one) or RangePicker (two), which carry its test id or sit inside it. */
export const dateInputs = (page: Page, testId: string): Locator =>
  page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`);

/** Types a date into an Ant Design DatePicker. */
export async function typeDate(page: Page, testId: string, date: string): Promise<void> {
  const input = dateInputs(page, testId);
  await input.click();
  await input.fill(date);
  await input.press("Enter");
}

/** How many lines each matching element's text takes (a value that wraps mid-value takes two). */
export const textLines = (locator: Locator): Promise<number[]> =>
  locator.evaluateAll((elements) =>
    elements.map((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top))).size;
    }),
  );
