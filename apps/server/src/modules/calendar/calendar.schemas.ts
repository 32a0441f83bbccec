import { z } from "zod";
import { isoDate, text } from "../../platform/http";

// ---- requests ----

export const yearParams = z.object({ year: z.coerce.number().int().min(1000).max(9999) }).strict();

// A year has at most 366 days; the domain checks each date belongs to the year and says why not.
const dates = z.array(isoDate).max(366);

export const calendarYearInput = z
  .object({
    // Every notice gives days off (元旦 at least): an empty list is a year not entered yet, not one without holidays.
    holidays: dates.min(1).describe("Statutory days off (放假), weekdays and weekends alike"),
    adjustedWorkdays: dates.describe("Weekend days worked (调休上班)"),
    notice: z
      .object({
        number: text({ max: 60 }).describe("The notice's document number, e.g. 国办发明电〔2025〕7号"),
        date: isoDate.describe("The day the notice was issued"),
      })
      .strict(),
    expectedVersion: z
      .number()
      .int()
      .min(0)
      .describe("The year's version as read; 0 when the year is entered for the first time"),
  })
  .strict();

export type CalendarYearInput = z.infer<typeof calendarYearInput>;

// ---- responses ----

export const calendarYearResponse = z
  .object({
    year: z.number().int(),
    holidays: z.array(z.string()),
    adjustedWorkdays: z.array(z.string()),
    notice: z.object({ number: z.string(), date: z.string() }),
    /** Who entered it; null for the years the platform shipped with. */
    enteredBy: z.string().nullable(),
    enteredAt: z.date(),
    version: z.number().int(),
  })
  .meta({ id: "CalendarYear" });

export const officialCalendarResponse = z.object({
  years: z.array(calendarYearResponse),
  /** The year a platform admin should enter now (see the domain's yearToEnter), or null. */
  yearToEnter: z.number().int().nullable(),
});
