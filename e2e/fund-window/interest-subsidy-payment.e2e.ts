import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { dateInputs, screenshot, signIn, useBrowser } from "../support/browser";
import {
  act,
  fenOf,
  figure,
  openFromWorklist,
  openFundMenu,
  openWorklistPayment,
  statusOf,
} from "../support/fund";

/** A small PDF that passes the upload's content check, standing in for a scanned voucher. */
const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(2048, 0x20), Buffer.from("\n%%EOF\n")]);
const VOUCHERS = [
  ["LOAN_VOUCHER", "借款凭证.pdf"],
  ["INTEREST_VOUCHER", "结息凭证.pdf"],
  ["REPAYMENT_VOUCHER", "还款凭证.pdf"],
] as const;

const GUARANTOR_OPINION = "经核算,该笔贷款按期结息、到期结清,应贴息81,277.78元,与申请一致,同意报送。";
const SUBSIDY_FEN = 8_127_778n;

const claimRow = (page: Page, claimId: string) => page.locator(`tr[data-claim-id="${claimId}"]`);

/**
 * The seed's own loan (5,000,000.00 from 2025-03-10, 2,000,000.00 repaid 2025-09-10, settled 2026-03-10)
 * on 2027-04-15, inside its window: 十堰精工 files its 贴息表 with the vouchers, the guarantee group checks
 * 81,277.78 (184 days on 5,000,000.00, 181 on 3,000,000.00) and sends it through the chain of seed 002
 * art. 11(8) on the payment pages; the enterprise then sees it paid and the fund's books show it.
 */
