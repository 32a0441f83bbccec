import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../db/client";
import { ORG_TYPES, ROLES } from "../../platform/actor";
import { actorOf } from "../../platform/auth/authentication";
import { SESSION_COOKIE, SIGN_IN_POLICY } from "../../platform/auth/policy";
import { today } from "../../platform/clock";
import { idParams, isoDate, pageQuery, patchOf, text, versionField } from "../../platform/http";
import * as apiKeys from "./api-keys.service";
import * as service from "./identity.service";

const orgInput = z
  .object({
    name: text({ min: 2, max: 100 }),
    type: z.enum(ORG_TYPES),
    regionCode: z.string().regex(/^\d{6}$/, "6 位行政区划代码 (6-digit division code)"),
    enterpriseId: z.uuid().nullish(),
  })
  .strict();

const userInput = z
  .object({
    username: z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9._-]{2,39}$/,
        "3–40 位小写字母、数字、点、下划线或连字符 (3–40 lowercase letters, digits, . _ -)",
      ),
    displayName: text({ max: 60 }),
    password: z.string().max(200),
    roles: z.array(z.enum(ROLES)).min(1),
  })
  .strict();

export function registerIdentityRoutes(
  app: FastifyInstance,
  db: Database,
  options: { secureCookies: boolean },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const meta = (request: { ip: string; headers: Record<string, unknown> }) => ({
    ip: request.ip,
    userAgent: typeof request.headers["user-agent"] === "string" ? request.headers["user-agent"] : null,
  });

  r.post(
    "/api/v1/auth/sign-in",
    {
      config: { public: true },
      schema: {
        tags: ["identity"],
        summary: "Sign in with username and password; sets the session cookie",
        body: z.object({ username: text({ max: 80 }), password: z.string().min(1).max(200) }).strict(),
      },
    },
    async (request, reply) => {
      const { token, csrfToken } = await service.signIn(
        db,
        request.body.username,
        request.body.password,
        meta(request),
      );
      reply.setCookie(SESSION_COOKIE, token, {
        path: "/",
        httpOnly: true,
        sameSite: "lax",
        secure: options.secureCookies || request.protocol === "https",
        maxAge: SIGN_IN_POLICY.idleTimeoutMinutes * 60 * 48,
      });
      return { csrfToken };
    },
  );

  r.post(
    "/api/v1/auth/sign-out",
    { schema: { tags: ["identity"], summary: "Sign out" } },
    async (request, reply) => {
      const session = request.session;
      if (session) await service.signOut(db, actorOf(request), session.tokenHash, request.ip);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.status(204).send();
    },
  );

  r.get(
    "/api/v1/auth/me",
    { schema: { tags: ["identity"], summary: "The signed-in user, and the platform's business date" } },
    async (request) => {
      const actor = actorOf(request);
      const session = request.session;
      return {
        user: {
          id: actor.userId,
          username: actor.username,
          displayName: session?.displayName ?? actor.username,
          roles: actor.roles,
        },
        organisation: {
          id: actor.orgId,
          name: session?.orgName ?? "",
          type: actor.orgType,
          regionCode: actor.orgRegionCode,
          enterpriseId: actor.enterpriseId,
        },
        csrfToken: session?.csrfToken ?? null,
        // The business date (pinned for a demo), so that pages default to the server's day, not the browser's.
        today: today(),
      };
    },
  );

  r.get(
    "/api/v1/regions",
    { config: { public: true }, schema: { tags: ["reference"], summary: "Administrative divisions" } },
    async () => service.listRegions(db),
  );

  r.get(
    "/api/v1/banks",
    {
      schema: {
        tags: ["identity"],
        summary: "Directory of banks and financial institutions on the platform",
      },
    },
    async () => service.listBanks(db),
  );

  r.get(
    "/api/v1/guarantors",
    { schema: { tags: ["identity"], summary: "Directory of guarantee companies on the platform" } },
    async () => service.listGuarantors(db),
  );

  r.get(
    "/api/v1/organisations",
    {
      schema: {
        tags: ["identity"],
        summary: "List organisations (platform admin)",
        querystring: z
          .object({ type: z.enum(ORG_TYPES).optional(), q: text({ min: 0, max: 100 }).optional() })
          .strict(),
      },
    },
    async (request) => service.listOrganisations(db, actorOf(request), request.query),
  );

  r.post(
    "/api/v1/organisations",
    { schema: { tags: ["identity"], summary: "Create an organisation (platform admin)", body: orgInput } },
    async (request, reply) => {
      const created = await service.createOrganisation(db, actorOf(request), request.body, request.ip);
      return reply.status(201).send(created);
    },
  );

  r.patch(
    "/api/v1/organisations/:id",
    {
      schema: {
        tags: ["identity"],
        summary: "Edit or deactivate an organisation (platform admin)",
        params: idParams,
        body: patchOf(orgInput).extend({ active: z.boolean().optional(), version: versionField }).strict(),
      },
    },
    async (request) =>
      service.updateOrganisation(db, actorOf(request), request.params.id, request.body, request.ip),
  );

  r.get(
    "/api/v1/organisations/:id/users",
    { schema: { tags: ["identity"], summary: "Users of an organisation (its admin)", params: idParams } },
    async (request) => service.listUsers(db, actorOf(request), request.params.id),
  );

  r.post(
    "/api/v1/organisations/:id/users",
    {
      schema: {
        tags: ["identity"],
        summary: "Create a user (organisation admin)",
        params: idParams,
        body: userInput,
      },
    },
    async (request, reply) => {
      const created = await service.createUser(
        db,
        actorOf(request),
        request.params.id,
        request.body,
        request.ip,
      );
      return reply.status(201).send(created);
    },
  );

  r.patch(
    "/api/v1/users/:id",
    {
      schema: {
        tags: ["identity"],
        summary: "Edit, disable or reset the password of a user (organisation admin)",
        params: idParams,
        body: z
          .object({
            displayName: userInput.shape.displayName.optional(),
            roles: userInput.shape.roles.optional(),
            active: z.boolean().optional(),
            password: userInput.shape.password.optional(),
            version: versionField,
          })
          .strict(),
      },
    },
    async (request) => service.updateUser(db, actorOf(request), request.params.id, request.body, request.ip),
  );

  r.get(
    "/api/v1/api-keys",
    { schema: { tags: ["identity"], summary: "The bank's API keys (bank admin)" } },
    async (request) => apiKeys.listApiKeys(db, actorOf(request)),
  );

  r.post(
    "/api/v1/api-keys",
    {
      schema: {
        tags: ["identity"],
        summary: "Create an API key for the bank's systems; the key is returned once (bank admin)",
        body: z.object({ name: text({ min: 2, max: 60 }) }).strict(),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await apiKeys.createApiKey(db, actorOf(request), request.body.name, request.ip)),
  );

  r.delete(
    "/api/v1/api-keys/:id",
    { schema: { tags: ["identity"], summary: "Revoke an API key (bank admin)", params: idParams } },
    async (request, reply) => {
      await apiKeys.revokeApiKey(db, actorOf(request), request.params.id, request.ip);
      return reply.status(204).send();
    },
  );

  r.get(
    "/api/v1/audit-log",
    {
      schema: {
        tags: ["identity"],
        summary: "Audit log of sign-ins and changes (platform admin)",
        querystring: z
          .object({
            actorUsername: text({ min: 0, max: 80 }).optional(),
            orgId: z.uuid().optional(),
            action: text({ min: 0, max: 80 }).optional(),
            entityType: text({ min: 0, max: 40 }).optional(),
            entityId: text({ min: 0, max: 80 }).optional(),
            from: isoDate.optional(),
            to: isoDate.optional(),
            ...pageQuery,
          })
          .strict(),
      },
    },
    async (request) => service.listAudit(db, actorOf(request), request.query),
  );
}
