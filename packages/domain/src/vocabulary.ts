import { CLAIM_ACTION_TERMS, type ClaimAction } from "./financing/demand-workflow";
import { EVENT_HISTORY_TERMS, type EventHistoryAction } from "./financing/events";
import type { DefaultCaseAction, DefaultCaseStatus } from "./fund/default-case-workflow";
import type { FundAccountKind, PostingKind } from "./fund/ledger";
import type { PaymentAction, PaymentKind, PaymentReviewState, PaymentStatus } from "./fund/payment-workflow";
import { PIPELINE_HISTORY_TERMS, type PipelineHistoryAction } from "./incentives/listing-pipeline";
import type {
  ApplicationAction,
  ApplicationStatus,
  ClockName,
  HistoryAction,
  ReviewParty,
  ReviewState,
} from "./programmes/application-workflow";
import type { ContractKind } from "./programmes/contracts";
import type { LoanEventType, LoanStatus } from "./programmes/loan-servicing";
import type { Department, OrgType, Role } from "./programmes/organisations";
import type { SlaState } from "./programmes/sla";
import type { ClaimStatus, InterestSubsidyVoucherKind } from "./subsidies/claims";

/**
 * The platform's one vocabulary: what each code of each enum is called, in Chinese and in English.
 * The server's exports, forms and messages take the Chinese (the *_LABELS maps below are derived
 * from these); the web shows whichever language the user chose. The terms follow the seeds; see
 * docs/glossary.md for each choice.
 */
export interface Term {
  zh: string;
  en: string;
}

export type Terms<K extends string> = Readonly<Record<K, Term>>;

/** The Chinese of each term: the labels of exports, printed forms and messages. */
export function zhLabels<K extends string>(terms: Terms<K>): Readonly<Record<K, string>> {
  return Object.fromEntries(Object.entries<Term>(terms).map(([code, term]) => [code, term.zh])) as Record<
    K,
    string
  >;
}

// ── Organisations and roles (SPEC §1) ────────────────────────────────────────────────────────────

/**
 * The type of an organisation is a category across regions: 十堰's 市经信局 and 重庆's 经济信息委 are
 * both 经信部门; 市担保集团 is a 担保机构 (seed 002 art. 1 "银行、担保机构", seed 004 "融资担保机构").
 */
export const ORG_TYPE_TERMS: Terms<OrgType> = {
  ENTERPRISE: { zh: "企业", en: "Enterprise" },
  INDUSTRY_BUREAU: { zh: "经信部门", en: "Industry bureau" },
  FINANCE_BUREAU: { zh: "财政部门", en: "Finance bureau" },
  CITY_GOVERNMENT: { zh: "市政府", en: "City government" },
  BANK: { zh: "银行", en: "Bank" },
  GUARANTOR: { zh: "担保机构", en: "Guarantor" },
  REGUARANTOR: { zh: "再担保机构", en: "Re-guarantor" },
  FINANCIAL_INSTITUTION: { zh: "其他金融机构", en: "Other financial institution" },
  PROVINCE: { zh: "省级主管部门", en: "Provincial authority" },
  MINISTRY: { zh: "部委", en: "Ministry" },
  CITY_APPLICANT: { zh: "申报城市", en: "Applicant city" },
  SECURITIES_REGULATOR: { zh: "证券监管部门", en: "Securities regulator" },
  CENTRAL_BANK_BRANCH: { zh: "人民银行分支机构", en: "PBOC branch" },
  EXPERT: { zh: "评审专家", en: "Review expert" },
  PLATFORM_ADMIN: { zh: "平台管理员", en: "Platform admin" },
};

/** The five departments by the ministry's name (the list's approvers). */
export const DEPARTMENT_TERMS: Terms<Department> = {
  MIIT: { zh: "工业和信息化部", en: "Ministry of Industry and Information Technology" },
  MOF: { zh: "财政部", en: "Ministry of Finance" },
  PBOC: { zh: "中国人民银行", en: "People's Bank of China" },
  NFRA: { zh: "国家金融监督管理总局", en: "National Financial Regulatory Administration" },
  CSRC: { zh: "中国证券监督管理委员会", en: "China Securities Regulatory Commission" },
};

