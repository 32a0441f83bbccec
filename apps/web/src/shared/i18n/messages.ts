import { apiKeysZh } from "./messages.apiKeys";
import { applicationsZh } from "./messages.applications";
import { attachmentsZh } from "./messages.attachments";
import { bankStatisticsZh } from "./messages.bankStatistics";
import { bridgeLoansZh } from "./messages.bridgeLoans";
import { calculatorsZh } from "./messages.calculators";
import { calendarZh } from "./messages.calendar";
import { defaultsZh } from "./messages.defaults";
import { demandsZh } from "./messages.demands";
import { enterprisesZh } from "./messages.enterprises";
import { eventsZh } from "./messages.events";
import { feeSubsidyZh } from "./messages.feeSubsidy";
import { fundZh } from "./messages.fund";
import { identityZh } from "./messages.identity";
import { incentivesZh } from "./messages.incentives";
import { interestSubsidyZh } from "./messages.interestSubsidy";
import { listingPipelineZh } from "./messages.listingPipeline";
import { matchingZh } from "./messages.matching";
import { monitoringZh } from "./messages.monitoring";
import { monitoringIndicatorsZh } from "./messages.monitoringIndicators";
import { pilotCitiesZh } from "./messages.pilotCities";
import { pilotProgressZh } from "./messages.pilotProgress";
import { pilotReviewZh } from "./messages.pilotReview";
import { productsZh } from "./messages.products";
import { programmesZh } from "./messages.programmes";
import { supplyChainFinanceZh } from "./messages.supplyChainFinance";
import { termsZh } from "./messages.terms";
import { workbenchZh } from "./messages.workbench";
import { worklistZh } from "./messages.worklist";

/**
 * Every piece of UI text in Chinese (the default); the English is in messages.en.ts, which must have
 * exactly these keys, so a missing translation is a type error. Placeholders are written {name}. Each
 * language is its own chunk, loaded when it is chosen (index.tsx).
 */
export const zh = {
  ...termsZh,
  ...applicationsZh,
  ...attachmentsZh,
  ...apiKeysZh,
  ...feeSubsidyZh,
  ...defaultsZh,
  ...fundZh,
  ...interestSubsidyZh,
  ...worklistZh,
  ...workbenchZh,
  ...programmesZh,
  ...productsZh,
  ...demandsZh,
  ...matchingZh,
  ...listingPipelineZh,
  ...bankStatisticsZh,
  ...monitoringIndicatorsZh,
  ...pilotProgressZh,
  ...supplyChainFinanceZh,
  ...incentivesZh,
  ...bridgeLoansZh,
  ...pilotCitiesZh,
  ...pilotReviewZh,
  ...monitoringZh,
  ...calculatorsZh,
  ...enterprisesZh,
  ...identityZh,
  ...eventsZh,
  ...calendarZh,
  "app.name": "产融通",
  "app.tagline": "产业与金融合作服务平台",
  "app.footer": "产融通 · 产业与金融合作服务平台 · 金额单位以各栏标注为准",

  "menu.home": "首页",
  "menu.enterprises": "企业名录",
  "menu.myEnterprise": "本企业信息",
  "menu.calculators": "计算器",
  "menu.auditLog": "审计日志",
  "menu.organisations": "机构管理",
  "menu.users": "用户管理",
  "menu.programmes": "贷款计划",
  "menu.keySupportedList": "重点支持企业名单",
  "menu.negativeList": "负面清单",

  "header.signOut": "退出登录",

  "unit.yuan": "元",
  "unit.wan": "万元",

  "common.actions": "操作",
  "common.active": "启用",
  "common.inactive": "停用",
  "common.backHome": "返回首页",
  "common.cancel": "取消",
  "common.exported": "已导出 {name}",
  "common.confirm": "确定",
  "common.createdAt": "创建时间",
  "common.edit": "编辑",
  "common.remove": "删除",
  "common.reset": "重置",
  "common.save": "保存",
  "common.saved": "已保存",
  "common.search": "查询",
  "common.status": "状态",
  "common.total": "共 {total} 条",
  "common.totalMore": "超过 {total} 条",
  "common.view": "查看",

  "error.generic": "操作失败",
  "error.conflict": "操作与当前数据冲突",
  "error.forbiddenTitle": "无权访问",
  "error.forbiddenPage": "您所在机构或角色无权使用此功能。如需开通,请联系本机构管理员。",
  "error.notFoundPage": "页面不存在或已移动。",

  "home.welcome": "您好,{name}",
  "home.subtitle": "欢迎使用产融通平台,以下是您可以办理的业务。",
  "home.accountCard": "当前账户",
  "home.organisation": "所属机构",
  "home.orgType": "机构类型",
  "home.region": "所在地区",
  "home.username": "用户名",
  "home.roles": "角色",
  "home.shortcuts": "快捷入口",
  "home.enterprisesHint": "查询、筛选和导出企业名录",
  "home.myEnterpriseHint": "查看和维护本企业的登记信息",
  "home.createHint": "登记一家新企业",
  "home.importHint": "以 Excel 批量导入企业名录",
  "home.calculatorsHint": "贴息、风险分担、追偿分配与信用代码校验",
  "home.organisationsHint": "维护平台上的机构",
  "home.usersHint": "管理本机构的用户账号与角色",
  "home.auditHint": "查询登录与数据变更记录",
  "home.programmesHint": "贷款计划的支持条件、额度、贴息与申请条件核查",
  "home.keySupportedHint": "全市汽车产业重点支持企业名单",
  "home.negativeHint": "再担保机构负面清单",
  "home.createApplicationHint": "填写贷款推荐表,提交经信部门推荐",
  "home.applicationsHint": "推荐表的推荐、银行与担保审查、签约与放款",
  "home.interestSubsidyHint": "已结清贷款的贴息:填报贴息表、上传凭证、查看进度",
  "home.interestSubsidyAccountingHint": "核算贴息、免申即享批量拨付、审核企业申请",
  "home.feeSubsidyHint": "记录担保费,年度担保费补贴申请",
  "home.defaultClaimsHint": "对逾期贷款向担保机构申请代偿",
  "home.defaultCasesHint": "代偿、损失分担与追偿",
  "home.fundPaymentsHint": "专项资金的支付申请:审核、审批与拨付",
  "home.apiKeysHint": "本机构业务系统报送贷款信息、管理金融产品与需求认领的接口密钥",

  "form.required": "必填",
  "form.choose": "请选择",
  "form.usccRequired": "请输入统一社会信用代码",
  "form.usccValid": "校验通过 · 登记管理机关行政区划码 {division}",
  "form.usccConfirm": "确认该代码为校验位不符的历史发放代码（仅平台管理员）",
  "form.yuanPattern": "请输入金额（元）,最多两位小数,如 1,000,000.00",
  "form.ratePattern": "请输入百分比,如 2",
  "form.accountPattern": "账号为 8–32 位数字或连字符",
  "form.industryHint": "可从列表选择,也可直接输入更细的代码,如 C3670",
  "form.addRevenue": "添加年度收入",
  "form.addTag": "添加标签",
  "form.addBankAccount": "添加银行账户",
  "form.register": "提交登记",
  "form.saveChanges": "保存修改",
  "form.conflictTitle": "该企业已被他人修改,您的修改未保存。请刷新后重新编辑。",
  "form.reload": "刷新为最新数据",
} as const;

export type MessageKey = keyof typeof zh;
