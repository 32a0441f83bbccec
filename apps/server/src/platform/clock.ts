import { isIsoDate } from "@chanrong/domain";

let pinnedDay: string | null = null;

/** Built once: a formatter with a time zone costs ~100 µs to build and ~1 µs to use ("sv-SE" writes YYYY-MM-DD). */
const chinaDate = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" });

/**
 * The business date in China (Asia/Shanghai), by which deadlines, SLA clocks and subsidy windows
 * are judged. Tests pin it with setToday; CHANRONG_TODAY pins it for a demo (e.g. inside a subsidy
 * application window) and is refused in production, where the date is always the real one.
 */
export function today(): string {
  const pinned = pinnedDay ?? process.env.CHANRONG_TODAY;
  if (pinned) {
    if (process.env.NODE_ENV === "production")
      throw new Error("the business date cannot be pinned in production");
    if (!isIsoDate(pinned)) throw new Error(`a pinned business date must be YYYY-MM-DD, got ${pinned}`);
    return pinned;
  }
  return chinaDate.format(new Date());
}

/** Pins (or with null, unpins) the business date; for tests. */
export function setToday(day: string | null): void {
  pinnedDay = day;
}
