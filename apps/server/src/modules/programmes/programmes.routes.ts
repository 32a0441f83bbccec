import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../db/client";
import { actorOf } from "../../platform/auth/authentication";
import { idParams } from "../../platform/http";
import { languageOf, localise } from "../../platform/language";
import { problems } from "../../platform/responses";
import {
  codeParams,
  configInput,
  copyInput,
  eligibilityInput,
  eligibilityResponse,
  keySupportedEntryResponse,
  keySupportedInput,
  keySupportedQuery,
  keySupportedRowResponse,
  negativeEntryResponse,
  negativeInput,
  negativeRowResponse,
  noContent,
  programmeDetailResponse,
  programmeResponse,
  removal,
} from "./programmes.schemas";
import * as service from "./programmes.service";

export function registerProgrammeRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["programmes"];

  r.get(
    "/api/v1/programmes",
    {
      schema: {
        tags,
        summary: "Subsidised loan programmes",
        response: { 200: z.array(programmeResponse), ...problems(401, 403) },
      },
    },
    async () => service.listProgrammes(db),
  );

  r.get(
    "/api/v1/programmes/:code",
    {
      schema: {
        tags,
        summary: "A programme with its current configuration and version history",
        params: codeParams,
        response: { 200: programmeDetailResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => service.getProgramme(db, request.params.code),
  );

  r.post(
    "/api/v1/programmes/:code/copies",
    {
      schema: {
        tags,
        summary: "Copy a programme into another region under a new code (platform admin; seed 002 art. 18)",
        params: codeParams,
        body: copyInput,
        response: { 201: programmeDetailResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.copyProgramme(db, actorOf(request), request.params.code, request.body, request.ip),
        ),
  );

  r.put(
    "/api/v1/programmes/:code/config",
    {
      schema: {
        tags,
        summary: "Save a new version of a programme's configuration (platform admin)",
        params: codeParams,
        body: configInput,
        response: { 200: programmeDetailResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.saveConfig(db, actorOf(request), request.params.code, request.body, request.ip),
  );

  r.post(
    "/api/v1/programmes/:code/eligibility",
    {
      schema: {
        tags,
        summary: "Check an enterprise against every eligibility rule of the programme",
        params: codeParams,
        body: eligibilityInput,
        response: { 200: eligibilityResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      localise(
        await service.checkEligibility(db, actorOf(request), request.params.code, request.body),
        languageOf(request),
      ),
  );

  r.get(
    "/api/v1/key-supported-list",
    {
      schema: {
        tags,
        summary: "The city's key-supported enterprises (全市汽车产业重点支持企业)",
        querystring: keySupportedQuery,
        response: { 200: z.array(keySupportedEntryResponse), ...problems(400, 401, 403) },
      },
    },
    async (request) => service.listKeySupported(db, actorOf(request), request.query.region),
  );

  r.post(
    "/api/v1/key-supported-list",
    {
      schema: {
        tags,
        summary: "Add an enterprise to the key-supported list (industry bureau)",
        body: keySupportedInput,
        response: { 201: keySupportedRowResponse, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.addKeySupported(db, actorOf(request), request.body, request.ip)),
  );

  r.delete(
    "/api/v1/key-supported-list/:id",
    {
      schema: {
        tags,
        summary: "Remove an enterprise from the key-supported list, saying why",
        params: idParams,
        body: removal,
        response: { 204: noContent, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await service.removeKeySupported(
        db,
        actorOf(request),
        request.params.id,
        request.body.reason,
        request.ip,
      );
      return reply.status(204).send(null);
    },
  );

  r.get(
    "/api/v1/negative-list",
    {
      schema: {
        tags,
        summary: "The re-guarantor's negative list (负面清单)",
        response: { 200: z.array(negativeEntryResponse), ...problems(401, 403) },
      },
    },
    async (request) => service.listNegative(db, actorOf(request)),
  );

  r.post(
    "/api/v1/negative-list",
    {
      schema: {
        tags,
        summary: "Put an enterprise on the negative list with a reason (re-guarantor)",
        body: negativeInput,
        response: { 201: negativeRowResponse, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.addNegative(db, actorOf(request), request.body, request.ip)),
  );

  r.delete(
    "/api/v1/negative-list/:id",
    {
      schema: {
        tags,
        summary: "Take an enterprise off the negative list, saying why",
        params: idParams,
        body: removal,
        response: { 204: noContent, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await service.removeNegative(db, actorOf(request), request.params.id, request.body.reason, request.ip);
      return reply.status(204).send(null);
    },
  );
}
