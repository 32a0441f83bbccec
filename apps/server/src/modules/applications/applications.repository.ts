import { createHash } from "node:crypto";
import {
  and,
  count,
  desc,
  eq,
  gte,
  inArray,
  isNull,
  lte,
  max,
  type Placeholder,
  type SQL,
  sql,
  type WithSubquery,
} from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../../db/client";
import {
  applicationClocks,
  applicationContracts,
  applicationEvents,
  attachments,
  auditLog,
  enterprises,
  loanApplications,
  organisations,
  programmes,
  programmeVersions,
  users,
} from "../../db/schema";
import { type ApplicationScope, scopeCondition } from "../../db/scopes";
import type { StepDetails } from "./applications.schemas";

export type ApplicationRow = typeof loanApplications.$inferSelect;

export interface ApplicationFilter {
  /** Only those waiting for this organisation type. */
  heldBy?: string;
  status?: string;
  /** Enterprises registered in a district whose code starts with this (a city's prefix covers its districts). */
  districtPrefix?: string;
  bankOrgId?: string;
  /** Submitted on or after / on or before these days. */
  submittedFrom?: string;
  submittedTo?: string;
}

/**
 * Waiting for `holder`, with the organisation type written into the SQL rather than bound: only then can
 * a prepared statement's generic plan prove the worklist indexes' predicate (`holders @> '{BANK}'`) and
 * read them. Bound, PostgreSQL's generic plan intersects two bitmap scans and sorts all the rows.
 */
function heldByCondition(holder: string): SQL {
  if (!/^[A-Z_]+$/.test(holder)) throw new Error(`not an organisation type: ${holder}`);
  return sql`${loanApplications.holders} @> ${sql.raw(`'{${holder}}'::text[]`)}`;
}

function filterConditions(filter: ApplicationFilter): (SQL | undefined)[] {
  return [
    filter.heldBy ? heldByCondition(filter.heldBy) : undefined,
    filter.status ? eq(loanApplications.status, filter.status) : undefined,
    filter.districtPrefix === undefined
      ? undefined
      : sql`exists (select 1 from ${enterprises} where ${enterprises.id} = ${loanApplications.enterpriseId}
          and ${enterprises.districtCode} like ${`${filter.districtPrefix}%`})`,
    filter.bankOrgId ? eq(loanApplications.bankOrgId, filter.bankOrgId) : undefined,
    filter.submittedFrom ? gte(loanApplications.submittedOn, filter.submittedFrom) : undefined,
    filter.submittedTo ? lte(loanApplications.submittedOn, filter.submittedTo) : undefined,
  ];
}

const listColumns = {
  id: loanApplications.id,
  status: loanApplications.status,
  bankReview: loanApplications.bankReview,
  guarantorReview: loanApplications.guarantorReview,
  holders: loanApplications.holders,
  heldSince: loanApplications.heldSince,
  amountFen: loanApplications.amountFen,
  termMonths: loanApplications.termMonths,
  submittedOn: loanApplications.submittedOn,
  version: loanApplications.version,
  enterpriseId: loanApplications.enterpriseId,
  enterpriseName: enterprises.name,
  programmeCode: programmes.code,
  programmeName: programmes.name,
  bankOrgId: loanApplications.bankOrgId,
  guarantorOrgId: loanApplications.guarantorOrgId,
  // The earliest due date among the clocks still running: what makes the item late.
  nextDueOn: sql<string | null>`(select min(${applicationClocks.dueOn}) from ${applicationClocks}
    where ${applicationClocks.applicationId} = ${loanApplications.id} and ${applicationClocks.stoppedAt} is null)`,
};

/**
 * Newest holding first, spelled exactly as the worklist indexes are ordered (`held_since DESC NULLS
 * LAST`; the column is never null). A bare `desc` means NULLS FIRST, which the index cannot give.
 */
const NEWEST_HOLDING_FIRST = sql`${loanApplications.heldSince} desc nulls last`;

/** How many of the rows `where` picks, reading at most `limit` of them (null: no limit, as SQL's LIMIT NULL). */
function cappedCount(executor: Executor, where: SQL | undefined, limit: number | null | Placeholder) {
  const rows = executor.select({ one: sql`1` }).from(loanApplications).where(where);
  return executor.select({ value: count() }).from((limit === null ? rows : rows.limit(limit)).as("counted"));
}

/**
 * The page with the total on each row: ids from loan_applications alone, then only those rows joined.
 * The total reads at most `countLimit` rows.
 */
