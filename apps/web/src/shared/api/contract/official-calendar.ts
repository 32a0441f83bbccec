/** GENERATED from the server's OpenAPI document by scripts/contract.ts: do not edit by hand. The routes tagged official-calendar. */
import type { components } from "./components";

export interface paths {
  "/api/v1/official-calendar": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The official calendar: each year entered, its holidays, adjusted workdays and notice */
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
              years: components["schemas"]["CalendarYear"][];
              yearToEnter: number | null;
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
  "/api/v1/official-calendar/{year}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Enter or replace a year from the State Council's holiday notice (platform admin) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          year: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description Weekend days worked (调休上班) */
            adjustedWorkdays: string[];
            /** @description The year's version as read; 0 when the year is entered for the first time */
            expectedVersion: number;
            /** @description Statutory days off (放假), weekdays and weekends alike */
            holidays: string[];
            notice: {
              /**
               * Format: date
               * @description The day the notice was issued
               */
              date: string;
              /** @description The notice's document number, e.g. 国办发明电〔2025〕7号 */
              number: string;
            };
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
            "application/json": components["schemas"]["CalendarYear"];
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
  "/api/v1/official-calendar/{year}/history": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who entered or replaced a year, when, and the year before and after (platform admin) */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path: {
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
            "application/json": components["schemas"]["AuditLogPage"];
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
