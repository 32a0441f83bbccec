import type { Database } from "../../db/client";
import { hasRole, isPlatformAdmin, requireOrgType } from "../../platform/access";
import type { Actor, OrgType, Role } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { hashPassword, passwordProblem, verifyPassword } from "../../platform/auth/passwords";
import { SIGN_IN_POLICY } from "../../platform/auth/policy";
import { deleteSession, deleteSessionsOfUser, insertSession } from "../../platform/auth/sessions.repository";
import { hashToken, newToken } from "../../platform/auth/tokens";
import { uniqueViolation } from "../../platform/db-errors";
import { AppError } from "../../platform/errors";
import * as repo from "./identity.repository";

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

// Verifying against a real hash for unknown usernames keeps the response time the same,
// so timing does not reveal which usernames exist.
const unknownUserHash = hashPassword("no-such-user-0");

const WRONG_CREDENTIALS = "用户名或密码错误 (wrong username or password)";

/** Signs in; returns the session token for the cookie and the CSRF token for the client. */
export async function signIn(db: Database, username: string, password: string, meta: RequestMeta) {
  const user = await repo.findUserByUsername(db, username);
  if (!user) {
    await verifyPassword(await unknownUserHash, password);
    await recordAudit(db, {
      actor: null,
      username,
      action: "auth.sign-in.failed",
      entityType: "user",
      ip: meta.ip,
    });
    throw new AppError("unauthenticated", WRONG_CREDENTIALS);
  }
  const org = await repo.findOrganisation(db, user.orgId);
  if (user.lockedUntil && user.lockedUntil > new Date()) {
    await recordAudit(db, {
      actor: null,
      username,
      action: "auth.sign-in.locked",
      entityType: "user",
      entityId: user.id,
      ip: meta.ip,
    });
    throw lockedError(user.lockedUntil);
  }
  if (!(await verifyPassword(user.passwordHash, password)) || !user.active || !org?.active) {
    const lockedUntil = await repo.countFailedSignIn(
      db,
      user.id,
      SIGN_IN_POLICY.maxFailedAttempts,
      SIGN_IN_POLICY.lockoutMinutes,
    );
    await recordAudit(db, {
      actor: null,
      username,
      action: "auth.sign-in.failed",
      entityType: "user",
      entityId: user.id,
      after: lockedUntil && lockedUntil > new Date() ? { lockedUntil } : null,
      ip: meta.ip,
    });
    throw new AppError("unauthenticated", WRONG_CREDENTIALS);
  }

  const token = newToken();
  const csrfToken = newToken();
  await db.transaction(async (tx) => {
    await repo.clearFailedSignIns(tx, user.id);
    await insertSession(tx, { tokenHash: hashToken(token), userId: user.id, csrfToken, ...meta });
    await recordAudit(tx, {
      actor: { userId: user.id, username: user.username, orgId: user.orgId },
      action: "auth.sign-in",
      entityType: "user",
      entityId: user.id,
      ip: meta.ip,
    });
  });
  return { token, csrfToken };
}

function lockedError(until: Date): AppError {
  const minutes = Math.ceil((until.getTime() - Date.now()) / 60_000);
  return new AppError(
    "locked",
    `连续登录失败 ${SIGN_IN_POLICY.maxFailedAttempts} 次,账户已锁定,请 ${minutes} 分钟后再试 ` +
      `(locked after ${SIGN_IN_POLICY.maxFailedAttempts} failed attempts; try again in ${minutes} min)`,
  );
}

export async function signOut(db: Database, actor: Actor, tokenHash: string, ip: string | null) {
  await db.transaction(async (tx) => {
    await deleteSession(tx, tokenHash);
    await recordAudit(tx, { actor, action: "auth.sign-out", entityType: "user", entityId: actor.userId, ip });
  });
}

// ---- organisations (platform admin) ----

export async function listOrganisations(db: Database, actor: Actor, filter: { type?: string; q?: string }) {
  requireOrgType(actor, "PLATFORM_ADMIN");
  return repo.listOrganisations(db, filter);
}

export interface OrganisationInput {
  name: string;
  type: OrgType;
  regionCode: string;
  enterpriseId?: string | null;
}

export async function createOrganisation(
  db: Database,
  actor: Actor,
  input: OrganisationInput,
  ip: string | null,
) {
  requireOrgType(actor, "PLATFORM_ADMIN");
  await requireRegion(db, input.regionCode);
  if (input.enterpriseId) await requireEnterprise(db, input.enterpriseId);
  return db.transaction(async (tx) => {
    const created = await repo
      .insertOrganisation(tx, input)
      .catch(uniqueViolation("name", "机构名称已存在 (name taken)"));
    await recordAudit(tx, {
      actor,
      action: "organisation.create",
      entityType: "organisation",
      entityId: created.id,
      after: created,
      ip,
    });
    return created;
  });
}