/** The same lines in a province (seed 001 §三(二): 省级工业和信息化主管部门会同财政、人民银行、银保监、证监部门). */
export const PROVINCIAL_DEPARTMENT_TERMS: Terms<Department> = {
  MIIT: { zh: "工业和信息化主管部门", en: "Industry and IT department" },
  MOF: { zh: "财政部门", en: "Finance department" },
  PBOC: { zh: "人民银行分支机构", en: "PBOC branch" },
  NFRA: { zh: "金融监管局", en: "Financial regulatory bureau" },
  CSRC: { zh: "证监局", en: "Securities regulatory bureau" },
};

/** 经办 prepares, 审批 decides and signs the opinion (seed 002 art. 11(2): "审批通过后…签署意见"). */
export const ROLE_TERMS: Terms<Role> = {
  admin: { zh: "管理员", en: "Admin" },
  operator: { zh: "经办人", en: "Operator" },
  reviewer: { zh: "审批人", en: "Reviewer" },
};

// ── Loan applications (SPEC §3.1, seed 002 art. 11) ──────────────────────────────────────────────

export const APPLICATION_STATUS_TERMS: Terms<ApplicationStatus> = {
  DRAFT: { zh: "草稿", en: "Draft" },
  SUBMITTED: { zh: "已提交待推荐", en: "Submitted, awaiting recommendation" },
  UNDER_REVIEW: { zh: "银行与担保审查中", en: "Under bank and guarantor review" },
  APPROVED: { zh: "已审批通过", en: "Approved" },
  CONTRACTED: { zh: "已签订合同", en: "Contracts signed" },
  DISBURSED: { zh: "已放款", en: "Disbursed" },
  SETTLED: { zh: "已结清", en: "Settled" },
  REJECTED: { zh: "未通过", en: "Rejected" },
  WITHDRAWN: { zh: "已撤回", en: "Withdrawn" },
};

export const REVIEW_STATE_TERMS: Terms<ReviewState> = {
  NOT_STARTED: { zh: "未开始", en: "Not started" },
  PENDING: { zh: "审查中", en: "Reviewing" },
  MATERIALS_REQUESTED: { zh: "待企业补充材料", en: "Materials requested" },
  APPROVED: { zh: "已同意", en: "Approved" },
  REJECTED: { zh: "已否决", en: "Rejected" },
  CLOSED: { zh: "不再审查", en: "Closed (no longer reviewed)" },
};

export const REVIEW_PARTY_TERMS: Terms<ReviewParty> = {
  bank: { zh: "银行", en: "Bank" },
  guarantor: { zh: "担保机构", en: "Guarantor" },
};

export const APPLICATION_ACTION_TERMS: Terms<ApplicationAction> = {
  submit: { zh: "提交申请", en: "Submit" },
  withdraw: { zh: "撤回申请", en: "Withdraw" },
  recommend: { zh: "推荐", en: "Recommend" },
  "reject-recommendation": { zh: "不予推荐", en: "Decline to recommend" },
  "bank-approve": { zh: "银行审批同意", en: "Bank approves" },
  "bank-reject": { zh: "银行审批否决", en: "Bank rejects" },
  "bank-request-materials": { zh: "银行要求补充材料", en: "Bank requests materials" },
  "guarantor-approve": { zh: "担保审批同意", en: "Guarantor approves" },
  "guarantor-reject": { zh: "担保审批否决", en: "Guarantor rejects" },
  "guarantor-request-materials": { zh: "担保机构要求补充材料", en: "Guarantor requests materials" },
  "provide-materials": { zh: "补充材料", en: "Provide materials" },
  "record-contracts": { zh: "登记合同", en: "Record contracts" },
  disburse: { zh: "放款", en: "Disburse" },
};

/** An application's history: its actions, the draft's creation and the settlement by repayment. */
export const APPLICATION_HISTORY_TERMS: Terms<HistoryAction> = {
  create: { zh: "创建草稿", en: "Draft created" },
  ...APPLICATION_ACTION_TERMS,
  "loan-repaid": { zh: "贷款还清,自动结清", en: "Loan repaid: settled" },
};

export const CLOCK_TERMS: Terms<ClockName> = {
  "bank-review": { zh: "银行审查时限", en: "Bank review" },
  "guarantor-review": { zh: "担保审查时限", en: "Guarantor review" },
  disbursement: { zh: "放款时限", en: "Disbursement" },
};

