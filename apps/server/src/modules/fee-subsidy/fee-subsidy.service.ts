import {
  assertDateWithin,
  assertPositiveFen,
  calendarYear,
  exactDecimal,
  feeSubsidyForYear,
  formatYuan,
  needsActualFeeRate,
  PAYMENT_STATUS_TERMS,
  type PaymentStatus,
  parseAnnualRate,
  parseYuan,
  type SubsidyWorking,
  shareYearlyCap,
  type Term,
  yearOf,
} from "@chanrong/domain";
import type { Database, Executor } from "../../db/client";
import { hasRole, requireOrgType, requireRole } from "../../platform/access";
import type { Actor } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { today } from "../../platform/clock";
import { AppError } from "../../platform/errors";
import { contractsOf, requireVisible } from "../applications/applications.service";
import { positionsOf, programmeConfigs } from "../applications/loan-positions.service";
import { type FundRow, visibleFund } from "../ledger/funds.service";
import { alreadyReversed, refuseSecondReversal, reversalNotReversible } from "../ledger/reversals";
import { createPayment } from "../payments/payments.service";
import * as repo from "./fee-subsidy.repository";

/** Loans that are (or were) drawn under a guarantee: the ones a fee can be charged and subsidised on. */
const GUARANTEED_STATUSES = ["CONTRACTED", "DISBURSED", "SETTLED"];

/** Who may read a guarantee's fees besides its guarantor: those who review the subsidy. */
const FEE_READERS: readonly Actor["orgType"][] = [
  "GUARANTOR",
  "FINANCE_BUREAU",
  "INDUSTRY_BUREAU",
  "CITY_GOVERNMENT",
  "PLATFORM_ADMIN",
];

async function guaranteeOf(db: Database, actor: Actor, applicationId: string) {
  if (!FEE_READERS.includes(actor.orgType)) throw AppError.notFound({ zh: "申请", en: "Application" });
  return requireVisible(db, actor, applicationId);
}

type ApplicationRow = Awaited<ReturnType<typeof guaranteeOf>>;

/** The guarantee's own guarantor, able to prepare (operator or reviewer); any other is told it does not exist. */
async function ownGuarantee(db: Database, actor: Actor, applicationId: string) {
  requireOrgType(actor, "GUARANTOR");
  requireRole(actor, "operator", "reviewer");
  const application = await guaranteeOf(db, actor, applicationId);
  if (application.guarantorOrgId !== actor.orgId) throw AppError.notFound({ zh: "申请", en: "Application" });
  return application;
}

/** The fund that pays the guarantee's fee subsidy, if its programme has one. */
function fundOfGuarantee(db: Executor, application: ApplicationRow): Promise<FundRow | null> {
  return repo.fundOfProgrammeId(db, application.programmeId);
}

/** Years whose fee subsidy is in a live batch: their fees are what the batch was computed from. */
async function batchedYears(db: Executor, fund: FundRow | null): Promise<Set<number>> {
  return new Set(fund ? await repo.batchedYears(db, fund.id) : []);
}

/** A rate as people write it: "0.008000" → "0.008". */
const rateText = (rate: string | null) => (rate === null ? null : exactDecimal(rate).toString());

/**
 * The fees recorded on one guarantee, oldest first, with their corrections: a reversed receipt names
 * its reversal (who, when, why), and the total counts net of them.
 */
export async function listFeeReceipts(db: Database, actor: Actor, applicationId: string) {
  const application = await guaranteeOf(db, actor, applicationId);
  const [rows, batched] = await Promise.all([
    repo.listReceipts(db, applicationId),
    fundOfGuarantee(db, application).then((fund) => batchedYears(db, fund)),
  ]);
  const reversalOf = new Map(
    rows.flatMap((row) => (row.receipt.reverses ? [[row.receipt.reverses, row]] : [])),
  );
  const corrects =
    actor.orgType === "GUARANTOR" && actor.orgId === application.guarantorOrgId && hasRole(actor, "reviewer");
  const items = rows.map(({ receipt: { amountFen, feeRate, ...receipt }, recordedBy }) => {
    const reversal = reversalOf.get(receipt.id);
    return {
      ...receipt,
      amount: formatYuan(amountFen),
      feeRate: rateText(feeRate),
      recordedBy,
      reversedBy: reversal
        ? {
            id: reversal.receipt.id,
            reason: reversal.receipt.reason ?? "",
            recordedBy: reversal.recordedBy,
            recordedAt: reversal.receipt.recordedAt,
          }
        : null,
      /** The caller may correct it now: its own, standing, and its year not in a live batch. */
      mayReverse:
        corrects && receipt.reverses === null && !reversal && !batched.has(yearOf(receipt.receivedOn)),
    };
  });
  const totalFen = rows.reduce((sum, { receipt }) => sum + receipt.amountFen, 0n);
  return { items, total: formatYuan(totalFen) };
}

