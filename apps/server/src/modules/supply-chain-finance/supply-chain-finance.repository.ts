import { and, asc, desc, eq, inArray, like, or, type SQL, sql, sum } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../../db/client";
import {
  enterprises,
  organisations,
  scfArrangements,
  scfFinancingLines,
  scfFinancings,
  scfPayables,
  scfRules,
  users,
} from "../../db/schema";

// The SQL of supply-chain financing. Who sees which lines is decided by the service as a ScfScope.

export type PayableRow = typeof scfPayables.$inferSelect;
export type PayableValues = Omit<
  typeof scfPayables.$inferInsert,
  "id" | "createdAt" | "updatedAt" | "version"
>;
export type ArrangementRow = typeof scfArrangements.$inferSelect;
export type ArrangementValues = Omit<typeof scfArrangements.$inferInsert, "id" | "recordedAt" | "version">;
export type FinancingRow = typeof scfFinancings.$inferSelect;
export type FinancingValues = Omit<typeof scfFinancings.$inferInsert, "id" | "createdAt" | "version">;
export type RulesRow = typeof scfRules.$inferSelect;

/** An enterprise sees what it uploaded as a core and its own lines as a supplier; a bank what it may finance. */
export type ScfScope =
  | { kind: "enterprise"; enterpriseId: string; uscc: string }
  | { kind: "bank"; orgId: string };

const core = alias(enterprises, "core");
const supplier = alias(enterprises, "supplier");
const bank = alias(organisations, "bank");
const recorder = alias(users, "recorder");
const decider = alias(users, "decider");

/** Cores with an arrangement the bank confirmed (in force or not: its own financings stay visible). */
const confirmedCoresOf = (orgId: string) =>
  sql`(select ${scfArrangements.coreEnterpriseId} from ${scfArrangements} where ${scfArrangements.bankOrgId} = ${orgId} and ${scfArrangements.status} = 'CONFIRMED')`;

function payableScope(scope: ScfScope, side?: "core" | "supplier"): SQL | undefined {
  if (scope.kind === "enterprise") {
    const asCore = eq(scfPayables.coreEnterpriseId, scope.enterpriseId);
    const asSupplier = eq(scfPayables.supplierUscc, scope.uscc);
    return side === "core" ? asCore : side === "supplier" ? asSupplier : or(asCore, asSupplier);
  }
  return or(
    and(eq(scfPayables.status, "OPEN"), inArray(scfPayables.coreEnterpriseId, confirmedCoresOf(scope.orgId))),
    inArray(
      scfPayables.id,
      sql`(select ${scfFinancingLines.payableId} from ${scfFinancingLines} join ${scfFinancings} on ${scfFinancings.id} = ${scfFinancingLines.financingId} where ${scfFinancings.bankOrgId} = ${scope.orgId} and ${scfFinancings.status} <> 'DECLINED')`,
    ),
  );
}

const payableColumns = { payable: scfPayables, coreName: core.name, supplierName: supplier.name };

function payablesQuery(executor: Executor) {
  return executor
    .select(payableColumns)
    .from(scfPayables)
    .innerJoin(core, eq(core.id, scfPayables.coreEnterpriseId))
    .leftJoin(supplier, eq(supplier.uscc, scfPayables.supplierUscc));
}
export type PayableWithNames = Awaited<ReturnType<ReturnType<typeof payablesQuery>["execute"]>>[number];

export async function listPayables(
  executor: Executor,
  scope: ScfScope,
  filter: { status?: string; side?: "core" | "supplier" },
) {
  return payablesQuery(executor)
    .where(
      and(
        payableScope(scope, filter.side),
        filter.status ? eq(scfPayables.status, filter.status) : undefined,
      ),
    )
    .orderBy(asc(scfPayables.dueOn), asc(scfPayables.documentNo));
}

