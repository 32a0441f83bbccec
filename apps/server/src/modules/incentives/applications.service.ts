import { createHash, randomUUID } from "node:crypto";
import {
  computeIncentiveAward,
  formatYuan,
  type IncentiveAward,
  type IncentivePolicy,
  incentiveLineSubject,
  type ListingRewardStage,
  type PaymentReviewState,
  type PaymentStatus,
  parseYuan,
  REWARD_STATUS_TERMS,
  type ReceivedReward,
} from "@chanrong/domain";
import type { Database, Executor } from "../../db/client";
import { isPlatformAdmin, regionPrefix, requireRole } from "../../platform/access";
import type { Actor } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { today } from "../../platform/clock";
import { AppError } from "../../platform/errors";
import { ACCEPTED_EXTENSIONS, detectFileType } from "../../platform/files/file-types";
import type { FileStorage } from "../../platform/files/storage";
import { findEnterprise } from "../enterprises/enterprises.service";
import { findOrganisation } from "../identity/identity.service";
import { fundById } from "../ledger/funds.service";
import { createPayment, decisionsOf } from "../payments/payments.service";
import * as repo from "./incentives.repository";
import { policyAt, visiblePolicy } from "./policies.service";

const APPLICATION = { zh: "奖励申报", en: "Incentive application" };

// ── Evidence ────────────────────────────────────────────────────────────────────────────────────

/** Uploads one evidence file before applying; submitting binds it to the application. */
export async function uploadEvidence(
  db: Database,
  storage: FileStorage,
  actor: Actor,
  file: { code: string; filename: string; content: Buffer },
  ip: string | null,
) {
  requireApplicantOrg(actor);
  if (file.content.length === 0)
    throw AppError.validation("file", "not-empty", { zh: "文件为空", en: "Empty file" });
  const contentType = detectFileType(file.filename, file.content);
  if (!contentType) {
    throw AppError.validation("file", "file-type", {
      zh: `只接受 ${ACCEPTED_EXTENSIONS.join("、")} 文件,且内容须与扩展名相符`,
      en: `accepted: ${ACCEPTED_EXTENSIONS.join(", ")}, content matching the name`,
    });
  }
  const sha256 = createHash("sha256").update(file.content).digest("hex");
  await storage.put(sha256, file.content);
  return db.transaction(async (tx) => {
    const row = await repo.insertEvidence(tx, {
      code: file.code,
      filename: file.filename,
      contentType,
      size: file.content.length,
      sha256,
      uploadedBy: actor.userId,
      uploadedByOrg: actor.orgId,
    });
    await recordAudit(tx, {
      actor,
      action: "incentive-evidence.upload",
      entityType: "incentive-evidence",
      entityId: row.id,
      after: { code: row.code, filename: row.filename, sha256 },
      ip,
    });
    return presentEvidence(row);
  });
}

const presentEvidence = (row: repo.EvidenceRow) => ({
  id: row.id,
  code: row.code,
  filename: row.filename,
  size: row.size,
});

/** The uploader, or whoever may see the application it is bound to. */
export async function readEvidence(db: Database, storage: FileStorage, actor: Actor, id: string) {
  const row = await repo.findEvidenceFile(db, id);
  const mine = row?.uploadedByOrg === actor.orgId;
  const visible =
    row?.applicationId && (await repo.findApplication(db, applicationScope(actor), row.applicationId));
  if (!row || (!mine && !visible)) throw AppError.notFound({ zh: "证明材料", en: "Evidence" });
  return { evidence: row, content: await storage.get(row.sha256) };
}

// ── Applications ────────────────────────────────────────────────────────────────────────────────

function requireApplicantOrg(actor: Actor) {
  requireRole(actor, "admin", "operator");
  if (actor.orgType !== "ENTERPRISE" && actor.orgType !== "FINANCIAL_INSTITUTION")
    throw AppError.forbidden({
      zh: "奖励由企业(或投资基金)申报",
      en: "Rewards are applied for by the enterprise (or the investment fund)",
    });
}

