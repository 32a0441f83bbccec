import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../db/client";
import { actorOf } from "../../platform/auth/authentication";
import { idParams } from "../../platform/http";
import { problems, workbookResponse } from "../../platform/responses";
import { sendWorkbook } from "../../platform/spreadsheets";
import { writeEventsWorkbook } from "./events.excel";
import {
  answerInput,
  cancelInput,
  checkInInput,
  closeInput,
  eventDetail,
  eventInput,
  eventListQuery,
  eventSummary,
  invitationInput,
  invitationResult,
  outcomeInput,
  servedQuery,
  servedResponse,
  yearQuery,
} from "./events.schemas";
import * as service from "./events.service";

export function registerEventRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["events"];

  r.get(
    "/api/v1/events",
    {
      schema: {
        tags,
        summary: "Matchmaking events: the region's (bureau, overseers) or those the caller is invited to",
        querystring: eventListQuery,
        response: { 200: z.array(eventSummary), ...problems(400, 401, 403) },
      },
    },
    async (request) => service.listEvents(db, actorOf(request), request.query),
  );

  r.post(
    "/api/v1/events",
    {
      schema: {
        tags,
        summary: "The industry bureau plans an event (银企对接会, 路演, 基企对接, 上市培训, 政银企调度会)",
        body: eventInput,
        response: { 201: eventDetail, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createEvent(db, actorOf(request), request.body, request.ip)),
  );

  r.get(
    "/api/v1/events/served",
    {
      schema: {
        tags,
        summary: "Enterprises served (家次) in a year by the region's events, against seed 004's 1,000",
        querystring: servedQuery,
        response: { 200: servedResponse, ...problems(400, 401, 403) },
      },
    },
    async (request) => service.served(db, actorOf(request), request.query.year),
  );

  r.get(
    "/api/v1/events/export",
    {
      schema: {
        tags,
        summary: "Excel of a year's events, attendance, outcomes and enterprises served",
        querystring: yearQuery,
        response: { 200: workbookResponse, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const year = request.query.year;
      const body = await writeEventsWorkbook(await service.exportYear(db, actorOf(request), year));
      return sendWorkbook(reply, `银企对接活动-${year}.xlsx`, body);
    },
  );

  r.get(
    "/api/v1/events/:id",
    {
      schema: {
        tags,
        summary: "An event as the caller may see it, with the steps open to it",
        params: idParams,
        response: { 200: eventDetail, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => service.getEvent(db, actorOf(request), request.params.id),
  );

  r.post(
    "/api/v1/events/:id/invitations",
    {
      schema: {
        tags,
        summary:
          "Invite the enterprises the event's filters take today and institutions of the region; each is notified",
        params: idParams,
        body: invitationInput,
        response: { 200: invitationResult, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.invite(db, actorOf(request), request.params.id, request.body, request.ip),
  );

  r.post(
    "/api/v1/events/:id/registration",
    {
      schema: {
        tags,
        summary: "An invited enterprise registers, or declines with its reason",
        params: idParams,
        body: answerInput,
        response: { 200: eventDetail, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => service.answer(db, actorOf(request), request.params.id, request.body, request.ip),
  );

  r.post(
    "/api/v1/events/:id/check-ins",
    {
      schema: {
        tags,
        summary: "The bureau checks invitees in at the event",
        params: idParams,
        body: checkInInput,
        response: { 200: eventDetail, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.checkIn(db, actorOf(request), request.params.id, request.body.invitationIds, request.ip),
  );

  r.post(
    "/api/v1/events/:id/outcomes",
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: "Record an outcome between an enterprise that attended and an invited institution",
        params: idParams,
        body: outcomeInput,
        response: { 201: eventDetail, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.recordOutcome(db, actorOf(request), request.params.id, request.body, request.ip)),
  );

  r.post(
    "/api/v1/events/:id/close",
    {
      schema: {
        tags,
        summary: "Close a held event once its outcomes are recorded",
        params: idParams,
        body: closeInput,
        response: { 200: eventDetail, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.closeEvent(db, actorOf(request), request.params.id, request.body.note, request.ip),
  );

  r.post(
    "/api/v1/events/:id/cancel",
    {
      schema: {
        tags,
        summary: "Cancel an event not yet held, saying why",
        params: idParams,
        body: cancelInput,
        response: { 200: eventDetail, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.cancelEvent(db, actorOf(request), request.params.id, request.body.reason, request.ip),
  );
}