export interface FeeReceiptInput {
  receivedOn: string;
  amount: string;
  /** The guarantee's actual annual fee rate, e.g. "0.008"; required where the programme needs it (重庆). */
  feeRate?: string;
  note?: string;
}

/**
 * The guarantor records a fee it actually charged on its guarantee (the cap of the fee subsidy), and
 * the annual rate it was charged at. Insert-only: a wrong receipt is corrected by reversing it.
 */
export async function recordFeeReceipt(
  db: Database,
  actor: Actor,
  applicationId: string,
  input: FeeReceiptInput,
  ip: string | null,
) {
  const application = await ownGuarantee(db, actor, applicationId);
  if (!GUARANTEED_STATUSES.includes(application.status)) {
    throw new AppError("conflict", {
      zh: "尚未签订合同的贷款没有担保费可登记",
      en: "No guarantee is in force before the contracts are signed",
    });
  }
  const amountFen = parseYuan(input.amount, ["amount"]);
  assertPositiveFen(amountFen, ["amount"]);
  if (input.receivedOn > today()) {
    throw AppError.validation("receivedOn", "not-in-future", {
      zh: `收费日期不能晚于今天${today()}`,
      en: "A fee cannot be received in the future",
    });
  }
  // Nor before the guarantee began: the fee is charged under the 委托担保协议.
  const agreement = (await contractsOf(db, applicationId)).find((c) => c.kind === "ENTRUSTED_GUARANTEE");
  if (!agreement) throw new Error(`guaranteed application ${applicationId} has no guarantee agreement`);
  assertDateWithin(input.receivedOn, ["receivedOn"], "收费日期", {
    earliest: { date: agreement.signedOn, zh: "委托担保协议签订日", en: "the guarantee agreement date" },
  });
  const rule = (await programmeConfigs(db)(application.programmeId, application.programmeVersion))
    .guaranteeFeeSubsidy;
  if (needsActualFeeRate(rule) && !input.feeRate) {
    throw AppError.validation("feeRate", "required", {
      zh: "该计划按实际年化担保费率核定补贴,请填写费率",
      en: "The programme needs the guarantee's actual fee rate",
    });
  }
  const feeRate = input.feeRate ? parseAnnualRate(input.feeRate, ["feeRate"]).toString() : null;
  const receipt = await db.transaction(async (tx) => {
    const row = await repo.insertReceipt(tx, {
      applicationId,
      receivedOn: input.receivedOn,
      amountFen,
      feeRate,
      note: input.note?.trim() || null,
      recordedBy: actor.userId,
    });
    await recordAudit(tx, {
      actor,
      action: "guarantee-fee.record",
      entityType: "application",
      entityId: applicationId,
      after: row,
      ip,
    });
    return row;
  });
  return { id: receipt.id, ...(await listFeeReceipts(db, actor, applicationId)) };
}

/**
 * The guarantor's reviewer corrects a wrong receipt: a new row with the negated amount (same date and
 * rate, so its year's fees net out) naming it and saying why. Refused once the year's fee subsidy is
 * in a live batch — the batch was computed from those fees; cancel it first — and for a receipt that
 * is already reversed or is itself a reversal.
 */
