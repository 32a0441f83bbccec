import { addDays, DEFAULT_REPORT_DUE_MONTH_DAY, type PlanPeriod, yearOf } from "@chanrong/domain";
import type { Database } from "../db/client";
import { getBatch, listBatches, openBatch } from "../modules/pilot-cities/batches/batches.service";
import { submitReport } from "../modules/pilot-cities/progress/progress-reports.service";
import { submitRenewal } from "../modules/pilot-cities/renewals/renewals.service";
import { actorOfUser } from "../platform/actor";
import { asOf, today } from "../platform/clock";
import {
  applicationRows,
  indicatorRows,
  planSections,
  recordFirstBatch,
  recordPilot,
} from "../testing/pilots";

const FIRST_PLAN: PlanPeriod = { from: "2017-01-01", to: "2019-12-31" };

/** A yearly report as it was sent: the pilot, the year, the day, how the year went against the base figures. */
interface Sent {
  user: string;
  pilotId: string;
  year: number;
  on: string;
  scale: string;
  correction?: string;
}

/**
 * The first batch (2016) predates the platform and is recorded as imported history: 十堰 and 长沙
 * were selected with 2017–2019 plans. 十堰 reported 2017 on time, 2018 late and 2019 not at all;
 * 长沙 reported every year (correcting 2018) and now renews in the batch open today, awaiting the
 * ministry. 十堰's renewal is left for the journey to submit.
 */
export async function seedPilotProgressDemo(db: Database): Promise<void> {
  const miit = await actorOfUser(db, "miit.operator");
  const [shiyan, changsha] = await Promise.all([
    actorOfUser(db, "sypilot.operator"),
    actorOfUser(db, "cspilot.operator"),
  ]);
  const batchId = await recordFirstBatch(db, miit.userId);
  const shiyanPilot = await recordPilot(db, {
    batchId,
    orgId: shiyan.orgId,
    regionCode: "420300",
    unitCode: "420000",
    period: FIRST_PLAN,
  });
  const changshaPilot = await recordPilot(db, {
    batchId,
    orgId: changsha.orgId,
    regionCode: "430100",
    unitCode: "430000",
    period: FIRST_PLAN,
  });
  const sent: Sent[] = [
    { user: "sypilot.operator", pilotId: shiyanPilot, year: 2017, on: "2018-03-28", scale: "0.96" },
    { user: "sypilot.operator", pilotId: shiyanPilot, year: 2018, on: "2019-04-22", scale: "1.04" },
    { user: "cspilot.operator", pilotId: changshaPilot, year: 2017, on: "2018-03-15", scale: "1.12" },
    { user: "cspilot.operator", pilotId: changshaPilot, year: 2018, on: "2019-03-20", scale: "1.15" },
    {
      user: "cspilot.operator",
      pilotId: changshaPilot,
      year: 2018,
      on: "2019-05-10",
      scale: "1.16",
      correction: "统计部门发布年报修订数",
    },
    { user: "cspilot.operator", pilotId: changshaPilot, year: 2019, on: "2020-03-25", scale: "1.21" },
  ];
  for (const report of sent) {
    const actor = await actorOfUser(db, report.user);
    await asOf(report.on, () =>
      submitReport(
        db,
        actor,
        report.pilotId,
        {
          year: report.year,
          rows: indicatorRows([`${report.year}`], report.scale),
          correctionReason: report.correction,
        },
        null,
      ),
    );
  }
  const current = await currentBatch(db);
  const next = yearOf(today()) + 1;
  const period = { from: `${next}-01-01`, to: `${next + 2}-12-31` };
  await submitRenewal(
    db,
    changsha,
    {
      plan: {
        periodStart: period.from,
        periodEnd: period.to,
        sections: planSections("长沙市延续试点:巩固首批试点成效,深化智能制造与金融科技融合"),
      },
      indicators: applicationRows(current.indicatorTemplate.actualYears, period, "1.3"),
    },
    null,
  );
}

/**
 * The batch open for applications today: the applications helper's demo opens it; when it is not
 * there (or closed), a batch open for the next month lets the renewal be shown.
 */
async function currentBatch(db: Database) {
  const batches = await listBatches(db);
  const open = batches.find((batch) => batch.phase === "APPLYING");
  if (open) return getBatch(db, open.id);
  const miit = await actorOfUser(db, "miit.operator");
  return openBatch(
    db,
    miit,
    {
      number: Math.max(0, ...batches.map((b) => b.number)) + 1,
      name: "产融合作试点城市(演示批次)",
      documentNumber: "演示批次",
      opensOn: addDays(today(), -7),
      applicationDeadline: addDays(today(), 30),
      provincialDeadline: addDays(today(), 45),
      timeZone: "Asia/Shanghai",
      progressReportDue: DEFAULT_REPORT_DUE_MONTH_DAY,
      reviewersPerApplication: 2,
    },
    null,
  );
}
