/**
 * Rows per multi-row statement: PostgreSQL binds at most 65,535 parameters in one statement, and the
 * widest rows written in bulk (postings, payment lines) have about fifteen columns.
 */
export const ROWS_PER_STATEMENT = 2_000;

/** Consecutive slices of `rows`, each small enough to write in one multi-row statement. */
export function* inBatches<T>(rows: readonly T[], size = ROWS_PER_STATEMENT): Generator<T[]> {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}
