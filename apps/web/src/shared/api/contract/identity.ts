/** GENERATED from the server's OpenAPI document by scripts/contract.ts: do not edit by hand. The routes tagged identity. */
import type { components } from "./components";

export interface paths {
  "/api/v1/api-keys": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The bank's API keys (bank admin) */
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
              /** Format: date-time */
              createdAt: string;
              /** @description The username of the admin who created it; the key acts as that user */
              createdBy: string;
              id: string;
              lastUsedAt: string | null;
              name: string;
              prefix: string;
              revokedAt: string | null;
            }[];
          };
        };
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
      };
    };
    put?: never;
    /** Create an API key for the bank's systems; the key is returned once (bank admin) */
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
            name: string;
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
            "application/json": {
              /** Format: date-time */
              createdAt: string;
              id: string;
              key: string;
              name: string;
              prefix: string;
            };
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
  "/api/v1/api-keys/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke an API key (bank admin) */
    delete: {
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
        /** @description 无内容 (no content) */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
        404: components["responses"]["NotFound"];
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/audit-log": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Audit log of sign-ins and changes (platform admin) */
    get: {
      parameters: {
        query?: {
          action?: string;
          actorUsername?: string;
          entityId?: string;
          entityType?: string;
          from?: string;
          orgId?: string;
          page?: number;
          pageSize?: number;
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
  "/api/v1/auth/me": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user, and the platform's business date */
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
              csrfToken: string | null;
              /** @description Whether a loan programme over or inside the organisation's region uses each list */
              listsInUse: {
                keySupportedList: boolean;
                negativeList: boolean;
              };
              organisation: {
                department: ("MIIT" | "MOF" | "PBOC" | "NFRA" | "CSRC") | null;
                enterpriseId: string | null;
                id: string;
                name: string;
                regionCode: string;
                /** @description One of ENTERPRISE, INDUSTRY_BUREAU, FINANCE_BUREAU, CITY_GOVERNMENT, BANK, GUARANTOR, REGUARANTOR, FINANCIAL_INSTITUTION, PROVINCE, MINISTRY, CITY_APPLICANT, SECURITIES_REGULATOR, CENTRAL_BANK_BRANCH, EXPERT, PLATFORM_ADMIN */
                type: string;
              };
              /** @description The platform's business date (YYYY-MM-DD; a demo may pin it) */
              today: string;
              user: {
                displayName: string;
                id: string;
                roles: string[];
                username: string;
              };
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
  "/api/v1/auth/sign-in": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with username and password; sets the session cookie */
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
            password: string;
            username: string;
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
              /** @description Send it back in the X-CSRF-Token header on every write; the session itself is the cookie */
              csrfToken: string;
            };
          };
        };
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        423: components["responses"]["AccountLocked"];
        429: components["responses"]["TooManyRequests"];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/auth/sign-out": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 无内容 (no content) */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
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
  "/api/v1/banks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Directory of banks and financial institutions on the platform */
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
            "application/json": components["schemas"]["OrganisationDirectory"];
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
  "/api/v1/guarantors": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Directory of guarantee companies on the platform */
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
            "application/json": components["schemas"]["OrganisationDirectory"];
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
  "/api/v1/organisations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List organisations (platform admin) */
    get: {
      parameters: {
        query?: {
          q?: string;
          type?:
            | "ENTERPRISE"
            | "INDUSTRY_BUREAU"
            | "FINANCE_BUREAU"
            | "CITY_GOVERNMENT"
            | "BANK"
            | "GUARANTOR"
            | "REGUARANTOR"
            | "FINANCIAL_INSTITUTION"
            | "PROVINCE"
            | "MINISTRY"
            | "CITY_APPLICANT"
            | "SECURITIES_REGULATOR"
            | "CENTRAL_BANK_BRANCH"
            | "EXPERT"
            | "PLATFORM_ADMIN";
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
            "application/json": components["schemas"]["Organisation"][];
          };
        };
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
      };
    };
    put?: never;
    /** Create an organisation (platform admin) */
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
            /** @description Which of the five lines a PROVINCE or MINISTRY is (required for those types, absent for the others) */
            department?: ("MIIT" | "MOF" | "PBOC" | "NFRA" | "CSRC") | null;
            enterpriseId?: string | null;
            /** @description What a FINANCIAL_INSTITUTION is (required for that type, absent for the others) */
            institutionKind?: ("INSURER" | "LEASING" | "FUND" | "SECURITIES" | "OTHER") | null;
            name: string;
            /** @description The account the special fund pays the organisation into (a guarantor's fee subsidies, compensations) */
            payeeAccount?: components["schemas"]["PayeeAccountInput"] | null;
            regionCode: string;
            /** @enum {string} */
            type:
              | "ENTERPRISE"
              | "INDUSTRY_BUREAU"
              | "FINANCE_BUREAU"
              | "CITY_GOVERNMENT"
              | "BANK"
              | "GUARANTOR"
              | "REGUARANTOR"
              | "FINANCIAL_INSTITUTION"
              | "PROVINCE"
              | "MINISTRY"
              | "CITY_APPLICANT"
              | "SECURITIES_REGULATOR"
              | "CENTRAL_BANK_BRANCH"
              | "EXPERT"
              | "PLATFORM_ADMIN";
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
            "application/json": components["schemas"]["Organisation"];
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
  "/api/v1/organisations/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit or deactivate an organisation (platform admin) */
    patch: {
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
            active?: boolean;
            /** @description Which of the five lines a PROVINCE or MINISTRY is (required for those types, absent for the others) */
            department?: ("MIIT" | "MOF" | "PBOC" | "NFRA" | "CSRC") | null;
            enterpriseId?: string | null;
            /** @description What a FINANCIAL_INSTITUTION is (required for that type, absent for the others) */
            institutionKind?: ("INSURER" | "LEASING" | "FUND" | "SECURITIES" | "OTHER") | null;
            name?: string;
            /** @description The account the special fund pays the organisation into (a guarantor's fee subsidies, compensations) */
            payeeAccount?: components["schemas"]["PayeeAccountInput"] | null;
            regionCode?: string;
            /** @enum {string} */
            type?:
              | "ENTERPRISE"
              | "INDUSTRY_BUREAU"
              | "FINANCE_BUREAU"
              | "CITY_GOVERNMENT"
              | "BANK"
              | "GUARANTOR"
              | "REGUARANTOR"
              | "FINANCIAL_INSTITUTION"
              | "PROVINCE"
              | "MINISTRY"
              | "CITY_APPLICANT"
              | "SECURITIES_REGULATOR"
              | "CENTRAL_BANK_BRANCH"
              | "EXPERT"
              | "PLATFORM_ADMIN";
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
            "application/json": components["schemas"]["Organisation"];
          };
        };
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
        404: components["responses"]["NotFound"];
        409: components["responses"]["Conflict"];
      };
    };
    trace?: never;
  };
  "/api/v1/organisations/{id}/users": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Users of an organisation (its admin) */
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
            "application/json": components["schemas"]["User"][];
          };
        };
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
        404: components["responses"]["NotFound"];
      };
    };
    put?: never;
    /** Create a user (organisation admin) */
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
            displayName: string;
            password: string;
            roles: ("admin" | "operator" | "reviewer")[];
            username: string;
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
            "application/json": components["schemas"]["User"];
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
  "/api/v1/users/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit, disable or reset the password of a user (organisation admin) */
    patch: {
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
            active?: boolean;
            displayName?: string;
            password?: string;
            roles?: ("admin" | "operator" | "reviewer")[];
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
            "application/json": components["schemas"]["User"];
          };
        };
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
        404: components["responses"]["NotFound"];
        409: components["responses"]["Conflict"];
      };
    };
    trace?: never;
  };
}
