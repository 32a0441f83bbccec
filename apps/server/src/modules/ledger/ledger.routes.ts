import { POSTING_KINDS } from "@chanrong/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../db/client";
import { actorOf } from "../../platform/auth/authentication";
import { correctionReason, idParams, isoDate, pageQuery, text, yuanString } from "../../platform/http";
import { idempotencyKey } from "../../platform/idempotency";
import { sendWorkbook, type TableSheet, tablesWorkbook } from "../../platform/spreadsheets";
import * as funds from "./funds.service";
import { decisionText, fullStatement, listPostings, movementText, statement } from "./statement.service";

const period = { from: isoDate, to: isoDate };

const yes = (value: boolean) => (value ? "是" : "否");

async function statementWorkbook(full: Awaited<ReturnType<typeof fullStatement>>): Promise<Buffer> {
  const { reconciliation } = full;
  const sheets: TableSheet[] = [
    {
      name: "资金明细账",
      columns: [
        { key: "date", header: "记账日期", width: 12 },
        { key: "no", header: "记账号", width: 8 },
        { key: "kind", header: "摘要类别", width: 22 },
        { key: "memo", header: "摘要", width: 40 },
        { key: "decision", header: "依据(决定)", width: 44 },
        { key: "movements", header: "借贷科目及金额(元)", width: 60 },
        { key: "cashIn", header: "资金收入(元)", width: 16 },
        { key: "cashOut", header: "资金支出(元)", width: 16 },
        { key: "balance", header: "资金余额(元)", width: 16 },
        { key: "recordedBy", header: "记账人", width: 28 },
      ],
      rows: [
        { date: full.from, kind: "期初余额", balance: full.openingCash },
        ...full.entries.map((entry) => ({
          date: entry.effectiveOn,
          no: String(entry.postingId),
          kind: entry.kindLabel,
          memo: entry.memo,
          decision: decisionText(entry),
          movements: movementText(entry),
          cashIn: entry.cashIn,
          cashOut: entry.cashOut,
          balance: entry.cashBalance,
          recordedBy: `${entry.recordedBy.name}(${entry.recordedBy.orgName})`,
        })),
        { date: full.to, kind: "期末余额", balance: full.closingCash },
      ],
    },
    {
      name: "科目汇总",
      columns: [
        { key: "kind", header: "科目", width: 20 },
        { key: "opening", header: "期初余额(元)", width: 18 },
        { key: "debits", header: "本期借方(元)", width: 18 },
        { key: "credits", header: "本期贷方(元)", width: 18 },
        { key: "closing", header: "期末余额(元)", width: 18 },
      ],
      rows: full.totals.map((row) => ({
        kind: row.kindLabel,
        opening: row.opening,
        debits: row.debits,
        credits: row.credits,
        closing: row.closing,
      })),
    },
    {
      name: "对账",
      columns: [
        { key: "item", header: "项目", width: 44 },
        { key: "value", header: "结果", width: 40 },
      ],
      rows: [
        { item: "专项资金", value: `${full.fund.name}(${full.fund.code})` },
        { item: "期间", value: `${full.from} 至 ${full.to}` },
        { item: "对账结论", value: reconciliation.reconciled ? "已对平" : "未对平" },
        { item: "各科目累计发生额与转账明细一致", value: yes(reconciliation.accountsMatchTransfers) },
        { item: "借方合计等于贷方合计", value: yes(reconciliation.debitsEqualCredits) },
        { item: "借方合计(元)", value: reconciliation.totalDebits },
        { item: "贷方合计(元)", value: reconciliation.totalCredits },
        { item: "转账明细合计(元)", value: reconciliation.transferred },
        ...reconciliation.mismatches.map((mismatch) => ({
          item: `不一致:${mismatch.name}`,
          value: `借 ${mismatch.recordedDebits}/${mismatch.transferDebits},贷 ${mismatch.recordedCredits}/${mismatch.transferCredits}`,
        })),
      ],
    },
  ];
  return tablesWorkbook(sheets);
}

export function registerLedgerRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["fund"];

  r.get(
    "/api/v1/funds",
    { schema: { tags, summary: "Special funds the caller may see, with their cash balance" } },
    async (request) => funds.listFunds(db, actorOf(request)),
  );

  r.get(
    "/api/v1/funds/:id",
    { schema: { tags, summary: "A fund with every account's totals and balance", params: idParams } },
    async (request) => funds.getFund(db, actorOf(request), request.params.id),
  );

  r.post(
    "/api/v1/funds/:id/appropriations",
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: "Record an appropriation into the fund (finance bureau); idempotent by key",
        params: idParams,
        body: z
          .object({
            amount: yuanString,
            date: isoDate,
            memo: text({ max: 500, multiline: true }),
            idempotencyKey,
          })
          .strict(),
      },
    },
    async (request, reply) => {
      const result = await funds.appropriate(
        db,
        actorOf(request),
        request.params.id,
        request.body,
        request.ip,
      );
      return reply.status(result.replayed ? 200 : 201).send(result);
    },
  );

  r.post(
    "/api/v1/funds/:id/postings/:postingId/reversal",
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: "Correct a manual posting by reversing it (the original stays); idempotent by key",
        params: z.object({ id: z.uuid(), postingId: z.coerce.number().int().positive() }).strict(),
        body: z.object({ reason: correctionReason, date: isoDate, idempotencyKey }).strict(),
      },
    },
    async (request, reply) => {
      const { id, postingId } = request.params;
      const result = await funds.reversePosting(
        db,
        actorOf(request),
        id,
        postingId,
        request.body,
        request.ip,
      );
      return reply.status(result.replayed ? 200 : 201).send(result);
    },
  );

  r.get(
    "/api/v1/funds/:id/postings",
    {
      schema: {
        tags: [...tags, "reports"],
        summary: "A fund's postings, newest first, optionally of one kind (e.g. its appropriations)",
        params: idParams,
        querystring: z.object({ kind: z.enum(POSTING_KINDS).optional(), ...pageQuery }).strict(),
      },
    },
    async (request) => listPostings(db, actorOf(request), request.params.id, request.query),
  );

  r.get(
    "/api/v1/funds/:id/statement",
    {
      schema: {
        tags: [...tags, "reports"],
        summary:
          "The fund's statement for a period: opening and closing cash, every posting with its decision and " +
          "running cash balance (paged), totals per account kind, and whether the books reconcile",
        params: idParams,
        querystring: z.object({ ...period, ...pageQuery }).strict(),
      },
    },
    async (request) => statement(db, actorOf(request), request.params.id, request.query),
  );

  r.get(
    "/api/v1/funds/:id/statement/export",
    {
      schema: {
        tags: [...tags, "reports"],
        summary: "The same statement as an Excel workbook (every entry, totals, reconciliation)",
        params: idParams,
        querystring: z.object(period).strict(),
      },
    },
    async (request, reply) => {
      const full = await fullStatement(db, actorOf(request), request.params.id, request.query);
      const body = await statementWorkbook(full);
      return sendWorkbook(reply, `资金明细账-${full.fund.code}-${full.from}-${full.to}.xlsx`, body);
    },
  );
}
