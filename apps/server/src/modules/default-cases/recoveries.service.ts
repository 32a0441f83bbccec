import {
  type CompensationWorking,
  compensationOfLoss,
  type DefaultCaseStatus,
  distributeRecovery,
  exactDecimal,
  formatYuan,
  fundPartPaid,
  fundPaymentRenewable,
  type PaymentStatus,
  parseYuan,
  RECOVERY_BEARERS,
  recoverableFen,
  riskSharingPreset,
} from "@chanrong/domain";
import type { Database, Transaction } from "../../db/client";
import type { Actor } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { today } from "../../platform/clock";
import { AppError } from "../../platform/errors";
import { positionOf, programmeConfigs } from "../applications/loan-positions.service";
import { lockApplication } from "../applications/servicing.service";
import { post } from "../ledger/ledger.service";
import {
  alreadyReversed,
  postReversal,
  refuseSecondReversal,
  reversalNotReversible,
} from "../ledger/reversals";
import { createPayment } from "../payments/payments.service";
import type { CaseRow } from "./default-cases.repository";
import * as repo from "./default-cases.repository";
import {
  getCase,
  guarantorCase,
  lockCase,
  notBefore,
  notInFuture,
  recordStep,
  schemeOf,
  splitOf,
  stepOf,
  yuanToFen,
} from "./default-cases.service";

// After the claim: the guarantor's 代偿 with the fund's part as a payment, a new payment when that
// one was cancelled, and the recoveries with their corrections.

/** The fund's part of a compensated loss as a payment through the review chain (none when it is 0). */
async function requestFundPayment(
  tx: Transaction,
  actor: Actor,
  row: CaseRow,
  working: CompensationWorking,
): Promise<string | null> {
  const amountFen = yuanToFen(working.fundPays);
  if (amountFen === 0n) return null;
  const fund = await repo.findFund(tx, row.defaultCase.fundId);
  if (!fund) throw new Error(`fund ${row.defaultCase.fundId} vanished`);
  return createPayment(tx, actor, {
    fund,
    kind: "RISK_COMPENSATION",
    title: {
      zh: `风险补偿:${row.enterpriseName} 代偿损失${working.loss}元(${working.scheme})`,
      en: `Risk compensation: ${row.enterpriseName}, loss of ${working.loss} yuan (${working.scheme})`,
    },
    lines: [
      {
        subject: `RISK_COMPENSATION:${row.defaultCase.id}`,
        applicationId: row.application.id,
        beneficiary: { orgId: row.application.guarantorOrgId, name: row.guarantorName },
        amountFen,
        working,
      },
    ],
  });
}

export interface CompensationInput {
  version: number;
  compensatedOn: string;
  scheme?: string;
}

/**
 * The guarantor records that it compensated the bank (代偿) on a date: the loss is split by the scheme
 * (kept with the case as its working) and the fund's part — the government's share and its share of
 * the guarantor's — goes to the finance and industry bureaus and the city government as a payment.
 */
export async function compensate(
  db: Database,
  actor: Actor,
  id: string,
  input: CompensationInput,
  ip: string | null,
) {
  const row = await guarantorCase(db, actor, id);
  const config = await programmeConfigs(db)(row.application.programmeId, row.application.programmeVersion);
  const scheme = schemeOf(config.riskSharingSchemes, input.scheme ?? row.defaultCase.scheme);
  notInFuture("compensatedOn", input.compensatedOn);
  notBefore("compensatedOn", input.compensatedOn, row.defaultCase.claimedOn, "代偿申请日");
  await db.transaction(async (tx) => {
    await lockApplication(tx, row.application.id);
    const locked = await lockCase(tx, id, input.version);
    const next = stepOf(locked.status, "compensate", actor);
    const { working } = compensationOfLoss(
      riskSharingPreset(scheme),
      await positionOf(tx, row.application.id),
      locked.lossFen,
      config.fundShareOfGuarantor,
    );
    const paymentId = await requestFundPayment(tx, actor, row, working);
    await repo.updateCase(tx, id, {
      status: next,
      scheme,
      compensatedOn: input.compensatedOn,
      compensatedBy: actor.userId,
      working,
      paymentId,
    });
    await recordStep(tx, actor, id, {
      action: "compensate",
      fromStatus: "CLAIMED",
      toStatus: next,
      details: { compensatedOn: input.compensatedOn, scheme, fundPays: working.fundPays, paymentId },
    });
    await recordAudit(tx, {
      actor,
      action: "default-case.compensate",
      entityType: "default-case",
      entityId: id,
      before: { status: locked.status, scheme: locked.scheme },
      after: { status: "COMPENSATED", compensatedOn: input.compensatedOn, working, paymentId },
      ip,
    });
  });
  return getCase(db, actor, id);
}

