import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Database } from "../../../db/client";
import { actorOf } from "../../../platform/auth/authentication";
import { problems, workbookResponse } from "../../../platform/responses";
import { sendWorkbook } from "../../../platform/spreadsheets";
import { registerScorecardRoutes } from "../scorecard/scorecard.routes";
import { registerTargetRoutes } from "../targets/targets.routes";
import { indicatorsWorkbook } from "./indicators.excel";
import { indicatorsResponse, regionMonthQuery } from "./indicators.schemas";
import * as service from "./indicators.service";

export function registerIndicatorRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/v1/monitoring/indicators",
    {
      schema: {
        tags: ["monitoring"],
        summary:
          "A region's indicators against its targets at a month's end (the last complete month by default): value, formula with its figures, progress, projection to the target month",
        querystring: regionMonthQuery,
        response: { 200: indicatorsResponse, ...problems(400, 401, 403) },
      },
    },
    async (request) => service.regionIndicators(db, actorOf(request), request.query),
  );
  r.get(
    "/api/v1/monitoring/indicators/export",
    {
      schema: {
        tags: ["monitoring"],
        summary: "The region's indicators as an Excel workbook",
        querystring: regionMonthQuery,
        response: { 200: workbookResponse, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const indicators = await service.regionIndicators(db, actorOf(request), request.query);
      return sendWorkbook(reply, `指标与目标-${indicators.month}.xlsx`, await indicatorsWorkbook(indicators));
    },
  );
  registerTargetRoutes(app, db);
  registerScorecardRoutes(app, db);
}
