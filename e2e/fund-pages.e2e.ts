import { describe, expect, it } from "vitest";
import { screenshot, signIn, useBrowser } from "./support/browser";
import { act, fenOf, figure, openFromWorklist, openFundMenu, statusOf } from "./support/fund";

/**
 * The fund's own pages on the demo data: the finance bureau appropriates (once, however often it
 * clicks) and reverses; a guarantee-fee payment goes through the whole chain on the payment pages;
 * the statement reconciles and the monthly report counts the payment.
 */
describe("the special fund's pages in the browser", () => {
  const browser = useBrowser();
  let paymentId = "";

  it("lets the finance bureau record an appropriation once, however often it clicks, and reverse it", async () => {
    const page = await browser.newPage();
    await signIn(page, "czj.reviewer");
    await openFundMenu(page, "fund-overview");
    await page.getByTestId("fund-overview-header").waitFor();
    await page.getByTestId("fund-accounts").locator('tr[data-kind="FUND_CASH"]').waitFor();
    const before = fenOf(await figure(page, "cash"));
    expect(before).toBeGreaterThan(0n);

    await page.getByTestId("appropriation-create").click();
    await page.getByTestId("appropriation-amount").fill("500000.00");
    await page.getByTestId("appropriation-memo").fill("2026年度追加预算(页面测试)");
    await screenshot(page, "fund-appropriation-form");
    await page.getByTestId("appropriation-submit").dblclick();
    await page.getByTestId("appropriation-modal").waitFor({ state: "detached" });
    await expect.poll(async () => fenOf(await figure(page, "cash"))).toBe(before + 50_000_000n);
    const rows = page.getByTestId("fund-appropriations").locator("tr", { hasText: "追加预算(页面测试)" });
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.textContent()).toContain("500,000.00");
    await screenshot(page, "fund-overview");

    await rows.getByTestId("appropriation-reverse").click();
    await page.getByTestId("reversal-reason").fill("重复录入,予以冲正");
    await page.getByTestId("reversal-submit").click();
    await page.getByTestId("reversal-modal").waitFor({ state: "detached" });
    await rows.getByTestId("appropriation-reversed").waitFor();
    await expect.poll(async () => fenOf(await figure(page, "cash"))).toBe(before);
  });

  it("shows the guarantor the fund without the finance bureau's buttons", async () => {
    const page = await browser.newPage();
    await signIn(page, "danbao.reviewer");
    await page.goto("/fund");
    await page.getByTestId("fund-accounts").locator('tr[data-kind="FUND_CASH"]').waitFor();
    expect(await page.getByTestId("appropriation-create").count()).toBe(0);
    expect(await page.getByTestId("appropriation-reverse").count()).toBe(0);
    await screenshot(page, "fund-overview-guarantor");
  });

  it("takes a guarantee-fee payment through the chain on its pages, with the working shown", async () => {
    const guarantor = await browser.newPage();
    await signIn(guarantor, "danbao.reviewer");
    // The 2024 fee subsidy (the demo's loan of 2024-06-18), applied for through the fee-subsidy API.
    const { csrfToken } = await (await guarantor.request.get("/api/v1/auth/me")).json();
    const [fund] = await (await guarantor.request.get("/api/v1/funds")).json();
    const created = await guarantor.request.post(`/api/v1/funds/${fund.id}/fee-subsidy`, {
      data: { year: 2024 },
      headers: { "x-csrf-token": csrfToken },
    });
    expect(created.status()).toBe(201);
    paymentId = (await created.json()).paymentId;

    await guarantor.goto(`/fund/payments/${paymentId}`);
    await expect.poll(() => statusOf(guarantor)).toBe("DRAFT");
    await act(guarantor, "submit", "IN_REVIEW", {
      opinion: "经核算,2024年度担保费补贴16,416.67元,报送审核。",
    });

    const finance = await browser.newPage();
    await openFromWorklist(finance, "czj.reviewer", paymentId, "fund-payments-worklist-czj");
    // One line: its working is open, every period with days and principal, the cap and the rounding.
    const working = finance.getByTestId("line-working");
    await working.waitFor();
    expect(await working.getByTestId("working-amount").textContent()).toBe("16,416.67");
    expect(await working.textContent()).toContain("2024-06-18");
    expect(await working.textContent()).toContain("197");
    expect(await working.textContent()).toContain("3,000,000.00");
    expect(await working.textContent()).toContain("四舍五入到分,只舍入一次");
    expect(await working.getByTestId("working-capped").getAttribute("data-capped")).toBe("false");
    // An approval needs an opinion: the modal says so and nothing is sent.
    await finance.getByTestId("payment-action-finance-approve").click();
    await finance.getByTestId("payment-action-confirm").click();
    await finance.getByText("必填").waitFor();
    await screenshot(finance, "fund-payment-review");
    await finance.getByTestId("payment-action-opinion").fill("经审核,补贴测算无误,同意。");
    await finance.getByTestId("payment-action-confirm").click();
    await finance.getByTestId("payment-action-modal").waitFor({ state: "detached" });
    await expect
      .poll(() => finance.getByTestId("payment-finance-review").getAttribute("data-state"))
      .toBe("APPROVED");

    const industry = await browser.newPage();
    await openFromWorklist(industry, "jxj.reviewer", paymentId);
    await act(industry, "industry-approve", "AWAITING_APPROVAL", { opinion: "同意。" });

    const city = await browser.newPage();
    await openFromWorklist(city, "szf.reviewer", paymentId, "fund-payments-worklist-szf");
    await screenshot(city, "fund-payment-city");
    await act(city, "city-approve", "APPROVED", { opinion: "同意从强链补链专项资金拨付。" });

    await guarantor.reload();
    // Paying: the guarantor sees the payee's account and must record the bank's 流水号 of the line.
    await guarantor.getByTestId("payment-action-execute").click();
    const transfers = guarantor.getByTestId("payment-transfers");
    await transfers.waitFor();
    expect(await transfers.getByTestId("payee-account-number").textContent()).toBe("1810020109200087126");
    expect(await transfers.getByTestId("payee-account").textContent()).toContain(
      "中国工商银行十堰分行营业部",
    );
    await guarantor.getByTestId("payment-action-confirm").click();
    await guarantor.getByTestId("payment-action-modal").getByText("必填").waitFor();
    await guarantor.getByTestId("payment-transfer-reference-1").fill("ICBC2026120500001");
    await guarantor.getByTestId("payment-action-modal").getByText("必填").waitFor({ state: "detached" });
    await screenshot(guarantor, "fund-payment-pay-dialog");
    await guarantor.getByTestId("payment-action-confirm").click();
    await guarantor.getByTestId("payment-action-modal").waitFor({ state: "detached" });
    await expect.poll(() => statusOf(guarantor)).toBe("PAID");
    await expect.poll(() => guarantor.getByTestId("payment-paid-lines").textContent()).toBe("已拨付 1/1 笔");
    // The line keeps what was paid, where to and under which reference, dated by the business date.
    const paidLine = guarantor.getByTestId("payment-lines").locator('tr[data-line-no="1"]');
    expect(await paidLine.getByTestId("line-transfer-reference").textContent()).toContain(
      "ICBC2026120500001",
    );
    expect(await paidLine.getByTestId("payee-account-number").textContent()).toBe("1810020109200087126");
    expect(await paidLine.getByTestId("line-source-loan").count()).toBe(1);
    expect(await guarantor.getByTestId("payment-paid-on").textContent()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
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
    await guarantor.getByTestId("payment-timeline").getByText("同意从强链补链专项资金拨付。").waitFor();
    await screenshot(guarantor, "fund-payment-paid");
    // The lines with their working, as an auditor keeps them.
    const exported = guarantor.waitForEvent("download");
    await guarantor.getByTestId("payment-export").click();
    expect((await exported).suggestedFilename()).toMatch(/^担保费补贴-.*-已拨付\.xlsx$/);
    // Five people sign in one after another: more than one journey step's time.
  }, 180_000);

  it("shows the statement with the payment, reconciled, and exports it", async () => {
    const page = await browser.newPage();
    await signIn(page, "czj.reviewer");
    await openFundMenu(page, "fund-statement");
    await page.getByTestId("statement-header").waitFor();
    await expect
      .poll(() => page.getByTestId("statement-reconciliation").getAttribute("data-reconciled"))
      .toBe("true");
    const paid = page.getByTestId("statement-entries").locator('tr[data-kind="PAYMENT_PAID"]', {
      hasText: "16,416.67",
    });
    await paid.waitFor();
    expect(await paid.getByTestId("statement-payment-link").getAttribute("href")).toBe(
      `/fund/payments/${paymentId}`,
    );
    // The statement names the bank transfer and the account the money went to.
    expect(await paid.getByTestId("statement-transfer-reference").textContent()).toContain(
      "ICBC2026120500001",
    );
    expect(await paid.getByTestId("statement-payee-account").textContent()).toContain("1810020109200087126");
    await page.getByTestId("statement-entries").locator('tr[data-kind="REVERSAL"]').first().waitFor();
    await screenshot(page, "fund-statement");
    // The balance, which a statement is read for, is always in view: at 1440 px nothing scrolls sideways,
    // and on a 1366 px laptop its column is held at the right while the others scroll.
    const scroller = page.getByTestId("statement-entries").locator(".ant-table-content").first();
    expect(await scroller.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
    await page.setViewportSize({ width: 1366, height: 768 });
    const balanceInView = async () => {
      const [cell, visible] = [await paid.locator("td").last().boundingBox(), await scroller.boundingBox()];
      return Boolean(cell && visible && cell.x + cell.width <= visible.x + visible.width + 1);
    };
    await expect.poll(balanceInView).toBe(true);
    // Scrolled down, the table's fixed columns pass under the page's header, not over its organisation
    // and its sign-out button.
    await page.evaluate(() => window.scrollBy(0, 600));
    const onTop = (testId: string) =>
      page.getByTestId(testId).evaluate((element) => {
        const box = element.getBoundingClientRect();
        return element.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
      });
    await expect.poll(() => onTop("header-org")).toBe(true);
    expect(await onTop("sign-out")).toBe(true);
    const download = page.waitForEvent("download");
    await page.getByTestId("statement-export").click();
    expect((await download).suggestedFilename()).toMatch(
      /^资金明细账-SHIYAN-QLBL-\d{4}-01-01-\d{4}-\d{2}-\d{2}\.xlsx$/,
    );
  });

  it("reports the month per bank and guarantor, with charts, in Chinese and English", async () => {
    const page = await browser.newPage();
    await signIn(page, "szf.reviewer");
    await openFundMenu(page, "fund-monthly-report");
    const banks = page.getByTestId("report-by-bank");
    await banks.locator("tr[data-org-id]").first().waitFor();
    // The fee subsidy just paid counts for ICBC, whose loan it was, in this month.
    expect(await banks.locator("tr", { hasText: "中国工商银行十堰分行" }).textContent()).toContain(
      "16,416.67",
    );
    // The first bank's bar (ECharts draws bars as SVG paths filled with the series' colour).
    await page.getByTestId("report-chart-banks").locator('svg path[fill="#1677ff"]').first().waitFor();
    await screenshot(page, "fund-monthly-report");

    // On a 1366×768 laptop the report's wide table scrolls inside its card with the bank's name held
    // at the left, and the page itself never scrolls sideways.
    await page.setViewportSize({ width: 1366, height: 768 });
    const scroller = banks.locator(".ant-table-content, .ant-table-body").first();
    await expect
      .poll(() => scroller.evaluate((element) => element.scrollWidth > element.clientWidth))
      .toBe(true);
    expect(await scroller.evaluate((element) => getComputedStyle(element).overflowX)).toMatch(/auto|scroll/);
    const bankName = banks.locator("tr[data-org-id] td").first();
    expect(await bankName.evaluate((cell) => getComputedStyle(cell).position)).toBe("sticky");
    const nameLeft = async () => (await bankName.boundingBox())?.x;
    const before = await nameLeft();
    await scroller.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
    await expect.poll(() => scroller.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    expect(await nameLeft()).toBe(before);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
    await screenshot(page, "fund-monthly-report-1366");
    const download = page.waitForEvent("download");
    await page.getByTestId("report-export").click();
    expect((await download).suggestedFilename()).toMatch(/^月度报表-SHIYAN-CHANLIAN-\d{4}-\d{2}\.xlsx$/);

    const english = await browser.newPage();
    await signIn(english, "danbao.reviewer");
    await english.evaluate(() => localStorage.setItem("chanrong.locale", "en"));
    await english.goto("/fund/monthly-report");
    await english.getByText("Lent to date and outstanding, by bank (10,000 yuan)").waitFor();
    await english.getByTestId("report-by-guarantor").locator("tr[data-org-id]").first().waitFor();
    await screenshot(english, "fund-monthly-report-english");
  }, 120_000);
});