describe("an interest-subsidy claim from the 贴息表 to the payment, in the window", () => {
  const browser = useBrowser();
  let claimId = "";
  let paymentId = "";
  let cashBefore = 0n;

  it("lets the enterprise fill its 贴息表, attach the three vouchers and submit", async () => {
    const page = await browser.newPage();
    await signIn(page, "enterprise.operator");
    await page.getByTestId("nav-interest-subsidy").click();
    await expect.poll(() => page.getByTestId("subsidy-today").textContent()).toContain("2027-04-15");
    const seedLoan = page.getByTestId("subsidy-loans").locator("tr", { hasText: "81,277.78" });
    // The registry's figures are held back until the enterprise has typed its address.
    const registry = "**/api/v1/enterprises/*";
    let releaseRegistry = () => {};
    const registryHeld = new Promise<void>((resolve) => {
      releaseRegistry = resolve;
    });
    await page.route(registry, async (route) => {
      await registryHeld;
      await route.continue();
    });
    await seedLoan.getByTestId("subsidy-apply").click();

    await page.getByTestId("claim-apply-header").waitFor();
    expect(await page.getByTestId("apply-computed").textContent()).toBe("81,277.78");
    const address = "湖北省十堰市张湾区车城西路 18 号";
    await page.getByTestId("claim-address").fill(address);
    releaseRegistry();
    // The registry's figures then fill the other fields, and leave what the enterprise typed alone.
    await expect.poll(() => page.getByTestId("claim-legal").inputValue()).not.toBe("");
    expect(await page.getByTestId("claim-address").inputValue()).toBe(address);
    await page.unroute(registry);
    // The enterprise then confirms or corrects each field.
    const fields: [string, string][] = [
      ["claim-address", address],
      ["claim-legal", "陈志强"],
      ["claim-phone", "0719-8123456"],
      ["claim-contact-name", "李红"],
      ["claim-contact-phone", "13907191234"],
      ["claim-amount", "81277.78"],
      ["claim-business", "2026 年营业收入 2.5 亿元,同比增长 8%;转向节产线完成智能化改造。"],
      ["claim-opinion", "我公司“产供强链贷”已按期结息、于2026年3月10日结清,特申请贷款贴息。"],
    ];
    for (const [testId, value] of fields) await page.getByTestId(testId).fill(value);
    // An AutoComplete of the registry's accounts: the input inside it takes the text.
    await page
      .getByTestId("claim-bank-account")
      .locator("input")
      .fill("中国工商银行十堰分行 4203000000000001");
    await page.keyboard.press("Escape");

    // Without the vouchers the 贴息表 is refused, and nothing is filed.
    await page.getByTestId("claim-submit").click();
    await page.getByTestId("claim-apply-error").waitFor();
    expect(page.url()).toContain("/interest-subsidy/apply/");

    const vouchers = page.getByTestId("claim-vouchers");
    for (const [kind, name] of VOUCHERS) {
      await page
        .getByTestId(`voucher-upload-${kind}`)
        .locator("input[type=file]")
        .setInputFiles({ name, mimeType: "application/pdf", buffer: PDF });
      await vouchers.getByText(name).waitFor();
    }
    expect(await vouchers.locator('[data-testid^="voucher-missing-"]').count()).toBe(0);
    await screenshot(page, "window-claim-form");

    await page.getByTestId("claim-submit").click();
    await page.getByTestId("claim-detail-header").waitFor();
    claimId = page.url().split("/").pop() ?? "";
    expect(claimId).not.toBe("");
    const status = page.getByTestId("claim-detail-status");
    expect(await status.getAttribute("data-status")).toBe("SUBMITTED");
    expect(await status.textContent()).toContain("已提交");
    expect(await page.getByTestId("claim-claimed").textContent()).toBe("81,277.78");
    await screenshot(page, "window-claim-submitted");
  }, 120_000);

  it("shows the guarantor the claim beside its working, and it starts and submits the payment", async () => {
    const page = await browser.newPage();
    await signIn(page, "danbao.reviewer");
    await page.getByTestId("nav-interest-subsidy-accounting").click();
    await page.getByRole("tab", { name: "企业申请" }).click();
    const row = claimRow(page, claimId);
    await row.waitFor();
    expect(await row.getByTestId("claim-status").getAttribute("data-status")).toBe("SUBMITTED");
    // Claimed 81,277.78 beside the 81,277.78 computed from the bank's records: no difference.
    expect((await row.textContent())?.match(/81,277\.78/g)).toHaveLength(2);
    expect(await row.getByTestId("claim-difference").textContent()).toBe("0.00");
    await row.locator(".ant-table-row-expand-icon").click();
    const working = page.getByTestId("accounting-claims").getByTestId("line-working");
    await working.waitFor();
    const periods = await working.locator("tbody tr.ant-table-row").allTextContents();
    expect(periods).toEqual([
      expect.stringMatching(/^2025-03-10\s*2025-09-10\s*184\s*5,000,000.00/),
      expect.stringMatching(/^2025-09-10\s*2026-03-10\s*181\s*3,000,000.00/),
    ]);
    expect(await working.getByTestId("working-amount").textContent()).toBe("81,277.78");
    await screenshot(page, "window-accounting-claim");

    await row.locator(".ant-checkbox-input").check();
    await expect.poll(() => page.getByTestId("claims-start").textContent()).toContain("81,277.78");
    await page.getByTestId("claims-start").click();
    await page.getByTestId("payment-detail-header").waitFor();
    paymentId = page.url().split("/").pop() ?? "";
    await expect.poll(() => statusOf(page)).toBe("DRAFT");
    const line = page.getByTestId("line-working");
    await line.waitFor();
    expect(await line.getByTestId("working-amount").textContent()).toBe("81,277.78");
    expect(await line.getByTestId("working-capped").getAttribute("data-capped")).toBe("false");
    await act(page, "submit", "IN_REVIEW", { opinion: GUARANTOR_OPINION });
    await screenshot(page, "window-payment-submitted");
  }, 120_000);

  it("has the finance and industry bureaus approve it", async () => {
    const finance = await browser.newPage();
    await signIn(finance, "czj.reviewer");
    await openFundMenu(finance, "fund-overview");
    await finance.getByTestId("fund-accounts").locator('tr[data-kind="FUND_CASH"]').waitFor();
    cashBefore = fenOf(await figure(finance, "cash"));
    expect(cashBefore).toBeGreaterThan(SUBSIDY_FEN);

    await openWorklistPayment(finance, paymentId, "window-payments-worklist-czj");
    // The bureau sees what it approves: the line links the claim, its 贴息表 and its three vouchers.
    const source = finance
      .getByTestId("payment-lines")
      .locator('tr[data-line-no="1"]')
      .getByTestId("line-source");
    expect(await source.getByTestId("line-source-claim").getAttribute("href")).toBe(
      `/interest-subsidy/claims/${claimId}`,
    );
    expect(await source.getByTestId("line-source-form").getAttribute("href")).toBe(
      `/api/v1/interest-subsidy/claims/${claimId}/form`,
    );
    expect(await source.getByTestId("line-source-voucher").count()).toBe(3);
    await screenshot(finance, "window-payment-line-links");
    await act(finance, "finance-approve", "IN_REVIEW", { opinion: "经审核,贴息测算无误,同意。" });
    await expect
      .poll(() => finance.getByTestId("payment-finance-review").getAttribute("data-state"))
      .toBe("APPROVED");

    const industry = await browser.newPage();
    await openFromWorklist(industry, "jxj.reviewer", paymentId);
    await act(industry, "industry-approve", "AWAITING_APPROVAL", {
      opinion: "符合产供强链贷贴息条件,同意。",
    });
    await screenshot(industry, "window-payment-bureaus");
  }, 120_000);

  it("has the city government approve it and the guarantor pay it", async () => {
    const city = await browser.newPage();
    await openFromWorklist(city, "szf.reviewer", paymentId);
    await act(city, "city-approve", "APPROVED", { opinion: "同意从强链补链专项资金拨付。" });

    const guarantor = await browser.newPage();
    await openFromWorklist(guarantor, "danbao.reviewer", paymentId);
    await act(guarantor, "execute", "PAID", { transferReferences: ["ICBC2027052000017"] });
    await expect.poll(() => guarantor.getByTestId("payment-paid-lines").textContent()).toBe("已拨付 1/1 笔");
    // Created and paid on the pinned business date, as the claim was filed.
    expect(await guarantor.getByTestId("payment-paid-on").textContent()).toBe("2027-04-15");
    expect(await guarantor.getByTestId("line-transfer-reference").textContent()).toContain(
      "ICBC2027052000017",
    );
    const actions = await guarantor
      .getByTestId("payment-timeline-item")
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.action));
    expect(actions).toEqual([
      "create",
      "submit",
      "finance-approve",
      "industry-approve",
      "city-approve",
      "execute",
      "paid",
    ]);
    await screenshot(guarantor, "window-payment-paid");
  }, 120_000);

  it("shows the enterprise its claim paid and the 贴息表 with the guarantee group's opinion", async () => {
    const page = await browser.newPage();
    await signIn(page, "enterprise.operator");
    await page.getByTestId("nav-interest-subsidy").click();
    const row = claimRow(page, claimId);
    await expect.poll(() => row.getByTestId("claim-status").getAttribute("data-status")).toBe("PAID");
    expect(await row.getByTestId("claim-status").textContent()).toBe("已拨付");
    await row.getByTestId("claim-link").click();
    await page.getByTestId("claim-detail-header").waitFor();
    expect(await page.getByTestId("claim-payment-status").getAttribute("data-status")).toBe("PAID");
    const opinion = page.getByTestId("claim-guarantor-opinion");
    expect(await opinion.textContent()).toContain(GUARANTOR_OPINION);
    expect(await opinion.textContent()).toContain("十堰融资担保集团有限公司");
    await screenshot(page, "window-claim-paid");

    await page.goto((await page.getByTestId("claim-print").getAttribute("href")) ?? "");
    const printed = (await page.locator("body").textContent()) ?? "";
    expect(printed).toContain("十堰市市级“产供强链贷”贴息表");
    expect(printed).toContain("81,277.78");
    expect(printed).toContain("我公司“产供强链贷”已按期结息");
    // 市担保集团意见 is the guarantor's opinion from the payment, after the form's own heading.
    expect(printed.indexOf(GUARANTOR_OPINION)).toBeGreaterThan(printed.indexOf("市担保集团意见"));
    await screenshot(page, "window-claim-print");
  }, 120_000);

  it("shows the finance bureau the approval and the payment in its statement, reconciled", async () => {
    const page = await browser.newPage();
    await signIn(page, "czj.reviewer");
    await openFundMenu(page, "fund-statement");
    await page.getByTestId("statement-header").waitFor();
    // The browser's calendar is not the app's: the statement is of the year so far by the business date.
    const period = dateInputs(page, "statement-period");
    expect([await period.nth(0).inputValue(), await period.nth(1).inputValue()]).toEqual([
      "2027-01-01",
      "2027-04-15",
    ]);
    await expect
      .poll(() => page.getByTestId("statement-reconciliation").getAttribute("data-reconciled"))
      .toBe("true");
    const entries = page.getByTestId("statement-entries");
    // The fund's other payments of the day (the demo's rewards) post beside it: this claim's rows by amount.
    const accountOf = { PAYMENT_APPROVED: "贷款贴息支出", PAYMENT_PAID: "专项资金存款" };
    for (const [kind, account] of Object.entries(accountOf)) {
      const entry = entries.locator(`tr[data-kind="${kind}"]`, { hasText: "81,277.78" });
      await entry.waitFor();
      expect(await entry.textContent()).toContain("2027-04-15");
      expect(await entry.textContent()).toContain(account);
      expect(await entry.getByTestId("statement-payment-link").getAttribute("href")).toBe(
        `/fund/payments/${paymentId}`,
      );
    }
    await screenshot(page, "window-fund-statement");

    // The monthly report opens on the business date's month.
    await openFundMenu(page, "fund-monthly-report");
    await page.getByTestId("report-by-bank").locator("tr[data-org-id]").first().waitFor();
    expect(await dateInputs(page, "report-month").inputValue()).toBe("2027-04");
    await screenshot(page, "window-monthly-report");

    await openFundMenu(page, "fund-overview");
    await page.getByTestId("fund-accounts").locator('tr[data-kind="FUND_CASH"]').waitFor();
    await expect.poll(async () => fenOf(await figure(page, "cash"))).toBe(cashBefore - SUBSIDY_FEN);
    await screenshot(page, "window-fund-overview");
  }, 120_000);
});
