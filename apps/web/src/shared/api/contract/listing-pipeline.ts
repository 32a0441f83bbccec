/** GENERATED from the server's OpenAPI document by scripts/contract.ts: do not edit by hand. The routes tagged listing-pipeline. */
import type { components } from "./components";

export interface paths {
  "/api/v1/listing-pipeline": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The listing pipeline (千里马) of the caller's region, or an enterprise's own entry */
    get: {
      parameters: {
        query?: {
          board?: "MAIN_BOARD" | "CHINEXT" | "STAR" | "BSE" | "NEEQ" | "REGIONAL" | "OVERSEAS";
          q?: string;
          stage?: "RESERVE" | "SHAREHOLDING_REFORM" | "TUTORING" | "FILED" | "APPROVED" | "LISTED";
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
              auditor: string | null;
              /** @enum {string} */
              board: "MAIN_BOARD" | "CHINEXT" | "STAR" | "BSE" | "NEEQ" | "REGIONAL" | "OVERSEAS";
              /** Format: uuid */
              enterpriseId: string;
              enterpriseName: string;
              /** Format: uuid */
              id: string;
              ipoAgreementOn: string | null;
              joinedOn: string;
              lawFirm: string | null;
              note: string | null;
              quotationReward: string | null;
              regionCode: string;
              rewardStages: string[];
              sponsor: string | null;
              /** @enum {string} */
              stage: "RESERVE" | "SHAREHOLDING_REFORM" | "TUTORING" | "FILED" | "APPROVED" | "LISTED";
              stageReachedOn: string;
              uscc: string;
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
    /** Add an enterprise of the bureau's region to the pool at the stage it has reached */
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
            /** @default null */
            auditor?: string | null;
            /** @enum {string} */
            board: "MAIN_BOARD" | "CHINEXT" | "STAR" | "BSE" | "NEEQ" | "REGIONAL" | "OVERSEAS";
            /** Format: uuid */
            enterpriseId: string;
            /** @default null */
            ipoAgreementOn?: string | null;
            /** @default null */
            lawFirm?: string | null;
            /** @default null */
            note?: string | null;
            /** @default null */
            sponsor?: string | null;
            /** @enum {string} */
            stage: "RESERVE" | "SHAREHOLDING_REFORM" | "TUTORING" | "FILED" | "APPROVED" | "LISTED";
            /** Format: date */
            stageReachedOn: string;
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
            "application/json": components["schemas"]["ListingPipelineEntryDetail"];
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
  "/api/v1/listing-pipeline/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An entry with its history (who moved it, when, on what evidence, why) */
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
            "application/json": components["schemas"]["ListingPipelineEntryDetail"];
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
  "/api/v1/listing-pipeline/{id}/details": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change an entry's target board, intermediaries, IPO agreement date and note */
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
            /** @default null */
            auditor?: string | null;
            /** @enum {string} */
            board: "MAIN_BOARD" | "CHINEXT" | "STAR" | "BSE" | "NEEQ" | "REGIONAL" | "OVERSEAS";
            /** @default null */
            ipoAgreementOn?: string | null;
            /** @default null */
            lawFirm?: string | null;
            /** @default null */
            note?: string | null;
            /** @default null */
            sponsor?: string | null;
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
            "application/json": components["schemas"]["ListingPipelineEntryDetail"];
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
  "/api/v1/listing-pipeline/{id}/stage": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the stage an entry has reached, with its date and evidence (back a stage with a reason) */
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
            evidence: string;
            /** Format: date */
            reachedOn: string;
            reason?: string;
            /** @enum {string} */
            stage: "RESERVE" | "SHAREHOLDING_REFORM" | "TUTORING" | "FILED" | "APPROVED" | "LISTED";
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
            "application/json": components["schemas"]["ListingPipelineEntryDetail"];
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
  "/api/v1/listing-pipeline/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The listing pipeline as an Excel workbook, with the same filters as the list */
    get: {
      parameters: {
        query?: {
          board?: "MAIN_BOARD" | "CHINEXT" | "STAR" | "BSE" | "NEEQ" | "REGIONAL" | "OVERSEAS";
          q?: string;
          stage?: "RESERVE" | "SHAREHOLDING_REFORM" | "TUTORING" | "FILED" | "APPROVED" | "LISTED";
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
  "/api/v1/listing-pipeline/funnel": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The region's funnel by stage and target board against the target of 500 */
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
              byBoard: {
                /** @enum {string} */
                board: "MAIN_BOARD" | "CHINEXT" | "STAR" | "BSE" | "NEEQ" | "REGIONAL" | "OVERSEAS";
                count: number;
              }[];
              byStage: {
                count: number;
                reachedAtLeast: number;
                /** @enum {string} */
                stage: "RESERVE" | "SHAREHOLDING_REFORM" | "TUTORING" | "FILED" | "APPROVED" | "LISTED";
              }[];
              progress: string;
              regionCode: string;
              target: number;
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
  "/api/v1/listing-pipeline/reward-offers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 可申请: the listing rewards the enterprise's own entry has reached and it has not applied for (enterprise) */
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
              policyId: string;
              policyName: string;
              policyNameEn: string;
              stage: ("IPO_AGREEMENT" | "TUTORING_FILED" | "IPO_ACCEPTED" | "LISTED") | null;
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
