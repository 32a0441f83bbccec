import {
  answerInvitation,
  applyEventAction,
  availableEventActions,
  canCheckIn,
  checkCapacity,
  checkEventPlan,
  type EventAction,
  type EventHistoryAction,
  type EventStatus,
  type EventTargets,
  type EventType,
  enterprisesServed,
  fitsEventTargets,
  formatYuan,
  INSTITUTION_ORG_TYPES,
  type InvitationStatus,
  parseYuan,
  type Term,
} from "@chanrong/domain";
import type { Database, Executor } from "../../db/client";
import { hasRole, regionCovers, regionPrefix, requireOrgType, requireRole } from "../../platform/access";
import type { Actor, OrgType } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { today } from "../../platform/clock";
import { AppError, type FieldIssue } from "../../platform/errors";
import { notifyOrganisations } from "../applications/notifications.service";
import { listAllEnterprises } from "../enterprises/enterprises.service";
import { listInstitutions, organisationsOfEnterprises } from "../identity/identity.service";
import * as repo from "./events.repository";
import type { EventInput, OutcomeInput } from "./events.schemas";

const NOT_FOUND: Term = { zh: "对接活动", en: "Matchmaking event" };

/** Levels above a region that read its events without running them. */
const OVERSEERS: readonly OrgType[] = ["PROVINCE", "MINISTRY", "PLATFORM_ADMIN"];

type RegionalView = "organiser" | "overseer";

/** The industry bureau of the event's region runs it; the levels above it read it. */
function regionalView(actor: Actor, regionCode: string): RegionalView | null {
  if (!regionCovers(actor.orgRegionCode, regionCode)) return null;
  if (actor.orgType === "INDUSTRY_BUREAU") return "organiser";
  return OVERSEERS.includes(actor.orgType) ? "overseer" : null;
}

/** Who an invitation addresses when the caller is invited: its enterprise, or its institution. */
function inviteeOf(actor: Actor): { enterpriseId: string } | { institutionOrgId: string } | null {
  if (actor.orgType === "ENTERPRISE" && actor.enterpriseId) return { enterpriseId: actor.enterpriseId };
  if (INSTITUTION_ORG_TYPES.includes(actor.orgType)) return { institutionOrgId: actor.orgId };
  return null;
}

function eventScope(actor: Actor): repo.EventScope {
  if (actor.orgType === "INDUSTRY_BUREAU" || OVERSEERS.includes(actor.orgType))
    return { kind: "region", prefix: regionPrefix(actor.orgRegionCode) };
  const invitee = inviteeOf(actor);
  if (!invitee) throw AppError.forbidden();
  return "enterpriseId" in invitee
    ? { kind: "enterprise", enterpriseId: invitee.enterpriseId }
    : { kind: "institution", orgId: invitee.institutionOrgId };
}

/** Running events is the industry bureau's operators' and administrators' work. */
function requireOrganiser(actor: Actor) {
  requireOrgType(actor, "INDUSTRY_BUREAU");
  requireRole(actor, "operator", "admin");
}

function toEvent({ event, organiserName }: { event: repo.EventRow; organiserName: string }) {
  const { organiserOrgId, createdBy, createdAt, ...fields } = event;
  // An event planned before the cluster filter existed filters by none.
  const targets = { clusters: [], ...event.targets } satisfies EventTargets;
  return {
    ...fields,
    targets,
    type: event.type as EventType,
    status: event.status as EventStatus,
    organiserName,
  };
}

export async function listEvents(db: Database, actor: Actor, filter: { year?: number; status?: string }) {
  const rows = await repo.listEvents(db, eventScope(actor), filter);
  return rows.map(({ invited, registered, attended, ...row }) => ({
    ...toEvent(row),
    invited,
    registered,
    attended,
  }));
}

