import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Database } from "../../db/client";
import { actorOf } from "../../platform/auth/authentication";
import { problems, workbookResponse } from "../../platform/responses";
import { sendWorkbook } from "../../platform/spreadsheets";
import { monthlyQuery, programmeMonthlyResponse } from "./reports.schemas";
import { programmeMonthly } from "./reports.service";
import { monthlyWorkbook } from "./reports-export";

export function registerReportRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["fund", "reports"];
  const refusals = problems(400, 401, 403, 404);

  r.get(
    "/api/v1/reports/programme-monthly",
    {
      schema: {
        tags,
        summary:
          "Monthly programme report (seed 002 art. 17): per bank and per guarantor, applications, approvals, " +
          "lending, outstanding, subsidies, defaults, compensation, recoveries; the fund's cash; a 12-month trend",
        querystring: monthlyQuery,
        response: { 200: programmeMonthlyResponse, ...refusals },
      },
    },
    async (request) => programmeMonthly(db, actorOf(request), request.query),
  );

  r.get(
    "/api/v1/reports/programme-monthly/export",
    {
      schema: {
        tags,
        summary: "The monthly programme report as an Excel workbook",
        querystring: monthlyQuery,
        response: { 200: workbookResponse, ...refusals },
      },
    },
    async (request, reply) => {
      const report = await programmeMonthly(db, actorOf(request), request.query);
      const body = await monthlyWorkbook(report);
      return sendWorkbook(reply, `月度报表-${report.programme.code}-${report.month}.xlsx`, body);
    },
  );
}
