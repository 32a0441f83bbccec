import {
  assertInWindow,
  assertPositiveFen,
  assertVouchersAttached,
  type ClaimStatus,
  claimWithdrawable,
  formatYuan,
  INTEREST_SUBSIDY_VOUCHER_KINDS,
  parseYuan,
  yearOf,
} from "@chanrong/domain";
import type { Database, Executor } from "../../db/client";
import { requireOrgType, requireRole } from "../../platform/access";
import type { Actor } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { today } from "../../platform/clock";
import { pgErrorCode } from "../../platform/db-errors";
import { AppError, type FieldIssue, issuesText } from "../../platform/errors";
import type { InterestSubsidyFormData } from "../forms/interest-subsidy-form";
import { createPayment } from "../payments/payments.service";
import type { ClaimRow, LineWithPayment } from "./interest-subsidy.repository";
import * as repo from "./interest-subsidy.repository";
import {
  alreadyTaken,
  batchTitle,
  type ComputedLoan,
  computedLoans,
  duplicates,
  inOrder,
  linesOf,
  liveLines,
  loanScope,
  payingFund,
  presentHeld,
  presentLoan,
  raced,
  statusOfClaim,
} from "./interest-subsidy.service";

// ——— The enterprise's 贴息表 ———

export interface ClaimFormFields {
  address: string;
  legalRepresentative: string;
  phone: string;
  contactName: string;
  contactPhone: string;
  /** 开户银行及账号 */
  bankAccount: string;
  /** 企业经营发展情况 */
  businessDevelopment: string;
  /** 企业申请意见 */
  enterpriseOpinion: string;
}

export interface ClaimInput {
  applicationId: string;
  /** 申请贴息金额, yuan. */
  claimed: string;
  form: ClaimFormFields;
}

/**
 * The enterprise applies for its own settled loan, within the window and with its vouchers attached.
 * A loan already in a 免申即享 payment needs no application; a second application for one loan is refused.
 */
export async function createClaim(db: Database, actor: Actor, input: ClaimInput, ip: string | null) {
  requireOrgType(actor, "ENTERPRISE");
  requireRole(actor, "operator", "reviewer");
  const claimedFen = parseYuan(input.claimed, ["claimed"]);
  assertPositiveFen(claimedFen, ["claimed"]);
  const id = await db.transaction(async (tx) => {
    const [loan] = await computedLoans(tx, actor, [input.applicationId]);
    if (!loan) throw AppError.notFound({ zh: "已结清的贷款", en: "Settled loan" });
    if (!loan.subsidy.eligible)
      throw AppError.validation("applicationId", "not-eligible", loan.subsidy.reason);
    const appliedOn = today();
    assertInWindow(loan.subsidy.window, appliedOn);
    assertVouchersAttached(await repo.attachedKinds(tx, input.applicationId, INTEREST_SUBSIDY_VOUCHER_KINDS));
    const held = await liveLines(tx, [input.applicationId]);
    alreadyTaken([loan], "applicationId", new Map(), held, true);
    const claim = await repo
      .insertClaim(tx, {
        applicationId: input.applicationId,
        enterpriseId: loan.application.enterpriseId,
        form: input.form,
        appliedOn,
        claimedFen,
        status: "SUBMITTED",
        createdBy: actor.userId,
      })
      .catch((error: unknown) => {
        if (pgErrorCode(error) !== "23505") throw error;
        throw new AppError(
          "conflict",
          { zh: "该贷款已提交贴息申请,不能重复申请", en: "This loan has been applied for" },
          [
            {
              field: "applicationId",
              rule: "already-claimed",
              message: { zh: "该贷款已提交贴息申请", en: "This loan has been applied for" },
            },
          ],
        );
      });
    await recordAudit(tx, {
      actor,
      action: "interest-subsidy.claim",
      entityType: "interest-subsidy-claim",
      entityId: claim.id,
      after: claim,
      ip,
    });
    return claim.id;
  });
  return getClaim(db, actor, id);
}

interface ClaimRecord {
  claim: ClaimRow;
  loan: ComputedLoan;
  held: LineWithPayment | undefined;
}

