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
              years: {
                adjustedWorkdays: string[];
                /** Format: date-time */
                enteredAt: string;
                enteredBy: string | null;
                holidays: string[];
                notice: {
                  date: string;
                  number: string;
                };
                version: number;
                year: number;
              }[];
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
            "application/json": {
              adjustedWorkdays: string[];
              /** Format: date-time */
              enteredAt: string;
              enteredBy: string | null;
              holidays: string[];
              notice: {
                date: string;
                number: string;
              };
              version: number;
              year: number;
            };
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
            "application/json": {
              items: {
                action: string;
                actorOrgId: string | null;
                actorOrgName: string | null;
                actorUserId: string | null;
                actorUsername: string | null;
                /** @description The entity as it became, or what the action recorded (JSON) */
                after: unknown;
                /** Format: date-time */
                at: string;
                /** @description The entity as it was, as recorded (JSON) */
                before: unknown;
                entityId: string | null;
                entityType: string;
                id: number;
                ip: string | null;
                /** @description The object's name as it is now (enterprise, application's enterprise and programme, payment title …) */
                subject: string | null;
              }[];
              total: number;
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
