import {
  type Department,
  hasDepartment,
  hasInstitutionKind,
  INSTITUTION_ORG_TYPES,
  type InstitutionKind,
  type Term,
} from "@chanrong/domain";
import type { Database, Executor } from "../../db/client";
import { hasRole, isPlatformAdmin, requireOrgType } from "../../platform/access";
import type { Actor, OrgType, Role } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import type { SessionInfo } from "../../platform/auth/authentication";
import { hashPassword, passwordProblem, verifyPassword } from "../../platform/auth/passwords";
import { SIGN_IN_POLICY } from "../../platform/auth/policy";
import { deleteSession, deleteSessionsOfUser, insertSession } from "../../platform/auth/sessions.repository";
import * as limits from "../../platform/auth/sign-in-limits.repository";
import { hashToken, newToken } from "../../platform/auth/tokens";
import { today } from "../../platform/clock";
import { uniqueViolation } from "../../platform/db-errors";
import { AppError } from "../../platform/errors";
import { listsInUse } from "../programmes/programmes.service";
import * as repo from "./identity.repository";
import type { MeResponse } from "./identity.schemas";

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

// Verifying against a real hash for unknown usernames keeps the response time the same,
// so timing does not reveal which usernames exist.
const unknownUserHash = hashPassword("no-such-user-0");

const WRONG_CREDENTIALS = { zh: "用户名或密码错误", en: "Wrong username or password" };

/**
 * Signs in; returns the session token for the cookie and the CSRF token for the client.
 * Each attempt is counted against the address and the account before the password is checked,
 * so no number of concurrent guesses on any number of instances checks more than the limits allow.
 * A name no account has is counted and answered exactly like an account.
 */
