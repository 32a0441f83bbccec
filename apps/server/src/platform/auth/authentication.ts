// request.cookies is declared by the cookie plugin; say so here, for programs that never load app.ts.
import type {} from "@fastify/cookie";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Database } from "../../db/client";
import type { Actor, OrgType, Role } from "../actor";
import { AppError } from "../errors";
import { findActiveApiKey, touchApiKey } from "./api-keys.repository";
import { CSRF_HEADER, SESSION_COOKIE, SIGN_IN_POLICY } from "./policy";
import { deleteSession, findActiveSession, touchSession } from "./sessions.repository";
import { hashToken, tokensEqual } from "./tokens";

export interface SessionInfo {
  tokenHash: string;
  csrfToken: string;
  displayName: string;
  orgName: string;
}

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor | null;
    session: SessionInfo | null;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in (health, calculators, sign-in itself). */
    public?: boolean;
    /** Also callable by bank systems with an organisation API key (Authorization: Bearer …). */
    apiKey?: boolean;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The signed-in actor, or 401. Routes that are not public can rely on it. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError("unauthenticated", { zh: "请先登录", en: "sign-in required" });
  return request.actor;
}

/**
 * Whether a raw request path names the API once decoded, case-folded and cleared of empty and
 * dot segments: the web app is never served for such a path, and no one reaches it anonymously.
 */
export function isApiPath(url: string): boolean {
  const path = url.split("?", 1)[0] ?? "";
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return true;
  }
  const segments: string[] = [];
  for (const segment of decoded.toLowerCase().split(/[/\\]/)) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments[0] === "api";
}

/**
 * Resolves the session cookie to an actor on every request, enforces the idle timeout,
 * requires the CSRF token on cookie-authenticated writes, and refuses anonymous calls to
 * any route not marked public. Runs before the body is read, so a refused request costs no parsing.
 */
export function registerAuthentication(app: FastifyInstance, db: Database): void {
  app.decorateRequest("actor", null);
  app.decorateRequest("session", null);

  app.addHook("onRequest", async (request) => {
    const bearer = request.headers.authorization?.match(/^Bearer (\S+)$/)?.[1];
    if (bearer) {
      await resolveApiKey(db, request, bearer);
      if (!request.actor)
        throw new AppError("unauthenticated", {
          zh: "API 密钥无效或已吊销",
          en: "Invalid or revoked API key",
        });
      if (request.routeOptions.config.apiKey !== true) {
        throw AppError.forbidden({ zh: "API 密钥不能调用此接口", en: "This route does not accept API keys" });
      }
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (token) await resolveSession(db, request, token);

    // Deny by default, judged on the route the path reached, never on how the URL is spelt. A path that
    // reached no route is the web app's client-side route unless it names the API in any spelling.
    const isPublic = request.is404 ? !isApiPath(request.url) : request.routeOptions.config.public === true;
    if (!isPublic && !request.actor)
      throw new AppError("unauthenticated", { zh: "请先登录", en: "sign-in required" });
    // Public routes act on no one's session (sign-in makes a new one), so they need no CSRF token.
    if (!isPublic && request.session && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== "string" || !tokensEqual(sent, request.session.csrfToken)) {
        throw new AppError("csrf", {
          zh: `缺少或错误的 ${CSRF_HEADER} 请求头`,
          en: `Missing or wrong ${CSRF_HEADER} header`,
        });
      }
    }
  });
}

/** An API key acts for its organisation as an operator; requests carry no cookie, so no CSRF. */
async function resolveApiKey(db: Database, request: FastifyRequest, key: string): Promise<void> {
  const row = await findActiveApiKey(db, hashToken(key));
  if (!row) return;
  const stale =
    !row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > SIGN_IN_POLICY.touchIntervalSeconds * 1000;
  if (stale) await touchApiKey(db, row.id);
  request.actor = {
    userId: row.createdBy,
    username: `${row.username} (API)`,
    orgId: row.orgId,
    orgType: row.orgType as OrgType,
    orgRegionCode: row.orgRegionCode,
    department: row.department,
    enterpriseId: row.enterpriseId,
    roles: ["operator"],
    apiKeyId: row.id,
  };
}

async function resolveSession(db: Database, request: FastifyRequest, token: string): Promise<void> {
  const tokenHash = hashToken(token);
  const row = await findActiveSession(db, tokenHash);
  if (!row) return;
  const idleMs = Date.now() - row.lastSeenAt.getTime();
  if (idleMs > SIGN_IN_POLICY.idleTimeoutMinutes * 60_000) {
    await deleteSession(db, tokenHash);
    return;
  }
  if (idleMs > SIGN_IN_POLICY.touchIntervalSeconds * 1000) await touchSession(db, tokenHash);
  request.actor = {
    userId: row.userId,
    username: row.username,
    orgId: row.orgId,
    orgType: row.orgType as OrgType,
    orgRegionCode: row.orgRegionCode,
    department: row.department,
    enterpriseId: row.enterpriseId,
    roles: row.roles as Role[],
  };
  request.session = {
    tokenHash,
    csrfToken: row.csrfToken,
    displayName: row.displayName,
    orgName: row.orgName,
  };
}
