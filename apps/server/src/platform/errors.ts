import { DomainValidationError } from "@chanrong/domain";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";

/** One field-level problem: `field` is a dotted path into the request (e.g. "events.2.date"). */
export interface FieldError {
  field: string;
  rule: string;
  message: string;
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

const TITLE: Record<ErrorCode, string> = {
  validation: "请求参数有误 (invalid request)",
  unauthenticated: "请先登录 (sign-in required)",
  csrf: "CSRF 校验失败 (missing or wrong CSRF token)",
  forbidden: "无权执行此操作 (forbidden)",
  "not-found": "未找到 (not found)",
  conflict: "数据已被他人修改或与现有数据冲突 (conflict)",
  locked: "账户已锁定 (account locked)",
  "rate-limited": "请求过于频繁 (too many requests)",
  "payload-too-large": "请求体过大 (payload too large)",
  "uri-too-long": "请求地址过长 (URI too long)",
  "unsupported-media-type": "不支持的内容类型 (unsupported media type)",
};

/** The one error type services throw; mapped to HTTP in exactly one place below. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(message);
  }

  static validation(field: string, rule: string, message: string): AppError {
    return new AppError("validation", message, [{ field, rule, message }]);
  }
  static forbidden(message = TITLE.forbidden): AppError {
    return new AppError("forbidden", message);
  }
  static notFound(what: string): AppError {
    return new AppError("not-found", `${what} 不存在 (not found)`);
  }
  static staleVersion(): AppError {
    return new AppError("conflict", "数据已被他人修改,请刷新后重试 (stale version: reload and retry)", [
      { field: "version", rule: "optimistic-lock", message: "版本已过期 (version is stale)" },
    ]);
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

function problem(code: ErrorCode | "internal", detail: string, errors?: FieldError[]): Problem {
  const status = code === "internal" ? 500 : STATUS[code];
  const title = code === "internal" ? "服务器内部错误 (internal error)" : TITLE[code];
  return {
    type: `https://chanrong.local/problems/${code}`,
    title,
    status,
    detail,
    code,
    ...(errors && { errors }),
  };
}

function fromZodValidation(error: FastifyError): Problem {
  const context = (error.validationContext ?? "body") as string;
  const errors: FieldError[] = (error.validation ?? []).map((issue) => {
    const path = issue.instancePath.replace(/^\//, "").replaceAll("/", ".");
    // An unknown key in a strict object: name the key itself, not its parent.
    const keys = (issue.params as { keys?: string[] } | undefined)?.keys;
    const field = keys?.length ? [path, keys.join(",")].filter(Boolean).join(".") : path;
    return { field: field || context, rule: issue.keyword, message: issue.message ?? "invalid" };
  });
  const detail = errors.map((e) => `${e.field}: ${e.message}`).join("; ");
  return problem("validation", detail, errors);
}

/** Maps every error to application/problem+json; unknown errors are logged 500s. */
export function toProblem(error: unknown): Problem {
  if (error instanceof AppError) {
    return problem(error.code, error.message, error.fieldErrors.length ? error.fieldErrors : undefined);
  }
  if (error instanceof DomainValidationError) {
    const errors = error.issues.map((issue) => ({
      field: issue.path.join("."),
      rule: issue.rule,
      message: issue.message,
    }));
    return problem("validation", errors.map((e) => `${e.field}: ${e.message}`).join("; "), errors);
  }
  const fastifyError = error as FastifyError;
  if (hasZodFastifySchemaValidationErrors(error)) return fromZodValidation(fastifyError);
  switch (fastifyError.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return problem("payload-too-large", fastifyError.message);
    // Multipart's own words ("request file too large") would reach people uploading a scan.
    case "FST_REQ_FILE_TOO_LARGE":
      return problem("payload-too-large", "文件超过上传大小上限 (file larger than the upload limit)");
    // A path segment longer than the router matches: no route takes a parameter that long.
    case "FST_ERR_MAX_PARAM_LENGTH":
      return problem("uri-too-long", "路径参数过长 (a path parameter is too long)", [
        { field: "path", rule: "max-param-length", message: "路径参数过长 (path parameter too long)" },
      ]);
    case "FST_ERR_BAD_URL":
      return problem("validation", fastifyError.message, [
        {
          field: "path",
          rule: "url-encoding",
          message: "路径含无效的百分号编码 (the path is not valid percent-encoded UTF-8)",
        },
      ]);
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return problem("unsupported-media-type", fastifyError.message);
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return problem("validation", fastifyError.message, [
        { field: "body", rule: "json", message: fastifyError.message },
      ]);
  }
  // Errors Fastify raised for the request itself (malformed JSON, bad headers) carry a 4xx.
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    const code = fastifyError.statusCode === 429 ? "rate-limited" : "validation";
    return { ...problem(code, fastifyError.message), status: fastifyError.statusCode };
  }
  return problem("internal", "服务器内部错误,已记录 (internal error, logged)");
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const body = toProblem(error);
    if (body.status >= 500) request.log.error({ err: error }, "unhandled error");
    return reply.status(body.status).type("application/problem+json").send(body);
  });
}

/** Errors the router raises before any route runs (a malformed or over-long URL), as problem+json too. */
export function sendFrameworkError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  const body = toProblem(error);
  return reply.status(body.status).type("application/problem+json").send(body);
}

export function sendNotFound(request: FastifyRequest, reply: FastifyReply) {
  const body = problem("not-found", `${request.method} ${request.url}`);
  return reply.status(404).type("application/problem+json").send(body);
}