export async function signIn(db: Database, username: string, password: string, meta: RequestMeta) {
  const address = limits.addressKey(meta.ip);
  const fromAddress = await limits.takeAttempt(db, address, SIGN_IN_POLICY.perAddress);
  if (!fromAddress.taken) throw addressHeldError(fromAddress.lockedUntil);
  const user = await repo.findUserByUsername(db, username);
  const account = limits.accountKey(user?.id ?? null, username);
  const onAccount = await limits.takeAttempt(db, account, SIGN_IN_POLICY.perAccount);
  const audit = {
    actor: null,
    username,
    entityType: "user" as const,
    entityId: user?.id ?? null,
    ip: meta.ip,
  };
  if (!onAccount.taken) {
    // No password was checked, so the address has nothing to answer for.
    await limits.returnAttempt(db, address);
    await recordAudit(db, { ...audit, action: "auth.sign-in.locked" });
    throw lockedError(onAccount.lockedUntil);
  }
  const matches = await verifyPassword(user?.passwordHash ?? (await unknownUserHash), password);
  const org = user && (await repo.findOrganisation(db, user.orgId));
  if (!user || !matches || !user.active || !org?.active) {
    const lockedUntil = onAccount.lockedUntil;
    await recordAudit(db, { ...audit, action: "auth.sign-in.failed", after: lockedUntil && { lockedUntil } });
    throw new AppError("unauthenticated", WRONG_CREDENTIALS);
  }

  const token = newToken();
  const csrfToken = newToken();
  await db.transaction(async (tx) => {
    await limits.clearAttempts(tx, account);
    await limits.returnAttempt(tx, address);
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

const minutesUntil = (until: Date) => Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));

function lockedError(until: Date): AppError {
  const { max, minutes: window } = SIGN_IN_POLICY.perAccount;
  const minutes = minutesUntil(until);
  return new AppError("locked", {
    zh: `${window} 分钟内登录失败 ${max} 次,账户已锁定,请 ${minutes} 分钟后再试`,
    en: `Locked after ${max} failed attempts in ${window} min; try again in ${minutes} min`,
  });
}

function addressHeldError(until: Date): AppError {
  const { max, minutes: window } = SIGN_IN_POLICY.perAddress;
  const minutes = minutesUntil(until);
  return new AppError("rate-limited", {
    zh: `此地址 ${window} 分钟内登录失败 ${max} 次,请 ${minutes} 分钟后再试`,
    en: `${max} failed sign-ins from this address in ${window} min; try again in ${minutes} min`,
  });
}

/** The signed-in user and organisation as the pages know them, with the session's CSRF token. */
export async function whoAmI(db: Database, actor: Actor, session: SessionInfo | null): Promise<MeResponse> {
  return {
    user: {
      id: actor.userId,
      username: actor.username,
      displayName: session?.displayName ?? actor.username,
      roles: actor.roles,
    },
    organisation: {
      id: actor.orgId,
      name: session?.orgName ?? "",
      type: actor.orgType,
      regionCode: actor.orgRegionCode,
      enterpriseId: actor.enterpriseId,
      department: actor.department,
    },
    csrfToken: session?.csrfToken ?? null,
    // The business date (pinned for a demo), so that pages default to the server's day, not the browser's.
    today: today(),
    // 重庆's bureau keeps no key-supported list: its menu should not offer one.
    listsInUse: await listsInUse(db, actor.orgRegionCode),
  };
}

export async function signOut(db: Database, actor: Actor, tokenHash: string, ip: string | null) {
  await db.transaction(async (tx) => {
    await deleteSession(tx, tokenHash);
    await recordAudit(tx, { actor, action: "auth.sign-out", entityType: "user", entityId: actor.userId, ip });
  });
}

// ---- organisations (platform admin) ----

/** An organisation by id, or null: how other contexts read one (never through identity's repository). */
export const findOrganisation = (db: Executor, id: string) => repo.findOrganisation(db, id);

export async function listOrganisations(db: Database, actor: Actor, filter: { type?: string; q?: string }) {
  requireOrgType(actor, "PLATFORM_ADMIN");
  return (await repo.listOrganisations(db, filter)).map(organisationView);
}

export interface OrganisationInput {
  name: string;
  type: OrgType;
  regionCode: string;
  enterpriseId?: string | null;
  institutionKind?: InstitutionKind | null;
  department?: Department | null;
  payeeAccount?: PayeeAccount | null;
}

export interface PayeeAccount {
  accountName: string;
  bankName: string;
  accountNo: string;
}

/** The organisation as the API shows it: its payee account as one value, set or not. */
function organisationView({ bankAccountName, bankName, bankAccountNo, ...row }: repo.OrganisationRow) {
  return {
    ...row,
    payeeAccount:
      bankAccountName && bankName && bankAccountNo
        ? { accountName: bankAccountName, bankName, accountNo: bankAccountNo }
        : null,
  };
}

/** An account is stored in three columns, set together or cleared together. */
function payeeAccountColumns(account: PayeeAccount | null | undefined) {
  if (account === undefined) return {};
  return {
    bankAccountName: account?.accountName ?? null,
    bankName: account?.bankName ?? null,
    bankAccountNo: account?.accountNo ?? null,
  };
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
  for (const attribute of TYPE_BOUND_ATTRIBUTES) {
    requireAttributeFits(attribute, input.type, input[attribute.field] ?? null);
  }
  const { payeeAccount, ...values } = input;
  return db.transaction(async (tx) => {
    const created = await repo
      .insertOrganisation(tx, { ...values, ...payeeAccountColumns(payeeAccount) })
      .catch(uniqueViolation("name", { zh: "机构名称已存在", en: "Name taken" }));
    await recordAudit(tx, {
      actor,
      action: "organisation.create",
      entityType: "organisation",
      entityId: created.id,
      after: created,
      ip,
    });
    return organisationView(created);
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
    if (!before) throw AppError.notFound({ zh: "机构", en: "Organisation" });
    const { version, payeeAccount, ...sent } = input;
    const type = sent.type ?? (before.type as OrgType);
    const values = { ...sent };
    for (const attribute of TYPE_BOUND_ATTRIBUTES) {
      // A type without the attribute clears the one the organisation had.
      if (sent.type && !attribute.applies(sent.type) && sent[attribute.field] === undefined) {
        values[attribute.field] = null;
      }
      const value = values[attribute.field];
      requireAttributeFits(attribute, type, value === undefined ? before[attribute.field] : value);
    }
    const after = await repo
      .updateOrganisation(tx, id, version, { ...values, ...payeeAccountColumns(payeeAccount) })
      .catch(uniqueViolation("name", { zh: "机构名称已存在", en: "Name taken" }));
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
    return organisationView(after);
  });
}

/** An attribute only some organisation types have, which those types must have. */
interface TypeBoundAttribute {
  field: "institutionKind" | "department";
  applies: (type: OrgType) => boolean;
  required: Term;
  forbidden: Term;
}

const TYPE_BOUND_ATTRIBUTES: readonly TypeBoundAttribute[] = [
  // A 其他金融机构 says what it is (insurer, leasing company, fund, …).
  {
    field: "institutionKind",
    applies: hasInstitutionKind,
    required: {
      zh: "其他金融机构须选择机构类别（保险、租赁、基金等）",
      en: "A financial institution needs its kind (insurer, leasing, fund, …)",
    },
    forbidden: { zh: "只有其他金融机构有机构类别", en: "Only a financial institution has a kind" },
  },
  // A provincial authority or ministry says which of the five lines it is (seed 001 §三).
  {
    field: "department",
    applies: hasDepartment,
    required: {
      zh: "省级主管部门和部委须选择所属部门（工信、财政、人民银行、金融监管、证监）",
      en: "A provincial authority or ministry needs its department (industry, finance, PBOC, NFRA, CSRC)",
    },
    forbidden: {
      zh: "只有省级主管部门和部委有所属部门",
      en: "Only a provincial authority or ministry has a department",
    },
  },
];

function requireAttributeFits(attribute: TypeBoundAttribute, type: OrgType, value: string | null) {
  if (attribute.applies(type) && !value) {
    throw AppError.validation(attribute.field, "required", attribute.required);
  }
  if (!attribute.applies(type) && value) {
    throw AppError.validation(attribute.field, "only-for-type", attribute.forbidden);
  }
}

async function requireRegion(db: Database, code: string) {
  if (!(await repo.regionExists(db, code))) {
    throw AppError.validation("regionCode", "exists", {
      zh: `行政区划代码 ${code} 不存在`,
      en: "Unknown region code",
    });
  }
}

async function requireEnterprise(db: Database, id: string) {
  if (!(await repo.enterpriseExists(db, id))) {
    throw AppError.validation("enterpriseId", "exists", {
      zh: `企业 ${id} 不存在`,
      en: "Unknown enterprise",
    });
  }
}

// ---- users (org admins for their own organisation; platform admin for all) ----

function requireUserAdmin(actor: Actor, orgId: string) {
  const ownOrgAdmin = actor.orgId === orgId && hasRole(actor, "admin");
  if (!ownOrgAdmin && !(isPlatformAdmin(actor) && hasRole(actor, "admin"))) {
    throw AppError.forbidden({
      zh: "只有本机构管理员可以管理用户",
      en: "Only the organisation's admin manages its users",
    });
  }
}

export async function listUsers(db: Database, actor: Actor, orgId: string) {
  requireUserAdmin(actor, orgId);
  if (!(await repo.findOrganisation(db, orgId))) throw AppError.notFound({ zh: "机构", en: "Organisation" });
  return (await repo.listUsersOfOrganisation(db, orgId, SIGN_IN_POLICY.perAccount.max)).map(publicUser);
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
  if (!(await repo.findOrganisation(db, orgId))) throw AppError.notFound({ zh: "机构", en: "Organisation" });
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
      .catch(uniqueViolation("username", { zh: "用户名已存在", en: "Username taken" }));
    await recordAudit(tx, {
      actor,
      action: "user.create",
      entityType: "user",
      entityId: created.id,
      after: publicUser({ ...created, lockedUntil: null }),
      ip,
    });
    // A new account has its own counter of failed sign-ins, still empty.
    return publicUser({ ...created, lockedUntil: null });
  });
}

