import {
  AlertOutlined,
  AppstoreOutlined,
  AreaChartOutlined,
  AuditOutlined,
  BankOutlined,
  BookOutlined,
  CalculatorOutlined,
  CalendarOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  FileProtectOutlined,
  FileTextOutlined,
  FlagOutlined,
  FormOutlined,
  FundOutlined,
  KeyOutlined,
  LineChartOutlined,
  MoneyCollectOutlined,
  MonitorOutlined,
  PartitionOutlined,
  PercentageOutlined,
  PlusCircleOutlined,
  RiseOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SettingOutlined,
  ShopOutlined,
  ShoppingOutlined,
  StarOutlined,
  StopOutlined,
  SwapOutlined,
  TeamOutlined,
  TrophyOutlined,
} from "@ant-design/icons";
import type { ReactNode } from "react";
import type { MessageKey } from "../shared/i18n";
import type { Access } from "./access";

/** A page a role may open: in the menu, on the home page as a shortcut with its hint, or both. */
export interface Destination {
  key: string;
  to: string;
  icon: ReactNode;
  label: MessageKey;
  /** Shown under the label on the home page's shortcut; none keeps it off the home page. */
  hint?: MessageKey;
  /** A shortcut only, reached in the menu through its list page (e.g. creating one). */
  shortcutOnly?: boolean;
}

/** The fund's pages, one group in the menu. */
export interface DestinationGroup {
  key: string;
  icon: ReactNode;
  label: MessageKey;
  children: Destination[];
}

export type NavigationEntry = Destination | DestinationGroup;

export const isGroup = (entry: NavigationEntry): entry is DestinationGroup => "children" in entry;

/**
 * Every page the signed-in role may open, in menu order, decided once from its access: the menu
 * and the home page's shortcuts both come from here, so neither offers what the other lacks.
 */
