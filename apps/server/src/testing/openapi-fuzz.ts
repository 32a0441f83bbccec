import fc from "fast-check";
import type { InjectOptions } from "fastify";
import { dereferenced } from "./openapi-document";

/** The part of JSON Schema the API's zod schemas produce (fastify-type-provider-zod, OpenAPI 3.1). */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema: JsonSchema;
}

export interface FuzzOperation {
  method: string;
  /** OpenAPI path with `{name}` placeholders. */
  path: string;
  parameters: Parameter[];
  body?: JsonSchema;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: unknown }>>;
}

/** Every operation of the document with the schemas of its path, query and JSON body (shared ones resolved). */
export function fuzzOperations(document: OpenApiDocument): FuzzOperation[] {
  return Object.entries(dereferenced(document).paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const content = (operation.requestBody as { content?: Record<string, { schema?: JsonSchema }> })
        ?.content;
      return {
        method: method.toUpperCase(),
        path,
        parameters: operation.parameters ?? [],
        body: content?.["application/json"]?.schema,
      };
    }),
  );
}

/**
 * Inputs that have broken servers before: control characters (PostgreSQL refuses NUL), blanks,
 * unpaired surrogates, dates of year 0 and 9999, huge and negative numbers, long strings, wrong types.
 */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    "\u0000",
    "十堰\u0000产融",
    "\u001b[31m",
    "\u0085",
    "\ud800",
    "",
    " ",
    " \n\t ",
    "%00",
    "0000-01-01",
    "9999-12-31",
    "1900-01-01",
    "2031-01-01",
    "-1",
    "0",
    "9999999999999.99",
    "99999999999999999999999999.99",
    "1e400",
    "NaN",
    "../../etc/passwd",
    "'; drop table users; --",
    "a".repeat(300),
  ),
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.constant("长".repeat(5000)),
  fc.constantFrom(0, -1, 0.5, 1e308, -1e308, 2 ** 53 + 1, 2 ** 31),
  fc.constantFrom(null, true, false, {}, [], [null], { "": 1 }),
);

const printable = fc.string({
  unit: fc.constantFrom(..."十堰产融通银行担保企业 abcXYZ0123-_.,"),
  maxLength: 24,
});

/** Dates a person might enter, around the platform's years. */
const plausibleDate = fc
  .record({ year: fc.integer({ min: 1990, max: 2035 }), month: fc.integer({ min: 1, max: 12 }) })
  .chain(({ year, month }) =>
    fc
      .integer({ min: 1, max: 28 })
      .map((day) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`),
  );

function stringFor(schema: JsonSchema, knownIds: readonly string[]): fc.Arbitrary<string> {
  if (schema.format === "uuid") return fc.oneof(fc.constantFrom(...knownIds), fc.uuid());
  if (schema.format === "date") return plausibleDate;
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern));
    } catch {
      // A pattern fast-check cannot generate from: plain text still probes the route.
    }
  }
  return printable.filter(
    (value) => value.length >= (schema.minLength ?? 0) && value.length <= (schema.maxLength ?? 24),
  );
}

function validValue(schema: JsonSchema, knownIds: readonly string[]): fc.Arbitrary<unknown> {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((item) => valueFor(item, knownIds)));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if ("const" in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.type)) {
    return fc.oneof(...schema.type.map((type) => validValue({ ...schema, type }, knownIds)));
  }
  switch (schema.type) {
    case "string":
      return stringFor(schema, knownIds);
    case "integer":
    case "number": {
      const min = schema.minimum ?? (schema.exclusiveMinimum ?? -1_001) + 1;
      return fc.integer({ min, max: Math.max(min, Math.min(schema.maximum ?? 1_000_000, 1_000_000)) });
    }
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      return fc.array(valueFor(schema.items ?? {}, knownIds), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 3, 3)),
      });
    case "object": {
      const properties = schema.properties ?? {};
      if (Object.keys(properties).length === 0) return fc.dictionary(printable, hostileValue, { maxKeys: 3 });
      const arbitraries = Object.fromEntries(
        Object.entries(properties).map(([key, property]) => [key, valueFor(property, knownIds)]),
      );
      return fc.record(arbitraries, { requiredKeys: schema.required ?? [] });
    }
    default:
      return hostileValue;
  }
}

/** A value for `schema`: mostly one it allows (so requests get past validation), sometimes a hostile one. */
export function valueFor(schema: JsonSchema, knownIds: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: validValue(schema, knownIds) },
    { weight: 1, arbitrary: hostileValue },
  );
}

const asText = (value: unknown) => (typeof value === "string" ? value : (JSON.stringify(value) ?? ""));

/** A path segment as a client could send it; an unpaired surrogate goes as the bytes UTF-8 would give it. */
function pathSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return `${encodeURIComponent(value.replace(/\p{Cs}/gu, ""))}%ED%A0%80`;
  }
}

/** Requests for one operation: path parameters, query and JSON body, each valid-ish or hostile. */
export function requestsFor(
  operation: FuzzOperation,
  knownIds: readonly string[],
): fc.Arbitrary<InjectOptions> {
  const pathParameters = operation.parameters.filter((parameter) => parameter.in === "path");
  const queryParameters = operation.parameters.filter((parameter) => parameter.in === "query");
  const path = fc.record(
    Object.fromEntries(pathParameters.map((p) => [p.name, valueFor(p.schema, knownIds)])),
  );
  const query = fc.record(
    Object.fromEntries(queryParameters.map((p) => [p.name, valueFor(p.schema, knownIds)])),
    { requiredKeys: [] },
  );
  const body = operation.body ? valueFor(operation.body, knownIds) : fc.constant(undefined);
  return fc.record({ path, query, body }).map(({ path: values, query: queryValues, body: payload }) => {
    const url = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => pathSegment(asText(values[name])));
    const search = new URLSearchParams(
      Object.entries(queryValues).map(([key, value]): [string, string] => [key, asText(value)]),
    ).toString();
    return {
      method: operation.method as InjectOptions["method"],
      url: search ? `${url}?${search}` : url,
      ...(payload !== undefined && {
        payload: JSON.stringify(payload),
        headers: { "content-type": "application/json" },
      }),
    };
  });
}
