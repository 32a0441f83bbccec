import { type Column, type SQL, sql } from "drizzle-orm";

/**
 * `column = any($1)` with the whole list as ONE array parameter. Drizzle's inArray binds a parameter
 * per value, and PostgreSQL refuses more than 65,535 in a statement; lists of loans can be longer.
 */
export function anyOf(column: Column | SQL, values: readonly string[], type: "uuid" | "text"): SQL {
  return sql`${column} = any(${sql.param([...values])}::${sql.raw(type)}[])`;
}
