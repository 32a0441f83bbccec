import {
  type BridgeOverdueLevel,
  bridgeOverdue,
  regionCovers,
  unlessCalendarUncovered,
} from "@chanrong/domain";
import type { Database } from "../../db/client";
import { today } from "../../platform/clock";
import type { Job } from "../../platform/jobs";
import { notifyOrganisations } from "../applications/notifications.service";
import { officialCalendar } from "../calendar/calendar.service";
import { rulesOf } from "./bridge-funds.service";
import * as repo from "./bridge-loans.repository";
import { bridgeEvent } from "./bridge-loans.service";

type Overdue = Awaited<ReturnType<typeof repo.unreturnedPastDue>>[number];

/**
 * Flags bridges not back by their last day of use and escalates them (issue 13 point 3): the day after,
 * the bank and the fund's manager are told; after the fund's escalation working days, the region's
 * finance and industry bureaus too. Each level is told once (the loan keeps the level told, changed at
 * the version read), so a second run the same day — or on another instance — changes nothing.
 */
export async function flagOverdueBridges(db: Database) {
  const day = today();
  const bureaus = await repo.listBureaus(db);
  let flagged = 0;
  let escalated = 0;
  for (const row of await repo.unreturnedPastDue(db, day)) {
    const level = await levelOn(db, row, day);
    if (level <= row.loan.overdueLevel) continue;
    const told = await db.transaction(async (tx) => {
      const saved = await repo.updateLoan(tx, row.loan.id, row.loan.version, { overdueLevel: level });
      if (!saved) return false;
      await repo.insertEvents(tx, [
        bridgeEvent(
          row.loan.id,
          null,
          level === 2 ? "escalate" : "overdue",
          "PAID",
          "PAID",
          level === 2
            ? `逾期未归还(应还日 ${row.loan.returnDue}),已上报财政局、经信局`
            : `逾期未归还(应还日 ${row.loan.returnDue})`,
          null,
          day,
        ),
      ]);
      const regionBureaus = bureaus
        .filter((bureau) => regionCovers(bureau.regionCode, row.fundRegionCode))
        .map((bureau) => bureau.id);
      await notifyOrganisations(tx, notices(row, level, regionBureaus));
      return true;
    });
    if (told && level === 1) flagged += 1;
    if (told && level === 2) escalated += 1;
  }
  return { flagged, escalated };
}

async function levelOn(db: Database, row: Overdue, day: string): Promise<BridgeOverdueLevel> {
  const rules = await rulesOf(db, row.loan.fundId, row.loan.rulesVersion);
  const calendar = await officialCalendar(db);
  // The calendar does not hold the year yet: flag it, escalate once the year is entered.
  return (
    unlessCalendarUncovered(() => bridgeOverdue(row.loan.returnDue ?? day, day, rules, calendar).level) ?? 1
  );
}

/** Level 1 to the bank and the manager; level 2 to them and to the bureaus of the fund's region. */
function notices(row: Overdue, level: BridgeOverdueLevel, bureauIds: string[]) {
  const link = `/bridge-loans/${row.loan.id}`;
  const message =
    level === 2
      ? {
          zh: `${row.enterpriseName}的应急转贷资金(${row.bankName},合同${row.loan.contractNo})逾期未归还(应还日 ${row.loan.returnDue}),已上报`,
          en: `${row.enterpriseName}'s bridge money (${row.bankName}, contract ${row.loan.contractNo}) is overdue since ${row.loan.returnDue}: escalated`,
        }
      : {
          zh: `${row.enterpriseName}的应急转贷资金(${row.bankName},合同${row.loan.contractNo})逾期未归还,应还日 ${row.loan.returnDue}`,
          en: `${row.enterpriseName}'s bridge money (${row.bankName}, contract ${row.loan.contractNo}) was due back on ${row.loan.returnDue}`,
        };
  const kind = level === 2 ? "bridge-escalated" : "bridge-overdue";
  const orgIds = [row.loan.bankOrgId, row.managerOrgId, ...(level === 2 ? bureauIds : [])];
  return [...new Set(orgIds)].map((orgId) => ({ orgId, kind, link, message }));
}

/**
 * Hourly like the claim deadlines, so that a bridge falling due (or a demo seeded after start) is told
 * within the hour; each level is told once, so the hours after change nothing that day.
 */
export const bridgeOverdueJob: Job = {
  name: "bridge-loans-overdue",
  runKey: (now) => now.toISOString().slice(0, 13),
  async run(db) {
    await flagOverdueBridges(db);
  },
};
