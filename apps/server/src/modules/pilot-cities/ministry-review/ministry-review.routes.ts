import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../../db/client";
import { actorOf } from "../../../platform/auth/authentication";
import { idParams } from "../../../platform/http";
import { problems, workbookResponse } from "../../../platform/responses";
import { sendWorkbook, tableWorkbook } from "../../../platform/spreadsheets";
import * as experts from "./experts.service";
import {
  conflictInput,
  expertInput,
  expertView,
  rankingRow,
  recordedApplicationInput,
  reviewersInput,
  reviewOverview,
  reviewTask,
  reviewTaskDetail,
  sheetInput,
} from "./ministry-review.schemas";
import * as service from "./ministry-review.service";
import { recordApplication } from "./recorded-history.service";

const RANKING_COLUMNS = [
  { key: "rank", header: "排名", width: 8 },
  { key: "applicant", header: "申报城市", width: 26 },
  { key: "province", header: "所在省份", width: 14 },
  { key: "score", header: "得分", width: 10 },
  { key: "sheets", header: "评分表数", width: 10 },
  { key: "trimmed", header: "去掉最高最低分", width: 14 },
  { key: "qualified", header: "是否合格", width: 10 },
  { key: "outliers", header: "偏离较大的评分", width: 40 },
];

function rankingCells(row: Awaited<ReturnType<typeof service.ranking>>[number]): Record<string, string> {
  return {
    rank: String(row.rank),
    applicant: row.applicantName,
    province: row.province.zh,
    score: row.score,
    sheets: String(row.sheetCount),
    trimmed: row.trimmed ? "是" : "否",
    qualified: row.qualified ? "合格" : "不合格",
    outliers: row.sheets
      .filter((sheet) => sheet.outlier)
      .map((sheet) => `${sheet.expertName} ${sheet.total}`)
      .join("；"),
  };
}

export function registerMinistryReviewRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["pilot-cities"];

  r.get(
    "/api/v1/pilot-experts",
    {
      schema: {
        tags,
        summary: "The review expert pool (工信部): province, fields, declared conflicts, active",
        response: { 200: z.array(expertView), ...problems(401, 403) },
      },
    },
    async (request) => experts.listPool(db, actorOf(request)),
  );

  r.put(
    "/api/v1/pilot-experts/:id",
    {
      schema: {
        tags,
        summary:
          "Set an expert's fields, declared conflicts and whether they are in the active pool (工信部)",
        params: idParams,
        body: expertInput,
        response: { 200: expertView, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      experts.updateExpert(db, actorOf(request), request.params.id, request.body, request.ip),
  );

  r.post(
    "/api/v1/pilot-batches/:id/recorded-applications",
    {
      schema: {
        tags,
        summary:
          "Record an application from before the platform as it reached the ministry (imported history; 工信部 admin)",
        params: idParams,
        body: recordedApplicationInput,
        response: {
          201: z.object({ id: z.uuid(), recommendingUnitCode: z.string() }),
          ...problems(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordApplication(db, actorOf(request), request.params.id, request.body, request.ip)),
  );

  r.get(
    "/api/v1/pilot-batches/:id/review",
    {
      schema: {
        tags,
        summary: "The ministry review: reviewable applications, their reviewers and sheet totals, exclusions",
        params: idParams,
        response: { 200: reviewOverview, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => service.reviewOverview(db, actorOf(request), request.params.id),
  );

  r.post(
    "/api/v1/pilot-batches/:id/review/assignments",
    {
      schema: {
        tags,
        summary:
          "Assign reviewers to every reviewable application without any (no same province, no conflict)",
        params: idParams,
        response: { 200: reviewOverview, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.assignAll(db, actorOf(request), request.params.id, request.ip),
  );

  r.put(
    "/api/v1/pilot-applications/:id/reviewers",
    {
      schema: {
        tags,
        summary:
          "Set an application's reviewers by hand, with the reason; a reviewer who may not review it is refused",
        params: idParams,
        body: reviewersInput,
        response: { 200: reviewOverview, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.setReviewers(db, actorOf(request), request.params.id, request.body, request.ip),
  );

  r.post(
    "/api/v1/pilot-batches/:id/review/close",
    {
      schema: {
        tags,
        summary: "Close scoring once every sheet is in; from then on the sheets are open to all reviewers",
        params: idParams,
        response: { 200: reviewOverview, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.closeScoring(db, actorOf(request), request.params.id, request.ip),
  );

  r.get(
    "/api/v1/pilot-batches/:id/review/ranking",
    {
      schema: {
        tags,
        summary: "The ranking after scoring closed: aggregated scores, ties, outlying sheets flagged",
        params: idParams,
        response: { 200: z.array(rankingRow), ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.ranking(db, actorOf(request), request.params.id),
  );

  r.get(
    "/api/v1/pilot-batches/:id/review/ranking/export",
    {
      schema: {
        tags,
        summary: "The ranking as an Excel workbook",
        params: idParams,
        response: { 200: workbookResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const rows = await service.ranking(db, actorOf(request), request.params.id);
      return sendWorkbook(
        reply,
        "部级评审排名.xlsx",
        await tableWorkbook("排名", RANKING_COLUMNS, rows.map(rankingCells)),
      );
    },
  );

  r.get(
    "/api/v1/pilot-review-tasks",
    {
      schema: {
        tags,
        summary: "The expert's own review assignments",
        response: { 200: z.array(reviewTask), ...problems(401, 403) },
      },
    },
    async (request) => service.listTasks(db, actorOf(request)),
  );

  r.get(
    "/api/v1/pilot-review-tasks/:id",
    {
      schema: {
        tags,
        summary:
          "An assignment: the frozen application, the rubric, the expert's sheet (others' once closed)",
        params: idParams,
        response: { 200: reviewTaskDetail, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => service.getTask(db, actorOf(request), request.params.id),
  );

  r.put(
    "/api/v1/pilot-review-tasks/:id/sheet",
    {
      schema: {
        tags,
        summary: "Score the application on the batch's rubric with comments (replaces the sheet while open)",
        params: idParams,
        body: sheetInput,
        response: { 200: reviewTaskDetail, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.saveSheet(db, actorOf(request), request.params.id, request.body, request.ip),
  );

  r.post(
    "/api/v1/pilot-review-tasks/:id/conflict",
    {
      schema: {
        tags,
        summary: "Declare a conflict with the application: the assignment is withdrawn and reassigned",
        params: idParams,
        body: conflictInput,
        response: { 204: z.null(), ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await service.declareConflict(db, actorOf(request), request.params.id, request.body.reason, request.ip);
      return reply.status(204).send(null);
    },
  );
}
