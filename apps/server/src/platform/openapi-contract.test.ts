import { beforeAll, describe, expect, it } from "vitest";
import { dereferenced } from "../testing/openapi-document";
import { useTestApp } from "../testing/test-app";

interface Operation {
  security?: unknown[];
  parameters?: unknown[];
  requestBody?: unknown;
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
}
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; responses: Record<string, unknown> };
};

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

describe("the OpenAPI document states every response (issue 9 point 4)", () => {
  const ctx = useTestApp();
  let document: Document;
  let operations: { name: string; operation: Operation }[];

  beforeAll(async () => {
    document = (await ctx.app.inject("/api/openapi.json")).json() as Document;
    // Operations as a reader sees them: shared schemas and answers resolved.
    operations = Object.entries(dereferenced(document).paths).flatMap(([path, item]) =>
      METHODS.filter((method) => item[method]).map((method) => ({
        name: `${method.toUpperCase()} ${path}`,
        operation: item[method] as Operation,
      })),
    );
  });

  it("says which operations are public and how to call the others", () => {
    const unstated = operations.filter(({ operation }) => !operation.security).map(({ name }) => name);
    expect(unstated).toEqual([]);
    const open = operations
      .filter(({ operation }) => operation.security?.length === 0)
      .map(({ name }) => name);
    expect(open).toContain("POST /api/v1/auth/sign-in");
    expect(open).toContain("POST /api/v1/calculators/interest-subsidy");
    expect(open).not.toContain("GET /api/v1/funds");
  });

  it("documents a success with its body for every operation", () => {
    expect(operations.length).toBeGreaterThan(90);
    const undocumented = operations
      .filter(({ operation }) => {
        const success = Object.entries(operation.responses ?? {}).filter(([status]) =>
          /^2\d\d$/.test(status),
        );
        return !success.some(([status, response]) => status === "204" || response.content);
      })
      .map(({ name }) => name);
    expect(undocumented).toEqual([]);
  });

  it("documents the problem+json errors: 401 on every signed-in route, 400 wherever a request is validated", () => {
    const missing: string[] = [];
    for (const { name, operation } of operations) {
      const responses = operation.responses ?? {};
      const problem = (status: string) => responses[status]?.content?.["application/problem+json"];
      if (operation.security?.length !== 0 && !problem("401")) missing.push(`${name}: 401`);
      const validated = Boolean(operation.parameters?.length || operation.requestBody);
      if (validated && !problem("400")) missing.push(`${name}: 400`);
    }
    expect(missing).toEqual([]);
  });

  it("holds what routes share once, and refers to it (ADR 019)", () => {
    const get = document.paths["/api/v1/pilot-applications/{id}"]?.get;
    expect(get?.responses?.["200"]?.content?.["application/json"]?.schema).toEqual({
      $ref: "#/components/schemas/PilotApplication",
    });
    expect(get?.responses?.["401"]).toEqual({ $ref: "#/components/responses/SignInRequired" });
    // As accepted: an id'd schema in a request body is its input shape.
    const save = document.paths["/api/v1/incentive-applications"]?.post?.requestBody as {
      content: { "application/json": { schema: unknown } };
    };
    expect(save.content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/IncentiveApplicationFormInput",
    });
    // Only what is referred to: no answer-only schema is also written as accepted.
    expect(Object.keys(document.components.schemas)).not.toContain("PilotApplicationInput");
    expect(Object.keys(document.components.responses)).toContain("Workbook");
  });

  it("documents what POST /api/v1/default-cases really answers: 201 Created", () => {
    const create = operations.find(({ name }) => name === "POST /api/v1/default-cases");
    expect(Object.keys(create?.operation.responses ?? {})).toContain("201");
  });
});
