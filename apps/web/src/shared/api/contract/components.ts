/** GENERATED from the server's OpenAPI document by scripts/contract.ts: do not edit by hand. The schemas routes share. */
export interface components {
  schemas: {
    Problem: {
      code: string;
      detail: string;
      errors?: {
        cell?: {
          column: string | null;
          row: number | null;
          sheet: string;
        };
        field: string;
        message: string;
        rule: string;
      }[];
      status: number;
      title: string;
      type: string;
    };
  };
  responses: {
    /** @description 账户已锁定 (account locked) */
    AccountLocked: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/problem+json": components["schemas"]["Problem"];
      };
    };
    /** @description 附件文件 (the file, as a download) */
    AttachmentFile: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/pdf": string;
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
        "image/jpeg": string;
        "image/png": string;
      };
    };
    /** @description 请求参数有误:errors 逐项说明字段与规则 (invalid request; `errors` names each field and rule) */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/problem+json": components["schemas"]["Problem"];
      };
    };
    /** @description 版本已过期或与现有数据冲突 (stale version or conflict) */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/problem+json": components["schemas"]["Problem"];
      };
    };
    /** @description 无权执行,或 CSRF 校验失败 (forbidden, or CSRF token missing) */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/problem+json": components["schemas"]["Problem"];
      };
    };
    /** @description 未找到,或调用方无权看到 (not found, or not visible to the caller) */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/problem+json": components["schemas"]["Problem"];
      };
    };
    /** @description 请求体过大 (payload too large) */
    PayloadTooLarge: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/problem+json": components["schemas"]["Problem"];
      };
    };
    /** @description 未登录 (sign-in required) */
    SignInRequired: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/problem+json": components["schemas"]["Problem"];
      };
    };
    /** @description 请求过于频繁 (too many requests) */
    TooManyRequests: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/problem+json": components["schemas"]["Problem"];
      };
    };
    /** @description 不支持的内容类型 (unsupported media type) */
    UnsupportedMediaType: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/problem+json": components["schemas"]["Problem"];
      };
    };
    /** @description Excel 工作簿 (an .xlsx workbook) */
    Workbook: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
      };
    };
  };
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
