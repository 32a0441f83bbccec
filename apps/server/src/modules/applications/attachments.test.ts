import { beforeAll, describe, expect, it } from "vitest";
import { FORM, registerDemoEnterprise } from "../../testing/applications";
import { buildEnterpriseInput } from "../../testing/factories";
import { type TestClient, useTestApp } from "../../testing/test-app";

describe("attachments: checked by content, stored by hash, downloaded safely, parties only", () => {
  const ctx = useTestApp();
  let applicationId: string;
  const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(2048, 0x20), Buffer.from("\n%%EOF\n")]);
  const upload = (client: TestClient, filename: string, content: Buffer, kind = "DOCUMENT") => {
    const boundary = "----chanrongtest";
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n`),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return client.request({
      method: "POST",
      url: `/api/v1/applications/${applicationId}/attachments`,
      payload,
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    });
  };

  beforeAll(async () => {
    await registerDemoEnterprise(ctx, buildEnterpriseInput({ districtCode: "420372" }, 6301));
    const enterprise = await ctx.signIn("enterprise.operator");
    const application = await enterprise.post("/api/v1/applications", {
      programmeCode: "SHIYAN-CHANLIAN",
      bankOrgId: ctx.orgs.icbc,
      guarantorOrgId: ctx.orgs.danbao,
      amount: "2000000.00",
      termMonths: 12,
      loanUse: "PRODUCT_RD",
      supplyChainCategory: null,
      form: FORM,
    });
    applicationId = application.json().id;
    await enterprise.post(`/api/v1/applications/${applicationId}/actions`, { action: "submit", version: 1 });
  });

  it("stores a PDF with its hash and serves it as a download that cannot run", async () => {
    const enterprise = await ctx.signIn("enterprise.operator");
    const uploaded = await upload(enterprise, "审计报告.pdf", PDF);
    expect(uploaded.statusCode).toBe(201);
    expect(uploaded.json()).toMatchObject({
      contentType: "application/pdf",
      size: PDF.length,
      kind: "DOCUMENT",
    });
    expect(uploaded.json().sha256).toMatch(/^[a-f0-9]{64}$/);

    const bank = await ctx.signIn("icbc.reviewer");
    const scan = await upload(bank, "借款合同.pdf", PDF, "LOAN");
    expect(scan.json().kind).toBe("LOAN");
    const listed = (await bank.get(`/api/v1/applications/${applicationId}/attachments`)).json();
    expect(listed.map((a: { filename: string }) => a.filename)).toEqual(["审计报告.pdf", "借款合同.pdf"]);

    const download = await bank.get(`/api/v1/attachments/${uploaded.json().id}/content`);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect(download.headers).toMatchObject({
      "content-type": "application/pdf",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    });
    expect(download.headers["content-disposition"]).toMatch(/^attachment;/);
  });

  it("refuses a file name with control characters, storing nothing", async () => {
    const enterprise = await ctx.signIn("enterprise.operator");
    const before = (await enterprise.get(`/api/v1/applications/${applicationId}/attachments`)).json().length;
    for (const filename of ["审计\u0000报告.pdf", "报告\u001b[31m.pdf"]) {
      const refused = await upload(enterprise, filename, PDF);
      expect(refused.statusCode, JSON.stringify(filename)).toBe(400);
      expect(refused.json().errors[0].field).toBe("file.filename");
    }
    expect((await enterprise.get(`/api/v1/applications/${applicationId}/attachments`)).json()).toHaveLength(
      before,
    );
  });

  it("refuses a file whose content does not match its name, an unknown kind, and an oversized file", async () => {
    const enterprise = await ctx.signIn("enterprise.operator");
    const disguised = await upload(
      enterprise,
      "合同.pdf",
      Buffer.from("<html><script>alert(1)</script></html>"),
    );
    expect(disguised.statusCode).toBe(400);
    expect(disguised.json().errors[0]).toMatchObject({ field: "file", rule: "file-type" });
    expect((await upload(enterprise, "a.pdf", PDF, "SELFIE")).json().errors[0].field).toBe("kind");
    const huge = await upload(enterprise, "big.pdf", Buffer.concat([PDF, Buffer.alloc(11 * 1024 * 1024)]));
    expect(huge.statusCode).toBe(413);
    expect(huge.json().detail).toContain("文件超过上传大小上限");
    const listed = (await enterprise.get(`/api/v1/applications/${applicationId}/attachments`)).json();
    expect(listed).toHaveLength(2);
  });

  it("shows attachments to the application's parties only", async () => {
    const bank = await ctx.signIn("icbc.reviewer");
    const [first] = (await bank.get(`/api/v1/applications/${applicationId}/attachments`)).json();
    // The finance bureau sees the application in its region, but its documents are not its business.
    const finance = await ctx.signIn("czj.reviewer");
    expect((await finance.get(`/api/v1/applications/${applicationId}`)).statusCode).toBe(200);
    expect((await finance.get(`/api/v1/attachments/${first.id}/content`)).statusCode).toBe(404);
    const otherBank = await ctx.signIn("hbbank.reviewer");
    expect((await otherBank.get(`/api/v1/attachments/${first.id}/content`)).statusCode).toBe(404);
    expect((await otherBank.get(`/api/v1/applications/${applicationId}/attachments`)).statusCode).toBe(404);
  });
});