export const SLA_STATE_TERMS: Terms<SlaState> = {
  "on-time": { zh: "正常", en: "On time" },
  "due-soon": { zh: "即将到期", en: "Due soon" },
  "due-today": { zh: "今日到期", en: "Due today" },
  overdue: { zh: "已逾期", en: "Overdue" },
};

/** Seed 002 art. 11(4). */
export const CONTRACT_KIND_TERMS: Terms<ContractKind> = {
  LOAN: { zh: "借款合同", en: "Loan contract" },
  ENTRUSTED_GUARANTEE: { zh: "委托担保协议", en: "Entrusted guarantee agreement" },
  COUNTER_GUARANTEE: { zh: "反担保合同", en: "Counter-guarantee contract" },
  SURETY: { zh: "保证合同", en: "Surety contract" },
};

// ── Loan servicing (SPEC §3.1 step 6) ────────────────────────────────────────────────────────────

export const LOAN_EVENT_TERMS: Terms<LoanEventType> = {
  DISBURSEMENT: { zh: "放款", en: "Disbursement" },
  INTEREST_PAYMENT: { zh: "结息", en: "Interest payment" },
  PRINCIPAL_REPAYMENT: { zh: "还本", en: "Principal repayment" },
  OVERDUE: { zh: "逾期", en: "Overdue" },
  OVERDUE_CLEARED: { zh: "逾期结清", en: "Overdue cleared" },
};

export const LOAN_STATUS_TERMS: Terms<LoanStatus> = {
  NOT_DISBURSED: { zh: "未放款", en: "Not disbursed" },
  ACTIVE: { zh: "正常", en: "Active" },
  OVERDUE: { zh: "逾期", en: "Overdue" },
  SETTLED: { zh: "已结清", en: "Settled" },
};

// ── The special fund (SPEC §4, seed 002 arts. 11(6)–(9), 12–13) ──────────────────────────────────
// fund/ still keeps its own Chinese maps (PAYMENT_STATUS_LABELS…); vocabulary.test.ts checks they
// say the same as these terms until they are derived from them.

export const PAYMENT_KIND_TERMS: Terms<PaymentKind> = {
  INTEREST_SUBSIDY: { zh: "贷款贴息", en: "Interest subsidy" },
  FEE_SUBSIDY: { zh: "担保费补贴", en: "Guarantee-fee subsidy" },
  RISK_COMPENSATION: { zh: "风险补偿", en: "Risk compensation" },
  INCENTIVE_REWARD: { zh: "投融资奖励", en: "Incentive reward" },
};

export const PAYMENT_STATUS_TERMS: Terms<PaymentStatus> = {
  DRAFT: { zh: "担保集团核算中", en: "Being prepared by the guarantor" },
  IN_REVIEW: { zh: "财政局、经信局审核中", en: "Under review by the bureaus" },
  AWAITING_APPROVAL: { zh: "待市政府审批", en: "Awaiting city government approval" },
  APPROVED: { zh: "市政府已批准待拨付", en: "Approved, to be paid" },
  PAYING: { zh: "拨付中", en: "Being paid" },
  PAID: { zh: "已拨付", en: "Paid" },
  RETURNED: { zh: "已退回担保集团", en: "Returned to the guarantor" },
  CANCELLED: { zh: "已撤销", en: "Cancelled" },
};

/**
 * A reward's status is its payment's, read by the applicant: a returned reward goes back with the bureau's
 * reason, not "to the guarantor" as a subsidy's payment does.
 */
export const REWARD_STATUS_TERMS: Terms<PaymentStatus> = {
  ...PAYMENT_STATUS_TERMS,
  RETURNED: { zh: "已退回", en: "Returned" },
};

export const PAYMENT_REVIEW_STATE_TERMS: Terms<PaymentReviewState> = {
  NOT_STARTED: { zh: "未开始", en: "Not started" },
  PENDING: { zh: "审核中", en: "Reviewing" },
  APPROVED: { zh: "已同意", en: "Approved" },
  REJECTED: { zh: "已退回", en: "Returned" },
};

export const PAYMENT_ACTION_TERMS: Terms<PaymentAction> = {
  submit: { zh: "核算无误,报送审核", en: "Checked, submit for review" },
  "finance-approve": { zh: "财政局审核同意", en: "Finance bureau approves" },
  "finance-reject": { zh: "财政局退回", en: "Finance bureau returns" },
  "industry-approve": { zh: "经信局审核同意", en: "Industry bureau approves" },
  "industry-reject": { zh: "经信局退回", en: "Industry bureau returns" },
  "city-approve": { zh: "市政府批准", en: "City government approves" },
  "city-reject": { zh: "市政府退回", en: "City government returns" },
  cancel: { zh: "撤销", en: "Cancel" },
  execute: { zh: "拨付", en: "Pay" },
};

