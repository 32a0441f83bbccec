import { type APIRequestContext, request } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { BASE_URL, DEMO_PASSWORD, screenshot, signIn, textLines, useBrowser } from "./support/browser";

const contexts: APIRequestContext[] = [];

/** A signed-in API client, for the payment chain whose pages are not part of this journey. */
async function apiAs(username: string) {
  const client = await request.newContext({ baseURL: BASE_URL });
  contexts.push(client);
  const signedIn = await client.post("/api/v1/auth/sign-in", { data: { username, password: DEMO_PASSWORD } });
  const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
  return {
    get: async (path: string) => (await client.get(path)).json(),
    post: (path: string, data: unknown) =>
      client.post(path, { data, headers: { "x-csrf-token": csrfToken } }),
  };
}

/** Submit, both bureaus, the city government, then the guarantor pays: the chain of seed 002 art. 11(8). */
async function approveAndPay(paymentId: string): Promise<void> {
  const path = `/api/v1/fund-payments/${paymentId}`;
  for (const [username, action] of [
    ["danbao.reviewer", "submit"],
    ["czj.reviewer", "finance-approve"],
    ["jxj.reviewer", "industry-approve"],
    ["szf.reviewer", "city-approve"],
  ] as const) {
    const client = await apiAs(username);
    const { version } = await client.get(path);
    expect((await client.post(`${path}/actions`, { action, version, opinion: "同意" })).status()).toBe(200);
  }
  const guarantor = await apiAs("danbao.reviewer");
  const { version, lines } = await guarantor.get(path);
  const paid = await guarantor.post(`${path}/actions`, {
    action: "execute",
    version,
    idempotencyKey: `e2e-${paymentId}`,
    // The bank's transfer reference (流水号) of each line paid.
    transfers: lines.map((line: { id: string; lineNo: number }) => ({
      lineId: line.id,
      transferReference: `E2E-${paymentId.slice(0, 8)}-${line.lineNo}`,
    })),
  });
  expect(paid.status()).toBe(200);
}

/**
 * Default → compensation → recourse on the demo data: 湖北银行 claims on its overdue loan; the guarantee
 * group compensates 工商银行's claimed 1,000,000.00 (4321), the fund pays its 250,000.00 through the
 * chain, and the guarantor records a recovery of 100,000.00 that is shared 50,000 / 18,750 / 31,250.
 */