type OutcomeRow = Awaited<ReturnType<typeof repo.listOutcomes>>[number];
const toOutcome = ({ outcome, enterpriseName, institutionName }: OutcomeRow) => ({
  id: outcome.id,
  eventId: outcome.eventId,
  enterpriseId: outcome.enterpriseId,
  enterpriseName,
  institutionOrgId: outcome.institutionOrgId,
  institutionName,
  intentionsSigned: outcome.intentionsSigned,
  intendedAmount: formatYuan(outcome.intendedAmountFen),
  note: outcome.note,
  followUpDemandNeeded: outcome.followUpDemandNeeded,
  recordedAt: outcome.recordedAt,
});

/**
 * The event as the caller may see it: the bureau of its region all of it and its steps, the levels
 * above all of it read-only, an invited enterprise or institution the event, its own invitation and
 * its own outcomes; anyone else is told it does not exist.
 */
export async function getEvent(db: Database, actor: Actor, id: string) {
  const found = await repo.findEvent(db, id);
  if (!found) throw AppError.notFound(NOT_FOUND);
  const view = regionalView(actor, found.event.regionCode);
  const invitee = inviteeOf(actor);
  const invitations = (await repo.listInvitations(db, id)).map(({ invitation, name, cluster }) => ({
    id: invitation.id,
    enterpriseId: invitation.enterpriseId,
    institutionOrgId: invitation.institutionOrgId,
    name,
    cluster,
    status: invitation.status as InvitationStatus,
    declineReason: invitation.declineReason,
    invitedAt: invitation.invitedAt,
    answeredAt: invitation.answeredAt,
    checkedInAt: invitation.checkedInAt,
  }));
  const myInvitation =
    invitee &&
    (invitations.find((invitation) =>
      "enterpriseId" in invitee
        ? invitation.enterpriseId === invitee.enterpriseId
        : invitation.institutionOrgId === invitee.institutionOrgId,
    ) ??
      null);
  if (!view && !myInvitation) throw AppError.notFound(NOT_FOUND);
  const event = toEvent(found);
  const actions =
    view === "organiser" && hasRole(actor, "operator", "admin") ? availableEventActions(event.status) : [];
  const outcomes = await repo.listOutcomes(db, [id], view ? {} : (invitee ?? {}));
  const history = view ? await repo.listHistory(db, id) : [];
  const invitable = actions.includes("invite")
    ? (await listInstitutions(db)).filter(
        (org) =>
          regionCovers(event.regionCode, org.regionCode) &&
          !invitations.some((invitation) => invitation.institutionOrgId === org.id),
      )
    : [];
  return {
    ...event,
    viewer: view ?? ("invitee" as const),
    actions,
    myInvitation: myInvitation ?? null,
    mayAnswer:
      actor.orgType === "ENTERPRISE" &&
      event.status === "OPEN" &&
      myInvitation !== null &&
      myInvitation.status !== "ATTENDED",
    invitations: view ? invitations : [],
    outcomes: outcomes.map(toOutcome),
    history: history.map(({ entry, username, orgName }) => ({
      id: entry.id,
      action: entry.action as EventHistoryAction,
      fromStatus: entry.fromStatus as EventStatus | null,
      toStatus: entry.toStatus as EventStatus,
      reason: entry.reason,
      actorName: username,
      orgName,
      businessDate: entry.businessDate,
      at: entry.at,
    })),
    invitableInstitutions: invitable.map(({ id: orgId, name, type }) => ({ id: orgId, name, type })),
  };
}

/** Appends the step to the event's history and the audit log, in the step's transaction. */
async function record(
  tx: Executor,
  actor: Actor,
  event: repo.EventRow,
  step: { action: EventHistoryAction; to: EventStatus; reason?: string | null; details?: unknown },
  ip: string | null,
) {
  await repo.appendHistory(tx, {
    eventId: event.id,
    action: step.action,
    fromStatus: step.action === "create" ? null : event.status,
    toStatus: step.to,
    reason: step.reason ?? null,
    details: step.details ?? null,
    actorUserId: actor.userId,
    actorOrgId: actor.orgId,
    businessDate: today(),
  });
  await recordAudit(tx, {
    actor,
    action: `matchmaking-event.${step.action}`,
    entityType: "matchmaking-event",
    entityId: event.id,
    after: { status: step.to, reason: step.reason ?? null, details: step.details ?? null },
    ip,
  });
}

