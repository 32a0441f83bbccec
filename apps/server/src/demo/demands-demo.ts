import {
  addDays,
  type ClaimAction,
  CN_OFFICIAL_CALENDAR,
  type DemandKind,
  regionPrefix,
} from "@chanrong/domain";
import type { Database } from "../db/client";
import { runDeadlines } from "../modules/demands/claim-deadlines.service";
import { actOnClaim } from "../modules/demands/demand-claims.service";
import { curateDemand, getDemand, postDemand } from "../modules/demands/demands.service";
import { publishBatch } from "../modules/demands/whitelist.service";
import { browse } from "../modules/products/products.service";
import { type Actor, actorOfUser } from "../platform/actor";
import { asOf, today } from "../platform/clock";
import * as demoRepo from "./demo.repository";

interface Cast {
  bureau: Actor;
  /** The region's registry enterprises the bureau posts for. */
  enterprises: string[];
  /** The enterprise users sign in as, which confirms and rates. */
  enterprise: Actor;
  enterpriseId: string;
  /** Institutions by demo key, acting as their reviewer (who may take every step). */
  institution: (key: string) => Promise<Actor>;
}

interface Step {
  on: string;
  by: string;
  action: ClaimAction;
  fields?: Record<string, string | number>;
}

interface Story {
  enterpriseId: string;
  kind: DemandKind;
  amount: string;
  purpose: string;
  postedOn: string;
  /** 申请此产品: the listed product asked for. */
  productId?: string;
  /** Admitted on postedOn (to the named institutions, or all that fit), declined with this reason, or left to curate. */
  curation: { admit: string[] | "all" } | { decline: string } | null;
  steps?: Step[];
}

const approve = (amount: string, rate: string) => ({
  approvedAmount: amount,
  approvedRate: rate,
  approvedTermMonths: 12,
});
const fund = (amount: string, on: string, rate: string) => ({
  creditAmount: amount,
  fundedAmount: amount,
  fundedOn: on,
  fundedRate: rate,
});

/** Posts, curates and takes every step through the services, each on its story's business date. */
async function tell(db: Database, cast: Cast, story: Story): Promise<string> {
  const enterpriseActor = story.enterpriseId === cast.enterpriseId ? cast.enterprise : cast.bureau;
  const demand = await asOf(story.postedOn, () =>
    postDemand(
      db,
      enterpriseActor,
      {
        enterpriseId: story.enterpriseId,
        productId: story.productId,
        kind: story.kind,
        amount: story.amount,
        termMonths: 12,
        purpose: story.purpose,
        collateral: story.kind === "LOAN" ? ["EQUIPMENT", "RECEIVABLES"] : ["GUARANTEE"],
        keyProject: story.kind === "LOAN" ? "智能化技改项目" : null,
        urgency: "URGENT",
      },
      null,
    ),
  );
  if (!story.curation) return demand.id;
  const orgs = await demoRepo.listOrganisations(db);
  const curation =
    "decline" in story.curation
      ? { action: "decline" as const, version: demand.version, reason: story.curation.decline }
      : {
          action: "admit" as const,
          version: demand.version,
          note: "一企一策:由金融顾问跟进,优先匹配低利率技改类产品",
          officerUserId: cast.bureau.userId,
          targetOrgIds:
            story.curation.admit === "all"
              ? []
              : story.curation.admit.map((name) => orgs.find((org) => org.name === name)?.id ?? ""),
        };
  await asOf(story.postedOn, () => curateDemand(db, cast.bureau, demand.id, curation, null));
  for (const step of story.steps ?? []) {
    const actor = step.by === "enterprise" ? cast.enterprise : await cast.institution(step.by);
    const detail = await getDemand(db, actor, demand.id);
    const claim = detail.claims.find((candidate) => candidate.orgId === actor.orgId) ?? detail.claims[0];
    if (!claim) throw new Error(`no claim for ${step.by}`);
    await asOf(step.on, () =>
      actOnClaim(db, actor, claim.id, { action: step.action, version: claim.version, ...step.fields }, null),
    );
  }
  return demand.id;
}