describe("default, compensation and recourse in the browser", () => {
  const browser = useBrowser();
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.dispose()));
  });

  it("lets a bank claim compensation on its overdue loan and shows the split", async () => {
    const page = await browser.newPage();
    await signIn(page, "hbbank.operator");
    await page.getByTestId("nav-default-claims").click();
    const loans = page.getByTestId("claimable-loans");
    await loans.locator("tbody tr.ant-table-row").first().waitFor();
    expect(await loans.textContent()).toContain("800,000.00");
    await loans.getByTestId("claim-open").first().click();
    await page.getByTestId("claim-form").waitFor();
    // Prefilled with the outstanding principal, shown with separators (the form sends "800000.00").
    expect(await page.getByTestId("claim-loss").inputValue()).toBe("800,000.00");
    await page.getByTestId("claim-reason").fill("借款人2026-06-20到期未偿还本金800,000.00元,经催收无果");
    await screenshot(page, "default-claim");
    await page.getByTestId("claim-submit").click();

    await page.getByTestId("default-case-header").waitFor();
    expect(await page.getByTestId("default-case-status").getAttribute("data-status")).toBe("CLAIMED");
    const split = page.getByTestId("default-case-split");
    expect(await split.textContent()).toContain("320,000.00");
    expect(await split.getByTestId("working-amount").textContent()).toBe("200,000.00");
    expect(await page.getByTestId("split-to-bank").textContent()).toBe("640,000.00");
    expect(await page.getByTestId("split-bank-keeps").textContent()).toContain("160,000.00");
    expect(await page.getByTestId("action-compensate").count()).toBe(0);
    await screenshot(page, "default-case-claimed");
  });

  it("has the guarantor compensate, the fund pay its part and a recovery shared out", async () => {
    const page = await browser.newPage();
    await signIn(page, "danbao.operator");
    await page.getByTestId("nav-default-cases").click();
    const table = page.getByTestId("default-case-table");
    await table.locator("tbody tr.ant-table-row").nth(1).waitFor();
    // On a 1366-wide laptop the many columns are narrow, yet a date never breaks at its hyphens.
    await page.setViewportSize({ width: 1366, height: 768 });
    const dates = table.locator("tbody td").filter({ hasText: /^\d{4}-\d{2}-\d{2}$/ });
    await expect.poll(() => dates.count()).toBeGreaterThan(1);
    expect(new Set(await textLines(dates))).toEqual(new Set([1]));
    await screenshot(page, "default-cases");
    await table.locator("tr", { hasText: "中国工商银行十堰分行" }).getByTestId("default-case-link").click();
    await page.getByTestId("default-case-header").waitFor();
    const split = page.getByTestId("default-case-split");
    expect(await split.getByTestId("working-amount").textContent()).toBe("250,000.00");
    expect(await split.textContent()).toContain("150,000.00");

    await page.getByTestId("action-compensate").click();
    await page.getByTestId("compensate-submit").click();
    await expect
      .poll(() => page.getByTestId("default-case-status").getAttribute("data-status"))
      .toBe("COMPENSATED");
    expect(await page.getByTestId("default-case-payment-status").getAttribute("data-status")).toBe("DRAFT");
    expect(await page.getByTestId("action-record-recovery").count()).toBe(0);

    const caseId = page.url().split("/").pop() ?? "";
    const guarantor = await apiAs("danbao.operator");
    const { payment } = await guarantor.get(`/api/v1/default-cases/${caseId}`);
    await approveAndPay(payment.id);

    await page.reload();
    await expect
      .poll(() => page.getByTestId("default-case-payment-status").getAttribute("data-status"))
      .toBe("PAID");
    await page.getByTestId("action-record-recovery").click();
    await page.getByTestId("recovery-amount").fill("100000.00");
    await page.getByTestId("recovery-submit").click();
    const recoveries = page.getByTestId("default-case-recoveries");
    await recoveries.locator("tbody tr.ant-table-row").first().waitFor();
    expect(await recoveries.getByTestId("recovery-reguarantor").textContent()).toBe("50,000.00");
    expect(await recoveries.getByTestId("recovery-guarantor").textContent()).toBe("18,750.00");
    expect(await recoveries.getByTestId("recovery-fund").textContent()).toBe("31,250.00");
    expect(await page.getByTestId("recovered-total").textContent()).toBe("100,000.00");
    await screenshot(page, "default-case-recovered");
  });

  it("shows the re-guarantor its region's cases without any action", async () => {
    const page = await browser.newPage();
    await signIn(page, "zaidanbao.reviewer");
    await page.getByTestId("nav-default-cases").click();
    const table = page.getByTestId("default-case-table");
    await table.locator("tbody tr.ant-table-row").nth(1).waitFor();
    await table.locator("tr", { hasText: "中国工商银行十堰分行" }).getByTestId("default-case-link").click();
    await page.getByTestId("default-case-header").waitFor();
    expect(await page.getByTestId("recovered-total").textContent()).toBe("100,000.00");
    expect(await page.getByTestId("action-record-recovery").count()).toBe(0);
  });

  it("has the guarantor's reviewer reverse the recovery, struck through with its reason", async () => {
    const page = await browser.newPage();
    await signIn(page, "danbao.reviewer");
    await page.getByTestId("nav-default-cases").click();
    const table = page.getByTestId("default-case-table");
    await table.locator("tbody tr.ant-table-row").nth(1).waitFor();
    await table.locator("tr", { hasText: "中国工商银行十堰分行" }).getByTestId("default-case-link").click();
    const recoveries = page.getByTestId("default-case-recoveries");
    await recoveries.getByTestId("recovery-reverse").click();
    await page.getByTestId("recovery-reversal-reason").fill("银行回单金额录入有误,应为10,000.00元");
    await page.getByTestId("recovery-reversal-submit").click();
    await expect.poll(() => page.getByTestId("recovered-total").textContent()).toBe("0.00");
    const reversed = recoveries.locator("tr[data-reversed='true']");
    expect(await reversed.getByTestId("recovery-reversed-reason").textContent()).toContain(
      "银行回单金额录入有误",
    );
    expect(await reversed.locator("del").count()).toBeGreaterThan(0);
    expect(await recoveries.textContent()).toContain("-31,250.00");
    expect(await recoveries.getByTestId("recovery-reverse").count()).toBe(0);
    expect(await page.getByTestId("default-case-history").textContent()).toContain("冲正追偿款");
    await screenshot(page, "default-case-recovery-reversed");
  });

  it("lets the bank withdraw its claim before the guarantor compensates it", async () => {
    const page = await browser.newPage();
    await signIn(page, "hbbank.operator");
    await page.getByTestId("nav-default-cases").click();
    const table = page.getByTestId("default-case-table");
    await table.locator("tbody tr.ant-table-row").first().waitFor();
    await table.locator("tr", { hasText: "湖北银行十堰分行" }).getByTestId("default-case-link").click();
    await page.getByTestId("action-withdraw").click();
    await page.getByTestId("withdraw-submit").click();
    // The reason is required.
    await page.getByTestId("withdraw-modal").getByText("请填写此项").waitFor();
    await page.getByTestId("withdraw-reason").fill("借款人已筹措资金归还逾期本金,撤回代偿申请");
    await page.getByTestId("withdraw-submit").click();
    await expect
      .poll(() => page.getByTestId("default-case-status").getAttribute("data-status"))
      .toBe("WITHDRAWN");
    expect(await page.getByTestId("default-case-withdrawn").textContent()).toContain(
      "借款人已筹措资金归还逾期本金",
    );
    expect(await page.getByTestId("action-withdraw").count()).toBe(0);
    expect(await page.getByTestId("default-case-history").textContent()).toContain("撤回代偿申请");
    await screenshot(page, "default-case-withdrawn");
  });
});
