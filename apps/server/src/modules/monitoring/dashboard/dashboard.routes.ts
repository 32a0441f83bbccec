import { BRIEFING_MONTHS, shiftMonth } from "@chanrong/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../../db/client";
import { actorOf } from "../../../platform/auth/authentication";
import { problems, workbookResponse } from "../../../platform/responses";
import { sendWorkbook, tablesWorkbook } from "../../../platform/spreadsheets";
import { sendPdf } from "../../forms/form-replies";
import { briefingPdf } from "./briefing";
import { briefingQuery, dashboardExportQuery, dashboardQuery, dashboardResponse } from "./dashboard.schemas";
import { dashboard } from "./dashboard.service";
import { dashboardTable } from "./dashboard.tables";

const pdfResponse = {
  description: "A4 PDF",
  content: { "application/pdf": { schema: z.string().meta({ format: "binary" }) } },
};

export function registerDashboardRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["monitoring"];
  const refusals = problems(400, 401, 403);

  r.get(
    "/api/v1/monitoring/dashboard",
    {
      schema: {
        tags,
        summary:
          "The monitoring dashboard of a region, or of one district, cluster or bank of it: monthly balances, " +
          "the manufacturing share against its target with the projection, growth against all loans, the month's " +
          "districts and clusters, the banks ranked",
        querystring: dashboardQuery,
        response: { 200: dashboardResponse, ...refusals },
      },
    },
    async (request) => dashboard(db, actorOf(request), request.query),
  );

  r.get(
    "/api/v1/monitoring/dashboard/export",
    {
      schema: {
        tags,
        summary: "One chart's table of the monitoring dashboard as an Excel workbook",
        querystring: dashboardExportQuery,
        response: { 200: workbookResponse, ...refusals },
      },
    },
    async (request, reply) => {
      const { table, ...query } = request.query;
      const sheet = dashboardTable(await dashboard(db, actorOf(request), query), table);
      return sendWorkbook(reply, `${sheet.name}.xlsx`, await tablesWorkbook([sheet]));
    },
  );

  r.get(
    "/api/v1/monitoring/briefing",
    {
      schema: {
        tags,
        summary: "The month's monitoring briefing as an A4 PDF: headline figures, charts and tables",
        querystring: briefingQuery,
        response: { 200: pdfResponse, ...refusals },
      },
    },
    async (request, reply) => {
      const { regionCode, month } = request.query;
      const data = await dashboard(db, actorOf(request), {
        regionCode,
        to: month,
        from: shiftMonth(month, 1 - BRIEFING_MONTHS),
      });
      return sendPdf(reply, `监测月报-${data.region.name.zh}-${month}.pdf`, await briefingPdf(data));
    },
  );
}
