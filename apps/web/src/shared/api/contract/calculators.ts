/** GENERATED from the server's OpenAPI document by scripts/contract.ts: do not edit by hand. The routes tagged calculators. */
import type { components } from "./components";

export interface paths {
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
        400: components["responses"]["BadRequest"];
        429: components["responses"]["TooManyRequests"];
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
        400: components["responses"]["BadRequest"];
        429: components["responses"]["TooManyRequests"];
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
        400: components["responses"]["BadRequest"];
        429: components["responses"]["TooManyRequests"];
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
        400: components["responses"]["BadRequest"];
        429: components["responses"]["TooManyRequests"];
      };
    };
    delete?: never;
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
        400: components["responses"]["BadRequest"];
        429: components["responses"]["TooManyRequests"];
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