/** A payment's history: its actions and the entries the platform writes itself. */
export const PAYMENT_HISTORY_TERMS: Terms<PaymentAction | "create" | "paid" | "refused"> = {
  ...PAYMENT_ACTION_TERMS,
  create: { zh: "生成支付申请", en: "Payment created" },
  paid: { zh: "全部拨付完成", en: "All lines paid" },
  refused: { zh: "拨付未完成", en: "Payment run stopped" },
};

export const FUND_ACCOUNT_TERMS: Terms<FundAccountKind> = {
  FUND_CASH: { zh: "专项资金存款", en: "Fund cash" },
  APPROPRIATIONS: { zh: "财政拨入资金", en: "Appropriations" },
  INTEREST_SUBSIDY_EXPENSE: { zh: "贷款贴息支出", en: "Interest subsidies" },
  FEE_SUBSIDY_EXPENSE: { zh: "担保费补贴支出", en: "Guarantee-fee subsidies" },
  RISK_COMPENSATION_EXPENSE: { zh: "风险补偿支出", en: "Risk compensation" },
  INCENTIVE_EXPENSE: { zh: "投融资奖励支出", en: "Incentive rewards" },
  RECOVERIES: { zh: "追偿收回", en: "Recoveries" },
  PAYABLE: { zh: "应付款", en: "Payable" },
  BRIDGE_RECEIVABLE: { zh: "应收转贷资金", en: "Bridge money out" },
  BRIDGE_FEE_INCOME: { zh: "转贷资金使用费收入", en: "Bridge fees" },
};

export const POSTING_KIND_TERMS: Terms<PostingKind> = {
  APPROPRIATION: { zh: "财政拨款", en: "Appropriation" },
  PAYMENT_APPROVED: { zh: "市政府批准支付(确认应付)", en: "Payment approved (payable)" },
  PAYMENT_PAID: { zh: "拨付", en: "Paid" },
  RECOVERY: { zh: "追偿款回收", en: "Recovery" },
  REVERSAL: { zh: "冲正", en: "Reversal" },
  BRIDGE_PAID: { zh: "应急转贷资金支付", en: "Bridge money paid" },
  BRIDGE_RETURNED: { zh: "应急转贷资金归还", en: "Bridge money returned" },
};

export const DEFAULT_CASE_STATUS_TERMS: Terms<DefaultCaseStatus> = {
  CLAIMED: { zh: "银行已申请代偿", en: "Claimed by the bank" },
  COMPENSATED: { zh: "担保已代偿", en: "Compensated" },
  WITHDRAWN: { zh: "银行已撤回", en: "Withdrawn by the bank" },
};

export const DEFAULT_CASE_ACTION_TERMS: Terms<DefaultCaseAction> = {
  compensate: { zh: "登记代偿", en: "Record compensation" },
  withdraw: { zh: "撤回代偿申请", en: "Withdraw the claim" },
  "request-fund-payment": { zh: "重新申请风险补偿", en: "Ask for the fund's part again" },
  "record-recovery": { zh: "登记追偿款", en: "Record a recovery" },
  "reverse-recovery": { zh: "冲正追偿款", en: "Reverse a recovery" },
};

/** A default case's history: the bank's claim, then the case's actions. */
export const DEFAULT_CASE_HISTORY_TERMS: Terms<DefaultCaseAction | "claim"> = {
  claim: { zh: "申请代偿", en: "Claim compensation" },
  ...DEFAULT_CASE_ACTION_TERMS,
};

export const CLAIM_STATUS_TERMS: Terms<ClaimStatus> = {
  SUBMITTED: { zh: "已提交,待担保集团核算", en: "Submitted, awaiting the guarantor" },
  ACCOUNTING: { zh: "担保集团核算中", en: "Being computed by the guarantor" },
  IN_REVIEW: { zh: "审核中", en: "Under review" },
  RETURNED: { zh: "已退回", en: "Returned" },
  PAID: { zh: "已拨付", en: "Paid" },
  WITHDRAWN: { zh: "已撤回", en: "Withdrawn" },
};

