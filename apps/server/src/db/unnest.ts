import { getTableColumns, type SQL, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";

/** The PostgreSQL type a column's values travel as. */
export type UnnestType = "uuid" | "text" | "date" | "integer" | "bigint" | "jsonb";

/** A value as the array parameter carries it: bigints and JSON as text, which both drivers send as is. */
function wire(type: UnnestType, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (type === "jsonb") return JSON.stringify(value);
  return type === "bigint" ? String(value) : value;
}

/**
 * `insert into <table> (…) select … from unnest($1::type[], …)`: the rows as one array parameter per
 * column, for the columns named in `types` (the others take their defaults). A multi-row VALUES list
 * binds a parameter per cell, which Drizzle builds value by value and PostgreSQL parses and plans
 * afresh for every batch; this is a statement of a few parameters however many rows it writes.
 * Append `on conflict …` or `returning …` with sql`${insertUnnest(…)} …`.
 */
export function insertUnnest<Row extends object>(
  table: PgTable,
  rows: readonly Row[],
  types: { [Key in keyof Row]?: UnnestType },
): SQL {
  const columns = getTableColumns(table);
  const written = Object.entries(types as Record<string, UnnestType>).map(([key, type]) => {
    const column = columns[key];
    if (!column) throw new Error(`${key} is not a column of the table`);
    const values = rows.map((row) => wire(type, (row as Record<string, unknown>)[key]));
    return { name: column.name, type, values };
  });
  const names = sql.join(
    written.map(({ name }) => sql.identifier(name)),
    sql`, `,
  );
  const arrays = sql.join(
    written.map(
      ({ type, values }) => sql`${sql.param(values)}::${sql.raw(type === "jsonb" ? "text" : type)}[]`,
    ),
    sql`, `,
  );
  const aliases = sql.raw(written.map((_, index) => `c${index}`).join(", "));
  const selected = sql.raw(
    written.map(({ type }, index) => (type === "jsonb" ? `c${index}::jsonb` : `c${index}`)).join(", "),
  );
  return sql`insert into ${table} (${names}) select ${selected} from unnest(${arrays}) as u(${aliases})`;
}

/** The rows of a statement run with `execute`, whichever driver ran it. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