/** After the fund's payment was cancelled, the guarantor asks for the fund's part again. */
export async function renewFundPayment(
  db: Database,
  actor: Actor,
  id: string,
  input: { version: number },
  ip: string | null,
) {
  const row = await guarantorCase(db, actor, id);
  await db.transaction(async (tx) => {
    const locked = await lockCase(tx, id, input.version);
    stepOf(locked.status, "request-fund-payment", actor);
    const previous = await repo.findPayment(tx, locked.paymentId);
    if (!fundPaymentRenewable(previous?.status as PaymentStatus | undefined)) {
      throw new AppError("conflict", {
        zh: "只有风险补偿支付申请已撤销的案件才能重新申请",
        en: "Only after the fund's payment was cancelled",
      });
    }
    const paymentId = await requestFundPayment(tx, actor, row, locked.working as CompensationWorking);
    await repo.updateCase(tx, id, { paymentId });
    await recordStep(tx, actor, id, {
      action: "request-fund-payment",
      fromStatus: "COMPENSATED",
      toStatus: "COMPENSATED",
      details: { previousPaymentId: locked.paymentId, paymentId },
    });
    await recordAudit(tx, {
      actor,
      action: "default-case.renew-fund-payment",
      entityType: "default-case",
      entityId: id,
      before: { paymentId: locked.paymentId },
      after: { paymentId },
      ip,
    });
  });
  return getCase(db, actor, id);
}

export interface RecoveryInput {
  recoveredOn: string;
  amount: string;
  /** The client's key: a retry with the same key records and posts the recovery once. */
  idempotencyKey: string;
}

/** Recovery postings share the fund's key space with other postings; the prefix keeps them apart. */
const recoveryKey = (input: RecoveryInput) => `recovery:${input.idempotencyKey}`;

/**
 * Seed 002 art. 11(9): the guarantor records what it recovered of the non-bank 80%; it is shared by
 * what each party finally bore (distributeRecovery) and the fund's part is posted back into fund cash.
 * Only after the fund has paid its compensation, and never more in total than the non-bank loss.
 */
export async function recordRecovery(
  db: Database,
  actor: Actor,
  id: string,
  input: RecoveryInput,
  ip: string | null,
) {
  const row = await guarantorCase(db, actor, id);
  const amountFen = parseYuan(input.amount, ["amount"]);
  notInFuture("recoveredOn", input.recoveredOn);
  const result = await db.transaction(async (tx) => {
    // One recovery of a case at a time: the cumulative check and the key lookup see all earlier ones.
    const locked = await lockCase(tx, id);
    const replayed = await repo.recoveryByPostingKey(tx, locked.fundId, recoveryKey(input));
    if (replayed) {
      const same =
        replayed.defaultCaseId === id &&
        replayed.amountFen === amountFen &&
        replayed.recoveredOn === input.recoveredOn;
      if (!same) {
        throw new AppError(
          "conflict",
          { zh: "幂等键已用于另一笔追偿", en: "Idempotency key reused with different fields" },
          [
            {
              field: "idempotencyKey",
              rule: "idempotency-key-reused",
              message: { zh: "幂等键已被其他请求使用", en: "Idempotency key already used" },
            },
          ],
        );
      }
      return { recoveryId: replayed.id, replayed: true };
    }
    stepOf(locked.status, "record-recovery", actor);
    const working = locked.working as CompensationWorking | null;
    if (!working || !locked.compensatedOn) throw new Error(`compensated case ${id} without its working`);
    notBefore("recoveredOn", input.recoveredOn, locked.compensatedOn, "代偿日");
    const payment = await repo.findPayment(tx, locked.paymentId);
    const { nonBankFen, fundPaysFen } = splitOf(working);
    if (!fundPartPaid(fundPaysFen, payment?.status as PaymentStatus | undefined)) {
      throw new AppError(
        "conflict",
        {
          zh: "专项资金的风险补偿尚未拨付,追偿款暂不能分配",
          en: "The fund's compensation has not been paid yet",
        },
        [
          {
            field: "defaultCase",
            rule: "fund-part-unpaid",
            message: { zh: "风险补偿尚未拨付", en: "The risk compensation is not paid yet" },
          },
        ],
      );
    }
    // Net of reversals: a corrected recovery frees its amount again.
    const recoveredFen = await repo.recoveredFen(tx, id);
    if (amountFen > recoverableFen(locked.status as DefaultCaseStatus, nonBankFen, recoveredFen)) {
      const message = {
        zh:
          `累计追回${formatYuan(recoveredFen + amountFen)}元将超过非银行各方承担的损失${formatYuan(nonBankFen)}元,` +
          `已追回${formatYuan(recoveredFen)}元`,
        en:
          `The total recovered, ${formatYuan(recoveredFen + amountFen)}, would exceed the non-bank loss of ` +
          `${formatYuan(nonBankFen)} (${formatYuan(recoveredFen)} recovered so far)`,
      };
      throw new AppError("validation", message, [{ field: "amount", rule: "max-non-bank-loss", message }]);
    }
    const distribution = distributeRecovery(
      riskSharingPreset(working.scheme),
      yuanToFen(working.loss),
      amountFen,
      exactDecimal(working.fundShareOfGuarantor),
    );
    const recovery = await repo.insertRecovery(tx, {
      defaultCaseId: id,
      recoveredOn: input.recoveredOn,
      amountFen,
      distribution: Object.fromEntries(
        RECOVERY_BEARERS.map((bearer) => [bearer, String(distribution[bearer])]),
      ),
      recordedBy: actor.userId,
    });
    if (distribution.fund > 0n) {
      await post(tx, {
        fundId: locked.fundId,
        idempotencyKey: recoveryKey(input),
        kind: "RECOVERY",
        effectiveOn: input.recoveredOn,
        memo: `追偿款回收:${row.enterpriseName} 追回${formatYuan(amountFen)}元,专项资金分得${formatYuan(distribution.fund)}元`,
        legs: [
          { debit: { kind: "FUND_CASH" }, credit: { kind: "RECOVERIES" }, amountFen: distribution.fund },
        ],
        recoveryId: recovery.id,
        recordedBy: actor,
      });
    }
    await recordStep(tx, actor, id, {
      action: "record-recovery",
      fromStatus: "COMPENSATED",
      toStatus: "COMPENSATED",
      details: { recoveryId: recovery.id, recoveredOn: input.recoveredOn, amount: formatYuan(amountFen) },
    });
    await recordAudit(tx, {
      actor,
      action: "default-case.recovery",
      entityType: "default-case",
      entityId: id,
      after: { recovery, distribution },
      ip,
    });
    return { recoveryId: recovery.id, replayed: false };
  });
  return { ...result, defaultCase: await getCase(db, actor, id) };
}

