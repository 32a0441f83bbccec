import { describe, expect, it } from "vitest";
import { screenshot, signIn, useBrowser } from "./support/browser";

/** Every demo organisation, with what its menu must and must not offer. */
const ROLES = [
  {
    user: "platform.admin",
    org: "产融通平台运营中心",
    sees: ["enterprises", "organisations", "users", "audit-log", "official-calendar"],
    hidden: [],
  },
  {
    user: "jxj.operator",
    org: "十堰市经济和信息化局",
    sees: ["enterprises", "calculators", "key-supported-list", "negative-list", "bank-statistics-region"],
    hidden: ["audit-log", "organisations", "users", "official-calendar"],
  },
  { user: "czj.reviewer", org: "十堰市财政局", sees: ["enterprises", "fund"], hidden: ["audit-log"] },
  { user: "szf.reviewer", org: "十堰市人民政府", sees: ["enterprises", "fund"], hidden: ["audit-log"] },
  {
    user: "icbc.operator",
    org: "中国工商银行十堰分行",
    sees: ["enterprises", "bank-statistics"],
    hidden: ["organisations", "api-keys", "interest-subsidy", "interest-subsidy-accounting", "fund"],
  },
  {
    user: "hbbank.admin",
    org: "湖北银行十堰分行",
    sees: ["enterprises", "users", "api-keys"],
    hidden: ["audit-log"],
  },
  {
    user: "danbao.operator",
    org: "十堰融资担保集团有限公司",
    sees: ["enterprises", "interest-subsidy-accounting", "fund"],
    hidden: ["audit-log", "interest-subsidy"],
  },
  {
    user: "zaidanbao.reviewer",
    org: "湖北省融资再担保集团有限公司",
    sees: ["enterprises"],
    hidden: ["audit-log"],
  },
  {
    user: "fund.operator",
    org: "十堰产业投资基金管理有限公司",
    sees: ["enterprises"],
    hidden: ["audit-log", "fund"],
  },
  {
    user: "province.reviewer",
    org: "湖北省经济和信息化厅",
    sees: ["enterprises", "pilot-monitoring"],
    hidden: ["audit-log", "pilot-progress"],
  },
  {
    user: "miit.reviewer",
    org: "工业和信息化部",
    sees: ["enterprises", "pilot-monitoring"],
    hidden: ["audit-log", "pilot-progress"],
  },
  {
    user: "applicant.operator",
    org: "丹江口市人民政府",
    sees: ["calculators", "pilot-progress"],
    hidden: ["enterprises", "audit-log", "pilot-monitoring"],
  },
  {
    user: "sypilot.operator",
    org: "十堰市产融合作试点城市",
    sees: ["pilot-progress"],
    hidden: ["enterprises", "pilot-monitoring"],
  },
  // 重庆's programme keeps no key-supported list and checks no negative list: its bureau is not offered them.
  {
    user: "cqjxw.operator",
    org: "重庆市经济和信息化委员会",
    sees: ["enterprises", "applications", "fund"],
    hidden: ["audit-log", "key-supported-list", "negative-list"],
  },
  {
    user: "cqczj.reviewer",
    org: "重庆市财政局",
    sees: ["enterprises", "fund"],
    hidden: ["key-supported-list"],
  },
  { user: "cqszf.reviewer", org: "重庆市人民政府", sees: ["fund"], hidden: ["audit-log"] },
  {
    user: "cqbank.operator",
    org: "中国建设银行重庆市分行",
    sees: ["applications", "default-claims"],
    hidden: ["fund"],
  },
  {
    user: "cqdanbao.operator",
    org: "重庆市融资担保有限公司",
    sees: ["applications", "interest-subsidy-accounting", "fund"],
    hidden: ["key-supported-list"],
  },
  {
    user: "cqenterprise.operator",
    org: "重庆渝江精密机械有限公司",
    sees: ["my-enterprise", "applications", "interest-subsidy"],
    hidden: ["fund", "enterprises"],
  },
  // 重庆证监局 follows the listing pipeline, and nothing else of the platform's.
  {
    user: "cqzjj.reviewer",
    org: "中国证监会重庆监管局",
    sees: ["listing-pipeline"],
    hidden: ["enterprises", "applications", "fund", "incentives", "audit-log"],
  },
  // The PBOC branches follow their region's banks' monthly statistics, read-only.
  {
    user: "pbcsy.reviewer",
    org: "中国人民银行十堰市分行",
    sees: ["bank-statistics-region"],
    hidden: ["enterprises", "bank-statistics", "applications", "fund", "audit-log"],
  },
  {
    user: "pbccq.operator",
    org: "中国人民银行重庆营业管理部",
    sees: ["bank-statistics-region"],
    hidden: ["enterprises", "bank-statistics", "fund"],
  },
  {
    user: "enterprise.operator",
    org: "十堰精工汽车零部件有限公司",
    sees: ["calculators", "interest-subsidy"],
    hidden: ["audit-log", "organisations", "api-keys", "interest-subsidy-accounting", "fund"],
  },
];

