import { createBrowserRouter, Outlet } from "react-router";
import { ApplicationCreatePage } from "../features/applications/pages/ApplicationCreatePage";
import { ApplicationDetailPage } from "../features/applications/pages/ApplicationDetailPage";
import { ApplicationListPage } from "../features/applications/pages/ApplicationListPage";
import { AuditLogPage } from "../features/audit/pages/AuditLogPage";
import { CalculatorsPage } from "../features/calculators/pages/CalculatorsPage";
import { DefaultCaseDetailPage } from "../features/default-cases/pages/DefaultCaseDetailPage";
import { DefaultCaseListPage } from "../features/default-cases/pages/DefaultCaseListPage";
import { DefaultClaimsPage } from "../features/default-cases/pages/DefaultClaimsPage";
import { EnterpriseDetailPage } from "../features/enterprises/pages/EnterpriseDetailPage";
import { EnterpriseCreatePage, EnterpriseEditPage } from "../features/enterprises/pages/EnterpriseFormPage";
import { EnterpriseImportPage } from "../features/enterprises/pages/EnterpriseImportPage";
import { EnterpriseListPage } from "../features/enterprises/pages/EnterpriseListPage";
import { FeeSubsidyPage } from "../features/fee-subsidy/pages/FeeSubsidyPage";
import { ApiKeysPage } from "../features/identity/pages/ApiKeysPage";
import { HomePage } from "../features/identity/pages/HomePage";
import { OrganisationsPage } from "../features/identity/pages/OrganisationsPage";
import { SignInPage } from "../features/identity/pages/SignInPage";
import { UsersPage } from "../features/identity/pages/UsersPage";
import { ClaimApplyPage } from "../features/interest-subsidy/pages/ClaimApplyPage";
import { ClaimDetailPage } from "../features/interest-subsidy/pages/ClaimDetailPage";
import { EnterpriseSubsidyPage } from "../features/interest-subsidy/pages/EnterpriseSubsidyPage";
import { SubsidyAccountingPage } from "../features/interest-subsidy/pages/SubsidyAccountingPage";
import { FundOverviewPage } from "../features/ledger/pages/FundOverviewPage";
import { FundStatementPage } from "../features/ledger/pages/FundStatementPage";
import { FundPaymentDetailPage } from "../features/payments/pages/FundPaymentDetailPage";
import { FundPaymentListPage } from "../features/payments/pages/FundPaymentListPage";
import { KeySupportedListPage } from "../features/programmes/pages/KeySupportedListPage";
import { NegativeListPage } from "../features/programmes/pages/NegativeListPage";
import { ProgrammeDetailPage } from "../features/programmes/pages/ProgrammeDetailPage";
import { ProgrammeListPage } from "../features/programmes/pages/ProgrammeListPage";
import { ProgrammeReportPage } from "../features/reports/pages/ProgrammeReportPage";
import { Guard, NotFoundPage, RequireSession } from "./guards";
import { AppLayout } from "./layout/AppLayout";
import { MaybeSignedInLayout } from "./layout/PublicLayout";

/** Client routes; every page under "/" except sign-in and the public calculators needs a session. */
export const router = createBrowserRouter([
  { path: "/sign-in", element: <SignInPage /> },
  {
    path: "/calculators",
    element: (
      <MaybeSignedInLayout>
        <CalculatorsPage />
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
          <Guard allow={(access) => access.programmeLists}>
            <KeySupportedListPage />
          </Guard>
        ),
      },
      {
        path: "negative-list",
        element: (
          <Guard allow={(access) => access.programmeLists}>
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
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);