/** Claims the caller may see (those of loans in its scope), with their loans and payment lines. */
async function findClaims(
  executor: Executor,
  actor: Actor,
  claimIds?: readonly string[],
): Promise<ClaimRecord[]> {
  const claims = await repo.findClaims(executor, loanScope(actor), claimIds);
  if (claims.length === 0) return [];
  const loans = await computedLoans(
    executor,
    actor,
    claims.map((claim) => claim.applicationId),
  );
  const loanById = new Map(loans.map((loan) => [loan.application.id, loan]));
  const lineById = await repo.linesById(
    executor,
    claims.flatMap((claim) => (claim.paymentLineId ? [claim.paymentLineId] : [])),
  );
  return claims.flatMap((claim) => {
    const loan = loanById.get(claim.applicationId);
    if (!loan) return [];
    return [{ claim, loan, held: claim.paymentLineId ? lineById.get(claim.paymentLineId) : undefined }];
  });
}

function presentClaim({ claim, loan, held }: ClaimRecord, day: string) {
  const computed = loan.subsidy.eligible ? loan.subsidy.amountFen : null;
  return {
    id: claim.id,
    version: claim.version,
    status: statusOfClaim(claim, held),
    appliedOn: claim.appliedOn,
    claimed: formatYuan(claim.claimedFen),
    /** Claimed less computed: what the guarantor's check would change (the computation decides). */
    difference: computed === null ? null : formatYuan(claim.claimedFen - computed),
    form: claim.form as ClaimFormFields,
    loan: presentLoan(loan, day),
    payment: held?.line.live ? presentHeld(held) : null,
    createdAt: claim.createdAt,
  };
}

export interface ClaimFilter {
  status?: ClaimStatus;
  page: number;
  pageSize: number;
}

export async function listClaims(db: Database, actor: Actor, filter: ClaimFilter) {
  const day = today();
  const items = (await findClaims(db, actor))
    .map((record) => presentClaim(record, day))
    .filter((claim) => !filter.status || claim.status === filter.status);
  const start = (filter.page - 1) * filter.pageSize;
  return {
    items: items.slice(start, start + filter.pageSize),
    total: items.length,
    page: filter.page,
    pageSize: filter.pageSize,
  };
}

/** Claims filed and not yet taken into a computation: they wait for the fund's guarantor, nobody else. */
export async function claimsAwaitingAccounting(db: Database, actor: Actor, pageSize: number) {
  if (actor.orgType !== "GUARANTOR") return { items: [], total: 0, page: 1, pageSize };
  return listClaims(db, actor, { status: "SUBMITTED", page: 1, pageSize });
}

async function requireClaim(executor: Executor, actor: Actor, id: string): Promise<ClaimRecord> {
  const [record] = await findClaims(executor, actor, [id]);
  if (!record) throw AppError.notFound({ zh: "贴息申请", en: "Interest subsidy claim" });
  return record;
}

/** The payment's guarantor opinion (市担保集团意见) and, when returned, the reason it came back. */
async function paymentDecisions(executor: Executor, held: LineWithPayment | undefined) {
  if (!held?.line.live) return { guarantorOpinion: null, returnedReason: null };
  const events = await repo.paymentEvents(executor, held.payment.id);
  const submit = events.filter((row) => row.event.action === "submit").at(-1);
  const returned = events.filter((row) => row.event.toStatus === "RETURNED").at(-1);
  return {
    // The business day it was given (a pinned date prints as pinned), not the server's clock.
    guarantorOpinion: submit
      ? { text: submit.event.opinion ?? "", by: submit.orgName, date: submit.event.businessDate }
      : null,
    returnedReason:
      held.payment.status === "RETURNED" && returned
        ? { reason: returned.event.reason ?? "", by: returned.orgName, at: returned.event.at }
        : null,
  };
}

export async function getClaim(db: Database, actor: Actor, id: string) {
  const record = await requireClaim(db, actor, id);
  const presented = presentClaim(record, today());
  const own = actor.orgType === "ENTERPRISE" && actor.enterpriseId === record.claim.enterpriseId;
  return {
    ...presented,
    ...(await paymentDecisions(db, record.held)),
    mayWithdraw: own && claimWithdrawable(presented.status),
  };
}

