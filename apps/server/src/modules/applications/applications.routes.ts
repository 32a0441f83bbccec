import {
  APPLICATION_ACTIONS,
  APPLICATION_STATUS_LABELS,
  APPLICATION_STATUSES,
  type ApplicationStatus,
  CONTRACT_KINDS,
  ELIGIBILITY_RULES,
  LOAN_EVENT_TYPES,
  ORG_TYPE_LABELS,
  type OrgType,
  REVIEW_STATE_LABELS,
  type ReviewState,
} from "@chanrong/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../db/client";
import { actorOf } from "../../platform/auth/authentication";
import {
  annualRate,
  idParams,
  isoDate,
  pageQuery,
  text,
  versionField,
  yuanString,
} from "../../platform/http";
import { sendWorkbook, tableWorkbook } from "../../platform/spreadsheets";
import { sendHtml, sendPdf } from "../forms/form-replies";
import { recommendationFormHtml, recommendationFormPdf } from "../forms/recommendation-form";
import * as service from "./applications.service";
import { recommendationFormData } from "./recommendation-form.service";
import * as servicing from "./servicing.service";
import * as workflow from "./workflow.service";

const applicationInput = z
  .object({
    programmeCode: text({ max: 40 }),
    bankOrgId: z.uuid(),
    guarantorOrgId: z.uuid(),
    amount: yuanString,
    termMonths: z.number().int().min(1).max(600),
    loanUse: text({ max: 40 }),
    supplyChainCategory: text({ max: 40 }).nullable(),
    form: z
      .object({
        address: text({ max: 200 }),
        legalRepresentative: text({ max: 40 }),
        phone: text({ max: 20 }),
        contactName: text({ max: 40 }),
        contactPhone: text({ max: 20 }),
        mainBusiness: text({ max: 500, multiline: true }),
        productsAndPartners: text({ max: 2000, multiline: true }),
      })
      .strict(),
  })
  .strict();

const actionInput = z
  .object({
    action: z.enum(APPLICATION_ACTIONS),
    version: versionField,
    opinion: text({ max: 2000, multiline: true }).optional(),
    reason: text({ max: 2000, multiline: true }).optional(),
    target: z.enum(["bank", "guarantor"]).optional(),
    contracts: z
      .array(
        z
          .object({
            kind: z.enum(CONTRACT_KINDS),
            number: text({ max: 60 }),
            date: isoDate,
            amount: yuanString,
            parties: z
              .array(text({ max: 100 }))
              .min(2)
              .max(6),
            // 借款合同 only: the loan's actual annual rate (重庆 caps the interest subsidy by it).
            annualRate: annualRate.optional(),
          })
          .strict(),
      )
      .max(4)
      .optional(),
    // recommend only: the failed eligibility rules the bureau saw, and why it recommends anyway.
    acknowledgement: z
      .object({
        rules: z.array(z.enum(ELIGIBILITY_RULES)).max(ELIGIBILITY_RULES.length),
        reason: text({ max: 2000, multiline: true }),
      })
      .strict()
      .optional(),
  })
  .strict();

const listFilter = {
  waiting: z.enum(["true", "false"]).optional(),
  status: z.enum(APPLICATION_STATUSES).optional(),
  district: z
    .string()
    .regex(/^\d{6}$/, "行政区划代码为 6 位数字 (a 6-digit region code)")
    .optional()
    .describe("The enterprise's registered district; a city's code covers all its districts"),
  bankOrgId: z.uuid().optional().describe("The lending bank; never widens what the caller may see"),
  submittedFrom: isoDate.optional().describe("Submitted on or after this day"),
  submittedTo: isoDate.optional().describe("Submitted on or before this day"),
};

/** A period that ends before it starts is a mistake, not an empty list. */
const periodInOrder = (query: { submittedFrom?: string; submittedTo?: string }) =>
  !query.submittedFrom || !query.submittedTo || query.submittedFrom <= query.submittedTo;
const periodOrder = {
  message: "提交日期止不能早于提交日期起 (submittedTo must not precede submittedFrom)",
  path: ["submittedTo"],
};

const listQuery = z
  .object({ ...listFilter, ...pageQuery })
  .strict()
  .refine(periodInOrder, periodOrder);
const exportQuery = z.object(listFilter).strict().refine(periodInOrder, periodOrder);

const EXPORT_COLUMNS = [
  { key: "enterprise", header: "企业名称", width: 32 },
  { key: "programme", header: "贷款计划", width: 24 },
  { key: "amount", header: "申请金额(元)", width: 16 },
  { key: "termMonths", header: "期限(月)", width: 10 },
  { key: "status", header: "状态", width: 12 },
  { key: "bankReview", header: "银行审查", width: 12 },
  { key: "guarantorReview", header: "担保审查", width: 12 },
  { key: "holders", header: "当前办理方", width: 18 },
  { key: "heldSince", header: "办理起始", width: 20 },
  { key: "submittedOn", header: "提交日期", width: 12 },
  { key: "nextDueOn", header: "最近到期日", width: 12 },
  { key: "sla", header: "时限状态", width: 10 },
];

const SLA_LABELS = {
  "on-time": "正常",
  "due-soon": "即将到期",
  "due-today": "今日到期",
  overdue: "已逾期",
} as const;

