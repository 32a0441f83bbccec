import {
  EVENT_STATUS_TERMS,
  EVENT_TYPES,
  type EventStatus,
  INVITATION_STATUS_TERMS,
  type InvitationStatus,
} from "@chanrong/domain";
import { tablesWorkbook } from "../../platform/spreadsheets";
import type { exportYear } from "./events.service";

type YearExport = Awaited<ReturnType<typeof exportYear>>;

const typeName = (code: string) => EVENT_TYPES.find((type) => type.code === code)?.zh ?? code;

/** The bureau's year in one workbook: its events, who attended each (家次), and the outcomes. */
export function writeEventsWorkbook({ events, attendances, outcomes, served }: YearExport): Promise<Buffer> {
  const titleOf = new Map(events.map((event) => [event.id, event.title]));
  return tablesWorkbook([
    {
      name: "对接活动",
      columns: [
        { key: "heldOn", header: "日期", width: 12 },
        { key: "time", header: "时间", width: 13 },
        { key: "type", header: "类型", width: 14 },
        { key: "title", header: "活动名称", width: 36 },
        { key: "venue", header: "地点/线上链接", width: 32 },
        { key: "coOrganisers", header: "协办单位", width: 30 },
        { key: "status", header: "状态", width: 10 },
        { key: "invited", header: "邀请企业", width: 10 },
        { key: "registered", header: "报名企业", width: 10 },
        { key: "attended", header: "签到企业", width: 10 },
        { key: "cancelReason", header: "取消理由", width: 24 },
      ],
      rows: events.map((event) => ({
        heldOn: event.heldOn,
        time: `${event.startTime}–${event.endTime}`,
        type: typeName(event.type),
        title: event.title,
        venue: [event.place, event.onlineLink].filter(Boolean).join(" / "),
        coOrganisers: event.coOrganisers.join("、"),
        status: EVENT_STATUS_TERMS[event.status as EventStatus].zh,
        invited: String(event.invited),
        registered: String(event.registered),
        attended: String(event.attended),
        cancelReason: event.cancelReason ?? "",
      })),
    },
    {
      name: "参会企业",
      columns: [
        { key: "heldOn", header: "日期", width: 12 },
        { key: "event", header: "活动名称", width: 36 },
        { key: "enterprise", header: "企业名称", width: 36 },
        { key: "status", header: "状态", width: 10 },
      ],
      rows: attendances.map((attendance) => ({
        heldOn: attendance.heldOn,
        event: attendance.eventTitle,
        enterprise: attendance.enterpriseName,
        status: INVITATION_STATUS_TERMS["ATTENDED" satisfies InvitationStatus].zh,
      })),
    },
    {
      name: "对接成果",
      columns: [
        { key: "event", header: "活动名称", width: 36 },
        { key: "enterprise", header: "企业名称", width: 32 },
        { key: "institution", header: "金融机构", width: 30 },
        { key: "intentionsSigned", header: "签约意向(项)", width: 12 },
        { key: "intendedAmount", header: "意向金额(元)", width: 18 },
        { key: "followUp", header: "需后续融资需求", width: 14 },
        { key: "note", header: "说明", width: 40 },
      ],
      rows: outcomes.map((outcome) => ({
        event: titleOf.get(outcome.eventId) ?? "",
        enterprise: outcome.enterpriseName,
        institution: outcome.institutionName,
        intentionsSigned: String(outcome.intentionsSigned),
        intendedAmount: outcome.intendedAmount,
        followUp: outcome.followUpDemandNeeded ? "是" : "否",
        note: outcome.note,
      })),
    },
    {
      name: "服务企业家次",
      columns: [
        { key: "year", header: "年度", width: 8 },
        { key: "eventVisits", header: "活动服务企业(家次)", width: 18 },
        { key: "demandsHandled", header: "办理融资需求(家次)", width: 18 },
        { key: "total", header: "合计", width: 10 },
        { key: "target", header: "年度目标", width: 10 },
        { key: "progress", header: "完成进度", width: 10 },
      ],
      rows: [
        {
          year: String(served.year),
          eventVisits: String(served.eventVisits),
          demandsHandled: String(served.demandsHandled),
          total: String(served.total),
          target: String(served.target),
          progress: `${served.progressPercent}%`,
        },
      ],
    },
  ]);
}