/** Seed 002 art. 11(6) and 附件2's note. */
export const INTEREST_SUBSIDY_VOUCHER_TERMS: Terms<InterestSubsidyVoucherKind> = {
  LOAN_VOUCHER: { zh: "借款凭证", en: "Loan voucher" },
  INTEREST_VOUCHER: { zh: "结息凭证", en: "Interest voucher" },
  REPAYMENT_VOUCHER: { zh: "还款凭证", en: "Repayment voucher" },
};

// ── The Chinese labels, derived ─────────────────────────────────────────────────────────────────

export const ORG_TYPE_LABELS = zhLabels(ORG_TYPE_TERMS);
export const ROLE_LABELS = zhLabels(ROLE_TERMS);
export const APPLICATION_STATUS_LABELS = zhLabels(APPLICATION_STATUS_TERMS);
export const REVIEW_STATE_LABELS = zhLabels(REVIEW_STATE_TERMS);
export const REVIEW_PARTY_LABELS = zhLabels(REVIEW_PARTY_TERMS);
export const APPLICATION_ACTION_LABELS = zhLabels(APPLICATION_ACTION_TERMS);
export const CONTRACT_KIND_LABELS = zhLabels(CONTRACT_KIND_TERMS);
export const LOAN_EVENT_LABELS = zhLabels(LOAN_EVENT_TERMS);

// ── Audit log (issue 11 point 7) ─────────────────────────────────────────────────────────────────

/** Every object the audit log records something about. */
export const AUDIT_ENTITY_TERMS = {
  user: { zh: "用户", en: "User" },
  organisation: { zh: "机构", en: "Organisation" },
  "api-key": { zh: "API 密钥", en: "API key" },
  enterprise: { zh: "企业", en: "Enterprise" },
  "supply-chain-link": { zh: "供应链关系", en: "Supply-chain link" },
  programme: { zh: "贷款计划", en: "Loan programme" },
  application: { zh: "贷款申请", en: "Loan application" },
  fund: { zh: "专项资金", en: "Fund" },
  "fund-payment": { zh: "支付申请", en: "Payment" },
  "interest-subsidy-claim": { zh: "贴息申请", en: "Interest-subsidy claim" },
  "default-case": { zh: "代偿案件", en: "Default case" },
  "matchmaking-event": { zh: "对接活动", en: "Matchmaking event" },
  "financing-product": { zh: "金融产品", en: "Financing product" },
  "product-catalogue": { zh: "产品汇编", en: "Product catalogue" },
  "financing-demand": { zh: "融资需求", en: "Financing demand" },
  "financing-claim": { zh: "需求认领", en: "Demand claim" },
  "listing-pipeline-entry": { zh: "上市培育企业", en: "Listing pipeline entry" },
  "incentive-policy": { zh: "奖励政策", en: "Incentive policy" },
  "incentive-evidence": { zh: "奖励申报材料", en: "Incentive evidence" },
  "incentive-application": { zh: "奖励申报", en: "Incentive application" },
  "pilot-batch": { zh: "试点城市申报批次", en: "Pilot-city batch" },
  "pilot-application": { zh: "试点城市申报", en: "Pilot-city application" },
  "pilot-recommending-unit": { zh: "试点城市推荐单位", en: "Pilot-city recommending unit" },
  "pilot-renewal": { zh: "延续试点申请", en: "Pilot renewal" },
  "pilot-progress-report": { zh: "试点年度进展报告", en: "Pilot progress report" },
  "pilot-expert": { zh: "评审专家", en: "Review expert" },
  "pilot-review-assignment": { zh: "评审任务", en: "Review assignment" },
  "bank-statistics": { zh: "银行统计报表", en: "Bank statistics" },
  "quarterly-figure": { zh: "季度填报数据", en: "Quarterly figure" },
  "monitoring-targets": { zh: "监测目标", en: "Monitoring targets" },
  "scorecard-config": { zh: "银行考核权重", en: "Scorecard weights" },
  "scorecard-publication": { zh: "银行考核结果发布", en: "Scorecard publication" },
  "official-calendar": { zh: "官方日历", en: "Official calendar" },
  "scf-payable": { zh: "核心企业应付账款", en: "Core enterprise payable" },
  "scf-arrangement": { zh: "协助账户锁定安排", en: "Account-lock arrangement" },
  "scf-financing": { zh: "数据确权融资", en: "Data-verified financing" },
  "scf-rules": { zh: "供应链融资规则", en: "Supply-chain financing rules" },
  "bridge-fund": { zh: "应急转贷资金", en: "Bridge fund" },
  "bridge-loan-letter": { zh: "续贷承诺函", en: "Renewal commitment letter" },
  "bridge-loan": { zh: "应急转贷", en: "Bridge loan" },
} as const satisfies Terms<string>;

