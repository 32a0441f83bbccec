import { LISTING_REWARD_STAGE_TERMS } from "@chanrong/domain";
import { tableWorkbook } from "../../platform/spreadsheets";
import type { listApplications } from "./applications.service";

type ListedApplication = Awaited<ReturnType<typeof listApplications>>[number];

/** Applications as the bureaus file them: one row each, status as its payment has it. */
const COLUMNS = [
  { key: "submittedOn", header: "申报日期", width: 12 },
  { key: "policy", header: "奖励政策", width: 28 },
  { key: "enterprise", header: "企业名称", width: 32 },
  { key: "applicant", header: "申报单位", width: 28 },
  { key: "stage", header: "申报阶段", width: 22 },
  { key: "base", header: "申报基数(元)", width: 16 },
  { key: "amount", header: "奖励金额(元)", width: 16 },
  { key: "status", header: "状态", width: 20 },
  { key: "paidOn", header: "拨付日期", width: 12 },
];

export function applicationsWorkbook(items: readonly ListedApplication[]): Promise<Buffer> {
  return tableWorkbook(
    "奖励申报",
    COLUMNS,
    items.map((item) => ({
      submittedOn: item.submittedOn,
      policy: item.policyName,
      enterprise: item.enterpriseName,
      applicant: item.applicantName,
      stage: item.stage ? LISTING_REWARD_STAGE_TERMS[item.stage].zh : "",
      base: item.base ?? "",
      amount: item.amount,
      status: item.statusLabel,
      paidOn: item.paidOn ?? "",
    })),
  );
}
