import { beforeAll, describe, expect, it } from "vitest";
import { type TestClient, useTestApp } from "../../testing/test-app";

/** A 订单贷 as an institution's own system would send it. */
const ORDER_LOAN = {
  name: "订单贷(系统直连)",
  category: "CREDIT",
  type: "ORDER_LOAN",
  rateMin: "0.0380",
  rateMax: "0.0520",
  amountMin: "300000",
  amountMax: "5000000",
  termMinMonths: 3,
  termMaxMonths: 12,
  collateral: ["RECEIVABLES"],
  tags: [],
  clusters: [],
  industries: [],
  sizeClasses: [],
  districts: [],
  materials: "订单合同、近一年财务报表",
  description: "凭核心企业订单放款",
  contactName: "李经理",
  contactPhone: "023-63111111",
};

// Issue 12 point 8: an institution's systems manage its products with an API key, as its claims and
// a bank's loan events already are — its own products only, and never the bureau's review.
describe("financing products by API key", () => {
  const ctx = useTestApp();
  let bankKey: string;
  let otherBankKey: string;
  let insurerKey: string;
  let bureau: TestClient;

  const keyOf = async (admin: string) => {
    const created = await (await ctx.signIn(admin)).post("/api/v1/api-keys", { name: "产品管理系统" });
    expect(created.statusCode, created.body).toBe(201);
    return created.json().key as string;
  };
  const withKey = (key: string, method: "GET" | "POST" | "PUT", url: string, payload?: object) =>
    ctx.app.inject({ method, url, payload, headers: { authorization: `Bearer ${key}` } });

  beforeAll(async () => {
    bankKey = await keyOf("cqbank.admin");
    otherBankKey = await keyOf("cqrcb.admin");
    // An insurer (a financial institution with a kind) may hold keys too.
    insurerKey = await keyOf("cqinsurer.admin");
    bureau = await ctx.signIn("cqjxw.reviewer");
  });

  it("lists, drafts, edits and submits its own products for review", async () => {
    const created = await withKey(bankKey, "POST", "/api/v1/financing-products", ORDER_LOAN);
    expect(created.statusCode, created.body).toBe(201);
    const { id, version } = created.json();
    expect(created.json().latest).toMatchObject({ state: "DRAFT", name: "订单贷(系统直连)" });

    const listed = (await withKey(bankKey, "GET", "/api/v1/financing-products")).json() as { id: string }[];
    expect(listed.map((product) => product.id)).toContain(id);

    const edited = await withKey(bankKey, "PUT", `/api/v1/financing-products/${id}`, {
      ...ORDER_LOAN,
      amountMax: "8000000",
      version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().latest.amountMax).toBe("8000000.00");

    const submitted = await withKey(bankKey, "POST", `/api/v1/financing-products/${id}/submit`, {
      version: edited.json().version,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().latest.state).toBe("PENDING_REVIEW");
    // Each step is in the product's history, as from the web.
    const detail = (await withKey(bankKey, "GET", `/api/v1/financing-products/${id}`)).json();
    expect(detail.history.map((event: { action: string }) => event.action)).toEqual(
      expect.arrayContaining(["create", "submit"]),
    );

    // The bureau reviews it in the web; a key cannot review, even its own institution's.
    const pending = (await bureau.get("/api/v1/financing-products?state=PENDING_REVIEW")).json();
    expect(pending.map((product: { id: string }) => product.id)).toContain(id);
    const review = await withKey(bankKey, "POST", `/api/v1/financing-products/${id}/review`, {
      version: submitted.json().version,
      decision: "list",
      opinion: "同意上架",
    });
    expect(review.statusCode).toBe(403);
  });

  it("never reads, edits or submits another institution's product", async () => {
    const created = await withKey(bankKey, "POST", "/api/v1/financing-products", {
      ...ORDER_LOAN,
      name: "仅本行可见的草稿",
    });
    const { id, version } = created.json();
    for (const key of [otherBankKey, insurerKey]) {
      const list = (await withKey(key, "GET", "/api/v1/financing-products")).json() as { id: string }[];
      expect(list.map((product) => product.id)).not.toContain(id);
      expect((await withKey(key, "GET", `/api/v1/financing-products/${id}`)).statusCode).toBe(404);
      const hijack = await withKey(key, "PUT", `/api/v1/financing-products/${id}`, {
        ...ORDER_LOAN,
        name: "别人的产品",
        version,
      });
      expect(hijack.statusCode).toBe(404);
      const submit = await withKey(key, "POST", `/api/v1/financing-products/${id}/submit`, { version });
      expect(submit.statusCode).toBe(404);
    }
    // Nothing changed: still the owner's draft under its own name.
    const own = (await withKey(bankKey, "GET", `/api/v1/financing-products/${id}`)).json();
    expect(own).toMatchObject({ version, latest: { state: "DRAFT", name: "仅本行可见的草稿" } });
  });

  it("refuses bad input naming the field and changing nothing, an unknown key, and other routes", async () => {
    const bad = await withKey(bankKey, "POST", "/api/v1/financing-products", {
      ...ORDER_LOAN,
      rateMin: "0.2",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((error: { field: string }) => error.field)).toContain("rateMax");
    const list = (await withKey(bankKey, "GET", "/api/v1/financing-products")).json() as {
      latest: { rateMax: string };
    }[];
    expect(list.filter((product) => product.latest.rateMax === "0.02")).toEqual([]);
    expect((await withKey("crk_unknown", "GET", "/api/v1/financing-products")).statusCode).toBe(401);
    // Routes outside the institution's products do not take keys.
    expect((await withKey(bankKey, "GET", "/api/v1/product-supermarket")).statusCode).toBe(403);
  });
});
