import { Suspense } from "react";
import { createBrowserRouter, Outlet } from "react-router";
import { FullPageSpin, guarded, RequireSession } from "./guards";
import { lazyPage } from "./lazy-page";
import {
  ApiKeysPage,
  ApplicationCreatePage,
  ApplicationDetailPage,
  ApplicationEditPage,
  ApplicationListPage,
  AuditLogPage,
  BankStatisticsPage,
  BridgeFundRulesPage,
  BridgeLoanDetailPage,
  BridgeLoanRequestPage,
  BridgeLoansPage,
  CalculatorsPage,
  CataloguesPage,
  ClaimApplyPage,
  ClaimDetailPage,
  ClaimWorklistPage,
  DefaultCaseDetailPage,
  DefaultCaseListPage,
  DefaultClaimsPage,
  DemandDetailPage,
  DemandFormPage,
  DemandListPage,
  EnterpriseCreatePage,
  EnterpriseDetailPage,
  EnterpriseEditPage,
  EnterpriseImportPage,
  EnterpriseListPage,
  EnterpriseSubsidyPage,
  EventDetailPage,
  EventListPage,
  FeeSubsidyPage,
  FundOverviewPage,
  FundPaymentDetailPage,
  FundPaymentListPage,
  FundStatementPage,
  HomePage,
  IncentiveApplicationDetailPage,
  IncentiveApplicationsPage,
  IncentiveApplyPage,
  IncentivePoliciesPage,
  IndicatorsPage,
  KeySupportedListPage,
  ListApprovalPage,
  ListedProductPage,
  ListingPipelinePage,
  loadCalculatorsPage,
  MarketplaceSettingsPage,
  MinistryReviewPage,
  MonitoringDashboardPage,
  NegativeListPage,
  OfficialCalendarPage,
  OrganisationsPage,
  PilotApplicationPage,
  PilotApplicationsPage,
  PilotBatchDetailPage,
  PilotBatchesPage,
  PilotMonitoringPage,
  PilotProgressPage,
  PilotRecommendationPage,
  ProductDetailPage,
  ProductFormPage,
  ProductPoolPage,
  ProgrammeDetailPage,
  ProgrammeListPage,
  ProgrammeReportPage,
  PublicPilotCitiesPage,
  QuarterlyFiguresPage,
  RecommendedDemandsPage,
  ReviewTaskPage,
  ReviewTasksPage,
  ScorecardPage,
  SignInPage,
  StatisticsDetailPage,
  StatisticsFormPage,
  StatisticsOverviewPage,
  SubsidyAccountingPage,
  SupermarketPage,
  SupplyChainFinancePage,
  UsersPage,
} from "./pages";
import { NotFoundPage } from "./refusals";

// The frames too: the sign-in page needs neither the menu nor the header.
const loadAppLayout = () => import("./layout/AppLayout");
const loadPublicLayout = () => import("./layout/PublicLayout");
const AppLayout = lazyPage(loadAppLayout, "AppLayout");
const MaybeSignedInLayout = lazyPage(loadPublicLayout, "MaybeSignedInLayout");

// A first load fetches the frame (and the calculators their page) its URL needs beside the entry, not after it has rendered (a module
// is fetched once: the lazy component's own import then finds it loaded).
const firstPath = window.location.pathname;
if (firstPath === "/calculators") void Promise.all([loadPublicLayout(), loadCalculatorsPage()]);
else if (firstPath !== "/sign-in") void loadAppLayout();

/**
 * Client routes; every page under "/" except sign-in and the public calculators needs a session. One
 * Suspense boundary above them all: its spinner shows on a first load only, while the frame and page
 * load; a navigation (a transition in React Router) keeps the current page until the next has loaded,
 * instead of blanking it.
 */
