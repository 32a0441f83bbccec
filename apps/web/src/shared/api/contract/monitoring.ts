/** GENERATED from the server's OpenAPI document by scripts/contract.ts: do not edit by hand. The routes tagged monitoring. */
import type { components } from "./components";

export interface paths {
  "/api/v1/bank-statistics": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The live statistics a bank submitted, or those of every bank in the caller's region */
    get: {
      parameters: {
        query?: {
          month?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              allLoansBalance: string;
              bankName: string;
              /** Format: uuid */
              bankOrgId: string;
              /** @enum {string} */
              channel: "FORM" | "API" | "EXCEL";
              /** Format: date-time */
              createdAt: string;
              daysLate: number;
              dueOn: string;
              /** Format: uuid */
              id: string;
              live: boolean;
              manufacturing: {
                balance: string;
                creditBalance: string;
                mediumLongTermBalance: string;
                newCredit: string;
                newLoans: string;
                newMediumLongTerm: string;
              };
              month: string;
              reason: string | null;
              regionCode: string;
              submittedByName: string;
              submittedOn: string;
              /** @enum {string} */
              timeliness: "ON_TIME" | "LATE" | "MISSING" | "NOT_YET_DUE";
              version: number;
            }[];
          };
        };
        /** @description 请求参数有误:errors 逐项说明字段与规则 (invalid request; `errors` names each field and rule) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description 未登录 (sign-in required) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description 无权执行,或 CSRF 校验失败 (forbidden, or CSRF token missing) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    /** A bank submits its monthly statistics (by form or with an API key); a month already submitted is corrected as a new version with a reason */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Idempotency-Key (IETF httpapi draft): a retry with the same key and content returns the first response; the same key with other content is 409 */
          "idempotency-key"?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            allLoansBalance: string;
            byCluster: {
              balance: string;
              cluster: string;
              creditBalance: string;
              mediumLongTermBalance: string;
              newCredit: string;
              newLoans: string;
              newMediumLongTerm: string;
            }[];
            byDistrict: {
              balance: string;
              creditBalance: string;
              district: string;
              mediumLongTermBalance: string;
              newCredit: string;
              newLoans: string;
              newMediumLongTerm: string;
            }[];
            manufacturing: {
              balance: string;
              creditBalance: string;
              mediumLongTermBalance: string;
              newCredit: string;
              newLoans: string;
              newMediumLongTerm: string;
            };
            month: string;
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              allLoansBalance: string;
              bankName: string;
              /** Format: uuid */
              bankOrgId: string;
              byCluster: {
                balance: string;
                cluster: string;
                creditBalance: string;
                mediumLongTermBalance: string;
                newCredit: string;
                newLoans: string;
                newMediumLongTerm: string;
              }[];
              byDistrict: {
                balance: string;
                creditBalance: string;
                district: string;
                mediumLongTermBalance: string;
                newCredit: string;
                newLoans: string;
                newMediumLongTerm: string;
              }[];
              /** @enum {string} */
              channel: "FORM" | "API" | "EXCEL";
              /** Format: date-time */
              createdAt: string;
              daysLate: number;
              dueOn: string;
              /** Format: uuid */
              id: string;
              live: boolean;
              manufacturing: {
                balance: string;
                creditBalance: string;
                mediumLongTermBalance: string;
                newCredit: string;
                newLoans: string;
                newMediumLongTerm: string;
              };
              month: string;
              reason: string | null;
              regionCode: string;
              submittedByName: string;
              submittedOn: string;
              /** @enum {string} */
              timeliness: "ON_TIME" | "LATE" | "MISSING" | "NOT_YET_DUE";
              version: number;
              versions: {
                /** Format: uuid */
                id: string;
                live: boolean;
                reason: string | null;
                submittedByName: string;
                submittedOn: string;
                version: number;
              }[];
            };
          };
        };
        /** @description 请求参数有误:errors 逐项说明字段与规则 (invalid request; `errors` names each field and rule) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description 未登录 (sign-in required) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description 无权执行,或 CSRF 校验失败 (forbidden, or CSRF token missing) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description 版本已过期或与现有数据冲突 (stale version or conflict) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/bank-statistics/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A submission with its clusters and districts, and every version of its month */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              allLoansBalance: string;
              bankName: string;
              /** Format: uuid */
              bankOrgId: string;
              byCluster: {
                balance: string;
                cluster: string;
                creditBalance: string;
                mediumLongTermBalance: string;
                newCredit: string;
                newLoans: string;
                newMediumLongTerm: string;
              }[];
              byDistrict: {
                balance: string;
                creditBalance: string;
                district: string;
                mediumLongTermBalance: string;
                newCredit: string;
                newLoans: string;
                newMediumLongTerm: string;
              }[];
              /** @enum {string} */
              channel: "FORM" | "API" | "EXCEL";
              /** Format: date-time */
              createdAt: string;
              daysLate: number;
              dueOn: string;
              /** Format: uuid */
              id: string;
              live: boolean;
              manufacturing: {
                balance: string;
                creditBalance: string;
                mediumLongTermBalance: string;
                newCredit: string;
                newLoans: string;
                newMediumLongTerm: string;
              };
              month: string;
              reason: string | null;
              regionCode: string;
              submittedByName: string;
              submittedOn: string;
              /** @enum {string} */
              timeliness: "ON_TIME" | "LATE" | "MISSING" | "NOT_YET_DUE";
              version: number;
              versions: {
                /** Format: uuid */
                id: string;
                live: boolean;
                reason: string | null;
                submittedByName: string;
                submittedOn: string;
                version: number;
              }[];
            };
          };
        };
        /** @description 请求参数有误:errors 逐项说明字段与规则 (invalid request; `errors` names each field and rule) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description 未登录 (sign-in required) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description 无权执行,或 CSRF 校验失败 (forbidden, or CSRF token missing) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description 未找到,或调用方无权看到 (not found, or not visible to the caller) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/bank-statistics/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The statistics as an Excel workbook: the bank's own, or the region's with a month's timeliness when a month is given */
    get: {
      parameters: {
        query?: {
          month?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Excel 工作簿 (an .xlsx workbook) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
          };
        };
        /** @description 请求参数有误:errors 逐项说明字段与规则 (invalid request; `errors` names each field and rule) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description 未登录 (sign-in required) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description 无权执行,或 CSRF 校验失败 (forbidden, or CSRF token missing) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/bank-statistics/template": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The Excel template of one of the bank's months: totals, by 33618 cluster and by district of its region, with filling notes */
    get: {
      parameters: {
        query: {
          month: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Excel 工作簿 (an .xlsx workbook) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
          };
        };
        /** @description 请求参数有误:errors 逐项说明字段与规则 (invalid request; `errors` names each field and rule) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description 未登录 (sign-in required) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description 无权执行,或 CSRF 校验失败 (forbidden, or CSRF token missing) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/bank-statistics/timeliness": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Which banks of the caller's region submitted a month on time, late, or not yet */
    get: {
      parameters: {
        query: {
          month: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              banks: {
                bankName: string;
                /** Format: uuid */
                bankOrgId: string;
                daysLate: number;
                liveVersion: number | null;
                /** @enum {string} */
                status: "ON_TIME" | "LATE" | "MISSING" | "NOT_YET_DUE";
              }[];
              dueOn: string;
              month: string;
            };
          };
        };
        /** @description 请求参数有误:errors 逐项说明字段与规则 (invalid request; `errors` names each field and rule) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description 未登录 (sign-in required) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description 无权执行,或 CSRF 校验失败 (forbidden, or CSRF token missing) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/bank-statistics/upload": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A bank uploads its month as the filled template (multipart: field `reason` for a correction, then `file`): saved whole, or refused with every problem by sheet, row and column */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Idempotency-Key (IETF httpapi draft): a retry with the same key and content returns the first response; the same key with other content is 409 */
          "idempotency-key"?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              allLoansBalance: string;
              bankName: string;
              /** Format: uuid */
              bankOrgId: string;
              byCluster: {
                balance: string;
                cluster: string;
                creditBalance: string;
                mediumLongTermBalance: string;
                newCredit: string;
                newLoans: string;
                newMediumLongTerm: string;
              }[];
              byDistrict: {
                balance: string;
                creditBalance: string;
                district: string;
                mediumLongTermBalance: string;
                newCredit: string;
                newLoans: string;
                newMediumLongTerm: string;
              }[];
              /** @enum {string} */
              channel: "FORM" | "API" | "EXCEL";
              /** Format: date-time */
              createdAt: string;
              daysLate: number;
              dueOn: string;
              /** Format: uuid */
              id: string;
              live: boolean;
              manufacturing: {
                balance: string;
                creditBalance: string;
                mediumLongTermBalance: string;
                newCredit: string;
                newLoans: string;
                newMediumLongTerm: string;
              };
              month: string;
              reason: string | null;
              regionCode: string;
              submittedByName: string;
              submittedOn: string;
              /** @enum {string} */
              timeliness: "ON_TIME" | "LATE" | "MISSING" | "NOT_YET_DUE";
              version: number;
              versions: {
                /** Format: uuid */
                id: string;
                live: boolean;
                reason: string | null;
                submittedByName: string;
                submittedOn: string;
                version: number;
              }[];
            };
          };
        };
        /** @description 请求参数有误:errors 逐项说明字段与规则 (invalid request; `errors` names each field and rule) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description 未登录 (sign-in required) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description 无权执行,或 CSRF 校验失败 (forbidden, or CSRF token missing) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description 版本已过期或与现有数据冲突 (stale version or conflict) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description 请求体过大 (payload too large) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description 不支持的内容类型 (unsupported media type) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