export async function reverseFeeReceipt(
  db: Database,
  actor: Actor,
  applicationId: string,
  receiptId: number,
  input: { reason: string },
  ip: string | null,
) {
  const application = await ownGuarantee(db, actor, applicationId);
  requireRole(actor, "reviewer");
  const found = await repo.findReceipt(db, applicationId, receiptId);
  if (!found) throw AppError.notFound({ zh: "担保费登记", en: "Fee receipt" });
  const { receipt } = found;
  if (found.recorderOrgId !== actor.orgId) {
    throw AppError.forbidden({
      zh: "只能冲正本单位登记的担保费",
      en: "Only the organisation that recorded it may reverse it",
    });
  }
  if (receipt.reverses !== null) throw reversalNotReversible("担保费");
  const fund = await fundOfGuarantee(db, application);
  const year = yearOf(receipt.receivedOn);
  const reversal = await db.transaction(async (tx) => {
    // Serialised with the year's batch being made (createFeeSubsidyBatch locks the same row).
    if (fund) {
      await repo.lockFund(tx, fund.id);
      const batch = await repo.liveBatch(tx, fund.id, year);
      if (batch) {
        const status = PAYMENT_STATUS_TERMS[batch.status as PaymentStatus];
        const message = {
          zh:
            `${year}年度担保费补贴已在支付申请中(${status.zh}),` +
            "该年度的收费登记不能冲正;如需更正,请先撤销该支付申请",
          en: `The ${year} fee subsidy is in a live payment (${status.en}): withdraw it before reversing a fee`,
        };
        throw new AppError("conflict", message, [
          { field: "receivedOn", rule: "year-in-live-batch", message },
        ]);
      }
    }
    if (await repo.isReversed(tx, receipt.id)) throw alreadyReversed("担保费登记");
    const row = await repo
      .insertReceipt(tx, {
        applicationId,
        receivedOn: receipt.receivedOn,
        amountFen: -receipt.amountFen,
        feeRate: receipt.feeRate,
        note: receipt.note,
        reverses: receipt.id,
        reason: input.reason.trim(),
        recordedBy: actor.userId,
      })
      .catch(refuseSecondReversal("guarantee_fee_receipts_reverses_key", "担保费登记"));
    await recordAudit(tx, {
      actor,
      action: "guarantee-fee.reverse",
      entityType: "application",
      entityId: applicationId,
      before: receipt,
      after: row,
      ip,
    });
    return row;
  });
  return { id: reversal.id, ...(await listFeeReceipts(db, actor, applicationId)) };
}

interface FeeSubsidyLine {
  applicationId: string;
  enterpriseName: string;
  bankName: string;
  programmeCode: string;
  loanAmountFen: bigint;
  loanStatus: string;
  feeChargedFen: bigint;
  amountFen: bigint;
  /** False when nothing can be paid on it this year; `reason` says why. */
  eligible: boolean;
  reason: Term | null;
  working: SubsidyWorking | null;
}

/**
 * Seed 002 arts. 9 and 11(7): the subsidy of every guarantee the fund's guarantor gave under the
 * fund's programmes that had something outstanding in `year`, each by its own programme version.
 */
async function feeSubsidyLines(db: Executor, fund: FundRow, year: number): Promise<FeeSubsidyLine[]> {
  const window = calendarYear(year);
  const of = {
    guarantorOrgId: fund.managerOrgId,
    programmeCodes: fund.programmeCodes,
    statuses: GUARANTEED_STATUSES,
  };
  const loans = await repo.guarantees(db, of);
  const feesOf = await repo.feesWithin(db, of, window);
  // A compensated guarantee ends on the day of the 代偿.
  const endedOn = await repo.compensatedOn(db, fund.id);
  const positions = await positionsOf(
    db,
    loans.map((loan) => loan.id),
  );
  const configOf = programmeConfigs(db);
  const lines: FeeSubsidyLine[] = [];
  /** The eligible lines of each programme whose rule caps the year's application as a whole. */
  const underYearlyCap = new Map<
    string,
    { capFen: bigint; lines: { line: FeeSubsidyLine; amountFen: bigint; working: SubsidyWorking }[] }
  >();
  for (const loan of loans) {
    const position = positions.get(loan.id);
    if (!position) continue;
    const rule = (await configOf(loan.programmeId, loan.programmeVersion)).guaranteeFeeSubsidy;
    const recorded = feesOf.get(loan.id) ?? { chargedFen: 0n, rates: [] };
    const subsidy = feeSubsidyForYear(rule, year, position, recorded, endedOn.get(loan.id));
    if (!subsidy) continue;
    const line: FeeSubsidyLine = {
      applicationId: loan.id,
      enterpriseName: loan.enterpriseName,
      bankName: loan.bankName,
      programmeCode: loan.programmeCode,
      loanAmountFen: loan.amountFen,
      loanStatus: loan.status,
      feeChargedFen: recorded.chargedFen,
      amountFen: subsidy.eligible ? subsidy.amountFen : 0n,
      eligible: subsidy.eligible,
      reason: subsidy.eligible ? null : subsidy.reason,
      working: subsidy.working,
    };
    lines.push(line);
    if (subsidy.eligible && rule.capFen !== undefined) {
      const group = `${loan.programmeCode}:${rule.capFen}`;
      const capped = underYearlyCap.get(group) ?? { capFen: rule.capFen, lines: [] };
      capped.lines.push({ line, amountFen: subsidy.amountFen, working: subsidy.working });
      underYearlyCap.set(group, capped);
    }
  }
  // 重庆 (seed 004): the guarantor's yearly application is capped as a whole, shared out by line.
  const shared = new Map<FeeSubsidyLine, FeeSubsidyLine>();
  for (const { capFen, lines: group } of underYearlyCap.values()) {
    for (const { line, amountFen, working } of shareYearlyCap(group, capFen, "per-guarantor-year")) {
      shared.set(line, { ...line, amountFen, working });
    }
  }
  return lines.map((line) => shared.get(line) ?? line);
}

