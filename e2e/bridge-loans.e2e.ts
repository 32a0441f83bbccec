import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chooseOption, screenshot, signIn, typeDate, useBrowser } from "./support/browser";

// Issue 13 point 3's journey: 重庆渝江精密机械 asks the bridge fund to repay a maturing loan and sees its
// ceiling (with the reason) and the fee before sending; the lending bank uploads its written commitment to
// renew; the fund's manager approves and pays the bank; the bank records the renewal and the money back,
// and everyone reads the fee with its working. The demo's overdue bridge carries its flag.
describe("a bridge loan from request to return with its fee", () => {
  const browser = useBrowser();
  const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(512, 0x20), Buffer.from("\n%%EOF\n")]);
  const CONTRACT = `JH-E2E-${Date.now().toString(36).toUpperCase()}`;
  // The platform's business date is China's.
  const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" }).format(new Date());
  const inDays = (days: number) =>
    new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

  const rowOf = (page: Page): Locator =>
    page.getByTestId("bridge-loans").locator("tr", { hasText: CONTRACT });
  const stateOf = (row: Locator) => row.getByTestId("bridge-state").getAttribute("data-state");
  const openList = async (page: Page, username: string) => {
    await signIn(page, username);
    await page.getByTestId("nav-bridge-loans").click();
    await page.getByTestId("nav-bridge-loan-list").click();
  };

  it("the enterprise sees its ceiling with the reason and the fee preview, then requests", async () => {
    const page = await browser.newPage();
    await signIn(page, "cqenterprise.operator");
    await page.getByTestId("nav-bridge-loans").click();
    await page.getByTestId("nav-bridge-loan-request").click();
    await chooseOption(page, "bridge-bank", "中国建设银行重庆市分行");
    await page.getByTestId("bridge-contract").fill(CONTRACT);
    await typeDate(page, "bridge-maturity", inDays(10));
    await page.getByTestId("bridge-maturing-amount").fill("6000000.00");
    await page.getByTestId("bridge-amount").fill("5000000.00");
    await page.getByTestId("bridge-quote").click();
    const quote = page.getByTestId("bridge-quote-result");
    await quote.waitFor();
    const ceiling = await quote.getByTestId("bridge-ceiling").textContent();
    // 重庆渝江精密机械 is a small enterprise: the seed's group ceiling, with its reason.
    expect(ceiling).toBe("80,000,000.00 元(中小微企业,适用最高限额)");
    const preview = (await (
      await page.request.post("/api/v1/bridge-loans/quote", {
        data: { fundId: await fundId(page), amount: "5000000.00" },
        headers: { "x-csrf-token": await csrf(page) },
      })
    ).json()) as { fee: string };
    expect(await quote.getByTestId("bridge-fee").textContent()).toBe(
      Number(preview.fee).toLocaleString("en-US", { minimumFractionDigits: 2 }),
    );
    await screenshot(page, "bridge-loan-request");
    await page.getByTestId("bridge-submit").click();
    await rowOf(page).waitFor();
    expect(await stateOf(rowOf(page))).toBe("REQUESTED");
  });

  it("the bank uploads its written commitment to renew", async () => {
    const page = await browser.newPage();
    await openList(page, "cqbank.operator");
    const row = rowOf(page);
    await row.getByTestId("bridge-commit").click();
    await page
      .locator(".ant-modal")
      .locator('input[type="file"]')
      .setInputFiles({ name: "续贷承诺函.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByTestId("bridge-letter-name").waitFor();
    expect(await page.getByTestId("bridge-renewal-amount").inputValue()).toBe("6,000,000.00");
    await typeDate(page, "bridge-expected-on", inDays(5));
    await page.getByTestId("bridge-commit-submit").click();
    await expect.poll(() => stateOf(rowOf(page)), { timeout: 15_000 }).toBe("COMMITTED");
    await screenshot(page, "bridge-loan-bank-committed");
  });

  it("the fund's manager approves and pays the bank; the overdue bridge is flagged", async () => {
    const page = await browser.newPage();
    await openList(page, "cqdanbao.reviewer");
    await rowOf(page).getByTestId("bridge-approve").click();
    await page.getByTestId("bridge-approve-opinion").fill("续贷承诺齐备,资金池余额充足");
    await page.getByTestId("bridge-approve-submit").click();
    await expect.poll(() => stateOf(rowOf(page)), { timeout: 15_000 }).toBe("APPROVED");
    await rowOf(page).getByTestId("bridge-pay").click();
    await page.getByTestId("bridge-pay-submit").click();
    await expect.poll(() => stateOf(rowOf(page)), { timeout: 15_000 }).toBe("PAID");
    // The demo's bridge paid weeks ago and not back: flagged and escalated.
    const flags = page.getByTestId("bridge-loans").getByTestId("bridge-overdue");
    await flags.first().waitFor();
    expect(await flags.first().getAttribute("data-level")).toBe("2");
    expect(await flags.first().textContent()).toMatch(/逾期 \d+ 天·已上报/);
    await screenshot(page, "bridge-loan-fund-paid");
  });

  it("the bank records the renewal and the return; the fee is shown with its working", async () => {
    const page = await browser.newPage();
    await openList(page, "cqbank.operator");
    await rowOf(page).getByTestId("bridge-return").click();
    await page.getByTestId("bridge-return-submit").click();
    await expect.poll(() => stateOf(rowOf(page)), { timeout: 15_000 }).toBe("RETURNED");
    await rowOf(page).getByTestId("bridge-open").click();
    const working = page.getByTestId("bridge-fee-working");
    await working.waitFor();
    const listed = (await (await page.request.get("/api/v1/bridge-loans?state=RETURNED")).json()) as {
      contractNo: string;
      fee: string;
      feeWorking: { days: number; periods: unknown[]; waived: string | null };
    }[];
    const mine = listed.find((loan) => loan.contractNo === CONTRACT);
    // Paid and returned the same day: one day of use.
    expect(mine?.feeWorking.days).toBe(1);
    expect(await working.getByTestId("bridge-fee").textContent()).toBe(
      Number(mine?.fee).toLocaleString("en-US", { minimumFractionDigits: 2 }),
    );
    if (!mine?.feeWorking.waived) await working.getByTestId("bridge-fee-periods").waitFor();
    const history = await page.getByTestId("bridge-history").textContent();
    for (const step of ["企业申请", "银行出具续贷承诺", "资金管理人批准", "支付银行", "归还资金及使用费"])
      expect(history).toContain(step);
    await screenshot(page, "bridge-loan-returned");
  });

  it("the finance bureau changes the fund's days of use as a new version; a rate above its maximum is refused on its field", async () => {
    const page = await browser.newPage();
    await openList(page, "cqczj.operator");
    await page.getByTestId("bridge-fund-rules").filter({ hasText: "重庆市应急转贷资金" }).click();
    const version = page.getByTestId("bridge-rules-version");
    await version.waitFor({ state: "attached" });
    const before = Number(await version.getAttribute("data-version"));
    const days = page.getByTestId("bridge-rules-max-days");
    const oldDays = Number(await days.inputValue());
    // Within the rule's 1 to 60 working days whatever the demo starts from.
    const newDays = oldDays < 60 ? oldDays + 1 : oldDays - 1;
    await days.fill(String(newDays));
    await page.getByTestId("bridge-rules-note").fill("按资金池周转情况调整使用期限");
    await page.getByTestId("bridge-rules-save").click();
    await expect
      .poll(() => version.getAttribute("data-version"), { timeout: 15_000 })
      .toBe(String(before + 1));
    expect(await days.inputValue()).toBe(String(newDays));
    const newest = page.getByTestId("bridge-rule-versions").locator("tbody tr").first();
    expect(await newest.textContent()).toContain("按资金池周转情况调整使用期限");

    await page.getByTestId("bridge-rules-daily-rate").fill("2");
    await page.getByTestId("bridge-rules-note").fill("日费率调高");
    await page.getByTestId("bridge-rules-save").click();
    const rateItem = page.locator(".ant-form-item", { has: page.getByTestId("bridge-rules-daily-rate") });
    const rateError = rateItem.locator(".ant-form-item-explain-error");
    await rateError.waitFor();
    expect(await rateError.textContent()).toContain("须在 0% 至 1% 之间");
    // Refused: still the version just saved.
    expect(await version.getAttribute("data-version")).toBe(String(before + 1));
    await screenshot(page, "bridge-fund-rules");
  });
});

async function fundId(page: Page): Promise<string> {
  const funds = (await (await page.request.get("/api/v1/bridge-funds")).json()) as { id: string }[];
  return funds[0]?.id ?? "";
}

async function csrf(page: Page): Promise<string> {
  const me = (await (await page.request.get("/api/v1/auth/me")).json()) as { csrfToken: string };
  return me.csrfToken;
}
