import {
  and,
  arrayContains,
  arrayOverlaps,
  asc,
  count,
  desc,
  eq,
  gte,
  inArray,
  isNotNull,
  isNull,
  lte,
  or,
  sql,
} from "drizzle-orm";
import type { Executor } from "../../db/client";
import {
  enterpriseMessages,
  financingProductEvents,
  financingProducts,
  financingProductVersions,
  organisations,
  outboxMessages,
  productCatalogueEntries,
  productCatalogues,
  users,
} from "../../db/schema";
import type { SupermarketFilter } from "./products.schemas";

export type ProductRow = typeof financingProducts.$inferSelect;
export type ProductVersionRow = typeof financingProductVersions.$inferSelect;
export type ProductVersionValues = Omit<
  typeof financingProductVersions.$inferInsert,
  "productId" | "version" | "createdAt"
>;
export type ProductScope =
  | { kind: "all" }
  | { kind: "org"; orgId: string }
  | { kind: "region"; prefix: string };

const scopeCondition = (scope: ProductScope) =>
  scope.kind === "all"
    ? undefined
    : scope.kind === "org"
      ? eq(financingProducts.orgId, scope.orgId)
      : sql`${financingProducts.regionCode} like ${`${scope.prefix}%`}`;

/** The products of a scope with their latest version, newest first; `state` filters on that version's state. */
export async function listProducts(executor: Executor, scope: ProductScope, state?: string) {
  return executor
    .select({
      product: financingProducts,
      latest: financingProductVersions,
      institutionName: organisations.name,
    })
    .from(financingProducts)
    .innerJoin(
      financingProductVersions,
      and(
        eq(financingProductVersions.productId, financingProducts.id),
        eq(financingProductVersions.version, financingProducts.latestVersion),
      ),
    )
    .innerJoin(organisations, eq(organisations.id, financingProducts.orgId))
    .where(and(scopeCondition(scope), state ? eq(financingProductVersions.state, state) : undefined))
    .orderBy(desc(financingProducts.createdAt), asc(financingProducts.id));
}

export async function findProduct(executor: Executor, id: string, lock = false) {
  const query = executor
    .select({ product: financingProducts, institutionName: organisations.name })
    .from(financingProducts)
    .innerJoin(organisations, eq(organisations.id, financingProducts.orgId))
    .where(eq(financingProducts.id, id));
  const [row] = await (lock ? query.for("update", { of: financingProducts }) : query);
  return row ?? null;
}

export async function findVersion(executor: Executor, productId: string, version: number) {
  const [row] = await executor
    .select()
    .from(financingProductVersions)
    .where(
      and(eq(financingProductVersions.productId, productId), eq(financingProductVersions.version, version)),
    );
  return row ?? null;
}

