import {
  checkAmountAtMost,
  checkDateWithin,
  earliestDateLimit,
  formatYuanGrouped,
  latestDateLimit,
  MAX_AMOUNT_FEN,
  MAX_FIGURE_FEN,
  parseYuan,
} from "@chanrong/domain";
import { z } from "zod";
import { localisedIssue, schemaMessage } from "./language";

/** Shared request-schema pieces so every route validates the same way. */
export const idParams = z.object({ id: z.uuid() }).strict();

export const pageQuery = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

// C0 and C1 controls (PostgreSQL refuses NUL in text; none belongs in a name or a note) and unpaired surrogates.
const CONTROL = /[\p{Cc}\p{Cs}]/u;
// A multi-line field keeps its line breaks and tabs.
const CONTROL_BUT_LINES = /[^\P{Cc}\t\n\r]|\p{Cs}/u;

/**
 * Every free-text string a request carries (ADR 015): trimmed, at most `max` characters, no control
 * characters (line breaks only where `multiline`), and, unless `min` is 0, not blank.
 */
export function text({
  max,
  min = 1,
  multiline = false,
}: {
  max: number;
  min?: number;
  multiline?: boolean;
}) {
  const forbidden = multiline ? CONTROL_BUT_LINES : CONTROL;
  const tooShort =
    min === 1
      ? schemaMessage({ zh: "不能为空或只含空白", en: "Must not be blank" })
      : schemaMessage({
          zh: `去掉首尾空白后至少${min}个字符`,
          en: `At least ${min} characters, not counting surrounding whitespace`,
        });
  return z
    .string()
    .trim()
    .min(min, { message: tooShort })
    .max(max, { message: schemaMessage({ zh: `不能超过${max}个字符`, en: `At most ${max} characters` }) })
    .refine((value) => !forbidden.test(value), {
      message: multiline
        ? schemaMessage({ zh: "不能包含控制字符", en: "No control characters" })
        : schemaMessage({ zh: "不能包含控制字符或换行", en: "No control characters or line breaks" }),
    });
}

/** Paths within a JSON value whose keys or strings carry control characters, which jsonb refuses too. */
function controlCharacterPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === "string") return CONTROL_BUT_LINES.test(value) ? [path] : [];
  if (Array.isArray(value))
    return value.flatMap((item, index) => controlCharacterPaths(item, [...path, index]));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, item]) =>
    CONTROL.test(key) ? [[...path, key]] : controlCharacterPaths(item, [...path, key]),
  );
}

/** A free-form JSON object (a programme's configuration): its own rules check it, but no control characters. */
export const jsonObject = z.record(z.string(), z.unknown()).superRefine((value, context) => {
  for (const path of controlCharacterPaths(value)) {
    context.addIssue({
      code: "custom",
      path,
      message: schemaMessage({ zh: "不能包含控制字符", en: "No control characters" }),
    });
  }
});

/** A real calendar date YYYY-MM-DD within the platform's sane range; fields with a meaning narrow it in the domain. */
export const isoDate = z.iso.date().superRefine((value, context) => {
  // The format is z.iso.date's to judge; this only bounds a well-formed date.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return;
  const issue = checkDateWithin(value, [], "日期", { earliest: earliestDateLimit, latest: latestDateLimit });
  if (issue) context.addIssue(localisedIssue(issue.message));
});

export const versionField = z.number().int().min(1);

const YUAN_PATTERN = /^\d{1,15}(\.\d{1,2})?$/;

/** Decimal yuan with at most two places and at most `maxFen`, as the API carries money. */
function yuan(maxFen: bigint) {
  return z
    .string()
    .regex(
      YUAN_PATTERN,
      schemaMessage({
        zh: `金额须为最多两位小数的元,且不超过${formatYuanGrouped(maxFen)}元`,
        en: `Yuan with ≤2 decimals, at most ${formatYuanGrouped(maxFen)}`,
      }),
    )
    .superRefine((value, context) => {
      if (!YUAN_PATTERN.test(value)) return;
      const issue = checkAmountAtMost(parseYuan(value), maxFen, [], "金额");
      if (issue) context.addIssue(localisedIssue(issue.message));
    });
}

/** An amount of money recorded or asked for (a loan, an event, an appropriation, a fee, a claim). */
export const yuanString = yuan(MAX_AMOUNT_FEN);
/** An enterprise's stated total assets or yearly revenue, which can be far larger than any loan. */
export const figureYuan = yuan(MAX_FIGURE_FEN);

/** An actual annual rate as a decimal string ("0.0345" = 3.45%); the domain's parseAnnualRate checks its range. */
export const annualRate = text({ max: 20 });

/** Why a record is corrected, withdrawn or reversed: required, as every decision states its reason. */
export const correctionReason = text({ max: 500, multiline: true });

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner extends z.ZodType> ? Inner : T;

/**
 * The body of a PATCH: every field optional and without its default, so that a field left out
 * stays as stored (zod 4 applies a default even inside `.partial()`, which wiped what was not sent).
 */
export function patchOf<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>) {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [
      key,
      z.optional(field instanceof z.ZodDefault ? field.unwrap() : field),
    ]),
  ) as { [K in keyof Shape]: z.ZodOptional<WithoutDefault<Shape[K]>> };
  return z.object(shape).strict();
}
