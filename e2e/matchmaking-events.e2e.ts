import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chooseOption, screenshot, signIn, useBrowser } from "./support/browser";

const ENTERPRISE = "十堰精工汽车零部件有限公司";
const BANK = "中国工商银行十堰分行";

/** The 家次 the bureau's home page shows for this year. */
async function servedOnHome(page: Page): Promise<number> {
  await page.goto("/");
  const value = page.getByTestId("events-served-total").locator(".ant-statistic-content-value");
  await value.waitFor();
  return Number((await value.textContent())?.replaceAll(",", ""));
}

/**
 * 银企对接活动 (seed 004 §五(一)): the 十堰 bureau plans an event for 张湾区 and invites by filter and
 * a bank; the demo enterprise registers; the bureau checks it in and records an intention with the
 * bank; the enterprises served this year on the bureau's home page go up by one.
 */
describe("a matchmaking event from invitation to outcome", () => {
  const browser = useBrowser();
  const title = `张湾区汽车零部件银企对接会 ${Date.now().toString(36)}`;

  it("runs the event and counts the enterprise served", async () => {
    const bureau = await browser.newPage();
    await signIn(bureau, "jxj.operator");
    const before = await servedOnHome(bureau);
    await screenshot(bureau, "events-home-before");

    await bureau.getByTestId("nav-events").click();
    await bureau.getByTestId("event-table").locator("tbody tr.ant-table-row").first().waitFor();
    await screenshot(bureau, "events-list");
    await bureau.getByTestId("event-create").click();
    await bureau.getByTestId("event-title").fill(title);
    await bureau.getByTestId("event-place").fill("十堰市张湾区政务服务中心三楼会议室");
    await chooseOption(bureau, "event-districts", "张湾区");
    await bureau.getByTestId("event-title").click();
    await screenshot(bureau, "events-create");
    await bureau.getByTestId("event-create-submit").click();

    await bureau.getByTestId("event-header").waitFor();
    expect(await bureau.getByTestId("event-status").textContent()).toBe("筹备中");
    await bureau.getByTestId("event-invite").click();
    await chooseOption(bureau, "event-invite-institutions", BANK);
    await bureau.keyboard.press("Escape");
    await bureau.getByTestId("event-invite-submit").click();
    await bureau.getByText("已发邀请").first().waitFor();
    const invitations = bureau.getByTestId("event-invitations");
    await invitations.getByText(ENTERPRISE).waitFor();
    expect(await invitations.textContent()).toContain(BANK);
    // Only 张湾区's enterprises: the filter was resolved against the registry when inviting.
    expect(await invitations.textContent()).not.toContain("茅箭");
    await screenshot(bureau, "events-invited");

    const enterprise = await browser.newPage();
    await signIn(enterprise, "enterprise.operator");
    // The invitation arrives as an in-app notification that opens the event.
    await enterprise.getByRole("button", { name: "提醒" }).click();
    await enterprise.getByTestId("notification-item").filter({ hasText: title }).click();
    await enterprise.getByTestId("event-register").click();
    await enterprise.getByTestId("event-my-invitation").getByText("已报名").waitFor();
    // An invitee sees the event and its own invitation, not the list of who else was invited.
    expect(await enterprise.getByTestId("event-invitations").count()).toBe(0);
    await screenshot(enterprise, "events-enterprise-registered");

    await bureau.reload();
    await invitations.getByText("已报名").waitFor();
    await bureau.getByTestId(`event-check-in-${ENTERPRISE}`).click();
    await bureau.getByTestId("event-status").getByText("已举办").waitFor();
    await bureau.getByTestId("event-record-outcome").click();
    await chooseOption(bureau, "event-outcome-enterprise", ENTERPRISE);
    await chooseOption(bureau, "event-outcome-institution", BANK);
    await bureau.getByTestId("event-outcome-amount").fill("3000000");
    await bureau.getByTestId("event-outcome-note").fill("技改设备购置贷款意向,银行两周内上门尽调");
    await bureau.getByTestId("event-outcome-submit").click();
    const outcomes = bureau.getByTestId("event-outcomes");
    await outcomes.getByText("3,000,000.00").waitFor();
    expect(await outcomes.textContent()).toContain(BANK);
    await screenshot(bureau, "events-outcome");

    expect(await servedOnHome(bureau)).toBe(before + 1);
    await screenshot(bureau, "events-home-after");

    await bureau.getByTestId("nav-events").click();
    const download = bureau.waitForEvent("download");
    await bureau.getByTestId("events-export").click();
    expect((await download).suggestedFilename()).toMatch(/^银企对接活动-\d{4}\.xlsx$/);
  });

  it("invites 重庆's enterprises of one 33618 cluster, each shown with its cluster", async () => {
    const bureau = await browser.newPage();
    await signIn(bureau, "cqjxw.operator");
    await bureau.getByTestId("nav-events").click();
    await bureau.getByTestId("event-create").click();
    await bureau.getByTestId("event-title").fill(`新能源汽车产业链银企对接会 ${Date.now().toString(36)}`);
    await bureau.getByTestId("event-place").fill("重庆市经济和信息化委员会会议中心");
    await chooseOption(bureau, "event-clusters", "智能网联新能源汽车");
    await bureau.getByTestId("event-title").click();
    await bureau.getByTestId("event-create-submit").click();
    await bureau.getByTestId("event-header").waitFor();
    expect(await bureau.getByTestId("event-info").textContent()).toContain("智能网联新能源汽车");

    await bureau.getByTestId("event-invite").click();
    await bureau.getByTestId("event-invite-submit").click();
    await bureau.getByText("已发邀请").first().waitFor();
    const rows = bureau.getByTestId("event-invitations").locator("tbody tr.ant-table-row");
    await rows.first().waitFor();
    // Every invitee is of the cluster named: the filter was resolved against the registry.
    const texts = await rows.allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toContain("智能网联新能源汽车");
    await screenshot(bureau, "events-invited-by-cluster");
  });
});
