/** GENERATED from the server's OpenAPI document by scripts/contract.ts: do not edit by hand. The routes tagged financing-demands. */
import type { components } from "./components";

export interface paths {
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
            "application/json": components["schemas"]["FinancingClaim"][];
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
            "application/json": components["schemas"]["FinancingClaim"];
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
            "application/json": components["schemas"]["FinancingDemandBatch"][];
          };
        };
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
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
            "application/json": components["schemas"]["FinancingDemandBatch"];
          };
        };
        400: components["responses"]["BadRequest"];
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
              claims: components["schemas"]["FinancingClaim"][];
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
              product: components["schemas"]["RequestedProduct"] | null;
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
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
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
            "application/json": components["schemas"]["FinancingDemandDetail"];
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
            "application/json": components["schemas"]["FinancingDemandDetail"];
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
            "application/json": components["schemas"]["FinancingDemandDetail"];
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
            "application/json": components["schemas"]["MarketplaceSettings"];
          };
        };
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
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
            "application/json": components["schemas"]["MarketplaceSettings"];
          };
        };
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
