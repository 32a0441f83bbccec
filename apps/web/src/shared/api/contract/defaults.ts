/** GENERATED from the server's OpenAPI document by scripts/contract.ts: do not edit by hand. The routes tagged defaults. */
import type { components } from "./components";

export interface paths {
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
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
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
            "application/json": components["schemas"]["DefaultCase"];
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
            "application/json": components["schemas"]["DefaultCase"];
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
            "application/json": components["schemas"]["DefaultCase"];
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
            "application/json": components["schemas"]["DefaultCase"];
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
              defaultCase: components["schemas"]["DefaultCase"];
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
              defaultCase: components["schemas"]["DefaultCase"];
              recoveryId: string;
              replayed: boolean;
            };
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
            "application/json": components["schemas"]["DefaultCase"];
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
            "application/json": components["schemas"]["DefaultCase"];
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
}
