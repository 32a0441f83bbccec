import {
  AlertOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  BookOutlined,
  CalculatorOutlined,
  CalendarOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  FileProtectOutlined,
  FileTextOutlined,
  FundOutlined,
  KeyOutlined,
  MoneyCollectOutlined,
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
