import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../../db/client";
import { actorOf } from "../../../platform/auth/authentication";
import { AppError } from "../../../platform/errors";
import { detectFileType } from "../../../platform/files/file-types";
import type { FileStorage } from "../../../platform/files/storage";
import { idParams, text } from "../../../platform/http";
import { uploadedFile } from "../../../platform/multipart";
import { problems, workbookResponse } from "../../../platform/responses";
import { sendWorkbook } from "../../../platform/spreadsheets";
import { sendAttachment } from "../../applications/attachments.routes";
import { attachmentContentResponse } from "../../applications/attachments.schemas";
import { batchRow } from "../batches/batches.service";
import { indicatorTemplateWorkbook, readIndicatorUpload } from "./applications.excel";
import {
  applicationQuery,
  applicationResponse,
  createApplicationInput,
  declarationsInput,
  documentParams,
  indicatorsInput,
  indicatorUploadResponse,
  planInput,
} from "./applications.schemas";
import * as service from "./applications.service";

const filenameInput = text({ max: 255 });
const DOCUMENT_KINDS = ["APPLICATION", "SUPPORTING"] as const;

/** The one uploaded file with a usable name, and the value of its form field `kind` if any. */
async function upload(request: Parameters<typeof uploadedFile>[0]) {
  const file = await uploadedFile(request);
  const filename = filenameInput.safeParse(file.filename);
  if (!filename.success)
    throw AppError.validation("file.filename", "text", {
      zh: `文件名${filename.error.issues[0]?.message}`,
      en: `File name: ${filename.error.issues[0]?.message}`,
    });
  const kind = (file.fields.kind as { value?: unknown } | undefined)?.value;
  return { filename: filename.data, content: await file.toBuffer(), kind };
}