/** Whether any version of the product has been on the shelf (listed, since replaced or delisted). */
export async function wasListed(executor: Executor, productId: string): Promise<boolean> {
  const [row] = await executor
    .select({ version: financingProductVersions.version })
    .from(financingProductVersions)
    .where(
      and(
        eq(financingProductVersions.productId, productId),
        inArray(financingProductVersions.state, ["LISTED", "SUPERSEDED", "DELISTED"]),
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function insertProduct(
  executor: Executor,
  values: { orgId: string; regionCode: string },
  version: ProductVersionValues,
): Promise<ProductRow> {
  const [row] = await executor
    .insert(financingProducts)
    .values({ ...values, latestVersion: 1 })
    .returning();
  if (!row) throw new Error("insert returned no row");
  await executor.insert(financingProductVersions).values({ ...version, productId: row.id, version: 1 });
  return row;
}

/** Moves the product on if nobody else did first (its lock `version`); null otherwise. */
export async function updateProduct(
  executor: Executor,
  id: string,
  expected: number,
  changes: Partial<Pick<ProductRow, "latestVersion" | "listedVersion" | "listedOn">>,
): Promise<ProductRow | null> {
  const [row] = await executor
    .update(financingProducts)
    .set({ ...changes, version: sql`${financingProducts.version} + 1` })
    .where(and(eq(financingProducts.id, id), eq(financingProducts.version, expected)))
    .returning();
  return row ?? null;
}

export async function insertVersion(
  executor: Executor,
  productId: string,
  version: number,
  values: ProductVersionValues,
): Promise<void> {
  await executor.insert(financingProductVersions).values({ ...values, productId, version });
}

export async function updateVersion(
  executor: Executor,
  productId: string,
  version: number,
  values: Partial<ProductVersionValues>,
): Promise<void> {
  await executor
    .update(financingProductVersions)
    .set(values)
    .where(
      and(eq(financingProductVersions.productId, productId), eq(financingProductVersions.version, version)),
    );
}

export async function insertEvent(executor: Executor, values: typeof financingProductEvents.$inferInsert) {
  await executor.insert(financingProductEvents).values(values);
}

export async function listEvents(executor: Executor, productId: string) {
  return executor
    .select({
      id: financingProductEvents.id,
      version: financingProductEvents.version,
      action: financingProductEvents.action,
      fromState: financingProductEvents.fromState,
      toState: financingProductEvents.toState,
      note: financingProductEvents.note,
      actorName: users.displayName,
      actorOrgName: organisations.name,
      businessDate: financingProductEvents.businessDate,
      at: financingProductEvents.at,
    })
    .from(financingProductEvents)
    .innerJoin(users, eq(users.id, financingProductEvents.actorUserId))
    .innerJoin(organisations, eq(organisations.id, financingProductEvents.actorOrgId))
    .where(eq(financingProductEvents.productId, productId))
    .orderBy(asc(financingProductEvents.id));
}

// ---- the supermarket: listed versions only ----

const listedJoin = and(
  eq(financingProductVersions.productId, financingProducts.id),
  eq(financingProductVersions.version, financingProducts.listedVersion),
);

/**
 * Whose products a viewer sees: those of regions within its own (`prefix`) and of the regions over it
 * (`over`: an enterprise in a district sees its city's and province's banks). Null: every region.
 */
export type RegionView = { prefix: string; over: string[] } | null;

const regionViewCondition = (
  view: RegionView,
  column: typeof financingProducts.regionCode | typeof productCatalogues.regionCode,
) => (view === null ? undefined : or(sql`${column} like ${`${view.prefix}%`}`, inArray(column, view.over)));

/** What the supermarket filters on, in stored terms: the amount in fen, a district with the regions over it. */
export interface ListedQuery {
  filter: SupermarketFilter;
  amountFen: bigint | null;
  /** The district's own code and the codes of the city and province over it. */
  regionsOverDistrict: string[];
}

function supermarketConditions(view: RegionView, { filter, amountFen, regionsOverDistrict }: ListedQuery) {
  const v = financingProductVersions;
  return and(
    isNotNull(financingProducts.listedVersion),
    regionViewCondition(view, financingProducts.regionCode),
    filter.category ? eq(v.category, filter.category) : undefined,
    filter.type ? eq(v.type, filter.type) : undefined,
    amountFen === null ? undefined : and(lte(v.amountMinFen, amountFen), gte(v.amountMaxFen, amountFen)),
    filter.termMonths === undefined
      ? undefined
      : and(lte(v.termMinMonths, filter.termMonths), gte(v.termMaxMonths, filter.termMonths)),
    filter.collateral ? arrayContains(v.collateral, [filter.collateral]) : undefined,
    // A product without target tags, clusters or districts is for everyone.
    filter.tag ? or(arrayContains(v.tags, [filter.tag]), sql`cardinality(${v.tags}) = 0`) : undefined,
    filter.cluster
      ? or(arrayContains(v.clusters, [filter.cluster]), sql`cardinality(${v.clusters}) = 0`)
      : undefined,
    filter.district
      ? and(
          or(arrayContains(v.districts, [filter.district]), sql`cardinality(${v.districts}) = 0`),
          inArray(financingProducts.regionCode, regionsOverDistrict),
        )
      : undefined,
    filter.institution ? eq(financingProducts.orgId, filter.institution) : undefined,
  );
}

export async function listListed(
  executor: Executor,
  view: RegionView,
  query: ListedQuery,
  page: { offset: number; limit: number },
) {
  const where = supermarketConditions(view, query);
  const [rows, [total]] = await Promise.all([
    executor
      .select({
        product: financingProducts,
        version: financingProductVersions,
        institutionName: organisations.name,
      })
      .from(financingProducts)
      .innerJoin(financingProductVersions, listedJoin)
      .innerJoin(organisations, eq(organisations.id, financingProducts.orgId))
      .where(where)
      .orderBy(
        asc(financingProductVersions.category),
        desc(financingProducts.listedOn),
        asc(financingProducts.id),
      )
      .limit(page.limit)
      .offset(page.offset),
    executor
      .select({ value: count() })
      .from(financingProducts)
      .innerJoin(financingProductVersions, listedJoin)
      .where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

/** Listed products of a region listed within a period, as a catalogue takes them. */
export async function listListedBetween(executor: Executor, regionCode: string, from: string, to: string) {
  return executor
    .select({
      product: financingProducts,
      version: financingProductVersions,
      institutionName: organisations.name,
    })
    .from(financingProducts)
    .innerJoin(financingProductVersions, listedJoin)
    .innerJoin(organisations, eq(organisations.id, financingProducts.orgId))
    .where(
      and(
        eq(financingProducts.regionCode, regionCode),
        gte(financingProducts.listedOn, from),
        lte(financingProducts.listedOn, to),
      ),
    )
    .orderBy(
      asc(financingProductVersions.category),
      asc(organisations.name),
      asc(financingProductVersions.name),
    );
}

// ---- matching: the columns scoring reads, prefiltered where SQL is exact ----

/** Listed products a matching can consider: each condition left out places none. */
export interface MatchCandidateQuery {
  productId?: string;
  orgId?: string;
  categories?: readonly string[];
  amountFen?: bigint;
  termMonths?: number;
  /** Security the enterprise offers: a product must lend unsecured or accept one of them. */
  collateralOffered?: readonly string[];
  /** A district the product must serve: its institution's region covers it and its districts, if any, name it. */
  district?: { code: string; regionsOver: readonly string[] };
}

export async function listMatchCandidates(executor: Executor, query: MatchCandidateQuery) {
  const v = financingProductVersions;
  return executor
    .select({
      id: financingProducts.id,
      orgId: financingProducts.orgId,
      regionCode: financingProducts.regionCode,
      institutionName: organisations.name,
      name: v.name,
      category: v.category,
      type: v.type,
      rateMin: v.rateMin,
      rateMax: v.rateMax,
      amountMinFen: v.amountMinFen,
      amountMaxFen: v.amountMaxFen,
      termMinMonths: v.termMinMonths,
      termMaxMonths: v.termMaxMonths,
      collateral: v.collateral,
      tags: v.tags,
      clusters: v.clusters,
      industries: v.industries,
      sizeClasses: v.sizeClasses,
      districts: v.districts,
    })
    .from(financingProducts)
    .innerJoin(v, listedJoin)
    .innerJoin(organisations, eq(organisations.id, financingProducts.orgId))
    .where(
      and(
        isNotNull(financingProducts.listedVersion),
        query.productId ? eq(financingProducts.id, query.productId) : undefined,
        query.orgId ? eq(financingProducts.orgId, query.orgId) : undefined,
        query.categories ? inArray(v.category, [...query.categories]) : undefined,
        query.amountFen === undefined
          ? undefined
          : and(lte(v.amountMinFen, query.amountFen), gte(v.amountMaxFen, query.amountFen)),
        query.termMonths === undefined
          ? undefined
          : and(lte(v.termMinMonths, query.termMonths), gte(v.termMaxMonths, query.termMonths)),
        query.collateralOffered
          ? or(
              arrayContains(v.collateral, ["NONE"]),
              query.collateralOffered.length
                ? arrayOverlaps(v.collateral, [...query.collateralOffered])
                : undefined,
            )
          : undefined,
        query.district
          ? and(
              inArray(financingProducts.regionCode, [...query.district.regionsOver]),
              or(arrayContains(v.districts, [query.district.code]), sql`cardinality(${v.districts}) = 0`),
            )
          : undefined,
      ),
    );
}

// ---- catalogues ----

export type CatalogueRow = typeof productCatalogues.$inferSelect;

export async function insertCatalogue(
  executor: Executor,
  values: typeof productCatalogues.$inferInsert,
  entries: { productId: string; productVersion: number }[],
): Promise<CatalogueRow> {
  const [row] = await executor.insert(productCatalogues).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  if (entries.length) {
    await executor
      .insert(productCatalogueEntries)
      .values(entries.map((entry) => ({ ...entry, catalogueId: row.id })));
  }
  return row;
}

// Qualified by hand: inside a select drizzle names the outer column unqualified, and "id" would bind to the subquery's table.
const entryCount = sql<number>`(select count(*) from ${productCatalogueEntries}
  where ${productCatalogueEntries.catalogueId} = "product_catalogues"."id")`.mapWith(Number);
const deliveryCount = sql<number>`(select count(*) from ${enterpriseMessages}
  where ${enterpriseMessages.catalogueId} = "product_catalogues"."id")`.mapWith(Number);

export async function listCatalogues(executor: Executor, view: RegionView, publishedOnly: boolean) {
  return executor
    .select({ catalogue: productCatalogues, productCount: entryCount, deliveries: deliveryCount })
    .from(productCatalogues)
    .where(
      and(
        regionViewCondition(view, productCatalogues.regionCode),
        publishedOnly ? isNotNull(productCatalogues.publishedOn) : undefined,
      ),
    )
    .orderBy(desc(productCatalogues.createdAt));
}

export async function findCatalogue(executor: Executor, id: string, lock = false) {
  const query = executor
    .select({ catalogue: productCatalogues, productCount: entryCount, deliveries: deliveryCount })
    .from(productCatalogues)
    .where(eq(productCatalogues.id, id));
  const [row] = await (lock ? query.for("update", { of: productCatalogues }) : query);
  return row ?? null;
}

/** The products of a catalogue in the versions it froze. */
export async function catalogueProducts(executor: Executor, catalogueId: string) {
  return executor
    .select({
      product: financingProducts,
      version: financingProductVersions,
      institutionName: organisations.name,
    })
    .from(productCatalogueEntries)
    .innerJoin(financingProducts, eq(financingProducts.id, productCatalogueEntries.productId))
    .innerJoin(
      financingProductVersions,
      and(
        eq(financingProductVersions.productId, productCatalogueEntries.productId),
        eq(financingProductVersions.version, productCatalogueEntries.productVersion),
      ),
    )
    .innerJoin(organisations, eq(organisations.id, financingProducts.orgId))
    .where(eq(productCatalogueEntries.catalogueId, catalogueId))
    .orderBy(
      asc(financingProductVersions.category),
      asc(organisations.name),
      asc(financingProductVersions.name),
    );
}

/** Marks the catalogue published unless it already is; false when another publication came first. */
export async function markPublished(
  executor: Executor,
  id: string,
  by: string,
  on: string,
): Promise<boolean> {
  const rows = await executor
    .update(productCatalogues)
    .set({ publishedBy: by, publishedOn: on })
    .where(and(eq(productCatalogues.id, id), isNull(productCatalogues.publishedOn)))
    .returning({ id: productCatalogues.id });
  return rows.length === 1;
}

// ---- the outbox and the in-app messages it delivers ----

export type OutboxInsert = typeof outboxMessages.$inferInsert;

/** Writes messages; one already written under the same channel and dedupe key is left as it is. */
export async function enqueue(executor: Executor, messages: OutboxInsert[]): Promise<void> {
  if (messages.length === 0) return;
  await executor.insert(outboxMessages).values(messages).onConflictDoNothing();
}

export async function pendingMessages(executor: Executor, channel: string, limit: number) {
  return executor
    .select()
    .from(outboxMessages)
    .where(and(eq(outboxMessages.channel, channel), isNull(outboxMessages.deliveredAt)))
    .orderBy(asc(outboxMessages.id))
    .limit(limit)
    .for("update", { skipLocked: true });
}

export async function markDelivered(executor: Executor, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await executor
    .update(outboxMessages)
    .set({ deliveredAt: sql`now()`, attempts: sql`${outboxMessages.attempts} + 1` })
    .where(inArray(outboxMessages.id, ids));
}

export async function insertEnterpriseMessages(
  executor: Executor,
  rows: (typeof enterpriseMessages.$inferInsert)[],
): Promise<void> {
  if (rows.length === 0) return;
  await executor.insert(enterpriseMessages).values(rows).onConflictDoNothing();
}

export async function listEnterpriseMessages(executor: Executor, enterpriseId: string) {
  return executor
    .select()
    .from(enterpriseMessages)
    .where(eq(enterpriseMessages.enterpriseId, enterpriseId))
    .orderBy(desc(enterpriseMessages.createdAt));
}

export async function markMessageRead(
  executor: Executor,
  id: string,
  enterpriseId: string,
): Promise<boolean> {
  const rows = await executor
    .update(enterpriseMessages)
    .set({ readAt: sql`coalesce(${enterpriseMessages.readAt}, now())` })
    .where(and(eq(enterpriseMessages.id, id), eq(enterpriseMessages.enterpriseId, enterpriseId)))
    .returning({ id: enterpriseMessages.id });
  return rows.length === 1;
}
