import { INSTITUTION_ORG_TYPES, QUARTERLY_FIGURE_ENTERED_BY } from "@chanrong/domain";
import { type Me, type OrgType, orgTypeOf, type Role } from "../shared/types";

/**
 * What the signed-in user may do, derived in one place from the organisation type and the
 * user's roles. The server checks every request again; these flags only shape the UI.
 */
export interface Access {
  signedIn: boolean;
  /** The enterprise registry as a list (everyone except pilot-city applicants and enterprises). */
  enterpriseList: boolean;
  /** An enterprise user's own registry entry, shown as "My enterprise". */
  ownEnterpriseId: string | null;
  createEnterprise: boolean;
  importEnterprises: boolean;
  calculators: boolean;
  auditLog: boolean;
  /** The official calendar (holidays and adjusted workdays per year): the platform admin's page. */
  officialCalendar: boolean;
  /** Enter or replace a year of the official calendar. */
  editOfficialCalendar: boolean;
  organisations: boolean;
  /** Manage the users of one's own organisation. */
  users: boolean;
  /** Pick any organisation on the users page (platform admin with the admin role). */
  usersOfAnyOrganisation: boolean;
  /** Subsidised loan programmes: published policy, readable by every signed-in user. */
  programmes: boolean;
  /** Copy a programme to another region and save new versions of its configuration. */
  configureProgrammes: boolean;
  /** Check an enterprise against a programme's rules (whoever may see enterprises). */
  eligibilityCheck: boolean;
  /** Read the key-supported list, where a programme of the region requires it. */
  keySupportedList: boolean;
  /** Read the re-guarantor's negative list, where a programme of the region checks it. */
  negativeList: boolean;
  /** Read the key-supported list of any region (platform admin); others see their own region's. */
  keySupportedListAnyRegion: boolean;
  /** Add to and remove from the key-supported list (industry bureau operator or admin). */
  maintainKeySupportedList: boolean;
  /** Add to and remove from the negative list (re-guarantor operator or admin). */
  maintainNegativeList: boolean;
  /** Loan applications (贷款申请): the worklist and the applications one takes part in. */
  applications: boolean;
  /** Start a 推荐表 (enterprise operator or admin). */
  createApplication: boolean;
  /** Manage the API keys an institution's systems call with (loan events, products, claims; its admin). */
  apiKeys: boolean;
  /** 担保费补贴: the guarantor's fees charged and its yearly fee-subsidy application. */
  feeSubsidy: boolean;
  /** 贴息申请: an enterprise's settled loans, their subsidy and its 贴息表. */
  interestSubsidy: boolean;
  /** 贴息核算: the guarantor's computation, 免申即享 batches and the enterprises' claims. */
  interestSubsidyAccounting: boolean;
  /** 代偿申请: a bank claims compensation on its overdue loans. */
  defaultClaims: boolean;
  /** 代偿与追偿: default cases of one's loans, guarantees or region. */
  defaultCases: boolean;
  /** 专项资金: the fund's accounts, payment approvals, statement and monthly report (server's canSeeFund). */
  fund: boolean;
  /** Record an appropriation into the fund (finance bureau operator or reviewer). */
  appropriateFund: boolean;
  /** 银企对接活动: the region's (bureau, levels above) or those one is invited to (enterprises, institutions). */
  events: boolean;
  /** Plan and run the region's events (industry bureau operator or admin). */
  manageEvents: boolean;
  /** The region's 家次 served and the events' Excel (the bureau and the levels above). */
  eventsServed: boolean;
  /** Publish financing products (bank, guarantor, other financial institution; operator or admin). */
  publishProducts: boolean;
  /** The 上架审核 and delisting of the region's products (industry bureau). */
  reviewProducts: boolean;
  /** 金融产品超市 and the published catalogues: every signed-in user. */
  productSupermarket: boolean;
  /** Compile and publish product catalogues (industry bureau operator or admin). */
  compileCatalogues: boolean;
  /** 融资需求: an enterprise's own demands, or the bureau's whitelist of its region. */
  financingDemands: boolean;
  /** Post a financing demand for one's own enterprise. */
  postFinancingDemand: boolean;
  /** 代企业发布需求: post a demand for an enterprise of the region (industry bureau). */
  postDemandForEnterprise: boolean;
  /** Curate the whitelist: admit or decline, batches, deadlines (industry bureau reviewer). */
  curateFinancingDemands: boolean;
  /** 需求认领: the demands pushed to an institution and its claims. */
  financingClaims: boolean;
  /** A region's claim rules (认领方式, step deadlines): its industry bureau or the platform admin. */
  marketplaceSettings: boolean;
  /** Change them (reviewer or admin of those, as the server checks). */
  editMarketplaceSettings: boolean;
  /** 试点进展: a pilot city's own terms, yearly reports and renewal (city applicants). */
  pilotProgress: boolean;
  /** 试点监测: every pilot (the ministries) or the region's (provincial departments) against targets. */
  pilotMonitoring: boolean;
  /** Extend or decline renewals (MIIT, reviewer or admin: 财务司 decides them). */
  decideRenewals: boolean;
  /** 上市培育库 (千里马): a region's pool (bureaus, governments, levels above) or an enterprise's own entry. */
  listingPipeline: boolean;
  /** Add enterprises and record their stages (industry bureau operator or admin). */
  manageListingPipeline: boolean;
  /** 数据确权供应链融资 lines: a registered enterprise (as core and as supplier) or a bank. */
  supplyChainFinance: boolean;
  /** Its volume by bank and by core: the bureaus, the city government and the platform. */
  supplyChainFinanceReport: boolean;
  /** The region's incentive policies (bureaus, the city government, the platform). */
  incentivePolicies: boolean;
  /** Copy presets, edit numbers, retire (platform admin, industry bureau; operator or admin). */
  manageIncentivePolicies: boolean;
  /** 奖励申报: an enterprise, or an investment fund for the equity reward (operator or admin). */
  applyIncentives: boolean;
  /** Reward applications: one's own, or the region's for reviewers and the fund's manager. */
  incentiveApplications: boolean;
  /** 应急转贷: the enterprise's own, the bank's, the bridge fund manager's, the region's. */
  bridgeLoans: boolean;
  /** Request a bridge loan: an enterprise (operator or admin). */
  requestBridgeLoans: boolean;
  /** 统计报送: a bank's own monthly statistics, its months, versions and uploads. */
  bankStatistics: boolean;
  /** Submit or correct them (the bank's operator or admin). */
  submitBankStatistics: boolean;
  /** 银行统计: every bank's month of the region and who is late (bureaus, PBOC branch, governments). */
  statisticsOverview: boolean;
  /** 指标与目标: the region's indicators against its targets (bureaus, governments, regulators, province, ministry). */
  monitoringIndicators: boolean;
  /** Edit the region's targets and scorecard weights, publish the scorecard: its industry bureau's reviewer or admin. */
  editMonitoringTargets: boolean;
  /** 银行考核: the region's readers see every card, a bank its own. */
  bankScorecard: boolean;
  publishScorecard: boolean;
  /** 季度数据填报: read the region's quarterly figures. */
  quarterlyFigures: boolean;
  /** Enter the quarterly figures one's department holds. */
  enterQuarterlyFigures: boolean;
  /** 试点批次: the pilot-city batches, for the cities, provinces and ministries taking part. */
  pilotBatches: boolean;
  /** Open a pilot-city batch: the ministry of industry (MIIT), operator or admin. */
  openPilotBatch: boolean;
  /** 试点申报: a city applicant's own application (operator or admin edits). */
  pilotApply: boolean;
  /** 试点推荐: a province's review of its region's applications. */
  pilotRecommend: boolean;
  /** 部级评审: the pilot-city review run by 工业和信息化部. */
  pilotMinistryReview: boolean;
  /** 评审任务: an expert's assigned applications. */
  pilotReviewTasks: boolean;
  /** 名单审核: each of the five ministries decides on the proposed pilot list. */
  pilotListApproval: boolean;
  /** The monitoring dashboard: the region's bureaus and governments, a bank its own figures. */
  monitoringDashboard: boolean;
}

