import { lazyPage } from "./lazy-page";

/** Every page of the app, each loaded with its route's chunk the first time it is shown. */

export const ApiKeysPage = lazyPage(() => import("../features/identity/pages/ApiKeysPage"), "ApiKeysPage");
const loadApplicationFormPage = () => import("../features/applications/pages/ApplicationFormPage");
export const ApplicationCreatePage = lazyPage(loadApplicationFormPage, "ApplicationCreatePage");
export const ApplicationEditPage = lazyPage(loadApplicationFormPage, "ApplicationEditPage");
export const ApplicationDetailPage = lazyPage(
  () => import("../features/applications/pages/ApplicationDetailPage"),
  "ApplicationDetailPage",
);
export const ApplicationListPage = lazyPage(
  () => import("../features/applications/pages/ApplicationListPage"),
  "ApplicationListPage",
);
export const AuditLogPage = lazyPage(() => import("../features/audit/pages/AuditLogPage"), "AuditLogPage");
export const OfficialCalendarPage = lazyPage(
  () => import("../features/calendar/pages/OfficialCalendarPage"),
  "OfficialCalendarPage",
);
export const loadCalculatorsPage = () => import("../features/calculators/pages/CalculatorsPage");
export const CalculatorsPage = lazyPage(loadCalculatorsPage, "CalculatorsPage");
export const ClaimApplyPage = lazyPage(
  () => import("../features/interest-subsidy/pages/ClaimApplyPage"),
  "ClaimApplyPage",
);
export const ClaimDetailPage = lazyPage(
  () => import("../features/interest-subsidy/pages/ClaimDetailPage"),
  "ClaimDetailPage",
);
export const EventListPage = lazyPage(
  () => import("../features/events/pages/EventListPage"),
  "EventListPage",
);
export const SupplyChainFinancePage = lazyPage(
  () => import("../features/supply-chain-finance/pages/SupplyChainFinancePage"),
  "SupplyChainFinancePage",
);
export const ListingPipelinePage = lazyPage(
  () => import("../features/listing-pipeline/pages/ListingPipelinePage"),
  "ListingPipelinePage",
);
export const PilotProgressPage = lazyPage(
  () => import("../features/pilot-cities/progress/pages/PilotProgressPage"),
  "PilotProgressPage",
);
export const PilotMonitoringPage = lazyPage(
  () => import("../features/pilot-cities/progress/pages/PilotMonitoringPage"),
  "PilotMonitoringPage",
);
export const EventDetailPage = lazyPage(
  () => import("../features/events/pages/EventDetailPage"),
  "EventDetailPage",
);
export const DefaultCaseDetailPage = lazyPage(
  () => import("../features/default-cases/pages/DefaultCaseDetailPage"),
  "DefaultCaseDetailPage",
);
export const DefaultCaseListPage = lazyPage(
  () => import("../features/default-cases/pages/DefaultCaseListPage"),
  "DefaultCaseListPage",
);
export const DefaultClaimsPage = lazyPage(
  () => import("../features/default-cases/pages/DefaultClaimsPage"),
  "DefaultClaimsPage",
);
export const EnterpriseCreatePage = lazyPage(
  () => import("../features/enterprises/pages/EnterpriseFormPage"),
  "EnterpriseCreatePage",
);
export const EnterpriseDetailPage = lazyPage(
  () => import("../features/enterprises/pages/EnterpriseDetailPage"),
  "EnterpriseDetailPage",
);
export const EnterpriseEditPage = lazyPage(
  () => import("../features/enterprises/pages/EnterpriseFormPage"),
  "EnterpriseEditPage",
);
export const EnterpriseImportPage = lazyPage(
  () => import("../features/enterprises/pages/EnterpriseImportPage"),
  "EnterpriseImportPage",
);
export const EnterpriseListPage = lazyPage(
  () => import("../features/enterprises/pages/EnterpriseListPage"),
  "EnterpriseListPage",
);
export const EnterpriseSubsidyPage = lazyPage(
  () => import("../features/interest-subsidy/pages/EnterpriseSubsidyPage"),
  "EnterpriseSubsidyPage",
);
export const FeeSubsidyPage = lazyPage(
  () => import("../features/fee-subsidy/pages/FeeSubsidyPage"),
  "FeeSubsidyPage",
);
export const FundOverviewPage = lazyPage(
  () => import("../features/ledger/pages/FundOverviewPage"),
  "FundOverviewPage",
);
export const RecommendedDemandsPage = lazyPage(
  () => import("../features/matching/pages/RecommendedDemandsPage"),
  "RecommendedDemandsPage",
);
export const IncentivePoliciesPage = lazyPage(
  () => import("../features/incentives/pages/IncentivePoliciesPage"),
  "IncentivePoliciesPage",
);
export const IncentiveApplyPage = lazyPage(
  () => import("../features/incentives/pages/IncentiveApplyPage"),
  "IncentiveApplyPage",
);
export const IncentiveApplicationsPage = lazyPage(
  () => import("../features/incentives/pages/IncentiveApplicationsPage"),
  "IncentiveApplicationsPage",
);
export const IncentiveApplicationDetailPage = lazyPage(
  () => import("../features/incentives/pages/IncentiveApplicationDetailPage"),
  "IncentiveApplicationDetailPage",
);
export const BridgeLoansPage = lazyPage(
  () => import("../features/bridge-loans/pages/BridgeLoansPage"),
  "BridgeLoansPage",
);
export const BridgeLoanRequestPage = lazyPage(
  () => import("../features/bridge-loans/pages/BridgeLoanRequestPage"),
  "BridgeLoanRequestPage",
);
export const BridgeLoanDetailPage = lazyPage(
  () => import("../features/bridge-loans/pages/BridgeLoanDetailPage"),
  "BridgeLoanDetailPage",
);
export const BridgeFundRulesPage = lazyPage(
  () => import("../features/bridge-loans/pages/BridgeFundRulesPage"),
  "BridgeFundRulesPage",
);
export const DemandListPage = lazyPage(
  () => import("../features/demands/pages/DemandListPage"),
  "DemandListPage",
);
export const DemandFormPage = lazyPage(
  () => import("../features/demands/pages/DemandFormPage"),
  "DemandFormPage",
);
export const ListedProductPage = lazyPage(
  () => import("../features/products/pages/ListedProductPage"),
  "ListedProductPage",
);
export const DemandDetailPage = lazyPage(
  () => import("../features/demands/pages/DemandDetailPage"),
  "DemandDetailPage",
);
export const ClaimWorklistPage = lazyPage(
  () => import("../features/demands/pages/ClaimWorklistPage"),
  "ClaimWorklistPage",
);
export const MarketplaceSettingsPage = lazyPage(
  () => import("../features/demands/pages/MarketplaceSettingsPage"),
  "MarketplaceSettingsPage",
);
export const FundPaymentDetailPage = lazyPage(
  () => import("../features/payments/pages/FundPaymentDetailPage"),
  "FundPaymentDetailPage",
);
export const FundPaymentListPage = lazyPage(
  () => import("../features/payments/pages/FundPaymentListPage"),
  "FundPaymentListPage",
);
export const FundStatementPage = lazyPage(
  () => import("../features/ledger/pages/FundStatementPage"),
  "FundStatementPage",
);
export const HomePage = lazyPage(() => import("../features/identity/pages/HomePage"), "HomePage");
export const KeySupportedListPage = lazyPage(
  () => import("../features/programmes/pages/KeySupportedListPage"),
  "KeySupportedListPage",
);
export const NegativeListPage = lazyPage(
  () => import("../features/programmes/pages/NegativeListPage"),
  "NegativeListPage",
);
export const OrganisationsPage = lazyPage(
  () => import("../features/identity/pages/OrganisationsPage"),
  "OrganisationsPage",
);
export const ProductPoolPage = lazyPage(
  () => import("../features/products/pages/ProductPoolPage"),
  "ProductPoolPage",
);
export const ProductFormPage = lazyPage(
  () => import("../features/products/pages/ProductFormPage"),
  "ProductFormPage",
);
export const ProductDetailPage = lazyPage(
  () => import("../features/products/pages/ProductDetailPage"),
  "ProductDetailPage",
);
export const SupermarketPage = lazyPage(
  () => import("../features/products/pages/SupermarketPage"),
  "SupermarketPage",
);
export const CataloguesPage = lazyPage(
  () => import("../features/products/pages/CataloguesPage"),
  "CataloguesPage",
);
export const ProgrammeDetailPage = lazyPage(
  () => import("../features/programmes/pages/ProgrammeDetailPage"),
  "ProgrammeDetailPage",
);
export const MonitoringDashboardPage = lazyPage(
  () => import("../features/monitoring/dashboard/MonitoringDashboardPage"),
  "MonitoringDashboardPage",
);
export const ProgrammeListPage = lazyPage(
  () => import("../features/programmes/pages/ProgrammeListPage"),
  "ProgrammeListPage",
);
export const ProgrammeReportPage = lazyPage(
  () => import("../features/reports/pages/ProgrammeReportPage"),
  "ProgrammeReportPage",
);
export const SignInPage = lazyPage(() => import("../features/identity/pages/SignInPage"), "SignInPage");
export const SubsidyAccountingPage = lazyPage(
  () => import("../features/interest-subsidy/pages/SubsidyAccountingPage"),
  "SubsidyAccountingPage",
);
export const UsersPage = lazyPage(() => import("../features/identity/pages/UsersPage"), "UsersPage");
const loadStatistics = () => import("../features/monitoring/statistics/pages");
export const BankStatisticsPage = lazyPage(loadStatistics, "BankStatisticsPage");
export const StatisticsFormPage = lazyPage(loadStatistics, "StatisticsFormPage");
export const StatisticsDetailPage = lazyPage(loadStatistics, "StatisticsDetailPage");
export const StatisticsOverviewPage = lazyPage(loadStatistics, "StatisticsOverviewPage");

