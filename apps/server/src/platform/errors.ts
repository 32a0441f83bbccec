import { DomainValidationError, type Term } from "@chanrong/domain";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { type Language, languageOf, zodMessage } from "./language";

/** One field-level problem: `field` is a dotted path into the request (e.g. "events.2.date"). */
export interface FieldError {
  field: string;
  rule: string;
  message: string;
  cell?: SpreadsheetCell;
}

/** Where an uploaded workbook's problem is, for a row-by-row report: its sheet, row and column letter. */
export interface SpreadsheetCell {
  sheet: string;
  row: number | null;
  column: string | null;
}

/** A field-level problem as thrown: its message in both languages, chosen when the response is written. */
export interface FieldIssue {
  field: string;
  rule: string;
  message: Term;
  cell?: SpreadsheetCell;
}

export type ErrorCode =
  | "validation"
  | "unauthenticated"
  | "csrf"
  | "forbidden"
  | "not-found"
  | "conflict"
  | "locked"
  | "rate-limited"
  | "payload-too-large"
  | "uri-too-long"
  | "unsupported-media-type";

const STATUS: Record<ErrorCode, number> = {
  validation: 400,
  unauthenticated: 401,
  csrf: 403,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
  locked: 423,
  "rate-limited": 429,
  "payload-too-large": 413,
  "uri-too-long": 414,
  "unsupported-media-type": 415,
};

const TITLE: Record<ErrorCode, Term> = {
  validation: { zh: "请求参数有误", en: "Invalid request" },
  unauthenticated: { zh: "请先登录", en: "Sign-in required" },
  csrf: { zh: "CSRF 校验失败", en: "Missing or wrong CSRF token" },
  forbidden: { zh: "无权执行此操作", en: "Forbidden" },
  "not-found": { zh: "未找到", en: "Not found" },
  conflict: { zh: "数据已被他人修改或与现有数据冲突", en: "Conflict" },
  locked: { zh: "账户已锁定", en: "Account locked" },
  "rate-limited": { zh: "请求过于频繁", en: "Too many requests" },
  "payload-too-large": { zh: "请求体过大", en: "Payload too large" },
  "uri-too-long": { zh: "请求地址过长", en: "URI too long" },
  "unsupported-media-type": { zh: "不支持的内容类型", en: "Unsupported media type" },
};

/**
 * The one error type services throw; mapped to HTTP in exactly one place below. Its text comes in
 * both languages and the response carries the caller's (Accept-Language).
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly text: Term,
    readonly fieldErrors: FieldIssue[] = [],
  ) {
    super(`${text.zh} (${text.en})`);
  }

  static validation(field: string, rule: string, message: Term): AppError {
    return new AppError("validation", message, [{ field, rule, message }]);
  }
  static forbidden(message = TITLE.forbidden): AppError {
    return new AppError("forbidden", message);
  }
  /** `what` names the missing thing, e.g. { zh: "企业", en: "Enterprise" }. */
  static notFound(what: Term): AppError {
    return new AppError("not-found", { zh: `${what.zh} 不存在`, en: `${what.en} not found` });
  }
  static staleVersion(): AppError {
    return new AppError(
      "conflict",
      { zh: "数据已被他人修改,请刷新后重试", en: "Stale version: reload and retry" },
      [{ field: "version", rule: "optimistic-lock", message: { zh: "版本已过期", en: "Version is stale" } }],
    );
  }
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: FieldError[];
}

const INTERNAL: Term = { zh: "服务器内部错误", en: "Internal error" };

/** Fastify's own words for a malformed request: English only, so the Chinese says what kind of fault it is. */
const MALFORMED_REQUEST: Term = { zh: "请求格式不正确", en: "Malformed request" };

function problem(
  language: Language,
  code: ErrorCode | "internal",
  detail: Term,
  issues?: FieldIssue[],
): Problem {
  const errors = issues?.map((issue) => ({ ...issue, message: issue.message[language] }));
  return {
    type: `https://chanrong.local/problems/${code}`,
    title: (code === "internal" ? INTERNAL : TITLE[code])[language],
    status: code === "internal" ? 500 : STATUS[code],
    detail: detail[language],
    code,
    ...(errors && { errors }),
  };
}

/** "field: message; field: message" in each language, the detail of a list of field issues. */
export function issuesText(issues: readonly Pick<FieldIssue, "field" | "message">[]): Term {
  const join = (language: Language) =>
    issues.map((issue) => `${issue.field}: ${issue.message[language]}`).join("; ");
  return { zh: join("zh"), en: join("en") };
}