/** Who oversees a region's incentive rewards: the bureaus, the city government and the platform. */
const INCENTIVE_OVERSEERS: readonly OrgType[] = [
  "INDUSTRY_BUREAU",
  "FINANCE_BUREAU",
  "CITY_GOVERNMENT",
  "PLATFORM_ADMIN",
];

/** Organisations the enterprise registry has nothing for (the server lists them nothing). */
const NOT_REGISTRY_READERS: readonly (OrgType | undefined)[] = [
  "CITY_APPLICANT",
  "ENTERPRISE",
  "SECURITIES_REGULATOR",
  "CENTRAL_BANK_BRANCH",
  "EXPERT",
];

/** The parties of a bridge loan besides its overseers: the enterprise, the lending bank, the fund's manager. */
const BRIDGE_PARTIES: readonly OrgType[] = ["ENTERPRISE", "BANK", "GUARANTOR"];

/** Who reads a region's bank statistics and who is late (the server's REGIONAL_READERS in monitoring). */
const STATISTICS_READERS: readonly OrgType[] = [
  "INDUSTRY_BUREAU",
  "FINANCE_BUREAU",
  "CITY_GOVERNMENT",
  "CENTRAL_BANK_BRANCH",
  "PROVINCE",
  "MINISTRY",
  "PLATFORM_ADMIN",
];

