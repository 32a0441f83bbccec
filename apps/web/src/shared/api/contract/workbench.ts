/** GENERATED from the server's OpenAPI document by scripts/contract.ts: do not edit by hand. The routes tagged workbench. */
import type { components } from "./components";

export interface paths {
  "/api/v1/workbench": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What waits for the caller's organisation, by due date, and its latest items */
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
              items: components["schemas"]["WorkItem"][];
              latest: components["schemas"]["WorkItem"][];
              tasks: {
                daysLeft: number;
                dueOn: string;
                /** @enum {string} */
                kind: "official-calendar-year";
                title: string;
                year: number;
              }[];
              waiting: {
                applications: number;
                bridgeLoans: number;
                claims: number;
                defaultCases: number;
                demands: number;
                payments: number;
                products: number;
                total: number;
              };
            };
          };
        };
        401: components["responses"]["SignInRequired"];
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