export const IndicatorsPage = lazyPage(
  () => import("../features/monitoring/indicators/IndicatorsPage"),
  "IndicatorsPage",
);
export const ScorecardPage = lazyPage(
  () => import("../features/monitoring/scorecard/ScorecardPage"),
  "ScorecardPage",
);
export const QuarterlyFiguresPage = lazyPage(
  () => import("../features/monitoring/quarterly/QuarterlyFiguresPage"),
  "QuarterlyFiguresPage",
);

export const PilotBatchesPage = lazyPage(
  () => import("../features/pilot-cities/batches/PilotBatchesPage"),
  "PilotBatchesPage",
);
export const PilotBatchDetailPage = lazyPage(
  () => import("../features/pilot-cities/batches/PilotBatchDetailPage"),
  "PilotBatchDetailPage",
);
export const PilotApplicationsPage = lazyPage(
  () => import("../features/pilot-cities/application/PilotApplicationsPage"),
  "PilotApplicationsPage",
);
export const PilotApplicationPage = lazyPage(
  () => import("../features/pilot-cities/application/PilotApplicationPage"),
  "PilotApplicationPage",
);
export const PilotRecommendationPage = lazyPage(
  () => import("../features/pilot-cities/province/PilotRecommendationPage"),
  "PilotRecommendationPage",
);
export const MinistryReviewPage = lazyPage(
  () => import("../features/pilot-cities/ministry/MinistryReviewPage"),
  "MinistryReviewPage",
);
export const ListApprovalPage = lazyPage(
  () => import("../features/pilot-cities/ministry/ListApprovalPage"),
  "ListApprovalPage",
);
export const ReviewTasksPage = lazyPage(
  () => import("../features/pilot-cities/review/ReviewTasksPage"),
  "ReviewTasksPage",
);
export const ReviewTaskPage = lazyPage(
  () => import("../features/pilot-cities/review/ReviewTaskPage"),
  "ReviewTaskPage",
);
export const PublicPilotCitiesPage = lazyPage(
  () => import("../features/pilot-cities/public/PublicPilotCitiesPage"),
  "PublicPilotCitiesPage",
);
