/** GENERATED from the server's OpenAPI document by scripts/contract.ts: do not edit by hand. The routes tagged financing-matching. */
import type { components } from "./components";

export interface paths {
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
                criteria: components["schemas"]["MatchCriterionScore"][];
                filters: components["schemas"]["MatchFilterResult"][];
                product: components["schemas"]["MatchedProduct"];
                score: string;
              }[];
              page: number;
              pageSize: number;
              weights: components["schemas"]["MatchingWeights"];
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
                criteria: components["schemas"]["MatchCriterionScore"][];
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
                filters: components["schemas"]["MatchFilterResult"][];
                product: components["schemas"]["MatchedProduct"];
                score: string;
              }[];
              total: number;
              weights: components["schemas"]["MatchingWeights"];
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
                criteria: components["schemas"]["MatchCriterionScore"][];
                enterprise: {
                  cluster: string | null;
                  districtCode: string;
                  /** Format: uuid */
                  id: string;
                  industryCode: string;
                  name: string;
                  sizeClass: string;
                };
                filters: components["schemas"]["MatchFilterResult"][];
                score: string;
              }[];
              page: number;
              pageSize: number;
              product: components["schemas"]["MatchedProduct"];
              total: number;
              weights: components["schemas"]["MatchingWeights"];
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