export type AuditEntityType = keyof typeof AUDIT_ENTITY_TERMS;

/** The actions the server writes by name (the workflows' actions are added below, one per step). */
const NAMED_AUDIT_ACTION_TERMS = {
  "auth.sign-in": { zh: "登录", en: "Sign-in" },
  "auth.sign-in.failed": { zh: "登录失败", en: "Failed sign-in" },
  "auth.sign-in.locked": { zh: "登录被拒(已锁定)", en: "Sign-in refused (locked)" },
  "auth.sign-out": { zh: "退出登录", en: "Sign-out" },
  "organisation.create": { zh: "新增机构", en: "Organisation created" },
  "organisation.update": { zh: "修改机构", en: "Organisation edited" },
  "user.create": { zh: "新增用户", en: "User created" },
  "user.update": { zh: "修改用户", en: "User edited" },
  "user.update.password": { zh: "重置密码", en: "Password reset" },
  "api-key.create": { zh: "创建 API 密钥", en: "API key created" },
  "api-key.revoke": { zh: "吊销 API 密钥", en: "API key revoked" },
  "enterprise.create": { zh: "登记企业", en: "Enterprise registered" },
  "enterprise.update": { zh: "修改企业", en: "Enterprise edited" },
  "enterprise.import": { zh: "导入企业", en: "Enterprise imported" },
  "supply-chain-link.create": { zh: "新增供应关系", en: "Link added" },
  "supply-chain-link.delete": { zh: "删除供应关系", en: "Link removed" },
  "programme.copy": { zh: "复制贷款计划", en: "Programme copied" },
  "programme.configure": { zh: "修改计划配置", en: "Programme configured" },
  "key-supported-list.add": { zh: "加入重点支持名单", en: "Added to the key-supported list" },
  "key-supported-list.remove": { zh: "移出重点支持名单", en: "Removed from the key-supported list" },
  "negative-list.add": { zh: "列入负面清单", en: "Put on the negative list" },
  "negative-list.remove": { zh: "移出负面清单", en: "Removed from the negative list" },
  "application.edit": { zh: "修改申请草稿", en: "Draft edited" },
  "attachment.upload": { zh: "上传附件", en: "Attachment uploaded" },
  "loan-event.record": { zh: "登记贷款事件", en: "Loan event recorded" },
  "guarantee-fee.record": { zh: "记录担保费", en: "Guarantee fee recorded" },
  "guarantee-fee.reverse": { zh: "冲正担保费", en: "Guarantee fee reversed" },
  "fee-subsidy.create-batch": { zh: "生成担保费补贴支付申请", en: "Fee-subsidy payment created" },
  "interest-subsidy.batch": { zh: "发起贴息支付(免申即享)", en: "Interest-subsidy payment started" },
  "interest-subsidy.claim": { zh: "提交贴息申请", en: "Interest-subsidy claim filed" },
  "interest-subsidy.withdraw": { zh: "撤回贴息申请", en: "Interest-subsidy claim withdrawn" },
  "interest-subsidy.claim-payment": { zh: "贴息申请发起支付", en: "Claims put into a payment" },
  "fund.appropriate": { zh: "拨入专项资金", en: "Appropriation recorded" },
  "fund.reverse": { zh: "冲正资金记账", en: "Fund posting reversed" },
  "default-case.claim": { zh: "申请代偿", en: "Compensation claimed" },
  "default-case.compensate": { zh: "登记代偿", en: "Compensation recorded" },
  "default-case.withdraw": { zh: "撤回代偿申请", en: "Compensation claim withdrawn" },
  "default-case.recovery": { zh: "登记追偿款", en: "Recovery recorded" },
  "default-case.reverse-recovery": { zh: "冲正追偿款", en: "Recovery reversed" },
  "default-case.renew-fund-payment": { zh: "重新申请风险补偿", en: "Fund's part asked for again" },
  "financing-product.create": { zh: "新建金融产品", en: "Product created" },
  "financing-product.edit": { zh: "修改金融产品", en: "Product edited" },
  "financing-product.submit": { zh: "提交产品上架审核", en: "Product submitted for review" },
  "financing-product.list": { zh: "产品审核上架", en: "Product listed" },
  "financing-product.return": { zh: "退回产品", en: "Product returned" },
  "financing-product.delist": { zh: "下架产品", en: "Product delisted" },
  "product-catalogue.compile": { zh: "汇编产品目录", en: "Catalogue compiled" },
  "product-catalogue.publish": { zh: "发布产品目录并推送", en: "Catalogue published and pushed" },
  "financing-demand.post": { zh: "发布融资需求", en: "Financing demand posted" },
  "financing-demand.admit": { zh: "纳入融资需求白名单", en: "Demand admitted to the whitelist" },
  "financing-demand.decline": { zh: "不予纳入白名单", en: "Demand declined" },
  "financing-demand.publish-batch": { zh: "发布白名单批次", en: "Whitelist batch published" },
  "financing-demand.settings": { zh: "修改对接规则", en: "Marketplace settings changed" },
  "incentive-policy.copy": { zh: "复制奖励政策", en: "Incentive policy copied" },
  "incentive-policy.configure": { zh: "修改奖励政策", en: "Incentive policy edited" },
  "incentive-policy.retire": { zh: "停用奖励政策", en: "Incentive policy retired" },
  "incentive-evidence.upload": { zh: "上传奖励申报材料", en: "Incentive evidence uploaded" },
  "incentive-application.submit": { zh: "提交奖励申报", en: "Incentive application submitted" },
  "pilot-batch.open": { zh: "发布试点城市申报批次", en: "Pilot-city batch opened" },
  "pilot-application.create": { zh: "创建试点城市申报", en: "Pilot application started" },
  "pilot-application.edit": { zh: "编辑试点城市申报", en: "Pilot application edited" },
  "pilot-application.document": { zh: "上传试点申报文件", en: "Pilot application document uploaded" },
  "pilot-application.submit": { zh: "提交试点城市申报", en: "Pilot application submitted" },
  "pilot-application.opinion": { zh: "省级部门出具意见", en: "Provincial department's opinion" },
  "pilot-application.score": { zh: "省级评分", en: "Scored by the province" },
  "pilot-application.recommend": { zh: "省级推荐", en: "Recommended by the province" },
  "pilot-application.decline": { zh: "省级不予推荐", en: "Declined by the province" },
  "pilot-application.return": { zh: "退回修改", en: "Returned for correction" },
  "pilot-unit.confirm": { zh: "确认推荐名单并联合上报", en: "Recommendation list confirmed" },
  "pilot-renewal.submit": { zh: "提交延续试点申请", en: "Pilot renewal submitted" },
  "pilot-renewal.extend": { zh: "延长试点期", en: "Pilot term extended" },
  "pilot-renewal.decline": { zh: "不予延续试点", en: "Pilot renewal declined" },
  "pilot-progress-report.submit": { zh: "报送试点年度进展", en: "Pilot progress report submitted" },
  "pilot-progress-report.correct": { zh: "更正试点年度进展", en: "Pilot progress report corrected" },
  "pilot-expert.update": { zh: "修改评审专家信息", en: "Review expert updated" },
  "pilot-application.record-history": { zh: "录入历史申报", en: "Historic application recorded" },
  "pilot-review.assign": { zh: "分配评审专家", en: "Reviewers assigned" },
  "pilot-review.set-reviewers": { zh: "调整评审专家", en: "Reviewers adjusted" },
  "pilot-review.score": { zh: "提交评分", en: "Application scored" },
  "pilot-review.declare-conflict": { zh: "声明利益冲突", en: "Conflict declared" },
  "pilot-review.close": { zh: "结束评分", en: "Scoring closed" },
  "pilot-list.propose": { zh: "提出试点城市名单", en: "Pilot list proposed" },
  "pilot-list.change": { zh: "调整试点城市名单", en: "Pilot list changed" },
  "pilot-list.approve": { zh: "同意试点城市名单", en: "Pilot list approved" },
  "pilot-list.reject": { zh: "不同意试点城市名单", en: "Pilot list rejected" },
  "pilot-list.publish": { zh: "公布试点城市名单", en: "Pilot list published" },
  "bank-statistics.submit": { zh: "报送银行月度统计", en: "Bank statistics submitted" },
  "bank-statistics.correct": { zh: "更正银行月度统计", en: "Bank statistics corrected" },
  "quarterly-figure.enter": { zh: "填报季度数据", en: "Quarterly figure entered" },
  "quarterly-figure.correct": { zh: "更正季度数据", en: "Quarterly figure corrected" },
  "monitoring-targets.save": { zh: "修改监测目标", en: "Monitoring targets saved" },
  "scorecard-config.save": { zh: "修改银行考核权重", en: "Scorecard weights saved" },
  "scorecard.publish": { zh: "发布银行考核结果", en: "Scorecard published" },
  "official-calendar.enter": { zh: "录入法定节假日安排", en: "Holiday notice entered" },
  "scf.payables.upload": { zh: "上传应付账款", en: "Payables uploaded" },
  "scf.payable.correct": { zh: "更正应付账款", en: "Payable corrected" },
  "scf.payable.withdraw": { zh: "撤回应付账款", en: "Payable withdrawn" },
  "scf.arrangement.record": { zh: "登记协助账户锁定安排", en: "Account-lock arrangement recorded" },
  "scf.arrangement.confirm": { zh: "确认协助账户锁定安排", en: "Account-lock arrangement confirmed" },
  "scf.arrangement.decline": { zh: "拒绝协助账户锁定安排", en: "Account-lock arrangement declined" },
  "scf.arrangement.end": { zh: "终止协助账户锁定安排", en: "Account-lock arrangement ended" },
  "scf.financing.request": { zh: "申请应收账款融资", en: "Financing requested" },
  "scf.financing.finance": { zh: "发放应收账款融资", en: "Receivables financed" },
  "scf.financing.decline": { zh: "不予融资", en: "Financing declined" },
  "scf.financing.repay": { zh: "登记融资还款", en: "Financing repaid" },
  "scf.rules.set": { zh: "配置供应链融资规则", en: "Financing rules set" },
  "bridge-fund.configure": { zh: "修改应急转贷规则", en: "Bridge rules edited" },
  "bridge-loan-letter.upload": { zh: "上传续贷承诺函", en: "Renewal letter uploaded" },
  "bridge-loan.request": { zh: "申请应急转贷", en: "Bridge loan requested" },
  "bridge-loan.commit": { zh: "出具续贷承诺", en: "Renewal committed" },
  "bridge-loan.decline": { zh: "银行不予续贷", en: "Renewal declined" },
  "bridge-loan.approve": { zh: "批准应急转贷", en: "Bridge loan approved" },
  "bridge-loan.reject": { zh: "不予批准应急转贷", en: "Bridge loan rejected" },
  "bridge-loan.pay": { zh: "支付应急转贷资金", en: "Bridge money paid" },
  "bridge-loan.return": { zh: "登记转贷资金归还", en: "Bridge money returned" },
} as const satisfies Terms<string>;

