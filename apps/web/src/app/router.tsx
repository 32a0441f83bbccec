import { Suspense } from "react";
import { createBrowserRouter, Outlet } from "react-router";
import { FullPageSpin, Guard, RequireSession } from "./guards";
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
          {
            path: "pilot-review",
            element: (
              <Guard allow={(access) => access.pilotMinistryReview}>
                <MinistryReviewPage />
              </Guard>
            ),
          },
          {
            path: "pilot-review/tasks",
            element: (
              <Guard allow={(access) => access.pilotReviewTasks}>
                <ReviewTasksPage />
              </Guard>
            ),
          },
          {
            path: "pilot-review/tasks/:id",
            element: (
              <Guard allow={(access) => access.pilotReviewTasks}>
                <ReviewTaskPage />
              </Guard>
            ),
          },
          {
            path: "pilot-list-approval",
            element: (
              <Guard allow={(access) => access.pilotListApproval}>
                <ListApprovalPage />
              </Guard>
            ),
          },
          {
            path: "enterprises",
            element: (
              <Guard allow={(access) => access.enterpriseList}>
                <EnterpriseListPage />
              </Guard>
            ),
          },
          {
            path: "enterprises/new",
            element: (
              <Guard allow={(access) => access.createEnterprise}>
                <EnterpriseCreatePage />
              </Guard>
            ),
          },
          {
            path: "enterprises/import",
            element: (
              <Guard allow={(access) => access.importEnterprises}>
                <EnterpriseImportPage />
              </Guard>
            ),
          },
          { path: "enterprises/:id", element: <EnterpriseDetailPage /> },
          { path: "enterprises/:id/edit", element: <EnterpriseEditPage /> },
          {
            path: "products",
            element: (
              <Guard allow={(access) => access.publishProducts || access.reviewProducts}>
                <ProductPoolPage />
              </Guard>
            ),
          },
          {
            path: "products/new",
            element: (
              <Guard allow={(access) => access.publishProducts}>
                <ProductFormPage />
              </Guard>
            ),
          },
          {
            path: "products/:id",
            element: (
              <Guard allow={(access) => access.publishProducts || access.reviewProducts}>
                <ProductDetailPage />
              </Guard>
            ),
          },
          {
            path: "products/:id/edit",
            element: (
              <Guard allow={(access) => access.publishProducts}>
                <ProductFormPage />
              </Guard>
            ),
          },
          {
            path: "product-supermarket",
            element: (
              <Guard allow={(access) => access.productSupermarket}>
                <SupermarketPage />
              </Guard>
            ),
          },
          {
            path: "product-supermarket/:id",
            element: (
              <Guard allow={(access) => access.productSupermarket}>
                <ListedProductPage />
              </Guard>
            ),
          },
          {
            path: "product-catalogues",
            element: (
              <Guard allow={(access) => access.productSupermarket}>
                <CataloguesPage />
              </Guard>
            ),
          },
          {
            path: "programmes",
            element: (
              <Guard allow={(access) => access.programmes}>
                <ProgrammeListPage />
              </Guard>
            ),
          },
          {
            path: "programmes/:code",
            element: (
              <Guard allow={(access) => access.programmes}>
                <ProgrammeDetailPage />
              </Guard>
            ),
          },
          {
            path: "key-supported-list",
            element: (
              <Guard allow={(access) => access.keySupportedList}>
                <KeySupportedListPage />
              </Guard>
            ),
          },
          {
            path: "negative-list",
            element: (
              <Guard allow={(access) => access.negativeList}>
                <NegativeListPage />
              </Guard>
            ),
          },
          {
            path: "applications",
            element: (
              <Guard allow={(access) => access.applications}>
                <ApplicationListPage />
              </Guard>
            ),
          },
          {
            path: "applications/new",
            element: (
              <Guard allow={(access) => access.createApplication}>
                <ApplicationCreatePage />
              </Guard>
            ),
          },
          {
            path: "applications/:id/edit",
            element: (
              <Guard allow={(access) => access.createApplication}>
                <ApplicationEditPage />
              </Guard>
            ),
          },
          {
            path: "applications/:id",
            element: (
              <Guard allow={(access) => access.applications}>
                <ApplicationDetailPage />
              </Guard>
            ),
          },
          {
            path: "interest-subsidy",
            element: (
              <Guard allow={(access) => access.interestSubsidy}>
                <EnterpriseSubsidyPage />
              </Guard>
            ),
          },
          {
            path: "interest-subsidy/apply/:applicationId",
            element: (
              <Guard allow={(access) => access.interestSubsidy}>
                <ClaimApplyPage />
              </Guard>
            ),
          },
          {
            path: "interest-subsidy/claims/:id",
            element: (
              <Guard
                allow={(access) => access.interestSubsidy || access.interestSubsidyAccounting || access.fund}
              >
                <ClaimDetailPage />
              </Guard>
            ),
          },
          {
            path: "interest-subsidy-accounting",
            element: (
              <Guard allow={(access) => access.interestSubsidyAccounting}>
                <SubsidyAccountingPage />
              </Guard>
            ),
          },
          {
            path: "fund",
            element: (
              <Guard allow={(access) => access.fund}>
                <FundOverviewPage />
              </Guard>
            ),
          },
          {
            path: "incentives/policies",
            element: (
              <Guard allow={(access) => access.incentivePolicies}>
                <IncentivePoliciesPage />
              </Guard>
            ),
          },
          {
            path: "incentives/apply",
            element: (
              <Guard allow={(access) => access.applyIncentives}>
                <IncentiveApplyPage />
              </Guard>
            ),
          },
          {
            path: "incentives/applications",
            element: (
              <Guard allow={(access) => access.incentiveApplications}>
                <IncentiveApplicationsPage />
              </Guard>
            ),
          },
          {
            path: "incentives/applications/:id",
            element: (
              <Guard allow={(access) => access.incentiveApplications}>
                <IncentiveApplicationDetailPage />
              </Guard>
            ),
          },
          {
            path: "pilot-batches",
            element: (
              <Guard allow={(access) => access.pilotBatches}>
                <PilotBatchesPage />
              </Guard>
            ),
          },
          {
            path: "pilot-batches/:id",
            element: (
              <Guard allow={(access) => access.pilotBatches}>
                <PilotBatchDetailPage />
              </Guard>
            ),
          },
          {
            path: "pilot-application",
            element: (
              <Guard allow={(access) => access.pilotApply}>
                <PilotApplicationsPage />
              </Guard>
            ),
          },
          {
            path: "pilot-applications/:id",
            element: (
              <Guard allow={(access) => access.pilotApply}>
                <PilotApplicationPage />
              </Guard>
            ),
          },
          {
            path: "pilot-recommendations",
            element: (
              <Guard allow={(access) => access.pilotRecommend}>
                <PilotRecommendationPage />
              </Guard>
            ),
          },
          {
            path: "bridge-loans",
            element: (
              <Guard allow={(access) => access.bridgeLoans}>
                <BridgeLoansPage />
              </Guard>
            ),
          },
          {
            path: "bridge-loans/new",
            element: (
              <Guard allow={(access) => access.requestBridgeLoans}>
                <BridgeLoanRequestPage />
              </Guard>
            ),
          },
          {
            path: "bridge-loans/:id",
            element: (
              <Guard allow={(access) => access.bridgeLoans}>
                <BridgeLoanDetailPage />
              </Guard>
            ),
          },
          {
            path: "bridge-funds/:id/rules",
            element: (
              <Guard allow={(access) => access.bridgeLoans}>
                <BridgeFundRulesPage />
              </Guard>
            ),
          },
          {
            path: "financing-demands",
            element: (
              <Guard allow={(access) => access.financingDemands}>
                <DemandListPage />
              </Guard>
            ),
          },
          {
            path: "financing-demands/new",
            element: (
              <Guard allow={(access) => access.postFinancingDemand || access.postDemandForEnterprise}>
                <DemandFormPage />
              </Guard>
            ),
          },
          {
            path: "financing-demands/:id",
            element: (
              <Guard allow={(access) => access.financingDemands || access.financingClaims}>
                <DemandDetailPage />
              </Guard>
            ),
          },
          {
            path: "recommended-demands",
            element: (
              <Guard allow={(access) => access.financingClaims}>
                <RecommendedDemandsPage />
              </Guard>
            ),
          },
          {
            path: "marketplace-settings",
            element: (
              <Guard allow={(access) => access.marketplaceSettings}>
                <MarketplaceSettingsPage />
              </Guard>
            ),
          },
          {
            path: "financing-claims",
            element: (
              <Guard allow={(access) => access.financingClaims}>
                <ClaimWorklistPage />
              </Guard>
            ),
          },
          {
            path: "fund/payments",
            element: (
              <Guard allow={(access) => access.fund}>
                <FundPaymentListPage />
              </Guard>
            ),
          },
          {
            path: "fund/payments/:id",
            element: (
              <Guard allow={(access) => access.fund}>
                <FundPaymentDetailPage />
              </Guard>
            ),
          },
          {
            path: "fund/statement",
            element: (
              <Guard allow={(access) => access.fund}>
                <FundStatementPage />
              </Guard>
            ),
          },
          {
            path: "monitoring/dashboard",
            element: (
              <Guard allow={(access) => access.monitoringDashboard}>
                <MonitoringDashboardPage />
              </Guard>
            ),
          },
          {
            path: "fund/monthly-report",
            element: (
              <Guard allow={(access) => access.fund}>
                <ProgrammeReportPage />
              </Guard>
            ),
          },
          {
            path: "fee-subsidy",
            element: (
              <Guard allow={(access) => access.feeSubsidy}>
                <FeeSubsidyPage />
              </Guard>
            ),
          },
          {
            path: "default-claims",
            element: (
              <Guard allow={(access) => access.defaultClaims}>
                <DefaultClaimsPage />
              </Guard>
            ),
          },
          {
            path: "default-cases",
            element: (
              <Guard allow={(access) => access.defaultCases}>
                <DefaultCaseListPage />
              </Guard>
            ),
          },
          {
            path: "default-cases/:id",
            element: (
              <Guard allow={(access) => access.defaultCases}>
                <DefaultCaseDetailPage />
              </Guard>
            ),
          },
          {
            path: "supply-chain-finance",
            element: (
              <Guard allow={(access) => access.supplyChainFinance || access.supplyChainFinanceReport}>
                <SupplyChainFinancePage />
              </Guard>
            ),
          },
          {
            path: "bank-statistics",
            element: (
              <Guard allow={(access) => access.bankStatistics}>
                <BankStatisticsPage />
              </Guard>
            ),
          },
          {
            path: "pilot-progress",
            element: (
              <Guard allow={(access) => access.pilotProgress}>
                <PilotProgressPage />
              </Guard>
            ),
          },
          {
            path: "monitoring/indicators",
            element: (
              <Guard allow={(access) => access.monitoringIndicators}>
                <IndicatorsPage />
              </Guard>
            ),
          },
          {
            path: "bank-statistics/new",
            element: (
              <Guard allow={(access) => access.submitBankStatistics}>
                <StatisticsFormPage />
              </Guard>
            ),
          },
          {
            path: "monitoring/scorecard",
            element: (
              <Guard allow={(access) => access.bankScorecard}>
                <ScorecardPage />
              </Guard>
            ),
          },
          {
            path: "bank-statistics/region",
            element: (
              <Guard allow={(access) => access.statisticsOverview}>
                <StatisticsOverviewPage />
              </Guard>
            ),
          },
          {
            path: "bank-statistics/:id",
            element: (
              <Guard allow={(access) => access.bankStatistics || access.statisticsOverview}>
                <StatisticsDetailPage />
              </Guard>
            ),
          },
          {
            path: "monitoring/quarterly-figures",
            element: (
              <Guard allow={(access) => access.quarterlyFigures}>
                <QuarterlyFiguresPage />
              </Guard>
            ),
          },
          {
            path: "pilot-monitoring",
            element: (
              <Guard allow={(access) => access.pilotMonitoring}>
                <PilotMonitoringPage />
              </Guard>
            ),
          },
          {
            path: "listing-pipeline",
            element: (
              <Guard allow={(access) => access.listingPipeline}>
                <ListingPipelinePage />
              </Guard>
            ),
          },
          {
            path: "events",
            element: (
              <Guard allow={(access) => access.events}>
                <EventListPage />
              </Guard>
            ),
          },
          {
            path: "events/:id",
            element: (
              <Guard allow={(access) => access.events}>
                <EventDetailPage />
              </Guard>
            ),
          },
          {
            path: "audit-log",
            element: (
              <Guard allow={(access) => access.auditLog}>
                <AuditLogPage />
              </Guard>
            ),
          },
          {
            path: "organisations",
            element: (
              <Guard allow={(access) => access.organisations}>
                <OrganisationsPage />
              </Guard>
            ),
          },
          {
            path: "users",
            element: (
              <Guard allow={(access) => access.users}>
                <UsersPage />
              </Guard>
            ),
          },
          {
            path: "api-keys",
            element: (
              <Guard allow={(access) => access.apiKeys}>
                <ApiKeysPage />
              </Guard>
            ),
          },
          {
            path: "official-calendar",
            element: (
              <Guard allow={(access) => access.officialCalendar}>
                <OfficialCalendarPage />
              </Guard>
            ),
          },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
