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