function fromZodValidation(language: Language, error: FastifyError): Problem {
  const context = (error.validationContext ?? "body") as string;
  const issues: FieldIssue[] = (error.validation ?? []).map((issue) => {
    const path = issue.instancePath.replace(/^\//, "").replaceAll("/", ".");
    // An unknown key in a strict object: name the key itself, not its parent.
    const keys = (issue.params as { keys?: string[] } | undefined)?.keys;
    const field = keys?.length ? [path, keys.join(",")].filter(Boolean).join(".") : path;
    return { field: field || context, rule: issue.keyword, message: zodMessage(issue) };
  });
  return problem(language, "validation", issuesText(issues), issues);
}

/** Maps every error to application/problem+json in the caller's language; unknown errors are 500s. */
export function toProblem(error: unknown, language: Language = "zh"): Problem {
  if (error instanceof AppError) {
    const issues = error.fieldErrors.length ? error.fieldErrors : undefined;
    return problem(language, error.code, error.text, issues);
  }
  if (error instanceof DomainValidationError) {
    const issues = error.issues.map((issue) => ({
      field: issue.path.join("."),
      rule: issue.rule,
      message: issue.message,
    }));
    return problem(language, "validation", issuesText(issues), issues);
  }
  const fastifyError = error as FastifyError;
  if (hasZodFastifySchemaValidationErrors(error)) return fromZodValidation(language, fastifyError);
  const fastifyWords: Term = {
    zh: `${MALFORMED_REQUEST.zh}: ${fastifyError.message}`,
    en: fastifyError.message,
  };
  switch (fastifyError.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return problem(language, "payload-too-large", TITLE["payload-too-large"]);
    // Multipart's own words ("request file too large") would reach people uploading a scan.
    case "FST_REQ_FILE_TOO_LARGE":
      return problem(language, "payload-too-large", {
        zh: "文件超过上传大小上限",
        en: "File larger than the upload limit",
      });
    // A path segment longer than the router matches: no route takes a parameter that long.
    case "FST_ERR_MAX_PARAM_LENGTH":
      return problem(language, "uri-too-long", { zh: "路径参数过长", en: "A path parameter is too long" }, [
        {
          field: "path",
          rule: "max-param-length",
          message: { zh: "路径参数过长", en: "Path parameter too long" },
        },
      ]);
    case "FST_ERR_BAD_URL":
      return problem(language, "validation", fastifyWords, [
        {
          field: "path",
          rule: "url-encoding",
          message: { zh: "路径含无效的百分号编码", en: "The path is not valid percent-encoded UTF-8" },
        },
      ]);
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return problem(language, "unsupported-media-type", fastifyWords);
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return problem(language, "validation", fastifyWords, [
        { field: "body", rule: "json", message: fastifyWords },
      ]);
  }
  // Errors Fastify raised for the request itself (malformed JSON, bad headers) carry a 4xx.
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    if (fastifyError.statusCode === 429) {
      return { ...problem(language, "rate-limited", rateLimitText(fastifyError)), status: 429 };
    }
    return { ...problem(language, "validation", fastifyWords), status: fastifyError.statusCode };
  }
  return problem(language, "internal", { zh: "服务器内部错误,已记录", en: "Internal error, logged" });
}

/** The rate limiter's error carries the seconds to wait (built in app.ts); both languages say them. */
function rateLimitText(error: FastifyError): Term {
  const seconds = (error as FastifyError & { retryAfterSeconds?: number }).retryAfterSeconds;
  if (seconds === undefined) return TITLE["rate-limited"];
  return { zh: `请求过于频繁,请 ${seconds} 秒后再试`, en: `Too many requests: retry in ${seconds} s` };
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const body = toProblem(error, languageOf(request));
    if (body.status >= 500) request.log.error({ err: error }, "unhandled error");
    return reply.status(body.status).type("application/problem+json").send(body);
  });
}

/** Errors the router raises before any route runs (a malformed or over-long URL), as problem+json too. */
export function sendFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const body = toProblem(error, languageOf(request));
  return reply.status(body.status).type("application/problem+json").send(body);
}

export function sendNotFound(request: FastifyRequest, reply: FastifyReply) {
  const route = `${request.method} ${request.url}`;
  const body = problem(languageOf(request), "not-found", {
    zh: `未找到 ${route}`,
    en: `Not found: ${route}`,
  });
  return reply.status(404).type("application/problem+json").send(body);
}
