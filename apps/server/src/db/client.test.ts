import { sql } from "drizzle-orm";
import pg from "pg";
import { describe, expect, it } from "vitest";
import {
  createThrowawayPostgres,
  DEFAULT_TEST_DATABASE_URL,
  TEST_DATABASE_KIND,
} from "../testing/test-database";
import { openDatabase } from "./client";

describe.skipIf(TEST_DATABASE_KIND !== "postgres")("the PostgreSQL pool (PostgreSQL only)", () => {
  it("survives the server ending an idle connection, and serves the next query on a new one", async () => {
    const throwaway = await createThrowawayPostgres();
    const database = await openDatabase(throwaway.url);
    try {
      const [before] = (await database.db.execute<{ pid: number }>(sql`select pg_backend_pid() as pid`)).rows;
      const admin = new pg.Client({
        connectionString: process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL,
      });
      await admin.connect();
      await admin.query("select pg_terminate_backend($1)", [before?.pid]);
      await admin.end();
      // Let the pool hear the idle connection's end: unheard, that 'error' event is an uncaught exception.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const [after] = (await database.db.execute<{ pid: number }>(sql`select pg_backend_pid() as pid`)).rows;
      expect(after?.pid).not.toBe(before?.pid);
    } finally {
      await database.close();
      await throwaway.drop();
    }
  });
});