export async function findPayable(executor: Executor, id: string, { lock = false } = {}) {
  const query = payablesQuery(executor).where(eq(scfPayables.id, id));
  const [row] = await (lock ? query.for("update", { of: scfPayables }) : query);
  return row ?? null;
}

export async function payablesByIds(executor: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return payablesQuery(executor).where(inArray(scfPayables.id, ids)).orderBy(asc(scfPayables.id));
}

/**
 * Every line of a supplier against a core, locked in id order: a financing holds all of them, so two
 * financings of the same pair (by one bank or two) run one after the other and the cap and the
 * one-financing-per-receivable rule see each other's result.
 */
export async function lockPair(executor: Executor, coreEnterpriseId: string, supplierUscc: string) {
  return payablesQuery(executor)
    .where(
      and(eq(scfPayables.coreEnterpriseId, coreEnterpriseId), eq(scfPayables.supplierUscc, supplierUscc)),
    )
    .orderBy(asc(scfPayables.id))
    .for("update", { of: scfPayables });
}

/** The supplier's lines against a core (withdrawn ones left out): what its limit is computed on. */
export async function pairPayables(executor: Executor, coreEnterpriseId: string, supplierUscc: string) {
  return payablesQuery(executor)
    .where(
      and(
        eq(scfPayables.coreEnterpriseId, coreEnterpriseId),
        eq(scfPayables.supplierUscc, supplierUscc),
        sql`${scfPayables.status} <> 'WITHDRAWN'`,
      ),
    )
    .orderBy(asc(scfPayables.dueOn), asc(scfPayables.documentNo));
}

/** The (core, supplier) pairs with open lines the scope may see: one limit each. */
export async function pairsInScope(executor: Executor, scope: ScfScope) {
  const condition =
    scope.kind === "enterprise"
      ? eq(scfPayables.supplierUscc, scope.uscc)
      : inArray(scfPayables.coreEnterpriseId, confirmedCoresOf(scope.orgId));
  return executor
    .selectDistinct({
      coreEnterpriseId: scfPayables.coreEnterpriseId,
      supplierUscc: scfPayables.supplierUscc,
    })
    .from(scfPayables)
    .where(and(condition, sql`${scfPayables.status} <> 'WITHDRAWN'`))
    .orderBy(asc(scfPayables.coreEnterpriseId), asc(scfPayables.supplierUscc));
}

export async function existingDocumentNos(
  executor: Executor,
  coreEnterpriseId: string,
  documentNos: string[],
) {
  if (documentNos.length === 0) return new Set<string>();
  const rows = await executor
    .select({ documentNo: scfPayables.documentNo })
    .from(scfPayables)
    .where(
      and(
        eq(scfPayables.coreEnterpriseId, coreEnterpriseId),
        inArray(scfPayables.documentNo, documentNos),
        sql`${scfPayables.status} <> 'WITHDRAWN'`,
      ),
    );
  return new Set(rows.map((row) => row.documentNo));
}

export async function insertPayables(executor: Executor, values: PayableValues[]): Promise<PayableRow[]> {
  return executor.insert(scfPayables).values(values).returning();
}

/** Changes a line if it is still at `version`; null when someone changed it first. */
export async function updatePayable(
  executor: Executor,
  id: string,
  version: number,
  values: Partial<PayableValues>,
): Promise<PayableRow | null> {
  const [row] = await executor
    .update(scfPayables)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(scfPayables.id, id), eq(scfPayables.version, version)))
    .returning();
  return row ?? null;
}

/** Marks the lines of a financing (locked by the caller) financed, freed or paid. */
export async function setPayablesStatus(
  executor: Executor,
  ids: string[],
  values: { status: string; financingId: string | null },
): Promise<void> {
  if (ids.length === 0) return;
  await executor
    .update(scfPayables)
    .set({ ...values, version: sql`${scfPayables.version} + 1`, updatedAt: new Date() })
    .where(inArray(scfPayables.id, ids));
}

// ---- Arrangements ----

