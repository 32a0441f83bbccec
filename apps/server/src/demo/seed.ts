import {
  CHONGQING_TECH_LOAN,
  programmeConfigToWire,
  type RecordedEnterpriseTag,
  SHIYAN_CHANLIAN_LOAN,
} from "@chanrong/domain";
import type { Database, Executor } from "../db/client";
import * as enterprisesRepo from "../modules/enterprises/enterprises.repository";
import { toChildren, toValues } from "../modules/enterprises/enterprises.service";
import { insertProgramme } from "../modules/programmes/programmes.repository";
import { addKeySupported } from "../modules/programmes/programmes.service";
import { actorOfUser } from "../platform/actor";
import { hashPassword } from "../platform/auth/passwords";
import type { FileStorage } from "../platform/files/storage";
import { buildEnterpriseInput } from "../testing/factories";
import { seedBridgeLoansDemo } from "./bridge-loans-demo";
import { seedChongqingDemo } from "./chongqing-demo";
import { seedDemandsDemo } from "./demands-demo";
import * as demoRepo from "./demo.repository";
import { seedEventsDemo } from "./events-demo";
import { seedFundDemo } from "./fund-demo";
import { seedIncentivesDemo } from "./incentives-demo";
import { seedListingPipelineDemo } from "./listing-pipeline-demo";
import { seedMonitoringDemo } from "./monitoring-demo";
import { seedMonitoringQuarterlyDemo } from "./monitoring-quarterly-demo";
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_ROLES } from "./organisations";
import { seedPilotCitiesDemo } from "./pilot-cities-demo";
import { seedPilotProgressDemo } from "./pilot-progress-demo";
import { seedPilotReviewDemo } from "./pilot-review-demo";
import { seedProductsDemo } from "./products-demo";
import { ALL_DEMO_REGIONS, CHONGQING_DISTRICTS, SHIYAN_DISTRICTS } from "./regions";
import { seedSupplyChainFinanceDemo } from "./supply-chain-finance-demo";

export type SeededOrganisations = Record<string, string>;

// Any constant; the same for every instance, so two starting together seed once.
const SEED_LOCK_KEY = 724_163_002;

/**
 * Regions, one organisation of every type and a user per role in each (`<key>.<role>`).
 * Idempotent: when organisations exist it only returns their ids.
 */
export async function seedBaseline(db: Database): Promise<SeededOrganisations> {
  // One hash for the shared demo password keeps seeding fast; each real user gets their own.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    await demoRepo.lockSeed(tx, SEED_LOCK_KEY);
    return insertBaseline(tx, passwordHash);
  });
}

async function insertBaseline(tx: Executor, passwordHash: string): Promise<SeededOrganisations> {
  if ((await demoRepo.countOrganisations(tx)) > 0) {
    const rows = await demoRepo.listOrganisationNames(tx);
    return Object.fromEntries(
      DEMO_ORGANISATIONS.flatMap((org) => {
        const row = rows.find((r) => r.name === org.name);
        return row ? [[org.key, row.id]] : [];
      }),
    );
  }
  await demoRepo.insertRegions(tx, ALL_DEMO_REGIONS);
  const ids: SeededOrganisations = {};
  for (const org of DEMO_ORGANISATIONS) {
    const orgId = await demoRepo.insertOrganisation(tx, {
      name: org.name,
      type: org.type,
      regionCode: org.regionCode,
      institutionKind: org.institutionKind ?? null,
      department: org.department ?? null,
      ...(org.account && {
        bankAccountName: org.name,
        bankName: org.account.bankName,
        bankAccountNo: org.account.accountNo,
      }),
    });
    if (!orgId) throw new Error(`could not seed ${org.name}`);
    ids[org.key] = orgId;
    await demoRepo.insertUsers(
      tx,
      DEMO_ROLES.map((role) => ({
        orgId,
        username: `${org.key}.${role}`,
        displayName: `${org.name} · ${ROLE_LABELS[role]}`,
        passwordHash,
        roles: [role],
      })),
    );
  }
  // The two programme presets of SPEC §3, as version 1 of each.
  for (const preset of [SHIYAN_CHANLIAN_LOAN, CHONGQING_TECH_LOAN]) {
    await insertProgramme(
      tx,
      { code: preset.code, name: preset.name, regionCode: preset.regionCode },
      programmeConfigToWire(preset),
      "预置方案 (preset)",
      null,
    );
  }
  // Seed 002 ch. 4: the city's special fund, managed by the guarantee group for 产供强链贷.
  if (ids.danbao) {
    await demoRepo.insertFund(tx, {
      code: SHIYAN_FUND_CODE,
      name: "十堰市强链补链专项资金",
      regionCode: SHIYAN_CHANLIAN_LOAN.regionCode,
      managerOrgId: ids.danbao,
      programmeCodes: [SHIYAN_CHANLIAN_LOAN.code],
    });
  }
  if (ids.cqdanbao) {
    await demoRepo.insertFund(tx, {
      code: "CHONGQING-JGTX",
      name: "重庆市技改专项贷贴息资金",
      regionCode: CHONGQING_TECH_LOAN.regionCode,
      managerOrgId: ids.cqdanbao,
      programmeCodes: [CHONGQING_TECH_LOAN.code],
    });
  }
  return ids;
}

