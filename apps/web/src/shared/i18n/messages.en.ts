import type { MessageKey } from "./messages";
import { apiKeysEn } from "./messages.apiKeys.en";
import { applicationsEn } from "./messages.applications.en";
import { attachmentsEn } from "./messages.attachments.en";
import { bankStatisticsEn } from "./messages.bankStatistics.en";
import { bridgeLoansEn } from "./messages.bridgeLoans.en";
import { calculatorsEn } from "./messages.calculators.en";
import { calendarEn } from "./messages.calendar.en";
import { defaultsEn } from "./messages.defaults.en";
import { demandsEn } from "./messages.demands.en";
import { enterprisesEn } from "./messages.enterprises.en";
import { eventsEn } from "./messages.events.en";
import { feeSubsidyEn } from "./messages.feeSubsidy.en";
import { fundEn } from "./messages.fund.en";
import { identityEn } from "./messages.identity.en";
import { incentivesEn } from "./messages.incentives.en";
import { interestSubsidyEn } from "./messages.interestSubsidy.en";
import { listingPipelineEn } from "./messages.listingPipeline.en";
import { matchingEn } from "./messages.matching.en";
import { monitoringEn } from "./messages.monitoring.en";
import { monitoringIndicatorsEn } from "./messages.monitoringIndicators.en";
import { pilotCitiesEn } from "./messages.pilotCities.en";
import { pilotProgressEn } from "./messages.pilotProgress.en";
import { pilotReviewEn } from "./messages.pilotReview.en";
import { productsEn } from "./messages.products.en";
import { programmesEn } from "./messages.programmes.en";
import { supplyChainFinanceEn } from "./messages.supplyChainFinance.en";
import { termMessages } from "./messages.terms";
import { workbenchEn } from "./messages.workbench.en";
import { worklistEn } from "./messages.worklist.en";

/** Every piece of UI text in English: exactly the keys of `zh` in messages.ts. */
export const en: Record<MessageKey, string> = {
  ...termMessages("en"),
  ...applicationsEn,
  ...attachmentsEn,
  ...apiKeysEn,
  ...feeSubsidyEn,
  ...defaultsEn,
  ...fundEn,
  ...interestSubsidyEn,
  ...worklistEn,
  ...workbenchEn,
  ...programmesEn,
  ...productsEn,
  ...demandsEn,
  ...matchingEn,
  ...listingPipelineEn,
  ...bankStatisticsEn,
  ...monitoringIndicatorsEn,
  ...pilotProgressEn,
  ...supplyChainFinanceEn,
  ...incentivesEn,
  ...bridgeLoansEn,
  ...pilotCitiesEn,
  ...pilotReviewEn,
  ...monitoringEn,
  ...calculatorsEn,
  ...enterprisesEn,
  ...identityEn,
  ...eventsEn,
  ...calendarEn,
  "app.name": "Chanrong",
  "app.tagline": "Industry–Finance Cooperation Platform",
  "app.footer":
    "Chanrong · Industry–Finance Cooperation Platform · amounts in the unit stated by each column",

  "menu.home": "Home",
  "menu.enterprises": "Enterprises",
  "menu.myEnterprise": "My enterprise",
  "menu.calculators": "Calculators",
  "menu.auditLog": "Audit log",
  "menu.organisations": "Organisations",
  "menu.users": "Users",
  "menu.programmes": "Loan programmes",
  "menu.keySupportedList": "Key-supported list",
  "menu.negativeList": "Negative list",

  "header.signOut": "Sign out",

  "unit.yuan": "yuan",
  "unit.wan": "10k yuan",

  "common.actions": "Actions",
  "common.active": "Active",
  "common.inactive": "Inactive",
  "common.backHome": "Back to home",
  "common.cancel": "Cancel",
  "common.exported": "Exported {name}",
  "common.confirm": "OK",
  "common.createdAt": "Created",
  "common.edit": "Edit",
  "common.remove": "Remove",
  "common.reset": "Reset",
  "common.save": "Save",
  "common.saved": "Saved",
  "common.search": "Search",
  "common.status": "Status",
  "common.total": "{total} in total",
  "common.totalMore": "more than {total}",
  "common.view": "View",

  "error.generic": "The operation failed",
  "error.conflict": "This conflicts with the current data",
  "error.forbiddenTitle": "Not allowed",
  "error.forbiddenPage":
    "Your organisation or role may not use this function. Ask your organisation's admin if you need it.",
  "error.notFoundPage": "This page does not exist or has moved.",

  "home.welcome": "Welcome, {name}",
  "home.subtitle": "Here is what you can do on the platform.",
  "home.accountCard": "Your account",
  "home.organisation": "Organisation",
  "home.orgType": "Organisation type",
  "home.region": "Region",
  "home.username": "Username",
  "home.roles": "Roles",
  "home.shortcuts": "Shortcuts",
  "home.enterprisesHint": "Search, filter and export the enterprise registry",
  "home.myEnterpriseHint": "View and maintain your enterprise's registration",
  "home.createHint": "Register a new enterprise",
  "home.importHint": "Import a list of enterprises from Excel",
  "home.calculatorsHint": "Interest subsidy, risk sharing, recovery split and USCC check",
  "home.organisationsHint": "Maintain the organisations on the platform",
  "home.usersHint": "Manage your organisation's user accounts and roles",
  "home.auditHint": "Sign-ins and every change to the data",
  "home.programmesHint": "Conditions, limits and subsidies of loan programmes; eligibility checks",
  "home.keySupportedHint": "The city's key-supported automotive enterprises",
  "home.negativeHint": "The re-guarantor's negative list",
  "home.createApplicationHint": "Fill in a loan recommendation form for the bureau to recommend",
  "home.applicationsHint": "Recommendation, bank and guarantor review, contracts and disbursement",
  "home.interestSubsidyHint": "Subsidy on settled loans: the form, vouchers and progress",
  "home.interestSubsidyAccountingHint": "Compute subsidies, pay without application, review claims",
  "home.feeSubsidyHint": "Record guarantee fees; the yearly fee-subsidy application",
  "home.defaultClaimsHint": "Claim compensation on overdue loans from the guarantor",
  "home.defaultCasesHint": "Compensation, loss sharing and recovery",
  "home.fundPaymentsHint": "Payments out of the special fund: review, approval and payment",
  "home.apiKeysHint":
    "Keys your institution's systems report loan events and manage products and claims with",

  "form.required": "Required",
  "form.choose": "Choose",
  "form.usccRequired": "Enter the unified social credit code",
  "form.usccValid": "Valid · registration division code {division}",
  "form.usccConfirm":
    "Confirm this as a really issued early code that fails the check digit (platform admin only)",
  "form.yuanPattern": "Enter an amount in yuan with at most 2 decimals, e.g. 1,000,000.00",
  "form.ratePattern": "Enter a percentage such as 2",
  "form.accountPattern": "8–32 digits or hyphens",
  "form.industryHint": "Pick from the list or type a more specific code such as C3670",
  "form.addRevenue": "Add a year's revenue",
  "form.addTag": "Add a tag",
  "form.addBankAccount": "Add a bank account",
  "form.register": "Register",
  "form.saveChanges": "Save changes",
  "form.conflictTitle":
    "Someone else changed this enterprise; your changes were not saved. Reload and edit again.",
  "form.reload": "Reload the latest data",
};