const arrangementColumns = {
  arrangement: scfArrangements,
  coreName: core.name,
  bankName: bank.name,
  recordedByName: recorder.displayName,
  decidedByName: decider.displayName,
};

function arrangementsQuery(executor: Executor) {
  return executor
    .select(arrangementColumns)
    .from(scfArrangements)
    .innerJoin(core, eq(core.id, scfArrangements.coreEnterpriseId))
    .innerJoin(bank, eq(bank.id, scfArrangements.bankOrgId))
    .innerJoin(recorder, eq(recorder.id, scfArrangements.recordedBy))
    .leftJoin(decider, eq(decider.id, scfArrangements.decidedBy));
}
export type ArrangementWithNames = Awaited<
  ReturnType<ReturnType<typeof arrangementsQuery>["execute"]>
>[number];

export async function listArrangements(executor: Executor, scope: ScfScope) {
  const condition =
    scope.kind === "enterprise"
      ? eq(scfArrangements.coreEnterpriseId, scope.enterpriseId)
      : eq(scfArrangements.bankOrgId, scope.orgId);
  return arrangementsQuery(executor).where(condition).orderBy(desc(scfArrangements.recordedAt));
}

export async function findArrangement(executor: Executor, id: string, { lock = false } = {}) {
  const query = arrangementsQuery(executor).where(eq(scfArrangements.id, id));
  const [row] = await (lock ? query.for("update", { of: scfArrangements }) : query);
  return row ?? null;
}

/** Confirmed arrangements of these cores in force on `day`, with their banks. */
export async function arrangementsInForce(executor: Executor, coreEnterpriseIds: string[], day: string) {
  if (coreEnterpriseIds.length === 0) return [];
  return executor
    .select({ arrangement: scfArrangements, bankName: bank.name })
    .from(scfArrangements)
    .innerJoin(bank, eq(bank.id, scfArrangements.bankOrgId))
    .where(
      and(
        inArray(scfArrangements.coreEnterpriseId, coreEnterpriseIds),
        eq(scfArrangements.status, "CONFIRMED"),
        sql`${scfArrangements.effectiveFrom} <= ${day} and ${scfArrangements.effectiveTo} >= ${day}`,
      ),
    )
    .orderBy(asc(bank.name));
}

export async function insertArrangement(
  executor: Executor,
  values: ArrangementValues,
): Promise<ArrangementRow> {
  const [row] = await executor.insert(scfArrangements).values(values).returning();
  if (!row) throw new Error("insert returned nothing");
  return row;
}

export async function updateArrangement(
  executor: Executor,
  id: string,
  version: number,
  values: Partial<ArrangementValues>,
): Promise<ArrangementRow | null> {
  const [row] = await executor
    .update(scfArrangements)
    .set({ ...values, version: version + 1 })
    .where(and(eq(scfArrangements.id, id), eq(scfArrangements.version, version)))
    .returning();
  return row ?? null;
}

// ---- Financings ----

const financingColumns = {
  financing: scfFinancings,
  coreName: core.name,
  supplierName: supplier.name,
  bankName: bank.name,
};

function financingsQuery(executor: Executor) {
  return executor
    .select(financingColumns)
    .from(scfFinancings)
    .innerJoin(core, eq(core.id, scfFinancings.coreEnterpriseId))
    .innerJoin(bank, eq(bank.id, scfFinancings.bankOrgId))
    .leftJoin(supplier, eq(supplier.uscc, scfFinancings.supplierUscc));
}
export type FinancingWithNames = Awaited<ReturnType<ReturnType<typeof financingsQuery>["execute"]>>[number];

export async function listFinancings(executor: Executor, scope: ScfScope) {
  const condition =
    scope.kind === "enterprise"
      ? or(eq(scfFinancings.coreEnterpriseId, scope.enterpriseId), eq(scfFinancings.supplierUscc, scope.uscc))
      : eq(scfFinancings.bankOrgId, scope.orgId);
  return financingsQuery(executor).where(condition).orderBy(desc(scfFinancings.createdAt));
}

