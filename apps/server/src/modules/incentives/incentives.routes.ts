import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../db/client";
import { actorOf } from "../../platform/auth/authentication";
import { AppError } from "../../platform/errors";
import type { FileStorage } from "../../platform/files/storage";
import { idParams, text } from "../../platform/http";
import { languageOf, localise } from "../../platform/language";
import { problems, workbookResponse } from "../../platform/responses";
import { sendWorkbook } from "../../platform/spreadsheets";
import { sendAttachment } from "../applications/attachments.routes";
import { attachmentContentResponse } from "../applications/attachments.schemas";
import * as applications from "./applications.service";
import { applicationsWorkbook } from "./incentives.excel";
import {
  applicationDetailResponse,
  applicationInput,
  applicationResponse,
  copyPresetInput,
  evidenceResponse,
  policyDetailResponse,
  policyResponse,
  presetResponse,
  previewResponse,
  retireInput,
  savePolicyInput,
} from "./incentives.schemas";
import * as policies from "./policies.service";

const filenameInput = text({ max: 255 });
const evidenceCode = z.string().regex(/^[a-z][a-z0-9-]{1,40}$/);

export function registerIncentiveRoutes(app: FastifyInstance, db: Database, storage: FileStorage): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["incentives"];

  r.get(
    "/api/v1/incentive-presets",
    {
      schema: {
        tags,
        summary: "The incentive presets of seed 004 §四, as a policy maker copies them",
        response: { 200: z.array(presetResponse), ...problems(401, 403) },
      },
    },
    async () => policies.listPresets(),
  );

  r.get(
    "/api/v1/incentive-policies",
    {
      schema: {
        tags,
        summary: "The live incentive policies of the caller's region (policy makers also see retired ones)",
        response: { 200: z.array(policyResponse), ...problems(401, 403) },
      },
    },
    async (request) => policies.listPolicies(db, actorOf(request)),
  );

  r.post(
    "/api/v1/incentive-policies",
    {
      schema: {
        tags,
        summary:
          "Copy a preset into a region or district, naming the fund that pays (platform admin, industry bureau)",
        body: copyPresetInput,
        response: { 201: policyDetailResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await policies.copyPreset(db, actorOf(request), request.body, request.ip)),
  );

  r.get(
    "/api/v1/incentive-policies/:id",
    {
      schema: {
        tags,
        summary: "A policy with its current numbers and its versions",
        params: idParams,
        response: { 200: policyDetailResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => policies.getPolicy(db, actorOf(request), request.params.id),
  );

  r.put(
    "/api/v1/incentive-policies/:id",
    {
      schema: {
        tags,
        summary: "Save a new version of a policy's numbers; applications made earlier keep theirs",
        params: idParams,
        body: savePolicyInput,
        response: { 200: policyDetailResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => policies.savePolicy(db, actorOf(request), request.params.id, request.body, request.ip),
  );

  r.post(
    "/api/v1/incentive-policies/:id/retirement",
    {
      schema: {
        tags,
        summary: "Retire a policy: it takes no new applications",
        params: idParams,
        body: retireInput,
        response: { 200: policyDetailResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      policies.retirePolicy(db, actorOf(request), request.params.id, request.body, request.ip),
  );

  r.post(
    "/api/v1/incentive-evidence",
    {
      schema: {
        tags,
        summary:
          "Upload one evidence file before applying (multipart: field `code`, then `file`; pdf, png, jpg, xlsx, docx; ≤ 10 MB)",
        consumes: ["multipart/form-data"],
        response: { 201: evidenceResponse, ...problems(400, 401, 403, 413, 415) },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart())
        throw new AppError("unsupported-media-type", {
          zh: "请以 multipart/form-data 上传",
          en: "Upload as multipart",
        });
      const file = await request.file();
      if (!file) throw AppError.validation("file", "required", { zh: "请选择文件", en: "File is required" });
      const code = evidenceCode.safeParse((file.fields.code as { value?: unknown } | undefined)?.value);
      if (!code.success)
        throw AppError.validation("code", "evidence-code", {
          zh: "请说明材料类型(政策所列材料代码)",
          en: "Name the kind of evidence (a code the policy lists)",
        });
      const filename = filenameInput.safeParse(file.filename);
      if (!filename.success)
        throw AppError.validation("file.filename", "text", {
          zh: `文件名${filename.error.issues[0]?.message}`,
          en: `File name: ${filename.error.issues[0]?.message}`,
        });
      const row = await applications.uploadEvidence(
        db,
        storage,
        actorOf(request),
        { code: code.data, filename: filename.data, content: await file.toBuffer() },
        request.ip,
      );
      return reply.status(201).send(row);
    },
  );

  r.get(
    "/api/v1/incentive-evidence/:id/content",
    {
      schema: {
        tags,
        summary: "Download an evidence file (its uploader and those who see its application)",
        params: idParams,
        response: { 200: attachmentContentResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { evidence, content } = await applications.readEvidence(
        db,
        storage,
        actorOf(request),
        request.params.id,
      );
      return sendAttachment(reply, evidence, content);
    },
  );

  r.post(
    "/api/v1/incentive-applications/preview",
    {
      schema: {
        tags,
        summary: "Every rule met or missed with its reason, and the working, without saving",
        body: applicationInput,
        response: { 200: previewResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      localise(
        await applications.previewApplication(db, actorOf(request), request.body),
        languageOf(request),
      ),
  );

  r.post(
    "/api/v1/incentive-applications",
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          "Apply for a reward: recomputed under a lock, refused (409, each failed rule) when ineligible or nothing is left after the caps, else a payment in both bureaus' review",
        body: applicationInput,
        response: { 201: applicationDetailResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          localise(
            await applications.submitApplication(db, actorOf(request), request.body, request.ip),
            languageOf(request),
          ),
        ),
  );

  r.get(
    "/api/v1/incentive-applications",
    {
      schema: {
        tags,
        summary: "Applications the caller may see: its own, or its region's, each with its payment's status",
        response: { 200: z.array(applicationResponse), ...problems(401, 403) },
      },
    },
    async (request) => applications.listApplications(db, actorOf(request)),
  );

  r.get(
    "/api/v1/incentive-applications/export",
    {
      schema: {
        tags,
        summary: "The applications the caller may see as an Excel workbook",
        response: { 200: workbookResponse, ...problems(401, 403) },
      },
    },
    async (request, reply) =>
      sendWorkbook(
        reply,
        "奖励申报.xlsx",
        await applicationsWorkbook(await applications.listApplications(db, actorOf(request))),
      ),
  );

  r.get(
    "/api/v1/incentive-applications/:id",
    {
      schema: {
        tags,
        summary: "An application with each rule's reason, the working and the evidence",
        params: idParams,
        response: { 200: applicationDetailResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      localise(
        await applications.getApplication(db, actorOf(request), request.params.id),
        languageOf(request),
      ),
  );
}
