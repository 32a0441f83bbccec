import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chooseOption, dropdownOf, screenshot, signIn, useBrowser } from "./support/browser";

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
  // Below 1,000 items the page's total is exact, and the same as the workbench's count on the tab.
  const total = page.locator(".ant-pagination-total-text");
  await expect.poll(() => total.textContent(), { timeout: 15_000 }).toMatch(/^共 \d+ 条$/);
  const counted = (await total.textContent())?.match(/\d+/)?.[0];
  await expect
    .poll(() => page.getByTestId("application-tab-waiting").textContent(), { timeout: 15_000 })
    .toContain(`(${counted})`);
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

/** The texts of an Ant Design Select's options, as its dropdown lists them (then closes it). */
async function optionsOf(page: Page, testId: string): Promise<string[]> {
  // Any other dropdown closes first (antd animates it away), and only this one's options are read.
  const openDropdowns = () => page.locator(".ant-select-dropdown:visible").count();
  await expect.poll(openDropdowns).toBe(0);
  await page.getByTestId(testId).click();
  const options = (await dropdownOf(page, page.getByTestId(testId))).locator(".ant-select-item-option");
  // Read once the open dropdown shows its options: it may still be animating in on a busy machine.
  let texts: string[] = [];
  await expect
    .poll(async () => {
      texts = await options.allTextContents();
      return texts.length;
    })
    .toBeGreaterThan(0);
  await page.keyboard.press("Escape");
  await expect.poll(openDropdowns).toBe(0);
  return texts;
}

/** The pre-check's verdict of each rule, once every rule is shown. */
const precheckVerdicts = (page: Page) =>
  page
    .locator('[data-testid^="precheck-"][data-passed]')
    .evaluateAll((rows) =>
      rows.map((row) => `${row.getAttribute("data-testid")}:${row.getAttribute("data-passed")}`),
    );

