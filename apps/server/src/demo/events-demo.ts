import type { Database } from "../db/client";
import type { EventInput } from "../modules/events/events.schemas";
import {
  answer as answerInvitation,
  cancelEvent,
  checkIn,
  closeEvent,
  createEvent,
  getEvent,
  invite,
  recordOutcome,
} from "../modules/events/events.service";
import { type Actor, actorOfUser } from "../platform/actor";
import { asOf } from "../platform/clock";
import * as demoRepo from "./demo.repository";

type Plan = Omit<EventInput, "coOrganisers" | "targets" | "capacity" | "onlineLink"> &
  Partial<Pick<EventInput, "coOrganisers" | "targets" | "capacity" | "onlineLink">>;

interface Story {
  plan: Plan;
  plannedOn: string;
  /** Invite the filter's enterprises and these institutions (by name) on this day. */
  invite?: { on: string; institutions: string[] };
  /** The region's demo enterprise answers its invitation (the day after it). */
  answer?: { on: string; answer: "register" | "decline"; reason?: string };
  /** Check in this many of the enterprises invited, on the day it is held. */
  attended?: number;
  /** Outcomes: [attendee index, institution name, intentions, yuan, note, follow-up demand]. */
  outcomes?: [number, string, number, string, string, boolean][];
  close?: { on: string; note: string };
  cancel?: { on: string; reason: string };
}

const anyone = { districts: [], tags: [], sizeClasses: [], clusters: [] };

/** One event of each state for a bureau: closed with outcomes, held, open, planned and cancelled. */
function storiesOf(
  city: "十堰" | "重庆",
  place: string,
  institutions: string[],
  fund: string,
  answer: Story["answer"],
): Story[] {
  const [bank = "", secondBank = "", guarantor = ""] = institutions;
  return [
    {
      plan: {
        type: "BANK_ENTERPRISE",
        title: `2026年${city}市制造业银企对接会`,
        heldOn: "2026-04-22",
        startTime: "09:30",
        endTime: "12:00",
        place,
        coOrganisers: ["中国人民银行分行", "金融监管分局"],
        targets: anyone,
        capacity: 120,
      },
      plannedOn: "2026-03-25",
      invite: { on: "2026-04-01", institutions },
      attended: 4,
      outcomes: [
        [0, bank, 1, "5000000.00", "技改设备购置贷款意向", true],
        [1, secondBank, 2, "3000000.00", "订单贷与应收账款质押", false],
        [2, guarantor, 1, "2000000.00", "担保增信,待银行确定额度", true],
      ],
      close: { on: "2026-04-30", note: "对接成果已逐户登记" },
    },
    {
      plan: {
        type: "FUND_ENTERPRISE",
        title: `${city}新能源汽车产业链基企对接会`,
        heldOn: "2026-09-16",
        startTime: "14:00",
        endTime: "17:00",
        place,
        coOrganisers: ["市产业投资基金"],
        targets: anyone,
      },
      plannedOn: "2026-08-28",
      invite: { on: "2026-09-01", institutions: [fund] },
      attended: 3,
      outcomes: [[0, fund, 1, "10000000.00", "A轮股权投资意向,尽调中", false]],
    },
    {
      plan: {
        type: "LISTING_TRAINING",
        title: `${city}上市后备企业培训:北交所上市路径`,
        heldOn: "2026-12-18",
        startTime: "09:00",
        endTime: "16:30",
        place,
        onlineLink: "https://meeting.example.cn/listing-2026",
        coOrganisers: ["证券公司投行部"],
        targets: anyone,
        capacity: 60,
      },
      plannedOn: "2026-11-20",
      invite: { on: "2026-11-25", institutions: [bank] },
      answer,
    },
    {
      plan: {
        type: "ROADSHOW",
        title: `${city}智能网联汽车项目路演`,
        heldOn: "2027-01-20",
        startTime: "14:30",
        endTime: "17:30",
        place,
      },
      plannedOn: "2026-11-28",
    },
    {
      plan: {
        type: "DISPATCH_MEETING",
        title: `${city}三季度政银企调度会`,
        heldOn: "2026-08-12",
        startTime: "15:00",
        endTime: "17:00",
        place: null,
        onlineLink: "https://meeting.example.cn/dispatch-q3",
      },
      plannedOn: "2026-07-20",
      invite: { on: "2026-07-25", institutions: [bank, guarantor] },
      cancel: { on: "2026-08-05", reason: "与全省防汛调度会冲突,并入四季度调度会" },
    },
  ];
}

