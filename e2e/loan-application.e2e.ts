import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chooseOption, screenshot, signIn, useBrowser } from "./support/browser";

/** An input or textarea by test id, whether antd put the id on the element or on its wrapper. */
const field = (page: Page, testId: string) =>
  page.getByTestId(testId).locator("input, textarea").or(page.getByTestId(testId)).first();

const statusOf = (page: Page) => page.getByTestId("application-status-tag").getAttribute("data-status");

/** Signs in, opens 贷款申请 → 待我办理 and the application from there (it must be waiting there). */
async function openFromWorklist(page: Page, username: string, id: string, shot?: string): Promise<void> {
  await signIn(page, username);
  await page.getByTestId("nav-applications").click();
  const row = page.locator(`tr[data-application-id="${id}"]`);
  await row.waitFor();
  if (shot) await screenshot(page, shot);
  await row.getByTestId("application-link").click();
  await page.getByTestId("application-detail-header").waitFor();
}

/** Takes one workflow step from the detail page and waits for the status it leads to. */
async function act(
  page: Page,
  action: string,
  expectedStatus: string,
  input: { opinion?: string; reason?: string; acknowledge?: string } = {},
): Promise<void> {
  await page.getByTestId(`action-${action}`).click();
  await page.getByTestId("action-modal-submit").waitFor();
  // Recommending despite a failed eligibility rule: the bureau acknowledges it and says why.
  if (input.acknowledge) {
    await page.getByTestId("recommend-acknowledge").check();
    await field(page, "recommend-acknowledge-reason").fill(input.acknowledge);
  }
  if (input.opinion) await field(page, "action-opinion").fill(input.opinion);
  if (input.reason) await field(page, "action-reason").fill(input.reason);
  await page.getByTestId("action-modal-submit").click();
  await page.getByTestId("action-modal").waitFor({ state: "detached" });
  await expect.poll(() => statusOf(page)).toBe(expectedStatus);
}

/** The enterprise fills in the 推荐表, saves the draft and submits it; returns the application id. */
async function createAndSubmit(page: Page, amount: string): Promise<string> {
  await signIn(page, "enterprise.operator");
  await page.getByTestId("nav-applications").click();
  await page.getByTestId("application-create").click();
  await page.getByTestId("application-form").waitFor();
  await chooseOption(page, "application-programme", "产供强链贷");
  await chooseOption(page, "application-bank", "中国工商银行十堰分行");
  await chooseOption(page, "application-guarantor", "十堰融资担保集团有限公司");
  await field(page, "application-amount").fill(amount);
  await field(page, "application-term").fill("12");
  await chooseOption(page, "application-loan-use", "生产经营流动资金周转");
  await chooseOption(page, "application-category", "为整车生产企业提供核心配套产品");
  await field(page, "application-address").fill("十堰市张湾区车城西路18号");
  await field(page, "application-legal").fill("陈志强");
  await field(page, "application-phone").fill("0719-8123456");
  await field(page, "application-contact-name").fill("李红");
  await field(page, "application-contact-phone").fill("13907191234");
  await field(page, "application-main-business").fill("汽车底盘零部件研发、生产与销售");
  await field(page, "application-products").fill(
    "主要产品为转向节、轮毂;为东风商用车配套;2025 年营业收入 2.3 亿元。",
  );
  await screenshot(page, "loan-application-form");
  await page.getByTestId("application-submit").click();
  await page.getByTestId("application-detail-header").waitFor();
  await expect.poll(() => statusOf(page)).toBe("DRAFT");
  const id = new URL(page.url()).pathname.split("/").pop() ?? "";
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  await act(page, "submit", "SUBMITTED");
  return id;
}

const timelineActions = (page: Page) =>
  page
    .getByTestId("timeline-item")
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.action ?? ""));