/** The enterprise fills in the 推荐表, saves the draft and submits it; returns the application id. */
async function createAndSubmit(page: Page, amount: string): Promise<string> {
  await signIn(page, "enterprise.operator");
  await page.getByTestId("nav-applications").click();
  await page.getByTestId("application-create").click();
  await page.getByTestId("application-form").waitFor();
  // Only what the enterprise may choose: 十堰's programme, its banks (never the investment fund) and guarantor.
  expect(await optionsOf(page, "application-programme")).toEqual(["十堰市市级“产供强链贷”"]);
  await chooseOption(page, "application-programme", "产供强链贷");
  const banks = await optionsOf(page, "application-bank");
  expect(banks.sort()).toEqual(["中国工商银行十堰分行", "湖北银行十堰分行"]);
  expect(await optionsOf(page, "application-guarantor")).toEqual(["十堰融资担保集团有限公司"]);
  await chooseOption(page, "application-bank", "中国工商银行十堰分行");
  await chooseOption(page, "application-guarantor", "十堰融资担保集团有限公司");
  await page.getByTestId("precheck-waiting").waitFor();
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
  // The pre-check: every rule of the programme passes for the demo enterprise, each with its reason.
  await expect.poll(() => page.getByTestId("precheck-result").getAttribute("data-eligible")).toBe("true");
  await expect.poll(async () => (await precheckVerdicts(page)).length).toBe(9);
  expect((await precheckVerdicts(page)).every((verdict) => verdict.endsWith(":true"))).toBe(true);
  expect(await page.getByTestId("precheck-key-supported-list").textContent()).toContain(
    "已列入全市重点支持企业名单",
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

  it("lets the enterprise edit its draft in the same form, the pre-check following the change", async () => {
    const page = await browser.newPage();
    await signIn(page, "enterprise.operator");
    await page.getByTestId("nav-applications").click();
    await page.getByTestId("application-create").click();
    await page.getByTestId("application-form").waitFor();
    await chooseOption(page, "application-programme", "产供强链贷");
    await chooseOption(page, "application-bank", "湖北银行十堰分行");
    await chooseOption(page, "application-guarantor", "十堰融资担保集团有限公司");
    await field(page, "application-amount").fill("2000000");
    await field(page, "application-term").fill("12");
    await chooseOption(page, "application-loan-use", "大宗原材料物资采购");
    await chooseOption(page, "application-category", "为零部件总成生产企业提供核心配套产品");
    await field(page, "application-products").fill("主要产品为制动器;为东风商用车配套。");
    await page.getByTestId("application-submit").click();
    await page.getByTestId("application-detail-header").waitFor();
    await expect.poll(() => statusOf(page)).toBe("DRAFT");
    // The draft's own check as it stands today, before it is submitted.
    await expect
      .poll(() => page.getByTestId("application-eligibility-result").getAttribute("data-eligible"))
      .toBe("true");

    await page.getByTestId("application-edit").click();
    await page.getByTestId("application-form").waitFor();
    expect(await field(page, "application-amount").inputValue()).toBe("2,000,000.00");
    // 40 months breaks the programme's 36-month ceiling: the pre-check says so before anything is saved.
    await field(page, "application-term").fill("40");
    await expect
      .poll(() => page.getByTestId("precheck-term-limit").getAttribute("data-passed"))
      .toBe("false");
    expect(await page.getByTestId("precheck-term-limit").textContent()).toContain("超过最长 36 个月");
    await field(page, "application-term").fill("24");
    await field(page, "application-amount").fill("2500000");
    await expect.poll(() => page.getByTestId("precheck-result").getAttribute("data-eligible")).toBe("true");
    await screenshot(page, "loan-application-draft-edit");
    await page.getByTestId("application-submit").click();
    await page.getByTestId("application-detail-header").waitFor();
    await expect
      .poll(() => page.getByTestId("application-amount-value").textContent())
      .toContain("2,500,000.00");
    expect(await page.getByTestId("application-detail-header").textContent()).toContain("24");
    await act(page, "submit", "SUBMITTED");
    // Once submitted the 推荐表 is no longer the enterprise's to change.
    expect(await page.getByTestId("application-edit").count()).toBe(0);
  });

  it("goes from the enterprise through the bureau, bank and guarantor to disbursement", async () => {
    const id = await createAndSubmit(await browser.newPage(), "3000000");

    // The bureau takes the enterprise off its key-supported list (and puts it back at the end).
    const listKeeper = await browser.newPage();
    await signIn(listKeeper, "jxj.operator");
    await listKeeper.getByTestId("nav-key-supported-list").click();
    const listed = listKeeper
      .getByTestId("key-list-table")
      .locator("tbody tr.ant-table-row", { hasText: "十堰精工汽车零部件有限公司" });
    await listed.getByTestId("key-list-remove").click();
    await field(listKeeper, "key-list-remove-form-reason").fill("年度名单复核中");
    await listKeeper.getByTestId("key-list-remove-form-submit").click();
    await expect.poll(() => listed.count()).toBe(0);

    const bureau = await browser.newPage();
    await openFromWorklist(bureau, "jxj.reviewer", id);
    // Before recommending, the detail shows the rules as they stand today: the key-supported one now
    // fails (a soft rule), and the bureau recommends only by acknowledging it with a reason, which the
    // timeline keeps.
    await expect
      .poll(() =>
        bureau.getByTestId("application-eligibility-key-supported-list").getAttribute("data-passed"),
      )
      .toBe("false");
    expect(await bureau.getByTestId("application-eligibility-key-supported-list").textContent()).toContain(
      "经信局可说明理由后推荐",
    );
    await screenshot(bureau, "loan-application-bureau-failed-rules");
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

    // Back on the list, as the demo has it.
    await listKeeper.getByTestId("key-list-add").click();
    await chooseOption(listKeeper, "key-list-form-enterprise", "十堰精工汽车零部件有限公司");
    await field(listKeeper, "key-list-form-text").fill("复核通过,继续列入");
    await listKeeper.getByTestId("key-list-form-submit").click();
    await expect.poll(() => listed.count()).toBe(1);

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
    // The step answers with the detail as it now stands: its opinion in the history, the bank's clock stopped.
    await expect
      .poll(() => bank.getByTestId("application-timeline").textContent(), { timeout: 15_000 })
      .toContain("经调查,同意授信 300 万元。");

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
    // Amounts show thousands separators as they are typed; the form still sends the plain decimal.
    const loanAmount = field(operator, "contract-amount-LOAN");
    expect(await loanAmount.inputValue()).toBe("3,000,000.00");
    await loanAmount.clear();
    await loanAmount.pressSequentially("2500000.5");
    expect(await loanAmount.inputValue()).toBe("2,500,000.5");
    await loanAmount.clear();
    await loanAmount.pressSequentially("3000000");
    expect(await loanAmount.inputValue()).toBe("3,000,000");
    // The loan's actual rate is typed as people write it, 3.45 beside a "%"; what is no percentage is refused.
    const rate = field(operator, "contract-annual-rate-LOAN");
    const modal = operator.getByTestId("action-modal");
    await rate.fill("3.45.");
    await operator.getByTestId("action-modal-submit").click();
    await expect.poll(() => modal.getByText("请填写百分比,如 3.45,最多四位小数").count()).toBe(1);
    await rate.fill("3.45");
    await expect.poll(() => modal.getByText("请填写百分比,如 3.45,最多四位小数").count()).toBe(0);
    expect(await modal.locator(".ant-input-suffix", { hasText: "%" }).count()).toBe(1);
    await screenshot(operator, "loan-application-contracts-rate");
    await operator.getByTestId("action-modal-submit").click();
    await operator.getByTestId("action-modal").waitFor({ state: "detached" });
    await expect.poll(() => statusOf(operator)).toBe("CONTRACTED");
    await expect
      .poll(() => operator.getByTestId("application-contracts").locator("tbody tr.ant-table-row").count())
      .toBe(4);
    expect(await operator.getByTestId("application-contracts").textContent()).toContain("3.45%");
    // The server keeps the fraction the API has always taken, and the amount without separators.
    const stored = await (await operator.request.get(`/api/v1/applications/${id}`)).json();
    const loanContract = stored.contracts.find((contract: { kind: string }) => contract.kind === "LOAN");
    expect(loanContract).toMatchObject({ annualRate: "0.0345", amount: "3000000.00" });
    // 放款 takes the day and amount and records them in the loan ledger itself: above the contract is refused.
    await operator.getByTestId("action-disburse").click();
    await operator.getByTestId("disbursement-amount").waitFor();
    expect(await field(operator, "disbursement-amount").inputValue()).toBe("3,000,000.00");
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
    // Every rule passes for the demo enterprise: nothing to acknowledge.
    await act(bureau, "recommend", "UNDER_REVIEW", { opinion: "同意推荐。" });

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
