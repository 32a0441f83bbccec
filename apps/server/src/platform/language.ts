import type { Term } from "@chanrong/domain";
import type { FastifyRequest } from "fastify";
import { z } from "zod";

/** The languages the API answers in; Chinese unless the caller prefers English. */
export type Language = keyof Term;

/**
 * The caller's language from Accept-Language: the highest-weighted of zh and en, Chinese when the
 * header is missing, names neither, or weighs them equally (the web sends its chosen locale).
 */
export function languageOf(request: Pick<FastifyRequest, "headers">): Language {
  const header = request.headers["accept-language"];
  if (!header) return "zh";
  let best: { language: Language; weight: number } | undefined;
  for (const part of header.split(",")) {
    const [range = "", ...params] = part.trim().toLowerCase().split(";");
    const primary = range.trim().split("-")[0];
    if (primary !== "zh" && primary !== "en") continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const weight = q ? Number(q.slice(2)) : 1;
    if (!(weight > 0)) continue;
    if (!best || weight > best.weight) best = { language: primary, weight };
  }
  return best?.language ?? "zh";
}

/** A schema's own message: zod keeps strings, so the Chinese is kept and the English looked up by it. */
const SCHEMA_MESSAGES = new Map<string, Term>();

/**
 * The fixed message of a zod refinement or regex, e.g. `.regex(PATTERN, schemaMessage({ zh, en }))`;
 * called as schemas are built, so the lookup holds one entry per message written in the code.
 */
export function schemaMessage(text: Term): string {
  SCHEMA_MESSAGES.set(text.zh, text);
  return text.zh;
}

/** A superRefine issue whose words depend on the value: both languages travel in the issue's params. */
export function localisedIssue(text: Term) {
  return { code: "custom" as const, message: text.zh, params: { text } };
}

type ZodIssue = Parameters<ReturnType<typeof z.locales.en>["localeError"]>[0];
const zodZh = z.locales.zhCN().localeError;
const zodEn = z.locales.en().localeError;

function zodWords(map: typeof zodEn, issue: ZodIssue): string {
  const said = map(issue);
  return (typeof said === "string" ? said : said?.message) ?? "invalid";
}

/**
 * zod's own words, written in Chinese as issues are raised (while the input they describe is at
 * hand), with the English kept beside them. Its messages name types and the schemas' limits, but an
 * unknown key is named as sent, so the lookup is emptied when it grows past any honest use.
 */
const ZOD_DEFAULT_MESSAGES = new Map<string, Term>();
const ZOD_MESSAGES_KEPT = 10_000;
z.config({
  localeError: (issue) => {
    const text = { zh: zodWords(zodZh, issue), en: zodWords(zodEn, issue) };
    if (ZOD_DEFAULT_MESSAGES.size >= ZOD_MESSAGES_KEPT) ZOD_DEFAULT_MESSAGES.clear();
    ZOD_DEFAULT_MESSAGES.set(text.zh, text);
    return text.zh;
  },
});

/**
 * A schema validation failure (as fastify-type-provider-zod reports it, or a zod issue) in both
 * languages: a superRefine's text from its params, a schema's message from schemaMessage(), zod's
 * own words from its zh-CN and en locales. Any other message is kept as written in both.
 */
export function zodMessage(failure: { message?: string; params?: unknown }): Term {
  const message = failure.message ?? "invalid";
  const carried = (failure.params as { params?: { text?: Term } } | undefined)?.params?.text;
  return (
    carried ??
    SCHEMA_MESSAGES.get(message) ??
    ZOD_DEFAULT_MESSAGES.get(message) ?? { zh: message, en: message }
  );
}

/** A reply with every two-language text (an object of exactly `zh` and `en`) replaced by one string. */
export type Localised<T> = T extends Term
  ? Exclude<keyof T, keyof Term> extends never
    ? string
    : { [K in keyof T]: Localised<T[K]> }
  : T extends Date | bigint | string | number | boolean | null | undefined
    ? T
    : T extends readonly (infer U)[]
      ? Localised<U>[]
      : T extends object
        ? { [K in keyof T]: Localised<T[K]> }
        : T;

function isTerm(value: object): value is Term {
  const keys = Object.keys(value);
  return (
    keys.length === 2 && typeof (value as Term).zh === "string" && typeof (value as Term).en === "string"
  );
}

/**
 * A service's answer in the caller's language: routes whose replies carry texts the server words
 * (eligibility reasons, refusal reasons, display names) pass them through here. Only plain objects
 * and arrays are walked; dates and other class instances are left as they are.
 */
export function localise<T>(value: T, language: Language): Localised<T> {
  const walk = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(walk);
    if (item === null || typeof item !== "object" || Object.getPrototypeOf(item) !== Object.prototype)
      return item;
    if (isTerm(item)) return item[language];
    return Object.fromEntries(Object.entries(item).map(([key, inner]) => [key, walk(inner)]));
  };
  return walk(value) as Localised<T>;
}
