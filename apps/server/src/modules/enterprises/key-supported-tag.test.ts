import { readFileSync } from "node:fs";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { enterpriseTags, keySupportedEnterprises } from "../../db/schema";
import { buildEnterpriseInput } from "../../testing/factories";
import { type TestClient, useTestApp } from "../../testing/test-app";

const TAG = "CITY_AUTO_KEY";
const tagsOf = (enterprise: { tags: { tag: string }[] }) => enterprise.tags.map((t) => t.tag);

describe("全市汽车产业重点支持企业 is the industry bureau's key-supported list, shown as a tag", () => {
  const ctx = useTestApp();
  let bureau: TestClient;

  beforeAll(async () => {
    bureau = await ctx.signIn("jxj.operator");
  });

  const register = async (sequence: number, overrides: Record<string, unknown> = {}) =>
    bureau.post(
      "/api/v1/enterprises",
      buildEnterpriseInput({ districtCode: "420303", ...overrides }, sequence),
    );
  const filtered = async () =>
    (await bureau.get(`/api/v1/enterprises?tag=${TAG}&pageSize=100`))
      .json()
      .items.map((e: { id: string }) => e.id);

  it("shows and filters the tag from the list: on it when added, off it when removed", async () => {
    const id = (await register(8101)).json().id;
    expect(tagsOf((await bureau.get(`/api/v1/enterprises/${id}`)).json())).not.toContain(TAG);
    expect(await filtered()).not.toContain(id);

    const entry = (
      await bureau.post("/api/v1/key-supported-list", { enterpriseId: id, note: "重点支持" })
    ).json();
    const detail = (await bureau.get(`/api/v1/enterprises/${id}`)).json();
    expect(detail.tags).toContainEqual({
      tag: TAG,
      validFrom: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      validTo: null,
    });
    expect(await filtered()).toContain(id);
    const eligibility = await (await ctx.signIn("platform.admin")).post(
      "/api/v1/programmes/SHIYAN-CHANLIAN/eligibility",
      {
        enterpriseId: id,
        supplyChainCategory: null,
        amount: "1000000.00",
        termMonths: 12,
        loanUse: "WORKING_CAPITAL",
      },
    );
    expect(eligibility.json().checks).toContainEqual(
      expect.objectContaining({ rule: "key-supported-list", passed: true }),
    );

    await bureau.request({
      method: "DELETE",
      url: `/api/v1/key-supported-list/${entry.id}`,
      payload: { reason: "不再列入" },
      headers: { "x-csrf-token": bureau.csrfToken },
    });
    expect(tagsOf((await bureau.get(`/api/v1/enterprises/${id}`)).json())).not.toContain(TAG);
    expect(await filtered()).not.toContain(id);
  });

  it("refuses the tag on the enterprise itself, on creation and on edit, naming the field", async () => {
    const created = await register(8102, { tags: [{ tag: TAG, validFrom: "2025-01-01", validTo: null }] });
    expect(created.statusCode).toBe(400);
    expect(created.json().errors[0].field).toBe("tags.0.tag");

    const { id, version } = (await register(8103)).json();
    const edited = await bureau.patch(`/api/v1/enterprises/${id}`, {
      version,
      tags: [{ tag: TAG, validFrom: "2025-01-01", validTo: null }],
    });
    expect(edited.statusCode).toBe(400);
    expect(edited.json().errors[0].field).toBe("tags.0.tag");
    expect(tagsOf((await bureau.get(`/api/v1/enterprises/${id}`)).json())).toEqual([]);
  });

  it("keeps the list when the enterprise's recorded tags are replaced", async () => {
    const { id, version } = (await register(8104)).json();
    await bureau.post("/api/v1/key-supported-list", { enterpriseId: id, note: "重点支持" });
    const edited = await bureau.patch(`/api/v1/enterprises/${id}`, {
      version,
      tags: [{ tag: "HIGH_TECH", validFrom: "2025-01-01", validTo: null }],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(tagsOf(edited.json()).sort()).toEqual([TAG, "HIGH_TECH"]);
  });

  it("migrates a current tag row onto the city's list, dated from the tag, and drops every tag row", async () => {
    const { db } = ctx.database;
    const current = (await register(8105)).json().id;
    const expired = (await register(8106)).json().id;
    await db.insert(enterpriseTags).values([
      { enterpriseId: current, tag: TAG, validFrom: "2025-01-01", validTo: null },
      { enterpriseId: expired, tag: TAG, validFrom: "2020-01-01", validTo: "2021-12-31" },
    ]);
    const migration = readFileSync(
      join(import.meta.dirname, "../../db/migrations/0016_key_supported_list_is_the_tag.sql"),
      "utf8",
    );
    for (const statement of migration.split("--> statement-breakpoint")) await db.execute(sql.raw(statement));

    const entries = await db
      .select()
      .from(keySupportedEnterprises)
      .where(eq(keySupportedEnterprises.enterpriseId, current));
    expect(entries).toEqual([
      expect.objectContaining({ regionCode: "420300", addedBy: null, note: expect.stringContaining("迁入") }),
    ]);
    expect(
      await db
        .select()
        .from(keySupportedEnterprises)
        .where(eq(keySupportedEnterprises.enterpriseId, expired)),
    ).toEqual([]);
    expect(await db.select().from(enterpriseTags).where(eq(enterpriseTags.tag, TAG))).toEqual([]);
    expect((await bureau.get(`/api/v1/enterprises/${current}`)).json().tags).toEqual([
      { tag: TAG, validFrom: "2025-01-01", validTo: null },
    ]);
    // The bureau's list page shows the migrated entry like any other.
    const list = (await bureau.get("/api/v1/key-supported-list")).json();
    expect(list.map((e: { enterpriseId: string }) => e.enterpriseId)).toContain(current);
  });
});