describe("loan application (推荐表) in the browser", () => {
  const browser = useBrowser();

  it("goes from the enterprise through the bureau, bank and guarantor to disbursement", async () => {
    const id = await createAndSubmit(await browser.newPage(), "3000000");

    const bureau = await browser.newPage();
    await openFromWorklist(bureau, "jxj.reviewer", id);
    // The enterprise is not on the key-supported list: the check shows it, and the bureau recommends
    // only by acknowledging it with a reason, which the timeline keeps.
    await bureau.getByTestId("application-eligibility").waitFor();
    await bureau.getByTestId("action-recommend").click();
    await bureau.getByTestId("recommend-failed-key-supported-list").waitFor();
    await field(bureau, "action-opinion").fill("符合产供强链方向,同意推荐。");
    await bureau.getByTestId("action-modal-submit").click();
    await expect
      .poll(() => bureau.getByTestId("action-modal").getByText("请确认未满足的资格条件").count())
      .toBeGreaterThan(0);
    await screenshot(bureau, "loan-application-recommend-unmet-rules");
    await bureau.getByTestId("recommend-acknowledge").check();
    await field(bureau, "recommend-acknowledge-reason").fill(
      "该企业已申报重点支持名单,经局务会研究同意推荐。",
    );
    await bureau.getByTestId("action-modal-submit").click();
    await bureau.getByTestId("action-modal").waitFor({ state: "detached" });
    await expect.poll(() => statusOf(bureau)).toBe("UNDER_REVIEW");
    await expect
      .poll(() => bureau.getByTestId("timeline-acknowledgement").allTextContents())
      .toContainEqual(expect.stringContaining("经局务会研究同意推荐"));

    // The bureau's overview, filtered by bank: the application shows under its own bank only.
    await bureau.getByTestId("nav-applications").click();
    await bureau.getByTestId("application-tab-all").click();
    const overviewRow = bureau.locator(`tr[data-application-id="${id}"]`);
    await overviewRow.waitFor();
    await chooseOption(bureau, "application-filter-bank", "湖北银行十堰分行");
    await overviewRow.waitFor({ state: "detached" });
    await chooseOption(bureau, "application-filter-bank", "中国工商银行十堰分行");
    await overviewRow.waitFor();
    expect(new URL(bureau.url()).searchParams.get("tab")).toBe("all");

    const bank = await browser.newPage();
    await openFromWorklist(bank, "icbc.reviewer", id);
    await act(bank, "bank-approve", "UNDER_REVIEW", { opinion: "经调查,同意授信 300 万元。" });

    const guarantor = await browser.newPage();
    await openFromWorklist(guarantor, "danbao.reviewer", id);
    await act(guarantor, "guarantor-approve", "APPROVED", { opinion: "同意提供担保。" });

    const operator = await browser.newPage();
    await openFromWorklist(operator, "icbc.operator", id, "loan-application-worklist");
    await operator.getByTestId("action-record-contracts").click();
    await operator.getByTestId("action-modal-submit").waitFor();
    for (const kind of ["LOAN", "ENTRUSTED_GUARANTEE", "COUNTER_GUARANTEE", "SURETY"]) {
      await field(operator, `contract-number-${kind}`).fill(`SY-2026-${kind}-001`);
    }
    // The loan's actual rate is a fraction: "3.45" (a percentage) is refused, "0.0345" is taken.
    await field(operator, "contract-annual-rate-LOAN").fill("3.45");
    await operator.getByTestId("action-modal-submit").click();
    await expect
      .poll(() =>
        operator
          .getByTestId("action-modal")
          .getByText(/不能超过24%/)
          .count(),
      )
      .toBeGreaterThan(0);
    await screenshot(operator, "loan-application-contracts-rate-refused");
    await field(operator, "contract-annual-rate-LOAN").fill("0.0345");
    await operator.getByTestId("action-modal-submit").click();
    await operator.getByTestId("action-modal").waitFor({ state: "detached" });
    await expect.poll(() => statusOf(operator)).toBe("CONTRACTED");
    await expect
      .poll(() => operator.getByTestId("application-contracts").locator("tbody tr.ant-table-row").count())
      .toBe(4);
    expect(await operator.getByTestId("application-contracts").textContent()).toContain("3.45%");
    // 放款 takes the day and amount and records them in the loan ledger itself: above the contract is refused.
    await operator.getByTestId("action-disburse").click();
    await operator.getByTestId("disbursement-amount").waitFor();
    expect(await field(operator, "disbursement-amount").inputValue()).toBe("3000000.00");
    await field(operator, "disbursement-amount").fill("3000000.01");
    await operator.getByTestId("action-modal-submit").click();
    await expect
      .poll(() =>
        operator
          .getByTestId("action-modal")
          .getByText(/超过借款合同金额/)
          .count(),
      )
      .toBeGreaterThan(0);
    expect(await statusOf(operator)).toBe("CONTRACTED");
    await field(operator, "disbursement-amount").fill("3000000.00");
    await operator.getByTestId("action-modal-submit").click();
    await operator.getByTestId("action-modal").waitFor({ state: "detached" });
    await expect.poll(() => statusOf(operator)).toBe("DISBURSED");

    expect(await operator.getByTestId("application-status-tag").textContent()).toContain("已放款");

    // The header and the loan ledger agree at once: the disbursement is the ledger's first entry.
    await operator.getByTestId("loan-card").waitFor();
    await expect.poll(() => operator.getByTestId("loan-outstanding").textContent()).toBe("3,000,000.00");
    const position = operator.getByTestId("loan-position");
    expect(await position.locator("[data-status]").getAttribute("data-status")).toBe("ACTIVE");
    // Further entries are numbered within this loan: 1, 2 …
    await operator.getByTestId("loan-add").click();
    await operator.getByTestId("loan-form-submit").waitFor();
    await chooseOption(operator, "loan-form-type", "结息");
    await field(operator, "loan-form-amount").fill("100.00");
    await operator.getByTestId("loan-form-submit").click();
    const rows = operator.getByTestId("loan-events").locator("tbody tr.ant-table-row");
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).locator("td").first().textContent()).toBe("1");
    expect(await rows.nth(0).textContent()).toContain("放款");
    expect(await rows.nth(1).locator("td").first().textContent()).toBe("2");
    await operator.getByTestId("loan-card").scrollIntoViewIfNeeded();
    await screenshot(operator, "loan-application-ledger-after-disbursement");
    const actions = await timelineActions(operator);
    expect(actions).toEqual(
      expect.arrayContaining([
        "submit",
        "recommend",
        "bank-approve",
        "guarantor-approve",
        "record-contracts",
        "disburse",
      ]),
    );
    const timeline = (await operator.getByTestId("application-timeline").textContent()) ?? "";
    for (const text of ["提交申请", "推荐", "银行审批同意", "担保审批同意", "登记合同", "放款"]) {
      expect(timeline).toContain(text);
    }
    expect(timeline).toContain("同意提供担保。");
    await screenshot(operator, "loan-application-detail");
  });

  it("shows the enterprise the guarantor's reason for a rejection", async () => {
    const enterprise = await browser.newPage();
    const id = await createAndSubmit(enterprise, "1500000");

    const bureau = await browser.newPage();
    await openFromWorklist(bureau, "jxj.reviewer", id);
    await act(bureau, "recommend", "UNDER_REVIEW", {
      opinion: "同意推荐。",
      acknowledge: "该企业已申报重点支持名单,同意推荐。",
    });

    const guarantor = await browser.newPage();
    await openFromWorklist(guarantor, "danbao.reviewer", id);
    const reason = "反担保措施不足,资产负债率偏高。";
    await act(guarantor, "guarantor-reject", "REJECTED", { reason });

    await enterprise.reload();
    await enterprise.getByTestId("application-detail-header").waitFor();
    await expect.poll(() => statusOf(enterprise)).toBe("REJECTED");
    await expect
      .poll(() => enterprise.getByTestId("timeline-reason").allTextContents())
      .toContainEqual(expect.stringContaining(reason));
    expect(await timelineActions(enterprise)).toContain("guarantor-reject");
    await screenshot(enterprise, "loan-application-rejected");

    // The header bell lists the organisation's reminders.
    await enterprise.getByTestId("notification-bell").click();
    await enterprise.getByTestId("notification-list").waitFor();
  });
});