export async function updateOrganisation(
  db: Database,
  actor: Actor,
  id: string,
  input: Partial<OrganisationInput> & { active?: boolean; version: number },
  ip: string | null,
) {
  requireOrgType(actor, "PLATFORM_ADMIN");
  if (input.regionCode) await requireRegion(db, input.regionCode);
  if (input.enterpriseId) await requireEnterprise(db, input.enterpriseId);
  return db.transaction(async (tx) => {
    const before = await repo.findOrganisation(tx, id);
    if (!before) throw AppError.notFound("机构 (organisation)");
    const { version, ...values } = input;
    const after = await repo
      .updateOrganisation(tx, id, version, values)
      .catch(uniqueViolation("name", "机构名称已存在 (name taken)"));
    if (!after) throw AppError.staleVersion();
    await recordAudit(tx, {
      actor,
      action: "organisation.update",
      entityType: "organisation",
      entityId: id,
      before,
      after,
      ip,
    });
    return after;
  });
}

async function requireRegion(db: Database, code: string) {
  if (!(await repo.regionExists(db, code))) {
    throw AppError.validation("regionCode", "exists", `行政区划代码 ${code} 不存在 (unknown region code)`);
  }
}

async function requireEnterprise(db: Database, id: string) {
  if (!(await repo.enterpriseExists(db, id))) {
    throw AppError.validation("enterpriseId", "exists", `企业 ${id} 不存在 (unknown enterprise)`);
  }
}

// ---- users (org admins for their own organisation; platform admin for all) ----

function requireUserAdmin(actor: Actor, orgId: string) {
  const ownOrgAdmin = actor.orgId === orgId && hasRole(actor, "admin");
  if (!ownOrgAdmin && !(isPlatformAdmin(actor) && hasRole(actor, "admin"))) {
    throw AppError.forbidden(
      "只有本机构管理员可以管理用户 (only the organisation's admin manages its users)",
    );
  }
}

export async function listUsers(db: Database, actor: Actor, orgId: string) {
  requireUserAdmin(actor, orgId);
  if (!(await repo.findOrganisation(db, orgId))) throw AppError.notFound("机构 (organisation)");
  return (await repo.listUsersOfOrganisation(db, orgId)).map(publicUser);
}

export interface UserInput {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
}

export async function createUser(
  db: Database,
  actor: Actor,
  orgId: string,
  input: UserInput,
  ip: string | null,
) {
  requireUserAdmin(actor, orgId);
  if (!(await repo.findOrganisation(db, orgId))) throw AppError.notFound("机构 (organisation)");
  const problem = passwordProblem(input.password);
  if (problem) throw AppError.validation("password", "strength", problem);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const created = await repo
      .insertUser(tx, {
        orgId,
        username: input.username,
        displayName: input.displayName,
        roles: input.roles,
        passwordHash,
      })
      .catch(uniqueViolation("username", "用户名已存在 (username taken)"));
    await recordAudit(tx, {
      actor,
      action: "user.create",
      entityType: "user",
      entityId: created.id,
      after: publicUser(created),
      ip,
    });
    return publicUser(created);
  });
}

export async function updateUser(
  db: Database,
  actor: Actor,
  userId: string,
  input: { displayName?: string; roles?: Role[]; active?: boolean; password?: string; version: number },
  ip: string | null,
) {
  const before = await repo.findUser(db, userId);
  if (!before) throw AppError.notFound("用户 (user)");
  requireUserAdmin(actor, before.orgId);
  if (
    userId === actor.userId &&
    (input.active === false || (input.roles && !input.roles.includes("admin")))
  ) {
    throw AppError.validation(
      "roles",
      "self-lockout",
      "不能停用自己或移除自己的管理员角色 (cannot disable or demote yourself)",
    );
  }
  const { password, version, ...values } = input;
  let passwordHash: string | undefined;
  if (password !== undefined) {
    const problem = passwordProblem(password);
    if (problem) throw AppError.validation("password", "strength", problem);
    passwordHash = await hashPassword(password);
  }
  return db.transaction(async (tx) => {
    const after = await repo.updateUser(tx, userId, version, {
      ...values,
      // A password reset by an admin also lifts a lockout.
      ...(passwordHash && { passwordHash, failedAttempts: 0, lockedUntil: null }),
    });
    if (!after) throw AppError.staleVersion();
    // A disabled user or a changed password ends every open session of that user.
    if (input.active === false || passwordHash) await deleteSessionsOfUser(tx, userId);
    await recordAudit(tx, {
      actor,
      action: passwordHash ? "user.update.password" : "user.update",
      entityType: "user",
      entityId: userId,
      before: publicUser(before),
      after: publicUser(after),
      ip,
    });
    return publicUser(after);
  });
}

export function publicUser(user: repo.UserRow) {
  const { passwordHash: _hash, failedAttempts: _failed, ...rest } = user;
  return rest;
}

// ---- audit log (platform admins) ----

export async function listAudit(db: Database, actor: Actor, filter: repo.AuditFilter) {
  requireOrgType(actor, "PLATFORM_ADMIN");
  return repo.listAudit(db, filter);
}

export const listRegions = (db: Database) => repo.listRegions(db);

/** Banks are public counterparts: anyone signed in may pick one, e.g. for an enterprise's account. */
export const listBanks = (db: Database) =>
  repo.listActiveOrganisationsOfTypes(db, ["BANK", "FINANCIAL_INSTITUTION"]);

/** Guarantors an enterprise may address its application to. */
export const listGuarantors = (db: Database) => repo.listActiveOrganisationsOfTypes(db, ["GUARANTOR"]);
