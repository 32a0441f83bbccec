import {
  type IncentivePreset,
  type ListingRewardStage,
  type PaymentAction,
  SHIYAN_CHANLIAN_LOAN,
} from "@chanrong/domain";
import type { Database } from "../db/client";
import { submitApplication, uploadEvidence } from "../modules/incentives/applications.service";
import { copyPreset } from "../modules/incentives/policies.service";
import { fundOfProgramme } from "../modules/ledger/funds.service";
import { actOnPayment } from "../modules/payments/payments.service";
import { type Actor, actorOfUser } from "../platform/actor";
import type { FileStorage } from "../platform/files/storage";
import { transfersOf } from "../testing/fund";
import * as demoRepo from "./demo.repository";
import { demoDocumentPdf } from "./demo-documents";

/** A city's incentive parties by username: who copies the presets, applies, reviews, approves and pays. */
interface CityParties {
  enterpriseName: string;
  programme: string;
  bureau: string;
  enterprise: string;
  finance: string;
  industry: string;
  city: string;
  manager: string;
  /** The prefix of the fund's transfer references. */
  transfers: string;
}

/** How far a demo application goes down the payment chain. */
type Until = "IN_REVIEW" | "AWAITING_APPROVAL" | "APPROVED" | "PAID" | "REJECTED";

/** The city's parties as actors, and the steps its demo takes through the services. */
async function cityDemo(db: Database, storage: FileStorage, parties: CityParties) {
  const orgs = await demoRepo.listOrganisations(db);
  const enterpriseId = orgs.find((org) => org.name === parties.enterpriseName)?.enterpriseId;
  const [bureau, enterprise, finance, industry, city, manager] = await Promise.all(
    [
      parties.bureau,
      parties.enterprise,
      parties.finance,
      parties.industry,
      parties.city,
      parties.manager,
    ].map((username) => actorOfUser(db, username)),
  );
  if (!enterpriseId || !bureau || !enterprise || !finance || !industry || !city || !manager) return null;
  const fund = await fundOfProgramme(db, parties.programme);
  const scan = await demoDocumentPdf("奖励申报证明材料", [
    ["申报单位", parties.enterpriseName],
    ["材料说明", "营业执照、协议、公告等(演示)"],
  ]);

  const policy = (preset: IncentivePreset, regionCode: string) =>
    copyPreset(db, bureau, { preset, regionCode, fundId: fund.id, from: "2026-01-01" }, null);

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

  /** Takes an application's payment through the chain, as far as `until`. */
  const decide = async ({ paymentId }: { paymentId: string }, until: Until) => {
    if (until === "IN_REVIEW") return;
    const step = (
      actor: Actor,
      action: PaymentAction,
      version: number,
      words: { opinion: string } | { reason: string },
    ) => actOnPayment(db, actor, paymentId, { action, version, ...words }, null);
    if (until === "REJECTED") {
      await step(finance, "finance-reject", 1, { reason: "再融资净额未扣除发行费用,请按净额重新申报" });
      return;
    }
    let payment = await step(finance, "finance-approve", 1, { opinion: "资金来源合规,同意" });
    payment = await step(industry, "industry-approve", payment.version, { opinion: "符合奖励政策,同意" });
    if (until === "AWAITING_APPROVAL") return;
    payment = await step(city, "city-approve", payment.version, { opinion: "同意拨付" });
    if (until === "APPROVED") return;
    await actOnPayment(
      db,
      manager,
      paymentId,
      {
        action: "execute",
        version: payment.version,
        idempotencyKey: `demo-incentive-${paymentId}`,
        transfers: await transfersOf(db, paymentId, parties.transfers),
      },
      null,
    );
  };
  return { enterpriseId, policy, apply, decide };
}

