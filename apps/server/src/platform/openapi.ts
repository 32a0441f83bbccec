import { isDeepStrictEqual } from "node:util";
import type { SwaggerTransformObject } from "@fastify/swagger";
import { jsonSchemaTransformObject } from "fastify-type-provider-zod";
import { sharedResponseName } from "./responses";

/**
 * What the OpenAPI document shares between routes (ADR 019), so each shape is written once:
 * - The schemas given an id (`.meta({ id: "PilotApplication" })`). fastify-type-provider-zod writes
 *   each under `components.schemas` twice, as answered (`PilotApplication`) and as accepted
 *   (`PilotApplicationInput`), and a route refers to the one it uses. Only those something refers to
 *   are kept, written the way @fastify/swagger writes a route's own schemas (a `const` becomes a
 *   one-value `enum`), so a shape reads the same whether a route inlines it or refers to it.
 * - The answers given by `sharedResponse(name, …)` (those of `problems(…)`, a workbook download …),
 *   under `components.responses` by their names.
 */
export const openApiTransformObject: SwaggerTransformObject = (input) => {
  const document = jsonSchemaTransformObject(input) as OpenApiDocument;
  const schemas = document.components?.schemas ?? {};
  const responses = { ...document.components?.responses, ...shareResponses(document.paths ?? {}) };
  const used = referencedComponents({ ...document, components: {} }, { schemas, responses });
  document.components = {
    ...document.components,
    schemas: Object.fromEntries(
      Object.entries(schemas)
        .filter(([name]) => used.has(`${SCHEMAS}${name}`))
        .map(([name, schema]) => [name, constAsEnum(schema)]),
    ),
    responses: Object.fromEntries(
      Object.entries(responses).filter(([name]) => used.has(`${RESPONSES}${name}`)),
    ),
  };
  return document;
};

type Components = Record<string, unknown>;
interface OpenApiDocument {
  paths?: Record<string, Record<string, { responses?: Record<string, unknown> }>>;
  components?: { schemas?: Components; responses?: Components; [kind: string]: unknown };
  [key: string]: unknown;
}

const SCHEMAS = "#/components/schemas/";
const RESPONSES = "#/components/responses/";

/** Replaces each operation's shared answers with references to them; gives the answers referred to. */
function shareResponses(paths: NonNullable<OpenApiDocument["paths"]>): Components {
  const shared: Components = {};
  for (const item of Object.values(paths)) {
    for (const operation of Object.values(item)) {
      const answers = operation?.responses ?? {};
      for (const [status, answer] of Object.entries(answers)) {
        const description = (answer as { description?: unknown }).description;
        const name = typeof description === "string" ? sharedResponseName(description) : undefined;
        if (!name) continue;
        shared[name] ??= answer;
        if (!isDeepStrictEqual(answer, shared[name])) {
          throw new Error(`Answers described "${description}" differ between routes: describe them apart`);
        }
        answers[status] = { $ref: `${RESPONSES}${name}` };
      }
    }
  }
  return shared;
}

/** The components (`#/components/<kind>/<name>`) `root` refers to, and those they refer to in turn. */
function referencedComponents(root: unknown, components: Record<string, Components>): Set<string> {
  const used = new Set<string>();
  const pending = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) pending.push(...node);
    else if (node !== null && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        if (key !== "$ref" || typeof value !== "string") pending.push(value);
        else if (!used.has(value)) {
          used.add(value);
          const [, kind, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(value) ?? [];
          if (kind && name) pending.push(components[kind]?.[name]);
        }
      }
    }
  }
  return used;
}

/** `{ const: x }` as `{ enum: [x] }`, as @fastify/swagger's `convertConstToEnum` does in routes. */
function constAsEnum(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(constAsEnum);
  if (schema === null || typeof schema !== "object") return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => {
      if (key === "const") return ["enum", [value]];
      // `properties` maps field names, one of which may well be called "const", to schemas.
      if (key === "properties" && value !== null && typeof value === "object") {
        const fields = Object.entries(value).map(([name, field]) => [name, constAsEnum(field)]);
        return [key, Object.fromEntries(fields)];
      }
      return [key, constAsEnum(value)];
    }),
  );
}
