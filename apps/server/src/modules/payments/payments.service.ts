import {
  applyPaymentAction,
  availablePaymentActions,
  formatYuan,
  formatYuanGrouped,
  INITIAL_PAYMENT_STATE,
  INTEREST_SUBSIDY_VOUCHER_KINDS,
  isStale,
  type OrgType,
  PAYMENT_EXPENSE_ACCOUNT,
  PAYMENT_KIND_LABELS,
  PAYMENT_REVIEW_FIELD,
  type PaymentAction,
  type PaymentKind,
  type PaymentStatus,
  paymentActionReview,
  paymentHolders,
  paymentTitle,
  SUBMITTED_PAYMENT_STATE,
  type Term,
  touchedReviews,
} from "@chanrong/domain";
import type { Database, Executor, Transaction } from "../../db/client";
import type { Actor } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { today } from "../../platform/clock";
import { AppError } from "../../platform/errors";
import { decide } from "../../platform/workflow-refusals";
import { type FundRow, fundScope, visibleFund } from "../ledger/funds.service";
import { post } from "../ledger/ledger.service";
import { execute } from "./payment-runs.service";
import { beneficiaryRef, staleVersion, stateOf } from "./payment-state";
import type { PaymentRow } from "./payments.repository";
import * as repo from "./payments.repository";

export interface PaymentLineInput {
  /** What is paid for; no two live lines may name the same subject (e.g. INTEREST_SUBSIDY:<loan>). */
  subject: string;
  applicationId?: string;
  beneficiary: { orgId: string; name: string } | { enterpriseId: string; name: string };
  amountFen: bigint;
  /** The computation as reviewers see it (domain SubsidyWorking, CompensationWorking). */
  working: unknown;
}

export interface PaymentInput {
  fund: FundRow;
  kind: PaymentKind;
  title: Term;
  year?: number;
  lines: readonly PaymentLineInput[];
  /**
   * The platform computed it and the applicant submitted it (an incentive reward): it starts in both
   * bureaus' review rather than in the guarantor's hands.
   */
  submitted?: boolean;
}

/**
 * Starts a payment in the guarantor's hands (DRAFT), or with `submitted` in review, inside the caller's
 * transaction: the subsidy, compensation and incentive modules call this with the lines they computed. A subject already in a live
 * payment is refused (409), so nothing can be claimed twice.
 */
export async function createPayment(tx: Transaction, actor: Actor, input: PaymentInput): Promise<string> {
  if (input.lines.length === 0) {
    throw AppError.validation("lines", "min-items", { zh: "没有可支付的项目", en: "Nothing to pay" });
  }
  const state = input.submitted ? SUBMITTED_PAYMENT_STATE : INITIAL_PAYMENT_STATE;
  const totalFen = input.lines.reduce((sum, line) => sum + line.amountFen, 0n);
  const paymentId = await repo.insertPayment(tx, {
    fundId: input.fund.id,
    kind: input.kind,
    title: input.title.zh,
    titleEn: input.title.en,
    year: input.year ?? null,
    ...state,
    holders: paymentHolders(state),
    totalFen,
    lineCount: input.lines.length,
    createdBy: actor.userId,
    createdOn: today(),
  });
  const inserted = await repo.insertLines(
    tx,
    input.lines.map((line, index) => ({
      paymentId,
      lineNo: index + 1,
      subject: line.subject,
      applicationId: line.applicationId ?? null,
      beneficiaryOrgId: "orgId" in line.beneficiary ? line.beneficiary.orgId : null,
      beneficiaryEnterpriseId: "enterpriseId" in line.beneficiary ? line.beneficiary.enterpriseId : null,
      beneficiaryName: line.beneficiary.name,
      amountFen: line.amountFen,
      working: line.working,
    })),
  );
  if (!inserted) {
    throw new AppError(
      "conflict",
      { zh: "其中有项目已在另一笔支付申请中", en: "An item is already in another live payment" },
      [
        {
          field: "lines",
          rule: "already-claimed",
          message: { zh: "已在另一笔支付申请中", en: "Already in another payment" },
        },
      ],
    );
  }
  await repo.insertEvent(tx, {
    paymentId,
    action: "create",
    fromStatus: "DRAFT",
    toStatus: state.status,
    opinion: `${PAYMENT_KIND_LABELS[input.kind]} ${input.lines.length} 项,合计 ${formatYuanGrouped(totalFen)} 元`,
    actorUserId: actor.userId,
    actorOrgId: actor.orgId,
    businessDate: today(),
  });
  return paymentId;
}

