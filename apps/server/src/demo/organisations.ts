import type { Department, InstitutionKind } from "@chanrong/domain";
import type { OrgType, Role } from "../platform/actor";

/**
 * One organisation of every type (SPEC §1); `key` prefixes its users' names. `account` is the account
 * the fund pays the organisation into (the guarantor's fee subsidies and compensations), in its name.
 */
export const DEMO_ORGANISATIONS: {
  key: string;
  name: string;
  type: OrgType;
  regionCode: string;
  institutionKind?: InstitutionKind;
  department?: Department;
  account?: { bankName: string; accountNo: string };
}[] = [
  { key: "platform", name: "产融通平台运营中心", type: "PLATFORM_ADMIN", regionCode: "000000" },
  { key: "jxj", name: "十堰市经济和信息化局", type: "INDUSTRY_BUREAU", regionCode: "420300" },
  { key: "czj", name: "十堰市财政局", type: "FINANCE_BUREAU", regionCode: "420300" },
  { key: "szf", name: "十堰市人民政府", type: "CITY_GOVERNMENT", regionCode: "420300" },
  { key: "icbc", name: "中国工商银行十堰分行", type: "BANK", regionCode: "420300" },
  // The central bank's local branches follow their region's banks' monthly statistics, read-only.
  { key: "pbcsy", name: "中国人民银行十堰市分行", type: "CENTRAL_BANK_BRANCH", regionCode: "420300" },
  { key: "hbbank", name: "湖北银行十堰分行", type: "BANK", regionCode: "420300" },
  {
    key: "danbao",
    name: "十堰融资担保集团有限公司",
    type: "GUARANTOR",
    regionCode: "420300",
    account: { bankName: "中国工商银行十堰分行营业部", accountNo: "1810020109200087126" },
  },
  { key: "zaidanbao", name: "湖北省融资再担保集团有限公司", type: "REGUARANTOR", regionCode: "420000" },
  {
    key: "fund",
    name: "十堰产业投资基金管理有限公司",
    type: "FINANCIAL_INSTITUTION",
    regionCode: "420300",
    institutionKind: "FUND",
  },
  // Seed 001's reviews: 湖北's five provincial departments and the five ministries (§三(二), §三(三)).
  {
    key: "province",
    name: "湖北省经济和信息化厅",
    type: "PROVINCE",
    regionCode: "420000",
    department: "MIIT",
  },
  { key: "hbczt", name: "湖北省财政厅", type: "PROVINCE", regionCode: "420000", department: "MOF" },
  {
    key: "hbpbc",
    name: "中国人民银行湖北省分行",
    type: "PROVINCE",
    regionCode: "420000",
    department: "PBOC",
  },
  {
    key: "hbnfra",
    name: "国家金融监督管理总局湖北监管局",
    type: "PROVINCE",
    regionCode: "420000",
    department: "NFRA",
  },
  { key: "hbcsrc", name: "中国证监会湖北监管局", type: "PROVINCE", regionCode: "420000", department: "CSRC" },
  { key: "miit", name: "工业和信息化部", type: "MINISTRY", regionCode: "000000", department: "MIIT" },
  { key: "mof", name: "财政部", type: "MINISTRY", regionCode: "000000", department: "MOF" },
  { key: "pboc", name: "中国人民银行", type: "MINISTRY", regionCode: "000000", department: "PBOC" },
  { key: "nfra", name: "国家金融监督管理总局", type: "MINISTRY", regionCode: "000000", department: "NFRA" },
  { key: "csrc", name: "中国证券监督管理委员会", type: "MINISTRY", regionCode: "000000", department: "CSRC" },
  // The ministry's review experts, each in their own province: 湖北's may not review 湖北's cities.
  {
    key: "expertbj",
    name: "评审专家 王立新（中国社会科学院工业经济研究所）",
    type: "EXPERT",
    regionCode: "110000",
  },
  { key: "expertsh", name: "评审专家 陈静（上海财经大学）", type: "EXPERT", regionCode: "310000" },
  { key: "expertgd", name: "评审专家 刘洋（中山大学岭南学院）", type: "EXPERT", regionCode: "440000" },
  { key: "experthb", name: "评审专家 张敏（武汉大学经济与管理学院）", type: "EXPERT", regionCode: "420000" },
  { key: "expertsc", name: "评审专家 赵刚（西南财经大学）", type: "EXPERT", regionCode: "510000" },
  { key: "applicant", name: "丹江口市人民政府", type: "CITY_APPLICANT", regionCode: "420381" },
  { key: "xiangyang", name: "襄阳市人民政府", type: "CITY_APPLICANT", regionCode: "420600" },
  { key: "mianyang", name: "绵阳市人民政府", type: "CITY_APPLICANT", regionCode: "510700" },
  // 四川's five provincial departments, which recommended 绵阳 (the ministry's work in the demo).
  { key: "scjxt", name: "四川省经济和信息化厅", type: "PROVINCE", regionCode: "510000", department: "MIIT" },
  { key: "scczt", name: "四川省财政厅", type: "PROVINCE", regionCode: "510000", department: "MOF" },
  {
    key: "scpbc",
    name: "中国人民银行四川省分行",
    type: "PROVINCE",
    regionCode: "510000",
    department: "PBOC",
  },
  {
    key: "scnfra",
    name: "国家金融监督管理总局四川监管局",
    type: "PROVINCE",
    regionCode: "510000",
    department: "NFRA",
  },
  { key: "sccsrc", name: "中国证监会四川监管局", type: "PROVINCE", regionCode: "510000", department: "CSRC" },
  // First-batch pilot cities (2016), recorded as imported history: their yearly reports and renewals.
  { key: "sypilot", name: "十堰市产融合作试点城市", type: "CITY_APPLICANT", regionCode: "420300" },
  { key: "cspilot", name: "长沙市产融合作试点城市", type: "CITY_APPLICANT", regionCode: "430100" },
  // The 2020 second batch's applicants (recorded history, pilot-review-demo): three provinces and a 计划单列市.
  { key: "yichang", name: "宜昌市人民政府", type: "CITY_APPLICANT", regionCode: "420500" },
  { key: "deyang", name: "德阳市人民政府", type: "CITY_APPLICANT", regionCode: "510600" },
  { key: "huzhou", name: "湖州市人民政府", type: "CITY_APPLICANT", regionCode: "330500" },
  { key: "yinzhou", name: "宁波市鄞州区人民政府", type: "CITY_APPLICANT", regionCode: "330212" },
  { key: "enterprise", name: "十堰精工汽车零部件有限公司", type: "ENTERPRISE", regionCode: "420303" },
  // 重庆's 技改专项贷: its bureau, the parties of its review chain, and the fund's approvers.
  { key: "cqjxw", name: "重庆市经济和信息化委员会", type: "INDUSTRY_BUREAU", regionCode: "500000" },
  { key: "cqczj", name: "重庆市财政局", type: "FINANCE_BUREAU", regionCode: "500000" },
  { key: "cqszf", name: "重庆市人民政府", type: "CITY_GOVERNMENT", regionCode: "500000" },
  { key: "cqbank", name: "中国建设银行重庆市分行", type: "BANK", regionCode: "500000" },
  { key: "cqdanbao", name: "重庆市融资担保有限公司", type: "GUARANTOR", regionCode: "500000" },
  { key: "cqenterprise", name: "重庆渝江精密机械有限公司", type: "ENTERPRISE", regionCode: "500106" },
  // 重庆证监局 follows the city's listing pipeline (seed 004 §五(二)), read-only.
  { key: "cqzjj", name: "中国证监会重庆监管局", type: "SECURITIES_REGULATOR", regionCode: "500000" },
  // 重庆's financing marketplace (seed 004 §三): a second bank and the other kinds of institution.
  { key: "cqrcb", name: "重庆农村商业银行", type: "BANK", regionCode: "500000" },
  { key: "pbccq", name: "中国人民银行重庆营业管理部", type: "CENTRAL_BANK_BRANCH", regionCode: "500000" },
  {
    key: "cqinsurer",
    name: "中国人民财产保险股份有限公司重庆市分公司",
    type: "FINANCIAL_INSTITUTION",
    regionCode: "500000",
    institutionKind: "INSURER",
  },
  {
    key: "cqleasing",
    name: "重庆银行金融租赁有限公司",
    type: "FINANCIAL_INSTITUTION",
    regionCode: "500000",
    institutionKind: "LEASING",
  },
  {
    key: "cqfund",
    name: "重庆产业投资母基金有限公司",
    type: "FINANCIAL_INSTITUTION",
    regionCode: "500000",
    institutionKind: "FUND",
  },
];

export const DEMO_ROLES: Role[] = ["admin", "operator", "reviewer"];

/** Every demo user signs in with this password (README); never seeded in production. */
export const DEMO_PASSWORD = "Chanrong2026";
