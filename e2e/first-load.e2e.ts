import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot, signIn, useBrowser } from "./support/browser";

/** One sentence of the sign-in page in each language: which dictionary a script carries. */
const INTRO_ZH = "无需登录,使用贴息与风险分担计算器";
const INTRO_EN = "Use the subsidy and risk-sharing calculators without signing in";

/**
 * Records the text of every script the page fetches from here on (the browser cache off, so all are seen);
 * `containing` waits for the bodies still being read, then names the scripts that carry `text`.
 */
async function recordScripts(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  let scripts: Promise<[string, string]>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script")
      scripts.push(response.text().then((body) => [response.url(), body]));
  });
  return {
    async containing(text: string): Promise<string[]> {
      return (await Promise.all(scripts)).filter(([, body]) => body.includes(text)).map(([url]) => url);
    },
    clear() {
      scripts = [];
    },
  };
}

/**
 * Whether the chunk of the page's own code was requested before the entry's own imports (the scripts
 * index.html names) had all arrived. Without index.html's preloader it cannot be: the router's lazy import
 * runs only once the entry and everything it imports have been fetched and run.
 */
async function requestedBesideEntry(page: Page, chunkUrl: string): Promise<boolean> {
  const html = await (await page.request.get(page.url())).text();
  const named = [
    ...html.matchAll(/<script type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => new URL(match[1] as string, page.url()).href);
  expect(named.length).toBeGreaterThan(1);
  return page.evaluate(
    ({ chunk, entryImports }) => {
      const timing = (url: string) => performance.getEntriesByName(url)[0] as PerformanceResourceTiming;
      return timing(chunk).startTime < Math.max(...entryImports.map((url) => timing(url).responseEnd));
    },
    { chunk: chunkUrl, entryImports: named },
  );
}

describe("the first load", () => {
  const browser = useBrowser();

  it("fetches the sign-in page's code beside the entry, and the text of the chosen language only", async () => {
    const page = await browser.newPage();
    const scripts = await recordScripts(page);
    await page.goto("/sign-in");
    await page.getByTestId("sign-in-submit").waitFor();
    await page.waitForLoadState("networkidle");
    expect(await page.getByTestId("sign-in-calculators-link").textContent()).toContain(INTRO_ZH);
    expect(await scripts.containing(INTRO_ZH)).toHaveLength(1);
    expect(await scripts.containing(INTRO_EN)).toEqual([]);
    const [signInChunk] = await scripts.containing("sign-in-submit");
    expect(signInChunk).toBeDefined();
    expect(await requestedBesideEntry(page, signInChunk as string)).toBe(true);
    await screenshot(page, "sign-in");

    // English is fetched when chosen, and is what a return visit loads.
    await page.getByTestId("language-en").click();
    await expect.poll(() => page.getByTestId("sign-in-calculators-link").textContent()).toContain(INTRO_EN);
    await page.waitForLoadState("networkidle");
    expect(await scripts.containing(INTRO_EN)).toHaveLength(1);
    await screenshot(page, "sign-in-en");

    scripts.clear();
    await page.reload();
    await page.getByTestId("sign-in-submit").waitFor();
    await page.waitForLoadState("networkidle");
    expect(await page.getByTestId("sign-in-calculators-link").textContent()).toContain(INTRO_EN);
    expect(await scripts.containing(INTRO_EN)).toHaveLength(1);
    expect(await scripts.containing(INTRO_ZH)).toEqual([]);
  });

  it("fetches a signed-in visitor's home page beside the entry", async () => {
    const page = await browser.newPage();
    await signIn(page, "jxj.operator");
    const scripts = await recordScripts(page);
    await page.goto("/");
    await page.getByTestId("home-welcome").waitFor();
    await page.waitForLoadState("networkidle");
    const [homeChunk] = await scripts.containing("home-welcome");
    expect(homeChunk).toBeDefined();
    expect(await requestedBesideEntry(page, homeChunk as string)).toBe(true);
    await screenshot(page, "home-first-load");
  });
});
