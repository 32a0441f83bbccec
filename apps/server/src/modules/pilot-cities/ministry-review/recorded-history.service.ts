import { recommendingUnitFor, type Term } from "@chanrong/domain";
import type { Database } from "../../../db/client";
import type { Actor } from "../../../platform/actor";
import { recordAudit } from "../../../platform/audit";
import { AppError } from "../../../platform/errors";
import * as pilotsRepo from "../pilots.repository";
import { requireReviewOffice } from "./experts.service";
import * as repo from "./ministry-review.repository";
import type { RecordedApplicationInput } from "./ministry-review.schemas";
import { batchOf } from "./ministry-review.service";

const APPLICANT: Term = { zh: "申报城市", en: "Applicant city" };

/**
 * Records an application that predates the platform as it reached the ministry (imported history:
 * the 2016 and 2020 batches were run on paper): its frozen copy at the ministry, its unit's list
 * confirmed on the day given. Only the ministry's admin imports; the city and province steps of a
 * batch run on the platform go through their own routes.
 */
export async function recordApplication(
  db: Database,
  actor: Actor,
  batchId: string,
  input: RecordedApplicationInput,
  ip: string | null,
) {
  requireReviewOffice(actor, ["admin"]);
  await batchOf(db, batchId);
  const applicant = await repo.findApplicantOrg(db, input.applicantOrgId);
  if (!applicant) throw AppError.notFound(APPLICANT);
  const unit = recommendingUnitFor(applicant.regionCode);
  if (!unit) {
    throw AppError.validation("applicantOrgId", "no-recommending-unit", {
      zh: "该城市没有推荐单位",
      en: "The city has no recommending unit",
    });
  }
  const id = await db.transaction(async (tx) => {
    // As it reached the ministry: the frozen copy, its unit's list confirmed.
    const applicationId = await pilotsRepo.insertRecordedApplication(tx, {
      batchId,
      kind: "NEW",
      applicantOrgId: applicant.id,
      regionCode: applicant.regionCode,
      recommendingUnitCode: unit.code,
      status: "AT_MINISTRY",
      draft: input.submitted,
      submitted: input.submitted,
      submittedAt: new Date(),
    });
    await repo.confirmRecordedUnit(tx, batchId, unit.code, input.confirmedOn);
    await recordAudit(tx, {
      actor,
      action: "pilot-application.record-history",
      entityType: "pilot-application",
      entityId: applicationId,
      after: input,
      ip,
    });
    return applicationId;
  });
  return { id, recommendingUnitCode: unit.code };
}
