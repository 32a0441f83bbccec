import {
  CLAIM_STATE_TERMS,
  COLLATERAL_KINDS,
  type CollateralKind,
  DEMAND_KINDS,
  DEMAND_STATUS_TERMS,
  DEMAND_URGENCY_TERMS,
  type DemandKind,
  SLA_STATE_TERMS,
} from "@chanrong/domain";
import { tableWorkbook } from "../../platform/spreadsheets";
import type { institutionSummary } from "./claim-deadlines.service";
import type { listClaims } from "./demand-claims.service";
import type { listDemands } from "./demands.service";
import type { batchDemands, listBatches } from "./whitelist.service";

type ListedDemand = Awaited<ReturnType<typeof listDemands>>[number];
type ListedClaim = Awaited<ReturnType<typeof listClaims>>[number];

const kindLabel = (kind: DemandKind) => DEMAND_KINDS.find((entry) => entry.code === kind)?.zh ?? kind;
const collateralLabels = (codes: readonly CollateralKind[]) =>
  codes.map((code) => COLLATERAL_KINDS.find((entry) => entry.code === code)?.zh ?? code).join("、");

/** The whitelist as the bureau files it: one row a demand, in people's words. */
const DEMAND_COLUMNS = [
  { key: "enterprise", header: "企业名称", width: 32 },
  { key: "kind", header: "融资类型", width: 12 },
  { key: "amount", header: "金额(元)", width: 16 },
  { key: "termMonths", header: "期限(月)", width: 10 },
  { key: "purpose", header: "资金用途", width: 30 },
  { key: "collateral", header: "可提供担保", width: 24 },
  { key: "keyProject", header: "重点项目", width: 20 },
  { key: "urgency", header: "紧急程度", width: 10 },
  { key: "product", header: "申请产品", width: 28 },
  { key: "status", header: "状态", width: 12 },
  { key: "policyNote", header: "一企一策", width: 30 },
  { key: "officer", header: "金融顾问", width: 20 },
  { key: "batch", header: "白名单批次", width: 10 },
  { key: "postedOn", header: "发布日期", width: 12 },
];

function demandRow(item: ListedDemand): Record<string, string> {
  return {
    enterprise: item.enterpriseName,
    kind: kindLabel(item.kind),
    amount: item.amount,
    termMonths: String(item.termMonths),
    purpose: item.purpose,
    collateral: collateralLabels(item.collateral),
    keyProject: item.keyProject ?? "",
    urgency: DEMAND_URGENCY_TERMS[item.urgency].zh,
    product: item.product ? `${item.product.name}(${item.product.institutionName})` : "",
    status: DEMAND_STATUS_TERMS[item.status].zh,
    policyNote: item.policyNote ?? item.declineReason ?? "",
    officer: item.officerName ?? "",
    batch: item.batchNumber === null ? "" : `第${item.batchNumber}批`,
    postedOn: item.postedOn,
  };
}

export function demandsWorkbook(items: readonly ListedDemand[]): Promise<Buffer> {
  return tableWorkbook("融资需求", DEMAND_COLUMNS, items.map(demandRow));
}

type BatchOf = Awaited<ReturnType<typeof batchDemands>>;

export function batchWorkbook(batch: BatchOf["batch"], demands: BatchOf["demands"]): Promise<Buffer> {
  return tableWorkbook(
    `第${batch.number}批(${batch.periodFrom}至${batch.periodTo})`,
    DEMAND_COLUMNS,
    demands.map(demandRow),
  );
}

const CLAIM_COLUMNS = [
  { key: "enterprise", header: "企业名称", width: 32 },
  { key: "institution", header: "金融机构", width: 28 },
  { key: "kind", header: "融资类型", width: 12 },
  { key: "amount", header: "需求金额(元)", width: 16 },
  { key: "state", header: "状态", width: 10 },
  { key: "dueOn", header: "本步期限", width: 12 },
  { key: "sla", header: "时限状态", width: 10 },
  { key: "approved", header: "批复(金额/利率/期限)", width: 28 },
  { key: "funded", header: "授信/放款(元)", width: 26 },
  { key: "fundedOn", header: "放款日期", width: 12 },
  { key: "declineReason", header: "拒绝理由", width: 30 },
  { key: "rating", header: "企业评分", width: 10 },
];

function claimRow(item: ListedClaim): Record<string, string> {
  return {
    enterprise: item.enterpriseName,
    institution: item.orgName,
    kind: kindLabel(item.demandKind),
    amount: item.demandAmount,
    state: CLAIM_STATE_TERMS[item.state].zh,
    dueOn: item.dueOn ?? "",
    sla: item.slaState ? SLA_STATE_TERMS[item.slaState].zh : "",
    approved: item.approvedAmount
      ? `${item.approvedAmount} / ${item.approvedRate} / ${item.approvedTermMonths}个月`
      : "",
    funded: item.fundedAmount ? `${item.creditAmount} / ${item.fundedAmount}` : "",
    fundedOn: item.fundedOn ?? "",
    declineReason: item.declineReason ?? "",
    rating: item.rating === null ? "" : String(item.rating),
  };
}

export function claimsWorkbook(items: readonly ListedClaim[]): Promise<Buffer> {
  return tableWorkbook("需求认领", CLAIM_COLUMNS, items.map(claimRow));
}

type InstitutionRow = Awaited<ReturnType<typeof institutionSummary>>[number];

/** Each institution's claims in the bureau's region: what 渝惠融 names slow banks by. */
export function institutionSummaryWorkbook(items: readonly InstitutionRow[]): Promise<Buffer> {
  return tableWorkbook(
    "机构办理情况",
    [
      { key: "orgName", header: "金融机构", width: 32 },
      { key: "open", header: "办理中", width: 10 },
      { key: "overdue", header: "逾期", width: 10 },
      { key: "declined", header: "已拒绝", width: 10 },
      { key: "released", header: "超时释放", width: 10 },
      { key: "funded", header: "已放款", width: 10 },
    ],
    items.map((item) => ({
      orgName: item.orgName,
      open: String(item.open),
      overdue: String(item.overdue),
      declined: String(item.declined),
      released: String(item.released),
      funded: String(item.funded),
    })),
  );
}

type ListedBatch = Awaited<ReturnType<typeof listBatches>>[number];

/** The published whitelist batches, one row a batch. */
export function batchesWorkbook(items: readonly ListedBatch[]): Promise<Buffer> {
  return tableWorkbook(
    "白名单批次",
    [
      { key: "number", header: "批次", width: 10 },
      { key: "period", header: "期间", width: 26 },
      { key: "demandCount", header: "需求数", width: 10 },
      { key: "publishedOn", header: "发布日期", width: 12 },
    ],
    items.map((item) => ({
      number: `第${item.number}批`,
      period: `${item.periodFrom} 至 ${item.periodTo}`,
      demandCount: String(item.demandCount),
      publishedOn: item.publishedOn,
    })),
  );
}
