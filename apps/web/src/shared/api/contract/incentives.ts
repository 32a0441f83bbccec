/** GENERATED from the server's OpenAPI document by scripts/contract.ts: do not edit by hand. The routes tagged incentives. */
import type { components } from "./components";

export interface paths {
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
              policyNameEn: string;
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
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
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
          "application/json": components["schemas"]["IncentiveApplicationFormInput"];
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["IncentiveApplicationDetail"];
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
            "application/json": components["schemas"]["IncentiveApplicationDetail"];
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
        200: components["responses"]["Workbook"];
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
          "application/json": components["schemas"]["IncentiveApplicationFormInput"];
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
              working: components["schemas"]["IncentiveWorking"];
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
            "application/json": components["schemas"]["IncentiveEvidence"];
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
            "application/json": components["schemas"]["IncentivePolicy"][];
          };
        };
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
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
            "application/json": components["schemas"]["IncentivePolicyDetail"];
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
            "application/json": components["schemas"]["IncentivePolicyDetail"];
          };
        };
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
        404: components["responses"]["NotFound"];
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
            policy: components["schemas"]["IncentivePolicyDefinitionInput"];
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
            "application/json": components["schemas"]["IncentivePolicyDetail"];
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
            "application/json": components["schemas"]["IncentivePolicyDetail"];
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
              policy: components["schemas"]["IncentivePolicyDefinition"];
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
}
