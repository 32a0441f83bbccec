import {
  bridgeLoanCeiling,
  bridgeLoanFee,
  bridgeReturnDue,
  calculateInterestSubsidy,
  DEFAULT_BRIDGE_LOAN_RULES,
  distributeRecovery,
  formatYuan,
  parseRate,
  parseYuan,
  riskSharingPreset,
  shareLoss,
  unlessCalendarUncovered,
  validateBridgeLoanRules,
  validateUscc,
} from "@chanrong/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../db/client";
import { text } from "../../platform/http";
import { languageOf, localise } from "../../platform/language";
import { problems } from "../../platform/responses";
import { officialCalendar } from "../calendar/calendar.service";
import {
  bridgeLoanFeeRequest,
  bridgeLoanFeeResponse,
  interestSubsidyRequest,
  interestSubsidyResponse,
  recoveryRequest,
  recoveryResponse,
  riskSharingRequest,
  riskSharingResponse,
  usccResponse,
} from "./calculators.schemas";

/** Public and unauthenticated, so limited per client address. */
const PUBLIC_RATE_LIMIT = { max: 120, timeWindow: 60_000 };

const optionalYuan = (value: string | undefined, field: string) =>
  value === undefined ? undefined : parseYuan(value, [field]);
const optionalRate = (value: string | undefined, field: string) =>
  value === undefined ? undefined : parseRate(value, [field]);

export function registerCalculatorRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["calculators"];
  const config = { public: true, rateLimit: PUBLIC_RATE_LIMIT };
  // Public: no sign-in to be refused; only the input or the rate limit.
  const refusals = problems(400, 429);

  r.post(
    "/api/v1/calculators/interest-subsidy",
    {
      config,
      schema: {
        tags,
        summary: "Interest subsidy of a loan (SPEC §3.2): ACT/360, first day counted, rounded once half-up",
        body: interestSubsidyRequest,
        response: { 200: interestSubsidyResponse, ...refusals },
      },
    },
    async (request) => {
      const body = request.body;
      const result = calculateInterestSubsidy({
        rate: optionalRate(body.rate, "rate"),
        dayCount: body.dayCount,
        events: body.events.map((event, index) => ({
          date: event.date,
          type: event.type,
          amountFen: parseYuan(event.amount, ["events", index, "amount"]),
        })),
        interestPaidFen: optionalYuan(body.interestPaid, "interestPaid"),
      });
      return {
        subsidy: formatYuan(result.subsidyFen),
        uncapped: formatYuan(result.uncappedFen),
        capped: result.capped,
        periods: result.periods.map((p) => ({
          from: p.from,
          to: p.to,
          days: p.days,
          principal: formatYuan(p.principalFen),
          amount: formatYuan(p.amountFen),
        })),
      };
    },
  );

  r.post(
    "/api/v1/calculators/risk-sharing",
    {
      config,
      schema: {
        tags,
        summary: "Split a default loss by a risk-sharing scheme (4321, 4222)",
        body: riskSharingRequest,
        response: { 200: riskSharingResponse, ...refusals },
      },
    },
    async (request) => {
      const { scheme, loss, fundShareOfGuarantor } = request.body;
      const preset = riskSharingPreset(scheme);
      const result = shareLoss(
        preset,
        parseYuan(loss, ["loss"]),
        optionalRate(fundShareOfGuarantor, "fundShareOfGuarantor"),
      );
      return {
        reguarantor: formatYuan(result.byParty.reguarantor),
        guarantor: formatYuan(result.byParty.guarantor),
        bank: formatYuan(result.byParty.bank),
        government: formatYuan(result.byParty.government),
        ...(preset.parties.some((p) => p.party === "national_fund") && {
          nationalFund: formatYuan(result.byParty.national_fund),
        }),
        fundPays: formatYuan(result.fundPaysFen),
        guarantorNet: formatYuan(result.guarantorNetFen),
      };
    },
  );

  r.post(
    "/api/v1/calculators/recovery-distribution",
    {
      config,
      schema: {
        tags,
        summary: "Share a recovery among those who bore the non-bank part of the loss",
        body: recoveryRequest,
        response: { 200: recoveryResponse, ...refusals },
      },
    },
    async (request) => {
      const { scheme, loss, recovered, fundShareOfGuarantor } = request.body;
      const preset = riskSharingPreset(scheme);
      const result = distributeRecovery(
        preset,
        parseYuan(loss, ["loss"]),
        parseYuan(recovered, ["recovered"]),
        optionalRate(fundShareOfGuarantor, "fundShareOfGuarantor"),
      );
      return {
        reguarantor: formatYuan(result.reguarantor),
        guarantor: formatYuan(result.guarantor),
        fund: formatYuan(result.fund),
        ...(preset.parties.some((p) => p.party === "national_fund") && {
          nationalFund: formatYuan(result.national_fund),
        }),
      };
    },
  );

  r.post(
    "/api/v1/calculators/bridge-loan-fee",
    {
      config,
      schema: {
        tags,
        summary:
          "Bridge-loan (应急转贷) usage fee with its working, the borrower's ceiling and the last day of use (seed 004 §四(二))",
        body: bridgeLoanFeeRequest,
        response: { 200: bridgeLoanFeeResponse, ...refusals },
      },
    },
    async (request) => {
      const body = request.body;
      const language = languageOf(request);
      const rules = validateBridgeLoanRules({
        ...DEFAULT_BRIDGE_LOAN_RULES,
        ...(body.dailyRate !== undefined && { dailyRate: body.dailyRate }),
      });
      const amountFen = parseYuan(body.amount, ["amount"]);
      const borrower = {
        sizeClass: body.sizeClass,
        ownership: body.ownership ?? "PRIVATE",
        // What the borrower says it holds, on the day paid.
        tags: (body.tags ?? []).map((tag) => ({ tag, validFrom: body.paidOn, validTo: null })),
      };
      const { feeFen, working } = bridgeLoanFee({
        amountFen,
        paidOn: body.paidOn,
        returnedOn: body.returnedOn,
        borrower,
        rules,
      });
      const ceiling = bridgeLoanCeiling(borrower, rules, body.paidOn);
      const calendar = await officialCalendar(db);
      return {
        fee: formatYuan(feeFen),
        days: working.days,
        dailyRate: working.dailyRate,
        waived: working.waived ? working.waived[language] : null,
        periods: working.periods,
        ceiling: {
          amount: formatYuan(ceiling.ceilingFen),
          group: ceiling.group,
          reason: ceiling.reason[language],
        },
        withinCeiling: amountFen <= ceiling.ceilingFen,
        // The calendar is entered a year at a time; the calculator still answers the fee before it is.
        returnDue: unlessCalendarUncovered(() => bridgeReturnDue(body.paidOn, rules, calendar)),
      };
    },
  );

  r.get(
    "/api/v1/uscc/:code",
    {
      config,
      schema: {
        tags,
        summary: "Check a unified social credit code (GB 32100-2015)",
        params: z.object({ code: text({ max: 64 }) }),
        response: { 200: usccResponse, ...refusals },
      },
    },
    async (request) => localise(validateUscc(request.params.code), languageOf(request)),
  );
}