const yearEnded = (year: number) => today() >= `${year + 1}-01-01`;

function presentPreview(fund: FundRow, year: number, lines: FeeSubsidyLine[], batch: repo.BatchRow | null) {
  const eligible = lines.filter((line) => line.eligible);
  return {
    fund: { id: fund.id, code: fund.code, name: fund.name },
    year,
    yearEnded: yearEnded(year),
    total: formatYuan(eligible.reduce((sum, line) => sum + line.amountFen, 0n)),
    eligibleCount: eligible.length,
    lines: lines.map(({ loanAmountFen, feeChargedFen, amountFen, ...line }) => ({
      ...line,
      loanAmount: formatYuan(loanAmountFen),
      feeCharged: formatYuan(feeChargedFen),
      amount: formatYuan(amountFen),
      capped: line.working?.capped ?? false,
    })),
    batch: batch && {
      id: batch.id,
      status: batch.status as PaymentStatus,
      statusLabel: PAYMENT_STATUS_TERMS[batch.status as PaymentStatus],
      total: formatYuan(batch.totalFen),
      lineCount: batch.lineCount,
      createdAt: batch.createdAt,
    },
  };
}

/** Every guarantee's fee subsidy for the year with its working, and the year's batch if there is one. */
export async function previewFeeSubsidy(db: Database, actor: Actor, fundId: string, year: number) {
  const fund = await visibleFund(db, actor, fundId);
  const lines = await feeSubsidyLines(db, fund, year);
  return presentPreview(fund, year, lines, await repo.liveBatch(db, fund.id, year));
}

/**
 * Seed 002 art. 11(7): once a year, after the year has ended, the guarantor applies for the fee
 * subsidy of all its programme guarantees as one payment through the review chain, one line per
 * guarantee. A year that already has a live batch is refused.
 */
export async function createFeeSubsidyBatch(
  db: Database,
  actor: Actor,
  fundId: string,
  year: number,
  ip: string | null,
) {
  requireOrgType(actor, "GUARANTOR");
  requireRole(actor, "operator", "reviewer");
  const fund = await visibleFund(db, actor, fundId);
  calendarYear(year);
  if (!yearEnded(year)) {
    throw AppError.validation("year", "year-not-ended", {
      zh: `${year}年度尚未结束,须在${year + 1}-01-01及以后申请`,
      en: "The year has not ended yet",
    });
  }
  const lines = (await feeSubsidyLines(db, fund, year)).filter((line) => line.eligible);
  const guarantorName = (await repo.organisationName(db, fund.managerOrgId)) ?? "";
  const paymentId = await db.transaction(async (tx) => {
    // One batch per fund and year: creations for the same fund wait for each other here.
    await repo.lockFund(tx, fund.id);
    const existing = await repo.liveBatch(tx, fund.id, year);
    if (existing) {
      throw new AppError(
        "conflict",
        {
          zh: `${year}年度担保费补贴已在支付申请中(${PAYMENT_STATUS_TERMS[existing.status as PaymentStatus].zh}),不能重复申请`,
          en: `The ${year} fee subsidy already is in a live payment (${PAYMENT_STATUS_TERMS[existing.status as PaymentStatus].en})`,
        },
        [
          {
            field: "year",
            rule: "year-already-batched",
            message: { zh: `${year}年度已申请`, en: `${year} already applied for` },
          },
        ],
      );
    }
    const id = await createPayment(tx, actor, {
      fund,
      kind: "FEE_SUBSIDY",
      title: {
        zh: `${year}年度担保费补贴(${lines.length}笔担保)`,
        en: `Guarantee-fee subsidy ${year} (${lines.length} guarantees)`,
      },
      year,
      lines: lines.map((line) => ({
        subject: `FEE_SUBSIDY:${line.applicationId}:${year}`,
        applicationId: line.applicationId,
        beneficiary: { orgId: fund.managerOrgId, name: guarantorName },
        amountFen: line.amountFen,
        working: line.working,
      })),
    });
    await recordAudit(tx, {
      actor,
      action: "fee-subsidy.create-batch",
      entityType: "fund-payment",
      entityId: id,
      after: { fundId: fund.id, year, lines: lines.length },
      ip,
    });
    return id;
  });
  return { paymentId, ...(await previewFeeSubsidy(db, actor, fund.id, year)) };
}