export interface PaymentFilter {
  waiting?: boolean;
  status?: PaymentStatus;
  kind?: PaymentKind;
  page: number;
  pageSize: number;
}

export async function listPayments(db: Database, actor: Actor, filter: PaymentFilter) {
  const { rows, total } = await repo.pageOfPayments(db, {
    scope: fundScope(actor),
    ...(filter.waiting && { holder: actor.orgType }),
    ...(filter.status && { status: filter.status }),
    ...(filter.kind && { kind: filter.kind }),
    limit: filter.pageSize,
    offset: (filter.page - 1) * filter.pageSize,
  });
  return {
    items: rows.map(({ payment, fundName }) => ({ ...presentPayment(payment), fundName })),
    total,
    page: filter.page,
    pageSize: filter.pageSize,
  };
}

function presentPayment(row: PaymentRow) {
  const { totalFen, executionKey: _key, titleEn: _en, ...rest } = row;
  return {
    ...rest,
    title: paymentTitle(row),
    ...stateOf(row),
    kind: row.kind as PaymentKind,
    holders: row.holders as OrgType[],
    total: formatYuan(totalFen),
  };
}

export async function findPayment(db: Executor, actor: Actor, id: string) {
  const row = await repo.findPayment(db, id);
  if (!row) throw AppError.notFound({ zh: "支付申请", en: "Payment" });
  const fund = await visibleFund(db, actor, row.fundId).catch(() => {
    throw AppError.notFound({ zh: "支付申请", en: "Payment" });
  });
  return { row, fund };
}

type ListedLine = Awaited<ReturnType<typeof repo.linesOf>>[number];

/** The account a line is paid into: as kept when it was paid, else as the registry has it now; null if none. */
export function payeeAccountOf(row: ListedLine) {
  const { line } = row;
  const { name, bank, number } =
    line.paidAt !== null
      ? { name: line.payeeAccountName, bank: line.payeeBankName, number: line.payeeAccountNo }
      : { name: row.registryAccountName, bank: row.registryBankName, number: row.registryAccountNo };
  return number ? { name, bank, number } : null;
}

/**
 * Lines as reviewers and the payer read them: each with what it pays for — the 贴息申请 with its 贴息表
 * and vouchers, the guarantee-fee year, the default case — and the account it is (or was) paid into.
 */
async function presentLines(db: Executor, rows: readonly ListedLine[]) {
  const claimLoans = rows.flatMap((row) =>
    row.claimId && row.line.applicationId ? [row.line.applicationId] : [],
  );
  const vouchers =
    claimLoans.length > 0 ? await repo.vouchersOf(db, claimLoans, INTEREST_SUBSIDY_VOUCHER_KINDS) : [];
  return rows.map((row) => {
    const { amountFen, payeeAccountName: _n, payeeBankName: _b, payeeAccountNo: _a, ...line } = row.line;
    return {
      ...line,
      amount: formatYuan(amountFen),
      payeeAccount: payeeAccountOf(row),
      source: {
        claimId: row.claimId,
        defaultCaseId: row.defaultCaseId,
        vouchers: row.claimId
          ? vouchers
              .filter((voucher) => voucher.applicationId === line.applicationId)
              .map(({ applicationId: _loan, ...voucher }) => voucher)
          : [],
      },
    };
  });
}

const presentHistoryEntry = (entry: Awaited<ReturnType<typeof repo.historyOf>>[number]) => ({
  ...entry,
  fromStatus: entry.fromStatus as PaymentStatus,
  toStatus: entry.toStatus as PaymentStatus,
  actorOrgType: entry.actorOrgType as OrgType,
});

/**
 * A payment's steps (who decided, when, why), for a module that has already decided the caller may see
 * what the payment pays: an incentive application shows its applicant the review of its reward.
 */
export async function decisionsOf(db: Executor, paymentId: string) {
  return (await repo.historyOf(db, paymentId)).map(presentHistoryEntry);
}

/** A payment with its lines (and their working), history and the caller's next actions. */
export async function getPayment(db: Database, actor: Actor, id: string) {
  const { row, fund } = await findPayment(db, actor, id);
  const [lines, history, paidLineCount] = await Promise.all([
    repo.linesOf(db, id, { offset: 0, limit: 500 }),
    repo.historyOf(db, id),
    repo.countPaidLines(db, id),
  ]);
  const mayAct = actor.orgType !== "GUARANTOR" || fund.managerOrgId === actor.orgId;
  return {
    ...presentPayment(row),
    fund: { id: fund.id, code: fund.code, name: fund.name },
    paidLineCount,
    lines: await presentLines(db, lines),
    history: history.map(presentHistoryEntry),
    availableActions: mayAct ? availablePaymentActions(stateOf(row), actor) : [],
  };
}

