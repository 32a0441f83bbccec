/**
 * Optimistic locking for reviews that run in parallel (SPEC §3.1 step 3; the bureaus' review of a fund
 * payment). Each review keeps the version of the last step that changed the status or that review. A
 * step on a review is stale only if such a step came after the version its decider read: the other
 * reviewer's parallel decision changes nothing this reviewer decided on. A step on the whole record
 * (submit, withdraw, recommend…) is stale after any change. ADR 017.
 */
export function isStale(read: number, current: number, reviewChangedAt?: number): boolean {
  return read > current || read < (reviewChangedAt ?? current);
}

/**
 * The reviews whose version a step moves on: all of them when the status changes (the record moved
 * on under every reviewer), otherwise those whose own state changed.
 */
export function touchedReviews<S extends { status: string }, R extends string>(
  before: S,
  after: S,
  fields: Readonly<Record<R, keyof S>>,
): R[] {
  return (Object.keys(fields) as R[]).filter(
    (review) => before.status !== after.status || before[fields[review]] !== after[fields[review]],
  );
}