function pageQuery(executor: Executor, where: SQL | undefined) {
  const counted = cappedCount(executor, where, sql.placeholder("countLimit"));
  const pageIds = executor
    .select({
      id: loanApplications.id,
      heldSince: loanApplications.heldSince,
      total: sql<number>`(${counted})`.mapWith(Number).as("total"),
    })
    .from(loanApplications)
    .where(where)
    .orderBy(NEWEST_HOLDING_FIRST)
    .limit(sql.placeholder("limit"))
    .offset(sql.placeholder("offset"))
    .as("page_ids");
  return executor
    .select({ ...listColumns, total: pageIds.total })
    .from(pageIds)
    .innerJoin(loanApplications, eq(loanApplications.id, pageIds.id))
    .innerJoin(enterprises, eq(enterprises.id, loanApplications.enterpriseId))
    .innerJoin(programmes, eq(programmes.id, loanApplications.programmeId))
    .orderBy(desc(pageIds.heldSince));
}

/** Values bound by name when a prepared statement runs, collected while its conditions are built. */
class Bindings {
  readonly values: Record<string, string> = {};
  /** A placeholder where a condition takes `value` (typed as the value so the conditions build as usual). */
  bind(name: string, value: string): string {
    this.values[name] = value;
    return sql.placeholder(name) as unknown as string;
  }
}

/** The scope with its ids bound; a region's prefix stays in the SQL, where it picks the plan. */
function boundScope(scope: ApplicationScope, bindings: Bindings): ApplicationScope {
  if (scope.kind === "bank" || scope.kind === "guarantor")
    return { kind: scope.kind, orgId: bindings.bind("orgId", scope.orgId) };
  if (scope.kind === "enterprise" && scope.enterpriseId)
    return { kind: "enterprise", enterpriseId: bindings.bind("enterpriseId", scope.enterpriseId) };
  return scope;
}

/** What of a scope is in a statement's SQL rather than bound. */
const scopeShape = (scope: ApplicationScope) => [
  scope.kind,
  scope.kind === "region" ? scope.prefix : scope.kind === "enterprise" && !scope.enterpriseId,
];

/**
 * The shape of a list (what its statement is built from) and the values bound when it runs. Ids and
 * days are bound; what picks a partial index or a plan (the holder, the status, a region's or a
 * district's prefix) is part of the shape, so that a generic plan still uses the worklist index.
 */
function listShape(scope: ApplicationScope, filter: ApplicationFilter) {
  const bindings = new Bindings();
  const boundFilter: ApplicationFilter = {
    ...filter,
    bankOrgId: filter.bankOrgId ? bindings.bind("bankOrgId", filter.bankOrgId) : undefined,
    submittedFrom: filter.submittedFrom ? bindings.bind("submittedFrom", filter.submittedFrom) : undefined,
    submittedTo: filter.submittedTo ? bindings.bind("submittedTo", filter.submittedTo) : undefined,
  };
  const key = JSON.stringify([
    ...scopeShape(scope),
    filter.heldBy || null,
    filter.status || null,
    filter.districtPrefix ?? null,
    Boolean(filter.bankOrgId),
    Boolean(filter.submittedFrom),
    Boolean(filter.submittedTo),
  ]);
  const where = and(scopeCondition(boundScope(scope, bindings)), ...filterConditions(boundFilter));
  return { key, where, values: bindings.values };
}

/** Shapes kept built per database and statement; one of any other shape is built each time. */
const MAX_PREPARED_SHAPES = 200;

/**
 * Statements built once per shape and database. Each is named after its shape, so the same name is
 * always the same SQL on any connection: PostgreSQL parses it once per connection and, after five
 * calls, keeps a generic plan instead of planning each call (1.1–1.3 ms for the worklist's page in
 * bench/applications.ts, as long as its execution). A shape not kept goes unnamed.
 */
class PreparedShapes<Statement> {
  private readonly built = new WeakMap<Executor, Map<string, Statement>>();

  constructor(
    private readonly prefix: string,
    private readonly prepare: (executor: Executor, where: SQL | undefined, name: string) => Statement,
  ) {}

  get(executor: Executor, shape: { key: string; where: SQL | undefined }): Statement {
    let built = this.built.get(executor);
    if (!built) {
      built = new Map();
      this.built.set(executor, built);
    }
    const found = built.get(shape.key);
    if (found) return found;
    const kept = built.size < MAX_PREPARED_SHAPES;
    const name = kept
      ? `${this.prefix}_${createHash("sha256").update(shape.key).digest("hex").slice(0, 16)}`
      : "";
    const statement = this.prepare(executor, shape.where, name);
    if (kept) built.set(shape.key, statement);
    return statement;
  }
}

