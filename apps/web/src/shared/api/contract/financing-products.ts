/** GENERATED from the server's OpenAPI document by scripts/contract.ts: do not edit by hand. The routes tagged financing-products. */
import type { components } from "./components";

export interface paths {
  "/api/v1/enterprise-messages": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The pushes an enterprise received (its in-app messages) */
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
              body: string;
              catalogueId: string | null;
              categories: string[];
              /** Format: date-time */
              createdAt: string;
              /** Format: uuid */
              id: string;
              productIds: string[];
              readAt: string | null;
              title: string;
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
  "/api/v1/enterprise-messages/{id}/read": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a message read */
    post: {
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
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/financing-products": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The products an institution manages, or a bureau reviews in its region, in every state */
    get: {
      parameters: {
        query?: {
          state?: "DRAFT" | "PENDING_REVIEW" | "RETURNED" | "LISTED" | "DELISTED";
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
              /** Format: uuid */
              id: string;
              institutionName: string;
              latest: components["schemas"]["FinancingProductVersion"];
              latestVersion: number;
              listedOn: string | null;
              listedVersion: number | null;
              /** Format: uuid */
              orgId: string;
              regionCode: string;
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
    /** Draft a product (bank, guarantor, other financial institution) */
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
            amountMax: string;
            amountMin: string;
            /** @enum {string} */
            category: "CREDIT" | "SUPPLY_CHAIN" | "INSURANCE" | "LEASING" | "BOND" | "EQUITY" | "GUARANTEE";
            clusters: (
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
            collateral: (
              | "NONE"
              | "GUARANTEE"
              | "REAL_ESTATE"
              | "EQUIPMENT"
              | "RECEIVABLES"
              | "INVENTORY"
              | "ORDERS"
              | "INTELLECTUAL_PROPERTY"
              | "EQUITY_PLEDGE"
            )[];
            contactName: string;
            contactPhone: string;
            description: string;
            districts: string[];
            industries: string[];
            materials: string;
            name: string;
            rateMax: string | null;
            rateMin: string | null;
            sizeClasses: ("LARGE" | "MEDIUM" | "SMALL" | "MICRO")[];
            tags: (
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
            termMaxMonths: number;
            termMinMonths: number;
            /** @enum {string} */
            type:
              | "COMMERCIAL_VALUE_CREDIT"
              | "KNOWLEDGE_VALUE_CREDIT"
              | "IP_PLEDGE_LOAN"
              | "TECH_RENOVATION_LOAN"
              | "ORDER_LOAN"
              | "SRDI_LOAN"
              | "GAZELLE_LOAN"
              | "UNICORN_LOAN"
              | "CARBON_SINK_LOAN"
              | "EQUIPMENT_ORDER_PLEDGE"
              | "WAREHOUSE_RECEIPT_PLEDGE"
              | "RECEIVABLES_PLEDGE"
              | "BILL_DISCOUNT"
              | "LETTER_OF_CREDIT"
              | "YULIANDAI"
              | "FIRST_SET"
              | "FIRST_BATCH"
              | "FIRST_VERSION"
              | "CREDIT_GUARANTEE_INSURANCE"
              | "LOAN_GUARANTEE_INSURANCE"
              | "TECH_PATENT_INSURANCE"
              | "DIRECT_LEASE"
              | "OPERATING_LEASE"
              | "SALE_AND_LEASEBACK"
              | "ENTRUSTED_LEASE"
              | "SUBLEASE"
              | "BOND_UNDERWRITING"
              | "EQUITY_INVESTMENT"
              | "FINANCING_GUARANTEE";
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
            "application/json": components["schemas"]["FinancingProductDetail"];
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
  "/api/v1/financing-products/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A product with its latest and listed versions and its history (its institution and bureau) */
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
            "application/json": components["schemas"]["FinancingProductDetail"];
          };
        };
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
        403: components["responses"]["Forbidden"];
        404: components["responses"]["NotFound"];
      };
    };
    /** Edit a draft or returned version; editing a listed product starts a new version */
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
            amountMax: string;
            amountMin: string;
            /** @enum {string} */
            category: "CREDIT" | "SUPPLY_CHAIN" | "INSURANCE" | "LEASING" | "BOND" | "EQUITY" | "GUARANTEE";
            clusters: (
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
            collateral: (
              | "NONE"
              | "GUARANTEE"
              | "REAL_ESTATE"
              | "EQUIPMENT"
              | "RECEIVABLES"
              | "INVENTORY"
              | "ORDERS"
              | "INTELLECTUAL_PROPERTY"
              | "EQUITY_PLEDGE"
            )[];
            contactName: string;
            contactPhone: string;
            description: string;
            districts: string[];
            industries: string[];
            materials: string;
            name: string;
            rateMax: string | null;
            rateMin: string | null;
            sizeClasses: ("LARGE" | "MEDIUM" | "SMALL" | "MICRO")[];
            tags: (
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
            termMaxMonths: number;
            termMinMonths: number;
            /** @enum {string} */
            type:
              | "COMMERCIAL_VALUE_CREDIT"
              | "KNOWLEDGE_VALUE_CREDIT"
              | "IP_PLEDGE_LOAN"
              | "TECH_RENOVATION_LOAN"
              | "ORDER_LOAN"
              | "SRDI_LOAN"
              | "GAZELLE_LOAN"
              | "UNICORN_LOAN"
              | "CARBON_SINK_LOAN"
              | "EQUIPMENT_ORDER_PLEDGE"
              | "WAREHOUSE_RECEIPT_PLEDGE"
              | "RECEIVABLES_PLEDGE"
              | "BILL_DISCOUNT"
              | "LETTER_OF_CREDIT"
              | "YULIANDAI"
              | "FIRST_SET"
              | "FIRST_BATCH"
              | "FIRST_VERSION"
              | "CREDIT_GUARANTEE_INSURANCE"
              | "LOAN_GUARANTEE_INSURANCE"
              | "TECH_PATENT_INSURANCE"
              | "DIRECT_LEASE"
              | "OPERATING_LEASE"
              | "SALE_AND_LEASEBACK"
              | "ENTRUSTED_LEASE"
              | "SUBLEASE"
              | "BOND_UNDERWRITING"
              | "EQUITY_INVESTMENT"
              | "FINANCING_GUARANTEE";
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
            "application/json": components["schemas"]["FinancingProductDetail"];
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
  "/api/v1/financing-products/{id}/delist": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Take a listed product off the shelf, saying why (industry bureau) */
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
            "application/json": components["schemas"]["FinancingProductDetail"];
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
  "/api/v1/financing-products/{id}/review": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** List the version under review with an opinion, or return it with a reason (industry bureau) */
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
            decision: "list" | "return";
            opinion: string;
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
            "application/json": components["schemas"]["FinancingProductDetail"];
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
  "/api/v1/financing-products/{id}/submit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit the latest version for the bureau's 上架审核 */
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
            "application/json": components["schemas"]["FinancingProductDetail"];
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
  "/api/v1/financing-products/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's product pool (an institution's own, a bureau's region) as an Excel workbook */
    get: {
      parameters: {
        query?: {
          state?: "DRAFT" | "PENDING_REVIEW" | "RETURNED" | "LISTED" | "DELISTED";
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
  "/api/v1/product-catalogues": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Product catalogues: a bureau's of its region, the published ones for everyone else */
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
              compiledOn: string;
              deliveries: number;
              /** Format: uuid */
              id: string;
              periodFrom: string;
              periodTo: string;
              productCount: number;
              publishedOn: string | null;
              regionCode: string;
              title: string;
            }[];
          };
        };
        401: components["responses"]["SignInRequired"];
      };
    };
    put?: never;
    /** Compile the products listed in a period into a catalogue (汇编成册, industry bureau) */
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
            /** Format: date */
            periodFrom: string;
            /** Format: date */
            periodTo: string;
            title: string;
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
            "application/json": components["schemas"]["ProductCatalogueDetail"];
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
  "/api/v1/product-catalogues/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A catalogue with its products by category */
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
            "application/json": components["schemas"]["ProductCatalogueDetail"];
          };
        };
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
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
  "/api/v1/product-catalogues/{id}/booklet": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The catalogue as an A4 PDF booklet (contents, one section per category) or, format=xlsx, Excel */
    get: {
      parameters: {
        query?: {
          format?: "pdf" | "xlsx";
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 产品汇编 PDF 或 Excel (the catalogue booklet as a PDF, or a workbook with format=xlsx) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/pdf": string;
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
          };
        };
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
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
  "/api/v1/product-catalogues/{id}/publish": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish a catalogue and push each category to the enterprises it fits (once) */
    post: {
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
            "application/json": components["schemas"]["ProductCatalogueDetail"];
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
  "/api/v1/product-supermarket": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The product supermarket: listed products of the caller's region, filtered */
    get: {
      parameters: {
        query?: {
          amount?: string;
          category?: "CREDIT" | "SUPPLY_CHAIN" | "INSURANCE" | "LEASING" | "BOND" | "EQUITY" | "GUARANTEE";
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
          collateral?:
            | "NONE"
            | "GUARANTEE"
            | "REAL_ESTATE"
            | "EQUIPMENT"
            | "RECEIVABLES"
            | "INVENTORY"
            | "ORDERS"
            | "INTELLECTUAL_PROPERTY"
            | "EQUITY_PLEDGE";
          district?: string;
          institution?: string;
          page?: number;
          pageSize?: number;
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
          termMonths?: number;
          type?:
            | "COMMERCIAL_VALUE_CREDIT"
            | "KNOWLEDGE_VALUE_CREDIT"
            | "IP_PLEDGE_LOAN"
            | "TECH_RENOVATION_LOAN"
            | "ORDER_LOAN"
            | "SRDI_LOAN"
            | "GAZELLE_LOAN"
            | "UNICORN_LOAN"
            | "CARBON_SINK_LOAN"
            | "EQUIPMENT_ORDER_PLEDGE"
            | "WAREHOUSE_RECEIPT_PLEDGE"
            | "RECEIVABLES_PLEDGE"
            | "BILL_DISCOUNT"
            | "LETTER_OF_CREDIT"
            | "YULIANDAI"
            | "FIRST_SET"
            | "FIRST_BATCH"
            | "FIRST_VERSION"
            | "CREDIT_GUARANTEE_INSURANCE"
            | "LOAN_GUARANTEE_INSURANCE"
            | "TECH_PATENT_INSURANCE"
            | "DIRECT_LEASE"
            | "OPERATING_LEASE"
            | "SALE_AND_LEASEBACK"
            | "ENTRUSTED_LEASE"
            | "SUBLEASE"
            | "BOND_UNDERWRITING"
            | "EQUITY_INVESTMENT"
            | "FINANCING_GUARANTEE";
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
              items: components["schemas"]["ListedFinancingProduct"][];
              page: number;
              pageSize: number;
              total: number;
            };
          };
        };
        400: components["responses"]["BadRequest"];
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
  "/api/v1/product-supermarket/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A listed product as the supermarket shows it */
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
            "application/json": components["schemas"]["ListedFinancingProduct"];
          };
        };
        400: components["responses"]["BadRequest"];
        401: components["responses"]["SignInRequired"];
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
  "/api/v1/product-supermarket/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Excel export of the filtered supermarket */
    get: {
      parameters: {
        query?: {
          amount?: string;
          category?: "CREDIT" | "SUPPLY_CHAIN" | "INSURANCE" | "LEASING" | "BOND" | "EQUITY" | "GUARANTEE";
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
          collateral?:
            | "NONE"
            | "GUARANTEE"
            | "REAL_ESTATE"
            | "EQUIPMENT"
            | "RECEIVABLES"
            | "INVENTORY"
            | "ORDERS"
            | "INTELLECTUAL_PROPERTY"
            | "EQUITY_PLEDGE";
          district?: string;
          institution?: string;
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
          termMonths?: number;
          type?:
            | "COMMERCIAL_VALUE_CREDIT"
            | "KNOWLEDGE_VALUE_CREDIT"
            | "IP_PLEDGE_LOAN"
            | "TECH_RENOVATION_LOAN"
            | "ORDER_LOAN"
            | "SRDI_LOAN"
            | "GAZELLE_LOAN"
            | "UNICORN_LOAN"
            | "CARBON_SINK_LOAN"
            | "EQUIPMENT_ORDER_PLEDGE"
            | "WAREHOUSE_RECEIPT_PLEDGE"
            | "RECEIVABLES_PLEDGE"
            | "BILL_DISCOUNT"
            | "LETTER_OF_CREDIT"
            | "YULIANDAI"
            | "FIRST_SET"
            | "FIRST_BATCH"
            | "FIRST_VERSION"
            | "CREDIT_GUARANTEE_INSURANCE"
            | "LOAN_GUARANTEE_INSURANCE"
            | "TECH_PATENT_INSURANCE"
            | "DIRECT_LEASE"
            | "OPERATING_LEASE"
            | "SALE_AND_LEASEBACK"
            | "ENTRUSTED_LEASE"
            | "SUBLEASE"
            | "BOND_UNDERWRITING"
            | "EQUITY_INVESTMENT"
            | "FINANCING_GUARANTEE";
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