/** Every action the audit log holds: the named ones, each application step and each payment step. */
export type AuditAction =
  | keyof typeof NAMED_AUDIT_ACTION_TERMS
  | `application.${HistoryAction}`
  | `fund-payment.${PaymentAction}`
  | `matchmaking-event.${EventHistoryAction}`
  | `financing-claim.${ClaimAction}`
  | `listing-pipeline.${PipelineHistoryAction}`;

function prefixed<K extends string, P extends string>(prefix: P, terms: Terms<K>) {
  return Object.fromEntries(
    Object.entries<Term>(terms).map(([key, term]) => [`${prefix}.${key}`, term]),
  ) as Record<`${P}.${K}`, Term>;
}

/** What the audit log shows for each action, in both languages (提交申请, 记录担保费 …). */
export const AUDIT_ACTION_TERMS: Terms<AuditAction> = {
  ...NAMED_AUDIT_ACTION_TERMS,
  ...prefixed("application", APPLICATION_HISTORY_TERMS),
  ...prefixed("fund-payment", PAYMENT_ACTION_TERMS),
  ...prefixed("matchmaking-event", EVENT_HISTORY_TERMS),
  ...prefixed("financing-claim", CLAIM_ACTION_TERMS),
  ...prefixed("listing-pipeline", PIPELINE_HISTORY_TERMS),
};