/**
 * 重庆's incentive rewards (seed 004 §四) as their users find them: the 瞪羚, staged listing and
 * refinancing policies copied from the presets and paid by the city's fund, and 重庆渝江精密机械's
 * applications in each state — a 瞪羚 reward paid, the listing stage its pipeline entry has reached (the
 * IPO agreement) in the bureaus' review, a refinancing reward awaiting the city government. Everything
 * goes through the services, so histories, postings and clocks are what users would leave.
 */
async function seedChongqingIncentives(db: Database, storage: FileStorage) {
  const demo = await cityDemo(db, storage, {
    enterpriseName: "重庆渝江精密机械有限公司",
    programme: "CHONGQING-JIGAI",
    bureau: "cqjxw.operator",
    enterprise: "cqenterprise.operator",
    finance: "cqczj.reviewer",
    industry: "cqjxw.reviewer",
    city: "cqszf.reviewer",
    manager: "cqdanbao.reviewer",
    transfers: "JL2026",
  });
  if (!demo) return;
  // A 瞪羚 since 2025 (重庆市经济信息委 recognition, three years).
  await demoRepo.insertEnterpriseTags(db, [
    { enterpriseId: demo.enterpriseId, tag: "GAZELLE", validFrom: "2025-03-01", validTo: "2028-02-28" },
  ]);
  const gazelle = await demo.policy("GAZELLE_FINANCING", "500000");
  const listing = await demo.policy("LISTING_STAGES", "500000");
  const refinancing = await demo.policy("REFINANCING", "500000");
  await demo.decide(await demo.apply(gazelle), "PAID");
  await demo.apply(listing, { stage: "IPO_AGREEMENT" });
  await demo.decide(await demo.apply(refinancing, { base: "50000000.00" }), "AWAITING_APPROVAL");
}

/**
 * 十堰's: the bureau copies the presets into its districts — 瞪羚 and the staged listing reward into 张湾区,
 * the listing reward also into 茅箭区, refinancing and M&A city-wide — and 十堰精工汽车零部件 (张湾区)
 * has one application in each state: the 瞪羚 reward paid, the refinancing reward approved and waiting
 * for the fund, the M&A reward with the city government, the IPO-agreement stage in the bureaus' review,
 * and a second refinancing reward returned by the finance bureau with its reason.
 */
async function seedShiyanIncentives(db: Database, storage: FileStorage) {
  const demo = await cityDemo(db, storage, {
    enterpriseName: "十堰精工汽车零部件有限公司",
    programme: SHIYAN_CHANLIAN_LOAN.code,
    bureau: "jxj.operator",
    enterprise: "enterprise.operator",
    finance: "czj.reviewer",
    industry: "jxj.reviewer",
    city: "szf.reviewer",
    manager: "danbao.reviewer",
    transfers: "SY2026",
  });
  if (!demo) return;
  await demoRepo.insertEnterpriseTags(db, [
    { enterpriseId: demo.enterpriseId, tag: "GAZELLE", validFrom: "2025-06-01", validTo: "2028-05-31" },
  ]);
  const gazelle = await demo.policy("GAZELLE_FINANCING", "420303");
  const listing = await demo.policy("LISTING_STAGES", "420303");
  await demo.policy("LISTING_STAGES", "420302");
  const refinancing = await demo.policy("REFINANCING", "420300");
  const merger = await demo.policy("MERGER_ACQUISITION", "420300");
  await demo.decide(await demo.apply(gazelle), "PAID");
  await demo.decide(await demo.apply(refinancing, { base: "30000000.00" }), "APPROVED");
  await demo.decide(await demo.apply(merger, { base: "80000000.00" }), "AWAITING_APPROVAL");
  await demo.apply(listing, { stage: "IPO_AGREEMENT" });
  await demo.decide(await demo.apply(refinancing, { base: "12000000.00" }), "REJECTED");
}

export async function seedIncentivesDemo(db: Database, storage: FileStorage): Promise<void> {
  await seedChongqingIncentives(db, storage);
  await seedShiyanIncentives(db, storage);
}
