import { parseYuan } from "@chanrong/domain";
import type { Database } from "../../db/client";
import type { Actor } from "../../platform/actor";
import type { Opinion } from "../forms/form-cells";
import type { RecommendationFormData } from "../forms/recommendation-form";
import { getApplication, type RecommendationFormFields } from "./applications.service";

/** Which history steps fill which of the form's three opinion cells (the latest one wins). */
const OPINION_CELLS = {
  industryBureau: ["recommend", "reject-recommendation"],
  bank: ["bank-approve", "bank-reject"],
  guarantor: ["guarantor-approve", "guarantor-reject"],
} as const;

/** Term in years as the form asks for it: 24 months → "2", 18 → "1.5", 13 → "1.08". */
function termYears(months: number): string {
  return months % 12 === 0 ? String(months / 12) : (months / 12).toFixed(2).replace(/0$/, "");
}

/** The filled 推荐表 (seed 002 附件1) of an application the caller may see. */
export async function recommendationFormData(
  db: Database,
  actor: Actor,
  id: string,
): Promise<RecommendationFormData> {
  const application = await getApplication(db, actor, id);
  const opinion = (actions: readonly string[]): Opinion | null => {
    const step = application.history.filter((event) => actions.includes(event.action)).at(-1);
    if (!step) return null;
    // The business day it was decided on (a pinned date prints as pinned), not the server's clock.
    return { text: step.opinion ?? step.reason ?? "", by: step.actorOrgName, date: step.businessDate };
  };
  // A loan imported with its history may have no 推荐表 on file, or part of one: what is missing prints blank.
  const form: Partial<RecommendationFormFields> = application.form;
  return {
    formDate: application.submittedOn,
    enterpriseName: application.enterprise.name ?? "",
    address: form.address ?? "",
    legalRepresentative: form.legalRepresentative ?? "",
    phone: form.phone ?? null,
    contactName: form.contactName ?? null,
    contactPhone: form.contactPhone ?? null,
    mainBusiness: form.mainBusiness ?? null,
    amountFen: parseYuan(application.amount),
    termYears: termYears(application.termMonths),
    productsAndPartners: form.productsAndPartners ?? "",
    opinions: {
      industryBureau: opinion(OPINION_CELLS.industryBureau),
      bank: opinion(OPINION_CELLS.bank),
      guarantor: opinion(OPINION_CELLS.guarantor),
    },
  };
}
