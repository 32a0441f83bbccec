import { and, asc, between, desc, eq, inArray, like, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../../db/client";
import {
  enterprises,
  eventHistory,
  eventInvitations,
  eventOutcomes,
  matchmakingEvents,
  organisations,
  users,
} from "../../db/schema";

// The SQL of matchmaking events, their invitations, outcomes and history. Who sees which event is
// decided by the service as an EventScope; it becomes SQL here.

export type EventRow = typeof matchmakingEvents.$inferSelect;
export type EventValues = Omit<typeof matchmakingEvents.$inferInsert, "id" | "createdAt" | "version">;
export type InvitationRow = typeof eventInvitations.$inferSelect;

/** Which events a caller may list: a region's (bureau, overseers), or those it was invited to. */
export type EventScope =
  | { kind: "region"; prefix: string }
  | { kind: "enterprise"; enterpriseId: string }
  | { kind: "institution"; orgId: string };

function scopeCondition(scope: EventScope): SQL | undefined {
  switch (scope.kind) {
    case "region":
      return like(matchmakingEvents.regionCode, `${scope.prefix}%`);
    case "enterprise":
      return sql`exists (select 1 from ${eventInvitations} where ${eventInvitations.eventId} = ${matchmakingEvents.id}
        and ${eventInvitations.enterpriseId} = ${scope.enterpriseId})`;
    case "institution":
      return sql`exists (select 1 from ${eventInvitations} where ${eventInvitations.eventId} = ${matchmakingEvents.id}
        and ${eventInvitations.institutionOrgId} = ${scope.orgId})`;
  }
}

const inYear = (year: number) =>
  between(
    matchmakingEvents.heldOn,
    `${String(year).padStart(4, "0")}-01-01`,
    `${String(year).padStart(4, "0")}-12-31`,
  );

const organiser = alias(organisations, "organiser");

const invitationCount = (status?: string) =>
  sql<number>`(select count(*)::int from ${eventInvitations} where ${eventInvitations.eventId} = ${matchmakingEvents.id}
    and ${eventInvitations.enterpriseId} is not null ${status ? sql`and ${eventInvitations.status} = ${status}` : sql``})`;

export async function insertEvent(executor: Executor, values: EventValues): Promise<EventRow> {
  const [row] = await executor.insert(matchmakingEvents).values(values).returning();
  if (!row) throw new Error("insert returned nothing");
  return row;
}

/** An event with its organiser's name; `lock` holds the event row for the step that changes it. */
export async function findEvent(executor: Executor, id: string, { lock = false } = {}) {
  const query = executor
    .select({ event: matchmakingEvents, organiserName: organiser.name })
    .from(matchmakingEvents)
    .innerJoin(organiser, eq(organiser.id, matchmakingEvents.organiserOrgId))
    .where(eq(matchmakingEvents.id, id));
  const [row] = await (lock ? query.for("update", { of: matchmakingEvents }) : query);
  return row ?? null;
}

/** Events in scope, newest first, with how many enterprises were invited, registered and attended. */
export async function listEvents(
  executor: Executor,
  scope: EventScope,
  filter: { year?: number; status?: string },
) {
  return executor
    .select({
      event: matchmakingEvents,
      organiserName: organiser.name,
      invited: invitationCount(),
      registered: invitationCount("REGISTERED"),
      attended: invitationCount("ATTENDED"),
    })
    .from(matchmakingEvents)
    .innerJoin(organiser, eq(organiser.id, matchmakingEvents.organiserOrgId))
    .where(
      and(
        scopeCondition(scope),
        filter.year === undefined ? undefined : inYear(filter.year),
        filter.status === undefined ? undefined : eq(matchmakingEvents.status, filter.status),
      ),
    )
    .orderBy(desc(matchmakingEvents.heldOn), desc(matchmakingEvents.createdAt));
}

/** Moves the event on if nobody else did first (optimistic lock); null when its version moved. */
export async function updateEvent(
  executor: Executor,
  id: string,
  expectedVersion: number,
  changes: Pick<EventValues, "status"> & { cancelReason?: string | null },
) {
  const [row] = await executor
    .update(matchmakingEvents)
    .set({ ...changes, version: sql`${matchmakingEvents.version} + 1` })
    .where(and(eq(matchmakingEvents.id, id), eq(matchmakingEvents.version, expectedVersion)))
    .returning();
  return row ?? null;
}

/** Adds invitations; one per invitee and event, so inviting again adds only the new ones. */
export async function insertInvitations(executor: Executor, rows: (typeof eventInvitations.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return executor.insert(eventInvitations).values(rows).onConflictDoNothing().returning();
}

/** An event's invitations with the invitee's name, enterprises first. */
export async function listInvitations(executor: Executor, eventId: string) {
  return executor
    .select({
      invitation: eventInvitations,
      name: sql<string>`coalesce(${enterprises.name}, ${organisations.name})`,
      districtCode: enterprises.districtCode,
      cluster: enterprises.cluster,
      institutionType: organisations.type,
    })
    .from(eventInvitations)
    .leftJoin(enterprises, eq(enterprises.id, eventInvitations.enterpriseId))
    .leftJoin(organisations, eq(organisations.id, eventInvitations.institutionOrgId))
    .where(eq(eventInvitations.eventId, eventId))
    .orderBy(sql`${eventInvitations.enterpriseId} is null`, asc(enterprises.name), asc(organisations.name));
}

/** The invitation of one enterprise or institution to the event (its event row is locked by the step). */
export async function findInvitation(
  executor: Executor,
  eventId: string,
  invitee: { enterpriseId: string } | { institutionOrgId: string },
) {
  const [row] = await executor
    .select()
    .from(eventInvitations)
    .where(
      and(
        eq(eventInvitations.eventId, eventId),
        "enterpriseId" in invitee
          ? eq(eventInvitations.enterpriseId, invitee.enterpriseId)
          : eq(eventInvitations.institutionOrgId, invitee.institutionOrgId),
      ),
    );
  return row ?? null;
}

export async function findInvitationsByIds(executor: Executor, eventId: string, ids: string[]) {
  return executor
    .select()
    .from(eventInvitations)
    .where(and(eq(eventInvitations.eventId, eventId), inArray(eventInvitations.id, ids)));
}

export async function updateInvitation(
  executor: Executor,
  id: string,
  changes: Partial<Pick<InvitationRow, "status" | "declineReason" | "answeredAt" | "checkedInAt">>,
) {
  await executor.update(eventInvitations).set(changes).where(eq(eventInvitations.id, id));
}

/** How many enterprises hold a place: registered or already checked in. */
export async function countPlacesTaken(executor: Executor, eventId: string): Promise<number> {
  const [row] = await executor
    .select({ taken: sql<number>`count(*)::int` })
    .from(eventInvitations)
    .where(
      and(
        eq(eventInvitations.eventId, eventId),
        inArray(eventInvitations.status, ["REGISTERED", "ATTENDED"]),
        sql`${eventInvitations.enterpriseId} is not null`,
      ),
    );
  return row?.taken ?? 0;
}

export async function insertOutcome(executor: Executor, values: typeof eventOutcomes.$inferInsert) {
  const [row] = await executor.insert(eventOutcomes).values(values).returning();
  if (!row) throw new Error("insert returned nothing");
  return row;
}

const institution = alias(organisations, "institution");

/** Outcomes of the events given, with both parties' names; narrowed to one party when asked. */
export async function listOutcomes(
  executor: Executor,
  eventIds: string[],
  party: { enterpriseId?: string; institutionOrgId?: string } = {},
) {
  if (eventIds.length === 0) return [];
  return executor
    .select({
      outcome: eventOutcomes,
      enterpriseName: enterprises.name,
      institutionName: institution.name,
    })
    .from(eventOutcomes)
    .innerJoin(enterprises, eq(enterprises.id, eventOutcomes.enterpriseId))
    .innerJoin(institution, eq(institution.id, eventOutcomes.institutionOrgId))
    .where(
      and(
        inArray(eventOutcomes.eventId, eventIds),
        party.enterpriseId ? eq(eventOutcomes.enterpriseId, party.enterpriseId) : undefined,
        party.institutionOrgId ? eq(eventOutcomes.institutionOrgId, party.institutionOrgId) : undefined,
      ),
    )
    .orderBy(asc(eventOutcomes.recordedAt));
}

export async function appendHistory(executor: Executor, row: typeof eventHistory.$inferInsert) {
  await executor.insert(eventHistory).values(row);
}

const actorOrg = alias(organisations, "actor_org");

export async function listHistory(executor: Executor, eventId: string) {
  return executor
    .select({ entry: eventHistory, username: users.displayName, orgName: actorOrg.name })
    .from(eventHistory)
    .innerJoin(users, eq(users.id, eventHistory.actorUserId))
    .innerJoin(actorOrg, eq(actorOrg.id, eventHistory.actorOrgId))
    .where(eq(eventHistory.eventId, eventId))
    .orderBy(asc(eventHistory.id));
}

/** Every enterprise checked in at a held or closed event of the region in `year`, with its event's day. */
export async function listAttendances(executor: Executor, regionPrefix: string, year: number) {
  return executor
    .select({
      eventId: eventInvitations.eventId,
      enterpriseId: sql<string>`${eventInvitations.enterpriseId}`,
      heldOn: matchmakingEvents.heldOn,
      eventTitle: matchmakingEvents.title,
      enterpriseName: enterprises.name,
      checkedInAt: eventInvitations.checkedInAt,
    })
    .from(eventInvitations)
    .innerJoin(matchmakingEvents, eq(matchmakingEvents.id, eventInvitations.eventId))
    .innerJoin(enterprises, eq(enterprises.id, eventInvitations.enterpriseId))
    .where(
      and(
        eq(eventInvitations.status, "ATTENDED"),
        like(matchmakingEvents.regionCode, `${regionPrefix}%`),
        inYear(year),
        or(eq(matchmakingEvents.status, "HELD"), eq(matchmakingEvents.status, "CLOSED")),
      ),
    )
    .orderBy(asc(matchmakingEvents.heldOn), asc(enterprises.name));
}