/** The enterprise takes back a claim no payment holds (to correct it and apply again in the window). */
export async function withdrawClaim(
  db: Database,
  actor: Actor,
  id: string,
  version: number,
  ip: string | null,
) {
  requireOrgType(actor, "ENTERPRISE");
  requireRole(actor, "operator", "reviewer");
  await db.transaction(async (tx) => {
    const record = await requireClaim(tx, actor, id);
    const status = statusOfClaim(record.claim, record.held);
    if (!claimWithdrawable(status)) {
      throw new AppError("conflict", {
        zh: "贴息申请已进入支付审核,不能撤回",
        en: "The claim is in a payment: it cannot be withdrawn",
      });
    }
    if (!(await repo.withdrawClaim(tx, id, version))) throw AppError.staleVersion();
    await recordAudit(tx, {
      actor,
      action: "interest-subsidy.withdraw",
      entityType: "interest-subsidy-claim",
      entityId: id,
      before: { status },
      after: { status: "WITHDRAWN" },
      ip,
    });
  });
  return getClaim(db, actor, id);
}

/**
 * The guarantor has computed and checked the claims and starts their payment: one line per claim at
 * the computed amount (the computation decides, not the amount applied for), each claim then following
 * its line through the chain.
 */
export async function startClaimPayment(
  db: Database,
  actor: Actor,
  claimIds: readonly string[],
  ip: string | null,
) {
  requireOrgType(actor, "GUARANTOR");
  requireRole(actor, "operator", "reviewer");
  duplicates(claimIds, "claimIds");
  const paymentId = await db.transaction(async (tx) => {
    const records = inOrder(claimIds, await findClaims(tx, actor, claimIds), (record) => record.claim.id, {
      zh: "贴息申请",
      en: "Claim",
    });
    const issues = records.flatMap(({ claim, loan, held }, index): FieldIssue[] => {
      const status = statusOfClaim(claim, held);
      return status === "SUBMITTED"
        ? []
        : [
            {
              field: `claimIds.${index}`,
              rule: "not-awaiting-accounting",
              message: {
                zh: `${loan.enterpriseName}的贴息申请状态为${status},不能再发起支付`,
                en: "Not awaiting accounting",
              },
            },
          ];
    });
    if (issues.length) throw new AppError("conflict", issuesText(issues), issues);
    const loans = records.map((record) => record.loan);
    const fund = await payingFund(tx, actor, loans);
    // The enterprise applied within its window; the guarantor computes after it.
    const lines = linesOf(loans, "claimIds", false);
    alreadyTaken(
      loans,
      "claimIds",
      new Map(),
      await liveLines(
        tx,
        loans.map((loan) => loan.application.id),
      ),
      true,
    );
    const id = await createPayment(tx, actor, {
      fund,
      kind: "INTEREST_SUBSIDY",
      title: batchTitle(loans, { zh: "企业申请", en: "claimed by the enterprise" }),
      year: yearOf(today()),
      lines,
    }).catch(raced);
    const lineOf = new Map((await repo.paymentLines(tx, id)).map((line) => [line.applicationId, line.id]));
    for (const { claim } of records) {
      await repo.setClaimLine(tx, claim.id, lineOf.get(claim.applicationId));
    }
    await recordAudit(tx, {
      actor,
      action: "interest-subsidy.claim-payment",
      entityType: "fund-payment",
      entityId: id,
      after: { claimIds },
      ip,
    });
    return id;
  });
  return { paymentId };
}

/** The filled 贴息表 (seed 002 附件2) of a claim the caller may see. */
export async function claimFormData(
  db: Database,
  actor: Actor,
  id: string,
): Promise<InterestSubsidyFormData> {
  const record = await requireClaim(db, actor, id);
  const { claim, loan } = record;
  const form = claim.form as ClaimFormFields;
  const presented = presentLoan(loan, today());
  const { guarantorOpinion } = await paymentDecisions(db, record.held);
  return {
    formDate: claim.appliedOn,
    enterpriseName: loan.enterpriseName,
    address: form.address,
    legalRepresentative: form.legalRepresentative,
    phone: form.phone,
    contactName: form.contactName,
    contactPhone: form.contactPhone,
    bankAccount: form.bankAccount,
    loanAmountFen: loan.position.disbursedFen,
    loanStart: presented.termStart,
    loanEnd: presented.termEnd,
    outstandingFen: loan.position.outstandingFen,
    settledOn: loan.position.settledOn,
    interestPaidFen: loan.position.interestPaidFen,
    claimedFen: claim.claimedFen,
    businessDevelopment: form.businessDevelopment,
    enterpriseOpinion: { text: form.enterpriseOpinion, by: loan.enterpriseName, date: claim.appliedOn },
    guarantorOpinion,
  };
}