/**
 * The guarantor's reviewer corrects a wrong recovery: a new row with the negated amount and
 * distribution (same date, so every figure by date nets out) naming it with the reason, and the
 * reversal of its fund posting, dated on the business day of the correction as every ledger
 * correction is. Refused when it is already reversed or is a reversal, and by the ledger when the
 * fund has since spent the money it would take back (409 insufficient-balance).
 */
export async function reverseRecovery(
  db: Database,
  actor: Actor,
  id: string,
  recoveryId: string,
  input: { reason: string },
  ip: string | null,
) {
  await guarantorCase(db, actor, id);
  await db.transaction(async (tx) => {
    const locked = await lockCase(tx, id);
    stepOf(locked.status, "reverse-recovery", actor, input);
    const found = await repo.findRecovery(tx, id, recoveryId);
    if (!found) throw AppError.notFound({ zh: "追偿款", en: "Recovery" });
    const { recovery } = found;
    if (found.recorderOrgId !== actor.orgId) {
      throw AppError.forbidden({
        zh: "只能冲正本单位登记的追偿款",
        en: "Only the organisation that recorded it may reverse it",
      });
    }
    if (recovery.reverses !== null) throw reversalNotReversible("追偿款");
    if (await repo.hasReversal(tx, recovery.id)) throw alreadyReversed("追偿款");
    const distribution = recovery.distribution as Record<string, string>;
    const reversal = await repo
      .insertRecovery(tx, {
        defaultCaseId: id,
        recoveredOn: recovery.recoveredOn,
        amountFen: -recovery.amountFen,
        distribution: Object.fromEntries(
          Object.entries(distribution).map(([bearer, fen]) => [bearer, String(-BigInt(fen))]),
        ),
        reverses: recovery.id,
        reason: input.reason.trim(),
        recordedBy: actor.userId,
      })
      .catch(refuseSecondReversal("recoveries_reverses_key", "追偿款"));
    const postingId = await repo.recoveryPosting(tx, recovery.id);
    const reversed =
      postingId !== null
        ? await postReversal(tx, actor, {
            fundId: locked.fundId,
            postingId,
            // Derived from the recovery: at most one reversal of it, whoever retries.
            idempotencyKey: `recovery-reversal:${recovery.id}`,
            effectiveOn: today(),
            reason: `追偿款冲正:${input.reason.trim()}`,
            recoveryId: reversal.id,
          })
        : null;
    await recordStep(tx, actor, id, {
      action: "reverse-recovery",
      fromStatus: "COMPENSATED",
      toStatus: "COMPENSATED",
      reason: input.reason,
      details: { recoveryId: recovery.id, reversalId: reversal.id, postingId: reversed?.postingId ?? null },
    });
    await recordAudit(tx, {
      actor,
      action: "default-case.reverse-recovery",
      entityType: "default-case",
      entityId: id,
      before: { recovery },
      after: { reversal, postingId: reversed?.postingId ?? null },
      ip,
    });
  });
  return getCase(db, actor, id);
}
