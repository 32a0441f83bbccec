/** SPEC §1: the types of organisation on the platform; the server's actor carries the same codes. */
export const ORG_TYPES = [
  "ENTERPRISE",
  "INDUSTRY_BUREAU",
  "FINANCE_BUREAU",
  "CITY_GOVERNMENT",
  "BANK",
  "GUARANTOR",
  "REGUARANTOR",
  "FINANCIAL_INSTITUTION",
  "PROVINCE",
  "MINISTRY",
  "CITY_APPLICANT",
  /** 证监局: the securities regulator's office of a region (重庆证监局), which follows the listing pipeline. */
  "SECURITIES_REGULATOR",
  /** 人民银行分支机构: the central bank's local branch, which follows the banks' monthly statistics (seed 004 §五). */
  "CENTRAL_BANK_BRANCH",
  /** 评审专家: a reviewer in the ministry's pool for pilot-city applications (seed 001 §三(三)). */
  "EXPERT",
  "PLATFORM_ADMIN",
] as const;

export type OrgType = (typeof ORG_TYPES)[number];

/**
 * The five lines of government that decide on pilot cities together (seed 001 §三: 工业和信息化部、财政部、
 * 人民银行、银保监会(now 金融监管总局)、证监会), at the ministry and in each province.
 */
export const DEPARTMENTS = ["MIIT", "MOF", "PBOC", "NFRA", "CSRC"] as const;
export type Department = (typeof DEPARTMENTS)[number];

/** A provincial authority and a ministry each belong to one of the five lines; no other type has one. */
export const hasDepartment = (orgType: string): boolean => orgType === "PROVINCE" || orgType === "MINISTRY";

/** admin manages the organisation's users; operator prepares; reviewer decides and signs opinions. */
export const ROLES = ["admin", "operator", "reviewer"] as const;

export type Role = (typeof ROLES)[number];

/** Who acts on a workflow: the type of their organisation and their roles in it. */
export interface WorkflowActor {
  orgType: OrgType;
  roles: readonly Role[];
}