// The plan still reads the worklist index because the holder is in the SQL (heldByCondition).
const pages = new PreparedShapes("applications_page", (executor, where, name) =>
  pageQuery(executor, where).prepare(name),
);

/**
 * One page, newest holding first, and the total, in one prepared statement per shape. A worklist reads
 * its partial index in order and stops at the page (loan_applications_bank_worklist_idx, which carries
 * the id: an index-only scan) instead of joining and sorting all the caller's rows. The total rides on
 * each row as an uncorrelated subquery, counted once and reading at most `countLimit` rows (`counted`
 * is the total when below it; null counts them all); only a page past the end asks for it apart.
 */
export async function listApplications(
  executor: Executor,
  scope: ApplicationScope,
  filter: ApplicationFilter,
  page: { offset: number; limit: number; countLimit: number | null },
) {
  const shape = listShape(scope, filter);
  const rows = await pages.get(executor, shape).execute({ ...shape.values, ...page });
  const items = rows.map(({ total, ...item }) => item);
  if (rows[0] || page.offset === 0) return { items, counted: rows[0]?.total ?? 0 };
  const [counted] = await cappedCount(
    executor,
    and(scopeCondition(scope), ...filterConditions(filter)),
    page.countLimit,
  );
  return { items, counted: counted?.value ?? 0 };
}

export async function findApplication(executor: Executor, id: string) {
  const [row] = await executor.select().from(loanApplications).where(eq(loanApplications.id, id));
  return row ?? null;
}

/** The application if the scope lets its holder see it, in one statement. */
export async function findVisibleApplication(executor: Executor, id: string, scope: ApplicationScope) {
  const [row] = await executor
    .select()
    .from(loanApplications)
    .where(and(eq(loanApplications.id, id), scopeCondition(scope)));
  return row ?? null;
}

const bankOrg = alias(organisations, "bank_org");
const guarantorOrg = alias(organisations, "guarantor_org");

/** A clock as the detail reads it (JSON: its stop time as text). */
interface ClockJson {
  clock: string;
  startedOn: string;
  dueOn: string;
  stoppedAt: string | null;
}
/** A step of the history as the detail reads it, with who took it. */
interface EventJson {
  id: number;
  action: string;
  fromStatus: string;
  toStatus: string;
  opinion: string | null;
  reason: string | null;
  details: StepDetails | null;
  at: string;
  businessDate: string;
  actorUsername: string;
  actorName: string;
  actorOrgName: string;
  actorOrgType: string;
}
/** A contract as the detail reads it (JSON: the amount and the rate as exact text). */
interface ContractJson {
  id: string;
  applicationId: string;
  kind: string;
  number: string;
  signedOn: string;
  amountFen: string;
  parties: string[];
  annualRate: string | null;
}

/**
 * The application if the scope lets its holder see it, with the names of its programme and parties, the
 * configuration of its programme version, the kinds of its attachments, its clocks, history and
 * contracts: everything its detail shows, in one round trip (the lists as JSON, mapped back here).
 */
function detailQuery(executor: Executor, where: SQL | undefined) {
  return executor
    .select({
      application: loanApplications,
      programmeCode: programmes.code,
      programmeName: programmes.name,
      enterpriseName: enterprises.name,
      enterpriseUscc: enterprises.uscc,
      bankName: bankOrg.name,
      guarantorName: guarantorOrg.name,
      config: programmeVersions.config,
      attachedKinds: sql<string[]>`array(select distinct ${attachments.kind} from ${attachments}
        where ${attachments.applicationId} = ${loanApplications.id})`,
      clocks: sql<ClockJson[]>`coalesce((select json_agg(json_build_object(
          'clock', ${applicationClocks.clock}, 'startedOn', ${applicationClocks.startedOn},
          'dueOn', ${applicationClocks.dueOn}, 'stoppedAt', ${applicationClocks.stoppedAt}
        ) order by ${applicationClocks.id}) from ${applicationClocks}
        where ${applicationClocks.applicationId} = ${loanApplications.id}), '[]')`,
      history: sql<EventJson[]>`coalesce((select json_agg(json_build_object(
          'id', ${applicationEvents.id}, 'action', ${applicationEvents.action},
          'fromStatus', ${applicationEvents.fromStatus}, 'toStatus', ${applicationEvents.toStatus},
          'opinion', ${applicationEvents.opinion}, 'reason', ${applicationEvents.reason},
          'details', ${applicationEvents.details}, 'at', ${applicationEvents.at},
          'businessDate', ${applicationEvents.businessDate}, 'actorUsername', ${users.username},
          'actorName', ${users.displayName}, 'actorOrgName', ${organisations.name},
          'actorOrgType', ${organisations.type}
        ) order by ${applicationEvents.id}) from ${applicationEvents}
        join ${users} on ${users.id} = ${applicationEvents.actorUserId}
        join ${organisations} on ${organisations.id} = ${applicationEvents.actorOrgId}
        where ${applicationEvents.applicationId} = ${loanApplications.id}), '[]')`,
      contracts: sql<ContractJson[]>`coalesce((select json_agg(json_build_object(
          'id', ${applicationContracts.id}, 'applicationId', ${applicationContracts.applicationId},
          'kind', ${applicationContracts.kind}, 'number', ${applicationContracts.number},
          'signedOn', ${applicationContracts.signedOn}, 'amountFen', ${applicationContracts.amountFen}::text,
          'parties', ${applicationContracts.parties}, 'annualRate', ${applicationContracts.annualRate}::text
        ) order by ${applicationContracts.kind}) from ${applicationContracts}
        where ${applicationContracts.applicationId} = ${loanApplications.id}), '[]')`,
    })
    .from(loanApplications)
    .leftJoin(programmes, eq(programmes.id, loanApplications.programmeId))
    .leftJoin(
      programmeVersions,
      and(
        eq(programmeVersions.programmeId, loanApplications.programmeId),
        eq(programmeVersions.version, loanApplications.programmeVersion),
      ),
    )
    .leftJoin(enterprises, eq(enterprises.id, loanApplications.enterpriseId))
    .leftJoin(bankOrg, eq(bankOrg.id, loanApplications.bankOrgId))
    .leftJoin(guarantorOrg, eq(guarantorOrg.id, loanApplications.guarantorOrgId))
    .where(where);
}

