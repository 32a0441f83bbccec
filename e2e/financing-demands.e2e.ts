import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chooseOption, screenshot, signIn, useBrowser } from "./support/browser";

// Issue 12's demand journey: an enterprise posts a demand, the bureau admits it to the whitelist, two banks
// see it, one claims, contacts, approves and funds it, the enterprise rates it; and a claim the bank let run
// past its deadline (seeded on its story's dates, reminded) is escalated to the bureau and released.
describe("the financing-demand whitelist: post, admit, claim, fund, rate; an overdue claim released", () => {
  const browser = useBrowser();
  // A figure no seeded demand (nor an earlier run on the same server) has, to find this journey's demand.
  const yuan = 3_200_000 + (Date.now() % 100_000);
  const AMOUNT = `${yuan}.00`;
  const SHOWN = `${yuan.toLocaleString("en-US")}.00`;
  let demandPath = "";

  const claimRow = (page: Page, orgName: string) => page.getByTestId(`claim-row-${orgName}`);

  /** Opens the step's modal on the institution's (or enterprise's) row, fills it and waits for the new state. */
  async function step(page: Page, action: string, fill: (page: Page) => Promise<void>, stateAfter: string) {
    await page.getByTestId(`claim-${action}`).click();
    await page.getByTestId("claim-action-submit").waitFor();
    await fill(page);
    await page.getByTestId("claim-action-submit").click();
    await page.getByTestId(`claim-state-${stateAfter}`).waitFor();
  }

  it("the enterprise posts a demand and sees it awaiting the bureau", async () => {
    const page = await browser.newPage();
    await signIn(page, "enterprise.operator");
    await page.goto("/financing-demands");
    await page.getByTestId("demand-post").click();
    await chooseOption(page, "demand-kind", "贷款");
    await page.getByTestId("demand-amount").fill(AMOUNT);
    await page.getByTestId("demand-purpose").fill("购置五轴加工中心,扩大新能源汽车零部件产能");
    await chooseOption(page, "demand-collateral", "设备抵押");
    // Receivables too, so both banks' listed products can answer it (matching's collateral filter).
    await page.keyboard.press("Escape");
    await chooseOption(page, "demand-collateral", "应收账款质押");
    await page.keyboard.press("Escape");
    await page.getByTestId("demand-key-project").fill("新能源汽车零部件技改项目");
    await page.getByTestId("demand-submit").click();
    const row = page.getByTestId("demands-table").locator("tr", { hasText: SHOWN });
    await row.waitFor();
    expect(await row.textContent()).toContain("待审核");
    await screenshot(page, "financing-demands-enterprise");
    await row.locator("a").click();
    await page.getByTestId("demand-particulars").waitFor();
    demandPath = new URL(page.url()).pathname;
    expect(demandPath).toMatch(/^\/financing-demands\/[0-9a-f-]{36}$/);
  });

  it("the bureau admits it with a 一企一策 note and a 金融顾问, open to every bank that fits", async () => {
    const page = await browser.newPage();
    await signIn(page, "jxj.reviewer");
    await page.goto(demandPath);
    await page.getByTestId("demand-curation").waitFor();
    await page.getByTestId("curation-note").fill("一企一策:技改设备抵押,优先对接低利率技改专项贷");
    await chooseOption(page, "curation-officer", "经办人");
    await page.getByTestId("curation-admit").click();
    await claimRow(page, "中国工商银行十堰分行").waitFor();
    expect(await page.getByTestId("demand-status").textContent()).toBe("已入白名单");
    await claimRow(page, "湖北银行十堰分行").waitFor();
    await screenshot(page, "financing-demand-admitted");
  });

  it("the bureau sees the listed products and institutions ranked for it, each with its reasons", async () => {
    const page = await browser.newPage();
    await signIn(page, "jxj.reviewer");
    await page.goto(demandPath);
    const products = page.getByTestId("matched-products");
    await products.locator("tbody tr.ant-table-row").first().waitFor();
    const rows = products.locator("tbody tr.ant-table-row");
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    // Best first: the scores read down the table never rise.
    const scores = (await products.getByTestId("match-score").allTextContents()).map(Number);
    expect(scores.every((score, index) => index === 0 || score <= (scores[index - 1] ?? 0))).toBe(true);
    expect(scores[0]).toBeGreaterThan(0);
    await rows.first().locator(".ant-table-row-expand-icon").click();
    const reasons = products.locator("[data-testid^='reasons-']").first();
    await reasons.waitFor();
    expect(await reasons.getByTestId("filter-amount").textContent()).toContain(
      `需求金额 ${SHOWN} 元在产品额度`,
    );
    expect(await reasons.getByTestId("criterion-rate").textContent()).toMatch(
      /最低年利率 .*%.*\d+\.\d \/ 20 分/,
    );
    await screenshot(page, "financing-demand-matches");
    await page.getByRole("tab", { name: "机构排名" }).click();
    const institutions = page.getByTestId("matched-institutions");
    await institutions.locator("tr", { hasText: "中国工商银行十堰分行" }).waitFor();
    await institutions.locator("tr", { hasText: "湖北银行十堰分行" }).waitFor();
    await screenshot(page, "financing-demand-matched-institutions");
  });

  it("each bank sees it among its recommended demands, scored over its own products, with reasons", async () => {
    for (const [bank, product] of [
      ["icbc", "工银"],
      ["hbbank", "湖北银行应收账款融资"],
    ] as const) {
      const page = await browser.newPage();
      await signIn(page, `${bank}.operator`);
      await page.goto("/financing-claims");
      await page.getByRole("menuitem", { name: "推荐需求" }).click();
      const row = page.getByTestId("recommended-demands").locator("tr.ant-table-row", { hasText: SHOWN });
      await row.waitFor();
      expect(await row.textContent()).toContain(product);
      expect(await row.getByTestId("recommended-score").textContent()).toMatch(/^\d{1,3}\.\d$/);
      expect(await row.getByTestId("recommended-claim").getAttribute("href")).toBe(demandPath);
      await row.locator(".ant-table-row-expand-icon").click();
      const reasons = page.getByTestId(`reasons-${demandPath.split("/").pop()}`);
      await reasons.waitFor();
      expect(await reasons.getByTestId("filter-collateral").textContent()).toMatch(/产品接受/);
      expect(await reasons.getByTestId("criterion-industry").textContent()).toMatch(/分$/);
      await screenshot(page, `financing-recommended-${bank}`);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByTestId("recommended-export").click(),
      ]);
      // An .xlsx is a zip: it starts with "PK".
      expect(
        readFileSync(await download.path())
          .subarray(0, 2)
          .toString(),
      ).toBe("PK");
    }
  });

  it("a bank sees the registry's enterprises its listed product fits, ranked with reasons, and exports them", async () => {
    const page = await browser.newPage();
    await signIn(page, "icbc.operator");
    await page.goto("/products");
    const id = await page.evaluate(async () => {
      const products = (await (await fetch("/api/v1/financing-products")).json()) as {
        id: string;
        latest: { name: string };
      }[];
      return products.find((product) => product.latest.name === "工银设备更新贷")?.id;
    });
    await page.goto(`/products/${id}`);
    const fits = page.getByTestId("product-enterprises");
    await fits.locator("tbody tr.ant-table-row").first().waitFor();
    expect(await fits.getByTestId("fit-score").first().textContent()).toMatch(/^\d{1,3}\.\d$/);
    await fits.locator("tbody tr.ant-table-row").first().locator(".ant-table-row-expand-icon").click();
    expect(
      await fits.locator("[data-testid^='reasons-']").first().getByTestId("criterion-industry").textContent(),
    ).toContain("产品面向 C36");
    const download = page.waitForEvent("download");
    await page.getByTestId("product-enterprises-export").click();
    expect((await download).suggestedFilename()).toBe("适配企业-工银设备更新贷.xlsx");
    await screenshot(page, "financing-product-enterprises");
  });

  it("both banks see it pushed; one claims, and the other sees it taken", async () => {
    for (const bank of ["icbc", "hbbank"]) {
      const page = await browser.newPage();
      await signIn(page, `${bank}.operator`);
      await page.goto("/financing-claims");
      const row = page.getByTestId("claims-table").locator("tr", { hasText: SHOWN });
      await row.waitFor();
      expect(await row.textContent()).toContain("待认领");
      expect(await row.getByTestId("claim-claim").count()).toBe(1);
    }
    const icbc = await browser.newPage();
    await signIn(icbc, "icbc.operator");
    await icbc.goto(demandPath);
    // The bank sees its own push only.
    await claimRow(icbc, "中国工商银行十堰分行").waitFor();
    expect(await icbc.getByTestId("demand-claims").locator("tbody tr.ant-table-row").count()).toBe(1);
    await step(icbc, "claim", async () => {}, "CLAIMED");
    await screenshot(icbc, "financing-claim-claimed");

    const hbbank = await browser.newPage();
    await signIn(hbbank, "hbbank.operator");
    await hbbank.goto(demandPath);
    await claimRow(hbbank, "湖北银行十堰分行").waitFor();
    expect(await claimRow(hbbank, "湖北银行十堰分行").textContent()).toContain("已被其他机构认领");
    expect(await hbbank.getByTestId("claim-claim").count()).toBe(0);
  });

  it("the bank contacts, approves and funds it", async () => {
    const operator = await browser.newPage();
    await signIn(operator, "icbc.operator");
    await operator.goto(demandPath);
    await step(
      operator,
      "contact",
      (page) => page.getByTestId("claim-note").fill("已电话联系企业财务负责人"),
      "CONTACTED",
    );

    const reviewer = await browser.newPage();
    await signIn(reviewer, "icbc.reviewer");
    const today = await reviewer.evaluate(
      async () => (await (await fetch("/api/v1/auth/me")).json()).today as string,
    );
    await reviewer.goto(demandPath);
    await step(
      reviewer,
      "approve",
      async (page) => {
        await page.getByTestId("claim-approvedAmount").fill("3000000.00");
        await page.getByTestId("claim-approvedRate").fill("0.0345");
        await page.getByTestId("claim-approvedTermMonths").fill("12");
      },
      "APPROVED",
    );
    // A refused step names the field and changes nothing.
    await reviewer.getByTestId("claim-fund").click();
    await reviewer.getByTestId("claim-creditAmount").fill("3000000.00");
    await reviewer.getByTestId("claim-fundedAmount").fill("3500000.00");
    await reviewer.getByTestId("claim-fundedOn").fill(today);
    await reviewer.getByTestId("claim-fundedRate").fill("0.0345");
    await reviewer.getByTestId("claim-action-submit").click();
    await reviewer.getByText("放款金额不能超过授信金额").waitFor();
    await reviewer.getByTestId("claim-fundedAmount").fill("3000000.00");
    await reviewer.getByTestId("claim-action-submit").click();
    await reviewer.getByTestId("claim-state-FUNDED").waitFor();
    expect(await claimRow(reviewer, "中国工商银行十堰分行").textContent()).toContain("3,000,000.00");
    await screenshot(reviewer, "financing-claim-funded");
  });

  it("the enterprise confirms the outcome and rates the service", async () => {
    const page = await browser.newPage();
    await signIn(page, "enterprise.operator");
    await page.goto(demandPath);
    await step(
      page,
      "confirm",
      async (modal) => {
        await modal.getByTestId("claim-rating").locator("li").nth(4).click();
        await modal.getByTestId("claim-comment").fill("对接及时,放款快");
      },
      "CLOSED",
    );
    expect(await claimRow(page, "中国工商银行十堰分行").textContent()).toContain("★★★★★");
    const history = await page.getByTestId("demand-history").textContent();
    for (const step of [
      "发布融资需求",
      "纳入白名单",
      "认领",
      "首次对接",
      "批复",
      "登记授信放款",
      "确认结果并评价",
    ]) {
      expect(history).toContain(step);
    }
    await screenshot(page, "financing-demand-closed");
  });

  it("the bureau's deadline check escalates the overdue, reminded claim and releases it to the pool", async () => {
    const page = await browser.newPage();
    await signIn(page, "jxj.reviewer");
    await page.goto("/financing-demands");
    await page.getByTestId("run-deadlines").click();
    // The hourly job may have escalated it first: either way it ends released, once.
    await page.getByText(/已提醒 \d+ 笔/).waitFor();
    const id = await page.evaluate(async () => {
      const demands = (await (await fetch("/api/v1/financing-demands")).json()) as {
        id: string;
        purpose: string;
      }[];
      return demands.find((demand) => demand.purpose === "新增生产线设备款")?.id;
    });
    expect(id).toBeTruthy();
    await page.goto(`/financing-demands/${id}`);
    await claimRow(page, "中国工商银行十堰分行").getByTestId("claim-state-RELEASED").waitFor();
    // Back in the pool: the other bank may claim it, with a fresh deadline.
    expect(await claimRow(page, "湖北银行十堰分行").textContent()).toContain("待认领");
    const history = await page.getByTestId("demand-history").textContent();
    expect(history).toContain("逾期提醒");
    expect(history).toContain("逾期上报经信部门");
    expect(history).toContain("释放回需求池");
    await screenshot(page, "financing-demand-released");

    // The bell tells the bureau (and the bank) of the escalation, and opens the demand.
    await page.getByTestId("notification-bell").click();
    const notice = page
      .getByTestId("notification-item")
      .filter({ hasText: "中国工商银行十堰分行未在期限" })
      .first();
    await notice.waitFor();
    expect(await notice.textContent()).toContain("已上报经信部门并释放回需求池");
    await screenshot(page, "bell-claim-escalated-bureau");
    await notice.click();
    await page.waitForURL(`**/financing-demands/${id}`);

    await page.goto("/financing-demands");
    const icbcRow = page
      .getByTestId("institution-summary")
      .locator("tr", { hasText: "中国工商银行十堰分行" });
    await icbcRow.waitFor();
    const released = Number(await icbcRow.locator("td").nth(4).textContent());
    expect(released).toBeGreaterThanOrEqual(1);
    await screenshot(page, "financing-demands-bureau");
  });
});