/** Steps to a closed, rated loan: claim, contact, approve, fund, confirm. */
function fullLoan(
  by: string,
  days: readonly [string, string, string, string, string],
  amount: string,
): Step[] {
  const [claimOn, contactOn, approveOn, fundOn, confirmOn] = days;
  return [
    { on: claimOn, by, action: "claim" },
    { on: contactOn, by, action: "contact" },
    { on: approveOn, by, action: "approve", fields: approve(amount, "0.0345") },
    { on: fundOn, by, action: "fund", fields: fund(amount, fundOn, "0.0345") },
    { on: confirmOn, by: "enterprise", action: "confirm", fields: { rating: 5, comment: "对接及时,放款快" } },
  ];
}

/**
 * The day the still-running claims are dated: today while the official calendar covers the three weeks
 * ahead (a decision is due 10 working days after the claim), so they are on time; else a fixed day of
 * 2026 (late December, or a pinned date beyond the calendar), when they show as overdue.
 */
function openDay(): string {
  const day = today();
  const covered = CN_OFFICIAL_CALENDAR.coveredYears.includes(Number(addDays(day, 21).slice(0, 4)));
  return covered ? day : "2026-11-30";
}

async function castOf(
  db: Database,
  bureau: string,
  enterpriseUser: string,
  registryBank: string,
): Promise<Cast | null> {
  const enterprise = await actorOfUser(db, `${enterpriseUser}.operator`);
  if (!enterprise.enterpriseId) return null;
  const bank = await actorOfUser(db, `${registryBank}.reviewer`);
  return {
    bureau: await actorOfUser(db, `${bureau}.reviewer`),
    enterprises: await demoRepo.listBankClients(db, bank.orgId, enterprise.enterpriseId),
    enterprise,
    enterpriseId: enterprise.enterpriseId,
    institution: (key) => actorOfUser(db, `${key}.reviewer`),
  };
}

/**
 * Financing demands in every state for 十堰 and 重庆 (issue 12 point 7): awaiting curation, declined,
 * pushed, claimed, contacted, approved, declined by an institution, funded, closed and rated, released
 * after a missed deadline, and one overdue and reminded whose escalation the bureau's next deadline
 * check (or the hourly job) makes; October's whitelist published as batch 1.
 */
export async function seedDemandsDemo(db: Database): Promise<void> {
  await seedRegion(db, "jxj", "enterprise", {
    banks: ["icbc", "hbbank"],
    bankNames: ["中国工商银行十堰分行", "湖北银行十堰分行"],
    second: { kind: "GUARANTEE", by: "danbao" },
  });
  await seedRegion(db, "cqjxw", "cqenterprise", {
    banks: ["cqbank", "cqrcb"],
    bankNames: ["中国建设银行重庆市分行", "重庆农村商业银行"],
    second: { kind: "LEASE", by: "cqleasing" },
  });
}

interface RegionPlan {
  banks: [string, string];
  bankNames: [string, string];
  /** A non-loan demand answered by another kind of institution. */
  second: { kind: DemandKind; by: string };
}