/** Organisations that may read the key-supported and negative lists (the server's LIST_READERS). */
const LIST_READERS: readonly OrgType[] = [
  "INDUSTRY_BUREAU",
  "FINANCE_BUREAU",
  "CITY_GOVERNMENT",
  "GUARANTOR",
  "REGUARANTOR",
  "PLATFORM_ADMIN",
];

/** Who reads a region's listing pipeline (the server's REGIONAL_READERS). */
const PIPELINE_READERS: readonly OrgType[] = [
  "INDUSTRY_BUREAU",
  "FINANCE_BUREAU",
  "CITY_GOVERNMENT",
  "SECURITIES_REGULATOR",
  "PROVINCE",
  "MINISTRY",
  "PLATFORM_ADMIN",
];

/** Who reads a region's matchmaking events: its industry bureau and the levels above (the server's overseers). */
const EVENT_REGION_READERS: readonly OrgType[] = [
  "INDUSTRY_BUREAU",
  "PROVINCE",
  "MINISTRY",
  "PLATFORM_ADMIN",
];
/** Who may be invited to one: enterprises and the financial institutions. */
const EVENT_INVITEES: readonly OrgType[] = ["ENTERPRISE", "BANK", "GUARANTOR", "FINANCIAL_INSTITUTION"];

/** Organisations that take part in (or oversee) loan applications. */
const APPLICATION_PARTIES: readonly OrgType[] = [
  "ENTERPRISE",
  "INDUSTRY_BUREAU",
  "BANK",
  "GUARANTOR",
  "FINANCE_BUREAU",
  "CITY_GOVERNMENT",
  "REGUARANTOR",
  "PLATFORM_ADMIN",
];

/** Who may see a special fund: its guarantor, the region's bureaus and government, the platform. */

const FUND_READERS: readonly OrgType[] = [
  "FINANCE_BUREAU",
  "INDUSTRY_BUREAU",
  "CITY_GOVERNMENT",
  "GUARANTOR",
  "PLATFORM_ADMIN",
];

/** Who follows default cases (the server's case scope): lenders, guarantors and the region's overseers. */
const DEFAULT_CASE_READERS: readonly OrgType[] = [
  "BANK",
  "GUARANTOR",
  "REGUARANTOR",
  "FINANCE_BUREAU",
  "INDUSTRY_BUREAU",
  "CITY_GOVERNMENT",
  "PLATFORM_ADMIN",
];

// The session names the organisation type and roles as strings (the server's text columns): compared
// against the domain's vocabulary, never assumed to be in it.
const hasRole = (roles: readonly string[], ...wanted: Role[]) => wanted.some((role) => roles.includes(role));
/** Who reads a region's monitoring (the server's indicators.access.ts MONITORING_READERS). */
const MONITORING_READERS: readonly OrgType[] = [
  "INDUSTRY_BUREAU",
  "FINANCE_BUREAU",
  "CITY_GOVERNMENT",
  "CENTRAL_BANK_BRANCH",
  "SECURITIES_REGULATOR",
  "PROVINCE",
  "MINISTRY",
  "PLATFORM_ADMIN",
];

/** The departments that enter some quarterly figure (the domain's QUARTERLY_FIGURE_ENTERED_BY). */
const QUARTERLY_FIGURE_DEPARTMENTS: readonly OrgType[] = [
  ...new Set(Object.values(QUARTERLY_FIGURE_ENTERED_BY).flat()),
];

const among = (types: readonly OrgType[], type: OrgType | undefined) =>
  type !== undefined && types.includes(type);

