import {
  APPLICATION_STATUS_LABELS,
  type ApplicationStatus,
  ORG_TYPE_LABELS,
  type OrgType,
  REVIEW_STATE_LABELS,
  type ReviewState,
} from "@chanrong/domain";
import { tableWorkbook } from "../../platform/spreadsheets";
import type { listAllApplications } from "./applications.service";

/** The overview's Excel export: the filtered list, one row an application, in people's words. */
const EXPORT_COLUMNS = [
  { key: "enterprise", header: "企业名称", width: 32 },
  { key: "programme", header: "贷款计划", width: 24 },
  { key: "amount", header: "申请金额(元)", width: 16 },
  { key: "termMonths", header: "期限(月)", width: 10 },
  { key: "status", header: "状态", width: 12 },
  { key: "bankReview", header: "银行审查", width: 12 },
  { key: "guarantorReview", header: "担保审查", width: 12 },
  { key: "holders", header: "当前办理方", width: 18 },
  { key: "heldSince", header: "办理起始", width: 20 },
  { key: "submittedOn", header: "提交日期", width: 12 },
  { key: "nextDueOn", header: "最近到期日", width: 12 },
  { key: "sla", header: "时限状态", width: 10 },
];

const SLA_LABELS = {
  "on-time": "正常",
  "due-soon": "即将到期",
  "due-today": "今日到期",
  overdue: "已逾期",
} as const;

type ListedApplication = Awaited<ReturnType<typeof listAllApplications>>[number];

function exportRow(item: ListedApplication): Record<string, string> {
  return {
    enterprise: item.enterpriseName,
    programme: item.programmeName,
    amount: item.amount,
    termMonths: String(item.termMonths),
    status: APPLICATION_STATUS_LABELS[item.status as ApplicationStatus] ?? item.status,
    bankReview: REVIEW_STATE_LABELS[item.bankReview as ReviewState] ?? item.bankReview,
    guarantorReview: REVIEW_STATE_LABELS[item.guarantorReview as ReviewState] ?? item.guarantorReview,
    holders: item.holders.map((type) => ORG_TYPE_LABELS[type as OrgType] ?? type).join("、"),
    heldSince: item.heldSince.toLocaleString("sv-SE", { timeZone: "Asia/Shanghai" }),
    submittedOn: item.submittedOn ?? "",
    nextDueOn: item.nextDueOn ?? "",
    sla: item.sla ? SLA_LABELS[item.sla] : "",
  };
}

export function applicationsWorkbook(items: ListedApplication[]): Promise<Buffer> {
  return tableWorkbook("贷款申请", EXPORT_COLUMNS, items.map(exportRow));
}
