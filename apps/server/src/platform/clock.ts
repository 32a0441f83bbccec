import { AsyncLocalStorage } from "node:async_hooks";
import { isIsoDate } from "@chanrong/domain";

let pinnedDay: string | null = null;

/** The day a piece of seeded history happened on, while the demo seed writes it (see asOf). */
const storyDay = new AsyncLocalStorage<string>();

/** Built once: a formatter with a time zone costs ~100 µs to build and ~1 µs to use ("sv-SE" writes YYYY-MM-DD). */
const chinaDate = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" });

/**
 * The business date in China (Asia/Shanghai), by which deadlines, SLA clocks and subsidy windows
 * are judged. Tests pin it with setToday; CHANRONG_TODAY pins it for a demo (e.g. inside a subsidy
 * application window) and is refused in production, where the date is always the real one.
 */
export function today(): string {
  const replayed = storyDay.getStore();
  if (replayed) return replayed;
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

/**
 * Runs `work` with the business date `day`, for it and everything it awaits, and for nothing else
 * running meanwhile: the demo seed writes its history through the services on the dates its story
 * says, not on the day it is seeded (or the pinned one).
 */
export function asOf<T>(day: string, work: () => Promise<T>): Promise<T> {
  if (!isIsoDate(day)) throw new Error(`a story date must be YYYY-MM-DD, got ${day}`);
  return storyDay.run(day, work);
}
