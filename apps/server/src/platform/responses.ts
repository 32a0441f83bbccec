import { z } from "zod";

/**
 * Shared response-schema pieces (ADR 019): every route declares what it answers, success and
 * errors, so OpenAPI tells an integrator what comes back and Fastify serialises only named fields.
 */

const fieldError = z.object({
  field: z.string(),
  rule: z.string(),
  message: z.string(),
  /** An uploaded workbook's cell the problem is in (sheet, row, column letter), when it is one. */
  cell: z
    .object({ sheet: z.string(), row: z.number().int().nullable(), column: z.string().nullable() })
    .optional(),
});

/** RFC 9457 problem details, as `platform/errors.ts` writes them. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    errors: z.array(fieldError).optional(),
  })
  .meta({ id: "Problem" });

/**
 * Answers several routes give alike, by description, and the name each is shared under: the OpenAPI
 * document holds each once, in `components.responses`, and routes refer to it (platform/openapi.ts).
 */
const sharedResponses = new Map<string, string>();

/** `response`, shared in the OpenAPI document under `name` (a PascalCase noun, unique). */
export function sharedResponse<R extends { description: string }>(name: string, response: R): R {
  for (const [description, other] of sharedResponses) {
    if ((description === response.description) !== (other === name)) {
      throw new Error(
        `Shared answers need a name and a description of their own: "${name}", "${description}"`,
      );
    }
  }
  sharedResponses.set(response.description, name);
  return response;
}

/** The name the answer with this description is shared under, if it is one. */
export function sharedResponseName(description: string): string | undefined {
  return sharedResponses.get(description);
}

/** The problem+json answers by status: what each means, and the name it is shared under. */
const PROBLEM_RESPONSES = {
  400: {
    name: "BadRequest",
    description:
      "请求参数有误:errors 逐项说明字段与规则 (invalid request; `errors` names each field and rule)",
  },
  401: { name: "SignInRequired", description: "未登录 (sign-in required)" },
  403: { name: "Forbidden", description: "无权执行,或 CSRF 校验失败 (forbidden, or CSRF token missing)" },
  404: { name: "NotFound", description: "未找到,或调用方无权看到 (not found, or not visible to the caller)" },
  409: { name: "Conflict", description: "版本已过期或与现有数据冲突 (stale version or conflict)" },
  413: { name: "PayloadTooLarge", description: "请求体过大 (payload too large)" },
  415: { name: "UnsupportedMediaType", description: "不支持的内容类型 (unsupported media type)" },
  423: { name: "AccountLocked", description: "账户已锁定 (account locked)" },
  429: { name: "TooManyRequests", description: "请求过于频繁 (too many requests)" },
} as const;

export type ProblemStatus = keyof typeof PROBLEM_RESPONSES;

interface ProblemResponse {
  description: string;
  content: { "application/problem+json": { schema: typeof problemSchema } };
}

/** The problem+json answers a route can give, by status: `...problems(400, 404, 409)`. */
export function problems<S extends ProblemStatus>(...statuses: S[]): Record<S, ProblemResponse> {
  const responses = {} as Record<S, ProblemResponse>;
  for (const status of statuses) {
    const { name, description } = PROBLEM_RESPONSES[status];
    responses[status] = sharedResponse(name, {
      description,
      content: { "application/problem+json": { schema: problemSchema } },
    });
  }
  return responses;
}

/** A page of a list: the items on it and how many there are in all. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}

/** A page that also says which one it is and how long pages are. */
export function numberedPageOf<T extends z.ZodType>(item: T) {
  return pageOf(item).extend({ page: z.number().int(), pageSize: z.number().int() });
}

/** A text in Chinese and in English (a name, a reason, a line of working), as answers carry it. */
export const term = z.object({ zh: z.string(), en: z.string() }).meta({ id: "BilingualText" });

/** A code with its label in Chinese and in English (a tag, a loan use, an industry …). */
export const labelled = z
  .object({ code: z.string(), zh: z.string(), en: z.string() })
  .meta({ id: "LabelledCode" });

/** An id as the database makes it (documented as a uuid; not re-checked on the way out). */
export const uuidString = z.string().meta({ format: "uuid" });

/** A workbook download (the body is the .xlsx file). */
export const workbookResponse = sharedResponse("Workbook", {
  description: "Excel 工作簿 (an .xlsx workbook)",
  content: {
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
      schema: z.string().meta({ format: "binary" }),
    },
  },
});
