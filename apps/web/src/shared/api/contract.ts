/**
 * GENERATED from the server's OpenAPI document by scripts/contract.ts: do not edit by hand.
 * Regenerate with `npm run contract` after changing a route's schema; `npm run lint`
 * (`npm run contract:check`) fails while this file differs from a fresh generation.
 * Use it through ./types.ts (ResponseOf, RequestBody, QueryOf).
 * contract-hash: 4941c660649568cd71ea96ef36713ff7ca94d9090df947df0bc22fe67999af08
 */
export interface paths {
  "/api/health": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness, database kind and migration */
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
              /** @enum {string} */
              database: "pglite" | "postgresql";
              /** @description The latest migration applied (null if unknown) */
              migration: string | null;
              /** @enum {string} */
              status: "ok";
            };
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
  "/api/v1/api-keys": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The bank's API keys (bank admin) */
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
              /** Format: date-time */
              createdAt: string;
              /** @description The username of the admin who created it; the key acts as that user */
              createdBy: string;
              id: string;
              lastUsedAt: string | null;
              name: string;
              prefix: string;
              revokedAt: string | null;
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
    /** Create an API key for the bank's systems; the key is returned once (bank admin) */
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
            name: string;
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
              /** Format: date-time */
              createdAt: string;
              id: string;
              key: string;
              name: string;
              prefix: string;
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
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/api-keys/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke an API key (bank admin) */
    delete: {
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
        /** @description 无内容 (no content) */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/applications": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Applications the caller may see, newest holding first; waiting=true gives the caller's worklist */
    get: {
      parameters: {
        query?: {
          /** @description The lending bank; never widens what the caller may see */
          bankOrgId?: string;
          /** @description The enterprise's registered district; a city's code covers all its districts */
          district?: string;
          page?: number;
          pageSize?: number;
          status?:
            | "DRAFT"
            | "SUBMITTED"
            | "UNDER_REVIEW"
            | "APPROVED"
            | "CONTRACTED"
            | "DISBURSED"
            | "SETTLED"
            | "REJECTED"
            | "WITHDRAWN";
          /** @description Submitted on or after this day */
          submittedFrom?: string;
          /** @description Submitted on or before this day */
          submittedTo?: string;
          waiting?: "true" | "false";
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
              items: {
                amount: string;
                /** Format: uuid */
                bankOrgId: string;
                bankReview: string;
                /** Format: uuid */
                enterpriseId: string;
                enterpriseName: string;
                /** Format: uuid */
                guarantorOrgId: string;
                guarantorReview: string;
                /** Format: date-time */
                heldSince: string;
                holders: string[];
                /** Format: uuid */
                id: string;
                nextDueOn: string | null;
                programmeCode: string;
                programmeName: string;
                sla: ("on-time" | "due-soon" | "due-today" | "overdue") | null;
                status: string;
                submittedOn: string | null;
                termMonths: number;
                version: number;
              }[];
              page: number;
              pageSize: number;
              total: number;
              totalExact: boolean;
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
    /** Start a 推荐表 (enterprise) */
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
            amount: string;
            /** Format: uuid */
            bankOrgId: string;
            form: {
              address: string;
              contactName: string;
              contactPhone: string;
              legalRepresentative: string;
              mainBusiness: string;
              phone: string;
              productsAndPartners: string;
            };
            /** Format: uuid */
            guarantorOrgId: string;
            loanUse: string;
            programmeCode: string;
            supplyChainCategory: string | null;
            termMonths: number;
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
              amount: string;
              availableActions: (
                | "submit"
                | "withdraw"
                | "recommend"
                | "reject-recommendation"
                | "bank-approve"
                | "bank-reject"
                | "bank-request-materials"
                | "guarantor-approve"
                | "guarantor-reject"
                | "guarantor-request-materials"
                | "provide-materials"
                | "record-contracts"
                | "disburse"
              )[];
              bank: {
                /** Format: uuid */
                id: string;
                name?: string;
              };
              bankReview: string;
              clocks: {
                clock: string;
                dueOn: string;
                running: boolean;
                startedOn: string;
                state: ("on-time" | "due-soon" | "due-today" | "overdue") | null;
                stoppedAt: string | null;
              }[];
              contracts: {
                amount: string;
                annualRate: string | null;
                /** Format: uuid */
                applicationId: string;
                /** Format: uuid */
                id: string;
                kind: string;
                number: string;
                parties: string[];
                signedOn: string;
              }[];
              enterprise: {
                /** Format: uuid */
                id: string;
                name?: string;
                uscc?: string;
              };
              form: {
                address?: string;
                contactName?: string;
                contactPhone?: string;
                legalRepresentative?: string;
                mainBusiness?: string;
                phone?: string;
                productsAndPartners?: string;
              };
              guarantor: {
                /** Format: uuid */
                id: string;
                name?: string;
              };
              guarantorReview: string;
              /** Format: date-time */
              heldSince: string;
              history: {
                action: string;
                actorName: string;
                actorOrgName: string;
                actorOrgType: string;
                actorUsername: string;
                /** Format: date-time */
                at: string;
                businessDate: string;
                details:
                  | ({
                      acknowledgement?: {
                        reason: string;
                        rules: (
                          | "registered-district"
                          | "supply-chain-category"
                          | "operating-history"
                          | "annual-revenue"
                          | "key-supported-list"
                          | "negative-list"
                          | "amount-limit"
                          | "term-limit"
                          | "loan-use"
                        )[];
                      };
                      contracts?: unknown;
                      eligibility?: {
                        checks: ({
                          passed: boolean;
                          reason: string;
                          /** @enum {string} */
                          rule:
                            | "registered-district"
                            | "supply-chain-category"
                            | "operating-history"
                            | "annual-revenue"
                            | "key-supported-list"
                            | "negative-list"
                            | "amount-limit"
                            | "term-limit"
                            | "loan-use";
                        } & {
                          [key: string]: unknown;
                        })[];
                        eligible: boolean;
                      } & {
                        [key: string]: unknown;
                      };
                      /** @enum {string} */
                      target?: "bank" | "guarantor";
                    } & {
                      [key: string]: unknown;
                    })
                  | null;
                fromStatus: string;
                id: number;
                opinion: string | null;
                reason: string | null;
                toStatus: string;
              }[];
              holders: string[];
              /** Format: uuid */
              id: string;
              loanUse: string;
              materials: {
                attached: boolean;
                /** @enum {string} */
                code: "TECH_PROJECT_FILING" | "BUSINESS_LICENCE" | "FINANCIAL_STATEMENTS";
              }[];
              programme: {
                code?: string;
                name?: string;
                version: number;
              };
              status: string;
              submittedOn: string | null;
              supplyChainCategory: string | null;
              termMonths: number;
              version: number;
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
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/applications/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An application with its history, clocks, contracts and the caller's next actions */
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
              amount: string;
              availableActions: (
                | "submit"
                | "withdraw"
                | "recommend"
                | "reject-recommendation"
                | "bank-approve"
                | "bank-reject"
                | "bank-request-materials"
                | "guarantor-approve"
                | "guarantor-reject"
                | "guarantor-request-materials"
                | "provide-materials"
                | "record-contracts"
                | "disburse"
              )[];
              bank: {
                /** Format: uuid */
                id: string;
                name?: string;
              };
              bankReview: string;
              clocks: {
                clock: string;
                dueOn: string;
                running: boolean;
                startedOn: string;
                state: ("on-time" | "due-soon" | "due-today" | "overdue") | null;
                stoppedAt: string | null;
              }[];
              contracts: {
                amount: string;
                annualRate: string | null;
                /** Format: uuid */
                applicationId: string;
                /** Format: uuid */
                id: string;
                kind: string;
                number: string;
                parties: string[];
                signedOn: string;
              }[];
              enterprise: {
                /** Format: uuid */
                id: string;
                name?: string;
                uscc?: string;
              };
              form: {
                address?: string;
                contactName?: string;
                contactPhone?: string;
                legalRepresentative?: string;
                mainBusiness?: string;
                phone?: string;
                productsAndPartners?: string;
              };
              guarantor: {
                /** Format: uuid */
                id: string;
                name?: string;
              };
              guarantorReview: string;
              /** Format: date-time */
              heldSince: string;
              history: {
                action: string;
                actorName: string;
                actorOrgName: string;
                actorOrgType: string;
                actorUsername: string;
                /** Format: date-time */
                at: string;
                businessDate: string;
                details:
                  | ({
                      acknowledgement?: {
                        reason: string;
                        rules: (
                          | "registered-district"
                          | "supply-chain-category"
                          | "operating-history"
                          | "annual-revenue"
                          | "key-supported-list"
                          | "negative-list"
                          | "amount-limit"
                          | "term-limit"
                          | "loan-use"
                        )[];
                      };
                      contracts?: unknown;
                      eligibility?: {
                        checks: ({
                          passed: boolean;
                          reason: string;
                          /** @enum {string} */
                          rule:
                            | "registered-district"
                            | "supply-chain-category"
                            | "operating-history"
                            | "annual-revenue"
                            | "key-supported-list"
                            | "negative-list"
                            | "amount-limit"
                            | "term-limit"
                            | "loan-use";
                        } & {
                          [key: string]: unknown;
                        })[];
                        eligible: boolean;
                      } & {
                        [key: string]: unknown;
                      };
                      /** @enum {string} */
                      target?: "bank" | "guarantor";
                    } & {
                      [key: string]: unknown;
                    })
                  | null;
                fromStatus: string;
                id: number;
                opinion: string | null;
                reason: string | null;
                toStatus: string;
              }[];
              holders: string[];
              /** Format: uuid */
              id: string;
              loanUse: string;
              materials: {
                attached: boolean;
                /** @enum {string} */
                code: "TECH_PROJECT_FILING" | "BUSINESS_LICENCE" | "FINANCIAL_STATEMENTS";
              }[];
              programme: {
                code?: string;
                name?: string;
                version: number;
              };
              status: string;
              submittedOn: string | null;
              supplyChainCategory: string | null;
              termMonths: number;
              version: number;
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
    /** Edit a draft 推荐表 at the `version` read (the enterprise; only the fields sent change). 409 when stale or once submitted (rule draft-only) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            amount?: string;
            /** Format: uuid */
            bankOrgId?: string;
            form?: {
              address: string;
              contactName: string;
              contactPhone: string;
              legalRepresentative: string;
              mainBusiness: string;
              phone: string;
              productsAndPartners: string;
            };
            /** Format: uuid */
            guarantorOrgId?: string;
            loanUse?: string;
            programmeCode?: string;
            supplyChainCategory?: string | null;
            termMonths?: number;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              amount: string;
              availableActions: (
                | "submit"
                | "withdraw"
                | "recommend"
                | "reject-recommendation"
                | "bank-approve"
                | "bank-reject"
                | "bank-request-materials"
                | "guarantor-approve"
                | "guarantor-reject"
                | "guarantor-request-materials"
                | "provide-materials"
                | "record-contracts"
                | "disburse"
              )[];
              bank: {
                /** Format: uuid */
                id: string;
                name?: string;
              };
              bankReview: string;
              clocks: {
                clock: string;
                dueOn: string;
                running: boolean;
                startedOn: string;
                state: ("on-time" | "due-soon" | "due-today" | "overdue") | null;
                stoppedAt: string | null;
              }[];
              contracts: {
                amount: string;
                annualRate: string | null;
                /** Format: uuid */
                applicationId: string;
                /** Format: uuid */
                id: string;
                kind: string;
                number: string;
                parties: string[];
                signedOn: string;
              }[];
              enterprise: {
                /** Format: uuid */
                id: string;
                name?: string;
                uscc?: string;
              };
              form: {
                address?: string;
                contactName?: string;
                contactPhone?: string;
                legalRepresentative?: string;
                mainBusiness?: string;
                phone?: string;
                productsAndPartners?: string;
              };
              guarantor: {
                /** Format: uuid */
                id: string;
                name?: string;
              };
              guarantorReview: string;
              /** Format: date-time */
              heldSince: string;
              history: {
                action: string;
                actorName: string;
                actorOrgName: string;
                actorOrgType: string;
                actorUsername: string;
                /** Format: date-time */
                at: string;
                businessDate: string;
                details:
                  | ({
                      acknowledgement?: {
                        reason: string;
                        rules: (
                          | "registered-district"
                          | "supply-chain-category"
                          | "operating-history"
                          | "annual-revenue"
                          | "key-supported-list"
                          | "negative-list"
                          | "amount-limit"
                          | "term-limit"
                          | "loan-use"
                        )[];
                      };
                      contracts?: unknown;
                      eligibility?: {
                        checks: ({
                          passed: boolean;
                          reason: string;
                          /** @enum {string} */
                          rule:
                            | "registered-district"
                            | "supply-chain-category"
                            | "operating-history"
                            | "annual-revenue"
                            | "key-supported-list"
                            | "negative-list"
                            | "amount-limit"
                            | "term-limit"
                            | "loan-use";
                        } & {
                          [key: string]: unknown;
                        })[];
                        eligible: boolean;
                      } & {
                        [key: string]: unknown;
                      };
                      /** @enum {string} */
                      target?: "bank" | "guarantor";
                    } & {
                      [key: string]: unknown;
                    })
                  | null;
                fromStatus: string;
                id: number;
                opinion: string | null;
                reason: string | null;
                toStatus: string;
              }[];
              holders: string[];
              /** Format: uuid */
              id: string;
              loanUse: string;
              materials: {
                attached: boolean;
                /** @enum {string} */
                code: "TECH_PROJECT_FILING" | "BUSINESS_LICENCE" | "FINANCIAL_STATEMENTS";
              }[];
              programme: {
                code?: string;
                name?: string;
                version: number;
              };
              status: string;
              submittedOn: string | null;
              supplyChainCategory: string | null;
              termMonths: number;
              version: number;
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
    trace?: never;
  };
  "/api/v1/applications/{id}/actions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Take a workflow step at the `version` read (409 if what it decides on changed since: for the bank's or the guarantor's review, that review or the status); recommending despite failed eligibility rules needs an `acknowledgement`; `disburse` needs the `disbursement` (date, amount), recorded as the loan's DISBURSEMENT event with the step; a step breaking the programme's amount or term ceiling is 409 */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Idempotency-Key (IETF httpapi draft): a retry with the same key and content returns the first response; the same key with other content is 409 */
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            acknowledgement?: {
              reason: string;
              rules: (
                | "registered-district"
                | "supply-chain-category"
                | "operating-history"
                | "annual-revenue"
                | "key-supported-list"
                | "negative-list"
                | "amount-limit"
                | "term-limit"
                | "loan-use"
              )[];
            };
            /** @enum {string} */
            action:
              | "submit"
              | "withdraw"
              | "recommend"
              | "reject-recommendation"
              | "bank-approve"
              | "bank-reject"
              | "bank-request-materials"
              | "guarantor-approve"
              | "guarantor-reject"
              | "guarantor-request-materials"
              | "provide-materials"
              | "record-contracts"
              | "disburse";
            contracts?: {
              amount: string;
              annualRate?: string;
              /** Format: date */
              date: string;
              /** @enum {string} */
              kind: "LOAN" | "ENTRUSTED_GUARANTEE" | "COUNTER_GUARANTEE" | "SURETY";
              number: string;
              parties: string[];
            }[];
            disbursement?: {
              amount: string;
              /** Format: date */
              date: string;
            };
            opinion?: string;
            reason?: string;
            /** @enum {string} */
            target?: "bank" | "guarantor";
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              amount: string;
              availableActions: (
                | "submit"
                | "withdraw"
                | "recommend"
                | "reject-recommendation"
                | "bank-approve"
                | "bank-reject"
                | "bank-request-materials"
                | "guarantor-approve"
                | "guarantor-reject"
                | "guarantor-request-materials"
                | "provide-materials"
                | "record-contracts"
                | "disburse"
              )[];
              bank: {
                /** Format: uuid */
                id: string;
                name?: string;
              };
              bankReview: string;
              clocks: {
                clock: string;
                dueOn: string;
                running: boolean;
                startedOn: string;
                state: ("on-time" | "due-soon" | "due-today" | "overdue") | null;
                stoppedAt: string | null;
              }[];
              contracts: {
                amount: string;
                annualRate: string | null;
                /** Format: uuid */
                applicationId: string;
                /** Format: uuid */
                id: string;
                kind: string;
                number: string;
                parties: string[];
                signedOn: string;
              }[];
              enterprise: {
                /** Format: uuid */
                id: string;
                name?: string;
                uscc?: string;
              };
              form: {
                address?: string;
                contactName?: string;
                contactPhone?: string;
                legalRepresentative?: string;
                mainBusiness?: string;
                phone?: string;
                productsAndPartners?: string;
              };
              guarantor: {
                /** Format: uuid */
                id: string;
                name?: string;
              };
              guarantorReview: string;
              /** Format: date-time */
              heldSince: string;
              history: {
                action: string;
                actorName: string;
                actorOrgName: string;
                actorOrgType: string;
                actorUsername: string;
                /** Format: date-time */
                at: string;
                businessDate: string;
                details:
                  | ({
                      acknowledgement?: {
                        reason: string;
                        rules: (
                          | "registered-district"
                          | "supply-chain-category"
                          | "operating-history"
                          | "annual-revenue"
                          | "key-supported-list"
                          | "negative-list"
                          | "amount-limit"
                          | "term-limit"
                          | "loan-use"
                        )[];
                      };
                      contracts?: unknown;
                      eligibility?: {
                        checks: ({
                          passed: boolean;
                          reason: string;
                          /** @enum {string} */
                          rule:
                            | "registered-district"
                            | "supply-chain-category"
                            | "operating-history"
                            | "annual-revenue"
                            | "key-supported-list"
                            | "negative-list"
                            | "amount-limit"
                            | "term-limit"
                            | "loan-use";
                        } & {
                          [key: string]: unknown;
                        })[];
                        eligible: boolean;
                      } & {
                        [key: string]: unknown;
                      };
                      /** @enum {string} */
                      target?: "bank" | "guarantor";
                    } & {
                      [key: string]: unknown;
                    })
                  | null;
                fromStatus: string;
                id: number;
                opinion: string | null;
                reason: string | null;
                toStatus: string;
              }[];
              holders: string[];
              /** Format: uuid */
              id: string;
              loanUse: string;
              materials: {
                attached: boolean;
                /** @enum {string} */
                code: "TECH_PROJECT_FILING" | "BUSINESS_LICENCE" | "FINANCIAL_STATEMENTS";
              }[];
              programme: {
                code?: string;
                name?: string;
                version: number;
              };
              status: string;
              submittedOn: string | null;
              supplyChainCategory: string | null;
              termMonths: number;
              version: number;
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
  "/api/v1/applications/{id}/attachments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The application's attachments (its parties only) */
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
              contentType: string;
              filename: string;
              /** Format: uuid */
              id: string;
              kind: string;
              sha256: string;
              size: number;
              /** Format: date-time */
              uploadedAt: string;
              uploadedBy: string;
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
    /** Attach a document or a contract scan (multipart: field `kind`, then `file`; pdf, png, jpg, xlsx, docx; ≤ 10 MB) */
    post: {
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
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              applicationId: string;
              contentType: string;
              filename: string;
              /** Format: uuid */
              id: string;
              kind: string;
              sha256: string;
              size: number;
              /** Format: date-time */
              uploadedAt: string;
              /** Format: uuid */
              uploadedBy: string;
              /** Format: uuid */
              uploadedByOrg: string;
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
  "/api/v1/applications/{id}/eligibility": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every eligibility rule as it stands today, with its reason; `hard` rules (the programme's amount and term ceilings) refuse, others the bureau must acknowledge to recommend */
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
              asOf: string;
              checks: {
                hard: boolean;
                passed: boolean;
                reason: string;
                /** @enum {string} */
                rule:
                  | "registered-district"
                  | "supply-chain-category"
                  | "operating-history"
                  | "annual-revenue"
                  | "key-supported-list"
                  | "negative-list"
                  | "amount-limit"
                  | "term-limit"
                  | "loan-use";
              }[];
              eligible: boolean;
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
  "/api/v1/applications/{id}/guarantee-fees": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Guarantee fees the guarantor recorded as charged on a programme guarantee */
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
              items: {
                /** @description 元, two decimals */
                amount: string;
                applicationId: string;
                feeRate: string | null;
                id: number;
                mayReverse: boolean;
                note: string | null;
                reason: string | null;
                /** Format: date */
                receivedOn: string;
                /** Format: date-time */
                recordedAt: string;
                recordedBy: string;
                reversedBy: {
                  id: number;
                  reason: string;
                  /** Format: date-time */
                  recordedAt: string;
                  recordedBy: string;
                } | null;
                reverses: number | null;
              }[];
              /** @description 元, two decimals */
              total: string;
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
    /** The guarantor records a guarantee fee it charged (insert-only; caps the fee subsidy) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Idempotency-Key (IETF httpapi draft): a retry with the same key and content returns the first response; the same key with other content is 409 */
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            amount: string;
            feeRate?: string;
            note?: string;
            /** Format: date */
            receivedOn: string;
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
              id: number;
              items: {
                /** @description 元, two decimals */
                amount: string;
                applicationId: string;
                feeRate: string | null;
                id: number;
                mayReverse: boolean;
                note: string | null;
                reason: string | null;
                /** Format: date */
                receivedOn: string;
                /** Format: date-time */
                recordedAt: string;
                recordedBy: string;
                reversedBy: {
                  id: number;
                  reason: string;
                  /** Format: date-time */
                  recordedAt: string;
                  recordedBy: string;
                } | null;
                reverses: number | null;
              }[];
              /** @description 元, two decimals */
              total: string;
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
  "/api/v1/applications/{id}/guarantee-fees/{receiptId}/reversal": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The guarantor's reviewer reverses a wrong fee receipt (a new, negated receipt with the reason; once only, not while its year is in a live batch) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Idempotency-Key (IETF httpapi draft): a retry with the same key and content returns the first response; the same key with other content is 409 */
          "idempotency-key"?: string;
        };
        path: {
          id: string;
          receiptId: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            reason: string;
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
              id: number;
              items: {
                /** @description 元, two decimals */
                amount: string;
                applicationId: string;
                feeRate: string | null;
                id: number;
                mayReverse: boolean;
                note: string | null;
                reason: string | null;
                /** Format: date */
                receivedOn: string;
                /** Format: date-time */
                recordedAt: string;
                recordedBy: string;
                reversedBy: {
                  id: number;
                  reason: string;
                  /** Format: date-time */
                  recordedAt: string;
                  recordedBy: string;
                } | null;
                reverses: number | null;
              }[];
              /** @description 元, two decimals */
              total: string;
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
  "/api/v1/applications/{id}/loan": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The loan's servicing events and its derived position */
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
              events: {
                amount: string;
                id: number;
                note: string | null;
                number: number;
                occurredOn: string;
                /** Format: date-time */
                recordedAt: string;
                recordedBy: string;
                reverses: number | null;
                reversesNumber: number | null;
                type: string;
                viaApi: boolean;
              }[];
              position: {
                disbursed: string;
                everOverdue: boolean;
                interestPaid: string;
                outstanding: string;
                repaid: string;
                settledOn: string | null;
                /** @enum {string} */
                status: "NOT_DISBURSED" | "ACTIVE" | "OVERDUE" | "SETTLED";
              };
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
  "/api/v1/applications/{id}/loan-events": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a disbursement, interest payment, repayment or overdue event (the lending bank; API key allowed) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Idempotency-Key (IETF httpapi draft): a retry with the same key and content returns the first response; the same key with other content is 409 */
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            amount: string;
            /** Format: date */
            date: string;
            note?: string;
            reverses?: number;
            /** @enum {string} */
            type: "DISBURSEMENT" | "INTEREST_PAYMENT" | "PRINCIPAL_REPAYMENT" | "OVERDUE" | "OVERDUE_CLEARED";
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
              events: {
                amount: string;
                id: number;
                note: string | null;
                number: number;
                occurredOn: string;
                /** Format: date-time */
                recordedAt: string;
                recordedBy: string;
                reverses: number | null;
                reversesNumber: number | null;
                type: string;
                viaApi: boolean;
              }[];
              position: {
                disbursed: string;
                everOverdue: boolean;
                interestPaid: string;
                outstanding: string;
                repaid: string;
                settledOn: string | null;
                /** @enum {string} */
                status: "NOT_DISBURSED" | "ACTIVE" | "OVERDUE" | "SETTLED";
              };
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
  "/api/v1/applications/{id}/recommendation-form": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The filled 推荐表 (seed 002 附件1): an A4 print view, or a PDF with format=pdf */
    get: {
      parameters: {
        query?: {
          format?: "html" | "pdf";
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A4 打印页(HTML)或 PDF (the print view, or the PDF with format=pdf) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/pdf": string;
            "text/html": string;
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
  "/api/v1/applications/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Excel export of the applications the caller may see (the bureau's overview), with the same filters */
    get: {
      parameters: {
        query?: {
          /** @description The lending bank; never widens what the caller may see */
          bankOrgId?: string;
          /** @description The enterprise's registered district; a city's code covers all its districts */
          district?: string;
          status?:
            | "DRAFT"
            | "SUBMITTED"
            | "UNDER_REVIEW"
            | "APPROVED"
            | "CONTRACTED"
            | "DISBURSED"
            | "SETTLED"
            | "REJECTED"
            | "WITHDRAWN";
          /** @description Submitted on or after this day */
          submittedFrom?: string;
          /** @description Submitted on or before this day */
          submittedTo?: string;
          waiting?: "true" | "false";
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
  "/api/v1/applications/options": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the calling enterprise may choose on its 推荐表: the programmes of its region, each with the banks and guarantors taking part in it (the server refuses any other choice) */
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
              enterprise: {
                districtCode: string;
                /** Format: uuid */
                id: string;
                name: string;
              };
              programmes: {
                banks: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                }[];
                code: string;
                guarantors: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                }[];
                name: string;
                requiredMaterials: ("TECH_PROJECT_FILING" | "BUSINESS_LICENCE" | "FINANCIAL_STATEMENTS")[];
              }[];
            };
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
  "/api/v1/attachments/{id}/content": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download an attachment (its application's parties only) */
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
        /** @description 附件文件 (the file, as a download) */
        200: {
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
  "/api/v1/audit-log": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Audit log of sign-ins and changes (platform admin) */
    get: {
      parameters: {
        query?: {
          action?: string;
          actorUsername?: string;
          entityId?: string;
          entityType?: string;
          from?: string;
          orgId?: string;
          page?: number;
          pageSize?: number;
          to?: string;
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
              items: {
                action: string;
                actorOrgId: string | null;
                actorOrgName: string | null;
                actorUserId: string | null;
                actorUsername: string | null;
                /** @description The entity as it became, or what the action recorded (JSON) */
                after: unknown;
                /** Format: date-time */
                at: string;
                /** @description The entity as it was, as recorded (JSON) */
                before: unknown;
                entityId: string | null;
                entityType: string;
                id: number;
                ip: string | null;
                /** @description The object's name as it is now (enterprise, application's enterprise and programme, payment title …) */
                subject: string | null;
              }[];
              total: number;
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
  "/api/v1/auth/me": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user, and the platform's business date */
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
              csrfToken: string | null;
              /** @description Whether a loan programme over or inside the organisation's region uses each list */
              listsInUse: {
                keySupportedList: boolean;
                negativeList: boolean;
              };
              organisation: {
                enterpriseId: string | null;
                id: string;
                name: string;
                regionCode: string;
                /** @description One of ENTERPRISE, INDUSTRY_BUREAU, FINANCE_BUREAU, CITY_GOVERNMENT, BANK, GUARANTOR, REGUARANTOR, FINANCIAL_INSTITUTION, PROVINCE, MINISTRY, CITY_APPLICANT, SECURITIES_REGULATOR, PLATFORM_ADMIN */
                type: string;
              };
              /** @description The platform's business date (YYYY-MM-DD; a demo may pin it) */
              today: string;
              user: {
                displayName: string;
                id: string;
                roles: string[];
                username: string;
              };
            };
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
  "/api/v1/auth/sign-in": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with username and password; sets the session cookie */
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
            password: string;
            username: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description Send it back in the X-CSRF-Token header on every write; the session itself is the cookie */
              csrfToken: string;
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
        /** @description 账户已锁定 (account locked) */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description 请求过于频繁 (too many requests) */
        429: {
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
  "/api/v1/auth/sign-out": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 无内容 (no content) */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
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
              channel: "FORM" | "API";
              /** Format: date-time */
              createdAt: string;
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
              channel: "FORM" | "API";
              /** Format: date-time */
              createdAt: string;
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
              channel: "FORM" | "API";
              /** Format: date-time */
              createdAt: string;
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
  "/api/v1/banks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Directory of banks and financial institutions on the platform */
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
              id: string;
              name: string;
              regionCode: string;
              /** @description One of ENTERPRISE, INDUSTRY_BUREAU, FINANCE_BUREAU, CITY_GOVERNMENT, BANK, GUARANTOR, REGUARANTOR, FINANCIAL_INSTITUTION, PROVINCE, MINISTRY, CITY_APPLICANT, SECURITIES_REGULATOR, PLATFORM_ADMIN */
              type: string;
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
  "/api/v1/bridge-funds": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The bridge funds (应急转贷资金池) of the caller's region with their current rules */
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
              cashBalance: string | null;
              code: string;
              /** Format: uuid */
              id: string;
              managerName?: string;
              mayConfigure: boolean;
              name: string;
              regionCode: string;
              rules: {
                dailyRate: string;
                escalateAfterWorkingDays: number;
                generalCeiling: string;
                groupCeiling: string;
                maxWorkingDays: number;
                smeReductionShare: string;
                /** Format: date */
                smeReductionUntil: string;
                waiverTags: (
                  | "SRDI_CITY"
                  | "SRDI_PROVINCE"
                  | "LITTLE_GIANT"
                  | "SINGLE_CHAMPION"
                  | "CHAIN_LEADER"
                  | "DOUBLE_HUNDRED"
                  | "GAZELLE"
                  | "UNICORN"
                  | "HIGH_TECH"
                  | "TECH_SME"
                  | "LISTING_CULTIVATION"
                  | "CITY_AUTO_KEY"
                  | "CLUSTER_33618"
                )[];
              };
              version: number;
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
  "/api/v1/bridge-funds/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A bridge fund's rules and their versions */
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
              cashBalance: string | null;
              code: string;
              /** Format: uuid */
              id: string;
              managerName?: string;
              mayConfigure: boolean;
              name: string;
              regionCode: string;
              rules: {
                dailyRate: string;
                escalateAfterWorkingDays: number;
                generalCeiling: string;
                groupCeiling: string;
                maxWorkingDays: number;
                smeReductionShare: string;
                /** Format: date */
                smeReductionUntil: string;
                waiverTags: (
                  | "SRDI_CITY"
                  | "SRDI_PROVINCE"
                  | "LITTLE_GIANT"
                  | "SINGLE_CHAMPION"
                  | "CHAIN_LEADER"
                  | "DOUBLE_HUNDRED"
                  | "GAZELLE"
                  | "UNICORN"
                  | "HIGH_TECH"
                  | "TECH_SME"
                  | "LISTING_CULTIVATION"
                  | "CITY_AUTO_KEY"
                  | "CLUSTER_33618"
                )[];
              };
              version: number;
              versions: {
                /** Format: date-time */
                createdAt: string;
                createdBy: string | null;
                note: string;
                rules: {
                  dailyRate: string;
                  escalateAfterWorkingDays: number;
                  generalCeiling: string;
                  groupCeiling: string;
                  maxWorkingDays: number;
                  smeReductionShare: string;
                  /** Format: date */
                  smeReductionUntil: string;
                  waiverTags: (
                    | "SRDI_CITY"
                    | "SRDI_PROVINCE"
                    | "LITTLE_GIANT"
                    | "SINGLE_CHAMPION"
                    | "CHAIN_LEADER"
                    | "DOUBLE_HUNDRED"
                    | "GAZELLE"
                    | "UNICORN"
                    | "HIGH_TECH"
                    | "TECH_SME"
                    | "LISTING_CULTIVATION"
                    | "CITY_AUTO_KEY"
                    | "CLUSTER_33618"
                  )[];
                };
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
  "/api/v1/bridge-funds/{id}/rules": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Save a new version of a fund's bridge rules (ceilings, days of use, daily rate, waiver, SME reduction, escalation): the region's finance or industry bureau */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            note: string;
            rules: {
              dailyRate: string;
              escalateAfterWorkingDays: number;
              generalCeiling: string;
              groupCeiling: string;
              maxWorkingDays: number;
              smeReductionShare: string;
              /** Format: date */
              smeReductionUntil: string;
              waiverTags: (
                | "SRDI_CITY"
                | "SRDI_PROVINCE"
                | "LITTLE_GIANT"
                | "SINGLE_CHAMPION"
                | "CHAIN_LEADER"
                | "DOUBLE_HUNDRED"
                | "GAZELLE"
                | "UNICORN"
                | "HIGH_TECH"
                | "TECH_SME"
                | "LISTING_CULTIVATION"
                | "CITY_AUTO_KEY"
                | "CLUSTER_33618"
              )[];
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              cashBalance: string | null;
              code: string;
              /** Format: uuid */
              id: string;
              managerName?: string;
              mayConfigure: boolean;
              name: string;
              regionCode: string;
              rules: {
                dailyRate: string;
                escalateAfterWorkingDays: number;
                generalCeiling: string;
                groupCeiling: string;
                maxWorkingDays: number;
                smeReductionShare: string;
                /** Format: date */
                smeReductionUntil: string;
                waiverTags: (
                  | "SRDI_CITY"
                  | "SRDI_PROVINCE"
                  | "LITTLE_GIANT"
                  | "SINGLE_CHAMPION"
                  | "CHAIN_LEADER"
                  | "DOUBLE_HUNDRED"
                  | "GAZELLE"
                  | "UNICORN"
                  | "HIGH_TECH"
                  | "TECH_SME"
                  | "LISTING_CULTIVATION"
                  | "CITY_AUTO_KEY"
                  | "CLUSTER_33618"
                )[];
              };
              version: number;
              versions: {
                /** Format: date-time */
                createdAt: string;
                createdBy: string | null;
                note: string;
                rules: {
                  dailyRate: string;
                  escalateAfterWorkingDays: number;
                  generalCeiling: string;
                  groupCeiling: string;
                  maxWorkingDays: number;
                  smeReductionShare: string;
                  /** Format: date */
                  smeReductionUntil: string;
                  waiverTags: (
                    | "SRDI_CITY"
                    | "SRDI_PROVINCE"
                    | "LITTLE_GIANT"
                    | "SINGLE_CHAMPION"
                    | "CHAIN_LEADER"
                    | "DOUBLE_HUNDRED"
                    | "GAZELLE"
                    | "UNICORN"
                    | "HIGH_TECH"
                    | "TECH_SME"
                    | "LISTING_CULTIVATION"
                    | "CITY_AUTO_KEY"
                    | "CLUSTER_33618"
                  )[];
                };
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
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/bridge-loan-letters": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The bank uploads its written commitment to renew (multipart: `file`; pdf, png, jpg, xlsx, docx; ≤ 10 MB) */
    post: {
      parameters: {
        query?: never;
        header?: never;
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
              contentType: string;
              filename: string;
              /** Format: uuid */
              id: string;
              size: number;
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
  "/api/v1/bridge-loans": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Bridge loans the caller may see: the enterprise's, the bank's, the fund's, the region's */
    get: {
      parameters: {
        query?: {
          state?: "REQUESTED" | "COMMITTED" | "DECLINED" | "APPROVED" | "REJECTED" | "PAID" | "RETURNED";
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
              amount: string;
              appliedOn: string;
              bankName: string;
              /** Format: uuid */
              bankOrgId: string;
              ceiling: {
                amount: string;
                group: string;
                reason: string;
              };
              contractNo: string;
              /** Format: uuid */
              enterpriseId: string;
              enterpriseName: string;
              expectedDisbursementOn: string | null;
              fee: string | null;
              feeWorking: {
                amount: string;
                dailyRate: string;
                days: number;
                fee: string;
                periods: {
                  amount: string;
                  dailyRate: string;
                  days: number;
                  from: string;
                  reduction: string | null;
                  to: string;
                }[];
                rounding: string;
                waived: string | null;
              } | null;
              /** Format: uuid */
              fundId: string;
              fundName: string;
              /** Format: uuid */
              id: string;
              letter: {
                /** Format: uuid */
                id: string;
              } | null;
              managerName: string;
              maturingAmount: string;
              maturityDate: string;
              maxWorkingDays: number;
              overdue: {
                daysOverdue: number;
                escalatesOn: string | null;
                level: number;
              } | null;
              overdueLevelNotified: number;
              paidOn: string | null;
              party: ("bank" | "fund-manager") | null;
              renewalAmount: string | null;
              renewalDisbursedOn: string | null;
              returnDue: string | null;
              returnedOn: string | null;
              rulesVersion: number;
              /** @enum {string} */
              state: "REQUESTED" | "COMMITTED" | "DECLINED" | "APPROVED" | "REJECTED" | "PAID" | "RETURNED";
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
    /** An enterprise requests bridge money for its maturing loan: within the ceiling and the maturing amount, maturity not past */
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
            amount: string;
            /** Format: uuid */
            bankOrgId: string;
            contractNo: string;
            /** Format: uuid */
            fundId: string;
            maturingAmount: string;
            /** Format: date */
            maturityDate: string;
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
              amount: string;
              appliedOn: string;
              bankName: string;
              /** Format: uuid */
              bankOrgId: string;
              ceiling: {
                amount: string;
                group: string;
                reason: string;
              };
              contractNo: string;
              /** Format: uuid */
              enterpriseId: string;
              enterpriseName: string;
              expectedDisbursementOn: string | null;
              fee: string | null;
              feeWorking: {
                amount: string;
                dailyRate: string;
                days: number;
                fee: string;
                periods: {
                  amount: string;
                  dailyRate: string;
                  days: number;
                  from: string;
                  reduction: string | null;
                  to: string;
                }[];
                rounding: string;
                waived: string | null;
              } | null;
              /** Format: uuid */
              fundId: string;
              fundName: string;
              history: {
                action: string;
                actorName: string | null;
                actorOrgName: string | null;
                /** Format: date-time */
                at: string;
                businessDate: string;
                details: unknown;
                fromState: string | null;
                id: number;
                reason: string | null;
                toState: string;
              }[];
              /** Format: uuid */
              id: string;
              letter: {
                /** Format: uuid */
                id: string;
              } | null;
              managerName: string;
              maturingAmount: string;
              maturityDate: string;
              maxWorkingDays: number;
              overdue: {
                daysOverdue: number;
                escalatesOn: string | null;
                level: number;
              } | null;
              overdueLevelNotified: number;
              paidOn: string | null;
              party: ("bank" | "fund-manager") | null;
              renewalAmount: string | null;
              renewalDisbursedOn: string | null;
              returnDue: string | null;
              returnedOn: string | null;
              rulesVersion: number;
              /** @enum {string} */
              state: "REQUESTED" | "COMMITTED" | "DECLINED" | "APPROVED" | "REJECTED" | "PAID" | "RETURNED";
              version: number;
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
  "/api/v1/bridge-loans/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A bridge loan with its ceiling, commitment, payment, fee working and history */
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
              amount: string;
              appliedOn: string;
              bankName: string;
              /** Format: uuid */
              bankOrgId: string;
              ceiling: {
                amount: string;
                group: string;
                reason: string;
              };
              contractNo: string;
              /** Format: uuid */
              enterpriseId: string;
              enterpriseName: string;
              expectedDisbursementOn: string | null;
              fee: string | null;
              feeWorking: {
                amount: string;
                dailyRate: string;
                days: number;
                fee: string;
                periods: {
                  amount: string;
                  dailyRate: string;
                  days: number;
                  from: string;
                  reduction: string | null;
                  to: string;
                }[];
                rounding: string;
                waived: string | null;
              } | null;
              /** Format: uuid */
              fundId: string;
              fundName: string;
              history: {
                action: string;
                actorName: string | null;
                actorOrgName: string | null;
                /** Format: date-time */
                at: string;
                businessDate: string;
                details: unknown;
                fromState: string | null;
                id: number;
                reason: string | null;
                toState: string;
              }[];
              /** Format: uuid */
              id: string;
              letter: {
                /** Format: uuid */
                id: string;
              } | null;
              managerName: string;
              maturingAmount: string;
              maturityDate: string;
              maxWorkingDays: number;
              overdue: {
                daysOverdue: number;
                escalatesOn: string | null;
                level: number;
              } | null;
              overdueLevelNotified: number;
              paidOn: string | null;
              party: ("bank" | "fund-manager") | null;
              renewalAmount: string | null;
              renewalDisbursedOn: string | null;
              returnDue: string | null;
              returnedOn: string | null;
              rulesVersion: number;
              /** @enum {string} */
              state: "REQUESTED" | "COMMITTED" | "DECLINED" | "APPROVED" | "REJECTED" | "PAID" | "RETURNED";
              version: number;
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
  "/api/v1/bridge-loans/{id}/decisions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The bank commits to renew (letter, amount, expected disbursement) or declines with a reason; the fund's manager approves (cash permitting) or rejects with a reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json":
            | {
                /** @enum {string} */
                action: "commit";
                /** Format: date */
                expectedDisbursementOn: string;
                /** Format: uuid */
                letterId: string;
                renewalAmount: string;
                version: number;
              }
            | {
                /** @enum {string} */
                action: "decline";
                reason: string;
                version: number;
              }
            | {
                /** @enum {string} */
                action: "approve";
                opinion?: string;
                version: number;
              }
            | {
                /** @enum {string} */
                action: "reject";
                reason: string;
                version: number;
              };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              amount: string;
              appliedOn: string;
              bankName: string;
              /** Format: uuid */
              bankOrgId: string;
              ceiling: {
                amount: string;
                group: string;
                reason: string;
              };
              contractNo: string;
              /** Format: uuid */
              enterpriseId: string;
              enterpriseName: string;
              expectedDisbursementOn: string | null;
              fee: string | null;
              feeWorking: {
                amount: string;
                dailyRate: string;
                days: number;
                fee: string;
                periods: {
                  amount: string;
                  dailyRate: string;
                  days: number;
                  from: string;
                  reduction: string | null;
                  to: string;
                }[];
                rounding: string;
                waived: string | null;
              } | null;
              /** Format: uuid */
              fundId: string;
              fundName: string;
              history: {
                action: string;
                actorName: string | null;
                actorOrgName: string | null;
                /** Format: date-time */
                at: string;
                businessDate: string;
                details: unknown;
                fromState: string | null;
                id: number;
                reason: string | null;
                toState: string;
              }[];
              /** Format: uuid */
              id: string;
              letter: {
                /** Format: uuid */
                id: string;
              } | null;
              managerName: string;
              maturingAmount: string;
              maturityDate: string;
              maxWorkingDays: number;
              overdue: {
                daysOverdue: number;
                escalatesOn: string | null;
                level: number;
              } | null;
              overdueLevelNotified: number;
              paidOn: string | null;
              party: ("bank" | "fund-manager") | null;
              renewalAmount: string | null;
              renewalDisbursedOn: string | null;
              returnDue: string | null;
              returnedOn: string | null;
              rulesVersion: number;
              /** @enum {string} */
              state: "REQUESTED" | "COMMITTED" | "DECLINED" | "APPROVED" | "REJECTED" | "PAID" | "RETURNED";
              version: number;
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
  "/api/v1/bridge-loans/{id}/letter": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download the bank's renewal commitment letter of a bridge loan */
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
        /** @description 附件文件 (the file, as a download) */
        200: {
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
  "/api/v1/bridge-loans/{id}/payment": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The fund's manager pays the bank (fund cash → bridge receivable), exactly once; the last day of use is set */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Idempotency-Key (IETF httpapi draft): a retry with the same key and content returns the first response; the same key with other content is 409 */
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            idempotencyKey: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              amount: string;
              appliedOn: string;
              bankName: string;
              /** Format: uuid */
              bankOrgId: string;
              ceiling: {
                amount: string;
                group: string;
                reason: string;
              };
              contractNo: string;
              /** Format: uuid */
              enterpriseId: string;
              enterpriseName: string;
              expectedDisbursementOn: string | null;
              fee: string | null;
              feeWorking: {
                amount: string;
                dailyRate: string;
                days: number;
                fee: string;
                periods: {
                  amount: string;
                  dailyRate: string;
                  days: number;
                  from: string;
                  reduction: string | null;
                  to: string;
                }[];
                rounding: string;
                waived: string | null;
              } | null;
              /** Format: uuid */
              fundId: string;
              fundName: string;
              history: {
                action: string;
                actorName: string | null;
                actorOrgName: string | null;
                /** Format: date-time */
                at: string;
                businessDate: string;
                details: unknown;
                fromState: string | null;
                id: number;
                reason: string | null;
                toState: string;
              }[];
              /** Format: uuid */
              id: string;
              letter: {
                /** Format: uuid */
                id: string;
              } | null;
              managerName: string;
              maturingAmount: string;
              maturityDate: string;
              maxWorkingDays: number;
              overdue: {
                daysOverdue: number;
                escalatesOn: string | null;
                level: number;
              } | null;
              overdueLevelNotified: number;
              paidOn: string | null;
              party: ("bank" | "fund-manager") | null;
              renewalAmount: string | null;
              renewalDisbursedOn: string | null;
              returnDue: string | null;
              returnedOn: string | null;
              rulesVersion: number;
              /** @enum {string} */
              state: "REQUESTED" | "COMMITTED" | "DECLINED" | "APPROVED" | "REJECTED" | "PAID" | "RETURNED";
              version: number;
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
  "/api/v1/bridge-loans/{id}/return": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The bank records the renewal disbursed and the bridge money returned with its fee (computed, with its working), exactly once */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Idempotency-Key (IETF httpapi draft): a retry with the same key and content returns the first response; the same key with other content is 409 */
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            idempotencyKey: string;
            /** Format: date */
            renewalDisbursedOn: string;
            /** Format: date */
            returnedOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              amount: string;
              appliedOn: string;
              bankName: string;
              /** Format: uuid */
              bankOrgId: string;
              ceiling: {
                amount: string;
                group: string;
                reason: string;
              };
              contractNo: string;
              /** Format: uuid */
              enterpriseId: string;
              enterpriseName: string;
              expectedDisbursementOn: string | null;
              fee: string | null;
              feeWorking: {
                amount: string;
                dailyRate: string;
                days: number;
                fee: string;
                periods: {
                  amount: string;
                  dailyRate: string;
                  days: number;
                  from: string;
                  reduction: string | null;
                  to: string;
                }[];
                rounding: string;
                waived: string | null;
              } | null;
              /** Format: uuid */
              fundId: string;
              fundName: string;
              history: {
                action: string;
                actorName: string | null;
                actorOrgName: string | null;
                /** Format: date-time */
                at: string;
                businessDate: string;
                details: unknown;
                fromState: string | null;
                id: number;
                reason: string | null;
                toState: string;
              }[];
              /** Format: uuid */
              id: string;
              letter: {
                /** Format: uuid */
                id: string;
              } | null;
              managerName: string;
              maturingAmount: string;
              maturityDate: string;
              maxWorkingDays: number;
              overdue: {
                daysOverdue: number;
                escalatesOn: string | null;
                level: number;
              } | null;
              overdueLevelNotified: number;
              paidOn: string | null;
              party: ("bank" | "fund-manager") | null;
              renewalAmount: string | null;
              renewalDisbursedOn: string | null;
              returnDue: string | null;
              returnedOn: string | null;
              rulesVersion: number;
              /** @enum {string} */
              state: "REQUESTED" | "COMMITTED" | "DECLINED" | "APPROVED" | "REJECTED" | "PAID" | "RETURNED";
              version: number;
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
  "/api/v1/bridge-loans/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The bridge loans the caller may see as an Excel workbook */
    get: {
      parameters: {
        query?: {
          state?: "REQUESTED" | "COMMITTED" | "DECLINED" | "APPROVED" | "REJECTED" | "PAID" | "RETURNED";
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
  "/api/v1/bridge-loans/overdue-check": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Run the daily overdue check now (platform admin, a fund manager or an overseer): flags and escalates once per level */
    post: {
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
              escalated: number;
              flagged: number;
            };
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
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/bridge-loans/quote": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The enterprise's ceiling with its reason and the fee if returned on the last day of use */
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
            amount: string;
            /** Format: uuid */
            fundId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              ceiling: {
                amount: string;
                group: string;
                reason: string;
              };
              fee: string;
              feeWorking: {
                amount: string;
                dailyRate: string;
                days: number;
                fee: string;
                periods: {
                  amount: string;
                  dailyRate: string;
                  days: number;
                  from: string;
                  reduction: string | null;
                  to: string;
                }[];
                rounding: string;
                waived: string | null;
              };
              paidOn: string;
              returnDue: string | null;
              withinCeiling: boolean;
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
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/calculators/bridge-loan-fee": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Bridge-loan (应急转贷) usage fee with its working, the borrower's ceiling and the last day of use (seed 004 §四(二)) */
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
            amount: string;
            dailyRate?: string;
            /** @enum {string} */
            ownership?: "STATE" | "COLLECTIVE" | "PRIVATE" | "FOREIGN" | "HMT" | "MIXED";
            /** Format: date */
            paidOn: string;
            /** Format: date */
            returnedOn: string;
            /** @enum {string} */
            sizeClass: "LARGE" | "MEDIUM" | "SMALL" | "MICRO";
            tags?: (
              | "SRDI_CITY"
              | "SRDI_PROVINCE"
              | "LITTLE_GIANT"
              | "SINGLE_CHAMPION"
              | "CHAIN_LEADER"
              | "DOUBLE_HUNDRED"
              | "GAZELLE"
              | "UNICORN"
              | "HIGH_TECH"
              | "TECH_SME"
              | "LISTING_CULTIVATION"
              | "CITY_AUTO_KEY"
              | "CLUSTER_33618"
            )[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              ceiling: {
                amount: string;
                group: string;
                reason: string;
              };
              dailyRate: string;
              days: number;
              fee: string;
              periods: {
                amount: string;
                dailyRate: string;
                days: number;
                from: string;
                reduction: string | null;
                to: string;
              }[];
              returnDue: string | null;
              waived: string | null;
              withinCeiling: boolean;
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
        /** @description 请求过于频繁 (too many requests) */
        429: {
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
  "/api/v1/calculators/interest-subsidy": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Interest subsidy of a loan (SPEC §3.2): ACT/360, first day counted, rounded once half-up */
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
            /** @enum {string} */
            dayCount?: "ACT/360" | "ACT/365";
            events: {
              amount: string;
              /** Format: date */
              date: string;
              /** @enum {string} */
              type: "disbursement" | "repayment";
            }[];
            interestPaid?: string;
            rate?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              capped: boolean;
              periods: {
                amount: string;
                days: number;
                from: string;
                principal: string;
                to: string;
              }[];
              subsidy: string;
              uncapped: string;
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
        /** @description 请求过于频繁 (too many requests) */
        429: {
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
  "/api/v1/calculators/recovery-distribution": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Share a recovery among those who bore the non-bank part of the loss */
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
            fundShareOfGuarantor?: string;
            loss: string;
            recovered: string;
            scheme: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              fund: string;
              guarantor: string;
              nationalFund?: string;
              reguarantor: string;
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
        /** @description 请求过于频繁 (too many requests) */
        429: {
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
  "/api/v1/calculators/risk-sharing": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Split a default loss by a risk-sharing scheme (4321, 4222) */
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
            fundShareOfGuarantor?: string;
            loss: string;
            scheme: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              bank: string;
              fundPays: string;
              government: string;
              guarantor: string;
              guarantorNet: string;
              nationalFund?: string;
              reguarantor: string;
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
        /** @description 请求过于频繁 (too many requests) */
        429: {
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
  "/api/v1/default-cases": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Default cases (代偿) the caller may see: its bank's, its guarantees', or its region's; `waiting` = those waiting for the caller */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          status?: "CLAIMED" | "COMPENSATED" | "WITHDRAWN";
          waiting?: "true" | "false";
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
              items: {
                applicationId: string;
                bankName: string;
                /** Format: date */
                claimedOn: string;
                compensatedOn: string | null;
                enterpriseName: string;
                guarantorName: string;
                id: string;
                loss: string;
                paymentStatus:
                  | (
                      | "DRAFT"
                      | "IN_REVIEW"
                      | "AWAITING_APPROVAL"
                      | "APPROVED"
                      | "PAYING"
                      | "PAID"
                      | "RETURNED"
                      | "CANCELLED"
                    )
                  | null;
                programmeName: string;
                recovered: string;
                scheme: string;
                /** @enum {string} */
                status: "CLAIMED" | "COMPENSATED" | "WITHDRAWN";
              }[];
              page: number;
              pageSize: number;
              total: number;
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
    /** The lending bank claims compensation on an overdue loan (loss ≤ principal outstanding) */
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
            /** Format: uuid */
            applicationId: string;
            /** Format: date */
            claimedOn: string;
            loss: string;
            reason: string;
            scheme?: string;
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
              application: {
                amount: string;
                bankName: string;
                enterpriseName: string;
                guarantorName: string;
                id: string;
                programmeCode: string;
                programmeName: string;
              };
              availableActions: (
                | "compensate"
                | "withdraw"
                | "request-fund-payment"
                | "record-recovery"
                | "reverse-recovery"
              )[];
              bankShare: string | null;
              blocked: string | null;
              /** Format: date */
              claimedOn: string;
              claimReason: string;
              compensatedOn: string | null;
              compensationToBank: string | null;
              fundPartPaid: boolean;
              history: {
                /** @enum {string} */
                action:
                  | "compensate"
                  | "withdraw"
                  | "request-fund-payment"
                  | "record-recovery"
                  | "reverse-recovery"
                  | "claim";
                actorName: string;
                actorOrgName: string;
                /** Format: date-time */
                at: string;
                /** Format: date */
                businessDate: string;
                fromStatus: ("CLAIMED" | "COMPENSATED" | "WITHDRAWN") | null;
                id: number;
                reason: string | null;
                /** @enum {string} */
                toStatus: "CLAIMED" | "COMPENSATED" | "WITHDRAWN";
              }[];
              id: string;
              loss: string;
              payment: {
                id: string;
                paidOn: string | null;
                /** @enum {string} */
                status:
                  | "DRAFT"
                  | "IN_REVIEW"
                  | "AWAITING_APPROVAL"
                  | "APPROVED"
                  | "PAYING"
                  | "PAID"
                  | "RETURNED"
                  | "CANCELLED";
                statusLabel: string;
                total: string;
              } | null;
              position: {
                disbursed: string;
                outstanding: string;
                repaid: string;
                /** @enum {string} */
                status: "NOT_DISBURSED" | "ACTIVE" | "OVERDUE" | "SETTLED";
              };
              recoverable: string;
              recovered: string;
              recoveries: {
                amount: string;
                distribution: {
                  fund: string;
                  guarantor: string;
                  national_fund: string;
                  reguarantor: string;
                };
                id: string;
                mayReverse: boolean;
                postingId: number | null;
                reason: string | null;
                /** Format: date-time */
                recordedAt: string;
                recordedBy: string;
                /** Format: date */
                recoveredOn: string;
                reversedBy: {
                  id: string;
                  reason: string;
                  /** Format: date-time */
                  recordedAt: string;
                  recordedBy: string;
                } | null;
                reverses: string | null;
              }[];
              scheme: string;
              schemes: string[];
              /** @enum {string} */
              status: "CLAIMED" | "COMPENSATED" | "WITHDRAWN";
              version: number;
              withdrawal: {
                /** Format: date-time */
                at: string;
                by: string;
                /** Format: date */
                on: string;
                orgName: string;
                reason: string;
              } | null;
              working: {
                fundPays: string;
                fundShareOfGuarantor: string;
                guarantorNet: string;
                loss: string;
                scheme: string;
                shares: {
                  amount: string;
                  party: string;
                  share: string;
                }[];
              } | null;
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
  "/api/v1/default-cases/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A default case: the loan, the split with its working, the fund's payment and the recoveries */
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
              application: {
                amount: string;
                bankName: string;
                enterpriseName: string;
                guarantorName: string;
                id: string;
                programmeCode: string;
                programmeName: string;
              };
              availableActions: (
                | "compensate"
                | "withdraw"
                | "request-fund-payment"
                | "record-recovery"
                | "reverse-recovery"
              )[];
              bankShare: string | null;
              blocked: string | null;
              /** Format: date */
              claimedOn: string;
              claimReason: string;
              compensatedOn: string | null;
              compensationToBank: string | null;
              fundPartPaid: boolean;
              history: {
                /** @enum {string} */
                action:
                  | "compensate"
                  | "withdraw"
                  | "request-fund-payment"
                  | "record-recovery"
                  | "reverse-recovery"
                  | "claim";
                actorName: string;
                actorOrgName: string;
                /** Format: date-time */
                at: string;
                /** Format: date */
                businessDate: string;
                fromStatus: ("CLAIMED" | "COMPENSATED" | "WITHDRAWN") | null;
                id: number;
                reason: string | null;
                /** @enum {string} */
                toStatus: "CLAIMED" | "COMPENSATED" | "WITHDRAWN";
              }[];
              id: string;
              loss: string;
              payment: {
                id: string;
                paidOn: string | null;
                /** @enum {string} */
                status:
                  | "DRAFT"
                  | "IN_REVIEW"
                  | "AWAITING_APPROVAL"
                  | "APPROVED"
                  | "PAYING"
                  | "PAID"
                  | "RETURNED"
                  | "CANCELLED";
                statusLabel: string;
                total: string;
              } | null;
              position: {
                disbursed: string;
                outstanding: string;
                repaid: string;
                /** @enum {string} */
                status: "NOT_DISBURSED" | "ACTIVE" | "OVERDUE" | "SETTLED";
              };
              recoverable: string;
              recovered: string;
              recoveries: {
                amount: string;
                distribution: {
                  fund: string;
                  guarantor: string;
                  national_fund: string;
                  reguarantor: string;
                };
                id: string;
                mayReverse: boolean;
                postingId: number | null;
                reason: string | null;
                /** Format: date-time */
                recordedAt: string;
                recordedBy: string;
                /** Format: date */
                recoveredOn: string;
                reversedBy: {
                  id: string;
                  reason: string;
                  /** Format: date-time */
                  recordedAt: string;
                  recordedBy: string;
                } | null;
                reverses: string | null;
              }[];
              scheme: string;
              schemes: string[];
              /** @enum {string} */
              status: "CLAIMED" | "COMPENSATED" | "WITHDRAWN";
              version: number;
              withdrawal: {
                /** Format: date-time */
                at: string;
                by: string;
                /** Format: date */
                on: string;
                orgName: string;
                reason: string;
              } | null;
              working: {
                fundPays: string;
                fundShareOfGuarantor: string;
                guarantorNet: string;
                loss: string;
                scheme: string;
                shares: {
                  amount: string;
                  party: string;
                  share: string;
                }[];
              } | null;
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
  "/api/v1/default-cases/{id}/compensation": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The guarantor records the compensation paid to the bank; the fund's part becomes a payment for review */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Idempotency-Key (IETF httpapi draft): a retry with the same key and content returns the first response; the same key with other content is 409 */
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: date */
            compensatedOn: string;
            scheme?: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              application: {
                amount: string;
                bankName: string;
                enterpriseName: string;
                guarantorName: string;
                id: string;
                programmeCode: string;
                programmeName: string;
              };
              availableActions: (
                | "compensate"
                | "withdraw"
                | "request-fund-payment"
                | "record-recovery"
                | "reverse-recovery"
              )[];
              bankShare: string | null;
              blocked: string | null;
              /** Format: date */
              claimedOn: string;
              claimReason: string;
              compensatedOn: string | null;
              compensationToBank: string | null;
              fundPartPaid: boolean;
              history: {
                /** @enum {string} */
                action:
                  | "compensate"
                  | "withdraw"
                  | "request-fund-payment"
                  | "record-recovery"
                  | "reverse-recovery"
                  | "claim";
                actorName: string;
                actorOrgName: string;
                /** Format: date-time */
                at: string;
                /** Format: date */
                businessDate: string;
                fromStatus: ("CLAIMED" | "COMPENSATED" | "WITHDRAWN") | null;
                id: number;
                reason: string | null;
                /** @enum {string} */
                toStatus: "CLAIMED" | "COMPENSATED" | "WITHDRAWN";
              }[];
              id: string;
              loss: string;
              payment: {
                id: string;
                paidOn: string | null;
                /** @enum {string} */
                status:
                  | "DRAFT"
                  | "IN_REVIEW"
                  | "AWAITING_APPROVAL"
                  | "APPROVED"
                  | "PAYING"
                  | "PAID"
                  | "RETURNED"
                  | "CANCELLED";
                statusLabel: string;
                total: string;
              } | null;
              position: {
                disbursed: string;
                outstanding: string;
                repaid: string;
                /** @enum {string} */
                status: "NOT_DISBURSED" | "ACTIVE" | "OVERDUE" | "SETTLED";
              };
              recoverable: string;
              recovered: string;
              recoveries: {
                amount: string;
                distribution: {
                  fund: string;
                  guarantor: string;
                  national_fund: string;
                  reguarantor: string;
                };
                id: string;
                mayReverse: boolean;
                postingId: number | null;
                reason: string | null;
                /** Format: date-time */
                recordedAt: string;
                recordedBy: string;
                /** Format: date */
                recoveredOn: string;
                reversedBy: {
                  id: string;
                  reason: string;
                  /** Format: date-time */
                  recordedAt: string;
                  recordedBy: string;
                } | null;
                reverses: string | null;
              }[];
              scheme: string;
              schemes: string[];
              /** @enum {string} */
              status: "CLAIMED" | "COMPENSATED" | "WITHDRAWN";
              version: number;
              withdrawal: {
                /** Format: date-time */
                at: string;
                by: string;
                /** Format: date */
                on: string;
                orgName: string;
                reason: string;
              } | null;
              working: {
                fundPays: string;
                fundShareOfGuarantor: string;
                guarantorNet: string;
                loss: string;
                scheme: string;
                shares: {
                  amount: string;
                  party: string;
                  share: string;
                }[];
              } | null;
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
  "/api/v1/default-cases/{id}/fund-payment": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The guarantor asks for the fund's part again after its payment was cancelled */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Idempotency-Key (IETF httpapi draft): a retry with the same key and content returns the first response; the same key with other content is 409 */
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            version: number;
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
              application: {
                amount: string;
                bankName: string;
                enterpriseName: string;
                guarantorName: string;
                id: string;
                programmeCode: string;
                programmeName: string;
              };
              availableActions: (
                | "compensate"
                | "withdraw"
                | "request-fund-payment"
                | "record-recovery"
                | "reverse-recovery"
              )[];
              bankShare: string | null;
              blocked: string | null;
              /** Format: date */
              claimedOn: string;
              claimReason: string;
              compensatedOn: string | null;
              compensationToBank: string | null;
              fundPartPaid: boolean;
              history: {
                /** @enum {string} */
                action:
                  | "compensate"
                  | "withdraw"
                  | "request-fund-payment"
                  | "record-recovery"
                  | "reverse-recovery"
                  | "claim";
                actorName: string;
                actorOrgName: string;
                /** Format: date-time */
                at: string;
                /** Format: date */
                businessDate: string;
                fromStatus: ("CLAIMED" | "COMPENSATED" | "WITHDRAWN") | null;
                id: number;
                reason: string | null;
                /** @enum {string} */
                toStatus: "CLAIMED" | "COMPENSATED" | "WITHDRAWN";
              }[];
              id: string;
              loss: string;
              payment: {
                id: string;
                paidOn: string | null;
                /** @enum {string} */
                status:
                  | "DRAFT"
                  | "IN_REVIEW"
                  | "AWAITING_APPROVAL"
                  | "APPROVED"
                  | "PAYING"
                  | "PAID"
                  | "RETURNED"
                  | "CANCELLED";
                statusLabel: string;
                total: string;
              } | null;
              position: {
                disbursed: string;
                outstanding: string;
                repaid: string;
                /** @enum {string} */
                status: "NOT_DISBURSED" | "ACTIVE" | "OVERDUE" | "SETTLED";
              };
              recoverable: string;
              recovered: string;
              recoveries: {
                amount: string;
                distribution: {
                  fund: string;
                  guarantor: string;
                  national_fund: string;
                  reguarantor: string;
                };
                id: string;
                mayReverse: boolean;
                postingId: number | null;
                reason: string | null;
                /** Format: date-time */
                recordedAt: string;
                recordedBy: string;
                /** Format: date */
                recoveredOn: string;
                reversedBy: {
                  id: string;
                  reason: string;
                  /** Format: date-time */
                  recordedAt: string;
                  recordedBy: string;
                } | null;
                reverses: string | null;
              }[];
              scheme: string;
              schemes: string[];
              /** @enum {string} */
              status: "CLAIMED" | "COMPENSATED" | "WITHDRAWN";
              version: number;
              withdrawal: {
                /** Format: date-time */
                at: string;
                by: string;
                /** Format: date */
                on: string;
                orgName: string;
                reason: string;
              } | null;
              working: {
                fundPays: string;
                fundShareOfGuarantor: string;
                guarantorNet: string;
                loss: string;
                scheme: string;
                shares: {
                  amount: string;
                  party: string;
                  share: string;
                }[];
              } | null;
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
  "/api/v1/default-cases/{id}/recoveries": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The guarantor records an amount recovered; it is distributed and the fund's part posted to fund cash (idempotent by key) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Idempotency-Key (IETF httpapi draft): a retry with the same key and content returns the first response; the same key with other content is 409 */
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            amount: string;
            idempotencyKey: string;
            /** Format: date */
            recoveredOn: string;
          };
        };
      };
      responses: {
        /** @description 重复提交:返回首次登记的追偿款 (a replay: the recovery first recorded) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              defaultCase: {
                application: {
                  amount: string;
                  bankName: string;
                  enterpriseName: string;
                  guarantorName: string;
                  id: string;
                  programmeCode: string;
                  programmeName: string;
                };
                availableActions: (
                  | "compensate"
                  | "withdraw"
                  | "request-fund-payment"
                  | "record-recovery"
                  | "reverse-recovery"
                )[];
                bankShare: string | null;
                blocked: string | null;
                /** Format: date */
                claimedOn: string;
                claimReason: string;
                compensatedOn: string | null;
                compensationToBank: string | null;
                fundPartPaid: boolean;
                history: {
                  /** @enum {string} */
                  action:
                    | "compensate"
                    | "withdraw"
                    | "request-fund-payment"
                    | "record-recovery"
                    | "reverse-recovery"
                    | "claim";
                  actorName: string;
                  actorOrgName: string;
                  /** Format: date-time */
                  at: string;
                  /** Format: date */
                  businessDate: string;
                  fromStatus: ("CLAIMED" | "COMPENSATED" | "WITHDRAWN") | null;
                  id: number;
                  reason: string | null;
                  /** @enum {string} */
                  toStatus: "CLAIMED" | "COMPENSATED" | "WITHDRAWN";
                }[];
                id: string;
                loss: string;
                payment: {
                  id: string;
                  paidOn: string | null;
                  /** @enum {string} */
                  status:
                    | "DRAFT"
                    | "IN_REVIEW"
                    | "AWAITING_APPROVAL"
                    | "APPROVED"
                    | "PAYING"
                    | "PAID"
                    | "RETURNED"
                    | "CANCELLED";
                  statusLabel: string;
                  total: string;
                } | null;
                position: {
                  disbursed: string;
                  outstanding: string;
                  repaid: string;
                  /** @enum {string} */
                  status: "NOT_DISBURSED" | "ACTIVE" | "OVERDUE" | "SETTLED";
                };
                recoverable: string;
                recovered: string;
                recoveries: {
                  amount: string;
                  distribution: {
                    fund: string;
                    guarantor: string;
                    national_fund: string;
                    reguarantor: string;
                  };
                  id: string;
                  mayReverse: boolean;
                  postingId: number | null;
                  reason: string | null;
                  /** Format: date-time */
                  recordedAt: string;
                  recordedBy: string;
                  /** Format: date */
                  recoveredOn: string;
                  reversedBy: {
                    id: string;
                    reason: string;
                    /** Format: date-time */
                    recordedAt: string;
                    recordedBy: string;
                  } | null;
                  reverses: string | null;
                }[];
                scheme: string;
                schemes: string[];
                /** @enum {string} */
                status: "CLAIMED" | "COMPENSATED" | "WITHDRAWN";
                version: number;
                withdrawal: {
                  /** Format: date-time */
                  at: string;
                  by: string;
                  /** Format: date */
                  on: string;
                  orgName: string;
                  reason: string;
                } | null;
                working: {
                  fundPays: string;
                  fundShareOfGuarantor: string;
                  guarantorNet: string;
                  loss: string;
                  scheme: string;
                  shares: {
                    amount: string;
                    party: string;
                    share: string;
                  }[];
                } | null;
              };
              recoveryId: string;
              replayed: boolean;
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              defaultCase: {
                application: {
                  amount: string;
                  bankName: string;
                  enterpriseName: string;
                  guarantorName: string;
                  id: string;
                  programmeCode: string;
                  programmeName: string;
                };
                availableActions: (
                  | "compensate"
                  | "withdraw"
                  | "request-fund-payment"
                  | "record-recovery"
                  | "reverse-recovery"
                )[];
                bankShare: string | null;
                blocked: string | null;
                /** Format: date */
                claimedOn: string;
                claimReason: string;
                compensatedOn: string | null;
                compensationToBank: string | null;
                fundPartPaid: boolean;
                history: {
                  /** @enum {string} */
                  action:
                    | "compensate"
                    | "withdraw"
                    | "request-fund-payment"
                    | "record-recovery"
                    | "reverse-recovery"
                    | "claim";
                  actorName: string;
                  actorOrgName: string;
                  /** Format: date-time */
                  at: string;
                  /** Format: date */
                  businessDate: string;
                  fromStatus: ("CLAIMED" | "COMPENSATED" | "WITHDRAWN") | null;
                  id: number;
                  reason: string | null;
                  /** @enum {string} */
                  toStatus: "CLAIMED" | "COMPENSATED" | "WITHDRAWN";
                }[];
                id: string;
                loss: string;
                payment: {
                  id: string;
                  paidOn: string | null;
                  /** @enum {string} */
                  status:
                    | "DRAFT"
                    | "IN_REVIEW"
                    | "AWAITING_APPROVAL"
                    | "APPROVED"
                    | "PAYING"
                    | "PAID"
                    | "RETURNED"
                    | "CANCELLED";
                  statusLabel: string;
                  total: string;
                } | null;
                position: {
                  disbursed: string;
                  outstanding: string;
                  repaid: string;
                  /** @enum {string} */
                  status: "NOT_DISBURSED" | "ACTIVE" | "OVERDUE" | "SETTLED";
                };
                recoverable: string;
                recovered: string;
                recoveries: {
                  amount: string;
                  distribution: {
                    fund: string;
                    guarantor: string;
                    national_fund: string;
                    reguarantor: string;
                  };
                  id: string;
                  mayReverse: boolean;
                  postingId: number | null;
                  reason: string | null;
                  /** Format: date-time */
                  recordedAt: string;
                  recordedBy: string;
                  /** Format: date */
                  recoveredOn: string;
                  reversedBy: {
                    id: string;
                    reason: string;
                    /** Format: date-time */
                    recordedAt: string;
                    recordedBy: string;
                  } | null;
                  reverses: string | null;
                }[];
                scheme: string;
                schemes: string[];
                /** @enum {string} */
                status: "CLAIMED" | "COMPENSATED" | "WITHDRAWN";
                version: number;
                withdrawal: {
                  /** Format: date-time */
                  at: string;
                  by: string;
                  /** Format: date */
                  on: string;
                  orgName: string;
                  reason: string;
                } | null;
                working: {
                  fundPays: string;
                  fundShareOfGuarantor: string;
                  guarantorNet: string;
                  loss: string;
                  scheme: string;
                  shares: {
                    amount: string;
                    party: string;
                    share: string;
                  }[];
                } | null;
              };
              recoveryId: string;
              replayed: boolean;
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
  "/api/v1/default-cases/{id}/recoveries/{recoveryId}/reversal": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The guarantor's reviewer reverses a wrong recovery: a negated recovery with the reason, and the reversal of its fund posting (once only) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Idempotency-Key (IETF httpapi draft): a retry with the same key and content returns the first response; the same key with other content is 409 */
          "idempotency-key"?: string;
        };
        path: {
          id: string;
          recoveryId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            reason: string;
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
              application: {
                amount: string;
                bankName: string;
                enterpriseName: string;
                guarantorName: string;
                id: string;
                programmeCode: string;
                programmeName: string;
              };
              availableActions: (
                | "compensate"
                | "withdraw"
                | "request-fund-payment"
                | "record-recovery"
                | "reverse-recovery"
              )[];
              bankShare: string | null;
              blocked: string | null;
              /** Format: date */
              claimedOn: string;
              claimReason: string;
              compensatedOn: string | null;
              compensationToBank: string | null;
              fundPartPaid: boolean;
              history: {
                /** @enum {string} */
                action:
                  | "compensate"
                  | "withdraw"
                  | "request-fund-payment"
                  | "record-recovery"
                  | "reverse-recovery"
                  | "claim";
                actorName: string;
                actorOrgName: string;
                /** Format: date-time */
                at: string;
                /** Format: date */
                businessDate: string;
                fromStatus: ("CLAIMED" | "COMPENSATED" | "WITHDRAWN") | null;
                id: number;
                reason: string | null;
                /** @enum {string} */
                toStatus: "CLAIMED" | "COMPENSATED" | "WITHDRAWN";
              }[];
              id: string;
              loss: string;
              payment: {
                id: string;
                paidOn: string | null;
                /** @enum {string} */
                status:
                  | "DRAFT"
                  | "IN_REVIEW"
                  | "AWAITING_APPROVAL"
                  | "APPROVED"
                  | "PAYING"
                  | "PAID"
                  | "RETURNED"
                  | "CANCELLED";
                statusLabel: string;
                total: string;
              } | null;
              position: {
                disbursed: string;
                outstanding: string;
                repaid: string;
                /** @enum {string} */
                status: "NOT_DISBURSED" | "ACTIVE" | "OVERDUE" | "SETTLED";
              };
              recoverable: string;
              recovered: string;
              recoveries: {
                amount: string;
                distribution: {
                  fund: string;
                  guarantor: string;
                  national_fund: string;
                  reguarantor: string;
                };
                id: string;
                mayReverse: boolean;
                postingId: number | null;
                reason: string | null;
                /** Format: date-time */
                recordedAt: string;
                recordedBy: string;
                /** Format: date */
                recoveredOn: string;
                reversedBy: {
                  id: string;
                  reason: string;
                  /** Format: date-time */
                  recordedAt: string;
                  recordedBy: string;
                } | null;
                reverses: string | null;
              }[];
              scheme: string;
              schemes: string[];
              /** @enum {string} */
              status: "CLAIMED" | "COMPENSATED" | "WITHDRAWN";
              version: number;
              withdrawal: {
                /** Format: date-time */
                at: string;
                by: string;
                /** Format: date */
                on: string;
                orgName: string;
                reason: string;
              } | null;
              working: {
                fundPays: string;
                fundShareOfGuarantor: string;
                guarantorNet: string;
                loss: string;
                scheme: string;
                shares: {
                  amount: string;
                  party: string;
                  share: string;
                }[];
              } | null;
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
  "/api/v1/default-cases/{id}/withdrawal": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The lending bank withdraws its claim, with the reason, before the guarantor's compensation */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            reason: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              application: {
                amount: string;
                bankName: string;
                enterpriseName: string;
                guarantorName: string;
                id: string;
                programmeCode: string;
                programmeName: string;
              };
              availableActions: (
                | "compensate"
                | "withdraw"
                | "request-fund-payment"
                | "record-recovery"
                | "reverse-recovery"
              )[];
              bankShare: string | null;
              blocked: string | null;
              /** Format: date */
              claimedOn: string;
              claimReason: string;
              compensatedOn: string | null;
              compensationToBank: string | null;
              fundPartPaid: boolean;
              history: {
                /** @enum {string} */
                action:
                  | "compensate"
                  | "withdraw"
                  | "request-fund-payment"
                  | "record-recovery"
                  | "reverse-recovery"
                  | "claim";
                actorName: string;
                actorOrgName: string;
                /** Format: date-time */
                at: string;
                /** Format: date */
                businessDate: string;
                fromStatus: ("CLAIMED" | "COMPENSATED" | "WITHDRAWN") | null;
                id: number;
                reason: string | null;
                /** @enum {string} */
                toStatus: "CLAIMED" | "COMPENSATED" | "WITHDRAWN";
              }[];
              id: string;
              loss: string;
              payment: {
                id: string;
                paidOn: string | null;
                /** @enum {string} */
                status:
                  | "DRAFT"
                  | "IN_REVIEW"
                  | "AWAITING_APPROVAL"
                  | "APPROVED"
                  | "PAYING"
                  | "PAID"
                  | "RETURNED"
                  | "CANCELLED";
                statusLabel: string;
                total: string;
              } | null;
              position: {
                disbursed: string;
                outstanding: string;
                repaid: string;
                /** @enum {string} */
                status: "NOT_DISBURSED" | "ACTIVE" | "OVERDUE" | "SETTLED";
              };
              recoverable: string;
              recovered: string;
              recoveries: {
                amount: string;
                distribution: {
                  fund: string;
                  guarantor: string;
                  national_fund: string;
                  reguarantor: string;
                };
                id: string;
                mayReverse: boolean;
                postingId: number | null;
                reason: string | null;
                /** Format: date-time */
                recordedAt: string;
                recordedBy: string;
                /** Format: date */
                recoveredOn: string;
                reversedBy: {
                  id: string;
                  reason: string;
                  /** Format: date-time */
                  recordedAt: string;
                  recordedBy: string;
                } | null;
                reverses: string | null;
              }[];
              scheme: string;
              schemes: string[];
              /** @enum {string} */
              status: "CLAIMED" | "COMPENSATED" | "WITHDRAWN";
              version: number;
              withdrawal: {
                /** Format: date-time */
                at: string;
                by: string;
                /** Format: date */
                on: string;
                orgName: string;
                reason: string;
              } | null;
              working: {
                fundPays: string;
                fundShareOfGuarantor: string;
                guarantorNet: string;
                loss: string;
                scheme: string;
                shares: {
                  amount: string;
                  party: string;
                  share: string;
                }[];
              } | null;
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
  "/api/v1/default-cases/claimable": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The calling bank's overdue programme loans not yet claimed on */
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
              items: {
                amount: string;
                applicationId: string;
                enterpriseName: string;
                outstanding: string;
                overdueSince: string | null;
                programmeName: string;
                schemes: string[];
              }[];
              total: number;
            };
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
  "/api/v1/enterprise-messages": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The pushes an enterprise received (its in-app messages) */
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
              body: string;
              catalogueId: string | null;
              categories: string[];
              /** Format: date-time */
              createdAt: string;
              /** Format: uuid */
              id: string;
              productIds: string[];
              readAt: string | null;
              title: string;
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
  "/api/v1/enterprise-messages/{id}/read": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a message read */
    post: {
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
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/enterprises": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search and filter enterprises the caller may see (paged) */
    get: {
      parameters: {
        query?: {
          cluster?:
            | "NEV"
            | "ELECTRONICS"
            | "ADVANCED_MATERIALS"
            | "SMART_EQUIPMENT"
            | "FOOD"
            | "SOFTWARE"
            | "NEW_DISPLAY"
            | "MOTORCYCLE"
            | "LIGHT_ALLOYS"
            | "TEXTILES"
            | "BIOMEDICINE"
            | "NEW_ENERGY_STORAGE"
            | "SEMICONDUCTORS"
            | "AI_ROBOTICS"
            | "SERVICE_ROBOTS"
            | "SMART_MANUFACTURING_EQUIPMENT"
            | "POWER_EQUIPMENT"
            | "AGRICULTURAL_MACHINERY"
            | "SENSORS"
            | "SMART_HOME"
            | "FIBRE_COMPOSITES"
            | "SYNTHETIC_MATERIALS"
            | "MODERN_TCM"
            | "MEDICAL_DEVICES"
            | "GREEN_ENVIRONMENTAL"
            | "SATELLITE_INTERNET"
            | "BIOMANUFACTURING"
            | "LIFE_SCIENCES"
            | "METAVERSE"
            | "FRONTIER_MATERIALS";
          district?: string;
          industry?: string;
          page?: number;
          pageSize?: number;
          q?: string;
          sizeClass?: "LARGE" | "MEDIUM" | "SMALL" | "MICRO";
          tag?:
            | "SRDI_CITY"
            | "SRDI_PROVINCE"
            | "LITTLE_GIANT"
            | "SINGLE_CHAMPION"
            | "CHAIN_LEADER"
            | "DOUBLE_HUNDRED"
            | "GAZELLE"
            | "UNICORN"
            | "HIGH_TECH"
            | "TECH_SME"
            | "LISTING_CULTIVATION"
            | "CITY_AUTO_KEY"
            | "CLUSTER_33618";
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
              items: {
                address: string;
                cluster: string | null;
                contactName: string | null;
                contactPhone: string | null;
                /** Format: date-time */
                createdAt: string;
                districtCode: string;
                districtName: string;
                employees: number;
                establishedOn: string;
                /** Format: uuid */
                id: string;
                industryCode: string;
                legalRepresentative: string;
                mainBusiness: string | null;
                name: string;
                ownership: string;
                revenues: {
                  amount: string;
                  year: number;
                }[];
                sizeClass: string;
                tags: {
                  tag: string;
                  validFrom: string;
                  validTo: string | null;
                }[];
                totalAssets: string | null;
                /** Format: date-time */
                updatedAt: string;
                uscc: string;
                usccConfirmedAsIssued: boolean;
                version: number;
              }[];
              page: number;
              pageSize: number;
              total: number;
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
    /** Register an enterprise (industry bureau, platform admin) */
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
            address: string;
            /** @default [] */
            bankAccounts?: {
              accountNo: string;
              bankName: string;
              /** @default null */
              bankOrgId?: string | null;
            }[];
            /** @default null */
            cluster?:
              | (
                  | "NEV"
                  | "ELECTRONICS"
                  | "ADVANCED_MATERIALS"
                  | "SMART_EQUIPMENT"
                  | "FOOD"
                  | "SOFTWARE"
                  | "NEW_DISPLAY"
                  | "MOTORCYCLE"
                  | "LIGHT_ALLOYS"
                  | "TEXTILES"
                  | "BIOMEDICINE"
                  | "NEW_ENERGY_STORAGE"
                  | "SEMICONDUCTORS"
                  | "AI_ROBOTICS"
                  | "SERVICE_ROBOTS"
                  | "SMART_MANUFACTURING_EQUIPMENT"
                  | "POWER_EQUIPMENT"
                  | "AGRICULTURAL_MACHINERY"
                  | "SENSORS"
                  | "SMART_HOME"
                  | "FIBRE_COMPOSITES"
                  | "SYNTHETIC_MATERIALS"
                  | "MODERN_TCM"
                  | "MEDICAL_DEVICES"
                  | "GREEN_ENVIRONMENTAL"
                  | "SATELLITE_INTERNET"
                  | "BIOMANUFACTURING"
                  | "LIFE_SCIENCES"
                  | "METAVERSE"
                  | "FRONTIER_MATERIALS"
                )
              | null;
            /** @default null */
            contactName?: string | null;
            /** @default null */
            contactPhone?: string | null;
            districtCode: string;
            employees: number;
            /** Format: date */
            establishedOn: string;
            industryCode: string;
            legalRepresentative: string;
            /** @default null */
            mainBusiness?: string | null;
            name: string;
            /** @enum {string} */
            ownership: "STATE" | "COLLECTIVE" | "PRIVATE" | "FOREIGN" | "HMT" | "MIXED";
            /** @default [] */
            revenues?: {
              amount: string;
              year: number;
            }[];
            /** @default [] */
            tags?: {
              /** @enum {string} */
              tag:
                | "SRDI_CITY"
                | "SRDI_PROVINCE"
                | "LITTLE_GIANT"
                | "SINGLE_CHAMPION"
                | "CHAIN_LEADER"
                | "DOUBLE_HUNDRED"
                | "GAZELLE"
                | "UNICORN"
                | "HIGH_TECH"
                | "TECH_SME"
                | "LISTING_CULTIVATION"
                | "CLUSTER_33618";
              /** Format: date */
              validFrom: string;
              /** @default null */
              validTo?: string | null;
            }[];
            /** @default null */
            totalAssets?: string | null;
            uscc: string;
            /** @default false */
            usccConfirmedAsIssued?: boolean;
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
              address: string;
              bankAccounts: {
                accountNo: string;
                bankName: string;
                bankOrgId: string | null;
                /** Format: uuid */
                enterpriseId: string;
                /** Format: uuid */
                id: string;
              }[];
              canEdit: boolean;
              cluster: string | null;
              contactName: string | null;
              contactPhone: string | null;
              /** Format: date-time */
              createdAt: string;
              districtCode: string;
              districtName: string;
              employees: number;
              establishedOn: string;
              /** Format: uuid */
              id: string;
              industryCode: string;
              legalRepresentative: string;
              mainBusiness: string | null;
              name: string;
              ownership: string;
              revenues: {
                amount: string;
                year: number;
              }[];
              sizeClass: string;
              supplyChainLinks: {
                /** Format: uuid */
                coreEnterpriseId: string;
                coreEnterpriseName: string;
                /** Format: uuid */
                id: string;
                products: string;
                /** Format: uuid */
                supplierEnterpriseId: string;
                supplierEnterpriseName: string;
                tier: number;
              }[];
              tags: {
                tag: string;
                validFrom: string;
                validTo: string | null;
              }[];
              totalAssets: string | null;
              /** Format: date-time */
              updatedAt: string;
              uscc: string;
              usccConfirmedAsIssued: boolean;
              version: number;
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
  "/api/v1/enterprises/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Enterprise detail */
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
              address: string;
              bankAccounts: {
                accountNo: string;
                bankName: string;
                bankOrgId: string | null;
                /** Format: uuid */
                enterpriseId: string;
                /** Format: uuid */
                id: string;
              }[];
              canEdit: boolean;
              cluster: string | null;
              contactName: string | null;
              contactPhone: string | null;
              /** Format: date-time */
              createdAt: string;
              districtCode: string;
              districtName: string;
              employees: number;
              establishedOn: string;
              /** Format: uuid */
              id: string;
              industryCode: string;
              legalRepresentative: string;
              mainBusiness: string | null;
              name: string;
              ownership: string;
              revenues: {
                amount: string;
                year: number;
              }[];
              sizeClass: string;
              supplyChainLinks: {
                /** Format: uuid */
                coreEnterpriseId: string;
                coreEnterpriseName: string;
                /** Format: uuid */
                id: string;
                products: string;
                /** Format: uuid */
                supplierEnterpriseId: string;
                supplierEnterpriseName: string;
                tier: number;
              }[];
              tags: {
                tag: string;
                validFrom: string;
                validTo: string | null;
              }[];
              totalAssets: string | null;
              /** Format: date-time */
              updatedAt: string;
              uscc: string;
              usccConfirmedAsIssued: boolean;
              version: number;
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
    /** Edit an enterprise (itself, its bureau, platform admin) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            address?: string;
            bankAccounts?: {
              accountNo: string;
              bankName: string;
              /** @default null */
              bankOrgId?: string | null;
            }[];
            cluster?:
              | (
                  | "NEV"
                  | "ELECTRONICS"
                  | "ADVANCED_MATERIALS"
                  | "SMART_EQUIPMENT"
                  | "FOOD"
                  | "SOFTWARE"
                  | "NEW_DISPLAY"
                  | "MOTORCYCLE"
                  | "LIGHT_ALLOYS"
                  | "TEXTILES"
                  | "BIOMEDICINE"
                  | "NEW_ENERGY_STORAGE"
                  | "SEMICONDUCTORS"
                  | "AI_ROBOTICS"
                  | "SERVICE_ROBOTS"
                  | "SMART_MANUFACTURING_EQUIPMENT"
                  | "POWER_EQUIPMENT"
                  | "AGRICULTURAL_MACHINERY"
                  | "SENSORS"
                  | "SMART_HOME"
                  | "FIBRE_COMPOSITES"
                  | "SYNTHETIC_MATERIALS"
                  | "MODERN_TCM"
                  | "MEDICAL_DEVICES"
                  | "GREEN_ENVIRONMENTAL"
                  | "SATELLITE_INTERNET"
                  | "BIOMANUFACTURING"
                  | "LIFE_SCIENCES"
                  | "METAVERSE"
                  | "FRONTIER_MATERIALS"
                )
              | null;
            contactName?: string | null;
            contactPhone?: string | null;
            districtCode?: string;
            employees?: number;
            /** Format: date */
            establishedOn?: string;
            industryCode?: string;
            legalRepresentative?: string;
            mainBusiness?: string | null;
            name?: string;
            /** @enum {string} */
            ownership?: "STATE" | "COLLECTIVE" | "PRIVATE" | "FOREIGN" | "HMT" | "MIXED";
            revenues?: {
              amount: string;
              year: number;
            }[];
            tags?: {
              /** @enum {string} */
              tag:
                | "SRDI_CITY"
                | "SRDI_PROVINCE"
                | "LITTLE_GIANT"
                | "SINGLE_CHAMPION"
                | "CHAIN_LEADER"
                | "DOUBLE_HUNDRED"
                | "GAZELLE"
                | "UNICORN"
                | "HIGH_TECH"
                | "TECH_SME"
                | "LISTING_CULTIVATION"
                | "CLUSTER_33618";
              /** Format: date */
              validFrom: string;
              /** @default null */
              validTo?: string | null;
            }[];
            totalAssets?: string | null;
            uscc?: string;
            usccConfirmedAsIssued?: boolean;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              address: string;
              bankAccounts: {
                accountNo: string;
                bankName: string;
                bankOrgId: string | null;
                /** Format: uuid */
                enterpriseId: string;
                /** Format: uuid */
                id: string;
              }[];
              canEdit: boolean;
              cluster: string | null;
              contactName: string | null;
              contactPhone: string | null;
              /** Format: date-time */
              createdAt: string;
              districtCode: string;
              districtName: string;
              employees: number;
              establishedOn: string;
              /** Format: uuid */
              id: string;
              industryCode: string;
              legalRepresentative: string;
              mainBusiness: string | null;
              name: string;
              ownership: string;
              revenues: {
                amount: string;
                year: number;
              }[];
              sizeClass: string;
              supplyChainLinks: {
                /** Format: uuid */
                coreEnterpriseId: string;
                coreEnterpriseName: string;
                /** Format: uuid */
                id: string;
                products: string;
                /** Format: uuid */
                supplierEnterpriseId: string;
                supplierEnterpriseName: string;
                tier: number;
              }[];
              tags: {
                tag: string;
                validFrom: string;
                validTo: string | null;
              }[];
              totalAssets: string | null;
              /** Format: date-time */
              updatedAt: string;
              uscc: string;
              usccConfirmedAsIssued: boolean;
              version: number;
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
    trace?: never;
  };
  "/api/v1/enterprises/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Excel export of the filtered list */
    get: {
      parameters: {
        query?: {
          cluster?:
            | "NEV"
            | "ELECTRONICS"
            | "ADVANCED_MATERIALS"
            | "SMART_EQUIPMENT"
            | "FOOD"
            | "SOFTWARE"
            | "NEW_DISPLAY"
            | "MOTORCYCLE"
            | "LIGHT_ALLOYS"
            | "TEXTILES"
            | "BIOMEDICINE"
            | "NEW_ENERGY_STORAGE"
            | "SEMICONDUCTORS"
            | "AI_ROBOTICS"
            | "SERVICE_ROBOTS"
            | "SMART_MANUFACTURING_EQUIPMENT"
            | "POWER_EQUIPMENT"
            | "AGRICULTURAL_MACHINERY"
            | "SENSORS"
            | "SMART_HOME"
            | "FIBRE_COMPOSITES"
            | "SYNTHETIC_MATERIALS"
            | "MODERN_TCM"
            | "MEDICAL_DEVICES"
            | "GREEN_ENVIRONMENTAL"
            | "SATELLITE_INTERNET"
            | "BIOMANUFACTURING"
            | "LIFE_SCIENCES"
            | "METAVERSE"
            | "FRONTIER_MATERIALS";
          district?: string;
          industry?: string;
          q?: string;
          sizeClass?: "LARGE" | "MEDIUM" | "SMALL" | "MICRO";
          tag?:
            | "SRDI_CITY"
            | "SRDI_PROVINCE"
            | "LITTLE_GIANT"
            | "SINGLE_CHAMPION"
            | "CHAIN_LEADER"
            | "DOUBLE_HUNDRED"
            | "GAZELLE"
            | "UNICORN"
            | "HIGH_TECH"
            | "TECH_SME"
            | "LISTING_CULTIVATION"
            | "CITY_AUTO_KEY"
            | "CLUSTER_33618";
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
  "/api/v1/enterprises/import": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Bulk import from Excel (multipart field `file`): all rows or none, with a row-by-row report */
    post: {
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
              imported: number;
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
  "/api/v1/enterprises/import-template": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The Excel template for bulk import */
    get: {
      parameters: {
        query?: never;
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
  "/api/v1/events": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Matchmaking events: the region's (bureau, overseers) or those the caller is invited to */
    get: {
      parameters: {
        query?: {
          status?: "PLANNED" | "OPEN" | "HELD" | "CLOSED" | "CANCELLED";
          year?: number;
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
              attended: number;
              cancelReason: string | null;
              capacity: number | null;
              coOrganisers: string[];
              endTime: string;
              /** Format: date */
              heldOn: string;
              id: string;
              invited: number;
              onlineLink: string | null;
              organiserName: string;
              place: string | null;
              regionCode: string;
              registered: number;
              startTime: string;
              /** @enum {string} */
              status: "PLANNED" | "OPEN" | "HELD" | "CLOSED" | "CANCELLED";
              targets: {
                clusters: string[];
                districts: string[];
                sizeClasses: string[];
                tags: string[];
              };
              title: string;
              /** @enum {string} */
              type:
                | "BANK_ENTERPRISE"
                | "ROADSHOW"
                | "FUND_ENTERPRISE"
                | "LISTING_TRAINING"
                | "DISPATCH_MEETING";
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
    /** The industry bureau plans an event (银企对接会, 路演, 基企对接, 上市培训, 政银企调度会) */
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
            /** @default null */
            capacity?: number | null;
            /** @default [] */
            coOrganisers?: string[];
            endTime: string;
            /** Format: date */
            heldOn: string;
            /** @default null */
            onlineLink?: string | null;
            /** @default null */
            place?: string | null;
            startTime: string;
            targets: {
              /** @default [] */
              clusters?: (
                | "NEV"
                | "ELECTRONICS"
                | "ADVANCED_MATERIALS"
                | "SMART_EQUIPMENT"
                | "FOOD"
                | "SOFTWARE"
                | "NEW_DISPLAY"
                | "MOTORCYCLE"
                | "LIGHT_ALLOYS"
                | "TEXTILES"
                | "BIOMEDICINE"
                | "NEW_ENERGY_STORAGE"
                | "SEMICONDUCTORS"
                | "AI_ROBOTICS"
                | "SERVICE_ROBOTS"
                | "SMART_MANUFACTURING_EQUIPMENT"
                | "POWER_EQUIPMENT"
                | "AGRICULTURAL_MACHINERY"
                | "SENSORS"
                | "SMART_HOME"
                | "FIBRE_COMPOSITES"
                | "SYNTHETIC_MATERIALS"
                | "MODERN_TCM"
                | "MEDICAL_DEVICES"
                | "GREEN_ENVIRONMENTAL"
                | "SATELLITE_INTERNET"
                | "BIOMANUFACTURING"
                | "LIFE_SCIENCES"
                | "METAVERSE"
                | "FRONTIER_MATERIALS"
              )[];
              /** @default [] */
              districts?: string[];
              /** @default [] */
              sizeClasses?: ("LARGE" | "MEDIUM" | "SMALL" | "MICRO")[];
              /** @default [] */
              tags?: (
                | "SRDI_CITY"
                | "SRDI_PROVINCE"
                | "LITTLE_GIANT"
                | "SINGLE_CHAMPION"
                | "CHAIN_LEADER"
                | "DOUBLE_HUNDRED"
                | "GAZELLE"
                | "UNICORN"
                | "HIGH_TECH"
                | "TECH_SME"
                | "LISTING_CULTIVATION"
                | "CITY_AUTO_KEY"
                | "CLUSTER_33618"
              )[];
            };
            title: string;
            /** @enum {string} */
            type:
              | "BANK_ENTERPRISE"
              | "ROADSHOW"
              | "FUND_ENTERPRISE"
              | "LISTING_TRAINING"
              | "DISPATCH_MEETING";
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
              actions: ("invite" | "check-in" | "record-outcome" | "close" | "cancel")[];
              cancelReason: string | null;
              capacity: number | null;
              coOrganisers: string[];
              endTime: string;
              /** Format: date */
              heldOn: string;
              history: {
                /** @enum {string} */
                action:
                  | "create"
                  | "invite"
                  | "check-in"
                  | "record-outcome"
                  | "close"
                  | "cancel"
                  | "register"
                  | "decline";
                actorName: string;
                /** Format: date-time */
                at: string;
                /** Format: date */
                businessDate: string;
                fromStatus: ("PLANNED" | "OPEN" | "HELD" | "CLOSED" | "CANCELLED") | null;
                id: number;
                orgName: string;
                reason: string | null;
                /** @enum {string} */
                toStatus: "PLANNED" | "OPEN" | "HELD" | "CLOSED" | "CANCELLED";
              }[];
              id: string;
              invitableInstitutions: {
                id: string;
                name: string;
                type: string;
              }[];
              invitations: {
                answeredAt: string | null;
                checkedInAt: string | null;
                cluster: string | null;
                declineReason: string | null;
                enterpriseId: string | null;
                id: string;
                institutionOrgId: string | null;
                /** Format: date-time */
                invitedAt: string;
                name: string;
                /** @enum {string} */
                status: "INVITED" | "REGISTERED" | "DECLINED" | "ATTENDED";
              }[];
              mayAnswer: boolean;
              myInvitation: {
                answeredAt: string | null;
                checkedInAt: string | null;
                cluster: string | null;
                declineReason: string | null;
                enterpriseId: string | null;
                id: string;
                institutionOrgId: string | null;
                /** Format: date-time */
                invitedAt: string;
                name: string;
                /** @enum {string} */
                status: "INVITED" | "REGISTERED" | "DECLINED" | "ATTENDED";
              } | null;
              onlineLink: string | null;
              organiserName: string;
              outcomes: {
                enterpriseId: string;
                enterpriseName: string;
                eventId: string;
                followUpDemandNeeded: boolean;
                id: string;
                institutionName: string;
                institutionOrgId: string;
                intendedAmount: string;
                intentionsSigned: number;
                note: string;
                /** Format: date-time */
                recordedAt: string;
              }[];
              place: string | null;
              regionCode: string;
              startTime: string;
              /** @enum {string} */
              status: "PLANNED" | "OPEN" | "HELD" | "CLOSED" | "CANCELLED";
              targets: {
                clusters: string[];
                districts: string[];
                sizeClasses: string[];
                tags: string[];
              };
              title: string;
              /** @enum {string} */
              type:
                | "BANK_ENTERPRISE"
                | "ROADSHOW"
                | "FUND_ENTERPRISE"
                | "LISTING_TRAINING"
                | "DISPATCH_MEETING";
              version: number;
              /** @enum {string} */
              viewer: "organiser" | "overseer" | "invitee";
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
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/events/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An event as the caller may see it, with the steps open to it */
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
              actions: ("invite" | "check-in" | "record-outcome" | "close" | "cancel")[];
              cancelReason: string | null;
              capacity: number | null;
              coOrganisers: string[];
              endTime: string;
              /** Format: date */
              heldOn: string;
              history: {
                /** @enum {string} */
                action:
                  | "create"
                  | "invite"
                  | "check-in"
                  | "record-outcome"
                  | "close"
                  | "cancel"
                  | "register"
                  | "decline";
                actorName: string;
                /** Format: date-time */
                at: string;
                /** Format: date */
                businessDate: string;
                fromStatus: ("PLANNED" | "OPEN" | "HELD" | "CLOSED" | "CANCELLED") | null;
                id: number;
                orgName: string;
                reason: string | null;
                /** @enum {string} */
                toStatus: "PLANNED" | "OPEN" | "HELD" | "CLOSED" | "CANCELLED";
              }[];
              id: string;
              invitableInstitutions: {
                id: string;
                name: string;
                type: string;
              }[];
              invitations: {
                answeredAt: string | null;
                checkedInAt: string | null;
                cluster: string | null;
                declineReason: string | null;
                enterpriseId: string | null;
                id: string;
                institutionOrgId: string | null;
                /** Format: date-time */
                invitedAt: string;
                name: string;
                /** @enum {string} */
                status: "INVITED" | "REGISTERED" | "DECLINED" | "ATTENDED";
              }[];
              mayAnswer: boolean;
              myInvitation: {
                answeredAt: string | null;
                checkedInAt: string | null;
                cluster: string | null;
                declineReason: string | null;
                enterpriseId: string | null;
                id: string;
                institutionOrgId: string | null;
                /** Format: date-time */
                invitedAt: string;
                name: string;
                /** @enum {string} */
                status: "INVITED" | "REGISTERED" | "DECLINED" | "ATTENDED";
              } | null;
              onlineLink: string | null;
              organiserName: string;
              outcomes: {
                enterpriseId: string;
                enterpriseName: string;
                eventId: string;
                followUpDemandNeeded: boolean;
                id: string;
                institutionName: string;
                institutionOrgId: string;
                intendedAmount: string;
                intentionsSigned: number;
                note: string;
                /** Format: date-time */
                recordedAt: string;
              }[];
              place: string | null;
              regionCode: string;
              startTime: string;
              /** @enum {string} */
              status: "PLANNED" | "OPEN" | "HELD" | "CLOSED" | "CANCELLED";
              targets: {
                clusters: string[];
                districts: string[];
                sizeClasses: string[];
                tags: string[];
              };
              title: string;
              /** @enum {string} */
              type:
                | "BANK_ENTERPRISE"
                | "ROADSHOW"
                | "FUND_ENTERPRISE"
                | "LISTING_TRAINING"
                | "DISPATCH_MEETING";
              version: number;
              /** @enum {string} */
              viewer: "organiser" | "overseer" | "invitee";
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
  "/api/v1/events/{id}/cancel": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel an event not yet held, saying why */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              actions: ("invite" | "check-in" | "record-outcome" | "close" | "cancel")[];
              cancelReason: string | null;
              capacity: number | null;
              coOrganisers: string[];
              endTime: string;
              /** Format: date */
              heldOn: string;
              history: {
                /** @enum {string} */
                action:
                  | "create"
                  | "invite"
                  | "check-in"
                  | "record-outcome"
                  | "close"
                  | "cancel"
                  | "register"
                  | "decline";
                actorName: string;
                /** Format: date-time */
                at: string;
                /** Format: date */
                businessDate: string;
                fromStatus: ("PLANNED" | "OPEN" | "HELD" | "CLOSED" | "CANCELLED") | null;
                id: number;
                orgName: string;
                reason: string | null;
                /** @enum {string} */
                toStatus: "PLANNED" | "OPEN" | "HELD" | "CLOSED" | "CANCELLED";
              }[];
              id: string;
              invitableInstitutions: {
                id: string;
                name: string;
                type: string;
              }[];
              invitations: {
                answeredAt: string | null;
                checkedInAt: string | null;
                cluster: string | null;
                declineReason: string | null;
                enterpriseId: string | null;
                id: string;
                institutionOrgId: string | null;
                /** Format: date-time */
                invitedAt: string;
                name: string;
                /** @enum {string} */
                status: "INVITED" | "REGISTERED" | "DECLINED" | "ATTENDED";
              }[];
              mayAnswer: boolean;
              myInvitation: {
                answeredAt: string | null;
                checkedInAt: string | null;
                cluster: string | null;
                declineReason: string | null;
                enterpriseId: string | null;
                id: string;
                institutionOrgId: string | null;
                /** Format: date-time */
                invitedAt: string;
                name: string;
                /** @enum {string} */
                status: "INVITED" | "REGISTERED" | "DECLINED" | "ATTENDED";
              } | null;
              onlineLink: string | null;
              organiserName: string;
              outcomes: {
                enterpriseId: string;
                enterpriseName: string;
                eventId: string;
                followUpDemandNeeded: boolean;
                id: string;
                institutionName: string;
                institutionOrgId: string;
                intendedAmount: string;
                intentionsSigned: number;
                note: string;
                /** Format: date-time */
                recordedAt: string;
              }[];
              place: string | null;
              regionCode: string;
              startTime: string;
              /** @enum {string} */
              status: "PLANNED" | "OPEN" | "HELD" | "CLOSED" | "CANCELLED";
              targets: {
                clusters: string[];
                districts: string[];
                sizeClasses: string[];
                tags: string[];
              };
              title: string;
              /** @enum {string} */
              type:
                | "BANK_ENTERPRISE"
                | "ROADSHOW"
                | "FUND_ENTERPRISE"
                | "LISTING_TRAINING"
                | "DISPATCH_MEETING";
              version: number;
              /** @enum {string} */
              viewer: "organiser" | "overseer" | "invitee";
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
  "/api/v1/events/{id}/check-ins": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The bureau checks invitees in at the event */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            invitationIds: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              actions: ("invite" | "check-in" | "record-outcome" | "close" | "cancel")[];
              cancelReason: string | null;
              capacity: number | null;
              coOrganisers: string[];
              endTime: string;
              /** Format: date */
              heldOn: string;
              history: {
                /** @enum {string} */
                action:
                  | "create"
                  | "invite"
                  | "check-in"
                  | "record-outcome"
                  | "close"
                  | "cancel"
                  | "register"
                  | "decline";
                actorName: string;
                /** Format: date-time */
                at: string;
                /** Format: date */
                businessDate: string;
                fromStatus: ("PLANNED" | "OPEN" | "HELD" | "CLOSED" | "CANCELLED") | null;
                id: number;
                orgName: string;
                reason: string | null;
                /** @enum {string} */
                toStatus: "PLANNED" | "OPEN" | "HELD" | "CLOSED" | "CANCELLED";
              }[];
              id: string;
              invitableInstitutions: {
                id: string;
                name: string;
                type: string;
              }[];
              invitations: {
                answeredAt: string | null;
                checkedInAt: string | null;
                cluster: string | null;
                declineReason: string | null;
                enterpriseId: string | null;
                id: string;
                institutionOrgId: string | null;
                /** Format: date-time */
                invitedAt: string;
                name: string;
                /** @enum {string} */
                status: "INVITED" | "REGISTERED" | "DECLINED" | "ATTENDED";
              }[];
              mayAnswer: boolean;
              myInvitation: {
                answeredAt: string | null;
                checkedInAt: string | null;
                cluster: string | null;
                declineReason: string | null;
                enterpriseId: string | null;
                id: string;
                institutionOrgId: string | null;
                /** Format: date-time */
                invitedAt: string;
                name: string;
                /** @enum {string} */
                status: "INVITED" | "REGISTERED" | "DECLINED" | "ATTENDED";
              } | null;
              onlineLink: string | null;
              organiserName: string;
              outcomes: {
                enterpriseId: string;
                enterpriseName: string;
                eventId: string;
                followUpDemandNeeded: boolean;
                id: string;
                institutionName: string;
                institutionOrgId: string;
                intendedAmount: string;
                intentionsSigned: number;
                note: string;
                /** Format: date-time */
                recordedAt: string;
              }[];
              place: string | null;
              regionCode: string;
              startTime: string;
              /** @enum {string} */
              status: "PLANNED" | "OPEN" | "HELD" | "CLOSED" | "CANCELLED";
              targets: {
                clusters: string[];
                districts: string[];
                sizeClasses: string[];
                tags: string[];
              };
              title: string;
              /** @enum {string} */
              type:
                | "BANK_ENTERPRISE"
                | "ROADSHOW"
                | "FUND_ENTERPRISE"
                | "LISTING_TRAINING"
                | "DISPATCH_MEETING";
              version: number;
              /** @enum {string} */
              viewer: "organiser" | "overseer" | "invitee";
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
  "/api/v1/events/{id}/close": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close a held event once its outcomes are recorded */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            note: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              actions: ("invite" | "check-in" | "record-outcome" | "close" | "cancel")[];
              cancelReason: string | null;
              capacity: number | null;
              coOrganisers: string[];
              endTime: string;
              /** Format: date */
              heldOn: string;
              history: {
                /** @enum {string} */
                action:
                  | "create"
                  | "invite"
                  | "check-in"
                  | "record-outcome"
                  | "close"
                  | "cancel"
                  | "register"
                  | "decline";
                actorName: string;
                /** Format: date-time */
                at: string;
                /** Format: date */
                businessDate: string;
                fromStatus: ("PLANNED" | "OPEN" | "HELD" | "CLOSED" | "CANCELLED") | null;
                id: number;
                orgName: string;
                reason: string | null;
                /** @enum {string} */
                toStatus: "PLANNED" | "OPEN" | "HELD" | "CLOSED" | "CANCELLED";
              }[];
              id: string;
              invitableInstitutions: {
                id: string;
                name: string;
                type: string;
              }[];
              invitations: {
                answeredAt: string | null;
                checkedInAt: string | null;
                cluster: string | null;
                declineReason: string | null;
                enterpriseId: string | null;
                id: string;
                institutionOrgId: string | null;
                /** Format: date-time */
                invitedAt: string;
                name: string;
                /** @enum {string} */
                status: "INVITED" | "REGISTERED" | "DECLINED" | "ATTENDED";
              }[];
              mayAnswer: boolean;
              myInvitation: {
                answeredAt: string | null;
                checkedInAt: string | null;
                cluster: string | null;
                declineReason: string | null;
                enterpriseId: string | null;
                id: string;
                institutionOrgId: string | null;
                /** Format: date-time */
                invitedAt: string;
                name: string;
                /** @enum {string} */
                status: "INVITED" | "REGISTERED" | "DECLINED" | "ATTENDED";
              } | null;
              onlineLink: string | null;
              organiserName: string;
              outcomes: {
                enterpriseId: string;
                enterpriseName: string;
                eventId: string;
                followUpDemandNeeded: boolean;
                id: string;
                institutionName: string;
                institutionOrgId: string;
                intendedAmount: string;
                intentionsSigned: number;
                note: string;
                /** Format: date-time */
                recordedAt: string;
              }[];
              place: string | null;
              regionCode: string;
              startTime: string;
              /** @enum {string} */
              status: "PLANNED" | "OPEN" | "HELD" | "CLOSED" | "CANCELLED";
              targets: {
                clusters: string[];
                districts: string[];
                sizeClasses: string[];
                tags: string[];
              };
              title: string;
              /** @enum {string} */
              type:
                | "BANK_ENTERPRISE"
                | "ROADSHOW"
                | "FUND_ENTERPRISE"
                | "LISTING_TRAINING"
                | "DISPATCH_MEETING";
              version: number;
              /** @enum {string} */
              viewer: "organiser" | "overseer" | "invitee";
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
  "/api/v1/events/{id}/invitations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Invite the enterprises the event's filters take today and institutions of the region; each is notified */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            byFilter: boolean;
            /** @default [] */
            institutionOrgIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              event: {
                actions: ("invite" | "check-in" | "record-outcome" | "close" | "cancel")[];
                cancelReason: string | null;
                capacity: number | null;
                coOrganisers: string[];
                endTime: string;
                /** Format: date */
                heldOn: string;
                history: {
                  /** @enum {string} */
                  action:
                    | "create"
                    | "invite"
                    | "check-in"
                    | "record-outcome"
                    | "close"
                    | "cancel"
                    | "register"
                    | "decline";
                  actorName: string;
                  /** Format: date-time */
                  at: string;
                  /** Format: date */
                  businessDate: string;
                  fromStatus: ("PLANNED" | "OPEN" | "HELD" | "CLOSED" | "CANCELLED") | null;
                  id: number;
                  orgName: string;
                  reason: string | null;
                  /** @enum {string} */
                  toStatus: "PLANNED" | "OPEN" | "HELD" | "CLOSED" | "CANCELLED";
                }[];
                id: string;
                invitableInstitutions: {
                  id: string;
                  name: string;
                  type: string;
                }[];
                invitations: {
                  answeredAt: string | null;
                  checkedInAt: string | null;
                  cluster: string | null;
                  declineReason: string | null;
                  enterpriseId: string | null;
                  id: string;
                  institutionOrgId: string | null;
                  /** Format: date-time */
                  invitedAt: string;
                  name: string;
                  /** @enum {string} */
                  status: "INVITED" | "REGISTERED" | "DECLINED" | "ATTENDED";
                }[];
                mayAnswer: boolean;
                myInvitation: {
                  answeredAt: string | null;
                  checkedInAt: string | null;
                  cluster: string | null;
                  declineReason: string | null;
                  enterpriseId: string | null;
                  id: string;
                  institutionOrgId: string | null;
                  /** Format: date-time */
                  invitedAt: string;
                  name: string;
                  /** @enum {string} */
                  status: "INVITED" | "REGISTERED" | "DECLINED" | "ATTENDED";
                } | null;
                onlineLink: string | null;
                organiserName: string;
                outcomes: {
                  enterpriseId: string;
                  enterpriseName: string;
                  eventId: string;
                  followUpDemandNeeded: boolean;
                  id: string;
                  institutionName: string;
                  institutionOrgId: string;
                  intendedAmount: string;
                  intentionsSigned: number;
                  note: string;
                  /** Format: date-time */
                  recordedAt: string;
                }[];
                place: string | null;
                regionCode: string;
                startTime: string;
                /** @enum {string} */
                status: "PLANNED" | "OPEN" | "HELD" | "CLOSED" | "CANCELLED";
                targets: {
                  clusters: string[];
                  districts: string[];
                  sizeClasses: string[];
                  tags: string[];
                };
                title: string;
                /** @enum {string} */
                type:
                  | "BANK_ENTERPRISE"
                  | "ROADSHOW"
                  | "FUND_ENTERPRISE"
                  | "LISTING_TRAINING"
                  | "DISPATCH_MEETING";
                version: number;
                /** @enum {string} */
                viewer: "organiser" | "overseer" | "invitee";
              };
              invitedEnterprises: number;
              invitedInstitutions: number;
              notified: number;
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
  "/api/v1/events/{id}/outcomes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record an outcome between an enterprise that attended and an invited institution */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Idempotency-Key (IETF httpapi draft): a retry with the same key and content returns the first response; the same key with other content is 409 */
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            enterpriseId: string;
            followUpDemandNeeded: boolean;
            /** Format: uuid */
            institutionOrgId: string;
            intendedAmount: string;
            intentionsSigned: number;
            note: string;
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
              actions: ("invite" | "check-in" | "record-outcome" | "close" | "cancel")[];
              cancelReason: string | null;
              capacity: number | null;
              coOrganisers: string[];
              endTime: string;
              /** Format: date */
              heldOn: string;
              history: {
                /** @enum {string} */
                action:
                  | "create"
                  | "invite"
                  | "check-in"
                  | "record-outcome"
                  | "close"
                  | "cancel"
                  | "register"
                  | "decline";
                actorName: string;
                /** Format: date-time */
                at: string;
                /** Format: date */
                businessDate: string;
                fromStatus: ("PLANNED" | "OPEN" | "HELD" | "CLOSED" | "CANCELLED") | null;
                id: number;
                orgName: string;
                reason: string | null;
                /** @enum {string} */
                toStatus: "PLANNED" | "OPEN" | "HELD" | "CLOSED" | "CANCELLED";
              }[];
              id: string;
              invitableInstitutions: {
                id: string;
                name: string;
                type: string;
              }[];
              invitations: {
                answeredAt: string | null;
                checkedInAt: string | null;
                cluster: string | null;
                declineReason: string | null;
                enterpriseId: string | null;
                id: string;
                institutionOrgId: string | null;
                /** Format: date-time */
                invitedAt: string;
                name: string;
                /** @enum {string} */
                status: "INVITED" | "REGISTERED" | "DECLINED" | "ATTENDED";
              }[];
              mayAnswer: boolean;
              myInvitation: {
                answeredAt: string | null;
                checkedInAt: string | null;
                cluster: string | null;
                declineReason: string | null;
                enterpriseId: string | null;
                id: string;
                institutionOrgId: string | null;
                /** Format: date-time */
                invitedAt: string;
                name: string;
                /** @enum {string} */
                status: "INVITED" | "REGISTERED" | "DECLINED" | "ATTENDED";
              } | null;
              onlineLink: string | null;
              organiserName: string;
              outcomes: {
                enterpriseId: string;
                enterpriseName: string;
                eventId: string;
                followUpDemandNeeded: boolean;
                id: string;
                institutionName: string;
                institutionOrgId: string;
                intendedAmount: string;
                intentionsSigned: number;
                note: string;
                /** Format: date-time */
                recordedAt: string;
              }[];
              place: string | null;
              regionCode: string;
              startTime: string;
              /** @enum {string} */
              status: "PLANNED" | "OPEN" | "HELD" | "CLOSED" | "CANCELLED";
              targets: {
                clusters: string[];
                districts: string[];
                sizeClasses: string[];
                tags: string[];
              };
              title: string;
              /** @enum {string} */
              type:
                | "BANK_ENTERPRISE"
                | "ROADSHOW"
                | "FUND_ENTERPRISE"
                | "LISTING_TRAINING"
                | "DISPATCH_MEETING";
              version: number;
              /** @enum {string} */
              viewer: "organiser" | "overseer" | "invitee";
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
  "/api/v1/events/{id}/registration": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** An invited enterprise registers, or declines with its reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            answer: "register" | "decline";
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              actions: ("invite" | "check-in" | "record-outcome" | "close" | "cancel")[];
              cancelReason: string | null;
              capacity: number | null;
              coOrganisers: string[];
              endTime: string;
              /** Format: date */
              heldOn: string;
              history: {
                /** @enum {string} */
                action:
                  | "create"
                  | "invite"
                  | "check-in"
                  | "record-outcome"
                  | "close"
                  | "cancel"
                  | "register"
                  | "decline";
                actorName: string;
                /** Format: date-time */
                at: string;
                /** Format: date */
                businessDate: string;
                fromStatus: ("PLANNED" | "OPEN" | "HELD" | "CLOSED" | "CANCELLED") | null;
                id: number;
                orgName: string;
                reason: string | null;
                /** @enum {string} */
                toStatus: "PLANNED" | "OPEN" | "HELD" | "CLOSED" | "CANCELLED";
              }[];
              id: string;
              invitableInstitutions: {
                id: string;
                name: string;
                type: string;
              }[];
              invitations: {
                answeredAt: string | null;
                checkedInAt: string | null;
                cluster: string | null;
                declineReason: string | null;
                enterpriseId: string | null;
                id: string;
                institutionOrgId: string | null;
                /** Format: date-time */
                invitedAt: string;
                name: string;
                /** @enum {string} */
                status: "INVITED" | "REGISTERED" | "DECLINED" | "ATTENDED";
              }[];
              mayAnswer: boolean;
              myInvitation: {
                answeredAt: string | null;
                checkedInAt: string | null;
                cluster: string | null;
                declineReason: string | null;
                enterpriseId: string | null;
                id: string;
                institutionOrgId: string | null;
                /** Format: date-time */
                invitedAt: string;
                name: string;
                /** @enum {string} */
                status: "INVITED" | "REGISTERED" | "DECLINED" | "ATTENDED";
              } | null;
              onlineLink: string | null;
              organiserName: string;
              outcomes: {
                enterpriseId: string;
                enterpriseName: string;
                eventId: string;
                followUpDemandNeeded: boolean;
                id: string;
                institutionName: string;
                institutionOrgId: string;
                intendedAmount: string;
                intentionsSigned: number;
                note: string;
                /** Format: date-time */
                recordedAt: string;
              }[];
              place: string | null;
              regionCode: string;
              startTime: string;
              /** @enum {string} */
              status: "PLANNED" | "OPEN" | "HELD" | "CLOSED" | "CANCELLED";
              targets: {
                clusters: string[];
                districts: string[];
                sizeClasses: string[];
                tags: string[];
              };
              title: string;
              /** @enum {string} */
              type:
                | "BANK_ENTERPRISE"
                | "ROADSHOW"
                | "FUND_ENTERPRISE"
                | "LISTING_TRAINING"
                | "DISPATCH_MEETING";
              version: number;
              /** @enum {string} */
              viewer: "organiser" | "overseer" | "invitee";
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
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/events/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Excel of a year's events, attendance, outcomes and enterprises served */
    get: {
      parameters: {
        query: {
          year: number;
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
  "/api/v1/events/served": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Enterprises served (家次) in a year by the region's events, against seed 004's 1,000 */
    get: {
      parameters: {
        query?: {
          year?: number;
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
              demandsHandled: number;
              eventVisits: number;
              progressPercent: number;
              target: number;
              total: number;
              year: number;
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
  "/api/v1/financing-claims": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Claims: an institution its own pushes and claims, a bureau its region's */
    get: {
      parameters: {
        query?: {
          state?:
            | "PUSHED"
            | "CLAIMED"
            | "CONTACTED"
            | "APPROVED"
            | "DECLINED"
            | "FUNDED"
            | "CLOSED"
            | "RELEASED";
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
              actions: ("claim" | "contact" | "approve" | "decline" | "fund" | "confirm")[];
              approvedAmount: string | null;
              approvedRate: string | null;
              approvedTermMonths: number | null;
              claimable: boolean;
              claimedOn: string | null;
              creditAmount: string | null;
              declineReason: string | null;
              demandAmount: string;
              /** Format: uuid */
              demandId: string;
              /** @enum {string} */
              demandKind: "LOAN" | "BOND" | "EQUITY" | "LEASE" | "INSURANCE" | "GUARANTEE";
              demandTermMonths: number;
              dueOn: string | null;
              enterpriseName: string;
              fundedAmount: string | null;
              fundedOn: string | null;
              fundedRate: string | null;
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              orgId: string;
              orgName: string;
              pushedOn: string;
              rating: number | null;
              ratingComment: string | null;
              remindedOn: string | null;
              slaState: ("on-time" | "due-soon" | "due-today" | "overdue") | null;
              /** @enum {string} */
              state:
                | "PUSHED"
                | "CLAIMED"
                | "CONTACTED"
                | "APPROVED"
                | "DECLINED"
                | "FUNDED"
                | "CLOSED"
                | "RELEASED";
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
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/financing-claims/{id}/actions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A step of the claim (claim → contact → approve or decline → fund; the enterprise confirms and rates) at the `version` read; 409 claimed-by-another when no claimant place is left */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Idempotency-Key (IETF httpapi draft): a retry with the same key and content returns the first response; the same key with other content is 409 */
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            action: "claim" | "contact" | "approve" | "decline" | "fund" | "confirm";
            approvedAmount?: string;
            approvedRate?: string;
            approvedTermMonths?: number;
            comment?: string;
            creditAmount?: string;
            fundedAmount?: string;
            /** Format: date */
            fundedOn?: string;
            fundedRate?: string;
            note?: string;
            rating?: number;
            reason?: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              actions: ("claim" | "contact" | "approve" | "decline" | "fund" | "confirm")[];
              approvedAmount: string | null;
              approvedRate: string | null;
              approvedTermMonths: number | null;
              claimable: boolean;
              claimedOn: string | null;
              creditAmount: string | null;
              declineReason: string | null;
              demandAmount: string;
              /** Format: uuid */
              demandId: string;
              /** @enum {string} */
              demandKind: "LOAN" | "BOND" | "EQUITY" | "LEASE" | "INSURANCE" | "GUARANTEE";
              demandTermMonths: number;
              dueOn: string | null;
              enterpriseName: string;
              fundedAmount: string | null;
              fundedOn: string | null;
              fundedRate: string | null;
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              orgId: string;
              orgName: string;
              pushedOn: string;
              rating: number | null;
              ratingComment: string | null;
              remindedOn: string | null;
              slaState: ("on-time" | "due-soon" | "due-today" | "overdue") | null;
              /** @enum {string} */
              state:
                | "PUSHED"
                | "CLAIMED"
                | "CONTACTED"
                | "APPROVED"
                | "DECLINED"
                | "FUNDED"
                | "CLOSED"
                | "RELEASED";
              version: number;
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
  "/api/v1/financing-claims/by-institution": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Per institution of the bureau's region: open, overdue, declined, released and funded claims */
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
              declined: number;
              funded: number;
              open: number;
              /** Format: uuid */
              orgId: string;
              orgName: string;
              overdue: number;
              released: number;
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
  "/api/v1/financing-claims/by-institution/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The per-institution summary of the bureau's region as an Excel workbook */
    get: {
      parameters: {
        query?: never;
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
  "/api/v1/financing-claims/deadline-runs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Run the deadline check now for the bureau's region: remind overdue claims, escalate and release */
    post: {
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
              escalated: number;
              reminded: number;
            };
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
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/financing-claims/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The claims the caller may see as an Excel workbook */
    get: {
      parameters: {
        query?: {
          state?:
            | "PUSHED"
            | "CLAIMED"
            | "CONTACTED"
            | "APPROVED"
            | "DECLINED"
            | "FUNDED"
            | "CLOSED"
            | "RELEASED";
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
  "/api/v1/financing-demand-batches": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The bureau's published whitelist batches */
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
              demandCount: number;
              /** Format: uuid */
              id: string;
              number: number;
              periodFrom: string;
              periodTo: string;
              publishedOn: string;
              regionCode: string;
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
    /** Publish the next whitelist batch: the demands admitted in the period, numbered and frozen */
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
            periodFrom: string;
            /** Format: date */
            periodTo: string;
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
              demandCount: number;
              /** Format: uuid */
              id: string;
              number: number;
              periodFrom: string;
              periodTo: string;
              publishedOn: string;
              regionCode: string;
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
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/financing-demand-batches/{id}/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A whitelist batch as an Excel workbook */
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
  "/api/v1/financing-demand-batches/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The bureau's published whitelist batches as an Excel workbook */
    get: {
      parameters: {
        query?: never;
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
  "/api/v1/financing-demands": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Demands the caller may see: an enterprise its own, a bureau its region's whitelist */
    get: {
      parameters: {
        query?: {
          status?: "SUBMITTED" | "ADMITTED" | "DECLINED";
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
              amount: string;
              batchNumber: number | null;
              claims: {
                actions: ("claim" | "contact" | "approve" | "decline" | "fund" | "confirm")[];
                approvedAmount: string | null;
                approvedRate: string | null;
                approvedTermMonths: number | null;
                claimable: boolean;
                claimedOn: string | null;
                creditAmount: string | null;
                declineReason: string | null;
                demandAmount: string;
                /** Format: uuid */
                demandId: string;
                /** @enum {string} */
                demandKind: "LOAN" | "BOND" | "EQUITY" | "LEASE" | "INSURANCE" | "GUARANTEE";
                demandTermMonths: number;
                dueOn: string | null;
                enterpriseName: string;
                fundedAmount: string | null;
                fundedOn: string | null;
                fundedRate: string | null;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                orgId: string;
                orgName: string;
                pushedOn: string;
                rating: number | null;
                ratingComment: string | null;
                remindedOn: string | null;
                slaState: ("on-time" | "due-soon" | "due-today" | "overdue") | null;
                /** @enum {string} */
                state:
                  | "PUSHED"
                  | "CLAIMED"
                  | "CONTACTED"
                  | "APPROVED"
                  | "DECLINED"
                  | "FUNDED"
                  | "CLOSED"
                  | "RELEASED";
                version: number;
              }[];
              collateral: (
                | "NONE"
                | "GUARANTEE"
                | "REAL_ESTATE"
                | "EQUIPMENT"
                | "RECEIVABLES"
                | "INVENTORY"
                | "ORDERS"
                | "INTELLECTUAL_PROPERTY"
                | "EQUITY_PLEDGE"
              )[];
              decidedOn: string | null;
              declineReason: string | null;
              /** Format: uuid */
              enterpriseId: string;
              enterpriseName: string;
              /** Format: uuid */
              id: string;
              keyProject: string | null;
              /** @enum {string} */
              kind: "LOAN" | "BOND" | "EQUITY" | "LEASE" | "INSURANCE" | "GUARANTEE";
              officerName: string | null;
              openToAll: boolean | null;
              policyNote: string | null;
              postedOn: string;
              product: {
                /** Format: uuid */
                id: string;
                institutionName: string;
                name: string;
                /** Format: uuid */
                orgId: string;
                version: number;
              } | null;
              productOmittedReason: string | null;
              purpose: string;
              regionCode: string;
              /** @enum {string} */
              status: "SUBMITTED" | "ADMITTED" | "DECLINED";
              termMonths: number;
              /** @enum {string} */
              urgency: "NORMAL" | "URGENT" | "VERY_URGENT";
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
    /** Post a financing demand (an enterprise for itself, or the industry bureau for one of its region); with `productId`, asked for a listed product (409 product-listed when off the shelf) within its terms */
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
            amount: string;
            collateral: (
              | "NONE"
              | "GUARANTEE"
              | "REAL_ESTATE"
              | "EQUIPMENT"
              | "RECEIVABLES"
              | "INVENTORY"
              | "ORDERS"
              | "INTELLECTUAL_PROPERTY"
              | "EQUITY_PLEDGE"
            )[];
            /** Format: uuid */
            enterpriseId?: string;
            /** @default null */
            keyProject?: string | null;
            /** @enum {string} */
            kind: "LOAN" | "BOND" | "EQUITY" | "LEASE" | "INSURANCE" | "GUARANTEE";
            /** Format: uuid */
            productId?: string;
            purpose: string;
            termMonths: number;
            /** @enum {string} */
            urgency: "NORMAL" | "URGENT" | "VERY_URGENT";
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
              amount: string;
              batchNumber: number | null;
              claims: {
                actions: ("claim" | "contact" | "approve" | "decline" | "fund" | "confirm")[];
                approvedAmount: string | null;
                approvedRate: string | null;
                approvedTermMonths: number | null;
                claimable: boolean;
                claimedOn: string | null;
                creditAmount: string | null;
                declineReason: string | null;
                demandAmount: string;
                /** Format: uuid */
                demandId: string;
                /** @enum {string} */
                demandKind: "LOAN" | "BOND" | "EQUITY" | "LEASE" | "INSURANCE" | "GUARANTEE";
                demandTermMonths: number;
                dueOn: string | null;
                enterpriseName: string;
                fundedAmount: string | null;
                fundedOn: string | null;
                fundedRate: string | null;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                orgId: string;
                orgName: string;
                pushedOn: string;
                rating: number | null;
                ratingComment: string | null;
                remindedOn: string | null;
                slaState: ("on-time" | "due-soon" | "due-today" | "overdue") | null;
                /** @enum {string} */
                state:
                  | "PUSHED"
                  | "CLAIMED"
                  | "CONTACTED"
                  | "APPROVED"
                  | "DECLINED"
                  | "FUNDED"
                  | "CLOSED"
                  | "RELEASED";
                version: number;
              }[];
              collateral: (
                | "NONE"
                | "GUARANTEE"
                | "REAL_ESTATE"
                | "EQUIPMENT"
                | "RECEIVABLES"
                | "INVENTORY"
                | "ORDERS"
                | "INTELLECTUAL_PROPERTY"
                | "EQUITY_PLEDGE"
              )[];
              curation: {
                institutions: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                }[];
                officers: {
                  displayName: string;
                  /** Format: uuid */
                  id: string;
                }[];
              } | null;
              decidedOn: string | null;
              declineReason: string | null;
              /** Format: uuid */
              enterpriseId: string;
              enterpriseName: string;
              history: {
                action: string;
                actorName: string | null;
                actorOrgName: string | null;
                /** Format: date-time */
                at: string;
                businessDate: string;
                claimId: string | null;
                fromState: string | null;
                id: number;
                institutionName: string | null;
                note: string | null;
                toState: string;
              }[];
              /** Format: uuid */
              id: string;
              keyProject: string | null;
              /** @enum {string} */
              kind: "LOAN" | "BOND" | "EQUITY" | "LEASE" | "INSURANCE" | "GUARANTEE";
              officerName: string | null;
              openToAll: boolean | null;
              policyNote: string | null;
              postedOn: string;
              product: {
                /** Format: uuid */
                id: string;
                institutionName: string;
                name: string;
                /** Format: uuid */
                orgId: string;
                version: number;
              } | null;
              productOmittedReason: string | null;
              purpose: string;
              regionCode: string;
              /** @enum {string} */
              status: "SUBMITTED" | "ADMITTED" | "DECLINED";
              termMonths: number;
              /** @enum {string} */
              urgency: "NORMAL" | "URGENT" | "VERY_URGENT";
              version: number;
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
  "/api/v1/financing-demands/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A demand with the claims and history the caller may see (an institution: its own only) */
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
              amount: string;
              batchNumber: number | null;
              claims: {
                actions: ("claim" | "contact" | "approve" | "decline" | "fund" | "confirm")[];
                approvedAmount: string | null;
                approvedRate: string | null;
                approvedTermMonths: number | null;
                claimable: boolean;
                claimedOn: string | null;
                creditAmount: string | null;
                declineReason: string | null;
                demandAmount: string;
                /** Format: uuid */
                demandId: string;
                /** @enum {string} */
                demandKind: "LOAN" | "BOND" | "EQUITY" | "LEASE" | "INSURANCE" | "GUARANTEE";
                demandTermMonths: number;
                dueOn: string | null;
                enterpriseName: string;
                fundedAmount: string | null;
                fundedOn: string | null;
                fundedRate: string | null;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                orgId: string;
                orgName: string;
                pushedOn: string;
                rating: number | null;
                ratingComment: string | null;
                remindedOn: string | null;
                slaState: ("on-time" | "due-soon" | "due-today" | "overdue") | null;
                /** @enum {string} */
                state:
                  | "PUSHED"
                  | "CLAIMED"
                  | "CONTACTED"
                  | "APPROVED"
                  | "DECLINED"
                  | "FUNDED"
                  | "CLOSED"
                  | "RELEASED";
                version: number;
              }[];
              collateral: (
                | "NONE"
                | "GUARANTEE"
                | "REAL_ESTATE"
                | "EQUIPMENT"
                | "RECEIVABLES"
                | "INVENTORY"
                | "ORDERS"
                | "INTELLECTUAL_PROPERTY"
                | "EQUITY_PLEDGE"
              )[];
              curation: {
                institutions: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                }[];
                officers: {
                  displayName: string;
                  /** Format: uuid */
                  id: string;
                }[];
              } | null;
              decidedOn: string | null;
              declineReason: string | null;
              /** Format: uuid */
              enterpriseId: string;
              enterpriseName: string;
              history: {
                action: string;
                actorName: string | null;
                actorOrgName: string | null;
                /** Format: date-time */
                at: string;
                businessDate: string;
                claimId: string | null;
                fromState: string | null;
                id: number;
                institutionName: string | null;
                note: string | null;
                toState: string;
              }[];
              /** Format: uuid */
              id: string;
              keyProject: string | null;
              /** @enum {string} */
              kind: "LOAN" | "BOND" | "EQUITY" | "LEASE" | "INSURANCE" | "GUARANTEE";
              officerName: string | null;
              openToAll: boolean | null;
              policyNote: string | null;
              postedOn: string;
              product: {
                /** Format: uuid */
                id: string;
                institutionName: string;
                name: string;
                /** Format: uuid */
                orgId: string;
                version: number;
              } | null;
              productOmittedReason: string | null;
              purpose: string;
              regionCode: string;
              /** @enum {string} */
              status: "SUBMITTED" | "ADMITTED" | "DECLINED";
              termMonths: number;
              /** @enum {string} */
              urgency: "NORMAL" | "URGENT" | "VERY_URGENT";
              version: number;
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
  "/api/v1/financing-demands/{id}/curation": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The bureau admits a demand to the whitelist (一企一策 note, 金融顾问, named institutions or all that fit) or declines it with a reason, at the `version` read */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            action: "admit" | "decline";
            note?: string;
            /** Format: uuid */
            officerUserId?: string;
            productInstitutionOmittedReason?: string;
            reason?: string;
            targetOrgIds?: string[];
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              amount: string;
              batchNumber: number | null;
              claims: {
                actions: ("claim" | "contact" | "approve" | "decline" | "fund" | "confirm")[];
                approvedAmount: string | null;
                approvedRate: string | null;
                approvedTermMonths: number | null;
                claimable: boolean;
                claimedOn: string | null;
                creditAmount: string | null;
                declineReason: string | null;
                demandAmount: string;
                /** Format: uuid */
                demandId: string;
                /** @enum {string} */
                demandKind: "LOAN" | "BOND" | "EQUITY" | "LEASE" | "INSURANCE" | "GUARANTEE";
                demandTermMonths: number;
                dueOn: string | null;
                enterpriseName: string;
                fundedAmount: string | null;
                fundedOn: string | null;
                fundedRate: string | null;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                orgId: string;
                orgName: string;
                pushedOn: string;
                rating: number | null;
                ratingComment: string | null;
                remindedOn: string | null;
                slaState: ("on-time" | "due-soon" | "due-today" | "overdue") | null;
                /** @enum {string} */
                state:
                  | "PUSHED"
                  | "CLAIMED"
                  | "CONTACTED"
                  | "APPROVED"
                  | "DECLINED"
                  | "FUNDED"
                  | "CLOSED"
                  | "RELEASED";
                version: number;
              }[];
              collateral: (
                | "NONE"
                | "GUARANTEE"
                | "REAL_ESTATE"
                | "EQUIPMENT"
                | "RECEIVABLES"
                | "INVENTORY"
                | "ORDERS"
                | "INTELLECTUAL_PROPERTY"
                | "EQUITY_PLEDGE"
              )[];
              curation: {
                institutions: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                }[];
                officers: {
                  displayName: string;
                  /** Format: uuid */
                  id: string;
                }[];
              } | null;
              decidedOn: string | null;
              declineReason: string | null;
              /** Format: uuid */
              enterpriseId: string;
              enterpriseName: string;
              history: {
                action: string;
                actorName: string | null;
                actorOrgName: string | null;
                /** Format: date-time */
                at: string;
                businessDate: string;
                claimId: string | null;
                fromState: string | null;
                id: number;
                institutionName: string | null;
                note: string | null;
                toState: string;
              }[];
              /** Format: uuid */
              id: string;
              keyProject: string | null;
              /** @enum {string} */
              kind: "LOAN" | "BOND" | "EQUITY" | "LEASE" | "INSURANCE" | "GUARANTEE";
              officerName: string | null;
              openToAll: boolean | null;
              policyNote: string | null;
              postedOn: string;
              product: {
                /** Format: uuid */
                id: string;
                institutionName: string;
                name: string;
                /** Format: uuid */
                orgId: string;
                version: number;
              } | null;
              productOmittedReason: string | null;
              purpose: string;
              regionCode: string;
              /** @enum {string} */
              status: "SUBMITTED" | "ADMITTED" | "DECLINED";
              termMonths: number;
              /** @enum {string} */
              urgency: "NORMAL" | "URGENT" | "VERY_URGENT";
              version: number;
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
  "/api/v1/financing-demands/{id}/matches": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A demand's listed products ranked with their reasons, and the institutions by their best (its enterprise and its bureau) */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
        };
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
              /** Format: uuid */
              demandId: string;
              eligibleCount: number;
              institutions: {
                /** Format: uuid */
                bestProductId: string;
                bestProductName: string;
                eligibleProducts: number;
                /** Format: uuid */
                institutionId: string;
                institutionName: string;
                score: string;
              }[];
              items: {
                criteria: {
                  /** @enum {string} */
                  criterion: "tags" | "cluster" | "sizeClass" | "industry" | "rate" | "outcomes";
                  /** @enum {string} */
                  outcome: "met" | "missed" | "neutral" | "scored";
                  points: string;
                  reason: {
                    en: string;
                    zh: string;
                  };
                  weight: number;
                }[];
                filters: {
                  /** @enum {string} */
                  filter: "kind" | "amount" | "term" | "collateral" | "region" | "required-tags";
                  passed: boolean;
                  reason: {
                    en: string;
                    zh: string;
                  };
                }[];
                product: {
                  amountMax: string;
                  amountMin: string;
                  /** @enum {string} */
                  category:
                    | "CREDIT"
                    | "SUPPLY_CHAIN"
                    | "INSURANCE"
                    | "LEASING"
                    | "BOND"
                    | "EQUITY"
                    | "GUARANTEE";
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  institutionId: string;
                  institutionName: string;
                  name: string;
                  rateMax: string | null;
                  rateMin: string | null;
                  termMaxMonths: number;
                  termMinMonths: number;
                  /** @enum {string} */
                  type:
                    | "COMMERCIAL_VALUE_CREDIT"
                    | "KNOWLEDGE_VALUE_CREDIT"
                    | "IP_PLEDGE_LOAN"
                    | "TECH_RENOVATION_LOAN"
                    | "ORDER_LOAN"
                    | "SRDI_LOAN"
                    | "GAZELLE_LOAN"
                    | "UNICORN_LOAN"
                    | "CARBON_SINK_LOAN"
                    | "EQUIPMENT_ORDER_PLEDGE"
                    | "WAREHOUSE_RECEIPT_PLEDGE"
                    | "RECEIVABLES_PLEDGE"
                    | "BILL_DISCOUNT"
                    | "LETTER_OF_CREDIT"
                    | "YULIANDAI"
                    | "FIRST_SET"
                    | "FIRST_BATCH"
                    | "FIRST_VERSION"
                    | "CREDIT_GUARANTEE_INSURANCE"
                    | "LOAN_GUARANTEE_INSURANCE"
                    | "TECH_PATENT_INSURANCE"
                    | "DIRECT_LEASE"
                    | "OPERATING_LEASE"
                    | "SALE_AND_LEASEBACK"
                    | "ENTRUSTED_LEASE"
                    | "SUBLEASE"
                    | "BOND_UNDERWRITING"
                    | "EQUITY_INVESTMENT"
                    | "FINANCING_GUARANTEE";
                };
                score: string;
              }[];
              page: number;
              pageSize: number;
              weights: {
                cluster: number;
                industry: number;
                outcomes: number;
                rate: number;
                sizeClass: number;
                tags: number;
              };
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
  "/api/v1/financing-demands/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The demands the caller may see as an Excel workbook */
    get: {
      parameters: {
        query?: {
          status?: "SUBMITTED" | "ADMITTED" | "DECLINED";
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
  "/api/v1/financing-matches/demands": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An institution's open demands ranked over its listed products, with reasons */
    get: {
      parameters: {
        query?: {
          limit?: number;
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
              items: {
                claimDueOn: string | null;
                /** Format: uuid */
                claimId: string;
                criteria: {
                  /** @enum {string} */
                  criterion: "tags" | "cluster" | "sizeClass" | "industry" | "rate" | "outcomes";
                  /** @enum {string} */
                  outcome: "met" | "missed" | "neutral" | "scored";
                  points: string;
                  reason: {
                    en: string;
                    zh: string;
                  };
                  weight: number;
                }[];
                demand: {
                  amount: string;
                  enterpriseName: string;
                  /** Format: uuid */
                  id: string;
                  /** @enum {string} */
                  kind: "LOAN" | "BOND" | "EQUITY" | "LEASE" | "INSURANCE" | "GUARANTEE";
                  postedOn: string;
                  termMonths: number;
                  /** @enum {string} */
                  urgency: "NORMAL" | "URGENT" | "VERY_URGENT";
                };
                filters: {
                  /** @enum {string} */
                  filter: "kind" | "amount" | "term" | "collateral" | "region" | "required-tags";
                  passed: boolean;
                  reason: {
                    en: string;
                    zh: string;
                  };
                }[];
                product: {
                  amountMax: string;
                  amountMin: string;
                  /** @enum {string} */
                  category:
                    | "CREDIT"
                    | "SUPPLY_CHAIN"
                    | "INSURANCE"
                    | "LEASING"
                    | "BOND"
                    | "EQUITY"
                    | "GUARANTEE";
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  institutionId: string;
                  institutionName: string;
                  name: string;
                  rateMax: string | null;
                  rateMin: string | null;
                  termMaxMonths: number;
                  termMinMonths: number;
                  /** @enum {string} */
                  type:
                    | "COMMERCIAL_VALUE_CREDIT"
                    | "KNOWLEDGE_VALUE_CREDIT"
                    | "IP_PLEDGE_LOAN"
                    | "TECH_RENOVATION_LOAN"
                    | "ORDER_LOAN"
                    | "SRDI_LOAN"
                    | "GAZELLE_LOAN"
                    | "UNICORN_LOAN"
                    | "CARBON_SINK_LOAN"
                    | "EQUIPMENT_ORDER_PLEDGE"
                    | "WAREHOUSE_RECEIPT_PLEDGE"
                    | "RECEIVABLES_PLEDGE"
                    | "BILL_DISCOUNT"
                    | "LETTER_OF_CREDIT"
                    | "YULIANDAI"
                    | "FIRST_SET"
                    | "FIRST_BATCH"
                    | "FIRST_VERSION"
                    | "CREDIT_GUARANTEE_INSURANCE"
                    | "LOAN_GUARANTEE_INSURANCE"
                    | "TECH_PATENT_INSURANCE"
                    | "DIRECT_LEASE"
                    | "OPERATING_LEASE"
                    | "SALE_AND_LEASEBACK"
                    | "ENTRUSTED_LEASE"
                    | "SUBLEASE"
                    | "BOND_UNDERWRITING"
                    | "EQUITY_INVESTMENT"
                    | "FINANCING_GUARANTEE";
                };
                score: string;
              }[];
              total: number;
              weights: {
                cluster: number;
                industry: number;
                outcomes: number;
                rate: number;
                sizeClass: number;
                tags: number;
              };
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
  "/api/v1/financing-matches/demands/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The institution's ranked open demands as an Excel workbook, with their reasons */
    get: {
      parameters: {
        query?: {
          limit?: number;
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
  "/api/v1/financing-products": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The products an institution manages, or a bureau reviews in its region, in every state */
    get: {
      parameters: {
        query?: {
          state?: "DRAFT" | "PENDING_REVIEW" | "RETURNED" | "LISTED" | "DELISTED";
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
              /** Format: uuid */
              id: string;
              institutionName: string;
              latest: {
                amountMax: string;
                amountMin: string;
                category: string;
                clusters: string[];
                collateral: string[];
                contactName: string;
                contactPhone: string;
                /** Format: date-time */
                createdAt: string;
                description: string;
                districts: string[];
                industries: string[];
                materials: string;
                name: string;
                rateMax: string | null;
                rateMin: string | null;
                sizeClasses: string[];
                state: string;
                tags: string[];
                termMaxMonths: number;
                termMinMonths: number;
                type: string;
                version: number;
              };
              latestVersion: number;
              listedOn: string | null;
              listedVersion: number | null;
              /** Format: uuid */
              orgId: string;
              regionCode: string;
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
    /** Draft a product (bank, guarantor, other financial institution) */
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
            amountMax: string;
            amountMin: string;
            /** @enum {string} */
            category: "CREDIT" | "SUPPLY_CHAIN" | "INSURANCE" | "LEASING" | "BOND" | "EQUITY" | "GUARANTEE";
            clusters: (
              | "NEV"
              | "ELECTRONICS"
              | "ADVANCED_MATERIALS"
              | "SMART_EQUIPMENT"
              | "FOOD"
              | "SOFTWARE"
              | "NEW_DISPLAY"
              | "MOTORCYCLE"
              | "LIGHT_ALLOYS"
              | "TEXTILES"
              | "BIOMEDICINE"
              | "NEW_ENERGY_STORAGE"
              | "SEMICONDUCTORS"
              | "AI_ROBOTICS"
              | "SERVICE_ROBOTS"
              | "SMART_MANUFACTURING_EQUIPMENT"
              | "POWER_EQUIPMENT"
              | "AGRICULTURAL_MACHINERY"
              | "SENSORS"
              | "SMART_HOME"
              | "FIBRE_COMPOSITES"
              | "SYNTHETIC_MATERIALS"
              | "MODERN_TCM"
              | "MEDICAL_DEVICES"
              | "GREEN_ENVIRONMENTAL"
              | "SATELLITE_INTERNET"
              | "BIOMANUFACTURING"
              | "LIFE_SCIENCES"
              | "METAVERSE"
              | "FRONTIER_MATERIALS"
            )[];
            collateral: (
              | "NONE"
              | "GUARANTEE"
              | "REAL_ESTATE"
              | "EQUIPMENT"
              | "RECEIVABLES"
              | "INVENTORY"
              | "ORDERS"
              | "INTELLECTUAL_PROPERTY"
              | "EQUITY_PLEDGE"
            )[];
            contactName: string;
            contactPhone: string;
            description: string;
            districts: string[];
            industries: string[];
            materials: string;
            name: string;
            rateMax: string | null;
            rateMin: string | null;
            sizeClasses: ("LARGE" | "MEDIUM" | "SMALL" | "MICRO")[];
            tags: (
              | "SRDI_CITY"
              | "SRDI_PROVINCE"
              | "LITTLE_GIANT"
              | "SINGLE_CHAMPION"
              | "CHAIN_LEADER"
              | "DOUBLE_HUNDRED"
              | "GAZELLE"
              | "UNICORN"
              | "HIGH_TECH"
              | "TECH_SME"
              | "LISTING_CULTIVATION"
              | "CITY_AUTO_KEY"
              | "CLUSTER_33618"
            )[];
            termMaxMonths: number;
            termMinMonths: number;
            /** @enum {string} */
            type:
              | "COMMERCIAL_VALUE_CREDIT"
              | "KNOWLEDGE_VALUE_CREDIT"
              | "IP_PLEDGE_LOAN"
              | "TECH_RENOVATION_LOAN"
              | "ORDER_LOAN"
              | "SRDI_LOAN"
              | "GAZELLE_LOAN"
              | "UNICORN_LOAN"
              | "CARBON_SINK_LOAN"
              | "EQUIPMENT_ORDER_PLEDGE"
              | "WAREHOUSE_RECEIPT_PLEDGE"
              | "RECEIVABLES_PLEDGE"
              | "BILL_DISCOUNT"
              | "LETTER_OF_CREDIT"
              | "YULIANDAI"
              | "FIRST_SET"
              | "FIRST_BATCH"
              | "FIRST_VERSION"
              | "CREDIT_GUARANTEE_INSURANCE"
              | "LOAN_GUARANTEE_INSURANCE"
              | "TECH_PATENT_INSURANCE"
              | "DIRECT_LEASE"
              | "OPERATING_LEASE"
              | "SALE_AND_LEASEBACK"
              | "ENTRUSTED_LEASE"
              | "SUBLEASE"
              | "BOND_UNDERWRITING"
              | "EQUITY_INVESTMENT"
              | "FINANCING_GUARANTEE";
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
              history: {
                action: string;
                actorName: string;
                actorOrgName: string;
                /** Format: date-time */
                at: string;
                businessDate: string;
                fromState: string | null;
                id: number;
                note: string | null;
                toState: string;
                version: number;
              }[];
              /** Format: uuid */
              id: string;
              institutionName: string;
              latest: {
                amountMax: string;
                amountMin: string;
                category: string;
                clusters: string[];
                collateral: string[];
                contactName: string;
                contactPhone: string;
                /** Format: date-time */
                createdAt: string;
                description: string;
                districts: string[];
                industries: string[];
                materials: string;
                name: string;
                rateMax: string | null;
                rateMin: string | null;
                sizeClasses: string[];
                state: string;
                tags: string[];
                termMaxMonths: number;
                termMinMonths: number;
                type: string;
                version: number;
              };
              latestVersion: number;
              listed: {
                amountMax: string;
                amountMin: string;
                category: string;
                clusters: string[];
                collateral: string[];
                contactName: string;
                contactPhone: string;
                /** Format: date-time */
                createdAt: string;
                description: string;
                districts: string[];
                industries: string[];
                materials: string;
                name: string;
                rateMax: string | null;
                rateMin: string | null;
                sizeClasses: string[];
                state: string;
                tags: string[];
                termMaxMonths: number;
                termMinMonths: number;
                type: string;
                version: number;
              } | null;
              listedOn: string | null;
              listedVersion: number | null;
              /** Format: uuid */
              orgId: string;
              regionCode: string;
              version: number;
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
  "/api/v1/financing-products/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A product with its latest and listed versions and its history (its institution and bureau) */
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
              history: {
                action: string;
                actorName: string;
                actorOrgName: string;
                /** Format: date-time */
                at: string;
                businessDate: string;
                fromState: string | null;
                id: number;
                note: string | null;
                toState: string;
                version: number;
              }[];
              /** Format: uuid */
              id: string;
              institutionName: string;
              latest: {
                amountMax: string;
                amountMin: string;
                category: string;
                clusters: string[];
                collateral: string[];
                contactName: string;
                contactPhone: string;
                /** Format: date-time */
                createdAt: string;
                description: string;
                districts: string[];
                industries: string[];
                materials: string;
                name: string;
                rateMax: string | null;
                rateMin: string | null;
                sizeClasses: string[];
                state: string;
                tags: string[];
                termMaxMonths: number;
                termMinMonths: number;
                type: string;
                version: number;
              };
              latestVersion: number;
              listed: {
                amountMax: string;
                amountMin: string;
                category: string;
                clusters: string[];
                collateral: string[];
                contactName: string;
                contactPhone: string;
                /** Format: date-time */
                createdAt: string;
                description: string;
                districts: string[];
                industries: string[];
                materials: string;
                name: string;
                rateMax: string | null;
                rateMin: string | null;
                sizeClasses: string[];
                state: string;
                tags: string[];
                termMaxMonths: number;
                termMinMonths: number;
                type: string;
                version: number;
              } | null;
              listedOn: string | null;
              listedVersion: number | null;
              /** Format: uuid */
              orgId: string;
              regionCode: string;
              version: number;
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
    /** Edit a draft or returned version; editing a listed product starts a new version */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            amountMax: string;
            amountMin: string;
            /** @enum {string} */
            category: "CREDIT" | "SUPPLY_CHAIN" | "INSURANCE" | "LEASING" | "BOND" | "EQUITY" | "GUARANTEE";
            clusters: (
              | "NEV"
              | "ELECTRONICS"
              | "ADVANCED_MATERIALS"
              | "SMART_EQUIPMENT"
              | "FOOD"
              | "SOFTWARE"
              | "NEW_DISPLAY"
              | "MOTORCYCLE"
              | "LIGHT_ALLOYS"
              | "TEXTILES"
              | "BIOMEDICINE"
              | "NEW_ENERGY_STORAGE"
              | "SEMICONDUCTORS"
              | "AI_ROBOTICS"
              | "SERVICE_ROBOTS"
              | "SMART_MANUFACTURING_EQUIPMENT"
              | "POWER_EQUIPMENT"
              | "AGRICULTURAL_MACHINERY"
              | "SENSORS"
              | "SMART_HOME"
              | "FIBRE_COMPOSITES"
              | "SYNTHETIC_MATERIALS"
              | "MODERN_TCM"
              | "MEDICAL_DEVICES"
              | "GREEN_ENVIRONMENTAL"
              | "SATELLITE_INTERNET"
              | "BIOMANUFACTURING"
              | "LIFE_SCIENCES"
              | "METAVERSE"
              | "FRONTIER_MATERIALS"
            )[];
            collateral: (
              | "NONE"
              | "GUARANTEE"
              | "REAL_ESTATE"
              | "EQUIPMENT"
              | "RECEIVABLES"
              | "INVENTORY"
              | "ORDERS"
              | "INTELLECTUAL_PROPERTY"
              | "EQUITY_PLEDGE"
            )[];
            contactName: string;
            contactPhone: string;
            description: string;
            districts: string[];
            industries: string[];
            materials: string;
            name: string;
            rateMax: string | null;
            rateMin: string | null;
            sizeClasses: ("LARGE" | "MEDIUM" | "SMALL" | "MICRO")[];
            tags: (
              | "SRDI_CITY"
              | "SRDI_PROVINCE"
              | "LITTLE_GIANT"
              | "SINGLE_CHAMPION"
              | "CHAIN_LEADER"
              | "DOUBLE_HUNDRED"
              | "GAZELLE"
              | "UNICORN"
              | "HIGH_TECH"
              | "TECH_SME"
              | "LISTING_CULTIVATION"
              | "CITY_AUTO_KEY"
              | "CLUSTER_33618"
            )[];
            termMaxMonths: number;
            termMinMonths: number;
            /** @enum {string} */
            type:
              | "COMMERCIAL_VALUE_CREDIT"
              | "KNOWLEDGE_VALUE_CREDIT"
              | "IP_PLEDGE_LOAN"
              | "TECH_RENOVATION_LOAN"
              | "ORDER_LOAN"
              | "SRDI_LOAN"
              | "GAZELLE_LOAN"
              | "UNICORN_LOAN"
              | "CARBON_SINK_LOAN"
              | "EQUIPMENT_ORDER_PLEDGE"
              | "WAREHOUSE_RECEIPT_PLEDGE"
              | "RECEIVABLES_PLEDGE"
              | "BILL_DISCOUNT"
              | "LETTER_OF_CREDIT"
              | "YULIANDAI"
              | "FIRST_SET"
              | "FIRST_BATCH"
              | "FIRST_VERSION"
              | "CREDIT_GUARANTEE_INSURANCE"
              | "LOAN_GUARANTEE_INSURANCE"
              | "TECH_PATENT_INSURANCE"
              | "DIRECT_LEASE"
              | "OPERATING_LEASE"
              | "SALE_AND_LEASEBACK"
              | "ENTRUSTED_LEASE"
              | "SUBLEASE"
              | "BOND_UNDERWRITING"
              | "EQUITY_INVESTMENT"
              | "FINANCING_GUARANTEE";
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              history: {
                action: string;
                actorName: string;
                actorOrgName: string;
                /** Format: date-time */
                at: string;
                businessDate: string;
                fromState: string | null;
                id: number;
                note: string | null;
                toState: string;
                version: number;
              }[];
              /** Format: uuid */
              id: string;
              institutionName: string;
              latest: {
                amountMax: string;
                amountMin: string;
                category: string;
                clusters: string[];
                collateral: string[];
                contactName: string;
                contactPhone: string;
                /** Format: date-time */
                createdAt: string;
                description: string;
                districts: string[];
                industries: string[];
                materials: string;
                name: string;
                rateMax: string | null;
                rateMin: string | null;
                sizeClasses: string[];
                state: string;
                tags: string[];
                termMaxMonths: number;
                termMinMonths: number;
                type: string;
                version: number;
              };
              latestVersion: number;
              listed: {
                amountMax: string;
                amountMin: string;
                category: string;
                clusters: string[];
                collateral: string[];
                contactName: string;
                contactPhone: string;
                /** Format: date-time */
                createdAt: string;
                description: string;
                districts: string[];
                industries: string[];
                materials: string;
                name: string;
                rateMax: string | null;
                rateMin: string | null;
                sizeClasses: string[];
                state: string;
                tags: string[];
                termMaxMonths: number;
                termMinMonths: number;
                type: string;
                version: number;
              } | null;
              listedOn: string | null;
              listedVersion: number | null;
              /** Format: uuid */
              orgId: string;
              regionCode: string;
              version: number;
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
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/financing-products/{id}/delist": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Take a listed product off the shelf, saying why (industry bureau) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            reason: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              history: {
                action: string;
                actorName: string;
                actorOrgName: string;
                /** Format: date-time */
                at: string;
                businessDate: string;
                fromState: string | null;
                id: number;
                note: string | null;
                toState: string;
                version: number;
              }[];
              /** Format: uuid */
              id: string;
              institutionName: string;
              latest: {
                amountMax: string;
                amountMin: string;
                category: string;
                clusters: string[];
                collateral: string[];
                contactName: string;
                contactPhone: string;
                /** Format: date-time */
                createdAt: string;
                description: string;
                districts: string[];
                industries: string[];
                materials: string;
                name: string;
                rateMax: string | null;
                rateMin: string | null;
                sizeClasses: string[];
                state: string;
                tags: string[];
                termMaxMonths: number;
                termMinMonths: number;
                type: string;
                version: number;
              };
              latestVersion: number;
              listed: {
                amountMax: string;
                amountMin: string;
                category: string;
                clusters: string[];
                collateral: string[];
                contactName: string;
                contactPhone: string;
                /** Format: date-time */
                createdAt: string;
                description: string;
                districts: string[];
                industries: string[];
                materials: string;
                name: string;
                rateMax: string | null;
                rateMin: string | null;
                sizeClasses: string[];
                state: string;
                tags: string[];
                termMaxMonths: number;
                termMinMonths: number;
                type: string;
                version: number;
              } | null;
              listedOn: string | null;
              listedVersion: number | null;
              /** Format: uuid */
              orgId: string;
              regionCode: string;
              version: number;
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
  "/api/v1/financing-products/{id}/enterprises": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The registry's enterprises a listed product fits, best first (its institution and bureau) */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
        };
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
              items: {
                criteria: {
                  /** @enum {string} */
                  criterion: "tags" | "cluster" | "sizeClass" | "industry" | "rate" | "outcomes";
                  /** @enum {string} */
                  outcome: "met" | "missed" | "neutral" | "scored";
                  points: string;
                  reason: {
                    en: string;
                    zh: string;
                  };
                  weight: number;
                }[];
                enterprise: {
                  cluster: string | null;
                  districtCode: string;
                  /** Format: uuid */
                  id: string;
                  industryCode: string;
                  name: string;
                  sizeClass: string;
                };
                filters: {
                  /** @enum {string} */
                  filter: "kind" | "amount" | "term" | "collateral" | "region" | "required-tags";
                  passed: boolean;
                  reason: {
                    en: string;
                    zh: string;
                  };
                }[];
                score: string;
              }[];
              page: number;
              pageSize: number;
              product: {
                amountMax: string;
                amountMin: string;
                /** @enum {string} */
                category:
                  | "CREDIT"
                  | "SUPPLY_CHAIN"
                  | "INSURANCE"
                  | "LEASING"
                  | "BOND"
                  | "EQUITY"
                  | "GUARANTEE";
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                institutionId: string;
                institutionName: string;
                name: string;
                rateMax: string | null;
                rateMin: string | null;
                termMaxMonths: number;
                termMinMonths: number;
                /** @enum {string} */
                type:
                  | "COMMERCIAL_VALUE_CREDIT"
                  | "KNOWLEDGE_VALUE_CREDIT"
                  | "IP_PLEDGE_LOAN"
                  | "TECH_RENOVATION_LOAN"
                  | "ORDER_LOAN"
                  | "SRDI_LOAN"
                  | "GAZELLE_LOAN"
                  | "UNICORN_LOAN"
                  | "CARBON_SINK_LOAN"
                  | "EQUIPMENT_ORDER_PLEDGE"
                  | "WAREHOUSE_RECEIPT_PLEDGE"
                  | "RECEIVABLES_PLEDGE"
                  | "BILL_DISCOUNT"
                  | "LETTER_OF_CREDIT"
                  | "YULIANDAI"
                  | "FIRST_SET"
                  | "FIRST_BATCH"
                  | "FIRST_VERSION"
                  | "CREDIT_GUARANTEE_INSURANCE"
                  | "LOAN_GUARANTEE_INSURANCE"
                  | "TECH_PATENT_INSURANCE"
                  | "DIRECT_LEASE"
                  | "OPERATING_LEASE"
                  | "SALE_AND_LEASEBACK"
                  | "ENTRUSTED_LEASE"
                  | "SUBLEASE"
                  | "BOND_UNDERWRITING"
                  | "EQUITY_INVESTMENT"
                  | "FINANCING_GUARANTEE";
              };
              total: number;
              weights: {
                cluster: number;
                industry: number;
                outcomes: number;
                rate: number;
                sizeClass: number;
                tags: number;
              };
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
  "/api/v1/financing-products/{id}/enterprises/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The enterprises a listed product fits, with reasons, as an Excel workbook */
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
  "/api/v1/financing-products/{id}/review": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** List the version under review with an opinion, or return it with a reason (industry bureau) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            decision: "list" | "return";
            opinion: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              history: {
                action: string;
                actorName: string;
                actorOrgName: string;
                /** Format: date-time */
                at: string;
                businessDate: string;
                fromState: string | null;
                id: number;
                note: string | null;
                toState: string;
                version: number;
              }[];
              /** Format: uuid */
              id: string;
              institutionName: string;
              latest: {
                amountMax: string;
                amountMin: string;
                category: string;
                clusters: string[];
                collateral: string[];
                contactName: string;
                contactPhone: string;
                /** Format: date-time */
                createdAt: string;
                description: string;
                districts: string[];
                industries: string[];
                materials: string;
                name: string;
                rateMax: string | null;
                rateMin: string | null;
                sizeClasses: string[];
                state: string;
                tags: string[];
                termMaxMonths: number;
                termMinMonths: number;
                type: string;
                version: number;
              };
              latestVersion: number;
              listed: {
                amountMax: string;
                amountMin: string;
                category: string;
                clusters: string[];
                collateral: string[];
                contactName: string;
                contactPhone: string;
                /** Format: date-time */
                createdAt: string;
                description: string;
                districts: string[];
                industries: string[];
                materials: string;
                name: string;
                rateMax: string | null;
                rateMin: string | null;
                sizeClasses: string[];
                state: string;
                tags: string[];
                termMaxMonths: number;
                termMinMonths: number;
                type: string;
                version: number;
              } | null;
              listedOn: string | null;
              listedVersion: number | null;
              /** Format: uuid */
              orgId: string;
              regionCode: string;
              version: number;
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
  "/api/v1/financing-products/{id}/submit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit the latest version for the bureau's 上架审核 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              history: {
                action: string;
                actorName: string;
                actorOrgName: string;
                /** Format: date-time */
                at: string;
                businessDate: string;
                fromState: string | null;
                id: number;
                note: string | null;
                toState: string;
                version: number;
              }[];
              /** Format: uuid */
              id: string;
              institutionName: string;
              latest: {
                amountMax: string;
                amountMin: string;
                category: string;
                clusters: string[];
                collateral: string[];
                contactName: string;
                contactPhone: string;
                /** Format: date-time */
                createdAt: string;
                description: string;
                districts: string[];
                industries: string[];
                materials: string;
                name: string;
                rateMax: string | null;
                rateMin: string | null;
                sizeClasses: string[];
                state: string;
                tags: string[];
                termMaxMonths: number;
                termMinMonths: number;
                type: string;
                version: number;
              };
              latestVersion: number;
              listed: {
                amountMax: string;
                amountMin: string;
                category: string;
                clusters: string[];
                collateral: string[];
                contactName: string;
                contactPhone: string;
                /** Format: date-time */
                createdAt: string;
                description: string;
                districts: string[];
                industries: string[];
                materials: string;
                name: string;
                rateMax: string | null;
                rateMin: string | null;
                sizeClasses: string[];
                state: string;
                tags: string[];
                termMaxMonths: number;
                termMinMonths: number;
                type: string;
                version: number;
              } | null;
              listedOn: string | null;
              listedVersion: number | null;
              /** Format: uuid */
              orgId: string;
              regionCode: string;
              version: number;
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
  "/api/v1/financing-products/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's product pool (an institution's own, a bureau's region) as an Excel workbook */
    get: {
      parameters: {
        query?: {
          state?: "DRAFT" | "PENDING_REVIEW" | "RETURNED" | "LISTED" | "DELISTED";
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
  "/api/v1/fund-payments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Payments out of the funds the caller may see; waiting=true gives the caller's worklist */
    get: {
      parameters: {
        query?: {
          kind?: "INTEREST_SUBSIDY" | "FEE_SUBSIDY" | "RISK_COMPENSATION" | "INCENTIVE_REWARD";
          page?: number;
          pageSize?: number;
          status?:
            | "DRAFT"
            | "IN_REVIEW"
            | "AWAITING_APPROVAL"
            | "APPROVED"
            | "PAYING"
            | "PAID"
            | "RETURNED"
            | "CANCELLED";
          waiting?: "true" | "false";
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
              items: {
                /** Format: date-time */
                createdAt: string;
                /** Format: uuid */
                createdBy: string;
                createdOn: string;
                executedBy: string | null;
                /** @enum {string} */
                financeReview: "NOT_STARTED" | "PENDING" | "APPROVED" | "REJECTED";
                financeReviewVersion: number;
                /** Format: uuid */
                fundId: string;
                fundName: string;
                /** Format: date-time */
                heldSince: string;
                holders: (
                  | "ENTERPRISE"
                  | "INDUSTRY_BUREAU"
                  | "FINANCE_BUREAU"
                  | "CITY_GOVERNMENT"
                  | "BANK"
                  | "GUARANTOR"
                  | "REGUARANTOR"
                  | "FINANCIAL_INSTITUTION"
                  | "PROVINCE"
                  | "MINISTRY"
                  | "CITY_APPLICANT"
                  | "SECURITIES_REGULATOR"
                  | "PLATFORM_ADMIN"
                )[];
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                industryReview: "NOT_STARTED" | "PENDING" | "APPROVED" | "REJECTED";
                industryReviewVersion: number;
                /** @enum {string} */
                kind: "INTEREST_SUBSIDY" | "FEE_SUBSIDY" | "RISK_COMPENSATION" | "INCENTIVE_REWARD";
                lineCount: number;
                paidAt: string | null;
                paidOn: string | null;
                /** @enum {string} */
                status:
                  | "DRAFT"
                  | "IN_REVIEW"
                  | "AWAITING_APPROVAL"
                  | "APPROVED"
                  | "PAYING"
                  | "PAID"
                  | "RETURNED"
                  | "CANCELLED";
                title: string;
                total: string;
                version: number;
                year: number | null;
              }[];
              page: number;
              pageSize: number;
              total: number;
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
  "/api/v1/fund-payments/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A payment with its lines and their working, its history and the caller's next actions */
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
              availableActions: (
                | "submit"
                | "finance-approve"
                | "finance-reject"
                | "industry-approve"
                | "industry-reject"
                | "city-approve"
                | "city-reject"
                | "cancel"
                | "execute"
              )[];
              /** Format: date-time */
              createdAt: string;
              /** Format: uuid */
              createdBy: string;
              createdOn: string;
              executedBy: string | null;
              /** @enum {string} */
              financeReview: "NOT_STARTED" | "PENDING" | "APPROVED" | "REJECTED";
              financeReviewVersion: number;
              fund: {
                code: string;
                /** Format: uuid */
                id: string;
                name: string;
              };
              /** Format: uuid */
              fundId: string;
              /** Format: date-time */
              heldSince: string;
              history: {
                /** @enum {string} */
                action:
                  | "create"
                  | "submit"
                  | "finance-approve"
                  | "finance-reject"
                  | "industry-approve"
                  | "industry-reject"
                  | "city-approve"
                  | "city-reject"
                  | "cancel"
                  | "execute"
                  | "paid"
                  | "refused";
                actorName: string;
                /** Format: uuid */
                actorOrgId: string;
                actorOrgName: string;
                /** @enum {string} */
                actorOrgType:
                  | "ENTERPRISE"
                  | "INDUSTRY_BUREAU"
                  | "FINANCE_BUREAU"
                  | "CITY_GOVERNMENT"
                  | "BANK"
                  | "GUARANTOR"
                  | "REGUARANTOR"
                  | "FINANCIAL_INSTITUTION"
                  | "PROVINCE"
                  | "MINISTRY"
                  | "CITY_APPLICANT"
                  | "SECURITIES_REGULATOR"
                  | "PLATFORM_ADMIN";
                /** Format: uuid */
                actorUserId: string;
                /** Format: date-time */
                at: string;
                businessDate: string;
                /** @enum {string} */
                fromStatus:
                  | "DRAFT"
                  | "IN_REVIEW"
                  | "AWAITING_APPROVAL"
                  | "APPROVED"
                  | "PAYING"
                  | "PAID"
                  | "RETURNED"
                  | "CANCELLED";
                id: number;
                opinion: string | null;
                reason: string | null;
                /** @enum {string} */
                toStatus:
                  | "DRAFT"
                  | "IN_REVIEW"
                  | "AWAITING_APPROVAL"
                  | "APPROVED"
                  | "PAYING"
                  | "PAID"
                  | "RETURNED"
                  | "CANCELLED";
              }[];
              holders: (
                | "ENTERPRISE"
                | "INDUSTRY_BUREAU"
                | "FINANCE_BUREAU"
                | "CITY_GOVERNMENT"
                | "BANK"
                | "GUARANTOR"
                | "REGUARANTOR"
                | "FINANCIAL_INSTITUTION"
                | "PROVINCE"
                | "MINISTRY"
                | "CITY_APPLICANT"
                | "SECURITIES_REGULATOR"
                | "PLATFORM_ADMIN"
              )[];
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              industryReview: "NOT_STARTED" | "PENDING" | "APPROVED" | "REJECTED";
              industryReviewVersion: number;
              /** @enum {string} */
              kind: "INTEREST_SUBSIDY" | "FEE_SUBSIDY" | "RISK_COMPENSATION" | "INCENTIVE_REWARD";
              lineCount: number;
              lines: {
                amount: string;
                applicationId: string | null;
                beneficiaryEnterpriseId: string | null;
                beneficiaryName: string;
                beneficiaryOrgId: string | null;
                /** Format: uuid */
                id: string;
                lineNo: number;
                live: boolean;
                paidAt: string | null;
                paidOn: string | null;
                payeeAccount: {
                  bank: string | null;
                  name: string | null;
                  number: string;
                } | null;
                /** Format: uuid */
                paymentId: string;
                source: {
                  claimId: string | null;
                  defaultCaseId: string | null;
                  vouchers: {
                    filename: string;
                    /** Format: uuid */
                    id: string;
                    kind: string;
                  }[];
                };
                subject: string;
                transferReference: string | null;
                working: unknown;
              }[];
              paidAt: string | null;
              paidLineCount: number;
              paidOn: string | null;
              /** @enum {string} */
              status:
                | "DRAFT"
                | "IN_REVIEW"
                | "AWAITING_APPROVAL"
                | "APPROVED"
                | "PAYING"
                | "PAID"
                | "RETURNED"
                | "CANCELLED";
              title: string;
              total: string;
              version: number;
              year: number | null;
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
  "/api/v1/fund-payments/{id}/actions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A step of the review chain (guarantor → finance and industry bureaus → city government → guarantor pays) at the `version` read (409 if what it decides on changed since: for a bureau's review, that review or the status); execute needs an idempotencyKey, and a retry with the same key is the same run */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Idempotency-Key (IETF httpapi draft): a retry with the same key and content returns the first response; the same key with other content is 409 */
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            action:
              | "submit"
              | "finance-approve"
              | "finance-reject"
              | "industry-approve"
              | "industry-reject"
              | "city-approve"
              | "city-reject"
              | "cancel"
              | "execute";
            idempotencyKey?: string;
            opinion?: string;
            reason?: string;
            transfers?: {
              /** Format: uuid */
              lineId: string;
              transferReference: string;
            }[];
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              availableActions: (
                | "submit"
                | "finance-approve"
                | "finance-reject"
                | "industry-approve"
                | "industry-reject"
                | "city-approve"
                | "city-reject"
                | "cancel"
                | "execute"
              )[];
              /** Format: date-time */
              createdAt: string;
              /** Format: uuid */
              createdBy: string;
              createdOn: string;
              executedBy: string | null;
              /** @enum {string} */
              financeReview: "NOT_STARTED" | "PENDING" | "APPROVED" | "REJECTED";
              financeReviewVersion: number;
              fund: {
                code: string;
                /** Format: uuid */
                id: string;
                name: string;
              };
              /** Format: uuid */
              fundId: string;
              /** Format: date-time */
              heldSince: string;
              history: {
                /** @enum {string} */
                action:
                  | "create"
                  | "submit"
                  | "finance-approve"
                  | "finance-reject"
                  | "industry-approve"
                  | "industry-reject"
                  | "city-approve"
                  | "city-reject"
                  | "cancel"
                  | "execute"
                  | "paid"
                  | "refused";
                actorName: string;
                /** Format: uuid */
                actorOrgId: string;
                actorOrgName: string;
                /** @enum {string} */
                actorOrgType:
                  | "ENTERPRISE"
                  | "INDUSTRY_BUREAU"
                  | "FINANCE_BUREAU"
                  | "CITY_GOVERNMENT"
                  | "BANK"
                  | "GUARANTOR"
                  | "REGUARANTOR"
                  | "FINANCIAL_INSTITUTION"
                  | "PROVINCE"
                  | "MINISTRY"
                  | "CITY_APPLICANT"
                  | "SECURITIES_REGULATOR"
                  | "PLATFORM_ADMIN";
                /** Format: uuid */
                actorUserId: string;
                /** Format: date-time */
                at: string;
                businessDate: string;
                /** @enum {string} */
                fromStatus:
                  | "DRAFT"
                  | "IN_REVIEW"
                  | "AWAITING_APPROVAL"
                  | "APPROVED"
                  | "PAYING"
                  | "PAID"
                  | "RETURNED"
                  | "CANCELLED";
                id: number;
                opinion: string | null;
                reason: string | null;
                /** @enum {string} */
                toStatus:
                  | "DRAFT"
                  | "IN_REVIEW"
                  | "AWAITING_APPROVAL"
                  | "APPROVED"
                  | "PAYING"
                  | "PAID"
                  | "RETURNED"
                  | "CANCELLED";
              }[];
              holders: (
                | "ENTERPRISE"
                | "INDUSTRY_BUREAU"
                | "FINANCE_BUREAU"
                | "CITY_GOVERNMENT"
                | "BANK"
                | "GUARANTOR"
                | "REGUARANTOR"
                | "FINANCIAL_INSTITUTION"
                | "PROVINCE"
                | "MINISTRY"
                | "CITY_APPLICANT"
                | "SECURITIES_REGULATOR"
                | "PLATFORM_ADMIN"
              )[];
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              industryReview: "NOT_STARTED" | "PENDING" | "APPROVED" | "REJECTED";
              industryReviewVersion: number;
              /** @enum {string} */
              kind: "INTEREST_SUBSIDY" | "FEE_SUBSIDY" | "RISK_COMPENSATION" | "INCENTIVE_REWARD";
              lineCount: number;
              lines: {
                amount: string;
                applicationId: string | null;
                beneficiaryEnterpriseId: string | null;
                beneficiaryName: string;
                beneficiaryOrgId: string | null;
                /** Format: uuid */
                id: string;
                lineNo: number;
                live: boolean;
                paidAt: string | null;
                paidOn: string | null;
                payeeAccount: {
                  bank: string | null;
                  name: string | null;
                  number: string;
                } | null;
                /** Format: uuid */
                paymentId: string;
                source: {
                  claimId: string | null;
                  defaultCaseId: string | null;
                  vouchers: {
                    filename: string;
                    /** Format: uuid */
                    id: string;
                    kind: string;
                  }[];
                };
                subject: string;
                transferReference: string | null;
                working: unknown;
              }[];
              paidAt: string | null;
              paidLineCount: number;
              paidOn: string | null;
              /** @enum {string} */
              status:
                | "DRAFT"
                | "IN_REVIEW"
                | "AWAITING_APPROVAL"
                | "APPROVED"
                | "PAYING"
                | "PAID"
                | "RETURNED"
                | "CANCELLED";
              title: string;
              total: string;
              version: number;
              year: number | null;
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
  "/api/v1/fund-payments/{id}/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The payment as an Excel workbook: every line with its working, every period on a row */
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
  "/api/v1/fund-payments/{id}/lines": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One page of a payment's lines, each with its working and when it was paid */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
        };
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
              items: {
                amount: string;
                applicationId: string | null;
                beneficiaryEnterpriseId: string | null;
                beneficiaryName: string;
                beneficiaryOrgId: string | null;
                /** Format: uuid */
                id: string;
                lineNo: number;
                live: boolean;
                paidAt: string | null;
                paidOn: string | null;
                payeeAccount: {
                  bank: string | null;
                  name: string | null;
                  number: string;
                } | null;
                /** Format: uuid */
                paymentId: string;
                source: {
                  claimId: string | null;
                  defaultCaseId: string | null;
                  vouchers: {
                    filename: string;
                    /** Format: uuid */
                    id: string;
                    kind: string;
                  }[];
                };
                subject: string;
                transferReference: string | null;
                working: unknown;
              }[];
              page: number;
              pageSize: number;
              total: number;
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
  "/api/v1/funds": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Special funds the caller may see, with their cash balance */
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
              cashBalance: string;
              code: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              managerOrgId: string;
              name: string;
              programmeCodes: string[];
              regionCode: string;
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
  "/api/v1/funds/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A fund with every account's totals and balance */
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
              accounts: {
                balance: string;
                beneficiaryEnterpriseId: string | null;
                beneficiaryOrgId: string | null;
                credits: string;
                debits: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind:
                  | "FUND_CASH"
                  | "APPROPRIATIONS"
                  | "INTEREST_SUBSIDY_EXPENSE"
                  | "FEE_SUBSIDY_EXPENSE"
                  | "RISK_COMPENSATION_EXPENSE"
                  | "INCENTIVE_EXPENSE"
                  | "RECOVERIES"
                  | "PAYABLE"
                  | "BRIDGE_RECEIVABLE"
                  | "BRIDGE_FEE_INCOME";
                kindLabel: string;
                name: string;
              }[];
              code: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              managerOrgId: string;
              name: string;
              programmeCodes: string[];
              regionCode: string;
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
  "/api/v1/funds/{id}/appropriations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record an appropriation into the fund (finance bureau); idempotent by key */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Idempotency-Key (IETF httpapi draft): a retry with the same key and content returns the first response; the same key with other content is 409 */
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            amount: string;
            /** Format: date */
            date: string;
            idempotencyKey: string;
            memo: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              fund: {
                accounts: {
                  balance: string;
                  beneficiaryEnterpriseId: string | null;
                  beneficiaryOrgId: string | null;
                  credits: string;
                  debits: string;
                  /** Format: uuid */
                  id: string;
                  /** @enum {string} */
                  kind:
                    | "FUND_CASH"
                    | "APPROPRIATIONS"
                    | "INTEREST_SUBSIDY_EXPENSE"
                    | "FEE_SUBSIDY_EXPENSE"
                    | "RISK_COMPENSATION_EXPENSE"
                    | "INCENTIVE_EXPENSE"
                    | "RECOVERIES"
                    | "PAYABLE"
                    | "BRIDGE_RECEIVABLE"
                    | "BRIDGE_FEE_INCOME";
                  kindLabel: string;
                  name: string;
                }[];
                code: string;
                /** Format: date-time */
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                managerOrgId: string;
                name: string;
                programmeCodes: string[];
                regionCode: string;
              };
              postingId: number;
              replayed: boolean;
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              fund: {
                accounts: {
                  balance: string;
                  beneficiaryEnterpriseId: string | null;
                  beneficiaryOrgId: string | null;
                  credits: string;
                  debits: string;
                  /** Format: uuid */
                  id: string;
                  /** @enum {string} */
                  kind:
                    | "FUND_CASH"
                    | "APPROPRIATIONS"
                    | "INTEREST_SUBSIDY_EXPENSE"
                    | "FEE_SUBSIDY_EXPENSE"
                    | "RISK_COMPENSATION_EXPENSE"
                    | "INCENTIVE_EXPENSE"
                    | "RECOVERIES"
                    | "PAYABLE"
                    | "BRIDGE_RECEIVABLE"
                    | "BRIDGE_FEE_INCOME";
                  kindLabel: string;
                  name: string;
                }[];
                code: string;
                /** Format: date-time */
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                managerOrgId: string;
                name: string;
                programmeCodes: string[];
                regionCode: string;
              };
              postingId: number;
              replayed: boolean;
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
  "/api/v1/funds/{id}/fee-subsidy": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The guarantor applies for a year's fee subsidy of all its guarantees as one payment (the year must have ended) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Idempotency-Key (IETF httpapi draft): a retry with the same key and content returns the first response; the same key with other content is 409 */
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            year: number;
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
              batch: {
                /** Format: date-time */
                createdAt: string;
                id: string;
                lineCount: number;
                /** @enum {string} */
                status:
                  | "DRAFT"
                  | "IN_REVIEW"
                  | "AWAITING_APPROVAL"
                  | "APPROVED"
                  | "PAYING"
                  | "PAID"
                  | "RETURNED"
                  | "CANCELLED";
                statusLabel: string;
                /** @description 元, two decimals */
                total: string;
              } | null;
              eligibleCount: number;
              fund: {
                code: string;
                id: string;
                name: string;
              };
              lines: {
                /** @description 元, two decimals */
                amount: string;
                applicationId: string;
                bankName: string;
                capped: boolean;
                eligible: boolean;
                enterpriseName: string;
                /** @description 元, two decimals */
                feeCharged: string;
                /** @description 元, two decimals */
                loanAmount: string;
                loanStatus: string;
                programmeCode: string;
                reason: string | null;
                working: {
                  /** @description 元, two decimals */
                  amount: string;
                  cap?: {
                    /** @description 元, two decimals */
                    amount: string;
                    /** @enum {string} */
                    basis: "interest-paid" | "fee-charged";
                  };
                  capped: boolean;
                  /** @enum {string} */
                  dayCount: "ACT/360" | "ACT/365";
                  periods: {
                    /** @description 元, two decimals */
                    amount: string;
                    days: number;
                    /** Format: date */
                    from: string;
                    /** @description 元, two decimals */
                    principal: string;
                    /** Format: date */
                    to: string;
                  }[];
                  rate: string;
                  /** @enum {string} */
                  rounding: "half-up-once-to-fen";
                  /** @description 元, two decimals */
                  uncapped: string;
                  yearlyCap?: {
                    /** @enum {string} */
                    basis: "per-guarantor-year";
                    /** @description 元, two decimals */
                    before: string;
                    /** @description 元, two decimals */
                    limit: string;
                    /** @description 元, two decimals */
                    total: string;
                  };
                } | null;
              }[];
              paymentId: string;
              /** @description 元, two decimals */
              total: string;
              year: number;
              yearEnded: boolean;
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
  "/api/v1/funds/{id}/fee-subsidy/{year}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Preview of a year's guarantee-fee subsidy: every guarantee with its working, capped at the fee charged */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          year: number;
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
              batch: {
                /** Format: date-time */
                createdAt: string;
                id: string;
                lineCount: number;
                /** @enum {string} */
                status:
                  | "DRAFT"
                  | "IN_REVIEW"
                  | "AWAITING_APPROVAL"
                  | "APPROVED"
                  | "PAYING"
                  | "PAID"
                  | "RETURNED"
                  | "CANCELLED";
                statusLabel: string;
                /** @description 元, two decimals */
                total: string;
              } | null;
              eligibleCount: number;
              fund: {
                code: string;
                id: string;
                name: string;
              };
              lines: {
                /** @description 元, two decimals */
                amount: string;
                applicationId: string;
                bankName: string;
                capped: boolean;
                eligible: boolean;
                enterpriseName: string;
                /** @description 元, two decimals */
                feeCharged: string;
                /** @description 元, two decimals */
                loanAmount: string;
                loanStatus: string;
                programmeCode: string;
                reason: string | null;
                working: {
                  /** @description 元, two decimals */
                  amount: string;
                  cap?: {
                    /** @description 元, two decimals */
                    amount: string;
                    /** @enum {string} */
                    basis: "interest-paid" | "fee-charged";
                  };
                  capped: boolean;
                  /** @enum {string} */
                  dayCount: "ACT/360" | "ACT/365";
                  periods: {
                    /** @description 元, two decimals */
                    amount: string;
                    days: number;
                    /** Format: date */
                    from: string;
                    /** @description 元, two decimals */
                    principal: string;
                    /** Format: date */
                    to: string;
                  }[];
                  rate: string;
                  /** @enum {string} */
                  rounding: "half-up-once-to-fen";
                  /** @description 元, two decimals */
                  uncapped: string;
                  yearlyCap?: {
                    /** @enum {string} */
                    basis: "per-guarantor-year";
                    /** @description 元, two decimals */
                    before: string;
                    /** @description 元, two decimals */
                    limit: string;
                    /** @description 元, two decimals */
                    total: string;
                  };
                } | null;
              }[];
              /** @description 元, two decimals */
              total: string;
              year: number;
              yearEnded: boolean;
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
  "/api/v1/funds/{id}/postings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A fund's postings, newest first, optionally of one kind (e.g. its appropriations) */
    get: {
      parameters: {
        query?: {
          kind?:
            | "APPROPRIATION"
            | "PAYMENT_APPROVED"
            | "PAYMENT_PAID"
            | "RECOVERY"
            | "REVERSAL"
            | "BRIDGE_PAID"
            | "BRIDGE_RETURNED";
          page?: number;
          pageSize?: number;
        };
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
              items: {
                cashIn: string;
                cashOut: string;
                decision: {
                  line: {
                    beneficiary: string;
                    /** Format: uuid */
                    id: string;
                    lineNo: number;
                    payeeAccount: {
                      bank: string | null;
                      name: string | null;
                      number: string;
                    } | null;
                    transferReference: string | null;
                  } | null;
                  payment: {
                    /** Format: uuid */
                    id: string;
                    /** @enum {string} */
                    kind: "INTEREST_SUBSIDY" | "FEE_SUBSIDY" | "RISK_COMPENSATION" | "INCENTIVE_REWARD";
                    kindLabel: string;
                    title: string;
                  } | null;
                  recovery: {
                    amount: string;
                    /** Format: uuid */
                    id: string;
                    recoveredOn: string;
                  } | null;
                };
                effectiveOn: string;
                /** @enum {string} */
                kind:
                  | "APPROPRIATION"
                  | "PAYMENT_APPROVED"
                  | "PAYMENT_PAID"
                  | "RECOVERY"
                  | "REVERSAL"
                  | "BRIDGE_PAID"
                  | "BRIDGE_RETURNED";
                kindLabel: string;
                legCount: number;
                legs: {
                  amount: string;
                  credit: string;
                  debit: string;
                }[];
                mayReverse: boolean;
                memo: string;
                movements: {
                  credit: string;
                  debit: string;
                  /** @enum {string} */
                  kind:
                    | "FUND_CASH"
                    | "APPROPRIATIONS"
                    | "INTEREST_SUBSIDY_EXPENSE"
                    | "FEE_SUBSIDY_EXPENSE"
                    | "RISK_COMPENSATION_EXPENSE"
                    | "INCENTIVE_EXPENSE"
                    | "RECOVERIES"
                    | "PAYABLE"
                    | "BRIDGE_RECEIVABLE"
                    | "BRIDGE_FEE_INCOME";
                  kindLabel: string;
                }[];
                postingId: number;
                /** Format: date-time */
                recordedAt: string;
                recordedBy: {
                  name: string;
                  orgName: string;
                };
                reversedBy: number | null;
                reverses: number | null;
              }[];
              page: number;
              pageSize: number;
              total: number;
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
  "/api/v1/funds/{id}/postings/{postingId}/reversal": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Correct a manual posting by reversing it (the original stays); idempotent by key */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Idempotency-Key (IETF httpapi draft): a retry with the same key and content returns the first response; the same key with other content is 409 */
          "idempotency-key"?: string;
        };
        path: {
          id: string;
          postingId: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: date */
            date: string;
            idempotencyKey: string;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              fund: {
                accounts: {
                  balance: string;
                  beneficiaryEnterpriseId: string | null;
                  beneficiaryOrgId: string | null;
                  credits: string;
                  debits: string;
                  /** Format: uuid */
                  id: string;
                  /** @enum {string} */
                  kind:
                    | "FUND_CASH"
                    | "APPROPRIATIONS"
                    | "INTEREST_SUBSIDY_EXPENSE"
                    | "FEE_SUBSIDY_EXPENSE"
                    | "RISK_COMPENSATION_EXPENSE"
                    | "INCENTIVE_EXPENSE"
                    | "RECOVERIES"
                    | "PAYABLE"
                    | "BRIDGE_RECEIVABLE"
                    | "BRIDGE_FEE_INCOME";
                  kindLabel: string;
                  name: string;
                }[];
                code: string;
                /** Format: date-time */
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                managerOrgId: string;
                name: string;
                programmeCodes: string[];
                regionCode: string;
              };
              postingId: number;
              replayed: boolean;
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              fund: {
                accounts: {
                  balance: string;
                  beneficiaryEnterpriseId: string | null;
                  beneficiaryOrgId: string | null;
                  credits: string;
                  debits: string;
                  /** Format: uuid */
                  id: string;
                  /** @enum {string} */
                  kind:
                    | "FUND_CASH"
                    | "APPROPRIATIONS"
                    | "INTEREST_SUBSIDY_EXPENSE"
                    | "FEE_SUBSIDY_EXPENSE"
                    | "RISK_COMPENSATION_EXPENSE"
                    | "INCENTIVE_EXPENSE"
                    | "RECOVERIES"
                    | "PAYABLE"
                    | "BRIDGE_RECEIVABLE"
                    | "BRIDGE_FEE_INCOME";
                  kindLabel: string;
                  name: string;
                }[];
                code: string;
                /** Format: date-time */
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                managerOrgId: string;
                name: string;
                programmeCodes: string[];
                regionCode: string;
              };
              postingId: number;
              replayed: boolean;
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
  "/api/v1/funds/{id}/statement": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The fund's statement for a period: opening and closing cash, every posting with its decision and running cash balance (paged), totals per account kind, and whether the books reconcile */
    get: {
      parameters: {
        query: {
          from: string;
          page?: number;
          pageSize?: number;
          to: string;
        };
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
              closingCash: string;
              entries: {
                items: {
                  cashBalance: string;
                  cashIn: string;
                  cashOut: string;
                  decision: {
                    line: {
                      beneficiary: string;
                      /** Format: uuid */
                      id: string;
                      lineNo: number;
                      payeeAccount: {
                        bank: string | null;
                        name: string | null;
                        number: string;
                      } | null;
                      transferReference: string | null;
                    } | null;
                    payment: {
                      /** Format: uuid */
                      id: string;
                      /** @enum {string} */
                      kind: "INTEREST_SUBSIDY" | "FEE_SUBSIDY" | "RISK_COMPENSATION" | "INCENTIVE_REWARD";
                      kindLabel: string;
                      title: string;
                    } | null;
                    recovery: {
                      amount: string;
                      /** Format: uuid */
                      id: string;
                      recoveredOn: string;
                    } | null;
                  };
                  effectiveOn: string;
                  /** @enum {string} */
                  kind:
                    | "APPROPRIATION"
                    | "PAYMENT_APPROVED"
                    | "PAYMENT_PAID"
                    | "RECOVERY"
                    | "REVERSAL"
                    | "BRIDGE_PAID"
                    | "BRIDGE_RETURNED";
                  kindLabel: string;
                  legCount: number;
                  legs: {
                    amount: string;
                    credit: string;
                    debit: string;
                  }[];
                  memo: string;
                  movements: {
                    credit: string;
                    debit: string;
                    /** @enum {string} */
                    kind:
                      | "FUND_CASH"
                      | "APPROPRIATIONS"
                      | "INTEREST_SUBSIDY_EXPENSE"
                      | "FEE_SUBSIDY_EXPENSE"
                      | "RISK_COMPENSATION_EXPENSE"
                      | "INCENTIVE_EXPENSE"
                      | "RECOVERIES"
                      | "PAYABLE"
                      | "BRIDGE_RECEIVABLE"
                      | "BRIDGE_FEE_INCOME";
                    kindLabel: string;
                  }[];
                  postingId: number;
                  /** Format: date-time */
                  recordedAt: string;
                  recordedBy: {
                    name: string;
                    orgName: string;
                  };
                  reversedBy: number | null;
                  reverses: number | null;
                }[];
                page: number;
                pageSize: number;
                total: number;
              };
              from: string;
              fund: {
                code: string;
                /** Format: uuid */
                id: string;
                name: string;
              };
              openingCash: string;
              reconciliation: {
                accountsMatchTransfers: boolean;
                debitsEqualCredits: boolean;
                mismatches: {
                  /** Format: uuid */
                  accountId: string;
                  /** @enum {string} */
                  kind:
                    | "FUND_CASH"
                    | "APPROPRIATIONS"
                    | "INTEREST_SUBSIDY_EXPENSE"
                    | "FEE_SUBSIDY_EXPENSE"
                    | "RISK_COMPENSATION_EXPENSE"
                    | "INCENTIVE_EXPENSE"
                    | "RECOVERIES"
                    | "PAYABLE"
                    | "BRIDGE_RECEIVABLE"
                    | "BRIDGE_FEE_INCOME";
                  name: string;
                  recordedCredits: string;
                  recordedDebits: string;
                  transferCredits: string;
                  transferDebits: string;
                }[];
                reconciled: boolean;
                totalCredits: string;
                totalDebits: string;
                transferred: string;
              };
              to: string;
              totals: {
                accountCount: number;
                closing: string;
                credits: string;
                debits: string;
                /** @enum {string} */
                kind:
                  | "FUND_CASH"
                  | "APPROPRIATIONS"
                  | "INTEREST_SUBSIDY_EXPENSE"
                  | "FEE_SUBSIDY_EXPENSE"
                  | "RISK_COMPENSATION_EXPENSE"
                  | "INCENTIVE_EXPENSE"
                  | "RECOVERIES"
                  | "PAYABLE"
                  | "BRIDGE_RECEIVABLE"
                  | "BRIDGE_FEE_INCOME";
                kindLabel: string;
                opening: string;
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
  "/api/v1/funds/{id}/statement/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The same statement as an Excel workbook (every entry, totals, reconciliation) */
    get: {
      parameters: {
        query: {
          from: string;
          to: string;
        };
        header?: never;
        path: {
          id: string;
        };
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
  "/api/v1/guarantors": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Directory of guarantee companies on the platform */
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
              id: string;
              name: string;
              regionCode: string;
              /** @description One of ENTERPRISE, INDUSTRY_BUREAU, FINANCE_BUREAU, CITY_GOVERNMENT, BANK, GUARANTOR, REGUARANTOR, FINANCIAL_INSTITUTION, PROVINCE, MINISTRY, CITY_APPLICANT, SECURITIES_REGULATOR, PLATFORM_ADMIN */
              type: string;
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
  "/api/v1/incentive-applications": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Applications the caller may see: its own, or its region's, each with its payment's status */
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
              amount: string;
              applicantName: string;
              /** Format: uuid */
              applicantOrgId: string;
              base: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: uuid */
              enterpriseId: string;
              enterpriseName: string;
              /** @enum {string} */
              financeReview: "NOT_STARTED" | "PENDING" | "APPROVED" | "REJECTED";
              fundName: string;
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              industryReview: "NOT_STARTED" | "PENDING" | "APPROVED" | "REJECTED";
              paidOn: string | null;
              /** Format: uuid */
              paymentId: string;
              policyCode: string;
              /** Format: uuid */
              policyId: string;
              policyName: string;
              policyVersion: number;
              regionCode: string;
              stage: ("IPO_AGREEMENT" | "TUTORING_FILED" | "IPO_ACCEPTED" | "LISTED") | null;
              /** @enum {string} */
              status:
                | "DRAFT"
                | "IN_REVIEW"
                | "AWAITING_APPROVAL"
                | "APPROVED"
                | "PAYING"
                | "PAID"
                | "RETURNED"
                | "CANCELLED";
              statusLabel: string;
              /** Format: uuid */
              submittedBy: string;
              submittedOn: string;
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
    /** Apply for a reward: recomputed under a lock, refused (409, each failed rule) when ineligible or nothing is left after the caps, else a payment in both bureaus' review */
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
            base?: string;
            /** Format: uuid */
            enterpriseId?: string;
            evidence: string[];
            /** Format: uuid */
            policyId: string;
            /** @enum {string} */
            stage?: "IPO_AGREEMENT" | "TUTORING_FILED" | "IPO_ACCEPTED" | "LISTED";
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
              amount: string;
              applicantName: string;
              /** Format: uuid */
              applicantOrgId: string;
              base: string | null;
              /** Format: date-time */
              createdAt: string;
              decisions: {
                /** @enum {string} */
                action:
                  | "create"
                  | "submit"
                  | "finance-approve"
                  | "finance-reject"
                  | "industry-approve"
                  | "industry-reject"
                  | "city-approve"
                  | "city-reject"
                  | "cancel"
                  | "execute"
                  | "paid"
                  | "refused";
                actorName: string;
                /** Format: uuid */
                actorOrgId: string;
                actorOrgName: string;
                /** @enum {string} */
                actorOrgType:
                  | "ENTERPRISE"
                  | "INDUSTRY_BUREAU"
                  | "FINANCE_BUREAU"
                  | "CITY_GOVERNMENT"
                  | "BANK"
                  | "GUARANTOR"
                  | "REGUARANTOR"
                  | "FINANCIAL_INSTITUTION"
                  | "PROVINCE"
                  | "MINISTRY"
                  | "CITY_APPLICANT"
                  | "SECURITIES_REGULATOR"
                  | "PLATFORM_ADMIN";
                /** Format: uuid */
                actorUserId: string;
                /** Format: date-time */
                at: string;
                businessDate: string;
                /** @enum {string} */
                fromStatus:
                  | "DRAFT"
                  | "IN_REVIEW"
                  | "AWAITING_APPROVAL"
                  | "APPROVED"
                  | "PAYING"
                  | "PAID"
                  | "RETURNED"
                  | "CANCELLED";
                id: number;
                opinion: string | null;
                reason: string | null;
                /** @enum {string} */
                toStatus:
                  | "DRAFT"
                  | "IN_REVIEW"
                  | "AWAITING_APPROVAL"
                  | "APPROVED"
                  | "PAYING"
                  | "PAID"
                  | "RETURNED"
                  | "CANCELLED";
              }[];
              /** Format: uuid */
              enterpriseId: string;
              enterpriseName: string;
              evidence: {
                code: string;
                filename: string;
                /** Format: uuid */
                id: string;
                size: number;
              }[];
              /** @enum {string} */
              financeReview: "NOT_STARTED" | "PENDING" | "APPROVED" | "REJECTED";
              fundName: string;
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              industryReview: "NOT_STARTED" | "PENDING" | "APPROVED" | "REJECTED";
              paidOn: string | null;
              /** Format: uuid */
              paymentId: string;
              policyCode: string;
              /** Format: uuid */
              policyId: string;
              policyName: string;
              policyVersion: number;
              regionCode: string;
              rules: {
                met: boolean;
                reason: string;
                /** @enum {string} */
                rule: "window" | "region" | "tags" | "cluster" | "evidence" | "not-received" | "stages-new";
              }[];
              stage: ("IPO_AGREEMENT" | "TUTORING_FILED" | "IPO_ACCEPTED" | "LISTED") | null;
              /** @enum {string} */
              status:
                | "DRAFT"
                | "IN_REVIEW"
                | "AWAITING_APPROVAL"
                | "APPROVED"
                | "PAYING"
                | "PAID"
                | "RETURNED"
                | "CANCELLED";
              statusLabel: string;
              /** Format: uuid */
              submittedBy: string;
              submittedOn: string;
              working: {
                amount: string;
                base?: {
                  amount: string;
                  kind: string;
                };
                caps: {
                  applied: boolean;
                  /** @enum {string} */
                  cap: "formula-cap" | "stage-total" | "per-enterprise" | "per-year" | "budget";
                  limit: string;
                  remaining: string;
                  used: string;
                }[];
                /** @enum {string} */
                formula: "FIXED" | "SHARE_OF_BASE" | "STAGED";
                rate?: string;
                /** @enum {string} */
                rounding: "half-up-once-to-fen";
                stages?: {
                  amount: string;
                  label: string;
                  /** @enum {string} */
                  stage: "IPO_AGREEMENT" | "TUTORING_FILED" | "IPO_ACCEPTED" | "LISTED";
                }[];
                uncapped: string;
              };
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
  "/api/v1/incentive-applications/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An application with each rule's reason, the working and the evidence */
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
              amount: string;
              applicantName: string;
              /** Format: uuid */
              applicantOrgId: string;
              base: string | null;
              /** Format: date-time */
              createdAt: string;
              decisions: {
                /** @enum {string} */
                action:
                  | "create"
                  | "submit"
                  | "finance-approve"
                  | "finance-reject"
                  | "industry-approve"
                  | "industry-reject"
                  | "city-approve"
                  | "city-reject"
                  | "cancel"
                  | "execute"
                  | "paid"
                  | "refused";
                actorName: string;
                /** Format: uuid */
                actorOrgId: string;
                actorOrgName: string;
                /** @enum {string} */
                actorOrgType:
                  | "ENTERPRISE"
                  | "INDUSTRY_BUREAU"
                  | "FINANCE_BUREAU"
                  | "CITY_GOVERNMENT"
                  | "BANK"
                  | "GUARANTOR"
                  | "REGUARANTOR"
                  | "FINANCIAL_INSTITUTION"
                  | "PROVINCE"
                  | "MINISTRY"
                  | "CITY_APPLICANT"
                  | "SECURITIES_REGULATOR"
                  | "PLATFORM_ADMIN";
                /** Format: uuid */
                actorUserId: string;
                /** Format: date-time */
                at: string;
                businessDate: string;
                /** @enum {string} */
                fromStatus:
                  | "DRAFT"
                  | "IN_REVIEW"
                  | "AWAITING_APPROVAL"
                  | "APPROVED"
                  | "PAYING"
                  | "PAID"
                  | "RETURNED"
                  | "CANCELLED";
                id: number;
                opinion: string | null;
                reason: string | null;
                /** @enum {string} */
                toStatus:
                  | "DRAFT"
                  | "IN_REVIEW"
                  | "AWAITING_APPROVAL"
                  | "APPROVED"
                  | "PAYING"
                  | "PAID"
                  | "RETURNED"
                  | "CANCELLED";
              }[];
              /** Format: uuid */
              enterpriseId: string;
              enterpriseName: string;
              evidence: {
                code: string;
                filename: string;
                /** Format: uuid */
                id: string;
                size: number;
              }[];
              /** @enum {string} */
              financeReview: "NOT_STARTED" | "PENDING" | "APPROVED" | "REJECTED";
              fundName: string;
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              industryReview: "NOT_STARTED" | "PENDING" | "APPROVED" | "REJECTED";
              paidOn: string | null;
              /** Format: uuid */
              paymentId: string;
              policyCode: string;
              /** Format: uuid */
              policyId: string;
              policyName: string;
              policyVersion: number;
              regionCode: string;
              rules: {
                met: boolean;
                reason: string;
                /** @enum {string} */
                rule: "window" | "region" | "tags" | "cluster" | "evidence" | "not-received" | "stages-new";
              }[];
              stage: ("IPO_AGREEMENT" | "TUTORING_FILED" | "IPO_ACCEPTED" | "LISTED") | null;
              /** @enum {string} */
              status:
                | "DRAFT"
                | "IN_REVIEW"
                | "AWAITING_APPROVAL"
                | "APPROVED"
                | "PAYING"
                | "PAID"
                | "RETURNED"
                | "CANCELLED";
              statusLabel: string;
              /** Format: uuid */
              submittedBy: string;
              submittedOn: string;
              working: {
                amount: string;
                base?: {
                  amount: string;
                  kind: string;
                };
                caps: {
                  applied: boolean;
                  /** @enum {string} */
                  cap: "formula-cap" | "stage-total" | "per-enterprise" | "per-year" | "budget";
                  limit: string;
                  remaining: string;
                  used: string;
                }[];
                /** @enum {string} */
                formula: "FIXED" | "SHARE_OF_BASE" | "STAGED";
                rate?: string;
                /** @enum {string} */
                rounding: "half-up-once-to-fen";
                stages?: {
                  amount: string;
                  label: string;
                  /** @enum {string} */
                  stage: "IPO_AGREEMENT" | "TUTORING_FILED" | "IPO_ACCEPTED" | "LISTED";
                }[];
                uncapped: string;
              };
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
  "/api/v1/incentive-applications/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The applications the caller may see as an Excel workbook */
    get: {
      parameters: {
        query?: never;
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
  "/api/v1/incentive-applications/preview": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Every rule met or missed with its reason, and the working, without saving */
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
            base?: string;
            /** Format: uuid */
            enterpriseId?: string;
            evidence: string[];
            /** Format: uuid */
            policyId: string;
            /** @enum {string} */
            stage?: "IPO_AGREEMENT" | "TUTORING_FILED" | "IPO_ACCEPTED" | "LISTED";
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              amount: string;
              eligible: boolean;
              rules: {
                met: boolean;
                reason: string;
                /** @enum {string} */
                rule: "window" | "region" | "tags" | "cluster" | "evidence" | "not-received" | "stages-new";
              }[];
              working: {
                amount: string;
                base?: {
                  amount: string;
                  kind: string;
                };
                caps: {
                  applied: boolean;
                  /** @enum {string} */
                  cap: "formula-cap" | "stage-total" | "per-enterprise" | "per-year" | "budget";
                  limit: string;
                  remaining: string;
                  used: string;
                }[];
                /** @enum {string} */
                formula: "FIXED" | "SHARE_OF_BASE" | "STAGED";
                rate?: string;
                /** @enum {string} */
                rounding: "half-up-once-to-fen";
                stages?: {
                  amount: string;
                  label: string;
                  /** @enum {string} */
                  stage: "IPO_AGREEMENT" | "TUTORING_FILED" | "IPO_ACCEPTED" | "LISTED";
                }[];
                uncapped: string;
              };
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
  "/api/v1/incentive-evidence": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upload one evidence file before applying (multipart: field `code`, then `file`; pdf, png, jpg, xlsx, docx; ≤ 10 MB) */
    post: {
      parameters: {
        query?: never;
        header?: never;
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
              code: string;
              filename: string;
              /** Format: uuid */
              id: string;
              size: number;
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
  "/api/v1/incentive-evidence/{id}/content": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download an evidence file (its uploader and those who see its application) */
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
        /** @description 附件文件 (the file, as a download) */
        200: {
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
  "/api/v1/incentive-policies": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The live incentive policies of the caller's region (policy makers also see retired ones) */
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
              code: string;
              /** Format: date-time */
              createdAt: string;
              currentVersion: number;
              /** Format: uuid */
              fundId: string;
              fundName: string;
              /** Format: uuid */
              id: string;
              name: string;
              policy: {
                /** @enum {string} */
                applicant: "ENTERPRISE" | "FUND";
                caps: {
                  budget: string | null;
                  perEnterprise: string | null;
                  perEnterprisePerYear: string | null;
                };
                code: string;
                eligibility: {
                  anyOfTags: string[];
                  clusters: string[];
                  window: {
                    /** Format: date */
                    from: string;
                    to: string | null;
                  };
                };
                evidence: {
                  code: string;
                  en: string;
                  zh: string;
                }[];
                formula:
                  | {
                      amount: string;
                      /** @enum {string} */
                      kind: "FIXED";
                    }
                  | {
                      /** @enum {string} */
                      base:
                        | "EQUITY_INVESTMENT"
                        | "NET_REFINANCING"
                        | "MA_TRANSACTION"
                        | "NET_EQUITY_FINANCING";
                      cap: string;
                      /** @enum {string} */
                      kind: "SHARE_OF_BASE";
                      rate: string;
                    }
                  | {
                      /** @enum {string} */
                      kind: "STAGED";
                      stages: {
                        amount: string;
                        /** @enum {string} */
                        stage: "IPO_AGREEMENT" | "TUTORING_FILED" | "IPO_ACCEPTED" | "LISTED";
                      }[];
                      totalCap: string;
                    };
                name: string;
                nameEn: string;
                regionCode: string;
                repeatable: boolean;
              };
              regionCode: string;
              retiredAt: string | null;
              retiredReason: string | null;
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
    /** Copy a preset into a region or district, naming the fund that pays (platform admin, industry bureau) */
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
            from: string;
            /** Format: uuid */
            fundId: string;
            /** @enum {string} */
            preset:
              | "EQUITY_INVESTMENT"
              | "GAZELLE_FINANCING"
              | "UNICORN_FINANCING"
              | "LISTING_STAGES"
              | "NEEQ_LISTING"
              | "CQ_EQUITY_EXCHANGE_LISTING"
              | "REFINANCING"
              | "MERGER_ACQUISITION"
              | "REGIONAL_FIRST_EQUITY";
            regionCode: string;
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
              code: string;
              /** Format: date-time */
              createdAt: string;
              currentVersion: number;
              /** Format: uuid */
              fundId: string;
              fundName: string;
              /** Format: uuid */
              id: string;
              name: string;
              policy: {
                /** @enum {string} */
                applicant: "ENTERPRISE" | "FUND";
                caps: {
                  budget: string | null;
                  perEnterprise: string | null;
                  perEnterprisePerYear: string | null;
                };
                code: string;
                eligibility: {
                  anyOfTags: string[];
                  clusters: string[];
                  window: {
                    /** Format: date */
                    from: string;
                    to: string | null;
                  };
                };
                evidence: {
                  code: string;
                  en: string;
                  zh: string;
                }[];
                formula:
                  | {
                      amount: string;
                      /** @enum {string} */
                      kind: "FIXED";
                    }
                  | {
                      /** @enum {string} */
                      base:
                        | "EQUITY_INVESTMENT"
                        | "NET_REFINANCING"
                        | "MA_TRANSACTION"
                        | "NET_EQUITY_FINANCING";
                      cap: string;
                      /** @enum {string} */
                      kind: "SHARE_OF_BASE";
                      rate: string;
                    }
                  | {
                      /** @enum {string} */
                      kind: "STAGED";
                      stages: {
                        amount: string;
                        /** @enum {string} */
                        stage: "IPO_AGREEMENT" | "TUTORING_FILED" | "IPO_ACCEPTED" | "LISTED";
                      }[];
                      totalCap: string;
                    };
                name: string;
                nameEn: string;
                regionCode: string;
                repeatable: boolean;
              };
              regionCode: string;
              retiredAt: string | null;
              retiredReason: string | null;
              versions: {
                /** Format: date-time */
                createdAt: string;
                createdBy: string | null;
                note: string;
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
  "/api/v1/incentive-policies/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A policy with its current numbers and its versions */
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
              code: string;
              /** Format: date-time */
              createdAt: string;
              currentVersion: number;
              /** Format: uuid */
              fundId: string;
              fundName: string;
              /** Format: uuid */
              id: string;
              name: string;
              policy: {
                /** @enum {string} */
                applicant: "ENTERPRISE" | "FUND";
                caps: {
                  budget: string | null;
                  perEnterprise: string | null;
                  perEnterprisePerYear: string | null;
                };
                code: string;
                eligibility: {
                  anyOfTags: string[];
                  clusters: string[];
                  window: {
                    /** Format: date */
                    from: string;
                    to: string | null;
                  };
                };
                evidence: {
                  code: string;
                  en: string;
                  zh: string;
                }[];
                formula:
                  | {
                      amount: string;
                      /** @enum {string} */
                      kind: "FIXED";
                    }
                  | {
                      /** @enum {string} */
                      base:
                        | "EQUITY_INVESTMENT"
                        | "NET_REFINANCING"
                        | "MA_TRANSACTION"
                        | "NET_EQUITY_FINANCING";
                      cap: string;
                      /** @enum {string} */
                      kind: "SHARE_OF_BASE";
                      rate: string;
                    }
                  | {
                      /** @enum {string} */
                      kind: "STAGED";
                      stages: {
                        amount: string;
                        /** @enum {string} */
                        stage: "IPO_AGREEMENT" | "TUTORING_FILED" | "IPO_ACCEPTED" | "LISTED";
                      }[];
                      totalCap: string;
                    };
                name: string;
                nameEn: string;
                regionCode: string;
                repeatable: boolean;
              };
              regionCode: string;
              retiredAt: string | null;
              retiredReason: string | null;
              versions: {
                /** Format: date-time */
                createdAt: string;
                createdBy: string | null;
                note: string;
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
    /** Save a new version of a policy's numbers; applications made earlier keep theirs */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            expectedVersion: number;
            note: string;
            policy: {
              /** @enum {string} */
              applicant: "ENTERPRISE" | "FUND";
              caps: {
                budget: string | null;
                perEnterprise: string | null;
                perEnterprisePerYear: string | null;
              };
              code: string;
              eligibility: {
                anyOfTags: string[];
                clusters: string[];
                window: {
                  /** Format: date */
                  from: string;
                  to: string | null;
                };
              };
              evidence: {
                code: string;
                en: string;
                zh: string;
              }[];
              formula:
                | {
                    amount: string;
                    /** @enum {string} */
                    kind: "FIXED";
                  }
                | {
                    /** @enum {string} */
                    base: "EQUITY_INVESTMENT" | "NET_REFINANCING" | "MA_TRANSACTION" | "NET_EQUITY_FINANCING";
                    cap: string;
                    /** @enum {string} */
                    kind: "SHARE_OF_BASE";
                    rate: string;
                  }
                | {
                    /** @enum {string} */
                    kind: "STAGED";
                    stages: {
                      amount: string;
                      /** @enum {string} */
                      stage: "IPO_AGREEMENT" | "TUTORING_FILED" | "IPO_ACCEPTED" | "LISTED";
                    }[];
                    totalCap: string;
                  };
              name: string;
              nameEn: string;
              regionCode: string;
              repeatable: boolean;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              code: string;
              /** Format: date-time */
              createdAt: string;
              currentVersion: number;
              /** Format: uuid */
              fundId: string;
              fundName: string;
              /** Format: uuid */
              id: string;
              name: string;
              policy: {
                /** @enum {string} */
                applicant: "ENTERPRISE" | "FUND";
                caps: {
                  budget: string | null;
                  perEnterprise: string | null;
                  perEnterprisePerYear: string | null;
                };
                code: string;
                eligibility: {
                  anyOfTags: string[];
                  clusters: string[];
                  window: {
                    /** Format: date */
                    from: string;
                    to: string | null;
                  };
                };
                evidence: {
                  code: string;
                  en: string;
                  zh: string;
                }[];
                formula:
                  | {
                      amount: string;
                      /** @enum {string} */
                      kind: "FIXED";
                    }
                  | {
                      /** @enum {string} */
                      base:
                        | "EQUITY_INVESTMENT"
                        | "NET_REFINANCING"
                        | "MA_TRANSACTION"
                        | "NET_EQUITY_FINANCING";
                      cap: string;
                      /** @enum {string} */
                      kind: "SHARE_OF_BASE";
                      rate: string;
                    }
                  | {
                      /** @enum {string} */
                      kind: "STAGED";
                      stages: {
                        amount: string;
                        /** @enum {string} */
                        stage: "IPO_AGREEMENT" | "TUTORING_FILED" | "IPO_ACCEPTED" | "LISTED";
                      }[];
                      totalCap: string;
                    };
                name: string;
                nameEn: string;
                regionCode: string;
                repeatable: boolean;
              };
              regionCode: string;
              retiredAt: string | null;
              retiredReason: string | null;
              versions: {
                /** Format: date-time */
                createdAt: string;
                createdBy: string | null;
                note: string;
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
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/incentive-policies/{id}/retirement": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Retire a policy: it takes no new applications */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            expectedVersion: number;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              code: string;
              /** Format: date-time */
              createdAt: string;
              currentVersion: number;
              /** Format: uuid */
              fundId: string;
              fundName: string;
              /** Format: uuid */
              id: string;
              name: string;
              policy: {
                /** @enum {string} */
                applicant: "ENTERPRISE" | "FUND";
                caps: {
                  budget: string | null;
                  perEnterprise: string | null;
                  perEnterprisePerYear: string | null;
                };
                code: string;
                eligibility: {
                  anyOfTags: string[];
                  clusters: string[];
                  window: {
                    /** Format: date */
                    from: string;
                    to: string | null;
                  };
                };
                evidence: {
                  code: string;
                  en: string;
                  zh: string;
                }[];
                formula:
                  | {
                      amount: string;
                      /** @enum {string} */
                      kind: "FIXED";
                    }
                  | {
                      /** @enum {string} */
                      base:
                        | "EQUITY_INVESTMENT"
                        | "NET_REFINANCING"
                        | "MA_TRANSACTION"
                        | "NET_EQUITY_FINANCING";
                      cap: string;
                      /** @enum {string} */
                      kind: "SHARE_OF_BASE";
                      rate: string;
                    }
                  | {
                      /** @enum {string} */
                      kind: "STAGED";
                      stages: {
                        amount: string;
                        /** @enum {string} */
                        stage: "IPO_AGREEMENT" | "TUTORING_FILED" | "IPO_ACCEPTED" | "LISTED";
                      }[];
                      totalCap: string;
                    };
                name: string;
                nameEn: string;
                regionCode: string;
                repeatable: boolean;
              };
              regionCode: string;
              retiredAt: string | null;
              retiredReason: string | null;
              versions: {
                /** Format: date-time */
                createdAt: string;
                createdBy: string | null;
                note: string;
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
  "/api/v1/incentive-presets": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The incentive presets of seed 004 §四, as a policy maker copies them */
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
              code: string;
              policy: {
                /** @enum {string} */
                applicant: "ENTERPRISE" | "FUND";
                caps: {
                  budget: string | null;
                  perEnterprise: string | null;
                  perEnterprisePerYear: string | null;
                };
                code: string;
                eligibility: {
                  anyOfTags: string[];
                  clusters: string[];
                  window: {
                    /** Format: date */
                    from: string;
                    to: string | null;
                  };
                };
                evidence: {
                  code: string;
                  en: string;
                  zh: string;
                }[];
                formula:
                  | {
                      amount: string;
                      /** @enum {string} */
                      kind: "FIXED";
                    }
                  | {
                      /** @enum {string} */
                      base:
                        | "EQUITY_INVESTMENT"
                        | "NET_REFINANCING"
                        | "MA_TRANSACTION"
                        | "NET_EQUITY_FINANCING";
                      cap: string;
                      /** @enum {string} */
                      kind: "SHARE_OF_BASE";
                      rate: string;
                    }
                  | {
                      /** @enum {string} */
                      kind: "STAGED";
                      stages: {
                        amount: string;
                        /** @enum {string} */
                        stage: "IPO_AGREEMENT" | "TUTORING_FILED" | "IPO_ACCEPTED" | "LISTED";
                      }[];
                      totalCap: string;
                    };
                name: string;
                nameEn: string;
                regionCode: string;
                repeatable: boolean;
              };
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
  "/api/v1/interest-subsidy/batches": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 免申即享: the fund's guarantor puts settled loans whose window is open into one interest-subsidy payment (one line per loan); any loan not eligible, outside its window, claimed or in a payment is refused by name */
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
            applicationIds: string[];
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
              paymentId: string;
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
  "/api/v1/interest-subsidy/claim-payments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The fund's guarantor starts the payment of one or several checked claims (one line per claim, at the computed amount) */
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
            claimIds: string[];
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
              paymentId: string;
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
  "/api/v1/interest-subsidy/claims": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Interest-subsidy claims (贴息表) the caller may see, each with the computed amount beside the claimed one */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          status?: "SUBMITTED" | "ACCOUNTING" | "IN_REVIEW" | "RETURNED" | "PAID" | "WITHDRAWN";
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
              items: {
                /** Format: date */
                appliedOn: string;
                /** @description 元, two decimals */
                claimed: string;
                /** Format: date-time */
                createdAt: string;
                difference: string | null;
                form: {
                  address: string;
                  bankAccount: string;
                  businessDevelopment: string;
                  contactName: string;
                  contactPhone: string;
                  enterpriseOpinion: string;
                  legalRepresentative: string;
                  phone: string;
                };
                id: string;
                loan: {
                  applicationId: string;
                  bank: {
                    id: string;
                    name: string;
                  };
                  /** @description 元, two decimals */
                  disbursed: string;
                  enterprise: {
                    id: string;
                    name: string;
                  };
                  everOverdue: boolean;
                  /** @description 元, two decimals */
                  interestPaid: string;
                  /** @description 元, two decimals */
                  outstanding: string;
                  programme: {
                    code: string;
                    name: string;
                    version: number;
                  };
                  settledOn: string | null;
                  subsidy:
                    | {
                        /** @description 元, two decimals */
                        amount: string;
                        /** @enum {boolean} */
                        eligible: true;
                        /** Format: date */
                        settledOn: string;
                        window: {
                          /** Format: date */
                          closesOn: string;
                          /** Format: date */
                          opensOn: string;
                        };
                        /** @enum {string} */
                        windowState: "UPCOMING" | "OPEN" | "PASSED";
                        working: {
                          /** @description 元, two decimals */
                          amount: string;
                          cap?: {
                            /** @description 元, two decimals */
                            amount: string;
                            /** @enum {string} */
                            basis: "interest-paid" | "fee-charged";
                          };
                          capped: boolean;
                          /** @enum {string} */
                          dayCount: "ACT/360" | "ACT/365";
                          periods: {
                            /** @description 元, two decimals */
                            amount: string;
                            days: number;
                            /** Format: date */
                            from: string;
                            /** @description 元, two decimals */
                            principal: string;
                            /** Format: date */
                            to: string;
                          }[];
                          rate: string;
                          /** @enum {string} */
                          rounding: "half-up-once-to-fen";
                          /** @description 元, two decimals */
                          uncapped: string;
                          yearlyCap?: {
                            /** @enum {string} */
                            basis: "per-guarantor-year";
                            /** @description 元, two decimals */
                            before: string;
                            /** @description 元, two decimals */
                            limit: string;
                            /** @description 元, two decimals */
                            total: string;
                          };
                        };
                      }
                    | {
                        /** @enum {boolean} */
                        eligible: false;
                        reason: string;
                      };
                  termEnd: string | null;
                  termMonths: number;
                  termStart: string | null;
                };
                payment: {
                  /** @description 元, two decimals */
                  amount: string;
                  id: string;
                  lineNo: number;
                  paid: boolean;
                  /** @enum {string} */
                  status:
                    | "DRAFT"
                    | "IN_REVIEW"
                    | "AWAITING_APPROVAL"
                    | "APPROVED"
                    | "PAYING"
                    | "PAID"
                    | "RETURNED"
                    | "CANCELLED";
                  title: string;
                } | null;
                /** @enum {string} */
                status: "SUBMITTED" | "ACCOUNTING" | "IN_REVIEW" | "RETURNED" | "PAID" | "WITHDRAWN";
                version: number;
              }[];
              page: number;
              pageSize: number;
              total: number;
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
    /** The enterprise applies with the 贴息表 for its own settled loan, within the window, with its 借款凭证、结息凭证、还款凭证 attached to the loan (attachment kinds LOAN_VOUCHER, INTEREST_VOUCHER, REPAYMENT_VOUCHER) */
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
            /** Format: uuid */
            applicationId: string;
            claimed: string;
            form: {
              address: string;
              bankAccount: string;
              businessDevelopment: string;
              contactName: string;
              contactPhone: string;
              enterpriseOpinion: string;
              legalRepresentative: string;
              phone: string;
            };
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
              /** Format: date */
              appliedOn: string;
              /** @description 元, two decimals */
              claimed: string;
              /** Format: date-time */
              createdAt: string;
              difference: string | null;
              form: {
                address: string;
                bankAccount: string;
                businessDevelopment: string;
                contactName: string;
                contactPhone: string;
                enterpriseOpinion: string;
                legalRepresentative: string;
                phone: string;
              };
              guarantorOpinion: {
                by: string;
                /** Format: date */
                date: string;
                text: string;
              } | null;
              id: string;
              loan: {
                applicationId: string;
                bank: {
                  id: string;
                  name: string;
                };
                /** @description 元, two decimals */
                disbursed: string;
                enterprise: {
                  id: string;
                  name: string;
                };
                everOverdue: boolean;
                /** @description 元, two decimals */
                interestPaid: string;
                /** @description 元, two decimals */
                outstanding: string;
                programme: {
                  code: string;
                  name: string;
                  version: number;
                };
                settledOn: string | null;
                subsidy:
                  | {
                      /** @description 元, two decimals */
                      amount: string;
                      /** @enum {boolean} */
                      eligible: true;
                      /** Format: date */
                      settledOn: string;
                      window: {
                        /** Format: date */
                        closesOn: string;
                        /** Format: date */
                        opensOn: string;
                      };
                      /** @enum {string} */
                      windowState: "UPCOMING" | "OPEN" | "PASSED";
                      working: {
                        /** @description 元, two decimals */
                        amount: string;
                        cap?: {
                          /** @description 元, two decimals */
                          amount: string;
                          /** @enum {string} */
                          basis: "interest-paid" | "fee-charged";
                        };
                        capped: boolean;
                        /** @enum {string} */
                        dayCount: "ACT/360" | "ACT/365";
                        periods: {
                          /** @description 元, two decimals */
                          amount: string;
                          days: number;
                          /** Format: date */
                          from: string;
                          /** @description 元, two decimals */
                          principal: string;
                          /** Format: date */
                          to: string;
                        }[];
                        rate: string;
                        /** @enum {string} */
                        rounding: "half-up-once-to-fen";
                        /** @description 元, two decimals */
                        uncapped: string;
                        yearlyCap?: {
                          /** @enum {string} */
                          basis: "per-guarantor-year";
                          /** @description 元, two decimals */
                          before: string;
                          /** @description 元, two decimals */
                          limit: string;
                          /** @description 元, two decimals */
                          total: string;
                        };
                      };
                    }
                  | {
                      /** @enum {boolean} */
                      eligible: false;
                      reason: string;
                    };
                termEnd: string | null;
                termMonths: number;
                termStart: string | null;
              };
              mayWithdraw: boolean;
              payment: {
                /** @description 元, two decimals */
                amount: string;
                id: string;
                lineNo: number;
                paid: boolean;
                /** @enum {string} */
                status:
                  | "DRAFT"
                  | "IN_REVIEW"
                  | "AWAITING_APPROVAL"
                  | "APPROVED"
                  | "PAYING"
                  | "PAID"
                  | "RETURNED"
                  | "CANCELLED";
                title: string;
              } | null;
              returnedReason: {
                /** Format: date-time */
                at: string;
                by: string;
                reason: string;
              } | null;
              /** @enum {string} */
              status: "SUBMITTED" | "ACCOUNTING" | "IN_REVIEW" | "RETURNED" | "PAID" | "WITHDRAWN";
              version: number;
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
  "/api/v1/interest-subsidy/claims/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A claim with its loan, computation, payment, the guarantor's opinion and any reason it was returned */
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
              /** Format: date */
              appliedOn: string;
              /** @description 元, two decimals */
              claimed: string;
              /** Format: date-time */
              createdAt: string;
              difference: string | null;
              form: {
                address: string;
                bankAccount: string;
                businessDevelopment: string;
                contactName: string;
                contactPhone: string;
                enterpriseOpinion: string;
                legalRepresentative: string;
                phone: string;
              };
              guarantorOpinion: {
                by: string;
                /** Format: date */
                date: string;
                text: string;
              } | null;
              id: string;
              loan: {
                applicationId: string;
                bank: {
                  id: string;
                  name: string;
                };
                /** @description 元, two decimals */
                disbursed: string;
                enterprise: {
                  id: string;
                  name: string;
                };
                everOverdue: boolean;
                /** @description 元, two decimals */
                interestPaid: string;
                /** @description 元, two decimals */
                outstanding: string;
                programme: {
                  code: string;
                  name: string;
                  version: number;
                };
                settledOn: string | null;
                subsidy:
                  | {
                      /** @description 元, two decimals */
                      amount: string;
                      /** @enum {boolean} */
                      eligible: true;
                      /** Format: date */
                      settledOn: string;
                      window: {
                        /** Format: date */
                        closesOn: string;
                        /** Format: date */
                        opensOn: string;
                      };
                      /** @enum {string} */
                      windowState: "UPCOMING" | "OPEN" | "PASSED";
                      working: {
                        /** @description 元, two decimals */
                        amount: string;
                        cap?: {
                          /** @description 元, two decimals */
                          amount: string;
                          /** @enum {string} */
                          basis: "interest-paid" | "fee-charged";
                        };
                        capped: boolean;
                        /** @enum {string} */
                        dayCount: "ACT/360" | "ACT/365";
                        periods: {
                          /** @description 元, two decimals */
                          amount: string;
                          days: number;
                          /** Format: date */
                          from: string;
                          /** @description 元, two decimals */
                          principal: string;
                          /** Format: date */
                          to: string;
                        }[];
                        rate: string;
                        /** @enum {string} */
                        rounding: "half-up-once-to-fen";
                        /** @description 元, two decimals */
                        uncapped: string;
                        yearlyCap?: {
                          /** @enum {string} */
                          basis: "per-guarantor-year";
                          /** @description 元, two decimals */
                          before: string;
                          /** @description 元, two decimals */
                          limit: string;
                          /** @description 元, two decimals */
                          total: string;
                        };
                      };
                    }
                  | {
                      /** @enum {boolean} */
                      eligible: false;
                      reason: string;
                    };
                termEnd: string | null;
                termMonths: number;
                termStart: string | null;
              };
              mayWithdraw: boolean;
              payment: {
                /** @description 元, two decimals */
                amount: string;
                id: string;
                lineNo: number;
                paid: boolean;
                /** @enum {string} */
                status:
                  | "DRAFT"
                  | "IN_REVIEW"
                  | "AWAITING_APPROVAL"
                  | "APPROVED"
                  | "PAYING"
                  | "PAID"
                  | "RETURNED"
                  | "CANCELLED";
                title: string;
              } | null;
              returnedReason: {
                /** Format: date-time */
                at: string;
                by: string;
                reason: string;
              } | null;
              /** @enum {string} */
              status: "SUBMITTED" | "ACCOUNTING" | "IN_REVIEW" | "RETURNED" | "PAID" | "WITHDRAWN";
              version: number;
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
  "/api/v1/interest-subsidy/claims/{id}/form": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The filled 贴息表 (seed 002 附件2): an A4 print view, or a PDF with format=pdf */
    get: {
      parameters: {
        query?: {
          format?: "html" | "pdf";
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 贴息表 (an HTML print view, or a PDF with format=pdf) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/pdf": string;
            "text/html": string;
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
  "/api/v1/interest-subsidy/claims/{id}/withdraw": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The enterprise withdraws a claim no payment holds yet */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: date */
              appliedOn: string;
              /** @description 元, two decimals */
              claimed: string;
              /** Format: date-time */
              createdAt: string;
              difference: string | null;
              form: {
                address: string;
                bankAccount: string;
                businessDevelopment: string;
                contactName: string;
                contactPhone: string;
                enterpriseOpinion: string;
                legalRepresentative: string;
                phone: string;
              };
              guarantorOpinion: {
                by: string;
                /** Format: date */
                date: string;
                text: string;
              } | null;
              id: string;
              loan: {
                applicationId: string;
                bank: {
                  id: string;
                  name: string;
                };
                /** @description 元, two decimals */
                disbursed: string;
                enterprise: {
                  id: string;
                  name: string;
                };
                everOverdue: boolean;
                /** @description 元, two decimals */
                interestPaid: string;
                /** @description 元, two decimals */
                outstanding: string;
                programme: {
                  code: string;
                  name: string;
                  version: number;
                };
                settledOn: string | null;
                subsidy:
                  | {
                      /** @description 元, two decimals */
                      amount: string;
                      /** @enum {boolean} */
                      eligible: true;
                      /** Format: date */
                      settledOn: string;
                      window: {
                        /** Format: date */
                        closesOn: string;
                        /** Format: date */
                        opensOn: string;
                      };
                      /** @enum {string} */
                      windowState: "UPCOMING" | "OPEN" | "PASSED";
                      working: {
                        /** @description 元, two decimals */
                        amount: string;
                        cap?: {
                          /** @description 元, two decimals */
                          amount: string;
                          /** @enum {string} */
                          basis: "interest-paid" | "fee-charged";
                        };
                        capped: boolean;
                        /** @enum {string} */
                        dayCount: "ACT/360" | "ACT/365";
                        periods: {
                          /** @description 元, two decimals */
                          amount: string;
                          days: number;
                          /** Format: date */
                          from: string;
                          /** @description 元, two decimals */
                          principal: string;
                          /** Format: date */
                          to: string;
                        }[];
                        rate: string;
                        /** @enum {string} */
                        rounding: "half-up-once-to-fen";
                        /** @description 元, two decimals */
                        uncapped: string;
                        yearlyCap?: {
                          /** @enum {string} */
                          basis: "per-guarantor-year";
                          /** @description 元, two decimals */
                          before: string;
                          /** @description 元, two decimals */
                          limit: string;
                          /** @description 元, two decimals */
                          total: string;
                        };
                      };
                    }
                  | {
                      /** @enum {boolean} */
                      eligible: false;
                      reason: string;
                    };
                termEnd: string | null;
                termMonths: number;
                termStart: string | null;
              };
              mayWithdraw: boolean;
              payment: {
                /** @description 元, two decimals */
                amount: string;
                id: string;
                lineNo: number;
                paid: boolean;
                /** @enum {string} */
                status:
                  | "DRAFT"
                  | "IN_REVIEW"
                  | "AWAITING_APPROVAL"
                  | "APPROVED"
                  | "PAYING"
                  | "PAID"
                  | "RETURNED"
                  | "CANCELLED";
                title: string;
              } | null;
              returnedReason: {
                /** Format: date-time */
                at: string;
                by: string;
                reason: string;
              } | null;
              /** @enum {string} */
              status: "SUBMITTED" | "ACCOUNTING" | "IN_REVIEW" | "RETURNED" | "PAID" | "WITHDRAWN";
              version: number;
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
  "/api/v1/interest-subsidy/loans": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Settled loans the caller may see with the computed subsidy and its working, the application window (opensOn..closesOn, both inclusive) and its state today, and any claim or payment already holding it */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          unclaimed?: "true" | "false";
          windowState?: "UPCOMING" | "OPEN" | "PASSED";
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
              items: {
                applicationId: string;
                bank: {
                  id: string;
                  name: string;
                };
                claim: {
                  /** Format: date */
                  appliedOn: string;
                  /** @description 元, two decimals */
                  claimed: string;
                  id: string;
                  /** @enum {string} */
                  status: "SUBMITTED" | "ACCOUNTING" | "IN_REVIEW" | "RETURNED" | "PAID" | "WITHDRAWN";
                } | null;
                /** @description 元, two decimals */
                disbursed: string;
                enterprise: {
                  id: string;
                  name: string;
                };
                everOverdue: boolean;
                /** @description 元, two decimals */
                interestPaid: string;
                open: boolean;
                /** @description 元, two decimals */
                outstanding: string;
                payment: {
                  /** @description 元, two decimals */
                  amount: string;
                  id: string;
                  lineNo: number;
                  paid: boolean;
                  /** @enum {string} */
                  status:
                    | "DRAFT"
                    | "IN_REVIEW"
                    | "AWAITING_APPROVAL"
                    | "APPROVED"
                    | "PAYING"
                    | "PAID"
                    | "RETURNED"
                    | "CANCELLED";
                  title: string;
                } | null;
                programme: {
                  code: string;
                  name: string;
                  version: number;
                };
                settledOn: string | null;
                subsidy:
                  | {
                      /** @description 元, two decimals */
                      amount: string;
                      /** @enum {boolean} */
                      eligible: true;
                      /** Format: date */
                      settledOn: string;
                      window: {
                        /** Format: date */
                        closesOn: string;
                        /** Format: date */
                        opensOn: string;
                      };
                      /** @enum {string} */
                      windowState: "UPCOMING" | "OPEN" | "PASSED";
                      working: {
                        /** @description 元, two decimals */
                        amount: string;
                        cap?: {
                          /** @description 元, two decimals */
                          amount: string;
                          /** @enum {string} */
                          basis: "interest-paid" | "fee-charged";
                        };
                        capped: boolean;
                        /** @enum {string} */
                        dayCount: "ACT/360" | "ACT/365";
                        periods: {
                          /** @description 元, two decimals */
                          amount: string;
                          days: number;
                          /** Format: date */
                          from: string;
                          /** @description 元, two decimals */
                          principal: string;
                          /** Format: date */
                          to: string;
                        }[];
                        rate: string;
                        /** @enum {string} */
                        rounding: "half-up-once-to-fen";
                        /** @description 元, two decimals */
                        uncapped: string;
                        yearlyCap?: {
                          /** @enum {string} */
                          basis: "per-guarantor-year";
                          /** @description 元, two decimals */
                          before: string;
                          /** @description 元, two decimals */
                          limit: string;
                          /** @description 元, two decimals */
                          total: string;
                        };
                      };
                    }
                  | {
                      /** @enum {boolean} */
                      eligible: false;
                      reason: string;
                    };
                termEnd: string | null;
                termMonths: number;
                termStart: string | null;
              }[];
              page: number;
              pageSize: number;
              /** Format: date */
              today: string;
              total: number;
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
  "/api/v1/key-supported-list": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The city's key-supported enterprises (全市汽车产业重点支持企业) */
    get: {
      parameters: {
        query?: {
          region?: string;
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
              /** Format: date-time */
              addedAt: string;
              /** Format: uuid */
              enterpriseId: string;
              enterpriseName: string;
              /** Format: uuid */
              id: string;
              note: string;
              uscc: string;
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
    /** Add an enterprise to the key-supported list (industry bureau) */
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
            /** Format: uuid */
            enterpriseId: string;
            note: string;
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
              /** Format: date-time */
              addedAt: string;
              addedBy: string | null;
              /** Format: uuid */
              enterpriseId: string;
              /** Format: uuid */
              id: string;
              note: string;
              regionCode: string;
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
  "/api/v1/key-supported-list/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove an enterprise from the key-supported list, saying why */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            reason: string;
          };
        };
      };
      responses: {
        /** @description 已移除 (removed; no body) */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/listing-pipeline": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The listing pipeline (千里马) of the caller's region, or an enterprise's own entry */
    get: {
      parameters: {
        query?: {
          board?: "MAIN_BOARD" | "CHINEXT" | "STAR" | "BSE" | "NEEQ" | "REGIONAL" | "OVERSEAS";
          q?: string;
          stage?: "RESERVE" | "SHAREHOLDING_REFORM" | "TUTORING" | "FILED" | "APPROVED" | "LISTED";
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
              auditor: string | null;
              /** @enum {string} */
              board: "MAIN_BOARD" | "CHINEXT" | "STAR" | "BSE" | "NEEQ" | "REGIONAL" | "OVERSEAS";
              /** Format: uuid */
              enterpriseId: string;
              enterpriseName: string;
              /** Format: uuid */
              id: string;
              ipoAgreementOn: string | null;
              joinedOn: string;
              lawFirm: string | null;
              note: string | null;
              quotationReward: string | null;
              regionCode: string;
              rewardStages: string[];
              sponsor: string | null;
              /** @enum {string} */
              stage: "RESERVE" | "SHAREHOLDING_REFORM" | "TUTORING" | "FILED" | "APPROVED" | "LISTED";
              stageReachedOn: string;
              uscc: string;
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
    /** Add an enterprise of the bureau's region to the pool at the stage it has reached */
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
            /** @default null */
            auditor?: string | null;
            /** @enum {string} */
            board: "MAIN_BOARD" | "CHINEXT" | "STAR" | "BSE" | "NEEQ" | "REGIONAL" | "OVERSEAS";
            /** Format: uuid */
            enterpriseId: string;
            /** @default null */
            ipoAgreementOn?: string | null;
            /** @default null */
            lawFirm?: string | null;
            /** @default null */
            note?: string | null;
            /** @default null */
            sponsor?: string | null;
            /** @enum {string} */
            stage: "RESERVE" | "SHAREHOLDING_REFORM" | "TUTORING" | "FILED" | "APPROVED" | "LISTED";
            /** Format: date */
            stageReachedOn: string;
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
              auditor: string | null;
              /** @enum {string} */
              board: "MAIN_BOARD" | "CHINEXT" | "STAR" | "BSE" | "NEEQ" | "REGIONAL" | "OVERSEAS";
              canManage: boolean;
              /** Format: uuid */
              enterpriseId: string;
              enterpriseName: string;
              history: {
                /** @enum {string} */
                action: "add" | "move" | "edit";
                actorName: string;
                actorOrgName: string;
                businessDate: string;
                /** Format: date-time */
                createdAt: string;
                evidence: string | null;
                fromStage: string | null;
                id: number;
                reachedOn: string | null;
                reason: string | null;
                toStage: string | null;
              }[];
              /** Format: uuid */
              id: string;
              ipoAgreementOn: string | null;
              joinedOn: string;
              lawFirm: string | null;
              note: string | null;
              quotationReward: string | null;
              regionCode: string;
              rewardStages: string[];
              sponsor: string | null;
              /** @enum {string} */
              stage: "RESERVE" | "SHAREHOLDING_REFORM" | "TUTORING" | "FILED" | "APPROVED" | "LISTED";
              stageReachedOn: string;
              uscc: string;
              version: number;
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
  "/api/v1/listing-pipeline/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An entry with its history (who moved it, when, on what evidence, why) */
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
              auditor: string | null;
              /** @enum {string} */
              board: "MAIN_BOARD" | "CHINEXT" | "STAR" | "BSE" | "NEEQ" | "REGIONAL" | "OVERSEAS";
              canManage: boolean;
              /** Format: uuid */
              enterpriseId: string;
              enterpriseName: string;
              history: {
                /** @enum {string} */
                action: "add" | "move" | "edit";
                actorName: string;
                actorOrgName: string;
                businessDate: string;
                /** Format: date-time */
                createdAt: string;
                evidence: string | null;
                fromStage: string | null;
                id: number;
                reachedOn: string | null;
                reason: string | null;
                toStage: string | null;
              }[];
              /** Format: uuid */
              id: string;
              ipoAgreementOn: string | null;
              joinedOn: string;
              lawFirm: string | null;
              note: string | null;
              quotationReward: string | null;
              regionCode: string;
              rewardStages: string[];
              sponsor: string | null;
              /** @enum {string} */
              stage: "RESERVE" | "SHAREHOLDING_REFORM" | "TUTORING" | "FILED" | "APPROVED" | "LISTED";
              stageReachedOn: string;
              uscc: string;
              version: number;
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
  "/api/v1/listing-pipeline/{id}/details": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change an entry's target board, intermediaries, IPO agreement date and note */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @default null */
            auditor?: string | null;
            /** @enum {string} */
            board: "MAIN_BOARD" | "CHINEXT" | "STAR" | "BSE" | "NEEQ" | "REGIONAL" | "OVERSEAS";
            /** @default null */
            ipoAgreementOn?: string | null;
            /** @default null */
            lawFirm?: string | null;
            /** @default null */
            note?: string | null;
            /** @default null */
            sponsor?: string | null;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              auditor: string | null;
              /** @enum {string} */
              board: "MAIN_BOARD" | "CHINEXT" | "STAR" | "BSE" | "NEEQ" | "REGIONAL" | "OVERSEAS";
              canManage: boolean;
              /** Format: uuid */
              enterpriseId: string;
              enterpriseName: string;
              history: {
                /** @enum {string} */
                action: "add" | "move" | "edit";
                actorName: string;
                actorOrgName: string;
                businessDate: string;
                /** Format: date-time */
                createdAt: string;
                evidence: string | null;
                fromStage: string | null;
                id: number;
                reachedOn: string | null;
                reason: string | null;
                toStage: string | null;
              }[];
              /** Format: uuid */
              id: string;
              ipoAgreementOn: string | null;
              joinedOn: string;
              lawFirm: string | null;
              note: string | null;
              quotationReward: string | null;
              regionCode: string;
              rewardStages: string[];
              sponsor: string | null;
              /** @enum {string} */
              stage: "RESERVE" | "SHAREHOLDING_REFORM" | "TUTORING" | "FILED" | "APPROVED" | "LISTED";
              stageReachedOn: string;
              uscc: string;
              version: number;
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
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/listing-pipeline/{id}/stage": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the stage an entry has reached, with its date and evidence (back a stage with a reason) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            evidence: string;
            /** Format: date */
            reachedOn: string;
            reason?: string;
            /** @enum {string} */
            stage: "RESERVE" | "SHAREHOLDING_REFORM" | "TUTORING" | "FILED" | "APPROVED" | "LISTED";
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              auditor: string | null;
              /** @enum {string} */
              board: "MAIN_BOARD" | "CHINEXT" | "STAR" | "BSE" | "NEEQ" | "REGIONAL" | "OVERSEAS";
              canManage: boolean;
              /** Format: uuid */
              enterpriseId: string;
              enterpriseName: string;
              history: {
                /** @enum {string} */
                action: "add" | "move" | "edit";
                actorName: string;
                actorOrgName: string;
                businessDate: string;
                /** Format: date-time */
                createdAt: string;
                evidence: string | null;
                fromStage: string | null;
                id: number;
                reachedOn: string | null;
                reason: string | null;
                toStage: string | null;
              }[];
              /** Format: uuid */
              id: string;
              ipoAgreementOn: string | null;
              joinedOn: string;
              lawFirm: string | null;
              note: string | null;
              quotationReward: string | null;
              regionCode: string;
              rewardStages: string[];
              sponsor: string | null;
              /** @enum {string} */
              stage: "RESERVE" | "SHAREHOLDING_REFORM" | "TUTORING" | "FILED" | "APPROVED" | "LISTED";
              stageReachedOn: string;
              uscc: string;
              version: number;
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
  "/api/v1/listing-pipeline/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The listing pipeline as an Excel workbook, with the same filters as the list */
    get: {
      parameters: {
        query?: {
          board?: "MAIN_BOARD" | "CHINEXT" | "STAR" | "BSE" | "NEEQ" | "REGIONAL" | "OVERSEAS";
          q?: string;
          stage?: "RESERVE" | "SHAREHOLDING_REFORM" | "TUTORING" | "FILED" | "APPROVED" | "LISTED";
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
  "/api/v1/listing-pipeline/funnel": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The region's funnel by stage and target board against the target of 500 */
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
              byBoard: {
                /** @enum {string} */
                board: "MAIN_BOARD" | "CHINEXT" | "STAR" | "BSE" | "NEEQ" | "REGIONAL" | "OVERSEAS";
                count: number;
              }[];
              byStage: {
                count: number;
                reachedAtLeast: number;
                /** @enum {string} */
                stage: "RESERVE" | "SHAREHOLDING_REFORM" | "TUTORING" | "FILED" | "APPROVED" | "LISTED";
              }[];
              progress: string;
              regionCode: string;
              target: number;
              total: number;
            };
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
  "/api/v1/listing-pipeline/reward-offers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 可申请: the listing rewards the enterprise's own entry has reached and it has not applied for (enterprise) */
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
              amount: string;
              policyId: string;
              policyName: string;
              policyNameEn: string;
              stage: ("IPO_AGREEMENT" | "TUTORING_FILED" | "IPO_ACCEPTED" | "LISTED") | null;
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
  "/api/v1/marketplace-settings/{regionCode}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A region's claim rules: single or several claimants, step deadlines in working days */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          regionCode: string;
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
              changedAt: string | null;
              changedBy: string | null;
              /** @enum {string} */
              claimMode: "SINGLE" | "SEVERAL";
              claimWorkingDays: number;
              contactWorkingDays: number;
              decisionWorkingDays: number;
              escalateAfterWorkingDays: number;
              matchingWeights: {
                cluster: number;
                industry: number;
                outcomes: number;
                rate: number;
                sizeClass: number;
                tags: number;
              };
              maxClaimants: number;
              regionCode: string;
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
    /** Change a region's claim rules from a preset and/or fields (its bureau or the platform admin) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          regionCode: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            claimMode?: "SINGLE" | "SEVERAL";
            claimWorkingDays?: number;
            contactWorkingDays?: number;
            decisionWorkingDays?: number;
            escalateAfterWorkingDays?: number;
            matchingWeights?: {
              cluster: number;
              industry: number;
              outcomes: number;
              rate: number;
              sizeClass: number;
              tags: number;
            };
            maxClaimants?: number;
            /** @enum {string} */
            preset?: "YUHUIRONG" | "COMPETING";
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              changedAt: string | null;
              changedBy: string | null;
              /** @enum {string} */
              claimMode: "SINGLE" | "SEVERAL";
              claimWorkingDays: number;
              contactWorkingDays: number;
              decisionWorkingDays: number;
              escalateAfterWorkingDays: number;
              matchingWeights: {
                cluster: number;
                industry: number;
                outcomes: number;
                rate: number;
                sizeClass: number;
                tags: number;
              };
              maxClaimants: number;
              regionCode: string;
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
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/monitoring/briefing": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The month's monitoring briefing as an A4 PDF: headline figures, charts and tables */
    get: {
      parameters: {
        query: {
          month: string;
          regionCode?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A4 PDF */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/pdf": string;
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
  "/api/v1/monitoring/dashboard": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The monitoring dashboard of a region, or of one district, cluster or bank of it: monthly balances, the manufacturing share against its target with the projection, growth against all loans, the month's districts and clusters, the banks ranked */
    get: {
      parameters: {
        query?: {
          bankOrgId?: string;
          cluster?:
            | "NEV"
            | "ELECTRONICS"
            | "ADVANCED_MATERIALS"
            | "SMART_EQUIPMENT"
            | "FOOD"
            | "SOFTWARE"
            | "NEW_DISPLAY"
            | "MOTORCYCLE"
            | "LIGHT_ALLOYS"
            | "TEXTILES"
            | "BIOMEDICINE"
            | "NEW_ENERGY_STORAGE"
            | "SEMICONDUCTORS"
            | "AI_ROBOTICS"
            | "SERVICE_ROBOTS"
            | "SMART_MANUFACTURING_EQUIPMENT"
            | "POWER_EQUIPMENT"
            | "AGRICULTURAL_MACHINERY"
            | "SENSORS"
            | "SMART_HOME"
            | "FIBRE_COMPOSITES"
            | "SYNTHETIC_MATERIALS"
            | "MODERN_TCM"
            | "MEDICAL_DEVICES"
            | "GREEN_ENVIRONMENTAL"
            | "SATELLITE_INTERNET"
            | "BIOMANUFACTURING"
            | "LIFE_SCIENCES"
            | "METAVERSE"
            | "FRONTIER_MATERIALS"
            | "OTHER_MANUFACTURING";
          district?: string;
          from?: string;
          regionCode?: string;
          to?: string;
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
                allLoans: string | null;
                balance: string;
                bankName: string;
                bankOrgId: string;
                growth: string | null;
                growthRank: number | null;
                share: string | null;
                shareRank: number | null;
              }[];
              byCluster: {
                balance: string;
                creditBalance: string;
                growth: string | null;
                key: string;
                mediumLongTermBalance: string;
                name: {
                  en: string;
                  zh: string;
                };
                newCredit: string;
                newLoans: string;
                newMediumLongTerm: string;
                shareOfManufacturing: string | null;
              }[];
              byDistrict: {
                balance: string;
                creditBalance: string;
                growth: string | null;
                key: string;
                mediumLongTermBalance: string;
                name: {
                  en: string;
                  zh: string;
                };
                newCredit: string;
                newLoans: string;
                newMediumLongTerm: string;
                shareOfManufacturing: string | null;
              }[];
              filter: {
                bankName: string | null;
                bankOrgId: string | null;
                cluster: string | null;
                district: string | null;
              };
              from: string;
              indicators: {
                asOf: string;
                /** @enum {string} */
                code:
                  | "MANUFACTURING_SHARE"
                  | "MANUFACTURING_GROWTH"
                  | "MEDIUM_LONG_TERM_SHARE"
                  | "CREDIT_SHARE"
                  | "FUND_INVESTMENT"
                  | "BOND_FINANCING"
                  | "ENTERPRISES_SERVED"
                  | "LISTING_PIPELINE";
                met: boolean | null;
                missing?: {
                  en: string;
                  zh: string;
                };
                progress: string | null;
                projection: {
                  from: {
                    month: string;
                    value: string;
                  };
                  meetsTarget: boolean;
                  /** @enum {string} */
                  method: "straight-line";
                  perMonth: string;
                  projected: string;
                  targetMonth: string;
                  to: {
                    month: string;
                    value: string;
                  };
                } | null;
                target: {
                  by: string;
                  /** @enum {string} */
                  rule: "AT_LEAST" | "AT_LEAST_ALL_LOANS_GROWTH" | "RISING";
                  value: string | null;
                };
                /** @enum {string} */
                unit: "ratio" | "yuan" | "count";
                value: string | null;
                working: {
                  computation: string;
                  formula: {
                    en: string;
                    zh: string;
                  };
                  inputs: {
                    month: string;
                    name: {
                      en: string;
                      zh: string;
                    };
                    value: string;
                  }[];
                  /** @enum {string} */
                  rounding: "ratio-half-up-6-places" | "half-up-once-to-fen" | "whole-count-down";
                } | null;
              }[];
              region: {
                code: string;
                name: {
                  en: string;
                  zh: string;
                };
              };
              series: {
                allLoans: string | null;
                allLoansGrowth: string | null;
                banks: number;
                figures: {
                  balance: string;
                  creditBalance: string;
                  mediumLongTermBalance: string;
                  newCredit: string;
                  newLoans: string;
                  newMediumLongTerm: string;
                } | null;
                growth: string | null;
                month: string;
                share: string | null;
              }[];
              target: {
                by: string;
                manufacturingShare: string;
              };
              to: string;
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
  "/api/v1/monitoring/dashboard/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One chart's table of the monitoring dashboard as an Excel workbook */
    get: {
      parameters: {
        query: {
          bankOrgId?: string;
          cluster?:
            | "NEV"
            | "ELECTRONICS"
            | "ADVANCED_MATERIALS"
            | "SMART_EQUIPMENT"
            | "FOOD"
            | "SOFTWARE"
            | "NEW_DISPLAY"
            | "MOTORCYCLE"
            | "LIGHT_ALLOYS"
            | "TEXTILES"
            | "BIOMEDICINE"
            | "NEW_ENERGY_STORAGE"
            | "SEMICONDUCTORS"
            | "AI_ROBOTICS"
            | "SERVICE_ROBOTS"
            | "SMART_MANUFACTURING_EQUIPMENT"
            | "POWER_EQUIPMENT"
            | "AGRICULTURAL_MACHINERY"
            | "SENSORS"
            | "SMART_HOME"
            | "FIBRE_COMPOSITES"
            | "SYNTHETIC_MATERIALS"
            | "MODERN_TCM"
            | "MEDICAL_DEVICES"
            | "GREEN_ENVIRONMENTAL"
            | "SATELLITE_INTERNET"
            | "BIOMANUFACTURING"
            | "LIFE_SCIENCES"
            | "METAVERSE"
            | "FRONTIER_MATERIALS"
            | "OTHER_MANUFACTURING";
          district?: string;
          from?: string;
          regionCode?: string;
          table: "trend" | "share" | "growth" | "districts" | "clusters" | "banks";
          to?: string;
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
  "/api/v1/negative-list": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The re-guarantor's negative list (负面清单) */
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
              /** Format: date-time */
              addedAt: string;
              /** Format: uuid */
              enterpriseId: string;
              enterpriseName: string;
              /** Format: uuid */
              id: string;
              reason: string;
              uscc: string;
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
    /** Put an enterprise on the negative list with a reason (re-guarantor) */
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
            /** Format: uuid */
            enterpriseId: string;
            reason: string;
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
              /** Format: date-time */
              addedAt: string;
              /** Format: uuid */
              addedBy: string;
              /** Format: uuid */
              enterpriseId: string;
              /** Format: uuid */
              id: string;
              reason: string;
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
  "/api/v1/negative-list/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Take an enterprise off the negative list, saying why */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            reason: string;
          };
        };
      };
      responses: {
        /** @description 已移除 (removed; no body) */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/notifications": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Reminders for the caller's organisation */
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
              applicationId: string | null;
              clockId: number | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: uuid */
              id: string;
              kind: string;
              link: string | null;
              message: string;
              /** Format: uuid */
              orgId: string;
              readAt: string | null;
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
  "/api/v1/notifications/{id}/read": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a reminder read */
    post: {
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
              applicationId: string | null;
              clockId: number | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: uuid */
              id: string;
              kind: string;
              link: string | null;
              message: string;
              /** Format: uuid */
              orgId: string;
              readAt: string | null;
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
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/official-calendar": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The official calendar: each year entered, its holidays, adjusted workdays and notice */
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
              years: {
                adjustedWorkdays: string[];
                /** Format: date-time */
                enteredAt: string;
                enteredBy: string | null;
                holidays: string[];
                notice: {
                  date: string;
                  number: string;
                };
                version: number;
                year: number;
              }[];
              yearToEnter: number | null;
            };
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
  "/api/v1/official-calendar/{year}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Enter or replace a year from the State Council's holiday notice (platform admin) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          year: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description Weekend days worked (调休上班) */
            adjustedWorkdays: string[];
            /** @description The year's version as read; 0 when the year is entered for the first time */
            expectedVersion: number;
            /** @description Statutory days off (放假), weekdays and weekends alike */
            holidays: string[];
            notice: {
              /**
               * Format: date
               * @description The day the notice was issued
               */
              date: string;
              /** @description The notice's document number, e.g. 国办发明电〔2025〕7号 */
              number: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              adjustedWorkdays: string[];
              /** Format: date-time */
              enteredAt: string;
              enteredBy: string | null;
              holidays: string[];
              notice: {
                date: string;
                number: string;
              };
              version: number;
              year: number;
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
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/official-calendar/{year}/history": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who entered or replaced a year, when, and the year before and after (platform admin) */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path: {
          year: number;
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
              items: {
                action: string;
                actorOrgId: string | null;
                actorOrgName: string | null;
                actorUserId: string | null;
                actorUsername: string | null;
                /** @description The entity as it became, or what the action recorded (JSON) */
                after: unknown;
                /** Format: date-time */
                at: string;
                /** @description The entity as it was, as recorded (JSON) */
                before: unknown;
                entityId: string | null;
                entityType: string;
                id: number;
                ip: string | null;
                /** @description The object's name as it is now (enterprise, application's enterprise and programme, payment title …) */
                subject: string | null;
              }[];
              total: number;
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
  "/api/v1/organisations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List organisations (platform admin) */
    get: {
      parameters: {
        query?: {
          q?: string;
          type?:
            | "ENTERPRISE"
            | "INDUSTRY_BUREAU"
            | "FINANCE_BUREAU"
            | "CITY_GOVERNMENT"
            | "BANK"
            | "GUARANTOR"
            | "REGUARANTOR"
            | "FINANCIAL_INSTITUTION"
            | "PROVINCE"
            | "MINISTRY"
            | "CITY_APPLICANT"
            | "SECURITIES_REGULATOR"
            | "PLATFORM_ADMIN";
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
              active: boolean;
              /** Format: date-time */
              createdAt: string;
              enterpriseId: string | null;
              id: string;
              institutionKind: ("INSURER" | "LEASING" | "FUND" | "SECURITIES" | "OTHER") | null;
              name: string;
              payeeAccount: {
                accountName: string;
                accountNo: string;
                bankName: string;
              } | null;
              regionCode: string;
              /** @description One of ENTERPRISE, INDUSTRY_BUREAU, FINANCE_BUREAU, CITY_GOVERNMENT, BANK, GUARANTOR, REGUARANTOR, FINANCIAL_INSTITUTION, PROVINCE, MINISTRY, CITY_APPLICANT, SECURITIES_REGULATOR, PLATFORM_ADMIN */
              type: string;
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
    /** Create an organisation (platform admin) */
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
            enterpriseId?: string | null;
            /** @description What a FINANCIAL_INSTITUTION is (required for that type, absent for the others) */
            institutionKind?: ("INSURER" | "LEASING" | "FUND" | "SECURITIES" | "OTHER") | null;
            name: string;
            /** @description The account the special fund pays the organisation into (a guarantor's fee subsidies, compensations) */
            payeeAccount?: {
              accountName: string;
              accountNo: string;
              bankName: string;
            } | null;
            regionCode: string;
            /** @enum {string} */
            type:
              | "ENTERPRISE"
              | "INDUSTRY_BUREAU"
              | "FINANCE_BUREAU"
              | "CITY_GOVERNMENT"
              | "BANK"
              | "GUARANTOR"
              | "REGUARANTOR"
              | "FINANCIAL_INSTITUTION"
              | "PROVINCE"
              | "MINISTRY"
              | "CITY_APPLICANT"
              | "SECURITIES_REGULATOR"
              | "PLATFORM_ADMIN";
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
              active: boolean;
              /** Format: date-time */
              createdAt: string;
              enterpriseId: string | null;
              id: string;
              institutionKind: ("INSURER" | "LEASING" | "FUND" | "SECURITIES" | "OTHER") | null;
              name: string;
              payeeAccount: {
                accountName: string;
                accountNo: string;
                bankName: string;
              } | null;
              regionCode: string;
              /** @description One of ENTERPRISE, INDUSTRY_BUREAU, FINANCE_BUREAU, CITY_GOVERNMENT, BANK, GUARANTOR, REGUARANTOR, FINANCIAL_INSTITUTION, PROVINCE, MINISTRY, CITY_APPLICANT, SECURITIES_REGULATOR, PLATFORM_ADMIN */
              type: string;
              version: number;
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
  "/api/v1/organisations/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit or deactivate an organisation (platform admin) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            active?: boolean;
            enterpriseId?: string | null;
            /** @description What a FINANCIAL_INSTITUTION is (required for that type, absent for the others) */
            institutionKind?: ("INSURER" | "LEASING" | "FUND" | "SECURITIES" | "OTHER") | null;
            name?: string;
            /** @description The account the special fund pays the organisation into (a guarantor's fee subsidies, compensations) */
            payeeAccount?: {
              accountName: string;
              accountNo: string;
              bankName: string;
            } | null;
            regionCode?: string;
            /** @enum {string} */
            type?:
              | "ENTERPRISE"
              | "INDUSTRY_BUREAU"
              | "FINANCE_BUREAU"
              | "CITY_GOVERNMENT"
              | "BANK"
              | "GUARANTOR"
              | "REGUARANTOR"
              | "FINANCIAL_INSTITUTION"
              | "PROVINCE"
              | "MINISTRY"
              | "CITY_APPLICANT"
              | "SECURITIES_REGULATOR"
              | "PLATFORM_ADMIN";
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              active: boolean;
              /** Format: date-time */
              createdAt: string;
              enterpriseId: string | null;
              id: string;
              institutionKind: ("INSURER" | "LEASING" | "FUND" | "SECURITIES" | "OTHER") | null;
              name: string;
              payeeAccount: {
                accountName: string;
                accountNo: string;
                bankName: string;
              } | null;
              regionCode: string;
              /** @description One of ENTERPRISE, INDUSTRY_BUREAU, FINANCE_BUREAU, CITY_GOVERNMENT, BANK, GUARANTOR, REGUARANTOR, FINANCIAL_INSTITUTION, PROVINCE, MINISTRY, CITY_APPLICANT, SECURITIES_REGULATOR, PLATFORM_ADMIN */
              type: string;
              version: number;
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
    trace?: never;
  };
  "/api/v1/organisations/{id}/users": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Users of an organisation (its admin) */
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
              active: boolean;
              /** Format: date-time */
              createdAt: string;
              displayName: string;
              id: string;
              /** @description When the lock after repeated failed sign-ins ends, while it holds */
              lockedUntil: string | null;
              orgId: string;
              roles: string[];
              username: string;
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
    /** Create a user (organisation admin) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            displayName: string;
            password: string;
            roles: ("admin" | "operator" | "reviewer")[];
            username: string;
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
              active: boolean;
              /** Format: date-time */
              createdAt: string;
              displayName: string;
              id: string;
              /** @description When the lock after repeated failed sign-ins ends, while it holds */
              lockedUntil: string | null;
              orgId: string;
              roles: string[];
              username: string;
              version: number;
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
  "/api/v1/product-catalogues": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Product catalogues: a bureau's of its region, the published ones for everyone else */
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
              compiledOn: string;
              deliveries: number;
              /** Format: uuid */
              id: string;
              periodFrom: string;
              periodTo: string;
              productCount: number;
              publishedOn: string | null;
              regionCode: string;
              title: string;
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
    /** Compile the products listed in a period into a catalogue (汇编成册, industry bureau) */
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
            periodFrom: string;
            /** Format: date */
            periodTo: string;
            title: string;
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
              compiledOn: string;
              deliveries: number;
              /** Format: uuid */
              id: string;
              periodFrom: string;
              periodTo: string;
              productCount: number;
              publishedOn: string | null;
              regionCode: string;
              sections: {
                category: string;
                products: {
                  amountMax: string;
                  amountMin: string;
                  category: string;
                  clusters: string[];
                  collateral: string[];
                  contactName: string;
                  contactPhone: string;
                  description: string;
                  districts: string[];
                  /** Format: uuid */
                  id: string;
                  industries: string[];
                  institutionName: string;
                  listedOn: string;
                  listedVersion: number;
                  materials: string;
                  name: string;
                  /** Format: uuid */
                  orgId: string;
                  rateMax: string | null;
                  rateMin: string | null;
                  regionCode: string;
                  sizeClasses: string[];
                  tags: string[];
                  termMaxMonths: number;
                  termMinMonths: number;
                  type: string;
                }[];
              }[];
              title: string;
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
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/product-catalogues/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A catalogue with its products by category */
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
              compiledOn: string;
              deliveries: number;
              /** Format: uuid */
              id: string;
              periodFrom: string;
              periodTo: string;
              productCount: number;
              publishedOn: string | null;
              regionCode: string;
              sections: {
                category: string;
                products: {
                  amountMax: string;
                  amountMin: string;
                  category: string;
                  clusters: string[];
                  collateral: string[];
                  contactName: string;
                  contactPhone: string;
                  description: string;
                  districts: string[];
                  /** Format: uuid */
                  id: string;
                  industries: string[];
                  institutionName: string;
                  listedOn: string;
                  listedVersion: number;
                  materials: string;
                  name: string;
                  /** Format: uuid */
                  orgId: string;
                  rateMax: string | null;
                  rateMin: string | null;
                  regionCode: string;
                  sizeClasses: string[];
                  tags: string[];
                  termMaxMonths: number;
                  termMinMonths: number;
                  type: string;
                }[];
              }[];
              title: string;
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
  "/api/v1/product-catalogues/{id}/booklet": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The catalogue as an A4 PDF booklet (contents, one section per category) or, format=xlsx, Excel */
    get: {
      parameters: {
        query?: {
          format?: "pdf" | "xlsx";
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 产品汇编 PDF 或 Excel (the catalogue booklet as a PDF, or a workbook with format=xlsx) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/pdf": string;
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
  "/api/v1/product-catalogues/{id}/publish": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish a catalogue and push each category to the enterprises it fits (once) */
    post: {
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
              compiledOn: string;
              deliveries: number;
              /** Format: uuid */
              id: string;
              periodFrom: string;
              periodTo: string;
              productCount: number;
              publishedOn: string | null;
              regionCode: string;
              sections: {
                category: string;
                products: {
                  amountMax: string;
                  amountMin: string;
                  category: string;
                  clusters: string[];
                  collateral: string[];
                  contactName: string;
                  contactPhone: string;
                  description: string;
                  districts: string[];
                  /** Format: uuid */
                  id: string;
                  industries: string[];
                  institutionName: string;
                  listedOn: string;
                  listedVersion: number;
                  materials: string;
                  name: string;
                  /** Format: uuid */
                  orgId: string;
                  rateMax: string | null;
                  rateMin: string | null;
                  regionCode: string;
                  sizeClasses: string[];
                  tags: string[];
                  termMaxMonths: number;
                  termMinMonths: number;
                  type: string;
                }[];
              }[];
              title: string;
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
  "/api/v1/product-supermarket": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The product supermarket: listed products of the caller's region, filtered */
    get: {
      parameters: {
        query?: {
          amount?: string;
          category?: "CREDIT" | "SUPPLY_CHAIN" | "INSURANCE" | "LEASING" | "BOND" | "EQUITY" | "GUARANTEE";
          cluster?:
            | "NEV"
            | "ELECTRONICS"
            | "ADVANCED_MATERIALS"
            | "SMART_EQUIPMENT"
            | "FOOD"
            | "SOFTWARE"
            | "NEW_DISPLAY"
            | "MOTORCYCLE"
            | "LIGHT_ALLOYS"
            | "TEXTILES"
            | "BIOMEDICINE"
            | "NEW_ENERGY_STORAGE"
            | "SEMICONDUCTORS"
            | "AI_ROBOTICS"
            | "SERVICE_ROBOTS"
            | "SMART_MANUFACTURING_EQUIPMENT"
            | "POWER_EQUIPMENT"
            | "AGRICULTURAL_MACHINERY"
            | "SENSORS"
            | "SMART_HOME"
            | "FIBRE_COMPOSITES"
            | "SYNTHETIC_MATERIALS"
            | "MODERN_TCM"
            | "MEDICAL_DEVICES"
            | "GREEN_ENVIRONMENTAL"
            | "SATELLITE_INTERNET"
            | "BIOMANUFACTURING"
            | "LIFE_SCIENCES"
            | "METAVERSE"
            | "FRONTIER_MATERIALS";
          collateral?:
            | "NONE"
            | "GUARANTEE"
            | "REAL_ESTATE"
            | "EQUIPMENT"
            | "RECEIVABLES"
            | "INVENTORY"
            | "ORDERS"
            | "INTELLECTUAL_PROPERTY"
            | "EQUITY_PLEDGE";
          district?: string;
          institution?: string;
          page?: number;
          pageSize?: number;
          tag?:
            | "SRDI_CITY"
            | "SRDI_PROVINCE"
            | "LITTLE_GIANT"
            | "SINGLE_CHAMPION"
            | "CHAIN_LEADER"
            | "DOUBLE_HUNDRED"
            | "GAZELLE"
            | "UNICORN"
            | "HIGH_TECH"
            | "TECH_SME"
            | "LISTING_CULTIVATION"
            | "CITY_AUTO_KEY"
            | "CLUSTER_33618";
          termMonths?: number;
          type?:
            | "COMMERCIAL_VALUE_CREDIT"
            | "KNOWLEDGE_VALUE_CREDIT"
            | "IP_PLEDGE_LOAN"
            | "TECH_RENOVATION_LOAN"
            | "ORDER_LOAN"
            | "SRDI_LOAN"
            | "GAZELLE_LOAN"
            | "UNICORN_LOAN"
            | "CARBON_SINK_LOAN"
            | "EQUIPMENT_ORDER_PLEDGE"
            | "WAREHOUSE_RECEIPT_PLEDGE"
            | "RECEIVABLES_PLEDGE"
            | "BILL_DISCOUNT"
            | "LETTER_OF_CREDIT"
            | "YULIANDAI"
            | "FIRST_SET"
            | "FIRST_BATCH"
            | "FIRST_VERSION"
            | "CREDIT_GUARANTEE_INSURANCE"
            | "LOAN_GUARANTEE_INSURANCE"
            | "TECH_PATENT_INSURANCE"
            | "DIRECT_LEASE"
            | "OPERATING_LEASE"
            | "SALE_AND_LEASEBACK"
            | "ENTRUSTED_LEASE"
            | "SUBLEASE"
            | "BOND_UNDERWRITING"
            | "EQUITY_INVESTMENT"
            | "FINANCING_GUARANTEE";
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
              items: {
                amountMax: string;
                amountMin: string;
                category: string;
                clusters: string[];
                collateral: string[];
                contactName: string;
                contactPhone: string;
                description: string;
                districts: string[];
                /** Format: uuid */
                id: string;
                industries: string[];
                institutionName: string;
                listedOn: string;
                listedVersion: number;
                materials: string;
                name: string;
                /** Format: uuid */
                orgId: string;
                rateMax: string | null;
                rateMin: string | null;
                regionCode: string;
                sizeClasses: string[];
                tags: string[];
                termMaxMonths: number;
                termMinMonths: number;
                type: string;
              }[];
              page: number;
              pageSize: number;
              total: number;
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
  "/api/v1/product-supermarket/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A listed product as the supermarket shows it */
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
              amountMax: string;
              amountMin: string;
              category: string;
              clusters: string[];
              collateral: string[];
              contactName: string;
              contactPhone: string;
              description: string;
              districts: string[];
              /** Format: uuid */
              id: string;
              industries: string[];
              institutionName: string;
              listedOn: string;
              listedVersion: number;
              materials: string;
              name: string;
              /** Format: uuid */
              orgId: string;
              rateMax: string | null;
              rateMin: string | null;
              regionCode: string;
              sizeClasses: string[];
              tags: string[];
              termMaxMonths: number;
              termMinMonths: number;
              type: string;
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
  "/api/v1/product-supermarket/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Excel export of the filtered supermarket */
    get: {
      parameters: {
        query?: {
          amount?: string;
          category?: "CREDIT" | "SUPPLY_CHAIN" | "INSURANCE" | "LEASING" | "BOND" | "EQUITY" | "GUARANTEE";
          cluster?:
            | "NEV"
            | "ELECTRONICS"
            | "ADVANCED_MATERIALS"
            | "SMART_EQUIPMENT"
            | "FOOD"
            | "SOFTWARE"
            | "NEW_DISPLAY"
            | "MOTORCYCLE"
            | "LIGHT_ALLOYS"
            | "TEXTILES"
            | "BIOMEDICINE"
            | "NEW_ENERGY_STORAGE"
            | "SEMICONDUCTORS"
            | "AI_ROBOTICS"
            | "SERVICE_ROBOTS"
            | "SMART_MANUFACTURING_EQUIPMENT"
            | "POWER_EQUIPMENT"
            | "AGRICULTURAL_MACHINERY"
            | "SENSORS"
            | "SMART_HOME"
            | "FIBRE_COMPOSITES"
            | "SYNTHETIC_MATERIALS"
            | "MODERN_TCM"
            | "MEDICAL_DEVICES"
            | "GREEN_ENVIRONMENTAL"
            | "SATELLITE_INTERNET"
            | "BIOMANUFACTURING"
            | "LIFE_SCIENCES"
            | "METAVERSE"
            | "FRONTIER_MATERIALS";
          collateral?:
            | "NONE"
            | "GUARANTEE"
            | "REAL_ESTATE"
            | "EQUIPMENT"
            | "RECEIVABLES"
            | "INVENTORY"
            | "ORDERS"
            | "INTELLECTUAL_PROPERTY"
            | "EQUITY_PLEDGE";
          district?: string;
          institution?: string;
          tag?:
            | "SRDI_CITY"
            | "SRDI_PROVINCE"
            | "LITTLE_GIANT"
            | "SINGLE_CHAMPION"
            | "CHAIN_LEADER"
            | "DOUBLE_HUNDRED"
            | "GAZELLE"
            | "UNICORN"
            | "HIGH_TECH"
            | "TECH_SME"
            | "LISTING_CULTIVATION"
            | "CITY_AUTO_KEY"
            | "CLUSTER_33618";
          termMonths?: number;
          type?:
            | "COMMERCIAL_VALUE_CREDIT"
            | "KNOWLEDGE_VALUE_CREDIT"
            | "IP_PLEDGE_LOAN"
            | "TECH_RENOVATION_LOAN"
            | "ORDER_LOAN"
            | "SRDI_LOAN"
            | "GAZELLE_LOAN"
            | "UNICORN_LOAN"
            | "CARBON_SINK_LOAN"
            | "EQUIPMENT_ORDER_PLEDGE"
            | "WAREHOUSE_RECEIPT_PLEDGE"
            | "RECEIVABLES_PLEDGE"
            | "BILL_DISCOUNT"
            | "LETTER_OF_CREDIT"
            | "YULIANDAI"
            | "FIRST_SET"
            | "FIRST_BATCH"
            | "FIRST_VERSION"
            | "CREDIT_GUARANTEE_INSURANCE"
            | "LOAN_GUARANTEE_INSURANCE"
            | "TECH_PATENT_INSURANCE"
            | "DIRECT_LEASE"
            | "OPERATING_LEASE"
            | "SALE_AND_LEASEBACK"
            | "ENTRUSTED_LEASE"
            | "SUBLEASE"
            | "BOND_UNDERWRITING"
            | "EQUITY_INVESTMENT"
            | "FINANCING_GUARANTEE";
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
  "/api/v1/programmes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Subsidised loan programmes */
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
              code: string;
              /** Format: date-time */
              createdAt: string;
              currentVersion: number;
              /** Format: uuid */
              id: string;
              name: string;
              regionCode: string;
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
  "/api/v1/programmes/{code}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A programme with its current configuration and version history */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
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
              code: string;
              config: {
                checkNegativeList: boolean;
                code: string;
                counterGuaranteeMethods: {
                  code: string;
                  en: string;
                  zh: string;
                }[];
                eligibleDistricts: string[];
                /** @description A decimal string (a rate or share: "0.02") */
                fundShareOfGuarantor: string;
                guaranteeFeeSubsidy: {
                  /** @description Decimal yuan ("10000000.00") */
                  cap?: string;
                  /** @enum {string} */
                  dayCount: "ACT/360" | "ACT/365";
                  /** @description A decimal string (a rate or share: "0.02") */
                  feeRateCeiling?: string;
                  /** @description A decimal string (a rate or share: "0.02") */
                  maxShareOfActualFee?: string;
                  /** @description A decimal string (a rate or share: "0.02") */
                  rate: string;
                } & {
                  [key: string]: unknown;
                };
                interestSubsidy: {
                  /** @enum {string} */
                  applicationWindow: "Q2-next-year";
                  /** @enum {string} */
                  dayCount: "ACT/360" | "ACT/365";
                  /** @description Decimal yuan ("10000000.00") */
                  maxPerEnterprisePerYear?: string;
                  /** @description A decimal string (a rate or share: "0.02") */
                  maxRatePoints?: string;
                  /** @description A decimal string (a rate or share: "0.02") */
                  maxShareOfActualRate?: string;
                  noneIfEverOverdue: boolean;
                  /** @description A decimal string (a rate or share: "0.02") */
                  rate: string;
                } & {
                  [key: string]: unknown;
                };
                maxAmountPerEnterprise: string | null;
                maxTermMonths: number | null;
                minAnnualRevenue: string | null;
                minOperatingYears: number | null;
                name: string;
                permittedLoanUses: {
                  code: string;
                  en: string;
                  zh: string;
                }[];
                regionCode: string;
                requiredMaterials?: ("TECH_PROJECT_FILING" | "BUSINESS_LICENCE" | "FINANCIAL_STATEMENTS")[];
                requireKeySupportedList: boolean;
                reviewChain: {
                  reviewers: {
                    name: string;
                    /** @enum {string} */
                    orgType:
                      | "ENTERPRISE"
                      | "INDUSTRY_BUREAU"
                      | "FINANCE_BUREAU"
                      | "CITY_GOVERNMENT"
                      | "BANK"
                      | "GUARANTOR"
                      | "REGUARANTOR"
                      | "FINANCIAL_INSTITUTION"
                      | "PROVINCE"
                      | "MINISTRY"
                      | "CITY_APPLICANT"
                      | "SECURITIES_REGULATOR"
                      | "PLATFORM_ADMIN";
                  }[];
                }[];
                riskSharingSchemes: string[];
                slas: {
                  disbursement: {
                    amount: number;
                    /** @enum {string} */
                    unit: "calendar-days" | "working-days";
                  };
                  review: {
                    amount: number;
                    /** @enum {string} */
                    unit: "calendar-days" | "working-days";
                  };
                };
                supplyChainCategories:
                  | {
                      code: string;
                      en: string;
                      zh: string;
                    }[]
                  | null;
                validityYears: number;
                version: number;
              } & {
                [key: string]: unknown;
              };
              /** Format: date-time */
              createdAt: string;
              currentVersion: number;
              /** Format: uuid */
              id: string;
              name: string;
              regionCode: string;
              versions: {
                /** Format: date-time */
                createdAt: string;
                createdBy: string | null;
                note: string;
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
  "/api/v1/programmes/{code}/config": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Save a new version of a programme's configuration (platform admin) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            config: {
              [key: string]: unknown;
            };
            expectedVersion: number;
            note: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              code: string;
              config: {
                checkNegativeList: boolean;
                code: string;
                counterGuaranteeMethods: {
                  code: string;
                  en: string;
                  zh: string;
                }[];
                eligibleDistricts: string[];
                /** @description A decimal string (a rate or share: "0.02") */
                fundShareOfGuarantor: string;
                guaranteeFeeSubsidy: {
                  /** @description Decimal yuan ("10000000.00") */
                  cap?: string;
                  /** @enum {string} */
                  dayCount: "ACT/360" | "ACT/365";
                  /** @description A decimal string (a rate or share: "0.02") */
                  feeRateCeiling?: string;
                  /** @description A decimal string (a rate or share: "0.02") */
                  maxShareOfActualFee?: string;
                  /** @description A decimal string (a rate or share: "0.02") */
                  rate: string;
                } & {
                  [key: string]: unknown;
                };
                interestSubsidy: {
                  /** @enum {string} */
                  applicationWindow: "Q2-next-year";
                  /** @enum {string} */
                  dayCount: "ACT/360" | "ACT/365";
                  /** @description Decimal yuan ("10000000.00") */
                  maxPerEnterprisePerYear?: string;
                  /** @description A decimal string (a rate or share: "0.02") */
                  maxRatePoints?: string;
                  /** @description A decimal string (a rate or share: "0.02") */
                  maxShareOfActualRate?: string;
                  noneIfEverOverdue: boolean;
                  /** @description A decimal string (a rate or share: "0.02") */
                  rate: string;
                } & {
                  [key: string]: unknown;
                };
                maxAmountPerEnterprise: string | null;
                maxTermMonths: number | null;
                minAnnualRevenue: string | null;
                minOperatingYears: number | null;
                name: string;
                permittedLoanUses: {
                  code: string;
                  en: string;
                  zh: string;
                }[];
                regionCode: string;
                requiredMaterials?: ("TECH_PROJECT_FILING" | "BUSINESS_LICENCE" | "FINANCIAL_STATEMENTS")[];
                requireKeySupportedList: boolean;
                reviewChain: {
                  reviewers: {
                    name: string;
                    /** @enum {string} */
                    orgType:
                      | "ENTERPRISE"
                      | "INDUSTRY_BUREAU"
                      | "FINANCE_BUREAU"
                      | "CITY_GOVERNMENT"
                      | "BANK"
                      | "GUARANTOR"
                      | "REGUARANTOR"
                      | "FINANCIAL_INSTITUTION"
                      | "PROVINCE"
                      | "MINISTRY"
                      | "CITY_APPLICANT"
                      | "SECURITIES_REGULATOR"
                      | "PLATFORM_ADMIN";
                  }[];
                }[];
                riskSharingSchemes: string[];
                slas: {
                  disbursement: {
                    amount: number;
                    /** @enum {string} */
                    unit: "calendar-days" | "working-days";
                  };
                  review: {
                    amount: number;
                    /** @enum {string} */
                    unit: "calendar-days" | "working-days";
                  };
                };
                supplyChainCategories:
                  | {
                      code: string;
                      en: string;
                      zh: string;
                    }[]
                  | null;
                validityYears: number;
                version: number;
              } & {
                [key: string]: unknown;
              };
              /** Format: date-time */
              createdAt: string;
              currentVersion: number;
              /** Format: uuid */
              id: string;
              name: string;
              regionCode: string;
              versions: {
                /** Format: date-time */
                createdAt: string;
                createdBy: string | null;
                note: string;
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
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/programmes/{code}/copies": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Copy a programme into another region under a new code (platform admin; seed 002 art. 18) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            code: string;
            eligibleDistricts: string[];
            name: string;
            regionCode: string;
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
              code: string;
              config: {
                checkNegativeList: boolean;
                code: string;
                counterGuaranteeMethods: {
                  code: string;
                  en: string;
                  zh: string;
                }[];
                eligibleDistricts: string[];
                /** @description A decimal string (a rate or share: "0.02") */
                fundShareOfGuarantor: string;
                guaranteeFeeSubsidy: {
                  /** @description Decimal yuan ("10000000.00") */
                  cap?: string;
                  /** @enum {string} */
                  dayCount: "ACT/360" | "ACT/365";
                  /** @description A decimal string (a rate or share: "0.02") */
                  feeRateCeiling?: string;
                  /** @description A decimal string (a rate or share: "0.02") */
                  maxShareOfActualFee?: string;
                  /** @description A decimal string (a rate or share: "0.02") */
                  rate: string;
                } & {
                  [key: string]: unknown;
                };
                interestSubsidy: {
                  /** @enum {string} */
                  applicationWindow: "Q2-next-year";
                  /** @enum {string} */
                  dayCount: "ACT/360" | "ACT/365";
                  /** @description Decimal yuan ("10000000.00") */
                  maxPerEnterprisePerYear?: string;
                  /** @description A decimal string (a rate or share: "0.02") */
                  maxRatePoints?: string;
                  /** @description A decimal string (a rate or share: "0.02") */
                  maxShareOfActualRate?: string;
                  noneIfEverOverdue: boolean;
                  /** @description A decimal string (a rate or share: "0.02") */
                  rate: string;
                } & {
                  [key: string]: unknown;
                };
                maxAmountPerEnterprise: string | null;
                maxTermMonths: number | null;
                minAnnualRevenue: string | null;
                minOperatingYears: number | null;
                name: string;
                permittedLoanUses: {
                  code: string;
                  en: string;
                  zh: string;
                }[];
                regionCode: string;
                requiredMaterials?: ("TECH_PROJECT_FILING" | "BUSINESS_LICENCE" | "FINANCIAL_STATEMENTS")[];
                requireKeySupportedList: boolean;
                reviewChain: {
                  reviewers: {
                    name: string;
                    /** @enum {string} */
                    orgType:
                      | "ENTERPRISE"
                      | "INDUSTRY_BUREAU"
                      | "FINANCE_BUREAU"
                      | "CITY_GOVERNMENT"
                      | "BANK"
                      | "GUARANTOR"
                      | "REGUARANTOR"
                      | "FINANCIAL_INSTITUTION"
                      | "PROVINCE"
                      | "MINISTRY"
                      | "CITY_APPLICANT"
                      | "SECURITIES_REGULATOR"
                      | "PLATFORM_ADMIN";
                  }[];
                }[];
                riskSharingSchemes: string[];
                slas: {
                  disbursement: {
                    amount: number;
                    /** @enum {string} */
                    unit: "calendar-days" | "working-days";
                  };
                  review: {
                    amount: number;
                    /** @enum {string} */
                    unit: "calendar-days" | "working-days";
                  };
                };
                supplyChainCategories:
                  | {
                      code: string;
                      en: string;
                      zh: string;
                    }[]
                  | null;
                validityYears: number;
                version: number;
              } & {
                [key: string]: unknown;
              };
              /** Format: date-time */
              createdAt: string;
              currentVersion: number;
              /** Format: uuid */
              id: string;
              name: string;
              regionCode: string;
              versions: {
                /** Format: date-time */
                createdAt: string;
                createdBy: string | null;
                note: string;
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
  "/api/v1/programmes/{code}/eligibility": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check an enterprise against every eligibility rule of the programme */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            amount: string;
            /** Format: uuid */
            enterpriseId: string;
            loanUse: string;
            supplyChainCategory: string | null;
            termMonths: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              checks: {
                passed: boolean;
                reason: string;
                /** @enum {string} */
                rule:
                  | "registered-district"
                  | "supply-chain-category"
                  | "operating-history"
                  | "annual-revenue"
                  | "key-supported-list"
                  | "negative-list"
                  | "amount-limit"
                  | "term-limit"
                  | "loan-use";
              }[];
              eligible: boolean;
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
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/reference/enterprise-catalogue": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tags, ownership types, industries, size classes */
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
              readonly clusters: {
                code: string;
                en: string;
                zh: string;
              }[];
              readonly industries: {
                code: string;
                en: string;
                zh: string;
              }[];
              readonly ownership: {
                code: string;
                en: string;
                zh: string;
              }[];
              readonly sizeClasses: {
                code: string;
                en: string;
                zh: string;
              }[];
              readonly tags: {
                code: string;
                derived: boolean;
                en: string;
                zh: string;
              }[];
            };
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
  "/api/v1/regions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Administrative divisions */
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
              code: string;
              level: string;
              name: string;
              nameEn: string;
              parentCode: string | null;
            }[];
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
  "/api/v1/reports/programme-monthly": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Monthly programme report (seed 002 art. 17): per bank and per guarantor, applications, approvals, lending, outstanding, subsidies, defaults, compensation, recoveries; the fund's cash; a 12-month trend */
    get: {
      parameters: {
        query: {
          month: string;
          programme: string;
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
              byBank: {
                applications: {
                  cumulative: number;
                  inMonth: number;
                };
                approvals: {
                  cumulative: number;
                  inMonth: number;
                };
                compensation: {
                  cumulative: string;
                  inMonth: string;
                };
                defaultLoss: {
                  cumulative: string;
                  inMonth: string;
                };
                defaults: {
                  cumulative: number;
                  inMonth: number;
                };
                disbursed: {
                  cumulative: string;
                  inMonth: string;
                };
                feeSubsidy: {
                  cumulative: string;
                  inMonth: string;
                };
                interestSubsidy: {
                  cumulative: string;
                  inMonth: string;
                };
                loansOutstanding: number;
                name: string;
                orgId: string;
                /** @description Outstanding principal at the month's end */
                outstanding: string;
                recoveries: {
                  cumulative: string;
                  inMonth: string;
                };
              }[];
              byGuarantor: {
                applications: {
                  cumulative: number;
                  inMonth: number;
                };
                approvals: {
                  cumulative: number;
                  inMonth: number;
                };
                compensation: {
                  cumulative: string;
                  inMonth: string;
                };
                defaultLoss: {
                  cumulative: string;
                  inMonth: string;
                };
                defaults: {
                  cumulative: number;
                  inMonth: number;
                };
                disbursed: {
                  cumulative: string;
                  inMonth: string;
                };
                feeSubsidy: {
                  cumulative: string;
                  inMonth: string;
                };
                interestSubsidy: {
                  cumulative: string;
                  inMonth: string;
                };
                loansOutstanding: number;
                name: string;
                orgId: string;
                /** @description Outstanding principal at the month's end */
                outstanding: string;
                recoveries: {
                  cumulative: string;
                  inMonth: string;
                };
              }[];
              /** @description The month's first day */
              from: string;
              fund: {
                cashBalance: string;
                code: string;
                id: string;
                name: string;
              } | null;
              month: string;
              programme: {
                code: string;
                name: string;
                regionCode: string;
              };
              /** @description The month's last day (counted) */
              to: string;
              total: {
                applications: {
                  cumulative: number;
                  inMonth: number;
                };
                approvals: {
                  cumulative: number;
                  inMonth: number;
                };
                compensation: {
                  cumulative: string;
                  inMonth: string;
                };
                defaultLoss: {
                  cumulative: string;
                  inMonth: string;
                };
                defaults: {
                  cumulative: number;
                  inMonth: number;
                };
                disbursed: {
                  cumulative: string;
                  inMonth: string;
                };
                feeSubsidy: {
                  cumulative: string;
                  inMonth: string;
                };
                interestSubsidy: {
                  cumulative: string;
                  inMonth: string;
                };
                loansOutstanding: number;
                /** @description Outstanding principal at the month's end */
                outstanding: string;
                recoveries: {
                  cumulative: string;
                  inMonth: string;
                };
              };
              /** @description The twelve months ending with the report's, oldest first */
              trend: {
                /** @description The fund's cash at the month's end; null when no fund pays for the programme */
                cashBalance: string | null;
                compensation: string;
                disbursed: string;
                feeSubsidy: string;
                interestSubsidy: string;
                month: string;
                outstanding: string;
                recoveries: string;
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
  "/api/v1/reports/programme-monthly/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The monthly programme report as an Excel workbook */
    get: {
      parameters: {
        query: {
          month: string;
          programme: string;
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
  "/api/v1/supply-chain-finance/arrangements": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Account-lock arrangements (协助账户锁定) of the core enterprise, or of the bank */
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
              accountBank: string;
              accountName: string;
              accountNo: string;
              activeToday: boolean;
              bankName: string;
              /** Format: uuid */
              bankOrgId: string;
              /** Format: uuid */
              coreEnterpriseId: string;
              coreName: string;
              decidedAt: string | null;
              decidedByName: string | null;
              decisionNote: string | null;
              effectiveFrom: string;
              effectiveTo: string;
              /** Format: uuid */
              id: string;
              /** Format: date-time */
              recordedAt: string;
              recordedByName: string;
              /** @enum {string} */
              status: "PROPOSED" | "CONFIRMED" | "DECLINED" | "ENDED";
              version: number;
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
    /** The core enterprise records its collection account at a bank, for the bank to confirm */
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
            accountBank: string;
            accountName: string;
            accountNo: string;
            /** Format: uuid */
            bankOrgId: string;
            /** Format: date */
            effectiveFrom: string;
            /** Format: date */
            effectiveTo: string;
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
              accountBank: string;
              accountName: string;
              accountNo: string;
              activeToday: boolean;
              bankName: string;
              /** Format: uuid */
              bankOrgId: string;
              /** Format: uuid */
              coreEnterpriseId: string;
              coreName: string;
              decidedAt: string | null;
              decidedByName: string | null;
              decisionNote: string | null;
              effectiveFrom: string;
              effectiveTo: string;
              /** Format: uuid */
              id: string;
              /** Format: date-time */
              recordedAt: string;
              recordedByName: string;
              /** @enum {string} */
              status: "PROPOSED" | "CONFIRMED" | "DECLINED" | "ENDED";
              version: number;
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
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/supply-chain-finance/arrangements/{id}/decision": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The bank confirms or declines a proposed arrangement, or ends a confirmed one (with the reason) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            action: "CONFIRM" | "DECLINE" | "END";
            note?: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              accountBank: string;
              accountName: string;
              accountNo: string;
              activeToday: boolean;
              bankName: string;
              /** Format: uuid */
              bankOrgId: string;
              /** Format: uuid */
              coreEnterpriseId: string;
              coreName: string;
              decidedAt: string | null;
              decidedByName: string | null;
              decisionNote: string | null;
              effectiveFrom: string;
              effectiveTo: string;
              /** Format: uuid */
              id: string;
              /** Format: date-time */
              recordedAt: string;
              recordedByName: string;
              /** @enum {string} */
              status: "PROPOSED" | "CONFIRMED" | "DECLINED" | "ENDED";
              version: number;
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
  "/api/v1/supply-chain-finance/financings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Financings of the caller: a supplier's and a core's, or the bank's */
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
              amount: string;
              bankName: string;
              /** Format: uuid */
              bankOrgId: string;
              /** Format: uuid */
              coreEnterpriseId: string;
              coreName: string;
              /** Format: date-time */
              createdAt: string;
              declineReason: string | null;
              financedOn: string | null;
              /** Format: uuid */
              id: string;
              receivables: {
                amount: string;
                documentNo: string;
                /** Format: uuid */
                id: string;
              }[];
              repaidOn: string | null;
              repaymentSource: ("SUPPLIER" | "CORE_PAYMENT") | null;
              /** @enum {string} */
              status: "REQUESTED" | "FINANCED" | "DECLINED" | "REPAID";
              supplierName: string | null;
              supplierUscc: string;
              version: number;
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
    /** A supplier asks an arranged bank to finance selected receivables, or a bank finances them at once; a receivable is financed once */
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
            amount: string;
            /** Format: uuid */
            bankOrgId?: string;
            payableIds: string[];
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
              amount: string;
              bankName: string;
              /** Format: uuid */
              bankOrgId: string;
              /** Format: uuid */
              coreEnterpriseId: string;
              coreName: string;
              /** Format: date-time */
              createdAt: string;
              declineReason: string | null;
              financedOn: string | null;
              /** Format: uuid */
              id: string;
              receivables: {
                amount: string;
                documentNo: string;
                /** Format: uuid */
                id: string;
              }[];
              repaidOn: string | null;
              repaymentSource: ("SUPPLIER" | "CORE_PAYMENT") | null;
              /** @enum {string} */
              status: "REQUESTED" | "FINANCED" | "DECLINED" | "REPAID";
              supplierName: string | null;
              supplierUscc: string;
              version: number;
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
  "/api/v1/supply-chain-finance/financings/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A financing with its receivables */
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
              amount: string;
              bankName: string;
              /** Format: uuid */
              bankOrgId: string;
              /** Format: uuid */
              coreEnterpriseId: string;
              coreName: string;
              /** Format: date-time */
              createdAt: string;
              declineReason: string | null;
              financedOn: string | null;
              /** Format: uuid */
              id: string;
              receivables: {
                amount: string;
                documentNo: string;
                /** Format: uuid */
                id: string;
              }[];
              repaidOn: string | null;
              repaymentSource: ("SUPPLIER" | "CORE_PAYMENT") | null;
              /** @enum {string} */
              status: "REQUESTED" | "FINANCED" | "DECLINED" | "REPAID";
              supplierName: string | null;
              supplierUscc: string;
              version: number;
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
  "/api/v1/supply-chain-finance/financings/{id}/decision": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The bank finances a supplier's request, or declines it with the reason */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Idempotency-Key (IETF httpapi draft): a retry with the same key and content returns the first response; the same key with other content is 409 */
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            action: "FINANCE" | "DECLINE";
            reason?: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              amount: string;
              bankName: string;
              /** Format: uuid */
              bankOrgId: string;
              /** Format: uuid */
              coreEnterpriseId: string;
              coreName: string;
              /** Format: date-time */
              createdAt: string;
              declineReason: string | null;
              financedOn: string | null;
              /** Format: uuid */
              id: string;
              receivables: {
                amount: string;
                documentNo: string;
                /** Format: uuid */
                id: string;
              }[];
              repaidOn: string | null;
              repaymentSource: ("SUPPLIER" | "CORE_PAYMENT") | null;
              /** @enum {string} */
              status: "REQUESTED" | "FINANCED" | "DECLINED" | "REPAID";
              supplierName: string | null;
              supplierUscc: string;
              version: number;
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
  "/api/v1/supply-chain-finance/financings/{id}/repay": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The bank records the repayment, by the supplier or by the core's payment into the locked account; the receivables are released */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Idempotency-Key (IETF httpapi draft): a retry with the same key and content returns the first response; the same key with other content is 409 */
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: date */
            repaidOn: string;
            /** @enum {string} */
            source: "SUPPLIER" | "CORE_PAYMENT";
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              amount: string;
              bankName: string;
              /** Format: uuid */
              bankOrgId: string;
              /** Format: uuid */
              coreEnterpriseId: string;
              coreName: string;
              /** Format: date-time */
              createdAt: string;
              declineReason: string | null;
              financedOn: string | null;
              /** Format: uuid */
              id: string;
              receivables: {
                amount: string;
                documentNo: string;
                /** Format: uuid */
                id: string;
              }[];
              repaidOn: string | null;
              repaymentSource: ("SUPPLIER" | "CORE_PAYMENT") | null;
              /** @enum {string} */
              status: "REQUESTED" | "FINANCED" | "DECLINED" | "REPAID";
              supplierName: string | null;
              supplierUscc: string;
              version: number;
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
  "/api/v1/supply-chain-finance/limits": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Verified limits with their working: a supplier's against each core, or a bank's desk of the suppliers of its arranged cores */
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
              advance: string;
              advanceRate: string;
              banks: {
                name: string;
                /** Format: uuid */
                orgId: string;
              }[];
              cap: string;
              checks: {
                passed: boolean;
                reason: {
                  en: string;
                  zh: string;
                };
                rule: string;
              }[];
              /** Format: uuid */
              coreEnterpriseId: string;
              coreName: string;
              eligible: string;
              limit: string;
              outstanding: string;
              receivables: {
                amount: string;
                /** Format: uuid */
                coreEnterpriseId: string;
                coreName: string;
                documentNo: string;
                dueOn: string;
                eligible: boolean;
                financingId: string | null;
                /** Format: uuid */
                id: string;
                issuedOn: string;
                /** @enum {string} */
                kind: "ORDER" | "INVOICE" | "RECEIVABLE";
                reason: {
                  en: string;
                  zh: string;
                } | null;
                /** @enum {string} */
                status: "OPEN" | "FINANCED" | "SETTLED" | "WITHDRAWN";
                supplierName: string | null;
                supplierUscc: string;
                version: number;
                viaApiKey: boolean;
                withdrawReason: string | null;
              }[];
              supplierName: string | null;
              supplierUscc: string;
              working: {
                en: string;
                zh: string;
              }[];
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
  "/api/v1/supply-chain-finance/payables": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Payables the caller may see: a core's own, a supplier's own lines, a bank's offered and financed */
    get: {
      parameters: {
        query?: {
          side?: "core" | "supplier";
          status?: "OPEN" | "FINANCED" | "SETTLED" | "WITHDRAWN";
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
              amount: string;
              /** Format: uuid */
              coreEnterpriseId: string;
              coreName: string;
              documentNo: string;
              dueOn: string;
              financingId: string | null;
              /** Format: uuid */
              id: string;
              issuedOn: string;
              /** @enum {string} */
              kind: "ORDER" | "INVOICE" | "RECEIVABLE";
              /** @enum {string} */
              status: "OPEN" | "FINANCED" | "SETTLED" | "WITHDRAWN";
              supplierName: string | null;
              supplierUscc: string;
              version: number;
              viaApiKey: boolean;
              withdrawReason: string | null;
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
    /** Record one payable of the core enterprise (its ERP by API key); a document number once */
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
            amount: string;
            documentNo: string;
            /** Format: date */
            dueOn: string;
            /** Format: date */
            issuedOn: string;
            /** @enum {string} */
            kind: "ORDER" | "INVOICE" | "RECEIVABLE";
            supplierUscc: string;
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
              amount: string;
              /** Format: uuid */
              coreEnterpriseId: string;
              coreName: string;
              documentNo: string;
              dueOn: string;
              financingId: string | null;
              /** Format: uuid */
              id: string;
              issuedOn: string;
              /** @enum {string} */
              kind: "ORDER" | "INVOICE" | "RECEIVABLE";
              /** @enum {string} */
              status: "OPEN" | "FINANCED" | "SETTLED" | "WITHDRAWN";
              supplierName: string | null;
              supplierUscc: string;
              version: number;
              viaApiKey: boolean;
              withdrawReason: string | null;
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
  "/api/v1/supply-chain-finance/payables/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Correct a payable nobody has financed (the core enterprise) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            amount: string;
            /** Format: date */
            dueOn: string;
            /** Format: date */
            issuedOn: string;
            /** @enum {string} */
            kind: "ORDER" | "INVOICE" | "RECEIVABLE";
            supplierUscc: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              amount: string;
              /** Format: uuid */
              coreEnterpriseId: string;
              coreName: string;
              documentNo: string;
              dueOn: string;
              financingId: string | null;
              /** Format: uuid */
              id: string;
              issuedOn: string;
              /** @enum {string} */
              kind: "ORDER" | "INVOICE" | "RECEIVABLE";
              /** @enum {string} */
              status: "OPEN" | "FINANCED" | "SETTLED" | "WITHDRAWN";
              supplierName: string | null;
              supplierUscc: string;
              version: number;
              viaApiKey: boolean;
              withdrawReason: string | null;
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
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/supply-chain-finance/payables/{id}/withdraw": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw a payable nobody has financed, with the reason (the core enterprise) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            reason: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              amount: string;
              /** Format: uuid */
              coreEnterpriseId: string;
              coreName: string;
              documentNo: string;
              dueOn: string;
              financingId: string | null;
              /** Format: uuid */
              id: string;
              issuedOn: string;
              /** @enum {string} */
              kind: "ORDER" | "INVOICE" | "RECEIVABLE";
              /** @enum {string} */
              status: "OPEN" | "FINANCED" | "SETTLED" | "WITHDRAWN";
              supplierName: string | null;
              supplierUscc: string;
              version: number;
              viaApiKey: boolean;
              withdrawReason: string | null;
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
  "/api/v1/supply-chain-finance/payables/import": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upload payables from Excel (multipart field `file`): all rows or none, with a row-by-row report */
    post: {
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
              imported: number;
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
  "/api/v1/supply-chain-finance/payables/template": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The Excel template for uploading payables */
    get: {
      parameters: {
        query?: never;
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
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/supply-chain-finance/report": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The programme's volume financed, outstanding and repaid, by bank and by core (the bureaus) */
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
              byBank: {
                bankName: string;
                /** Format: uuid */
                bankOrgId: string;
                count: number;
                financed: string;
                outstanding: string;
                repaid: string;
              }[];
              byCore: {
                /** Format: uuid */
                coreEnterpriseId: string;
                coreName: string;
                count: number;
                financed: string;
                outstanding: string;
                repaid: string;
              }[];
              regionCode: string;
              totals: {
                count: number;
                financed: string;
                outstanding: string;
                repaid: string;
              };
            };
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
  "/api/v1/supply-chain-finance/report/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The programme's report as an Excel workbook */
    get: {
      parameters: {
        query?: never;
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
  "/api/v1/supply-chain-finance/rules/{regionCode}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The advance rate, per-supplier cap and days to due that apply in a region */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          regionCode: string;
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
              advanceRate: string;
              configured: boolean;
              maxDaysToDue: number;
              minDaysToDue: number;
              regionCode: string;
              supplierCap: string;
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
      };
    };
    /** Set a region's rules (platform admin) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          regionCode: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            advanceRate: string;
            maxDaysToDue: number;
            minDaysToDue: number;
            supplierCap: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              advanceRate: string;
              configured: boolean;
              maxDaysToDue: number;
              minDaysToDue: number;
              regionCode: string;
              supplierCap: string;
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
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/supply-chain-links": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Link a supplier to a core enterprise */
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
            /** Format: uuid */
            coreEnterpriseId: string;
            products: string;
            /** Format: uuid */
            supplierEnterpriseId: string;
            tier: number;
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
              /** Format: uuid */
              coreEnterpriseId: string;
              /** Format: uuid */
              id: string;
              products: string;
              /** Format: uuid */
              supplierEnterpriseId: string;
              tier: number;
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
  "/api/v1/supply-chain-links/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a supply-chain link */
    delete: {
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
        /** @description 已删除 (deleted; no body) */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/uscc/{code}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Check a unified social credit code (GB 32100-2015) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
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
            "application/json":
              | {
                  divisionCode: string;
                  /** @enum {boolean} */
                  valid: true;
                }
              | {
                  reason: string;
                  rule: string;
                  /** @enum {boolean} */
                  valid: false;
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
        /** @description 请求过于频繁 (too many requests) */
        429: {
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
  "/api/v1/users/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit, disable or reset the password of a user (organisation admin) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            active?: boolean;
            displayName?: string;
            password?: string;
            roles?: ("admin" | "operator" | "reviewer")[];
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              active: boolean;
              /** Format: date-time */
              createdAt: string;
              displayName: string;
              id: string;
              /** @description When the lock after repeated failed sign-ins ends, while it holds */
              lockedUntil: string | null;
              orgId: string;
              roles: string[];
              username: string;
              version: number;
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
    trace?: never;
  };
  "/api/v1/workbench": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What waits for the caller's organisation, by due date, and its latest items */
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
              items: {
                amount: string;
                context: string;
                daysLeft: number | null;
                dueOn: string | null;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind:
                  | "application"
                  | "payment"
                  | "default-case"
                  | "interest-subsidy-claim"
                  | "product-review"
                  | "demand-curation"
                  | "claim-escalated"
                  | "demand-push"
                  | "claim-step"
                  | "claim-outcome"
                  | "bridge-loan";
                since: string;
                sla: ("on-time" | "due-soon" | "due-today" | "overdue") | null;
                status: string;
                title: string;
              }[];
              latest: {
                amount: string;
                context: string;
                daysLeft: number | null;
                dueOn: string | null;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind:
                  | "application"
                  | "payment"
                  | "default-case"
                  | "interest-subsidy-claim"
                  | "product-review"
                  | "demand-curation"
                  | "claim-escalated"
                  | "demand-push"
                  | "claim-step"
                  | "claim-outcome"
                  | "bridge-loan";
                since: string;
                sla: ("on-time" | "due-soon" | "due-today" | "overdue") | null;
                status: string;
                title: string;
              }[];
              tasks: {
                daysLeft: number;
                dueOn: string;
                /** @enum {string} */
                kind: "official-calendar-year";
                title: string;
                year: number;
              }[];
              waiting: {
                applications: number;
                bridgeLoans: number;
                claims: number;
                defaultCases: number;
                demands: number;
                payments: number;
                products: number;
                total: number;
              };
            };
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
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Problem: {
      code: string;
      detail: string;
      errors?: {
        field: string;
        message: string;
        rule: string;
      }[];
      status: number;
      title: string;
      type: string;
    };
    ProblemInput: {
      code: string;
      detail: string;
      errors?: {
        field: string;
        message: string;
        rule: string;
      }[];
      status: number;
      title: string;
      type: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
