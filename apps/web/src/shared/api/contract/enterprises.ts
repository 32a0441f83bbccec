/** GENERATED from the server's OpenAPI document by scripts/contract.ts: do not edit by hand. The routes tagged enterprises. */
import type { components } from "./components";

export interface paths {
  "/api/v1/enterprises": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search and filter enterprises the caller may see (paged) */
    get: {
      parameters: {
        query?: {
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
            | "FRONTIER_MATERIALS";
          district?: string;
          industry?: string;
          page?: number;
          pageSize?: number;
          q?: string;
          sizeClass?: "LARGE" | "MEDIUM" | "SMALL" | "MICRO";
          tag?:
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
            | "CLUSTER_33618";
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
              items: {
                address: string;
                cluster: string | null;
                contactName: string | null;
                contactPhone: string | null;
                /** Format: date-time */
                createdAt: string;
                districtCode: string;
                districtName: string;
                employees: number;
                establishedOn: string;
                /** Format: uuid */
                id: string;
                industryCode: string;
                legalRepresentative: string;
                mainBusiness: string | null;
                name: string;
                ownership: string;
                revenues: {
                  amount: string;
                  year: number;
                }[];
                sizeClass: string;
                tags: {
                  tag: string;
                  validFrom: string;
                  validTo: string | null;
                }[];
                totalAssets: string | null;
                /** Format: date-time */
                updatedAt: string;
                uscc: string;
                usccConfirmedAsIssued: boolean;
                version: number;
              }[];
              page: number;
              pageSize: number;
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
    /** Register an enterprise (industry bureau, platform admin) */
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
            address: string;
            /** @default [] */
            bankAccounts?: components["schemas"]["EnterpriseBankAccountInput"][];
            /** @default null */
            cluster?:
              | (
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
                )
              | null;
            /** @default null */
            contactName?: string | null;
            /** @default null */
            contactPhone?: string | null;
            districtCode: string;
            employees: number;
            /** Format: date */
            establishedOn: string;
            industryCode: string;
            legalRepresentative: string;
            /** @default null */
            mainBusiness?: string | null;
            name: string;
            /** @enum {string} */
            ownership: "STATE" | "COLLECTIVE" | "PRIVATE" | "FOREIGN" | "HMT" | "MIXED";
            /** @default [] */
            revenues?: components["schemas"]["EnterpriseRevenueInput"][];
            /** @default [] */
            tags?: components["schemas"]["EnterpriseTagInput"][];
            /** @default null */
            totalAssets?: string | null;
            uscc: string;
            /** @default false */
            usccConfirmedAsIssued?: boolean;
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
            "application/json": components["schemas"]["EnterpriseDetail"];
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
  "/api/v1/enterprises/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Enterprise detail */
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
            "application/json": components["schemas"]["EnterpriseDetail"];
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
    /** Edit an enterprise (itself, its bureau, platform admin) */
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
            address?: string;
            bankAccounts?: components["schemas"]["EnterpriseBankAccountInput"][];
            cluster?:
              | (
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
                )
              | null;
            contactName?: string | null;
            contactPhone?: string | null;
            districtCode?: string;
            employees?: number;
            /** Format: date */
            establishedOn?: string;
            industryCode?: string;
            legalRepresentative?: string;
            mainBusiness?: string | null;
            name?: string;
            /** @enum {string} */
            ownership?: "STATE" | "COLLECTIVE" | "PRIVATE" | "FOREIGN" | "HMT" | "MIXED";
            revenues?: components["schemas"]["EnterpriseRevenueInput"][];
            tags?: components["schemas"]["EnterpriseTagInput"][];
            totalAssets?: string | null;
            uscc?: string;
            usccConfirmedAsIssued?: boolean;
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
            "application/json": components["schemas"]["EnterpriseDetail"];
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
  "/api/v1/enterprises/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Excel export of the filtered list */
    get: {
      parameters: {
        query?: {
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
            | "FRONTIER_MATERIALS";
          district?: string;
          industry?: string;
          q?: string;
          sizeClass?: "LARGE" | "MEDIUM" | "SMALL" | "MICRO";
          tag?:
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
            | "CLUSTER_33618";
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
  "/api/v1/enterprises/import": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Bulk import from Excel (multipart field `file`): all rows or none, with a row-by-row report */
    post: {
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
              imported: number;
            };
          };
        };
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
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
  "/api/v1/enterprises/import-template": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The Excel template for bulk import */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: components["responses"]["Workbook"];
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
  "/api/v1/supply-chain-links": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Link a supplier to a core enterprise */
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
            /** Format: uuid */
            coreEnterpriseId: string;
            products: string;
            /** Format: uuid */
            supplierEnterpriseId: string;
            tier: number;
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
              /** Format: uuid */
              coreEnterpriseId: string;
              /** Format: uuid */
              id: string;
              products: string;
              /** Format: uuid */
              supplierEnterpriseId: string;
              tier: number;
            };
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
  "/api/v1/supply-chain-links/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a supply-chain link */
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
        /** @description 已删除 (deleted; no body) */
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
}
