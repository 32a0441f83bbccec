import type { IncentivePreset, ListingRewardStage } from "@chanrong/domain";
import type { Database } from "../db/client";
import { submitApplication, uploadEvidence } from "../modules/incentives/applications.service";
import { copyPreset } from "../modules/incentives/policies.service";
import { fundOfProgramme } from "../modules/ledger/funds.service";
import { actOnPayment } from "../modules/payments/payments.service";
import { actorOfUser } from "../platform/actor";
import type { FileStorage } from "../platform/files/storage";
import { transfersOf } from "../testing/fund";
import * as demoRepo from "./demo.repository";
import { demoDocumentPdf } from "./demo-documents";

/**
 * 重庆's incentive rewards (seed 004 §四) as their users find them: the 瞪羚, staged listing and
 * refinancing policies copied from the presets and paid by the city's fund, and 重庆渝江精密机械's
 * applications in each state — a 瞪羚 reward paid, the first listing stage paid and the second in the
 * bureaus' review, a refinancing reward awaiting the city government. Everything goes through the
 * services, so histories, postings and clocks are what users would leave.
 */
export async function seedIncentivesDemo(db: Database, storage: FileStorage): Promise<void> {
  const orgs = await demoRepo.listOrganisations(db);
  const yujiang = orgs.find((org) => org.name === "重庆渝江精密机械有限公司")?.enterpriseId;
  if (!yujiang) return;
  // A 瞪羚 since 2025 (重庆市经济信息委 recognition, three years).
  await demoRepo.insertEnterpriseTags(db, [
    { enterpriseId: yujiang, tag: "GAZELLE", validFrom: "2025-03-01", validTo: "2028-02-28" },
  ]);

  const fund = await fundOfProgramme(db, "CHONGQING-JIGAI");
  const [bureau, enterprise, finance, industry, city, manager] = await Promise.all(
    [
      "cqjxw.operator",
      "cqenterprise.operator",
      "cqczj.reviewer",
      "cqjxw.reviewer",
      "cqszf.reviewer",
      "cqdanbao.reviewer",
    ].map((username) => actorOfUser(db, username)),
  );
  if (!bureau || !enterprise || !finance || !industry || !city || !manager) return;
  const policy = (preset: IncentivePreset) =>
    copyPreset(db, bureau, { preset, regionCode: "500000", fundId: fund.id, from: "2026-01-01" }, null);
  const [gazelle, listing, refinancing] = [
    await policy("GAZELLE_FINANCING"),
    await policy("LISTING_STAGES"),
    await policy("REFINANCING"),
  ];

  const scan = await demoDocumentPdf("奖励申报证明材料", [
    ["申报单位", "重庆渝江精密机械有限公司"],
    ["材料说明", "营业执照、协议、公告等(演示)"],
  ]);
  const apply = async (
    target: { id: string; policy: { evidence: readonly { code: string; zh: string }[] } },
    extra: { base?: string; stage?: ListingRewardStage } = {},
  ) => {
    const evidence = [];
    for (const item of target.policy.evidence) {
      const file = { code: item.code, filename: `${item.zh}.pdf`, content: scan };
      evidence.push((await uploadEvidence(db, storage, enterprise, file, null)).id);
    }
    return submitApplication(db, enterprise, { policyId: target.id, evidence, ...extra }, null);
  };
  const decide = async (paymentId: string, until: "AWAITING_APPROVAL" | "PAID") => {
    let payment = await actOnPayment(
      db,
      finance,
      paymentId,
      { action: "finance-approve", version: 1, opinion: "资金来源合规,同意" },
      null,
    );
    payment = await actOnPayment(
      db,
      industry,
      paymentId,
      { action: "industry-approve", version: payment.version, opinion: "符合奖励政策,同意" },
      null,
    );
    if (until === "AWAITING_APPROVAL") return;
    payment = await actOnPayment(
      db,
      city,
      paymentId,
      { action: "city-approve", version: payment.version, opinion: "同意拨付" },
      null,
    );
    await actOnPayment(
      db,
      manager,
      paymentId,
      {
        action: "execute",
        version: payment.version,
        idempotencyKey: `demo-incentive-${paymentId}`,
        transfers: await transfersOf(db, paymentId, "JL2026"),
      },
      null,
    );
  };

  await decide((await apply(gazelle)).paymentId, "PAID");
  await decide((await apply(listing, { stage: "IPO_AGREEMENT" })).paymentId, "PAID");
  await apply(listing, { stage: "TUTORING_FILED" });
  await decide((await apply(refinancing, { base: "50000000.00" })).paymentId, "AWAITING_APPROVAL");
}
