import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot, signIn, useBrowser } from "./support/browser";

const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(2048, 0x20), Buffer.from("\n%%EOF\n")]);
const SCAN = Buffer.concat([
  Buffer.from("%PDF-1.7\n"),
  Buffer.from("借款合同扫描件"),
  Buffer.from("\n%%EOF\n"),
]);

/** Calls the API with the page's session (and its CSRF token on writes); the journey's set-up, not its subject. */
async function callApi(page: Page, method: "GET" | "POST", url: string, data?: object) {
  const me = await (await page.request.get("/api/v1/auth/me")).json();
  const response = await page.request.fetch(url, {
    method,
    data,
    headers: { "x-csrf-token": me.csrfToken },
  });
  if (!response.ok()) throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
  return response.json();
}

/** Takes one workflow step as the signed-in user of the page. */
async function step(page: Page, id: string, body: object) {
  const { version } = await callApi(page, "GET", `/api/v1/applications/${id}`);
  await callApi(page, "POST", `/api/v1/applications/${id}/actions`, { version, ...body });
}

/** An application of the demo enterprise with ICBC and 十堰担保, taken to the signed contracts. */
async function contractedApplication(signedIn: (username: string) => Promise<Page>): Promise<string> {
  const enterprise = await signedIn("enterprise.operator");
  const banks: { id: string; name: string }[] = await callApi(enterprise, "GET", "/api/v1/banks");
  const guarantors: { id: string; name: string }[] = await callApi(enterprise, "GET", "/api/v1/guarantors");
  const { id } = await callApi(enterprise, "POST", "/api/v1/applications", {
    programmeCode: "SHIYAN-CHANLIAN",
    bankOrgId: banks.find((b) => b.name === "中国工商银行十堰分行")?.id,
    guarantorOrgId: guarantors.find((g) => g.name === "十堰融资担保集团有限公司")?.id,
    amount: "1000000.00",
    termMonths: 12,
    loanUse: "PRODUCT_RD",
    supplyChainCategory: "ASSEMBLY_SUPPLIER",
    form: {
      address: "十堰市张湾区车城西路18号",
      legalRepresentative: "陈志强",
      phone: "0719-8123456",
      contactName: "李红",
      contactPhone: "13907191234",
      mainBusiness: "汽车底盘零部件研发、生产与销售",
      productsAndPartners: "主要产品为转向节、轮毂;为东风商用车配套。",
    },
  });
  await step(enterprise, id, { action: "submit" });
  const bureau = await signedIn("jxj.reviewer");
  // The bureau acknowledges whatever rules fail today (none while the demo enterprise stays on the key-supported list).
  const { checks } = await callApi(bureau, "GET", `/api/v1/applications/${id}/eligibility`);
  const failed = (checks as { rule: string; passed: boolean }[]).filter((c) => !c.passed).map((c) => c.rule);
  await step(bureau, id, {
    action: "recommend",
    opinion: "同意推荐。",
    ...(failed.length > 0 && { acknowledgement: { rules: failed, reason: "经研究同意推荐。" } }),
  });
  await step(await signedIn("icbc.reviewer"), id, { action: "bank-approve", opinion: "同意。" });
  await step(await signedIn("danbao.reviewer"), id, { action: "guarantor-approve", opinion: "同意。" });
  const contract = (kind: string, parties: string[]) => ({
    kind,
    number: `FJ-2026-${kind}`,
    date: "2026-03-02",
    amount: "1000000.00",
    parties,
  });
  await step(await signedIn("icbc.operator"), id, {
    action: "record-contracts",
    contracts: [
      contract("LOAN", ["十堰精工", "工商银行十堰分行"]),
      contract("ENTRUSTED_GUARANTEE", ["十堰担保集团", "十堰精工"]),
      contract("COUNTER_GUARANTEE", ["十堰担保集团", "十堰精工"]),
      contract("SURETY", ["工商银行十堰分行", "十堰担保集团"]),
    ],
  });
  return id;
}