export async function createEvent(db: Database, actor: Actor, input: EventInput, ip: string | null) {
  requireOrganiser(actor);
  checkEventPlan({ ...input, districts: input.targets.districts }, actor.orgRegionCode, today());
  const created = await db.transaction(async (tx) => {
    const event = await repo.insertEvent(tx, {
      ...input,
      organiserOrgId: actor.orgId,
      regionCode: actor.orgRegionCode,
      status: "PLANNED",
      createdBy: actor.userId,
    });
    await record(tx, actor, event, { action: "create", to: "PLANNED", details: input }, ip);
    return event;
  });
  return getEvent(db, actor, created.id);
}

/**
 * One of the bureau's steps on its event, in one transaction: the event row locked, the transition
 * table asked, the step's own work done, the state and version moved, the history and audit written.
 */
async function bureauStep(
  db: Database,
  actor: Actor,
  id: string,
  step: { action: EventAction; reason?: string | null },
  ip: string | null,
  work: (tx: Executor, event: repo.EventRow) => Promise<unknown> = async () => null,
) {
  requireOrganiser(actor);
  return db.transaction(async (tx) => {
    const found = await repo.findEvent(tx, id, { lock: true });
    if (!found || regionalView(actor, found.event.regionCode) !== "organiser")
      throw AppError.notFound(NOT_FOUND);
    const { event } = found;
    const to = applyEventAction(event.status as EventStatus, step.action, step.reason);
    const details = await work(tx, event);
    const moved = await repo.updateEvent(tx, id, event.version, {
      status: to,
      ...(step.action === "cancel" ? { cancelReason: step.reason ?? null } : {}),
    });
    if (!moved) throw AppError.staleVersion();
    await record(tx, actor, event, { action: step.action, to, reason: step.reason, details }, ip);
    return details;
  });
}

function throwIssues(issues: FieldIssue[]) {
  if (issues.length > 0) throw new AppError("validation", issues[0]?.message ?? NOT_FOUND, issues);
}

/**
 * Invites the enterprises the event's filters take today (resolved now, from the region's registry)
 * and the institutions named, each once; every new invitee's organisation gets an in-app notification.
 */
export async function invite(
  db: Database,
  actor: Actor,
  id: string,
  input: { byFilter: boolean; institutionOrgIds: string[] },
  ip: string | null,
) {
  requireOrganiser(actor);
  const found = await repo.findEvent(db, id);
  if (!found || regionalView(actor, found.event.regionCode) !== "organiser")
    throw AppError.notFound(NOT_FOUND);
  const event = toEvent(found);
  const day = today();
  const enterpriseIds = input.byFilter
    ? (await listAllEnterprises(db, actor, {}))
        .filter(
          (enterprise) =>
            regionCovers(event.regionCode, enterprise.districtCode) &&
            fitsEventTargets(enterprise, event.targets, day),
        )
        .map((enterprise) => enterprise.id)
    : [];
  const institutions = (await listInstitutions(db)).filter((org) =>
    regionCovers(event.regionCode, org.regionCode),
  );
  throwIssues(
    input.institutionOrgIds.flatMap((orgId, index) =>
      institutions.some((org) => org.id === orgId)
        ? []
        : [
            {
              field: `institutionOrgIds.${index}`,
              rule: "institution-of-region",
              message: {
                zh: "不是本辖区的银行、担保或金融机构",
                en: "Not a bank, guarantor or financial institution of the region",
              },
            },
          ],
    ),
  );
  if (enterpriseIds.length === 0 && input.institutionOrgIds.length === 0) {
    throw AppError.validation("byFilter", "no-invitee", {
      zh: "筛选条件下没有可邀请的企业,也未选择金融机构",
      en: "The filters take no enterprise and no institution was chosen",
    });
  }
  const result = { invitedEnterprises: 0, invitedInstitutions: 0, notified: 0 };
  await bureauStep(db, actor, id, { action: "invite" }, ip, async (tx) => {
    const added = await repo.insertInvitations(tx, [
      ...enterpriseIds.map((enterpriseId) => ({
        eventId: id,
        enterpriseId,
        status: "INVITED",
        invitedBy: actor.userId,
      })),
      ...input.institutionOrgIds.map((institutionOrgId) => ({
        eventId: id,
        institutionOrgId,
        status: "INVITED",
        invitedBy: actor.userId,
      })),
    ]);
    if (added.length === 0) {
      throw AppError.validation("byFilter", "already-invited", {
        zh: "这些企业和机构都已邀请过",
        en: "Everyone was invited already",
      });
    }
    const newEnterprises = added.flatMap((row) => (row.enterpriseId ? [row.enterpriseId] : []));
    const newInstitutions = added.flatMap((row) => (row.institutionOrgId ? [row.institutionOrgId] : []));
    const recipients = [
      ...(await organisationsOfEnterprises(tx, newEnterprises)).map((org) => org.id),
      ...newInstitutions,
    ];
    const message: Term = {
      zh: `${found.organiserName}邀请您参加“${event.title}”(${event.heldOn} ${event.startTime})`,
      en: `${found.organiserName} invites you to “${event.title}” (${event.heldOn} ${event.startTime})`,
    };
    const notified = await notifyOrganisations(
      tx,
      recipients.map((orgId) => ({ orgId, kind: "event-invitation", message, link: `/events/${id}` })),
    );
    Object.assign(result, {
      invitedEnterprises: newEnterprises.length,
      invitedInstitutions: newInstitutions.length,
      notified,
    });
    return { ...result, enterpriseIds: newEnterprises, institutionOrgIds: newInstitutions };
  });
  return { ...result, event: await getEvent(db, actor, id) };
}

