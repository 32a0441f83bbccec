import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { fundPayments } from "../../db/schema";
import { createTestPayment, theFund } from "../../testing/fund";
import { type TestClient, useTestApp } from "../../testing/test-app";

// A payment's title is kept in both languages when it is made and read in the caller's: on the list,
// the payment, the worklist of the workbench; one made before the English was kept reads its Chinese.
describe("payment titles in the caller's language", () => {
  const ctx = useTestApp();
  let guarantor: TestClient;
  let paymentId: string;

  const titleOf = async (url: string, language: string, pick: (body: never) => string) => {
    const response = await guarantor.request({
      method: "GET",
      url,
      headers: { "accept-language": language },
    });
    expect(response.statusCode, response.body).toBe(200);
    return pick(response.json() as never);
  };
  const detail = (language: string) =>
    titleOf(`/api/v1/fund-payments/${paymentId}`, language, (body: { title: string }) => body.title);
  const listed = (language: string) =>
    titleOf("/api/v1/fund-payments", language, (body: { items: { id: string; title: string }[] }) =>
      String(body.items.find((item) => item.id === paymentId)?.title),
    );
  const waiting = (language: string) =>
    titleOf("/api/v1/workbench", language, (body: { items: { id: string; title: string }[] }) =>
      String(body.items.find((item) => item.id === paymentId)?.title),
    );

  beforeAll(async () => {
    const fund = await theFund(ctx);
    paymentId = await createTestPayment(ctx, fund.id, [
      { name: "甲公司", amountFen: 100_00n },
      { name: "乙公司", amountFen: 200_00n },
    ]);
    guarantor = await ctx.signIn("danbao.reviewer");
  });

  it("reads the title in Chinese by default and in English when asked, wherever the payment is shown", async () => {
    for (const read of [detail, listed, waiting]) {
      expect(await read("zh-CN")).toBe("测试支付 甲公司、乙公司");
      expect(await read("en")).toBe("Test payment 甲公司, 乙公司");
    }
  });

  it("reads a payment made before the English was kept in its Chinese, in either language", async () => {
    await ctx.database.db.update(fundPayments).set({ titleEn: null }).where(eq(fundPayments.id, paymentId));
    expect(await detail("en")).toBe("测试支付 甲公司、乙公司");
  });
});