export function navigationOf(access: Access): NavigationEntry[] {
  const entries: (NavigationEntry | false)[] = [
    access.enterpriseList && {
      key: "enterprises",
      to: "/enterprises",
      icon: <ShopOutlined />,
      label: "menu.enterprises",
      hint: "home.enterprisesHint",
    },
    access.ownEnterpriseId !== null && {
      key: "my-enterprise",
      to: `/enterprises/${access.ownEnterpriseId}`,
      icon: <ShopOutlined />,
      label: "menu.myEnterprise",
      hint: "home.myEnterpriseHint",
    },
    access.createEnterprise && {
      key: "enterprise-new",
      to: "/enterprises/new",
      icon: <PlusCircleOutlined />,
      label: "enterprise.create",
      hint: "home.createHint",
      shortcutOnly: true,
    },
    access.importEnterprises && {
      key: "enterprise-import",
      to: "/enterprises/import",
      icon: <CloudUploadOutlined />,
      label: "enterprise.import",
      hint: "home.importHint",
      shortcutOnly: true,
    },
    access.createApplication && {
      key: "application-new",
      to: "/applications/new",
      icon: <PlusCircleOutlined />,
      label: "application.create",
      hint: "home.createApplicationHint",
      shortcutOnly: true,
    },
    access.applications && {
      key: "applications",
      to: "/applications",
      icon: <FileTextOutlined />,
      label: "menu.applications",
      hint: "home.applicationsHint",
    },
    access.interestSubsidy && {
      key: "interest-subsidy",
      to: "/interest-subsidy",
      icon: <PercentageOutlined />,
      label: "menu.interestSubsidy",
      hint: "home.interestSubsidyHint",
    },
    access.interestSubsidyAccounting && {
      key: "interest-subsidy-accounting",
      to: "/interest-subsidy-accounting",
      icon: <PercentageOutlined />,
      label: "menu.interestSubsidyAccounting",
      hint: "home.interestSubsidyAccountingHint",
    },
    access.feeSubsidy && {
      key: "fee-subsidy",
      to: "/fee-subsidy",
      icon: <MoneyCollectOutlined />,
      label: "menu.feeSubsidy",
      hint: "home.feeSubsidyHint",
    },
    access.defaultClaims && {
      key: "default-claims",
      to: "/default-claims",
      icon: <AlertOutlined />,
      label: "menu.defaultClaims",
      hint: "home.defaultClaimsHint",
    },
    access.defaultCases && {
      key: "default-cases",
      to: "/default-cases",
      icon: <SafetyCertificateOutlined />,
      label: "menu.defaultCases",
      hint: "home.defaultCasesHint",
    },
    access.events && {
      key: "events",
      to: "/events",
      icon: <ScheduleOutlined />,
      label: "menu.events",
      hint: "home.eventsHint",
    },
    access.bankStatistics && {
      key: "bank-statistics",
      to: "/bank-statistics",
      icon: <AreaChartOutlined />,
      label: "menu.bankStatistics",
      hint: "home.bankStatisticsHint",
    },
    access.statisticsOverview && {
      key: "bank-statistics-region",
      to: "/bank-statistics/region",
      icon: <AreaChartOutlined />,
      label: "menu.statisticsOverview",
      hint: "home.statisticsOverviewHint",
    },
    access.monitoringIndicators && {
      key: "monitoring-indicators",
      to: "/monitoring/indicators",
      icon: <LineChartOutlined />,
      label: "menu.monitoringIndicators",
      hint: "home.monitoringIndicatorsHint",
    },
    access.bankScorecard && {
      key: "bank-scorecard",
      to: "/monitoring/scorecard",
      icon: <TrophyOutlined />,
      label: "menu.bankScorecard",
      hint: "home.bankScorecardHint",
    },
    access.quarterlyFigures && {
      key: "quarterly-figures",
      to: "/monitoring/quarterly-figures",
      icon: <FormOutlined />,
      label: "menu.quarterlyFigures",
      hint: "home.quarterlyFiguresHint",
    },
    access.pilotProgress && {
      key: "pilot-progress",
      to: "/pilot-progress",
      icon: <FlagOutlined />,
      label: "menu.pilotProgress",
      hint: "home.pilotProgressHint",
    },
    access.pilotMonitoring && {
      key: "pilot-monitoring",
      to: "/pilot-monitoring",
      icon: <MonitorOutlined />,
      label: "menu.pilotMonitoring",
      hint: "home.pilotMonitoringHint",
    },
    access.listingPipeline && {
      key: "listing-pipeline",
      to: "/listing-pipeline",
      icon: <RiseOutlined />,
      label: "menu.listingPipeline",
      hint: "home.listingPipelineHint",
    },
    (access.supplyChainFinance || access.supplyChainFinanceReport) && {
      key: "supply-chain-finance",
      to: "/supply-chain-finance",
      icon: <PartitionOutlined />,
      label: "menu.supplyChainFinance",
      hint: "home.supplyChainFinanceHint",
    },
    access.financingDemands && {
      key: "financing-demands",
      to: "/financing-demands",
      icon: <FundOutlined />,
      label: "menu.financingDemands",
      hint: "home.financingDemandsHint",
    },
    access.postDemandForEnterprise && {
      key: "financing-demand-new",
      to: "/financing-demands/new",
      icon: <PlusCircleOutlined />,
      label: "demands.postFor",
      hint: "home.postDemandForHint",
    },
    access.financingClaims && {
      key: "financing-claims",
      to: "/financing-claims",
      icon: <FundOutlined />,
      label: "menu.financingClaims",
      hint: "home.financingClaimsHint",
    },
    access.financingClaims && {
      key: "recommended-demands",
      to: "/recommended-demands",
      icon: <StarOutlined />,
      label: "menu.recommendedDemands",
      hint: "home.recommendedDemandsHint",
    },
    access.marketplaceSettings && {
      key: "marketplace-settings",
      to: "/marketplace-settings",
      icon: <SettingOutlined />,
      label: "menu.marketplaceSettings",
      hint: "home.marketplaceSettingsHint",
    },
    access.incentiveApplications && {
      key: "incentives",
      icon: <TrophyOutlined />,
      label: "menu.incentives",
      children: [
        ...(access.incentivePolicies
          ? [
              {
                key: "incentive-policies",
                to: "/incentives/policies",
                icon: null,
                label: "menu.incentivePolicies",
              } as const,
            ]
          : []),
        ...(access.applyIncentives
          ? [
              {
                key: "incentive-apply",
                to: "/incentives/apply",
                icon: null,
                label: "menu.incentiveApply",
                hint: "home.incentivesHint",
              } as const,
            ]
          : []),
        {
          key: "incentive-applications",
          to: "/incentives/applications",
          icon: null,
          label: "menu.incentiveApplications",
        },
      ],
    },
    (access.pilotBatches ||
      access.pilotMinistryReview ||
      access.pilotReviewTasks ||
      access.pilotListApproval) && {
      key: "pilot-cities",
      icon: <FlagOutlined />,
      label: "menu.pilotCities",
      children: [
        ...(access.pilotApply
          ? [
              {
                key: "pilot-application",
                to: "/pilot-application",
                icon: null,
                label: "menu.pilotApplication",
              } as const,
            ]
          : []),
        ...(access.pilotRecommend
          ? [
              {
                key: "pilot-recommendations",
                to: "/pilot-recommendations",
                icon: null,
                label: "menu.pilotRecommendation",
              } as const,
            ]
          : []),
        ...(access.pilotMinistryReview
          ? [
              {
                key: "pilot-ministry-review",
                to: "/pilot-review",
                icon: null,
                label: "menu.pilotMinistryReview",
              } as const,
            ]
          : []),
        ...(access.pilotReviewTasks
          ? [
              {
                key: "pilot-review-tasks",
                to: "/pilot-review/tasks",
                icon: null,
                label: "menu.pilotReviewTasks",
              } as const,
            ]
          : []),
        ...(access.pilotListApproval
          ? [
              {
                key: "pilot-list-approval",
                to: "/pilot-list-approval",
                icon: null,
                label: "menu.pilotListApproval",
              } as const,
            ]
          : []),
        ...(access.pilotBatches
          ? [{ key: "pilot-batches", to: "/pilot-batches", icon: null, label: "menu.pilotBatches" } as const]
          : []),
        { key: "pilot-public-list", to: "/public/pilot-cities", icon: null, label: "menu.pilotPublicList" },
      ],
    },
    access.monitoringDashboard && {
      key: "monitoring-dashboard",
      to: "/monitoring/dashboard",
      icon: <DashboardOutlined />,
      label: "menu.monitoringDashboard",
      hint: "home.monitoringDashboardHint",
    },
    access.bridgeLoans && {
      key: "bridge-loans",
      icon: <SwapOutlined />,
      label: "menu.bridgeLoans",
      children: [
        ...(access.requestBridgeLoans
          ? [
              {
                key: "bridge-loan-request",
                to: "/bridge-loans/new",
                icon: null,
                label: "menu.bridgeLoanRequest",
                hint: "home.bridgeLoansHint",
              } as const,
            ]
          : []),
        { key: "bridge-loan-list", to: "/bridge-loans", icon: null, label: "menu.bridgeLoanList" },
      ],
    },
    access.fund && {
      key: "fund",
      icon: <FundOutlined />,
      label: "menu.fund",
      children: [
        { key: "fund-overview", to: "/fund", icon: null, label: "menu.fundOverview" },
        {
          key: "fund-payments",
          to: "/fund/payments",
          icon: <FundOutlined />,
          label: "menu.fundPayments",
          hint: "home.fundPaymentsHint",
        },
        { key: "fund-statement", to: "/fund/statement", icon: null, label: "menu.fundStatement" },
        {
          key: "fund-monthly-report",
          to: "/fund/monthly-report",
          icon: null,
          label: "menu.fundMonthlyReport",
        },
      ],
    },
    (access.publishProducts || access.reviewProducts) && {
      key: "products",
      to: "/products",
      icon: <AppstoreOutlined />,
      label: access.publishProducts ? "menu.myProducts" : "menu.productReview",
      hint: "home.productsHint",
    },
    access.productSupermarket && {
      key: "product-supermarket",
      to: "/product-supermarket",
      icon: <ShoppingOutlined />,
      label: "menu.productSupermarket",
      hint: "home.productSupermarketHint",
    },
    access.productSupermarket && {
      key: "product-catalogues",
      to: "/product-catalogues",
      icon: <BookOutlined />,
      label: "menu.productCatalogues",
      hint: "home.productCataloguesHint",
    },
    access.programmes && {
      key: "programmes",
      to: "/programmes",
      icon: <FileProtectOutlined />,
      label: "menu.programmes",
      hint: "home.programmesHint",
    },
    access.keySupportedList && {
      key: "key-supported-list",
      to: "/key-supported-list",
      icon: <StarOutlined />,
      label: "menu.keySupportedList",
      hint: "home.keySupportedHint",
    },
    access.negativeList && {
      key: "negative-list",
      to: "/negative-list",
      icon: <StopOutlined />,
      label: "menu.negativeList",
      hint: "home.negativeHint",
    },
    {
      key: "calculators",
      to: "/calculators",
      icon: <CalculatorOutlined />,
      label: "menu.calculators",
      hint: "home.calculatorsHint",
    },
    access.organisations && {
      key: "organisations",
      to: "/organisations",
      icon: <BankOutlined />,
      label: "menu.organisations",
      hint: "home.organisationsHint",
    },
    access.users && {
      key: "users",
      to: "/users",
      icon: <TeamOutlined />,
      label: "menu.users",
      hint: "home.usersHint",
    },
    access.apiKeys && {
      key: "api-keys",
      to: "/api-keys",
      icon: <KeyOutlined />,
      label: "menu.apiKeys",
      hint: "home.apiKeysHint",
    },
    access.officialCalendar && {
      key: "official-calendar",
      to: "/official-calendar",
      icon: <CalendarOutlined />,
      label: "menu.officialCalendar",
      hint: "home.officialCalendarHint",
    },
    access.auditLog && {
      key: "audit-log",
      to: "/audit-log",
      icon: <AuditOutlined />,
      label: "menu.auditLog",
      hint: "home.auditHint",
    },
  ];
  return entries.filter((entry): entry is NavigationEntry => entry !== false);
}

/** The home page's shortcuts: every destination with a hint, the group's children included. */
export function shortcutsOf(access: Access): Destination[] {
  return navigationOf(access)
    .flatMap((entry) => (isGroup(entry) ? entry.children : [entry]))
    .filter((destination) => destination.hint !== undefined);
}
