/** GENERATED from the server's OpenAPI document by scripts/contract.ts: do not edit by hand. The routes tagged events. */
import type { components } from "./components";

export interface paths {
  "/api/v1/events": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Matchmaking events: the region's (bureau, overseers) or those the caller is invited to */
    get: {
      parameters: {
        query?: {
          status?: "PLANNED" | "OPEN" | "HELD" | "CLOSED" | "CANCELLED";
          year?: number;
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
              attended: number;
              cancelReason: string | null;
              capacity: number | null;
              coOrganisers: string[];
              endTime: string;
              /** Format: date */
              heldOn: string;
              id: string;
              invited: number;
              onlineLink: string | null;
              organiserName: string;
              place: string | null;
              regionCode: string;
              registered: number;
              startTime: string;
              /** @enum {string} */
              status: "PLANNED" | "OPEN" | "HELD" | "CLOSED" | "CANCELLED";
              targets: components["schemas"]["EventTargets"];
              title: string;
              /** @enum {string} */
              type:
                | "BANK_ENTERPRISE"
                | "ROADSHOW"
                | "FUND_ENTERPRISE"
                | "LISTING_TRAINING"
                | "DISPATCH_MEETING";
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
    /** The industry bureau plans an event (银企对接会, 路演, 基企对接, 上市培训, 政银企调度会) */
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
            capacity?: number | null;
            /** @default [] */
            coOrganisers?: string[];
            endTime: string;
            /** Format: date */
            heldOn: string;
            /** @default null */
            onlineLink?: string | null;
            /** @default null */
            place?: string | null;
            startTime: string;
            targets: {
              /** @default [] */
              clusters?: (
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
              )[];
              /** @default [] */
              districts?: string[];
              /** @default [] */
              sizeClasses?: ("LARGE" | "MEDIUM" | "SMALL" | "MICRO")[];
              /** @default [] */
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
            title: string;
            /** @enum {string} */
            type:
              | "BANK_ENTERPRISE"
              | "ROADSHOW"
              | "FUND_ENTERPRISE"
              | "LISTING_TRAINING"
              | "DISPATCH_MEETING";
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
            "application/json": components["schemas"]["FinancingEvent"];
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
  "/api/v1/events/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An event as the caller may see it, with the steps open to it */
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
            "application/json": components["schemas"]["FinancingEvent"];
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
  "/api/v1/events/{id}/cancel": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel an event not yet held, saying why */
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
            "application/json": components["schemas"]["FinancingEvent"];
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
  "/api/v1/events/{id}/check-ins": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The bureau checks invitees in at the event */
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
            invitationIds: string[];
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
            "application/json": components["schemas"]["FinancingEvent"];
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
  "/api/v1/events/{id}/close": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close a held event once its outcomes are recorded */
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
            note: string;
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
            "application/json": components["schemas"]["FinancingEvent"];
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
  "/api/v1/events/{id}/invitations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Invite the enterprises the event's filters take today and institutions of the region; each is notified */
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
            byFilter: boolean;
            /** @default [] */
            institutionOrgIds?: string[];
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
              event: components["schemas"]["FinancingEvent"];
              invitedEnterprises: number;
              invitedInstitutions: number;
              notified: number;
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
  "/api/v1/events/{id}/outcomes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record an outcome between an enterprise that attended and an invited institution */
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
            /** Format: uuid */
            enterpriseId: string;
            followUpDemandNeeded: boolean;
            /** Format: uuid */
            institutionOrgId: string;
            intendedAmount: string;
            intentionsSigned: number;
            note: string;
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
            "application/json": components["schemas"]["FinancingEvent"];
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
  "/api/v1/events/{id}/registration": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** An invited enterprise registers, or declines with its reason */
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
            answer: "register" | "decline";
            reason?: string;
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
            "application/json": components["schemas"]["FinancingEvent"];
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
  "/api/v1/events/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Excel of a year's events, attendance, outcomes and enterprises served */
    get: {
      parameters: {
        query: {
          year: number;
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
  "/api/v1/events/served": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Enterprises served (家次) in a year by the region's events, against seed 004's 1,000 */
    get: {
      parameters: {
        query?: {
          year?: number;
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
              demandsHandled: number;
              eventVisits: number;
              progressPercent: number;
              target: number;
              total: number;
              year: number;
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
