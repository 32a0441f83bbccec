import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HASHED_ASSET_CACHING, PAGE_CACHING, registerWebApp } from "./web-app";

describe("the built web app: compressed copies as accepted, hashed assets kept a year, pages asked again", () => {
  const webDist = mkdtempSync(join(tmpdir(), "chanrong-web-"));
  const script = `console.log(${JSON.stringify("产融通 ".repeat(400))});`;
  let app: FastifyInstance;

  beforeAll(async () => {
    writeFileSync(join(webDist, "index.html"), "<!doctype html><title>产融通</title>");
    mkdirSync(join(webDist, "assets"));
    const asset = join(webDist, "assets/index-3f9a1b2c.js");
    writeFileSync(asset, script);
    writeFileSync(`${asset}.br`, brotliCompressSync(script));
    writeFileSync(`${asset}.gz`, gzipSync(script));
    app = Fastify();
    await registerWebApp(app, webDist);
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
  });

  const asset = (acceptEncoding?: string) =>
    app.inject({
      method: "GET",
      url: "/assets/index-3f9a1b2c.js",
      headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {},
    });

  it("sends the brotli copy to a browser that accepts it, else gzip, else the file itself", async () => {
    const br = await asset("gzip, deflate, br, zstd");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);
    const gz = await asset("gzip, deflate");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);
    const plain = await asset();
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(script);
    for (const response of [br, gz, plain]) {
      expect(response.headers["content-type"]).toContain("javascript");
      expect(response.headers.vary).toContain("accept-encoding");
      expect(response.headers["cache-control"]).toBe(HASHED_ASSET_CACHING);
    }
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length);
  });

  it("marks index.html to be asked for again, whether as / or as a client route", async () => {
    for (const url of ["/", "/index.html", "/sign-in", "/applications/123"]) {
      const page = await app.inject({ method: "GET", url });
      expect(page.statusCode, url).toBe(200);
      expect(page.body, url).toContain("产融通");
      expect(page.headers["cache-control"], url).toBe(PAGE_CACHING);
    }
  });
});
