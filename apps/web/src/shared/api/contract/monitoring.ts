/** GENERATED from the server's OpenAPI document by scripts/contract.ts: do not edit by hand. The routes tagged monitoring. */
import type { components } from "./components";

export interface paths {
  "/api/v1/bank-statistics": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The live statistics a bank submitted, or those of every bank in the caller's region */
    get: {
      parameters: {
        query?: {
          month?: string;
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
              allLoansBalance: string;
              bankName: string;
              /** Format: uuid */
              bankOrgId: string;
              /** @enum {string} */
              channel: "FORM" | "API" | "EXCEL";
              /** Format: date-time */
              createdAt: string;
              daysLate: number;
              dueOn: string;
              /** Format: uuid */
              id: string;
              live: boolean;
              manufacturing: components["schemas"]["ManufacturingFigures"];
              month: string;
              reason: string | null;
              regionCode: string;
              submittedByName: string;
              submittedOn: string;
              /** @enum {string} */
              timeliness: "ON_TIME" | "LATE" | "MISSING" | "NOT_YET_DUE";
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
    /** A bank submits its monthly statistics (by form or with an API key); a month already submitted is corrected as a new version with a reason */
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
            allLoansBalance: string;
            byCluster: {
              balance: string;
              cluster: string;
              creditBalance: string;
              mediumLongTermBalance: string;
              newCredit: string;
              newLoans: string;
              newMediumLongTerm: string;
            }[];
            byDistrict: {
              balance: string;
              creditBalance: string;
              district: string;
              mediumLongTermBalance: string;
              newCredit: string;
              newLoans: string;
              newMediumLongTerm: string;
            }[];
            manufacturing: {
              balance: string;
              creditBalance: string;
              mediumLongTermBalance: string;
              newCredit: string;
              newLoans: string;
              newMediumLongTerm: string;
            };
            month: string;
            reason?: string;
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
            "application/json": components["schemas"]["BankStatisticsSubmissionDetail"];
          };
        };
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
        409: components["responses"]["Conflict"];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/bank-statistics/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A submission with its clusters and districts, and every version of its month */
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
            "application/json": components["schemas"]["BankStatisticsSubmissionDetail"];
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
  "/api/v1/bank-statistics/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The statistics as an Excel workbook: the bank's own, or the region's with a month's timeliness when a month is given */
    get: {
      parameters: {
        query?: {
          month?: string;
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
  "/api/v1/bank-statistics/template": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The Excel template of one of the bank's months: totals, by 33618 cluster and by district of its region, with filling notes */
    get: {
      parameters: {
        query: {
          month: string;
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
  "/api/v1/bank-statistics/timeliness": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Which banks of the caller's region submitted a month on time, late, or not yet */
    get: {
      parameters: {
        query: {
          month: string;
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
              banks: {
                bankName: string;
                /** Format: uuid */
                bankOrgId: string;
                daysLate: number;
                liveVersion: number | null;
                /** @enum {string} */
                status: "ON_TIME" | "LATE" | "MISSING" | "NOT_YET_DUE";
              }[];
              dueOn: string;
              month: string;
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
  "/api/v1/bank-statistics/upload": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A bank uploads its month as the filled template (multipart: field `reason` for a correction, then `file`): saved whole, or refused with every problem by sheet, row and column */
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
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["BankStatisticsSubmissionDetail"];
          };
        };
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
        409: components["responses"]["Conflict"];
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
  "/api/v1/monitoring/briefing": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The month's monitoring briefing as an A4 PDF: headline figures, charts and tables */
    get: {
      parameters: {
        query: {
          month: string;
          regionCode?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A4 PDF */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/pdf": string;
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
  "/api/v1/monitoring/dashboard": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The monitoring dashboard of a region, or of one district, cluster or bank of it: monthly balances, the manufacturing share against its target with the projection, growth against all loans, the month's districts and clusters, the banks ranked */
    get: {
      parameters: {
        query?: {
          bankOrgId?: string;
          cluster?:
            | "NEV"
            | "ELECTRONICS"
            | "ADVANCED_MATERIALS"
            | "SMART_EQUIPMENT"
            | "FOOD"
            | "SOFTWARE"
            | "NEW_DISPLAY"
            | "MOTORCYCLE"
            | "LIGHT_ALLOYS"
            | "TEXTILES"
            | "BIOMEDICINE"
            | "NEW_ENERGY_STORAGE"
            | "SEMICONDUCTORS"
            | "AI_ROBOTICS"
            | "SERVICE_ROBOTS"
            | "SMART_MANUFACTURING_EQUIPMENT"
            | "POWER_EQUIPMENT"
            | "AGRICULTURAL_MACHINERY"
            | "SENSORS"
            | "SMART_HOME"
            | "FIBRE_COMPOSITES"
            | "SYNTHETIC_MATERIALS"
            | "MODERN_TCM"
            | "MEDICAL_DEVICES"
            | "GREEN_ENVIRONMENTAL"
            | "SATELLITE_INTERNET"
            | "BIOMANUFACTURING"
            | "LIFE_SCIENCES"
            | "METAVERSE"
            | "FRONTIER_MATERIALS"
            | "OTHER_MANUFACTURING";
          district?: string;
          from?: string;
          regionCode?: string;
          to?: string;
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
              banks: {
                allLoans: string | null;
                balance: string;
                bankName: string;
                bankOrgId: string;
                growth: string | null;
                growthRank: number | null;
                share: string | null;
                shareRank: number | null;
              }[];
              byCluster: components["schemas"]["ManufacturingLoanBreakdown"][];
              byDistrict: components["schemas"]["ManufacturingLoanBreakdown"][];
              filter: {
                bankName: string | null;
                bankOrgId: string | null;
                cluster: string | null;
                district: string | null;
              };
              from: string;
              indicators: {
                asOf: string;
                /** @enum {string} */
                code:
                  | "MANUFACTURING_SHARE"
                  | "MANUFACTURING_GROWTH"
                  | "MEDIUM_LONG_TERM_SHARE"
                  | "CREDIT_SHARE"
                  | "FUND_INVESTMENT"
                  | "BOND_FINANCING"
                  | "ENTERPRISES_SERVED"
                  | "LISTING_PIPELINE";
                met: boolean | null;
                missing?: components["schemas"]["BilingualText"];
                progress: string | null;
                projection: components["schemas"]["IndicatorProjection"] | null;
                target: {
                  by: string;
                  /** @enum {string} */
                  rule: "AT_LEAST" | "AT_LEAST_ALL_LOANS_GROWTH" | "RISING";
                  value: string | null;
                };
                /** @enum {string} */
                unit: "ratio" | "yuan" | "count";
                value: string | null;
                working: components["schemas"]["IndicatorWorking"] | null;
              }[];
              region: {
                code: string;
                name: components["schemas"]["BilingualText"];
              };
              reporting: {
                expected: number;
                missing: string[];
                month: string;
                reported: number;
              } | null;
              series: {
                allLoans: string | null;
                allLoansGrowth: string | null;
                banks: number;
                figures: components["schemas"]["ManufacturingFigures"] | null;
                growth: string | null;
                month: string;
                share: string | null;
              }[];
              target: {
                by: string;
                manufacturingShare: string;
              };
              to: string;
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
  "/api/v1/monitoring/dashboard/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One chart's table of the monitoring dashboard as an Excel workbook */
    get: {
      parameters: {
        query: {
          bankOrgId?: string;
          cluster?:
            | "NEV"
            | "ELECTRONICS"
            | "ADVANCED_MATERIALS"
            | "SMART_EQUIPMENT"
            | "FOOD"
            | "SOFTWARE"
            | "NEW_DISPLAY"
            | "MOTORCYCLE"
            | "LIGHT_ALLOYS"
            | "TEXTILES"
            | "BIOMEDICINE"
            | "NEW_ENERGY_STORAGE"
            | "SEMICONDUCTORS"
            | "AI_ROBOTICS"
            | "SERVICE_ROBOTS"
            | "SMART_MANUFACTURING_EQUIPMENT"
            | "POWER_EQUIPMENT"
            | "AGRICULTURAL_MACHINERY"
            | "SENSORS"
            | "SMART_HOME"
            | "FIBRE_COMPOSITES"
            | "SYNTHETIC_MATERIALS"
            | "MODERN_TCM"
            | "MEDICAL_DEVICES"
            | "GREEN_ENVIRONMENTAL"
            | "SATELLITE_INTERNET"
            | "BIOMANUFACTURING"
            | "LIFE_SCIENCES"
            | "METAVERSE"
            | "FRONTIER_MATERIALS"
            | "OTHER_MANUFACTURING";
          district?: string;
          from?: string;
          regionCode?: string;
          table: "trend" | "share" | "growth" | "districts" | "clusters" | "banks";
          to?: string;
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
  "/api/v1/monitoring/indicators": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A region's indicators against its targets at a month's end (the last complete month by default): value, formula with its figures, progress, projection to the target month */
    get: {
      parameters: {
        query?: {
          month?: string;
          regionCode?: string;
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
              feeds: {
                enterprisesServed: {
                  demands: number;
                  distinct: number;
                  events: number;
                };
                from: string;
                incentivesPaid: {
                  amount: string;
                  payments: number;
                };
                listingPipeline: number;
                subsidisedLoans: {
                  amount: string;
                  loans: number;
                };
                to: string;
              };
              indicators: {
                asOf: string;
                /** @enum {string} */
                code:
                  | "MANUFACTURING_SHARE"
                  | "MANUFACTURING_GROWTH"
                  | "MEDIUM_LONG_TERM_SHARE"
                  | "CREDIT_SHARE"
                  | "FUND_INVESTMENT"
                  | "BOND_FINANCING"
                  | "ENTERPRISES_SERVED"
                  | "LISTING_PIPELINE";
                met: boolean | null;
                missing: components["schemas"]["BilingualText"] | null;
                name: components["schemas"]["BilingualText"];
                progress: string | null;
                projection: components["schemas"]["IndicatorProjection"] | null;
                target: {
                  by: string;
                  /** @enum {string} */
                  rule: "AT_LEAST" | "AT_LEAST_ALL_LOANS_GROWTH" | "RISING";
                  ruleName: components["schemas"]["BilingualText"];
                  value: string | null;
                };
                /** @enum {string} */
                unit: "ratio" | "yuan" | "count";
                value: string | null;
                working: components["schemas"]["IndicatorWorking"] | null;
              }[];
              month: string;
              regionCode: string;
              targets: components["schemas"]["MonitoringTargets"];
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
  "/api/v1/monitoring/indicators/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The region's indicators as an Excel workbook */
    get: {
      parameters: {
        query?: {
          month?: string;
          regionCode?: string;
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
  "/api/v1/monitoring/scorecard": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The banks' scorecard for a month (差异化考核): every card with its working for the region's readers; a bank reads only its own card of a published month */
    get: {
      parameters: {
        query?: {
          month?: string;
          regionCode?: string;
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
            "application/json": components["schemas"]["Scorecard"];
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
  "/api/v1/monitoring/scorecard-config/{regionCode}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A region's scorecard criteria and weights (ADR 036's defaults until it sets its own) */
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
            "application/json": components["schemas"]["ScorecardSettings"];
          };
        };
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
      };
    };
    /** The region's industry bureau saves its scorecard weights as a new version (409 over a newer one) */
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
            config: {
              criteria: {
                criterion: string;
                weight: string;
              }[];
              slowestCount: number;
            };
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
            "application/json": components["schemas"]["ScorecardSettings"];
          };
        };
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
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
  "/api/v1/monitoring/scorecard/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The scorecard as an Excel workbook: what the caller may read of it */
    get: {
      parameters: {
        query?: {
          month?: string;
          regionCode?: string;
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
  "/api/v1/monitoring/scorecard/publications": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The region's industry bureau publishes a month's scorecard: a frozen copy the banks read */
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
            month: string;
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
            "application/json": components["schemas"]["Scorecard"];
          };
        };
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
        409: components["responses"]["Conflict"];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/monitoring/targets/{regionCode}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A region's monitoring targets: what it configured and what is in force over seed 004's */
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
            "application/json": components["schemas"]["MonitoringTargetSettings"];
          };
        };
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
      };
    };
    /** The region's industry bureau saves its targets as a new version (409 over a newer one) */
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
            targets: {
              bondFinancing?: {
                amount: string;
                from: string;
              };
              enterprisesServedPerYear?: number;
              fundInvestment?: {
                amount: string;
                from: string;
              };
              listingPipeline?: number;
              manufacturingShare?: string;
              targetMonth?: string;
            };
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
            "application/json": components["schemas"]["MonitoringTargetSettings"];
          };
        };
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
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
  "/api/v1/quarterly-figures": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The live quarterly figures of a region and its districts */
    get: {
      parameters: {
        query?: {
          quarter?: string;
          regionCode?: string;
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
            "application/json": components["schemas"]["QuarterlyFigure"][];
          };
        };
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
      };
    };
    put?: never;
    /** A department enters a quarterly figure for its region (fund investment, bonds, listings, guarantees, insurance); an entered quarter is corrected as a new version with a reason */
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
            amount?: string;
            count?: number;
            figure: string;
            quarter: string;
            reason?: string;
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
            "application/json": components["schemas"]["QuarterlyFigureDetail"];
          };
        };
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
        409: components["responses"]["Conflict"];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/quarterly-figures/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A quarterly figure with every version of its quarter and the reasons */
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
            "application/json": components["schemas"]["QuarterlyFigureDetail"];
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
  "/api/v1/quarterly-figures/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The live quarterly figures as an Excel workbook, with the same filters as the list */
    get: {
      parameters: {
        query?: {
          quarter?: string;
          regionCode?: string;
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
}