export interface ApplicationInput {
  policyId: string;
  /** For a policy a fund applies for: the enterprise invested in. An enterprise applies for itself. */
  enterpriseId?: string;
  /** For a share-of-base reward: the declared base in yuan. */
  base?: string;
  /** For a staged reward: the stage applied for (one per application, each with its own proof). */
  stage?: ListingRewardStage;
  /** Evidence files uploaded by the applicant and not yet used. */
  evidence: string[];
}

/** Who the application is for and who is paid: the enterprise, or the fund for its investment. */
async function applicantOf(db: Executor, actor: Actor, policy: IncentivePolicy, input: ApplicationInput) {
  requireApplicantOrg(actor);
  if (policy.applicant === "ENTERPRISE") {
    if (actor.orgType !== "ENTERPRISE" || !actor.enterpriseId)
      throw AppError.forbidden({
        zh: "该项奖励由企业自行申报",
        en: "The enterprise applies for this reward",
      });
    if (input.enterpriseId && input.enterpriseId !== actor.enterpriseId)
      throw AppError.validation("enterpriseId", "own-enterprise", {
        zh: "企业只能为自己申报",
        en: "An enterprise applies for itself",
      });
  } else {
    const org = await findOrganisation(db, actor.orgId);
    if (org?.institutionKind !== "FUND")
      throw AppError.forbidden({
        zh: "该项奖励由投资基金申报",
        en: "The investment fund applies for this reward",
      });
    if (!input.enterpriseId)
      throw AppError.validation("enterpriseId", "required", {
        zh: "请选择被投资企业",
        en: "Name the enterprise invested in",
      });
  }
  const enterpriseId = input.enterpriseId ?? (actor.enterpriseId as string);
  const enterprise = await findEnterprise(db, enterpriseId);
  if (!enterprise)
    throw AppError.validation("enterpriseId", "exists", { zh: "企业不存在", en: "Unknown enterprise" });
  const beneficiary =
    policy.applicant === "FUND"
      ? { orgId: actor.orgId, name: (await findOrganisation(db, actor.orgId))?.name ?? "" }
      : { enterpriseId: enterprise.id, name: enterprise.name };
  return { enterprise, beneficiary };
}

/** The evidence files named, each the applicant's own, unused, and proving something the policy asks. */
async function evidenceCodes(db: Executor, actor: Actor, policy: IncentivePolicy, ids: readonly string[]) {
  const rows = await repo.findEvidence(db, ids);
  const known = new Set(policy.evidence.map((item) => item.code));
  return ids.map((id, index) => {
    const row = rows.find((candidate) => candidate.id === id);
    if (!row || row.uploadedByOrg !== actor.orgId || row.applicationId !== null)
      throw AppError.validation(`evidence.${index}`, "own-unused-file", {
        zh: "证明材料不存在、不是本机构上传的,或已用于其他申报",
        en: "Not a file your organisation uploaded and has not used yet",
      });
    if (!known.has(row.code))
      throw AppError.validation(`evidence.${index}`, "policy-evidence", {
        zh: `该政策不要求此类材料(${row.code})`,
        en: `The policy asks for no evidence of kind ${row.code}`,
      });
    return row.code;
  });
}

/** Rewards committed under the policy (live: not cancelled), the enterprise's own apart. */
async function committedUnder(db: Executor, policyId: string, enterpriseId: string) {
  const rows = await repo.committedRewards(db, policyId);
  const received: ReceivedReward[] = rows
    .filter((row) => row.enterpriseId === enterpriseId)
    .map((row) => ({
      year: Number(row.submittedOn.slice(0, 4)),
      stage: row.stage as ListingRewardStage | null,
      amountFen: row.amountFen,
    }));
  return { received, policyCommittedFen: rows.reduce((sum, row) => sum + row.amountFen, 0n) };
}