async function tell(
  db: Database,
  bureau: Actor,
  enterprise: Actor,
  orgIdOf: (name: string) => string,
  story: Story,
) {
  const event = await asOf(story.plannedOn, () =>
    createEvent(
      db,
      bureau,
      { coOrganisers: [], targets: anyone, capacity: null, onlineLink: null, ...story.plan },
      null,
    ),
  );
  if (story.invite) {
    const { on, institutions } = story.invite;
    await asOf(on, () =>
      invite(db, bureau, event.id, { byFilter: true, institutionOrgIds: institutions.map(orgIdOf) }, null),
    );
  }
  if (story.answer) {
    const { on, ...answer } = story.answer;
    await asOf(on, () => answerInvitation(db, enterprise, event.id, answer, null));
  }
  if (story.attended) {
    const attendees = (await getEvent(db, bureau, event.id)).invitations
      .filter((invitation) => invitation.enterpriseId)
      .slice(0, story.attended);
    await asOf(story.plan.heldOn, async () => {
      await checkIn(
        db,
        bureau,
        event.id,
        attendees.map((invitation) => invitation.id),
        null,
      );
      for (const [index, institution, intentionsSigned, intendedAmount, note, followUp] of story.outcomes ??
        []) {
        await recordOutcome(
          db,
          bureau,
          event.id,
          {
            enterpriseId: attendees[index]?.enterpriseId ?? "",
            institutionOrgId: orgIdOf(institution),
            intentionsSigned,
            intendedAmount,
            note,
            followUpDemandNeeded: followUp,
          },
          null,
        );
      }
    });
  }
  if (story.close) {
    const { on, note } = story.close;
    await asOf(on, () => closeEvent(db, bureau, event.id, note, null));
  }
  if (story.cancel) {
    const { on, reason } = story.cancel;
    await asOf(on, () => cancelEvent(db, bureau, event.id, reason, null));
  }
}

/**
 * 银企对接活动 of 十堰 and 重庆 in every state, through the events service on the days of their
 * story: each bureau's enterprises invited by filter, attendance and outcomes, one cancelled.
 */
export async function seedEventsDemo(db: Database): Promise<void> {
  const orgs = await demoRepo.listOrganisations(db);
  const orgIdOf = (name: string) => orgs.find((org) => org.name === name)?.id ?? "";
  const shiyan = storiesOf(
    "十堰",
    "十堰市民中心三楼报告厅",
    ["中国工商银行十堰分行", "湖北银行十堰分行", "十堰融资担保集团有限公司"],
    "十堰产业投资基金管理有限公司",
    { on: "2026-11-26", answer: "register" },
  );
  const chongqing = storiesOf(
    "重庆",
    "重庆市经济和信息化委员会会议中心",
    ["中国建设银行重庆市分行", "重庆农村商业银行", "重庆市融资担保有限公司"],
    "重庆产业投资母基金有限公司",
    { on: "2026-11-27", answer: "decline", reason: "当天公司接受客户审厂,申请参加下一期培训" },
  );
  for (const [bureauUser, enterpriseUser, stories] of [
    ["jxj.operator", "enterprise.operator", shiyan],
    ["cqjxw.operator", "cqenterprise.operator", chongqing],
  ] as const) {
    const bureau = await actorOfUser(db, bureauUser);
    const enterprise = await actorOfUser(db, enterpriseUser);
    for (const story of stories) await tell(db, bureau, enterprise, orgIdOf, story);
  }
}
