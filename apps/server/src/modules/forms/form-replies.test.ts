import Fastify from "fastify";
import { afterAll, describe, expect, it } from "vitest";
import { attachmentDisposition, sendHtml, sendPdf } from "./form-replies";

describe("form replies", () => {
  const app = Fastify();
  app.get("/html", (_request, reply) => sendHtml(reply, "<!doctype html><p>推荐表</p>"));
  app.get("/pdf", (_request, reply) => sendPdf(reply, "推荐表 (2026).pdf", Buffer.from("%PDF-1.3\n")));
  afterAll(() => app.close());

  it("serves a form as UTF-8 HTML that may not run script", async () => {
    const response = await app.inject({ url: "/html" });
    expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(response.headers["content-security-policy"]).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; font-src 'self'",
    );
    expect(response.body).toBe("<!doctype html><p>推荐表</p>");
  });

  it("serves a PDF as an attachment with its UTF-8 file name", async () => {
    const response = await app.inject({ url: "/pdf" });
    expect(response.headers["content-type"]).toBe("application/pdf");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["content-disposition"]).toBe(
      `attachment; filename="___ (2026).pdf"; filename*=UTF-8''%E6%8E%A8%E8%8D%90%E8%A1%A8%20%282026%29.pdf`,
    );
    expect(response.rawPayload.toString("latin1")).toBe("%PDF-1.3\n");
  });

  it("keeps quotes, backslashes and line breaks out of the header", () => {
    expect(attachmentDisposition('a"b\\c\r\nd.pdf')).toBe(
      `attachment; filename="a_b_c__d.pdf"; filename*=UTF-8''a%22b%5Cc%0D%0Ad.pdf`,
    );
  });
});