export async function findFinancing(executor: Executor, id: string, { lock = false } = {}) {
  const query = financingsQuery(executor).where(eq(scfFinancings.id, id));
  const [row] = await (lock ? query.for("update", { of: scfFinancings }) : query);
  return row ?? null;
}

export async function insertFinancing(
  executor: Executor,
  values: FinancingValues,
  payableIds: string[],
): Promise<FinancingRow> {
  const [row] = await executor.insert(scfFinancings).values(values).returning();
  if (!row) throw new Error("insert returned nothing");
  await executor
    .insert(scfFinancingLines)
    .values(payableIds.map((payableId) => ({ financingId: row.id, payableId })));
  return row;
}

export async function updateFinancing(
  executor: Executor,
  id: string,
  version: number,
  values: Partial<FinancingValues>,
): Promise<FinancingRow | null> {
  const [row] = await executor
    .update(scfFinancings)
    .set({ ...values, version: version + 1 })
    .where(and(eq(scfFinancings.id, id), eq(scfFinancings.version, version)))
    .returning();
  return row ?? null;
}

/** The receivables of each financing. */
export async function linesOf(executor: Executor, financingIds: string[]) {
  if (financingIds.length === 0) return [];
  return executor
    .select({
      financingId: scfFinancingLines.financingId,
      id: scfPayables.id,
      documentNo: scfPayables.documentNo,
      amountFen: scfPayables.amountFen,
    })
    .from(scfFinancingLines)
    .innerJoin(scfPayables, eq(scfPayables.id, scfFinancingLines.payableId))
    .where(inArray(scfFinancingLines.financingId, financingIds))
    .orderBy(asc(scfPayables.documentNo));
}

/** What a supplier has financed and not repaid against a core. */
export async function outstandingFen(executor: Executor, coreEnterpriseId: string, supplierUscc: string) {
  const [row] = await executor
    .select({ total: sum(scfFinancings.amountFen) })
    .from(scfFinancings)
    .where(
      and(
        eq(scfFinancings.coreEnterpriseId, coreEnterpriseId),
        eq(scfFinancings.supplierUscc, supplierUscc),
        eq(scfFinancings.status, "FINANCED"),
      ),
    );
  return BigInt(row?.total ?? 0);
}

/** Financed and repaid amounts by bank and by core in a region: the bureau's aggregate, no lines. */
export async function reportRows(executor: Executor, regionPrefix: string) {
  return executor
    .select({
      bankOrgId: scfFinancings.bankOrgId,
      bankName: bank.name,
      coreEnterpriseId: scfFinancings.coreEnterpriseId,
      coreName: core.name,
      status: scfFinancings.status,
      count: sql<number>`count(*)::int`,
      total: sum(scfFinancings.amountFen),
    })
    .from(scfFinancings)
    .innerJoin(core, eq(core.id, scfFinancings.coreEnterpriseId))
    .innerJoin(bank, eq(bank.id, scfFinancings.bankOrgId))
    .where(
      and(
        like(scfFinancings.regionCode, `${regionPrefix}%`),
        inArray(scfFinancings.status, ["FINANCED", "REPAID"]),
      ),
    )
    .groupBy(
      scfFinancings.bankOrgId,
      bank.name,
      scfFinancings.coreEnterpriseId,
      core.name,
      scfFinancings.status,
    );
}

// ---- Rules ----

export async function rulesFor(executor: Executor, regionCodes: string[]) {
  return executor.select().from(scfRules).where(inArray(scfRules.regionCode, regionCodes));
}

export async function upsertRules(executor: Executor, values: Omit<RulesRow, "updatedAt">): Promise<void> {
  await executor
    .insert(scfRules)
    .values(values)
    .onConflictDoUpdate({ target: scfRules.regionCode, set: { ...values, updatedAt: new Date() } });
}