export function registerPilotApplicationRoutes(
  app: FastifyInstance,
  db: Database,
  storage: FileStorage,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["pilot-cities"];
  const byId = { tags, params: idParams };

  r.get(
    "/api/v1/pilot-applications",
    {
      schema: {
        tags,
        summary:
          "Pilot applications the caller may read: a city its own, a province its unit's submitted ones",
        querystring: applicationQuery,
        response: { 200: z.array(applicationResponse), ...problems(400, 401, 403) },
      },
    },
    async (request) => service.listApplications(db, actorOf(request), request.query.batchId),
  );

  r.post(
    "/api/v1/pilot-applications",
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: "A city starts its application (a draft) in an open batch",
        body: createApplicationInput,
        response: { 201: applicationResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.createApplication(db, actorOf(request), request.body.batchId, request.ip)),
  );

  r.get(
    "/api/v1/pilot-applications/:id",
    {
      schema: {
        ...byId,
        summary: "An application: the city sees its draft too; others only the submitted copy",
        response: { 200: applicationResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => service.getApplication(db, actorOf(request), request.params.id),
  );

  r.put(
    "/api/v1/pilot-applications/:id/plan",
    {
      schema: {
        ...byId,
        summary: "The draft's implementation plan: period (≤ 3 years) and the outline sections' text",
        body: planInput,
        response: { 200: applicationResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.savePlan(db, actorOf(request), request.params.id, request.body, request.ip),
  );

  r.put(
    "/api/v1/pilot-applications/:id/indicators",
    {
      schema: {
        ...byId,
        summary: "The draft's indicator table as filled in the form (blanks allowed until submission)",
        body: indicatorsInput,
        response: { 200: applicationResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.saveIndicators(db, actorOf(request), request.params.id, request.body, request.ip),
  );

  r.put(
    "/api/v1/pilot-applications/:id/declarations",
    {
      schema: {
        ...byId,
        summary: "The strategies the city serves and the bases it holds, from the batch's lists",
        body: declarationsInput,
        response: { 200: applicationResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.saveDeclarations(db, actorOf(request), request.params.id, request.body, request.ip),
  );

  r.get(
    "/api/v1/pilot-applications/:id/indicator-template",
    {
      schema: {
        ...byId,
        summary:
          "The indicator table as an Excel template: units, bounds, filling notes and the values so far",
        response: { 200: workbookResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const found = await service.visibleApplication(db, actorOf(request), request.params.id);
      const batch = await batchRow(db, found.application.batchId);
      const content = found.application.submitted ?? found.application.draft;
      return sendWorkbook(
        reply,
        "定量指标统计表.xlsx",
        await indicatorTemplateWorkbook(batch, content as service.Content),
      );
    },
  );

  r.post(
    "/api/v1/pilot-applications/:id/indicator-upload",
    {
      schema: {
        ...byId,
        summary:
          "Upload the filled template (multipart `file`): every problem reported by row, indicator, column and rule; nothing saved if any",
        consumes: ["multipart/form-data"],
        response: { 200: indicatorUploadResponse, ...problems(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const found = await service.visibleApplication(db, actor, request.params.id);
      const file = await upload(request);
      const draft = service.draftOf(found.application);
      const { rows, indicators } = await readIndicatorUpload(
        await batchRow(db, found.application.batchId),
        draft,
        file.content,
      );
      const application = await service.replaceIndicators(
        db,
        actor,
        request.params.id,
        indicators,
        request.ip,
      );
      return { rows, application };
    },
  );

  r.post(
    "/api/v1/pilot-applications/:id/documents",
    {
      schema: {
        ...byId,
        summary:
          "Attach the 申报文件 or a supporting material to the draft (multipart: field `kind` APPLICATION|SUPPORTING, then `file`)",
        consumes: ["multipart/form-data"],
        response: { 201: applicationResponse, ...problems(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const file = await upload(request);
      const kind = file.kind ?? "APPLICATION";
      if (!DOCUMENT_KINDS.includes(kind as (typeof DOCUMENT_KINDS)[number]))
        throw AppError.validation("kind", "enum", {
          zh: "文件类型须为 APPLICATION(申报文件)或 SUPPORTING(证明材料)",
          en: "kind must be APPLICATION or SUPPORTING",
        });
      const contentType = detectFileType(file.filename, file.content);
      if (!contentType || file.content.length === 0)
        throw AppError.validation("file", "file-type", {
          zh: "只接受 pdf、docx、xlsx 或图片文件,且内容须与扩展名相符",
          en: "Accepted: pdf, docx, xlsx or images, content matching the name",
        });
      const sha256 = await service.storeContent(storage, file.content);
      const application = await service.addDocument(
        db,
        actorOf(request),
        request.params.id,
        {
          kind: kind as (typeof DOCUMENT_KINDS)[number],
          filename: file.filename,
          contentType,
          size: file.content.length,
          sha256,
        },
        request.ip,
      );
      return reply.status(201).send(application);
    },
  );

  r.delete(
    "/api/v1/pilot-applications/:id/documents/:documentId",
    {
      schema: {
        tags,
        summary: "Remove a document from the draft (the submitted copy keeps its own)",
        params: documentParams,
        response: { 200: applicationResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.removeDocument(db, actorOf(request), request.params.id, request.params.documentId, request.ip),
  );

  r.get(
    "/api/v1/pilot-applications/:id/documents/:documentId",
    {
      schema: {
        tags,
        summary: "Download a document of the application",
        params: documentParams,
        response: { 200: attachmentContentResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const document = await service.findDocument(
        db,
        actorOf(request),
        request.params.id,
        request.params.documentId,
      );
      return sendAttachment(reply, document, await storage.get(document.sha256));
    },
  );

  r.post(
    "/api/v1/pilot-applications/:id/submission",
    {
      schema: {
        ...byId,
        summary:
          "Submit: every missing part named at once; the draft frozen as the submitted copy; the deadline in the batch's zone",
        response: { 200: applicationResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.submitApplication(db, actorOf(request), request.params.id, request.ip),
  );
}
