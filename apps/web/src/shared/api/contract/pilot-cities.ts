/** GENERATED from the server's OpenAPI document by scripts/contract.ts: do not edit by hand. The routes tagged pilot-cities. */
import type { components } from "./components";

export interface paths {
  "/api/v1/pilot-batches": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The pilot-city batches, newest first, each with its deadlines and phase today */
    get: {
      parameters: {
        query?: never;
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
              applicationDeadline: string;
              documentNumber: string;
              /** Format: uuid */
              id: string;
              name: string;
              number: number;
              opensOn: string;
              /** @enum {string} */
              phase: "UPCOMING" | "APPLYING" | "RECOMMENDING" | "CLOSED";
              provincialDeadline: string;
              timeZone: string;
            }[];
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
      };
    };
    put?: never;
    /** Open a batch (ministry): its deadlines, with the outline, indicator template, rubric and quotas frozen */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: date */
            applicationDeadline: string;
            documentNumber: string;
            name: string;
            number: number;
            /** Format: date */
            opensOn: string;
            /** Format: date */
            provincialDeadline: string;
            /** @default 2 */
            reviewersPerApplication?: number;
            /** @default Asia/Shanghai */
            timeZone?: string;
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
              applicationDeadline: string;
              bases: {
                code: string;
                name: {
                  en: string;
                  zh: string;
                };
              }[];
              conditions: {
                clause: string;
                code: string;
                name: {
                  en: string;
                  zh: string;
                };
                text: string;
              }[];
              documentNumber: string;
              /** Format: uuid */
              id: string;
              indicatorTemplate: {
                actualYears: number[];
                indicators: {
                  code: string;
                  /** @enum {string} */
                  direction: "higher" | "lower";
                  group: string;
                  max: string;
                  maxDecimals: number;
                  min: string;
                  name: {
                    en: string;
                    zh: string;
                  };
                  notes: string;
                  required: boolean;
                  /** @enum {string} */
                  type: "integer" | "decimal";
                  unit: string;
                }[];
              };
              name: string;
              number: number;
              opensOn: string;
              outline: {
                code: string;
                guidance: {
                  en: string;
                  zh: string;
                };
                parentCode: string | null;
                required: boolean;
                title: {
                  en: string;
                  zh: string;
                };
              }[];
              /** @enum {string} */
              phase: "UPCOMING" | "APPLYING" | "RECOMMENDING" | "CLOSED";
              provincialDeadline: string;
              recommendingUnits: {
                code: string;
                confirmedOn: string | null;
                kind: string;
                name: {
                  en: string;
                  zh: string;
                };
                quota: number;
              }[];
              reviewersPerApplication: number;
              rubric: {
                criteria: {
                  code: string;
                  minimum?: string;
                  name: {
                    en: string;
                    zh: string;
                  };
                  weight: string;
                }[];
                passMark: string;
                scaleDecimals: number;
                scaleMax: string;
              };
              strategies: {
                code: string;
                name: {
                  en: string;
                  zh: string;
                };
              }[];
              timeZone: string;
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
  "/api/v1/pilot-batches/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A batch with its outline, indicator template, rubric, vocabulary and recommending units */
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
              applicationDeadline: string;
              bases: {
                code: string;
                name: {
                  en: string;
                  zh: string;
                };
              }[];
              conditions: {
                clause: string;
                code: string;
                name: {
                  en: string;
                  zh: string;
                };
                text: string;
              }[];
              documentNumber: string;
              /** Format: uuid */
              id: string;
              indicatorTemplate: {
                actualYears: number[];
                indicators: {
                  code: string;
                  /** @enum {string} */
                  direction: "higher" | "lower";
                  group: string;
                  max: string;
                  maxDecimals: number;
                  min: string;
                  name: {
                    en: string;
                    zh: string;
                  };
                  notes: string;
                  required: boolean;
                  /** @enum {string} */
                  type: "integer" | "decimal";
                  unit: string;
                }[];
              };
              name: string;
              number: number;
              opensOn: string;
              outline: {
                code: string;
                guidance: {
                  en: string;
                  zh: string;
                };
                parentCode: string | null;
                required: boolean;
                title: {
                  en: string;
                  zh: string;
                };
              }[];
              /** @enum {string} */
              phase: "UPCOMING" | "APPLYING" | "RECOMMENDING" | "CLOSED";
              provincialDeadline: string;
              recommendingUnits: {
                code: string;
                confirmedOn: string | null;
                kind: string;
                name: {
                  en: string;
                  zh: string;
                };
                quota: number;
              }[];
              reviewersPerApplication: number;
              rubric: {
                criteria: {
                  code: string;
                  minimum?: string;
                  name: {
                    en: string;
                    zh: string;
                  };
                  weight: string;
                }[];
                passMark: string;
                scaleDecimals: number;
                scaleMax: string;
              };
              strategies: {
                code: string;
                name: {
                  en: string;
                  zh: string;
                };
              }[];
              timeZone: string;
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
}