// Read after every step, as its reply, and whenever an application is opened.
const details = new PreparedShapes("application_detail", (executor, where, name) =>
  detailQuery(executor, where).prepare(name),
);

/** The application's detail (`detailQuery`) if the scope lets its holder see it, or null. */
export async function findApplicationDetail(executor: Executor, id: string, scope: ApplicationScope) {
  const bindings = new Bindings();
  const where = and(
    eq(loanApplications.id, bindings.bind("id", id)),
    scopeCondition(boundScope(scope, bindings)),
  );
  const statement = details.get(executor, { key: JSON.stringify(scopeShape(scope)), where });
  const [row] = await statement.execute(bindings.values);
  if (!row) return null;
  return {
    ...row,
    clocks: row.clocks.map((clock) => ({
      ...clock,
      stoppedAt: clock.stoppedAt === null ? null : new Date(clock.stoppedAt),
    })),
    history: row.history.map((event) => ({ ...event, at: new Date(event.at) })),
    contracts: row.contracts.map((contract) => ({ ...contract, amountFen: BigInt(contract.amountFen) })),
  };
}

/**
 * The application a step acts on, locked if the scope lets its holder see it, with the configuration
 * of the programme version it started under (versions never change once written): one round trip
 * where a step used to read the row, its visibility, the programme and the version apart. With
 * `lockEnterprise` its enterprise's row is locked too, so that steps weighing the enterprise's loans
 * take turns; they read those loans in a later statement, which sees what the one before committed.
 * Both rows are locked FOR NO KEY UPDATE, the lock the step's own update takes, which leaves rows that
 * refer to them (history, clocks, loan events) free to be written meanwhile.
 */
export async function lockForStep(
  executor: Executor,
  id: string,
  scope: ApplicationScope,
  lockEnterprise: boolean,
) {
  const [row] = await executor
    .select({ application: loanApplications, config: programmeVersions.config })
    .from(loanApplications)
    .innerJoin(
      programmeVersions,
      and(
        eq(programmeVersions.programmeId, loanApplications.programmeId),
        eq(programmeVersions.version, loanApplications.programmeVersion),
      ),
    )
    .innerJoin(enterprises, eq(enterprises.id, loanApplications.enterpriseId))
    .where(and(eq(loanApplications.id, id), scopeCondition(scope)))
    .for("no key update", { of: lockEnterprise ? [loanApplications, enterprises] : loanApplications });
  return row ?? null;
}

export async function isInScope(executor: Executor, id: string, scope: ApplicationScope) {
  const [row] = await executor
    .select({ id: loanApplications.id })
    .from(loanApplications)
    .where(and(eq(loanApplications.id, id), scopeCondition(scope)));
  return Boolean(row);
}

