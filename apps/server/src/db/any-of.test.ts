import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../testing/test-database";
import { anyOf } from "./any-of";
import type { DatabaseHandle } from "./client";
import { regions } from "./schema";

describe("anyOf: one array parameter however long the list", () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
    await database.db.insert(regions).values({ code: "999999", name: "测试", nameEn: "test", level: "city" });
  });
  afterAll(() => database?.close());

  it("matches among more values than PostgreSQL allows bind parameters (65,535)", async () => {
    const many = Array.from({ length: 70_000 }, (_, i) => String(i));
    const rows = await database.db
      .select()
      .from(regions)
      .where(anyOf(regions.code, [...many, "999999"], "text"));
    expect(rows.map((row) => row.code)).toEqual(["999999"]);
  });

  it("matches nothing for an empty list", async () => {
    expect(
      await database.db
        .select()
        .from(regions)
        .where(anyOf(regions.code, [], "text")),
    ).toEqual([]);
  });
});