export async function updateUser(
  db: Database,
  actor: Actor,
  userId: string,
  input: { displayName?: string; roles?: Role[]; active?: boolean; password?: string; version: number },
  ip: string | null,
) {
  const before = await repo.findUser(db, userId, SIGN_IN_POLICY.perAccount.max);
  if (!before) throw AppError.notFound({ zh: "用户", en: "User" });
  requireUserAdmin(actor, before.orgId);
  if (
    userId === actor.userId &&
    (input.active === false || (input.roles && !input.roles.includes("admin")))
  ) {
    throw AppError.validation("roles", "self-lockout", {
      zh: "不能停用自己或移除自己的管理员角色",
      en: "Cannot disable or demote yourself",
    });
  }
  const { password, version, ...values } = input;
  let passwordHash: string | undefined;
  if (password !== undefined) {
    const problem = passwordProblem(password);
    if (problem) throw AppError.validation("password", "strength", problem);
    passwordHash = await hashPassword(password);
  }
  return db.transaction(async (tx) => {
    const updated = await repo.updateUser(tx, userId, version, {
      ...values,
      ...(passwordHash && { passwordHash }),
    });
    if (!updated) throw AppError.staleVersion();
    // A password reset by an admin also lifts a lockout.
    if (passwordHash) await limits.clearAttempts(tx, limits.accountKey(userId, before.username));
    const after = { ...updated, lockedUntil: passwordHash ? null : before.lockedUntil };
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

export function publicUser(user: repo.UserWithLock) {
  const { passwordHash: _hash, ...rest } = user;
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

/** Banks, guarantors and other financial institutions: those the financing marketplace brings to enterprises. */
export const listInstitutions = (db: Executor) =>
  repo.listActiveOrganisationsOfTypes(db, [...INSTITUTION_ORG_TYPES]);

/** The organisations through which the given registry enterprises use the platform. */
export const organisationsOfEnterprises = (db: Executor, enterpriseIds: string[]) =>
  repo.listOrganisationsOfEnterprises(db, enterpriseIds);
