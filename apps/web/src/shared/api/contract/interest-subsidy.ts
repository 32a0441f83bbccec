/** GENERATED from the server's OpenAPI document by scripts/contract.ts: do not edit by hand. The routes tagged interest-subsidy. */
import type { components } from "./components";

export interface paths {
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
            "application/json": components["schemas"]["PaymentReference"];
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
            "application/json": components["schemas"]["PaymentReference"];
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
                form: components["schemas"]["InterestSubsidyClaimForm"];
                id: string;
                loan: components["schemas"]["SubsidisedLoan"];
                payment: components["schemas"]["SubsidyPaymentLine"] | null;
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
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
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
            "application/json": components["schemas"]["InterestSubsidyClaimDetail"];
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
            "application/json": components["schemas"]["InterestSubsidyClaimDetail"];
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
            "application/json": components["schemas"]["InterestSubsidyClaimDetail"];
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
                bank: components["schemas"]["LoanParty"];
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
                enterprise: components["schemas"]["LoanParty"];
                everOverdue: boolean;
                /** @description 元, two decimals */
                interestPaid: string;
                open: boolean;
                /** @description 元, two decimals */
                outstanding: string;
                payment: components["schemas"]["SubsidyPaymentLine"] | null;
                programme: {
                  code: string;
                  name: string;
                  version: number;
                };
                settledOn: string | null;
                subsidy: components["schemas"]["LoanSubsidy"];
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
}
