/** GENERATED from the server's OpenAPI document by scripts/contract.ts: do not edit by hand. The routes tagged applications. */
import type { components } from "./components";

export interface paths {
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
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
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
            form: components["schemas"]["RecommendationFormInput"];
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
            "application/json": components["schemas"]["LoanApplication"];
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
            "application/json": components["schemas"]["LoanApplication"];
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
            form?: components["schemas"]["RecommendationFormInput"];
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
            "application/json": components["schemas"]["LoanApplication"];
          };
        };
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
        404: components["responses"]["NotFound"];
        409: components["responses"]["Conflict"];
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
            "application/json": components["schemas"]["LoanApplication"];
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
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
        404: components["responses"]["NotFound"];
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
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
        404: components["responses"]["NotFound"];
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
            "application/json": components["schemas"]["LoanServicing"];
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
            "application/json": components["schemas"]["LoanServicing"];
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
                banks: components["schemas"]["ProgrammeParticipant"][];
                code: string;
                guarantors: components["schemas"]["ProgrammeParticipant"][];
                name: string;
                requiredMaterials: ("TECH_PROJECT_FILING" | "BUSINESS_LICENCE" | "FINANCIAL_STATEMENTS")[];
              }[];
            };
          };
        };
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
            "application/json": components["schemas"]["Notification"][];
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
            "application/json": components["schemas"]["Notification"];
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