export function accessOf(me: Me | null): Access {
  if (!me) {
    return {
      signedIn: false,
      enterpriseList: false,
      ownEnterpriseId: null,
      createEnterprise: false,
      importEnterprises: false,
      calculators: true,
      auditLog: false,
      officialCalendar: false,
      editOfficialCalendar: false,
      organisations: false,
      users: false,
      usersOfAnyOrganisation: false,
      programmes: false,
      configureProgrammes: false,
      eligibilityCheck: false,
      keySupportedList: false,
      negativeList: false,
      keySupportedListAnyRegion: false,
      maintainKeySupportedList: false,
      maintainNegativeList: false,
      applications: false,
      createApplication: false,
      apiKeys: false,
      feeSubsidy: false,
      interestSubsidy: false,
      interestSubsidyAccounting: false,
      defaultClaims: false,
      defaultCases: false,
      fund: false,
      appropriateFund: false,
      events: false,
      manageEvents: false,
      eventsServed: false,
      publishProducts: false,
      reviewProducts: false,
      productSupermarket: false,
      compileCatalogues: false,
      financingDemands: false,
      postFinancingDemand: false,
      postDemandForEnterprise: false,
      curateFinancingDemands: false,
      financingClaims: false,
      marketplaceSettings: false,
      editMarketplaceSettings: false,
      pilotProgress: false,
      pilotMonitoring: false,
      decideRenewals: false,
      listingPipeline: false,
      manageListingPipeline: false,
      supplyChainFinance: false,
      supplyChainFinanceReport: false,
      incentivePolicies: false,
      manageIncentivePolicies: false,
      applyIncentives: false,
      incentiveApplications: false,
      bridgeLoans: false,
      requestBridgeLoans: false,
      bankStatistics: false,
      submitBankStatistics: false,
      statisticsOverview: false,
      monitoringIndicators: false,
      editMonitoringTargets: false,
      bankScorecard: false,
      publishScorecard: false,
      quarterlyFigures: false,
      enterQuarterlyFigures: false,
      pilotBatches: false,
      openPilotBatch: false,
      pilotApply: false,
      pilotRecommend: false,
      pilotMinistryReview: false,
      pilotReviewTasks: false,
      pilotListApproval: false,
      monitoringDashboard: false,
    };
  }
  // An organisation type outside the vocabulary matches none of the checks below.
  const type = orgTypeOf(me.organisation.type);
  const roles = me.user.roles;
  const platformAdmin = type === "PLATFORM_ADMIN";
  const registrar = (type === "INDUSTRY_BUREAU" || platformAdmin) && hasRole(roles, "operator", "admin");
  const isAdmin = hasRole(roles, "admin");
  const preparer = hasRole(roles, "operator", "admin");
  // The securities regulator follows the listing pipeline only, the PBOC branch the banks' statistics,
  // an expert reviews pilot cities only: the registry is not theirs to read.
  const enterpriseList = !NOT_REGISTRY_READERS.includes(type);
  return {
    signedIn: true,
    enterpriseList,
    ownEnterpriseId: type === "ENTERPRISE" ? me.organisation.enterpriseId : null,
    createEnterprise: registrar,
    importEnterprises: registrar,
    calculators: true,
    auditLog: platformAdmin,
    officialCalendar: platformAdmin,
    editOfficialCalendar: platformAdmin && preparer,
    organisations: platformAdmin,
    users: isAdmin,
    usersOfAnyOrganisation: platformAdmin && isAdmin,
    programmes: true,
    configureProgrammes: platformAdmin && preparer,
    eligibilityCheck: enterpriseList,
    keySupportedList: among(LIST_READERS, type) && me.listsInUse.keySupportedList,
    negativeList: among(LIST_READERS, type) && me.listsInUse.negativeList,
    keySupportedListAnyRegion: platformAdmin,
    maintainKeySupportedList: type === "INDUSTRY_BUREAU" && preparer,
    maintainNegativeList: type === "REGUARANTOR" && preparer,
    applications: among(APPLICATION_PARTIES, type),
    createApplication: type === "ENTERPRISE" && preparer,
    apiKeys:
      (among(INSTITUTION_ORG_TYPES, type) || (type === "ENTERPRISE" && !!me.organisation.enterpriseId)) &&
      isAdmin,
    feeSubsidy: type === "GUARANTOR",
    interestSubsidy: type === "ENTERPRISE",
    interestSubsidyAccounting: type === "GUARANTOR",
    defaultClaims: type === "BANK",
    defaultCases: among(DEFAULT_CASE_READERS, type),
    fund: among(FUND_READERS, type),
    appropriateFund: type === "FINANCE_BUREAU" && hasRole(roles, "operator", "reviewer"),
    events: among(EVENT_REGION_READERS, type) || among(EVENT_INVITEES, type),
    manageEvents: type === "INDUSTRY_BUREAU" && preparer,
    eventsServed: among(EVENT_REGION_READERS, type),
    publishProducts: among(INSTITUTION_ORG_TYPES, type) && preparer,
    reviewProducts: type === "INDUSTRY_BUREAU",
    productSupermarket: true,
    compileCatalogues: type === "INDUSTRY_BUREAU" && preparer,
    financingDemands: type === "ENTERPRISE" || type === "INDUSTRY_BUREAU" || platformAdmin,
    postFinancingDemand: type === "ENTERPRISE",
    postDemandForEnterprise: type === "INDUSTRY_BUREAU",
    curateFinancingDemands: type === "INDUSTRY_BUREAU" && hasRole(roles, "reviewer"),
    financingClaims: among(INSTITUTION_ORG_TYPES, type),
    marketplaceSettings: type === "INDUSTRY_BUREAU" || platformAdmin,
    editMarketplaceSettings:
      (type === "INDUSTRY_BUREAU" || platformAdmin) && hasRole(roles, "reviewer", "admin"),
    pilotProgress: type === "CITY_APPLICANT",
    pilotMonitoring: type === "MINISTRY" || type === "PROVINCE",
    decideRenewals:
      type === "MINISTRY" && me.organisation.department === "MIIT" && hasRole(roles, "reviewer", "admin"),
    listingPipeline: among(PIPELINE_READERS, type) || type === "ENTERPRISE",
    manageListingPipeline: type === "INDUSTRY_BUREAU" && preparer,
    supplyChainFinance: (type === "ENTERPRISE" && !!me.organisation.enterpriseId) || type === "BANK",
    supplyChainFinanceReport: among(
      ["INDUSTRY_BUREAU", "FINANCE_BUREAU", "CITY_GOVERNMENT", "PLATFORM_ADMIN"],
      type,
    ),
    incentivePolicies: among(INCENTIVE_OVERSEERS, type),
    manageIncentivePolicies: (platformAdmin || type === "INDUSTRY_BUREAU") && preparer,
    applyIncentives: (type === "ENTERPRISE" || type === "FINANCIAL_INSTITUTION") && preparer,
    incentiveApplications:
      among(INCENTIVE_OVERSEERS, type) ||
      type === "ENTERPRISE" ||
      type === "FINANCIAL_INSTITUTION" ||
      type === "GUARANTOR",
    bridgeLoans: among(INCENTIVE_OVERSEERS, type) || among(BRIDGE_PARTIES, type),
    requestBridgeLoans: type === "ENTERPRISE" && preparer,
    bankStatistics: type === "BANK",
    submitBankStatistics: type === "BANK" && preparer,
    statisticsOverview: among(STATISTICS_READERS, type),
    monitoringIndicators: among(MONITORING_READERS, type),
    editMonitoringTargets: type === "INDUSTRY_BUREAU" && hasRole(roles, "reviewer", "admin"),
    bankScorecard: among(MONITORING_READERS, type) || type === "BANK",
    publishScorecard: type === "INDUSTRY_BUREAU" && hasRole(roles, "reviewer", "admin"),
    quarterlyFigures: among(MONITORING_READERS, type),
    enterQuarterlyFigures:
      among(QUARTERLY_FIGURE_DEPARTMENTS, type) && hasRole(roles, "operator", "reviewer", "admin"),
    pilotBatches: among(["CITY_APPLICANT", "PROVINCE", "MINISTRY"], type),
    openPilotBatch: type === "MINISTRY" && me.organisation.department === "MIIT" && preparer,
    pilotApply: type === "CITY_APPLICANT",
    pilotRecommend: type === "PROVINCE",
    pilotMinistryReview: type === "MINISTRY" && me.organisation.department === "MIIT",
    pilotReviewTasks: type === "EXPERT",
    pilotListApproval: type === "MINISTRY",
    monitoringDashboard: among(MONITORING_READERS, type) || type === "BANK",
  };
}