function exportRow(
  item: Awaited<ReturnType<typeof service.listAllApplications>>[number],
): Record<string, string> {
  return {
    enterprise: item.enterpriseName,
    programme: item.programmeName,
    amount: item.amount,
    termMonths: String(item.termMonths),
    status: APPLICATION_STATUS_LABELS[item.status as ApplicationStatus] ?? item.status,
    bankReview: REVIEW_STATE_LABELS[item.bankReview as ReviewState] ?? item.bankReview,
    guarantorReview: REVIEW_STATE_LABELS[item.guarantorReview as ReviewState] ?? item.guarantorReview,
    holders: item.holders.map((type) => ORG_TYPE_LABELS[type as OrgType] ?? type).join("、"),
    heldSince: item.heldSince.toLocaleString("sv-SE", { timeZone: "Asia/Shanghai" }),
    submittedOn: item.submittedOn ?? "",
    nextDueOn: item.nextDueOn ?? "",
    sla: item.sla ? SLA_LABELS[item.sla] : "",
  };
}

export function registerApplicationRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["applications"];

  r.get(
    "/api/v1/applications",
    {
      config: { apiKey: true },
      schema: {
        tags,
        summary:
          "Applications the caller may see, newest holding first; waiting=true gives the caller's worklist",
        querystring: listQuery,
      },
    },
    async (request) => {
      const { waiting, ...rest } = request.query;
      return service.listApplications(db, actorOf(request), { ...rest, waiting: waiting === "true" });
    },
  );

  r.get(
    "/api/v1/applications/export",
    {
      schema: {
        tags,
        summary:
          "Excel export of the applications the caller may see (the bureau's overview), with the same filters",
        querystring: exportQuery,
      },
    },
    async (request, reply) => {
      const { waiting, ...rest } = request.query;
      const items = await service.listAllApplications(db, actorOf(request), {
        ...rest,
        waiting: waiting === "true",
      });
      const body = await tableWorkbook("贷款申请", EXPORT_COLUMNS, items.map(exportRow));
      return sendWorkbook(reply, "贷款申请.xlsx", body);
    },
  );

  r.post(
    "/api/v1/applications",
    { schema: { tags, summary: "Start a 推荐表 (enterprise)", body: applicationInput } },
    async (request, reply) =>
      reply.status(201).send(await service.createApplication(db, actorOf(request), request.body, request.ip)),
  );

  r.get(
    "/api/v1/applications/:id",
    {
      schema: {
        tags,
        summary: "An application with its history, clocks, contracts and the caller's next actions",
        params: idParams,
      },
    },
    async (request) => service.getApplication(db, actorOf(request), request.params.id),
  );

  r.get(
    "/api/v1/applications/:id/eligibility",
    {
      schema: {
        tags,
        summary:
          "Every eligibility rule as it stands today, with its reason; `hard` rules (the programme's amount and " +
          "term ceilings) refuse, others the bureau must acknowledge to recommend",
        params: idParams,
      },
    },
    async (request) => workflow.applicationEligibility(db, actorOf(request), request.params.id),
  );

  r.post(
    "/api/v1/applications/:id/actions",
    {
      schema: {
        tags,
        summary:
          "Take a workflow step at the `version` read (409 if what it decides on changed since: for the bank's " +
          "or the guarantor's review, that review or the status); recommending despite failed eligibility " +
          "rules needs an `acknowledgement`; a step breaking the programme's amount or term ceiling is 409",
        params: idParams,
        body: actionInput,
      },
    },
    async (request) => workflow.act(db, actorOf(request), request.params.id, request.body, request.ip),
  );

  r.get(
    "/api/v1/applications/:id/loan",
    {
      config: { apiKey: true },
      schema: { tags, summary: "The loan's servicing events and its derived position", params: idParams },
    },
    async (request) => servicing.getLoan(db, actorOf(request), request.params.id),
  );

  r.post(
    "/api/v1/applications/:id/loan-events",
    {
      config: { apiKey: true, idempotent: true },
      schema: {
        tags,
        summary:
          "Record a disbursement, interest payment, repayment or overdue event (the lending bank; API key allowed)",
        params: idParams,
        body: z
          .object({
            type: z.enum(LOAN_EVENT_TYPES),
            date: isoDate,
            amount: yuanString,
            note: text({ max: 500, multiline: true }).optional(),
            reverses: z.number().int().positive().optional(),
          })
          .strict(),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await servicing.recordLoanEvent(db, actorOf(request), request.params.id, request.body, request.ip),
        ),
  );

  r.get(
    "/api/v1/applications/:id/recommendation-form",
    {
      schema: {
        tags,
        summary: "The filled 推荐表 (seed 002 附件1): an A4 print view, or a PDF with format=pdf",
        params: idParams,
        querystring: z.object({ format: z.enum(["html", "pdf"]).default("html") }).strict(),
      },
    },
    async (request, reply) => {
      const data = await recommendationFormData(db, actorOf(request), request.params.id);
      if (request.query.format === "pdf") {
        return sendPdf(reply, `推荐表-${data.enterpriseName}.pdf`, await recommendationFormPdf(data));
      }
      return sendHtml(reply, recommendationFormHtml(data));
    },
  );
}