async function seedRegion(db: Database, bureau: string, enterpriseUser: string, plan: RegionPlan) {
  const [a, b] = plan.banks;
  const cast = await castOf(db, bureau, enterpriseUser, a);
  if (!cast) return;
  const region = regionPrefix(cast.bureau.orgRegionCode);
  const registry = (index: number) =>
    cast.enterprises[index % Math.max(cast.enterprises.length, 1)] ?? cast.enterpriseId;
  const loan = (index: number, amount: string, purpose: string, postedOn: string) => ({
    enterpriseId: registry(index),
    kind: "LOAN" as const,
    amount,
    purpose,
    postedOn,
  });

  // Missed deadlines first, while they are the only running clocks: one released, one reminded.
  await tell(db, cast, {
    ...loan(0, "3000000.00", "采购原材料,补充流动资金", "2026-11-02"),
    curation: { admit: "all" },
    steps: [{ on: "2026-11-02", by: a, action: "claim" }],
  });
  await asOf("2026-11-06", () => runDeadlines(db, region));
  await asOf("2026-11-09", () => runDeadlines(db, region));
  await tell(db, cast, {
    ...loan(1, "2000000.00", "新增生产线设备款", "2026-11-16"),
    curation: { admit: "all" },
    steps: [{ on: "2026-11-16", by: a, action: "claim" }],
  });
  await asOf("2026-11-20", () => runDeadlines(db, region));

  await tell(db, cast, {
    ...loan(2, "1500000.00", "非制造业项目资金", "2026-10-12"),
    curation: { decline: "非制造业企业,不属于白名单范围" },
  });
  await tell(db, cast, {
    ...loan(3, "8000000.00", "技术改造设备更新", "2026-10-12"),
    // The enterprise users sign in as, which confirms and rates it.
    enterpriseId: cast.enterpriseId,
    curation: { admit: "all" },
    steps: fullLoan(a, ["2026-10-13", "2026-10-14", "2026-10-20", "2026-10-23", "2026-10-26"], "8000000.00"),
  });
  await tell(db, cast, {
    ...loan(4, "5000000.00", "订单生产周转", "2026-10-19"),
    curation: { admit: "all" },
    steps: fullLoan(
      b,
      ["2026-10-19", "2026-10-20", "2026-10-26", "2026-10-30", "2026-10-30"],
      "5000000.00",
    ).slice(0, 4),
  });
  await tell(db, cast, {
    ...loan(5, "6000000.00", "厂房扩建", "2026-10-15"),
    curation: { admit: [plan.bankNames[1]] },
    steps: [
      { on: "2026-10-15", by: b, action: "claim" },
      { on: "2026-10-16", by: b, action: "contact" },
      {
        on: "2026-10-19",
        by: b,
        action: "decline",
        fields: { reason: "抵押物评估价值不足,且资产负债率偏高" },
      },
    ],
  });
  await tell(db, cast, {
    enterpriseId: registry(6),
    kind: plan.second.kind,
    amount: "4000000.00",
    purpose: plan.second.kind === "LEASE" ? "数控机床售后回租" : "技改贷款担保",
    postedOn: "2026-10-21",
    curation: { admit: "all" },
    steps: [
      { on: "2026-10-21", by: plan.second.by, action: "claim" },
      { on: "2026-10-22", by: plan.second.by, action: "contact" },
      { on: "2026-10-28", by: plan.second.by, action: "approve", fields: approve("4000000.00", "0.0520") },
    ],
  });
  await asOf("2026-11-02", () =>
    publishBatch(db, cast.bureau, { periodFrom: "2026-10-01", periodTo: "2026-10-31" }, null),
  );

  // Still running, on time: pushed, claimed, contacted; and one awaiting curation.
  const day = openDay();
  await tell(db, cast, { ...loan(7, "2500000.00", "研发投入", day), curation: { admit: "all" } });
  await tell(db, cast, {
    ...loan(8, "3500000.00", "智能仓储改造", day),
    curation: { admit: "all" },
    steps: [{ on: day, by: b, action: "claim" }],
  });
  await tell(db, cast, {
    ...loan(9, "4500000.00", "新能源配套产线", day),
    curation: { admit: "all" },
    steps: [
      { on: day, by: a, action: "claim" },
      { on: day, by: a, action: "contact" },
    ],
  });
  await tell(db, cast, { ...loan(10, "1200000.00", "专精特新研发项目", day), curation: null });

  // 申请此产品: the enterprise asked for a credit product of the first bank that holds its amount and term;
  // admitted, it went to that bank alone (the product's institution by default), which claimed it.
  const bank = await cast.institution(a);
  const { items } = await browse(db, cast.enterprise, {
    institution: bank.orgId,
    category: "CREDIT",
    amount: "3000000.00",
    termMonths: 12,
  });
  // One that takes the loans' equipment and receivables (or lends unsecured).
  const product = items.find((item) =>
    item.collateral.some((kind) => ["NONE", "EQUIPMENT", "RECEIVABLES"].includes(kind)),
  );
  if (!product) return;
  await tell(db, cast, {
    ...loan(11, "3000000.00", `申请“${product.name}”:研发设备购置`, day),
    enterpriseId: cast.enterpriseId,
    productId: product.id,
    curation: { admit: "all" },
    steps: [{ on: day, by: a, action: "claim" }],
  });
}