async function assess(db: Executor, actor: Actor, row: repo.PolicyRow, input: ApplicationInput) {
  if (row.retiredAt)
    throw new AppError("conflict", { zh: "该奖励政策已停用", en: "The policy is retired" }, [
      { field: "policyId", rule: "policy-retired", message: { zh: "政策已停用", en: "Retired" } },
    ]);
  const policy = await policyAt(db, row);
  const { enterprise, beneficiary } = await applicantOf(db, actor, policy, input);
  const codes = await evidenceCodes(db, actor, policy, input.evidence);
  const baseFen = input.base === undefined ? undefined : parseYuan(input.base, ["base"]);
  const award = computeIncentiveAward(policy, {
    date: today(),
    enterprise: { districtCode: enterprise.districtCode, tags: enterprise.tags, cluster: enterprise.cluster },
    evidence: codes,
    ...(baseFen !== undefined && { baseFen }),
    stages: input.stage ? [input.stage] : [],
    ...(await committedUnder(db, row.id, enterprise.id)),
  });
  return { policy, enterprise, beneficiary, baseFen, award };
}

const presentAward = (award: IncentiveAward) => ({
  eligible: award.eligible,
  rules: award.rules,
  amount: formatYuan(award.amountFen),
  working: award.working,
});

/** Every rule met or missed with its reason, and the working, without saving anything. */
export async function previewApplication(db: Database, actor: Actor, input: ApplicationInput) {
  const row = await visiblePolicy(db, actor, input.policyId);
  return presentAward((await assess(db, actor, row, input)).award);
}

/** The refusal of an ineligible application: each failed rule as a field error, with its reason. */
function refusal(award: IncentiveAward): AppError {
  const failed = award.rules.filter((rule) => !rule.met);
  if (failed.length > 0)
    return new AppError(
      "conflict",
      { zh: "不符合申报条件", en: "Not eligible" },
      failed.map((rule) => ({ field: `rules.${rule.rule}`, rule: rule.rule, message: rule.reason })),
    );
  const cap = award.working.caps.find((step) => step.applied);
  const message = {
    zh: `扣除已获奖励后可奖励金额为零(${cap?.cap ?? "cap"} 上限 ${cap?.limit ?? ""} 元已用 ${cap?.used ?? ""} 元)`,
    en: `Nothing left after the caps (${cap?.cap ?? "cap"} ${cap?.limit ?? ""}, used ${cap?.used ?? ""})`,
  };
  return new AppError("conflict", message, [{ field: "amount", rule: "nothing-after-caps", message }]);
}

/**
 * Submits an application: recomputed on the server under the (policy, enterprise) lock counting what is
 * already committed, refused when ineligible or worth nothing after the caps, and otherwise a payment in
 * both bureaus' review with one line whose subject the database keeps unique.
 */