/** One page of a payment's lines: a yearly batch can have more than a page can show. */
export async function listPaymentLines(
  db: Database,
  actor: Actor,
  id: string,
  page: { page: number; pageSize: number },
) {
  const { row } = await findPayment(db, actor, id);
  const lines = await repo.linesOf(db, id, { offset: (page.page - 1) * page.pageSize, limit: page.pageSize });
  return { items: await presentLines(db, lines), total: row.lineCount, ...page };
}

export interface PaymentActionInput {
  action: PaymentAction;
  version: number;
  opinion?: string;
  reason?: string;
  /** Required to execute: a retry with the same key returns the same result and pays nothing twice. */
  idempotencyKey?: string;
  /** execute only: the bank transfer reference (流水号) of each line paid; every line needs one. */
  transfers?: { lineId: string; transferReference: string }[];
}

/** The column keeping the version of the last step that changed each bureau's review or the status. */
const REVIEW_VERSION = { finance: "financeReviewVersion", industry: "industryReviewVersion" } as const;

/**
 * One step of the chain, on the row locked as it is now; `execute` then pays every line (see payLines).
 * A bureau's decision is stale only if its own review or the status changed since it read the payment,
 * so the two bureaus approve in parallel and whichever approves second sends it to the city government.
 */
export async function actOnPayment(
  db: Database,
  actor: Actor,
  id: string,
  input: PaymentActionInput,
  ip: string | null,
) {
  const { row, fund } = await findPayment(db, actor, id);
  if (input.action === "execute") {
    await execute(db, actor, row, fund, input, ip);
    return getPayment(db, actor, id);
  }
  await db.transaction(async (tx) => {
    const current = await repo.lockPayment(tx, id);
    if (!current) throw AppError.notFound({ zh: "支付申请", en: "Payment" });
    const before = stateOf(current);
    const next = decide(() => applyPaymentAction(before, input.action, actor, input));
    const review = paymentActionReview(input.action);
    if (isStale(input.version, current.version, review && current[REVIEW_VERSION[review]]))
      throw staleVersion();
    const reviewVersions = touchedReviews(before, next, PAYMENT_REVIEW_FIELD).map(
      (touched) => [REVIEW_VERSION[touched], current.version + 1] as const,
    );
    await repo.recordStep(tx, id, {
      ...next,
      ...Object.fromEntries(reviewVersions),
      holders: paymentHolders(next),
      version: current.version + 1,
    });
    await repo.insertEvent(tx, {
      paymentId: id,
      action: input.action,
      fromStatus: current.status,
      toStatus: next.status,
      opinion: input.opinion?.trim() || null,
      reason: input.reason?.trim() || null,
      actorUserId: actor.userId,
      actorOrgId: actor.orgId,
      // The decision's business date, which the 贴息表 prints (the 市担保集团意见's date).
      businessDate: today(),
    });
    // Seed 002 art. 13: the city government's approval is what commits the fund to pay.
    if (input.action === "city-approve") await recognisePayables(tx, actor, current, fund);
    if (input.action === "cancel") {
      await repo.retireLines(tx, id);
    }
    await recordAudit(tx, {
      actor,
      action: `fund-payment.${input.action}`,
      entityType: "fund-payment",
      entityId: id,
      before,
      after: { ...next, opinion: input.opinion, reason: input.reason },
      ip,
    });
  });
  return getPayment(db, actor, id);
}

/** Expense → payable for every line, as one posting: the fund now owes each beneficiary. */
async function recognisePayables(tx: Transaction, actor: Actor, row: PaymentRow, fund: FundRow) {
  const lines = await repo.linesToPay(tx, row.id);
  await post(tx, {
    fundId: fund.id,
    idempotencyKey: `payment:${row.id}:approved`,
    kind: "PAYMENT_APPROVED",
    effectiveOn: today(),
    memo: `市政府批准:${row.title}`,
    legs: lines.map((line) => ({
      debit: { kind: PAYMENT_EXPENSE_ACCOUNT[row.kind as PaymentKind] },
      credit: beneficiaryRef(line),
      amountFen: line.amountFen,
    })),
    paymentId: row.id,
    recordedBy: actor,
  });
}