export const router = createBrowserRouter([
  {
    element: (
      <Suspense fallback={<FullPageSpin />}>
        <Outlet />
      </Suspense>
    ),
    children: [
      {
        path: "/sign-in",
        element: <SignInPage />,
      },
      {
        path: "/calculators",
        element: (
          <MaybeSignedInLayout>
            <CalculatorsPage />
          </MaybeSignedInLayout>
        ),
      },
      {
        path: "/public/pilot-cities",
        element: (
          <MaybeSignedInLayout>
            <PublicPilotCitiesPage />
          </MaybeSignedInLayout>
        ),
      },
      {
        path: "/",
        element: (
          <RequireSession>
            <AppLayout>
              <Outlet />
            </AppLayout>
          </RequireSession>
        ),
        children: [
          { index: true, element: <HomePage /> },
          guarded("pilot-review", (access) => access.pilotMinistryReview, MinistryReviewPage),
          guarded("pilot-review/tasks", (access) => access.pilotReviewTasks, ReviewTasksPage),
          guarded("pilot-review/tasks/:id", (access) => access.pilotReviewTasks, ReviewTaskPage),
          guarded("pilot-list-approval", (access) => access.pilotListApproval, ListApprovalPage),
          guarded("enterprises", (access) => access.enterpriseList, EnterpriseListPage),
          guarded("enterprises/new", (access) => access.createEnterprise, EnterpriseCreatePage),
          guarded("enterprises/import", (access) => access.importEnterprises, EnterpriseImportPage),
          { path: "enterprises/:id", element: <EnterpriseDetailPage /> },
          { path: "enterprises/:id/edit", element: <EnterpriseEditPage /> },
          guarded("products", (access) => access.publishProducts || access.reviewProducts, ProductPoolPage),
          guarded("products/new", (access) => access.publishProducts, ProductFormPage),
          guarded(
            "products/:id",
            (access) => access.publishProducts || access.reviewProducts,
            ProductDetailPage,
          ),
          guarded("products/:id/edit", (access) => access.publishProducts, ProductFormPage),
          guarded("product-supermarket", (access) => access.productSupermarket, SupermarketPage),
          guarded("product-supermarket/:id", (access) => access.productSupermarket, ListedProductPage),
          guarded("product-catalogues", (access) => access.productSupermarket, CataloguesPage),
          guarded("programmes", (access) => access.programmes, ProgrammeListPage),
          guarded("programmes/:code", (access) => access.programmes, ProgrammeDetailPage),
          guarded("key-supported-list", (access) => access.keySupportedList, KeySupportedListPage),
          guarded("negative-list", (access) => access.negativeList, NegativeListPage),
          guarded("applications", (access) => access.applications, ApplicationListPage),
          guarded("applications/new", (access) => access.createApplication, ApplicationCreatePage),
          guarded("applications/:id/edit", (access) => access.createApplication, ApplicationEditPage),
          guarded("applications/:id", (access) => access.applications, ApplicationDetailPage),
          guarded("interest-subsidy", (access) => access.interestSubsidy, EnterpriseSubsidyPage),
          guarded(
            "interest-subsidy/apply/:applicationId",
            (access) => access.interestSubsidy,
            ClaimApplyPage,
          ),
          guarded(
            "interest-subsidy/claims/:id",
            (access) => access.interestSubsidy || access.interestSubsidyAccounting || access.fund,
            ClaimDetailPage,
          ),
          guarded(
            "interest-subsidy-accounting",
            (access) => access.interestSubsidyAccounting,
            SubsidyAccountingPage,
          ),
          guarded("fund", (access) => access.fund, FundOverviewPage),
          guarded("incentives/policies", (access) => access.incentivePolicies, IncentivePoliciesPage),
          guarded("incentives/apply", (access) => access.applyIncentives, IncentiveApplyPage),
          guarded(
            "incentives/applications",
            (access) => access.incentiveApplications,
            IncentiveApplicationsPage,
          ),
          guarded(
            "incentives/applications/:id",
            (access) => access.incentiveApplications,
            IncentiveApplicationDetailPage,
          ),
          guarded("pilot-batches", (access) => access.pilotBatches, PilotBatchesPage),
          guarded("pilot-batches/:id", (access) => access.pilotBatches, PilotBatchDetailPage),
          guarded("pilot-application", (access) => access.pilotApply, PilotApplicationsPage),
          guarded("pilot-applications/:id", (access) => access.pilotApply, PilotApplicationPage),
          guarded("pilot-recommendations", (access) => access.pilotRecommend, PilotRecommendationPage),
          guarded("bridge-loans", (access) => access.bridgeLoans, BridgeLoansPage),
          guarded("bridge-loans/new", (access) => access.requestBridgeLoans, BridgeLoanRequestPage),
          guarded("bridge-loans/:id", (access) => access.bridgeLoans, BridgeLoanDetailPage),
          guarded("bridge-funds/:id/rules", (access) => access.bridgeLoans, BridgeFundRulesPage),
          guarded("financing-demands", (access) => access.financingDemands, DemandListPage),
          guarded(
            "financing-demands/new",
            (access) => access.postFinancingDemand || access.postDemandForEnterprise,
            DemandFormPage,
          ),
          guarded(
            "financing-demands/:id",
            (access) => access.financingDemands || access.financingClaims,
            DemandDetailPage,
          ),
          guarded("recommended-demands", (access) => access.financingClaims, RecommendedDemandsPage),
          guarded("marketplace-settings", (access) => access.marketplaceSettings, MarketplaceSettingsPage),
          guarded("financing-claims", (access) => access.financingClaims, ClaimWorklistPage),
          guarded("fund/payments", (access) => access.fund, FundPaymentListPage),
          guarded("fund/payments/:id", (access) => access.fund, FundPaymentDetailPage),
          guarded("fund/statement", (access) => access.fund, FundStatementPage),
          guarded("monitoring/dashboard", (access) => access.monitoringDashboard, MonitoringDashboardPage),
          guarded("fund/monthly-report", (access) => access.fund, ProgrammeReportPage),
          guarded("fee-subsidy", (access) => access.feeSubsidy, FeeSubsidyPage),
          guarded("default-claims", (access) => access.defaultClaims, DefaultClaimsPage),
          guarded("default-cases", (access) => access.defaultCases, DefaultCaseListPage),
          guarded("default-cases/:id", (access) => access.defaultCases, DefaultCaseDetailPage),
          guarded(
            "supply-chain-finance",
            (access) => access.supplyChainFinance || access.supplyChainFinanceReport,
            SupplyChainFinancePage,
          ),
          guarded("bank-statistics", (access) => access.bankStatistics, BankStatisticsPage),
          guarded("pilot-progress", (access) => access.pilotProgress, PilotProgressPage),
          guarded("monitoring/indicators", (access) => access.monitoringIndicators, IndicatorsPage),
          guarded("bank-statistics/new", (access) => access.submitBankStatistics, StatisticsFormPage),
          guarded("monitoring/scorecard", (access) => access.bankScorecard, ScorecardPage),
          guarded("bank-statistics/region", (access) => access.statisticsOverview, StatisticsOverviewPage),
          guarded(
            "bank-statistics/:id",
            (access) => access.bankStatistics || access.statisticsOverview,
            StatisticsDetailPage,
          ),
          guarded("monitoring/quarterly-figures", (access) => access.quarterlyFigures, QuarterlyFiguresPage),
          guarded("pilot-monitoring", (access) => access.pilotMonitoring, PilotMonitoringPage),
          guarded("listing-pipeline", (access) => access.listingPipeline, ListingPipelinePage),
          guarded("events", (access) => access.events, EventListPage),
          guarded("events/:id", (access) => access.events, EventDetailPage),
          guarded("audit-log", (access) => access.auditLog, AuditLogPage),
          guarded("organisations", (access) => access.organisations, OrganisationsPage),
          guarded("users", (access) => access.users, UsersPage),
          guarded("api-keys", (access) => access.apiKeys, ApiKeysPage),
          guarded("official-calendar", (access) => access.officialCalendar, OfficialCalendarPage),
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
