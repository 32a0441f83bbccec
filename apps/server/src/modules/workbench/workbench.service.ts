import { daysBetween, type Term } from "@chanrong/domain";
import type { Database } from "../../db/client";
import { isPlatformAdmin } from "../../platform/access";
import type { Actor } from "../../platform/actor";
import { today } from "../../platform/clock";
import { listApplications } from "../applications/applications.service";
import { bridgeLoansAwaitingWork } from "../bridge-loans/bridge-money.service";
import { calendarYearToEnter } from "../calendar/calendar.service";
import { listCases } from "../default-cases/default-cases.service";
import { demandsAwaitingWork } from "../demands/demand-work.service";
import { claimsAwaitingAccounting } from "../interest-subsidy/claims.service";
import { listPayments } from "../payments/payments.service";
import { productsAwaitingWork } from "../products/products.service";
import type { WorkItem } from "./workbench.schemas";

/** A work item as gathered: a payment's title comes in both languages, for the route to choose. */
type GatheredItem = Omit<WorkItem, "title" | "daysLeft"> & { title: string | Term };

/** The days left to its due date, counted from the business date, so a reader need not. */
const withDaysLeft = (day: string) => (item: GatheredItem) => ({
  ...item,
  daysLeft: item.dueOn ? daysBetween(day, item.dueOn) : null,
});

/** How many waiting items the workbench lists (the counts cover them all). */
const WAITING_SHOWN = 10;
/** How many of the newest items it lists. */
const LATEST_SHOWN = 5;

type Application = Awaited<ReturnType<typeof listApplications>>["items"][number];
type Payment = Awaited<ReturnType<typeof listPayments>>["items"][number];
type Case = Awaited<ReturnType<typeof listCases>>["items"][number];
type Claim = Awaited<ReturnType<typeof claimsAwaitingAccounting>>["items"][number];
type Product = Awaited<ReturnType<typeof productsAwaitingWork>>["items"][number];
type DemandWork = Awaited<ReturnType<typeof demandsAwaitingWork>>["items"][number];

const fromApplication = (a: Application): GatheredItem => ({
  kind: "application",
  id: a.id,
  title: a.enterpriseName,
  context: a.programmeName,
  amount: a.amount,
  status: a.status,
  since: a.heldSince.toISOString(),
  dueOn: a.nextDueOn,
  sla: a.sla,
});
const fromPayment = (p: Payment): GatheredItem => ({
  kind: "payment",
  id: p.id,
  title: p.title,
  context: p.fundName,
  amount: p.total,
  status: p.status,
  since: p.heldSince.toISOString(),
  dueOn: null,
  sla: null,
});
const fromCase = (c: Case): GatheredItem => ({
  kind: "default-case",
  id: c.id,
  title: c.enterpriseName,
  context: c.programmeName,
  amount: c.loss,
  status: c.status,
  since: c.claimedOn,
  dueOn: null,
  sla: null,
});
const fromClaim = (c: Claim): GatheredItem => ({
  kind: "interest-subsidy-claim",
  id: c.id,
  title: c.loan.enterprise.name,
  context: c.loan.programme.name,
  amount: c.claimed,
  status: c.status,
  since: c.appliedOn,
  dueOn: null,
  sla: null,
});

const fromProduct = (p: Product): GatheredItem => ({
  kind: "product-review",
  id: p.id,
  title: p.latest.name,
  context: p.institutionName,
  amount: p.latest.amountMax,
  status: p.latest.state,
  since: p.latest.createdAt.toISOString(),
  dueOn: null,
  sla: null,
});

const fromDemandWork = (d: DemandWork): GatheredItem => ({
  kind: d.kind,
  id: d.demandId,
  title: d.enterpriseName,
  context: d.context,
  amount: d.amount,
  status: d.status,
  since: d.since,
  dueOn: d.dueOn,
  sla: d.sla,
});

/** The soonest due first, then whatever has waited longest. */
function byUrgency(a: GatheredItem, b: GatheredItem): number {
  if (a.dueOn !== b.dueOn) {
    if (a.dueOn === null) return 1;
    if (b.dueOn === null) return -1;
    return a.dueOn < b.dueOn ? -1 : 1;
  }
  return a.since < b.since ? -1 : a.since > b.since ? 1 : 0;
}

/**
 * What waits for the caller's organisation in every module it takes part in, and the newest items it
 * may see. Each module decides what waits for whom and what the caller may see; this only gathers.
 */
export async function workbench(db: Database, actor: Actor) {
  const waitingPage = { waiting: true, page: 1, pageSize: WAITING_SHOWN };
  const latestPage = { page: 1, pageSize: LATEST_SHOWN };
  const [
    applications,
    payments,
    cases,
    claims,
    products,
    demands,
    bridges,
    latestApplications,
    latestPayments,
  ] = await Promise.all([
    // The workbench's figures are exact, however many wait (counted once a minute, not per page).
    listApplications(db, actor, { ...waitingPage, exactTotal: true }),
    listPayments(db, actor, waitingPage),
    listCases(db, actor, waitingPage),
    claimsAwaitingAccounting(db, actor, WAITING_SHOWN),
    productsAwaitingWork(db, actor, WAITING_SHOWN),
    demandsAwaitingWork(db, actor, WAITING_SHOWN),
    bridgeLoansAwaitingWork(db, actor, WAITING_SHOWN),
    listApplications(db, actor, latestPage),
    listPayments(db, actor, latestPage),
  ]);
  const items = [
    ...applications.items.map(fromApplication),
    ...payments.items.map(fromPayment),
    ...cases.items.map(fromCase),
    ...claims.items.map(fromClaim),
    ...products.items.map(fromProduct),
    ...demands.items.map(fromDemandWork),
    ...bridges.items,
  ].sort(byUrgency);
  const latest = [...latestApplications.items.map(fromApplication), ...latestPayments.items.map(fromPayment)]
    .sort((a, b) => (a.since < b.since ? 1 : a.since > b.since ? -1 : 0))
    .slice(0, LATEST_SHOWN);
  const day = today();
  return {
    tasks: isPlatformAdmin(actor) ? await platformTasks(db, day) : [],
    waiting: {
      total:
        applications.total +
        payments.total +
        cases.total +
        claims.total +
        products.total +
        demands.total +
        bridges.total,
      applications: applications.total,
      payments: payments.total,
      defaultCases: cases.total,
      claims: claims.total,
      products: products.total,
      demands: demands.total,
      bridgeLoans: bridges.total,
    },
    items: items.slice(0, WAITING_SHOWN).map(withDaysLeft(day)),
    latest: latest.map(withDaysLeft(day)),
  };
}

/** The platform admin's upkeep: from November, the next year's official calendar while it is missing. */
async function platformTasks(db: Database, day: string) {
  const year = await calendarYearToEnter(db);
  if (year === null) return [];
  const dueOn = `${year - 1}-12-31`;
  const title = { zh: `录入${year}年法定节假日安排`, en: `Enter the ${year} public holidays` };
  return [{ kind: "official-calendar-year" as const, year, title, dueOn, daysLeft: daysBetween(day, dueOn) }];
}
