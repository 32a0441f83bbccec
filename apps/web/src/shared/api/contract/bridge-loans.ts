/** GENERATED from the server's OpenAPI document by scripts/contract.ts: do not edit by hand. The routes tagged bridge-loans. */
import type { components } from "./components";

export interface paths {
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
              rules: components["schemas"]["BridgeFundRules"];
              version: number;
            }[];
          };
        };
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
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
            "application/json": components["schemas"]["BridgeFundDetail"];
          };
        };
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
        404: components["responses"]["NotFound"];
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
            rules: components["schemas"]["BridgeFundRulesInput"];
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
            "application/json": components["schemas"]["BridgeFundDetail"];
          };
        };
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
        404: components["responses"]["NotFound"];
        409: components["responses"]["Conflict"];
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
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
        413: components["responses"]["PayloadTooLarge"];
        415: components["responses"]["UnsupportedMediaType"];
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
              ceiling: components["schemas"]["BridgeLoanCeiling"];
              contractNo: string;
              /** Format: uuid */
              enterpriseId: string;
              enterpriseName: string;
              expectedDisbursementOn: string | null;
              fee: string | null;
              feeWorking: components["schemas"]["BridgeLoanFeeWorking"] | null;
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
              overdue: components["schemas"]["BridgeLoanOverdue"] | null;
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
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
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
            "application/json": components["schemas"]["BridgeLoanDetail"];
          };
        };
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
        404: components["responses"]["NotFound"];
        409: components["responses"]["Conflict"];
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
            "application/json": components["schemas"]["BridgeLoanDetail"];
          };
        };
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
        404: components["responses"]["NotFound"];
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
            "application/json": components["schemas"]["BridgeLoanDetail"];
          };
        };
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
        404: components["responses"]["NotFound"];
        409: components["responses"]["Conflict"];
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
        200: components["responses"]["AttachmentFile"];
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
        404: components["responses"]["NotFound"];
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
            "application/json": components["schemas"]["BridgeLoanDetail"];
          };
        };
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
        404: components["responses"]["NotFound"];
        409: components["responses"]["Conflict"];
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
            "application/json": components["schemas"]["BridgeLoanDetail"];
          };
        };
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
        404: components["responses"]["NotFound"];
        409: components["responses"]["Conflict"];
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
        200: components["responses"]["Workbook"];
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
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
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
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
              ceiling: components["schemas"]["BridgeLoanCeiling"];
              fee: string;
              feeWorking: components["schemas"]["BridgeLoanFeeWorking"];
              paidOn: string;
              returnDue: string | null;
              withinCeiling: boolean;
            };
          };
        };
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
        404: components["responses"]["NotFound"];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
