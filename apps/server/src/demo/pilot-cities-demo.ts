import {
  addDays,
  DEFAULT_REPORT_DUE_MONTH_DAY,
  type OutlineSection,
  PILOT_INDICATORS,
  PLAN_OUTLINE,
  yearOf,
} from "@chanrong/domain";
import type { Database } from "../db/client";
import * as applications from "../modules/pilot-cities/applications/applications.service";
import { openBatch } from "../modules/pilot-cities/batches/batches.service";
import * as review from "../modules/pilot-cities/provincial-review/provincial-review.service";
import { type Actor, actorOfUser } from "../platform/actor";
import { today } from "../platform/clock";
import type { FileStorage } from "../platform/files/storage";
import { demoDocumentPdf } from "./demo-documents";

/**
 * The current pilot-city call (seed 001's process, a new batch): opened this month by 工业和信息化部
 * with its deadlines ahead of the business date, so the demo stays open whatever day it runs.
 * 丹江口 is filling its application in; 襄阳 has submitted and 湖北's departments are giving their
 * opinions; 绵阳 was recommended and confirmed by 四川, so the ministry has work.
 */
export async function seedPilotCitiesDemo(db: Database, storage: FileStorage): Promise<void> {
  const day = today();
  const year = yearOf(day);
  const as = (username: string) => actorOfUser(db, username);
  const batch = await openBatch(
    db,
    await as("miit.operator"),
    {
      number: 3,
      name: `${year}年产融合作试点城市申报`,
      documentNumber: `工信部联财函〔${year}〕58号`,
      opensOn: `${day.slice(0, 8)}01`,
      applicationDeadline: addDays(day, 30),
      provincialDeadline: addDays(day, 45),
      timeZone: "Asia/Shanghai",
      progressReportDue: DEFAULT_REPORT_DUE_MONTH_DAY,
      reviewersPerApplication: 2,
    },
    null,
  );
  const plan = planFor(year + 1);
  const actualYears = batch.indicatorTemplate.actualYears;

  // 丹江口: a draft in progress, its plan and indicator table partly filled.
  const danjiangkou = await as("applicant.operator");
  const draft = await applications.createApplication(db, danjiangkou, batch.id, null);
  await applications.savePlan(
    db,
    danjiangkou,
    draft.id,
    { ...plan, sections: pick(plan.sections, ["1.1", "1.2", "1.3", "2.1"]) },
    null,
  );
  await applications.saveIndicators(
    db,
    danjiangkou,
    draft.id,
    { values: indicatorsFor(actualYears, year + 3, ["I01", "I02", "I03", "I04", "I05"]) },
    null,
  );

  // 襄阳: submitted; three of 湖北's five departments have given their opinions.
  const xiangyang = await submitted(
    db,
    storage,
    await as("xiangyang.operator"),
    batch.id,
    "襄阳市",
    plan,
    actualYears,
    year,
  );
  for (const [username, opinion] of [
    ["province.reviewer", "襄阳市汽车产业链完整,产融合作基础较好,同意推荐。"],
    ["hbczt.reviewer", "市级已安排产融合作专项资金,同意推荐。"],
    ["hbpbc.reviewer", "制造业中长期贷款增长较快,同意推荐。"],
  ] as const) {
    await review.recordOpinion(db, await as(username), xiangyang, { agrees: true, opinion }, null);
  }

  // 绵阳: recommended first by 四川 after its five departments agreed, and the list confirmed.
  const mianyang = await submitted(
    db,
    storage,
    await as("mianyang.operator"),
    batch.id,
    "绵阳市",
    plan,
    actualYears,
    year,
  );
  for (const username of ["scjxt", "scczt", "scpbc", "scnfra", "sccsrc"]) {
    await review.recordOpinion(
      db,
      await as(`${username}.reviewer`),
      mianyang,
      { agrees: true, opinion: "同意推荐。" },
      null,
    );
  }
  const sichuan = await as("scjxt.reviewer");
  await review.scoreApplication(
    db,
    sichuan,
    mianyang,
    { scores: { COMMITMENT: "8.5", FOUNDATION: "8", PRACTICE: "8.5", RECOVERY: "8" } },
    null,
  );
  await review.decide(db, sichuan, mianyang, "recommend", undefined, null);
  const joint = await demoDocumentPdf("关于推荐产融合作试点城市的联合上报文件", [
    [
      "推荐单位",
      "四川省经济和信息化厅 会同 四川省财政厅、中国人民银行四川省分行、国家金融监督管理总局四川监管局、中国证监会四川监管局",
    ],
    ["推荐城市", "1. 绵阳市"],
  ]);
  await review.confirmUnit(
    db,
    storage,
    sichuan,
    batch.id,
    "510000",
    { filename: "四川省联合上报文件.pdf", content: joint },
    null,
  );
}

const pick = (sections: Record<string, string>, codes: string[]) =>
  Object.fromEntries(codes.map((code) => [code, sections[code] ?? ""]));

const leaves = (sections: readonly OutlineSection[]): OutlineSection[] =>
  sections.flatMap((section) => (section.children ? leaves(section.children) : [section]));

/** A three-year plan from 1 January of `firstYear`, each section saying what its guidance asks. */
function planFor(firstYear: number) {
  return {
    periodStart: `${firstYear}-01-01`,
    periodEnd: `${firstYear + 2}-12-31`,
    sections: Object.fromEntries(
      leaves(PLAN_OUTLINE).map((section) => [section.code, `${section.title.zh}:${section.guidance.zh}。`]),
    ),
  };
}

/** Plausible figures for `codes` (all indicators if omitted): the actual years and the plan's last target. */
function indicatorsFor(actualYears: readonly number[], targetYear: number, codes?: string[]) {
  return Object.fromEntries(
    PILOT_INDICATORS.filter((definition) => !codes || codes.includes(definition.code)).map(
      (definition, index) => {
        const base = definition.unit === "%" ? 5 + (index % 5) : 40 + index * 7;
        const values: Record<string, string> = {};
        actualYears.forEach((year, step) => {
          values[`${year}`] = `${base + step}`;
        });
        values[`target-${targetYear}`] = `${base + actualYears.length + 2}`;
        return [definition.code, values];
      },
    ),
  );
}

/** A city's complete application, submitted through the services: its id. */
async function submitted(
  db: Database,
  storage: FileStorage,
  city: Actor,
  batchId: string,
  cityName: string,
  plan: ReturnType<typeof planFor>,
  actualYears: readonly number[],
  year: number,
): Promise<string> {
  const { id } = await applications.createApplication(db, city, batchId, null);
  const pdf = await demoDocumentPdf(`${cityName}人民政府关于申报产融合作试点城市的请示`, [
    ["申报城市", cityName],
    ["实施期", `${plan.periodStart} 至 ${plan.periodEnd}`],
  ]);
  const sha256 = await applications.storeContent(storage, pdf);
  await applications.addDocument(
    db,
    city,
    id,
    {
      kind: "APPLICATION",
      filename: `${cityName}申报文件.pdf`,
      contentType: "application/pdf",
      size: pdf.length,
      sha256,
    },
    null,
  );
  await applications.savePlan(db, city, id, plan, null);
  await applications.saveIndicators(db, city, id, { values: indicatorsFor(actualYears, year + 3) }, null);
  await applications.saveDeclarations(
    db,
    city,
    id,
    { strategies: ["YANGTZE_ECONOMIC_BELT"], bases: ["NEW_INDUSTRIALISATION_BASE"] },
    null,
  );
  await applications.submitApplication(db, city, id, null);
  return id;
}