describe("signing in as each demo role", () => {
  const browser = useBrowser();

  it.each(ROLES)(
    "$user signs in, sees a menu for its role, and signs out",
    async ({ user, org, sees, hidden }) => {
      const page = await browser.newPage();
      await signIn(page, user);
      await expect.poll(() => page.getByTestId("header-org").textContent()).toContain(org);
      for (const key of sees)
        expect(await page.getByTestId(`nav-${key}`).count(), `${user} should see ${key}`).toBe(1);
      for (const key of hidden)
        expect(await page.getByTestId(`nav-${key}`).count(), `${user} must not see ${key}`).toBe(0);
      if (["jxj.operator", "platform.admin", "cqzjj.reviewer", "pbcsy.reviewer"].includes(user))
        await screenshot(page, `home-${user}`);
      await page.getByTestId("sign-out").click();
      await page.getByTestId("sign-in-submit").waitFor();
      // The session is gone: a protected page sends the user back to sign-in.
      await page.goto("/enterprises");
      await page.getByTestId("sign-in-submit").waitFor();
    },
  );

  it("refuses a wrong password in the chosen language only, and stays on the sign-in page", async () => {
    const page = await browser.newPage();
    await page.goto("/sign-in");
    await page.getByTestId("sign-in-username").fill("jxj.reviewer");
    await page.getByTestId("sign-in-password").fill("not-the-password");
    await page.getByTestId("sign-in-submit").click();
    const error = page.getByTestId("sign-in-error");
    await expect.poll(() => error.textContent()).toContain("用户名或密码错误");
    // Chinese stays Chinese: no English gloss beside it.
    expect(await error.textContent()).not.toMatch(/[A-Za-z]{2}/);
    await screenshot(page, "sign-in-error");

    await page.getByTestId("language-en").click();
    await page.getByTestId("sign-in-submit").click();
    await expect.poll(() => error.textContent()).toContain("Wrong username or password");
    expect(await error.textContent()).not.toMatch(/[\u4e00-\u9fff]/);
    await screenshot(page, "sign-in-error-en");
  });

  it("shows the audit log in words, each with the object's name", async () => {
    const page = await browser.newPage();
    await signIn(page, "platform.admin");
    const table = page.getByTestId("audit-table");
    // Each action filtered, so the journeys run before this one do not push the demo's entries away.
    const firstRowOf = async (action: string) => {
      await page.goto(`/audit-log?action=${action}`);
      const row = table
        .locator("tbody tr.ant-table-row", { has: page.locator(`[title="${action}"]`) })
        .first();
      await row.waitFor();
      return row;
    };
    // The guarantor submitted payments and recorded fees (in the demo, and maybe in journeys before this).
    const submitted = await firstRowOf("fund-payment.submit");
    expect(await submitted.textContent()).toContain("核算无误,报送审核");
    expect(await submitted.getByTestId("audit-subject").textContent()).toMatch(/^支付申请 · .+/);
    const fee = await firstRowOf("guarantee-fee.record");
    expect(await fee.textContent()).toContain("记录担保费");
    expect(await fee.getByTestId("audit-subject").textContent()).toMatch(/^贷款申请 · .+有限公司 · .+/);
    // Words and names, not codes and UUIDs.
    const text = (await table.textContent()) ?? "";
    expect(text).not.toMatch(/\b(fund-payment|guarantee-fee|auth)\.[a-z-]+/);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/);
    // At 1440 px every column is in view, the IP address included: nothing to scroll sideways for.
    const scroller = table.locator(".ant-table-content").first();
    expect(await scroller.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
    await screenshot(page, "audit-log");
  });

  it("keeps the platform admin's buttons in view on each user and organisation, however wide the table", async () => {
    const page = await browser.newPage();
    await signIn(page, "platform.admin");
    const inView = async (tableId: string, rowText: string, button: string) => {
      const table = page.getByTestId(tableId);
      const row = table.locator("tbody tr.ant-table-row", { hasText: rowText }).first();
      await row.waitFor();
      const [box, visible] = [
        await row.getByRole("button", { name: button }).boundingBox(),
        await table.locator(".ant-table-content").boundingBox(),
      ];
      return Boolean(box && visible && box.x + box.width <= visible.x + visible.width);
    };
    await page.goto("/users");
    expect(await inView("users-table", "platform.operator", "停用")).toBe(true);
    await page.goto("/organisations");
    expect(await inView("org-table", "中国工商银行十堰分行", "停用")).toBe(true);
  });

  it("shows a bank only its own enterprises", async () => {
    const page = await browser.newPage();
    await signIn(page, "icbc.reviewer");
    await page.goto("/enterprises");
    const table = page.getByTestId("enterprise-table");
    await table.locator("tbody tr.ant-table-row").first().waitFor();
    const rows = await table.locator("tbody tr.ant-table-row").count();
    // The demo seed gives ICBC every other 十堰 enterprise: 13 of 30.
    expect(rows).toBe(13);
    await screenshot(page, "enterprises-as-bank");
  });
});