export async function insertApplication(executor: Executor, values: typeof loanApplications.$inferInsert) {
  const [row] = await executor.insert(loanApplications).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/**
 * Moves the application on only if it still has `version` (and, with `status`, is still in it); null
 * means someone acted first.
 */
export async function updateState(
  executor: Executor,
  id: string,
  version: number,
  values: Partial<typeof loanApplications.$inferInsert>,
  status?: string,
): Promise<ApplicationRow | null> {
  const [row] = await executor
    .update(loanApplications)
    .set({ ...values, version: sql`${loanApplications.version} + 1` })
    .where(
      and(
        eq(loanApplications.id, id),
        eq(loanApplications.version, version),
        status === undefined ? undefined : eq(loanApplications.status, status),
      ),
    )
    .returning();
  return row ?? null;
}

export async function insertEvent(executor: Executor, values: typeof applicationEvents.$inferInsert) {
  await executor.insert(applicationEvents).values(values);
}

/** The business date the reviews last approved the application (null for an imported loan). */
export async function approvedOn(executor: Executor, applicationId: string): Promise<string | null> {
  const [row] = await executor
    .select({ day: max(applicationEvents.businessDate) })
    .from(applicationEvents)
    .where(
      and(eq(applicationEvents.applicationId, applicationId), eq(applicationEvents.toStatus, "APPROVED")),
    );
  return row?.day ?? null;
}

/** One step's writes (ADR 017): the row moved on from `version`, its history entry, clocks and audit entry. */
export interface StepWrites {
  id: string;
  version: number;
  values: Partial<typeof loanApplications.$inferInsert>;
  event: typeof applicationEvents.$inferInsert;
  /** Running clocks the step stops, and the ones it starts. */
  stopClocks: string[];
  startClocks: (typeof applicationClocks.$inferInsert)[];
  audit: typeof auditLog.$inferInsert;
}

/**
 * Writes a step in one statement (the writes as data-modifying CTEs beside the update): the row moves
 * on only if it still has `version`; null means someone acted first, and the caller must then throw so
 * that its transaction rolls back the history, clocks and audit entry written beside it. The stop sees
 * the clocks as they were before the statement, so a clock stopped and started again is two rows.
 */
export async function writeStep(executor: Executor, step: StepWrites): Promise<ApplicationRow | null> {
  const updated = executor.$with("updated").as(
    executor
      .update(loanApplications)
      .set({ ...step.values, version: sql`${loanApplications.version} + 1` })
      .where(and(eq(loanApplications.id, step.id), eq(loanApplications.version, step.version)))
      .returning(),
  );
  const writes: WithSubquery[] = [
    executor
      .$with("event")
      .as(executor.insert(applicationEvents).values(step.event).returning({ id: applicationEvents.id })),
    executor.$with("audit").as(executor.insert(auditLog).values(step.audit).returning({ id: auditLog.id })),
  ];
  if (step.stopClocks.length > 0) {
    writes.push(
      executor.$with("stopped").as(
        executor
          .update(applicationClocks)
          .set({ stoppedAt: sql`now()` })
          .where(
            and(
              eq(applicationClocks.applicationId, step.id),
              inArray(applicationClocks.clock, step.stopClocks),
              isNull(applicationClocks.stoppedAt),
            ),
          )
          .returning({ id: applicationClocks.id }),
      ),
    );
  }
  if (step.startClocks.length > 0) {
    writes.push(
      executor
        .$with("started")
        .as(
          executor.insert(applicationClocks).values(step.startClocks).returning({ id: applicationClocks.id }),
        ),
    );
  }
  const [row] = await executor
    .with(updated, ...writes)
    .select()
    .from(updated);
  return row ?? null;
}

export async function insertContracts(
  executor: Executor,
  rows: (typeof applicationContracts.$inferInsert)[],
) {
  await executor.insert(applicationContracts).values(rows);
}

export async function listContracts(executor: Executor, applicationId: string) {
  return executor
    .select()
    .from(applicationContracts)
    .where(eq(applicationContracts.applicationId, applicationId))
    .orderBy(applicationContracts.kind);
}

/** Clocks still running, with who holds each (the bank or the guarantor of the application). */
export async function listRunningClocks(executor: Executor) {
  return executor
    .select({
      clockId: applicationClocks.id,
      clock: applicationClocks.clock,
      dueOn: applicationClocks.dueOn,
      applicationId: loanApplications.id,
      bankOrgId: loanApplications.bankOrgId,
      guarantorOrgId: loanApplications.guarantorOrgId,
      enterpriseName: enterprises.name,
    })
    .from(applicationClocks)
    .innerJoin(loanApplications, eq(loanApplications.id, applicationClocks.applicationId))
    .innerJoin(enterprises, eq(enterprises.id, loanApplications.enterpriseId))
    .where(isNull(applicationClocks.stoppedAt));
}
