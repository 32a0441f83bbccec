import { checkIsoDate } from "../dates";
import type { ValidationIssue } from "../errors";
import type { Term, Terms } from "../vocabulary";

/** The time zone a batch's dates are read in unless it says otherwise: the ministry's (北京时间). */
export const DEFAULT_BATCH_TIME_ZONE = "Asia/Shanghai";

/**
 * A batch's calendar. Each deadline is a whole day in the batch's time zone and counts to its end:
 * "申报截止日期为2020年8月31日" accepts a submission at 23:59 on 31 August Beijing time, and
 * "9月15日前" is read the same way (the notice gives no hour).
 */
export interface BatchSchedule {
  /** The first day applications may be submitted (the notice's date, or the day the ministry opens it). */
  opensOn: string;
  applicationDeadline: string;
  provincialDeadline: string;
  timeZone: string;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Every problem of a schedule: real dates, a known IANA zone, opening ≤ application deadline ≤ provincial deadline. */
export function batchScheduleIssues(schedule: BatchSchedule): ValidationIssue[] {
  const dates = ["opensOn", "applicationDeadline", "provincialDeadline"] as const;
  const issues = dates.flatMap((field) => checkIsoDate(schedule[field], [field]) ?? []);
  if (!isTimeZone(schedule.timeZone)) {
    issues.push({
      path: ["timeZone"],
      rule: "time-zone",
      message: {
        zh: `时区"${schedule.timeZone}"无效,应为IANA时区名(如Asia/Shanghai)`,
        en: "Expected an IANA time zone name such as Asia/Shanghai",
      },
    });
  }
  if (issues.length > 0) return issues;
  if (schedule.applicationDeadline < schedule.opensOn) {
    issues.push({
      path: ["applicationDeadline"],
      rule: "deadline-after-opening",
      message: {
        zh: `申报截止日期${schedule.applicationDeadline}不能早于开始申报日期${schedule.opensOn}`,
        en: "The application deadline must not be before the opening day",
      },
    });
  }
  if (schedule.provincialDeadline < schedule.applicationDeadline) {
    issues.push({
      path: ["provincialDeadline"],
      rule: "provincial-deadline-after-application-deadline",
      message: {
        zh: `省级推荐截止日期${schedule.provincialDeadline}不能早于申报截止日期${schedule.applicationDeadline}`,
        en: "The provincial deadline must not be before the application deadline",
      },
    });
  }
  return issues;
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day an instant falls on in `timeZone` ("sv-SE" writes YYYY-MM-DD). */
export function dayInTimeZone(instant: Date, timeZone: string): string {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("sv-SE", { timeZone });
    dayFormatters.set(timeZone, formatter);
  }
  return formatter.format(instant);
}

/** The steps a batch's calendar governs. */
export type ScheduledStep = "submit" | "resubmit" | "return-for-correction" | "recommend";

export const SCHEDULED_STEP_TERMS: Terms<ScheduledStep> = {
  submit: { zh: "提交申报", en: "Submit the application" },
  resubmit: { zh: "修改后重新提交", en: "Resubmit after correction" },
  "return-for-correction": { zh: "退回修改", en: "Return for correction" },
  recommend: { zh: "确认推荐", en: "Confirm the recommendation" },
};

/**
 * The last day of each step: a city submits by the application deadline; everything the province
 * does (returning an application, confirming its list) and a city's correction of what it returned
 * end with the provincial deadline, or a return late in the window could never be answered.
 */
function lastDayOf(schedule: BatchSchedule, step: ScheduledStep): { day: string; name: Term } {
  return step === "submit"
    ? { day: schedule.applicationDeadline, name: { zh: "申报截止日期", en: "application deadline" } }
    : { day: schedule.provincialDeadline, name: { zh: "省级推荐截止日期", en: "provincial deadline" } };
}

export interface ScheduleRefusal {
  rule: "batch-not-open" | "deadline-passed";
  message: Term;
}

/**
 * Why `step` may not be taken on `day` (the business day in the batch's zone), or undefined if it
 * may. The message names the deadline and the zone it is read in.
 */
export function scheduleRefusal(
  schedule: BatchSchedule,
  step: ScheduledStep,
  day: string,
): ScheduleRefusal | undefined {
  const action = SCHEDULED_STEP_TERMS[step];
  if (day < schedule.opensOn) {
    return {
      rule: "batch-not-open",
      message: {
        zh: `本批次${schedule.opensOn}开始申报,今天(${day})不能${action.zh}`,
        en: `The batch opens on ${schedule.opensOn}; "${action.en}" is not possible on ${day}`,
      },
    };
  }
  const last = lastDayOf(schedule, step);
  if (day <= last.day) return undefined;
  return {
    rule: "deadline-passed",
    message: {
      zh: `${last.name.zh}为${last.day}(${schedule.timeZone}),已过截止日期,不能${action.zh}`,
      en: `The ${last.name.en} was ${last.day} (${schedule.timeZone}); "${action.en}" is no longer possible`,
    },
  };
}

/** Where a batch stands on a day: before opening, taking applications, provinces recommending, closed. */
export type BatchPhase = "UPCOMING" | "APPLYING" | "RECOMMENDING" | "CLOSED";

export const BATCH_PHASE_TERMS: Terms<BatchPhase> = {
  UPCOMING: { zh: "未开始", en: "Not yet open" },
  APPLYING: { zh: "申报中", en: "Taking applications" },
  RECOMMENDING: { zh: "省级推荐中", en: "Provinces recommending" },
  CLOSED: { zh: "申报推荐已截止", en: "Closed" },
};

export function batchPhase(schedule: BatchSchedule, day: string): BatchPhase {
  if (day < schedule.opensOn) return "UPCOMING";
  if (day <= schedule.applicationDeadline) return "APPLYING";
  return day <= schedule.provincialDeadline ? "RECOMMENDING" : "CLOSED";
}
