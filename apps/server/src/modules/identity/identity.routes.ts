import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../db/client";
import { actorOf } from "../../platform/auth/authentication";
import { SESSION_COOKIE, SIGN_IN_POLICY } from "../../platform/auth/policy";
import { idParams } from "../../platform/http";
import { problems } from "../../platform/responses";
import * as apiKeys from "./api-keys.service";
import {
  apiKeyInput,
  apiKeyResponse,
  auditPage,
  auditQuery,
  createdApiKeyResponse,
  directoryResponse,
  meResponse,
  noContent,
  organisationInput,
  organisationPatch,
  organisationResponse,
  organisationsQuery,
  regionsResponse,
  signInBody,
  signInResponse,
  userInput,
  userPatch,
  userResponse,
} from "./identity.schemas";
import * as service from "./identity.service";

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
        body: signInBody,
        response: { 200: signInResponse, ...problems(400, 401, 423, 429) },
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
    {
      schema: {
        tags: ["identity"],
        summary: "Sign out",
        response: { 204: noContent, ...problems(401, 403) },
      },
    },
    async (request, reply) => {
      const session = request.session;
      if (session) await service.signOut(db, actorOf(request), session.tokenHash, request.ip);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.status(204).send(null);
    },
  );

  r.get(
    "/api/v1/auth/me",
    {
      schema: {
        tags: ["identity"],
        summary: "The signed-in user, and the platform's business date",
        response: { 200: meResponse, ...problems(401, 403) },
      },
    },
    async (request) => service.whoAmI(db, actorOf(request), request.session),
  );

  r.get(
    "/api/v1/regions",
    {
      config: { public: true },
      schema: {
        tags: ["reference"],
        summary: "Administrative divisions",
        response: { 200: regionsResponse },
      },
    },
    async () => service.listRegions(db),
  );

  r.get(
    "/api/v1/banks",
    {
      schema: {
        tags: ["identity"],
        summary: "Directory of banks and financial institutions on the platform",
        response: { 200: directoryResponse, ...problems(401, 403) },
      },
    },
    async () => service.listBanks(db),
  );

  r.get(
    "/api/v1/guarantors",
    {
      schema: {
        tags: ["identity"],
        summary: "Directory of guarantee companies on the platform",
        response: { 200: directoryResponse, ...problems(401, 403) },
      },
    },
    async () => service.listGuarantors(db),
  );

  r.get(
    "/api/v1/organisations",
    {
      schema: {
        tags: ["identity"],
        summary: "List organisations (platform admin)",
        querystring: organisationsQuery,
        response: { 200: z.array(organisationResponse), ...problems(400, 401, 403) },
      },
    },
    async (request) => service.listOrganisations(db, actorOf(request), request.query),
  );

  r.post(
    "/api/v1/organisations",
    {
      schema: {
        tags: ["identity"],
        summary: "Create an organisation (platform admin)",
        body: organisationInput,
        response: { 201: organisationResponse, ...problems(400, 401, 403, 409) },
      },
    },
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
        body: organisationPatch,
        response: { 200: organisationResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.updateOrganisation(db, actorOf(request), request.params.id, request.body, request.ip),
  );

  r.get(
    "/api/v1/organisations/:id/users",
    {
      schema: {
        tags: ["identity"],
        summary: "Users of an organisation (its admin)",
        params: idParams,
        response: { 200: z.array(userResponse), ...problems(400, 401, 403, 404) },
      },
    },
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
        response: { 201: userResponse, ...problems(400, 401, 403, 404, 409) },
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
        body: userPatch,
        response: { 200: userResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.updateUser(db, actorOf(request), request.params.id, request.body, request.ip),
  );

  r.get(
    "/api/v1/api-keys",
    {
      schema: {
        tags: ["identity"],
        summary: "The bank's API keys (bank admin)",
        response: { 200: z.array(apiKeyResponse), ...problems(401, 403) },
      },
    },
    async (request) => apiKeys.listApiKeys(db, actorOf(request)),
  );

  r.post(
    "/api/v1/api-keys",
    {
      schema: {
        tags: ["identity"],
        summary: "Create an API key for the bank's systems; the key is returned once (bank admin)",
        body: apiKeyInput,
        response: { 201: createdApiKeyResponse, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await apiKeys.createApiKey(db, actorOf(request), request.body.name, request.ip)),
  );

  r.delete(
    "/api/v1/api-keys/:id",
    {
      schema: {
        tags: ["identity"],
        summary: "Revoke an API key (bank admin)",
        params: idParams,
        response: { 204: noContent, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await apiKeys.revokeApiKey(db, actorOf(request), request.params.id, request.ip);
      return reply.status(204).send(null);
    },
  );

  r.get(
    "/api/v1/audit-log",
    {
      schema: {
        tags: ["identity"],
        summary: "Audit log of sign-ins and changes (platform admin)",
        querystring: auditQuery,
        response: { 200: auditPage, ...problems(400, 401, 403) },
      },
    },
    async (request) => service.listAudit(db, actorOf(request), request.query),
  );
}