/** An invited enterprise registers, or declines with its reason, while invitations are open. */
export async function answer(
  db: Database,
  actor: Actor,
  id: string,
  input: { answer: "register" | "decline"; reason?: string },
  ip: string | null,
) {
  requireOrgType(actor, "ENTERPRISE");
  requireRole(actor, "operator", "admin");
  const enterpriseId = actor.enterpriseId;
  if (!enterpriseId) throw AppError.notFound(NOT_FOUND);
  await db.transaction(async (tx) => {
    const found = await repo.findEvent(tx, id, { lock: true });
    const invitation = found && (await repo.findInvitation(tx, id, { enterpriseId }));
    if (!found || !invitation) throw AppError.notFound(NOT_FOUND);
    const status = found.event.status as EventStatus;
    const next = answerInvitation(status, invitation.status as InvitationStatus, input.answer, input.reason);
    if (next === "REGISTERED" && invitation.status !== "REGISTERED")
      checkCapacity(found.event.capacity, await repo.countPlacesTaken(tx, id));
    await repo.updateInvitation(tx, invitation.id, {
      status: next,
      declineReason: next === "DECLINED" ? (input.reason ?? null) : null,
      answeredAt: new Date(),
    });
    await record(
      tx,
      actor,
      found.event,
      { action: input.answer, to: status, reason: input.reason ?? null, details: { enterpriseId } },
      ip,
    );
  });
  return getEvent(db, actor, id);
}

/** The bureau checks invitees in (the first check-in marks the event held). */
export async function checkIn(
  db: Database,
  actor: Actor,
  id: string,
  invitationIds: string[],
  ip: string | null,
) {
  await bureauStep(db, actor, id, { action: "check-in" }, ip, async (tx) => {
    const invitations = await repo.findInvitationsByIds(tx, id, invitationIds);
    throwIssues(
      invitationIds.flatMap((invitationId, index) => {
        const invitation = invitations.find((row) => row.id === invitationId);
        if (!invitation)
          return [
            {
              field: `invitationIds.${index}`,
              rule: "not-invited",
              message: { zh: "不是本活动的邀请对象", en: "Not invited to this event" },
            },
          ];
        if (!canCheckIn(invitation.status as InvitationStatus))
          return [
            {
              field: `invitationIds.${index}`,
              rule: "already-checked-in",
              message: { zh: "已签到", en: "Already checked in" },
            },
          ];
        return [];
      }),
    );
    const checkedInAt = new Date();
    for (const invitation of invitations) {
      await repo.updateInvitation(tx, invitation.id, { status: "ATTENDED", checkedInAt });
    }
    return { invitationIds };
  });
  return getEvent(db, actor, id);
}