/** Chooses a file for the antd Upload inside the element with this test id. */
const upload = (page: Page, testId: string, name: string, buffer: Buffer) =>
  page
    .getByTestId(testId)
    .locator("input[type=file]")
    .setInputFiles({ name, mimeType: "application/octet-stream", buffer });

/** Clicks a download link and returns the bytes the browser saved. */
async function downloaded(page: Page, link: ReturnType<Page["getByTestId"]>): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  return readFileSync(await download.path());
}

describe("application documents and contract scans in the browser", () => {
  const browser = useBrowser();
  const signedIn = async (username: string) => {
    const page = await browser.newPage();
    await signIn(page, username);
    return page;
  };

  it("lets the enterprise attach a document and the bank a contract scan, and both download them", async () => {
    const id = await contractedApplication(signedIn);

    const enterprise = await signedIn("enterprise.operator");
    await enterprise.goto(`/applications/${id}`);
    await enterprise.getByTestId("attachments-card").waitFor();
    await upload(enterprise, "attachment-upload", "2025年度审计报告.pdf", PDF);
    const row = enterprise.getByTestId("attachments").locator("tr", { hasText: "2025年度审计报告.pdf" });
    await row.waitFor();
    const sha256 = createHash("sha256").update(PDF).digest("hex");
    expect(await row.getByTestId("attachment-sha256").textContent()).toContain(sha256.slice(0, 12));
    expect(await row.textContent()).toContain("enterprise.operator");

    // A file whose content is not what its name says is refused, with the server's reason.
    await upload(enterprise, "attachment-upload", "营业执照.pdf", Buffer.from("<html><body>x</body></html>"));
    await expect
      .poll(() => enterprise.getByTestId("attachment-error").textContent())
      .toContain("营业执照.pdf 未能上传");
    expect(await enterprise.getByTestId("attachment-error").textContent()).toContain("只接受");
    expect(await enterprise.getByTestId("attachments").locator("tbody tr.ant-table-row").count()).toBe(1);
    await screenshot(enterprise, "application-attachments-refused");

    expect((await downloaded(enterprise, row.getByTestId("attachment-download"))).equals(PDF)).toBe(true);
    // Only the bank attaches contract scans.
    expect(await enterprise.getByTestId("contract-scan-upload-LOAN").count()).toBe(0);

    const bank = await signedIn("icbc.operator");
    await bank.goto(`/applications/${id}`);
    await bank.getByTestId("contract-scan-LOAN").waitFor();
    expect(await bank.getByTestId("contract-scan-LOAN").textContent()).toContain("未上传");
    await upload(bank, "contract-scan-upload-LOAN", "借款合同-FJ-2026.pdf", SCAN);
    const scanLink = bank.getByTestId("contract-scan-LOAN").getByTestId("attachment-download");
    await expect.poll(() => scanLink.textContent()).toContain("借款合同-FJ-2026.pdf");
    await expect.poll(() => bank.getByTestId("attachments").textContent()).toContain("借款合同扫描件");
    expect((await downloaded(bank, scanLink)).equals(SCAN)).toBe(true);
    await screenshot(bank, "application-attachments");

    // The enterprise sees the scan too; the finance bureau sees the application but not its files.
    await enterprise.reload();
    await expect
      .poll(() => enterprise.getByTestId("contract-scan-LOAN").textContent())
      .toContain("借款合同-FJ-2026.pdf");
    const finance = await signedIn("czj.reviewer");
    const refused = finance.waitForResponse((response) => response.url().endsWith(`/${id}/attachments`));
    await finance.goto(`/applications/${id}`);
    expect((await refused).status()).toBe(404);
    await finance.getByTestId("application-contracts").waitFor();
    expect(await finance.getByTestId("attachments-card").count()).toBe(0);
    expect(await finance.getByTestId("contract-scan-LOAN").count()).toBe(0);
  });
});
