import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../db/client";
import { actorOf } from "../../platform/auth/authentication";
import { idParams, jsonObject, text, versionField, yuanString } from "../../platform/http";
import * as service from "./programmes.service";

const codeParams = z.object({ code: z.string().regex(/^[A-Za-z0-9_-]{2,40}$/) }).strict();
const removal = z.object({ reason: text({ min: 2, max: 500, multiline: true }) }).strict();

export function registerProgrammeRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["programmes"];

  r.get("/api/v1/programmes", { schema: { tags, summary: "Subsidised loan programmes" } }, async () =>
    service.listProgrammes(db),
  );

  r.get(
    "/api/v1/programmes/:code",
    {
      schema: {
        tags,
        summary: "A programme with its current configuration and version history",
        params: codeParams,
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
        body: z
          .object({
            code: z.string().regex(/^[A-Za-z0-9_-]{2,40}$/),
            name: text({ min: 2, max: 100 }),
            regionCode: z.string().regex(/^\d{6}$/),
            eligibleDistricts: z
              .array(z.string().regex(/^\d{6}$/))
              .min(1)
              .max(100),
          })
          .strict(),
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
        body: z
          .object({
            config: jsonObject,
            expectedVersion: versionField,
            note: text({ min: 2, max: 500, multiline: true }),
          })
          .strict(),
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
        body: z
          .object({
            enterpriseId: z.uuid(),
            supplyChainCategory: text({ max: 40 }).nullable(),
            amount: yuanString,
            termMonths: z.number().int().min(1).max(600),
            loanUse: text({ max: 40 }),
          })
          .strict(),
      },
    },
    async (request) => service.checkEligibility(db, actorOf(request), request.params.code, request.body),
  );

  r.get(
    "/api/v1/key-supported-list",
    {
      schema: {
        tags,
        summary: "The city's key-supported enterprises (全市汽车产业重点支持企业)",
        querystring: z
          .object({
            region: z
              .string()
              .regex(/^\d{6}$/)
              .optional(),
          })
          .strict(),
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
        body: z
          .object({ enterpriseId: z.uuid(), note: text({ min: 2, max: 500, multiline: true }) })
          .strict(),
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
      return reply.status(204).send();
    },
  );

  r.get(
    "/api/v1/negative-list",
    { schema: { tags, summary: "The re-guarantor's negative list (负面清单)" } },
    async (request) => service.listNegative(db, actorOf(request)),
  );

  r.post(
    "/api/v1/negative-list",
    {
      schema: {
        tags,
        summary: "Put an enterprise on the negative list with a reason (re-guarantor)",
        body: z
          .object({ enterpriseId: z.uuid(), reason: text({ min: 2, max: 500, multiline: true }) })
          .strict(),
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
      },
    },
    async (request, reply) => {
      await service.removeNegative(db, actorOf(request), request.params.id, request.body.reason, request.ip);
      return reply.status(204).send();
    },
  );
}
