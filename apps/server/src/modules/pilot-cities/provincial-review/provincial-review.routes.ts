import { PILOT_APPLICATION_STATUS_TERMS } from "@chanrong/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Database } from "../../../db/client";
import { actorOf } from "../../../platform/auth/authentication";
import { AppError } from "../../../platform/errors";
import type { FileStorage } from "../../../platform/files/storage";
import { idParams, text } from "../../../platform/http";
import { uploadedFile } from "../../../platform/multipart";
import { problems, workbookResponse } from "../../../platform/responses";
import { sendWorkbook, tableWorkbook } from "../../../platform/spreadsheets";
import { sendAttachment } from "../../applications/attachments.routes";
import { attachmentContentResponse } from "../../applications/attachments.schemas";
import {
  opinionInput,
  reasonInput,
  reviewedApplication,
  scoresInput,
  unitOverviewResponse,
  unitParams,
} from "./provincial-review.schemas";
import * as service from "./provincial-review.service";

const filenameInput = text({ max: 255 });

export function registerProvincialReviewRoutes(
  app: FastifyInstance,
  db: Database,
  storage: FileStorage,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["pilot-cities"];
  const decided = { 200: reviewedApplication, ...problems(400, 401, 403, 404, 409) };

  r.get(
    "/api/v1/pilot-applications/:id/review",
    {
      schema: {
        tags,
        summary:
          "A submitted application with each provincial department's opinion and the province's scores",
        params: idParams,
        response: { 200: reviewedApplication, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => service.reviewedApplication(db, actorOf(request), request.params.id),
  );

  r.put(
    "/api/v1/pilot-applications/:id/opinion",
    {
      schema: {
        tags,
        summary: "The caller's department records (or replaces) its opinion: agree or not, with its text",
        params: idParams,
        body: opinionInput,
        response: decided,
      },
    },
    async (request) =>
      service.recordOpinion(db, actorOf(request), request.params.id, request.body, request.ip),
  );

  r.put(
    "/api/v1/pilot-applications/:id/provincial-scores",
    {
      schema: {
        tags,
        summary: "The provincial industry department scores the four conditions of §二 on the rubric's scale",
        params: idParams,
        body: scoresInput,
        response: decided,
      },
    },
    async (request) =>
      service.scoreApplication(db, actorOf(request), request.params.id, request.body, request.ip),
  );

  r.post(
    "/api/v1/pilot-applications/:id/recommendation",
    {
      schema: {
        tags,
        summary:
          "Recommend it, next in the unit's order, within the quota (needs the scores and five opinions)",
        params: idParams,
        response: decided,
      },
    },
    async (request) =>
      service.decide(db, actorOf(request), request.params.id, "recommend", undefined, request.ip),
  );

  r.post(
    "/api/v1/pilot-applications/:id/decline",
    {
      schema: {
        tags,
        summary: "Decline to recommend it, with the reason",
        params: idParams,
        body: reasonInput,
        response: decided,
      },
    },
    async (request) =>
      service.decide(db, actorOf(request), request.params.id, "decline", request.body.reason, request.ip),
  );

  r.post(
    "/api/v1/pilot-applications/:id/return",
    {
      schema: {
        tags,
        summary:
          "Return it to the city for correction, with the reason (resubmission until the provincial deadline)",
        params: idParams,
        body: reasonInput,
        response: decided,
      },
    },
    async (request) =>
      service.decide(db, actorOf(request), request.params.id, "return", request.body.reason, request.ip),
  );

  r.get(
    "/api/v1/pilot-batches/:id/recommending-units/:code",
    {
      schema: {
        tags,
        summary:
          "A unit's applications in rank order with opinions, its quota used and left, its confirmation",
        params: unitParams,
        response: { 200: unitOverviewResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => service.unitOverview(db, actorOf(request), request.params.id, request.params.code),
  );

  r.get(
    "/api/v1/pilot-batches/:id/recommending-units/:code/export",
    {
      schema: {
        tags,
        summary: "The unit's applications as Excel: rank, city, status, points, opinions agreed",
        params: unitParams,
        response: { 200: workbookResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const unit = await service.unitOverview(db, actorOf(request), request.params.id, request.params.code);
      const rows = unit.applications.map((application) => ({
        rank: application.recommendationRank ? String(application.recommendationRank) : "",
        city: application.applicantName,
        status: PILOT_APPLICATION_STATUS_TERMS[application.status].zh,
        points: application.provincialPoints ?? "",
        opinions: `${application.opinions.filter((opinion) => opinion.agrees).length}/${application.opinions.length}`,
        reason: application.decisionReason ?? "",
      }));
      const columns = [
        { key: "rank", header: "推荐顺序", width: 10 },
        { key: "city", header: "申报城市", width: 24 },
        { key: "status", header: "状态", width: 16 },
        { key: "points", header: "四项条件得分", width: 14 },
        { key: "opinions", header: "部门同意/已出具", width: 16 },
        { key: "reason", header: "退回或不予推荐理由", width: 40 },
      ];
      return sendWorkbook(
        reply,
        `${unit.name.zh}推荐名单.xlsx`,
        await tableWorkbook("推荐名单", columns, rows),
      );
    },
  );

  r.post(
    "/api/v1/pilot-batches/:id/recommending-units/:code/confirmation",
    {
      schema: {
        tags,
        summary:
          "Confirm the unit's list with the 联合上报文件 (multipart `file`) by the provincial deadline, within the quota",
        params: unitParams,
        consumes: ["multipart/form-data"],
        response: { 200: unitOverviewResponse, ...problems(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request) => {
      const file = await uploadedFile(request);
      const filename = filenameInput.safeParse(file.filename);
      if (!filename.success)
        throw AppError.validation("file.filename", "text", {
          zh: `文件名${filename.error.issues[0]?.message}`,
          en: `File name: ${filename.error.issues[0]?.message}`,
        });
      return service.confirmUnit(
        db,
        storage,
        actorOf(request),
        request.params.id,
        request.params.code,
        { filename: filename.data, content: await file.toBuffer() },
        request.ip,
      );
    },
  );

  r.get(
    "/api/v1/pilot-batches/:id/recommending-units/:code/joint-document",
    {
      schema: {
        tags,
        summary: "Download the unit's 联合上报文件",
        params: unitParams,
        response: { 200: attachmentContentResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const document = await service.jointDocumentOf(
        db,
        actorOf(request),
        request.params.id,
        request.params.code,
      );
      return sendAttachment(reply, document, await storage.get(document.sha256));
    },
  );
}