/** What came of the event between an enterprise that attended and an institution invited to it. */
export async function recordOutcome(
  db: Database,
  actor: Actor,
  id: string,
  input: OutcomeInput,
  ip: string | null,
) {
  const amountFen = parseYuan(input.intendedAmount);
  await bureauStep(db, actor, id, { action: "record-outcome" }, ip, async (tx) => {
    const enterprise = await repo.findInvitation(tx, id, { enterpriseId: input.enterpriseId });
    const institution = await repo.findInvitation(tx, id, { institutionOrgId: input.institutionOrgId });
    throwIssues([
      ...(enterprise?.status === "ATTENDED"
        ? []
        : [
            {
              field: "enterpriseId",
              rule: "not-attended",
              message: { zh: "该企业未签到参加本活动", en: "The enterprise did not attend" },
            },
          ]),
      ...(institution
        ? []
        : [
            {
              field: "institutionOrgId",
              rule: "not-invited",
              message: { zh: "该机构未受邀参加本活动", en: "The institution was not invited" },
            },
          ]),
    ]);
    const outcome = await repo.insertOutcome(tx, {
      eventId: id,
      enterpriseId: input.enterpriseId,
      institutionOrgId: input.institutionOrgId,
      intentionsSigned: input.intentionsSigned,
      intendedAmountFen: amountFen,
      note: input.note,
      followUpDemandNeeded: input.followUpDemandNeeded,
      recordedBy: actor.userId,
    });
    // A follow-up financing demand is only flagged here; the demands module will start it from the flag.
    return { outcomeId: outcome.id, ...input };
  });
  return getEvent(db, actor, id);
}

export const closeEvent = (db: Database, actor: Actor, id: string, note: string, ip: string | null) =>
  bureauStep(db, actor, id, { action: "close", reason: note }, ip).then(() => getEvent(db, actor, id));

export const cancelEvent = (db: Database, actor: Actor, id: string, reason: string, ip: string | null) =>
  bureauStep(db, actor, id, { action: "cancel", reason }, ip).then(() => getEvent(db, actor, id));

/** The region a bureau or overseer reports on; invitees have no region report. */
function requireRegionalReader(actor: Actor) {
  requireOrgType(actor, "INDUSTRY_BUREAU", ...OVERSEERS);
  return regionPrefix(actor.orgRegionCode);
}

/**
 * Enterprises served (家次) by the region's events in `year` against seed 004's 1,000. Financing
 * demands handled count too; the demands module will supply their number as enterprisesServed's third argument.
 */
export async function served(db: Database, actor: Actor, year = Number(today().slice(0, 4))) {
  const attendances = await repo.listAttendances(db, requireRegionalReader(actor), year);
  return enterprisesServed(year, attendances);
}

/** Everything the year's export holds: the events, who attended, and the outcomes. */
export async function exportYear(db: Database, actor: Actor, year: number) {
  const prefix = requireRegionalReader(actor);
  const events = await listEvents(db, actor, { year });
  const [attendances, outcomes] = await Promise.all([
    repo.listAttendances(db, prefix, year),
    repo.listOutcomes(
      db,
      events.map((event) => event.id),
    ),
  ]);
  return {
    events,
    attendances,
    outcomes: outcomes.map(toOutcome),
    served: enterprisesServed(year, attendances),
  };
}

/**
 * The monitoring module's feed (issue 15): the enterprises that attended the region's events in `year`
 * up to the day `to`. Monitoring checks who may read it before it calls.
 */
export async function eventEnterprisesOf(db: Executor, prefix: string, year: number, to: string) {
  const attendances = await repo.listAttendances(db, prefix, year);
  return attendances
    .filter((attendance) => attendance.heldOn <= to)
    .map((attendance) => attendance.enterpriseId);
}
