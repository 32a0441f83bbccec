/** GENERATED from the server's OpenAPI document by scripts/contract.ts: do not edit by hand. The routes tagged fund. */
import type { components } from "./components";

export interface paths {
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
              items: components["schemas"]["GuaranteeFeeReceipt"][];
              /** @description 元, two decimals */
              total: string;
            };
          };
        };
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
        404: components["responses"]["NotFound"];
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
            "application/json": components["schemas"]["GuaranteeFeeReceiptWriteResult"];
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
            "application/json": components["schemas"]["GuaranteeFeeReceiptWriteResult"];
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
                  | "CENTRAL_BANK_BRANCH"
                  | "EXPERT"
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
            "application/json": components["schemas"]["FundPaymentDetail"];
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
            "application/json": components["schemas"]["FundPaymentDetail"];
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
        200: components["responses"]["Workbook"];
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
              items: components["schemas"]["FundPaymentLine"][];
              page: number;
              pageSize: number;
              total: number;
            };
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
            "application/json": components["schemas"]["FundDetail"];
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
            "application/json": components["schemas"]["FundPostingReceipt"];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["FundPostingReceipt"];
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
              batch: components["schemas"]["FeeSubsidyPayment"] | null;
              eligibleCount: number;
              fund: {
                code: string;
                id: string;
                name: string;
              };
              lines: components["schemas"]["FeeSubsidyLine"][];
              paymentId: string;
              /** @description 元, two decimals */
              total: string;
              year: number;
              yearEnded: boolean;
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
              batch: components["schemas"]["FeeSubsidyPayment"] | null;
              eligibleCount: number;
              fund: {
                code: string;
                id: string;
                name: string;
              };
              lines: components["schemas"]["FeeSubsidyLine"][];
              /** @description 元, two decimals */
              total: string;
              year: number;
              yearEnded: boolean;
            };
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
                decision: components["schemas"]["PostingDecision"];
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
                legs: components["schemas"]["PostingLeg"][];
                mayReverse: boolean;
                memo: string;
                movements: components["schemas"]["PostingMovement"][];
                postingId: number;
                /** Format: date-time */
                recordedAt: string;
                recordedBy: components["schemas"]["PostingRecorder"];
                reversedBy: number | null;
                reverses: number | null;
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
            "application/json": components["schemas"]["FundPostingReceipt"];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["FundPostingReceipt"];
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
                  decision: components["schemas"]["PostingDecision"];
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
                  legs: components["schemas"]["PostingLeg"][];
                  memo: string;
                  movements: components["schemas"]["PostingMovement"][];
                  postingId: number;
                  /** Format: date-time */
                  recordedAt: string;
                  recordedBy: components["schemas"]["PostingRecorder"];
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
        200: components["responses"]["Workbook"];
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
              byBank: components["schemas"]["ProgrammeReportLine"][];
              byGuarantor: components["schemas"]["ProgrammeReportLine"][];
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
                applications: components["schemas"]["CountTally"];
                approvals: components["schemas"]["CountTally"];
                compensation: components["schemas"]["MoneyTally"];
                defaultLoss: components["schemas"]["MoneyTally"];
                defaults: components["schemas"]["CountTally"];
                disbursed: components["schemas"]["MoneyTally"];
                feeSubsidy: components["schemas"]["MoneyTally"];
                interestSubsidy: components["schemas"]["MoneyTally"];
                loansOutstanding: number;
                /** @description Outstanding principal at the month's end */
                outstanding: string;
                recoveries: components["schemas"]["MoneyTally"];
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
        200: components["responses"]["Workbook"];
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
}
