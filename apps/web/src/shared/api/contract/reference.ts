/** GENERATED from the server's OpenAPI document by scripts/contract.ts: do not edit by hand. The routes tagged reference. */
import type { components } from "./components";

export interface paths {
  "/api/v1/reference/enterprise-catalogue": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tags, ownership types, industries, size classes */
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
              readonly clusters: components["schemas"]["LabelledCode"][];
              readonly industries: components["schemas"]["LabelledCode"][];
              readonly ownership: components["schemas"]["LabelledCode"][];
              readonly sizeClasses: components["schemas"]["LabelledCode"][];
              readonly tags: {
                code: string;
                derived: boolean;
                en: string;
                zh: string;
              }[];
            };
          };
        };
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
  "/api/v1/regions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Administrative divisions */
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
              code: string;
              level: string;
              name: string;
              nameEn: string;
              parentCode: string | null;
            }[];
          };
        };
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
