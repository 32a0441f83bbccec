/** GENERATED from the server's OpenAPI document by scripts/contract.ts: do not edit by hand. The schemas routes share. */
export interface components {
  schemas: {
    Problem: {
      code: string;
      detail: string;
      errors?: {
        cell?: {
          column: string | null;
          row: number | null;
          sheet: string;
        };
        field: string;
        message: string;
        rule: string;
      }[];
      status: number;
      title: string;
      type: string;
    };
    ProblemInput: {
      code: string;
      detail: string;
      errors?: {
        cell?: {
          column: string | null;
          row: number | null;
          sheet: string;
        };
        field: string;
        message: string;
        rule: string;
      }[];
      status: number;
      title: string;
      type: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