export const SHIYAN_FUND_CODE = "SHIYAN-QLBL";

const ROLE_LABELS = { admin: "管理员", operator: "经办人", reviewer: "审核人" } as const;

/** The first 25 demo enterprises are registered in 十堰, the next 30 in 重庆 (issue 12: about 30 each). */
const SHIYAN_ENTERPRISE_COUNT = 25;
const CHONGQING_ENTERPRISE_COUNT = 30;
/** How many demo enterprises the first start creates: 十堰's first, then 重庆's. */
const DEMO_ENTERPRISE_COUNT = SHIYAN_ENTERPRISE_COUNT + CHONGQING_ENTERPRISE_COUNT;
/** 重庆渝江精密机械有限公司, whose users are `cqenterprise.*`. */
const FIRST_CHONGQING_ENTERPRISE = SHIYAN_ENTERPRISE_COUNT + 1;

/**
 * The demo data set on top of the baseline: ~30 enterprises built by the test factories,
 * accounts with the two demo banks, tags, supply-chain links, and the demo enterprise
 * organisation tied to its registry entry.
 */
export async function seedDemo(db: Database, storage: FileStorage): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const seeded = await db.transaction(async (tx) => {
    await demoRepo.lockSeed(tx, SEED_LOCK_KEY);
    if ((await demoRepo.countSupplyChainLinks(tx)) > 0) return false;
    const orgs = await insertBaseline(tx, passwordHash);
    return insertDemoEnterprises(tx, orgs);
  });
  if (!seeded) return;
  await seedKeySupportedList(db, seeded.keySupported);
  // Through the fund's own services, each step in its own transaction, by whoever seeded the rest.
  await seedFundDemo(db, storage);
  await seedChongqingDemo(db, storage);
  await seedEventsDemo(db);
  await seedProductsDemo(db);
  await seedDemandsDemo(db);
  await seedListingPipelineDemo(db);
  await seedIncentivesDemo(db, storage);
  await seedSupplyChainFinanceDemo(db);
  await seedBridgeLoansDemo(db, storage);
  await seedMonitoringDemo(db);
  await seedMonitoringQuarterlyDemo(db);
  await seedPilotCitiesDemo(db, storage);
  await seedPilotProgressDemo(db);
  await seedPilotReviewDemo(db);
}

/**
 * The bureau's 全市汽车产业重点支持企业 list, through its service: every other 十堰 enterprise and the
 * demo enterprise that applies, so that its applications meet that rule.
 */
async function seedKeySupportedList(db: Database, enterpriseIds: string[]): Promise<void> {
  const bureau = await actorOfUser(db, "jxj.operator");
  for (const enterpriseId of enterpriseIds) {
    await addKeySupported(db, bureau, { enterpriseId, note: "2025年全市汽车产业重点支持企业" }, null);
  }
}