export async function submitApplication(
  db: Database,
  actor: Actor,
  input: ApplicationInput,
  ip: string | null,
) {
  const seen = await visiblePolicy(db, actor, input.policyId);
  const fund = await fundById(db, seen.fundId);
  if (!fund) throw AppError.notFound({ zh: "支付资金", en: "Paying fund" });
  const id = await db.transaction(async (tx) => {
    const enterpriseId = input.enterpriseId ?? actor.enterpriseId;
    // Locks in one order, (policy, enterprise) then the policy's budget, so two never wait on each other.
    if (enterpriseId) await repo.lockPolicyEnterprise(tx, seen.id, enterpriseId);
    // Read again under the lock: a version saved or a retirement since the first read decides.
    const row = await visiblePolicy(tx, actor, input.policyId);
    if ((await policyAt(tx, row)).caps.budgetFen !== null) await repo.lockPolicy(tx, row.id);
    const { policy, enterprise, beneficiary, baseFen, award: final } = await assess(tx, actor, row, input);
    if (!final.eligible || final.amountFen === 0n) throw refusal(final);
    const applicationId = randomUUID();
    const paymentId = await createPayment(tx, actor, {
      fund,
      kind: "INCENTIVE_REWARD",
      title: { zh: `${policy.name} · ${enterprise.name}`, en: `${policy.nameEn} · ${enterprise.name}` },
      year: Number(today().slice(0, 4)),
      submitted: true,
      lines: [
        {
          subject: incentiveLineSubject(policy, {
            policyId: row.id,
            enterpriseId: enterprise.id,
            applicationId,
            stage: input.stage ?? null,
          }),
          beneficiary,
          amountFen: final.amountFen,
          working: {
            ...final.working,
            policy: policy.name,
            policyVersion: row.currentVersion,
            rules: final.rules,
          },
        },
      ],
    });
    await repo.insertApplication(tx, {
      id: applicationId,
      policyId: row.id,
      policyVersion: row.currentVersion,
      enterpriseId: enterprise.id,
      applicantOrgId: actor.orgId,
      stage: input.stage ?? null,
      baseFen: baseFen ?? null,
      amountFen: final.amountFen,
      rules: final.rules,
      working: final.working,
      paymentId,
      submittedBy: actor.userId,
      submittedOn: today(),
    });
    const bound = await repo.bindEvidence(tx, input.evidence, applicationId, actor.orgId);
    if (bound !== new Set(input.evidence).size)
      throw new AppError("conflict", { zh: "证明材料已用于其他申报", en: "Evidence already used" }, [
        { field: "evidence", rule: "own-unused-file", message: { zh: "材料已被使用", en: "Already used" } },
      ]);
    await recordAudit(tx, {
      actor,
      action: "incentive-application.submit",
      entityType: "incentive-application",
      entityId: applicationId,
      after: {
        policyId: row.id,
        version: row.currentVersion,
        amount: formatYuan(final.amountFen),
        paymentId,
      },
      ip,
    });
    return applicationId;
  });
  return getApplication(db, actor, id);
}

/** Enterprises and funds see their own; bureaus and the city government their region's; the fund's manager its fund's. */
function applicationScope(actor: Actor): repo.IncentiveScope {
  if (isPlatformAdmin(actor)) return { kind: "all" };
  if (actor.orgType === "ENTERPRISE" || actor.orgType === "FINANCIAL_INSTITUTION")
    return { kind: "own", orgId: actor.orgId, enterpriseId: actor.enterpriseId };
  if (["INDUSTRY_BUREAU", "FINANCE_BUREAU", "CITY_GOVERNMENT"].includes(actor.orgType))
    return { kind: "region", prefix: regionPrefix(actor.orgRegionCode) };
  if (actor.orgType === "GUARANTOR") return { kind: "fund-manager", orgId: actor.orgId };
  return { kind: "none" };
}

function presentApplication(row: repo.ApplicationListRow) {
  const { application, paymentStatus, ...rest } = row;
  const { amountFen, baseFen, rules: _rules, working: _working, ...fields } = application;
  const status = paymentStatus as PaymentStatus;
  return {
    ...fields,
    ...rest,
    amount: formatYuan(amountFen),
    base: baseFen === null ? null : formatYuan(baseFen),
    stage: application.stage as ListingRewardStage | null,
    /** Read from the payment: the application keeps no status of its own. */
    status,
    statusLabel: REWARD_STATUS_TERMS[status].zh,
    financeReview: row.financeReview as PaymentReviewState,
    industryReview: row.industryReview as PaymentReviewState,
  };
}

export async function listApplications(db: Database, actor: Actor) {
  return (await repo.listApplications(db, applicationScope(actor))).map(presentApplication);
}

export async function getApplication(db: Database, actor: Actor, id: string) {
  const row = await repo.findApplication(db, applicationScope(actor), id);
  if (!row) throw AppError.notFound(APPLICATION);
  return {
    ...presentApplication(row),
    rules: row.application.rules as IncentiveAward["rules"],
    working: row.application.working as IncentiveAward["working"],
    evidence: await repo.evidenceOf(db, id),
    /** Each step of its payment: the bureaus' reviews, the city government's approval, the payment. */
    decisions: await decisionsOf(db, row.application.paymentId),
  };
}