/** Returns the ids of the enterprises the bureau puts on its key-supported list. */
async function insertDemoEnterprises(
  tx: Executor,
  orgs: SeededOrganisations,
): Promise<{ keySupported: string[] }> {
  // Alternate 十堰's demo enterprises between its two banks, so each bank sees only its own; 重庆's
  // bank with the one in 重庆.
  const bankOf = (sequence: number) =>
    sequence > SHIYAN_ENTERPRISE_COUNT
      ? { bankOrgId: orgs.cqbank ?? null, bankName: "中国建设银行重庆市分行" }
      : sequence % 2
        ? { bankOrgId: orgs.icbc ?? null, bankName: "中国工商银行十堰分行" }
        : { bankOrgId: orgs.hbbank ?? null, bankName: "湖北银行十堰分行" };
  const ids: string[] = [];
  for (let sequence = 1; sequence <= DEMO_ENTERPRISE_COUNT; sequence++) {
    const chongqing = sequence > SHIYAN_ENTERPRISE_COUNT;
    const districts = chongqing ? CHONGQING_DISTRICTS : SHIYAN_DISTRICTS;
    const input = buildEnterpriseInput(
      {
        districtCode: districts[sequence % districts.length] ?? "420303",
        tags: chongqing ? [] : demoTags(sequence),
        bankAccounts: [
          {
            ...bankOf(sequence),
            accountNo: `${chongqing ? 5000 : 4203}${String(sequence).padStart(12, "0")}`,
          },
          // The investment fund's portfolio companies hold an account with it: what it sees (ADR 005).
          ...(!chongqing && sequence % 4 === 3
            ? [
                {
                  bankOrgId: orgs.fund ?? null,
                  bankName: "十堰产业投资基金管理有限公司",
                  accountNo: `9420${String(sequence).padStart(12, "0")}`,
                },
              ]
            : []),
        ],
      },
      sequence,
    );
    // The demo enterprise is registered where its organisation is (张湾区), inside the programme's districts.
    if (sequence === 1) Object.assign(input, { name: "十堰精工汽车零部件有限公司", districtCode: "420303" });
    if (sequence === 2) Object.assign(input, { name: "东风商用车零部件(十堰)有限公司", employees: 3200 });
    if (sequence === FIRST_CHONGQING_ENTERPRISE) input.name = "重庆渝江精密机械有限公司";
    const created = await enterprisesRepo.insertEnterprise(
      tx,
      toValues(input, null),
      toChildren(input) as enterprisesRepo.EnterpriseChildren,
    );
    ids.push(created.id);
  }
  const keySupported = ids.filter((_, index) => isKeySupported(index + 1));
  // The chain leader (2) and its tier-1 and tier-2 suppliers.
  const [first, leader, ...rest] = ids;
  if (!first || !leader) return { keySupported };
  for (const [index, supplier] of [first, ...rest.slice(0, 8)].entries()) {
    await enterprisesRepo.insertSupplyChainLink(tx, {
      coreEnterpriseId: leader,
      supplierEnterpriseId: supplier,
      tier: index < 5 ? 1 : 2,
      products: index % 2 ? "车桥总成、制动器" : "电池模组、线束",
    });
  }
  if (orgs.enterprise) {
    await demoRepo.setOrganisationEnterprise(tx, orgs.enterprise, first);
  }
  const chongqingFirst = ids[FIRST_CHONGQING_ENTERPRISE - 1];
  if (orgs.cqenterprise && chongqingFirst) {
    await demoRepo.setOrganisationEnterprise(tx, orgs.cqenterprise, chongqingFirst);
  }
  return { keySupported };
}

/** The demo enterprise (1) and every other 十堰 one; 重庆's programme has no such list. */
const isKeySupported = (sequence: number) =>
  sequence === 1 || (sequence <= SHIYAN_ENTERPRISE_COUNT && sequence % 2 === 0);

function demoTags(sequence: number) {
  const tags: { tag: RecordedEnterpriseTag; validFrom: string; validTo: string | null }[] = [];
  if (sequence % 3 === 0) tags.push({ tag: "SRDI_CITY", validFrom: "2024-06-01", validTo: "2027-05-31" });
  if (sequence % 7 === 0) tags.push({ tag: "LITTLE_GIANT", validFrom: "2023-07-01", validTo: "2026-06-30" });
  if (sequence % 5 === 0) tags.push({ tag: "HIGH_TECH", validFrom: "2024-12-01", validTo: "2027-11-30" });
  if (sequence === 2) tags.push({ tag: "CHAIN_LEADER", validFrom: "2025-01-01", validTo: null });
  return tags;
}
