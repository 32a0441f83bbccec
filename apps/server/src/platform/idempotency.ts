import { createHash } from "node:crypto";
import type { Term } from "@chanrong/domain";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import type { Database } from "../db/client";
import { actorOf } from "./auth/authentication";
import { AppError } from "./errors";
import { text } from "./http";
import * as repo from "./idempotency.repository";

declare module "fastify" {
  interface FastifyContextConfig {
    /** Records money: an Idempotency-Key header makes a retry return the first result (ADR 016). */
    idempotent?: boolean;
  }
  interface FastifyRequest {
    idempotency: repo.KeyRef | null;
  }
}

/** A client's key for a write it may retry: the same key is done once. */
export const idempotencyKey = text({ min: 8, max: 100 });

const IDEMPOTENCY_HEADER = "idempotency-key";
const FIELD = "Idempotency-Key";
/** The field some money routes took in their body before the header; both must agree when both are sent. */
const BODY_FIELD = "idempotencyKey";

/** IETF httpapi draft: the value is a structured-field string ("…"); a bare token is accepted too. */
const headers = z.looseObject({
  [IDEMPOTENCY_HEADER]: z
    .string()
    .regex(/^"?[!#-~]{8,100}"?$/, "8–100 个可见 ASCII 字符 (8–100 visible ASCII characters)")
    .optional()
    .describe(
      "Idempotency-Key (IETF httpapi draft): a retry with the same key and content returns the first response; " +
        "the same key with other content is 409",
    ),
});

const keyOf = (request: FastifyRequest): string | null => {
  const value = request.headers[IDEMPOTENCY_HEADER];
  return typeof value === "string" ? value.replace(/^"(.*)"$/, "$1") : null;
};

/** Object keys sorted at every level, so that the same content always hashes the same. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  return value;
}

const fingerprintOf = (request: FastifyRequest) =>
  createHash("sha256")
    .update(
      JSON.stringify(
        canonical({
          method: request.method,
          route: request.routeOptions.url,
          params: request.params,
          query: request.query,
          body: request.body ?? null,
        }),
      ),
    )
    .digest("hex");

const keyError = (rule: string, message: Term) =>
  new AppError("conflict", message, [{ field: FIELD, rule, message }]);

/**
 * Money writes marked `config: { idempotent: true }` take an Idempotency-Key header: the first
 * request with a key claims it for the caller's organisation and its 2xx response is kept; a repeat
 * with the same content gets that response again; other content, or a repeat while the first is
 * still running, is 409. A 4xx frees its key (bad input records nothing).
 */
export function registerIdempotency(app: FastifyInstance, db: Database): void {
  app.decorateRequest("idempotency", null);

  app.addHook("onRoute", (route) => {
    if (route.config?.idempotent) route.schema = { ...route.schema, headers };
  });

  // Before validation, so that the header may stand in for a body key the route requires.
  app.addHook("preValidation", async (request) => {
    const key = keyOf(request);
    if (!request.routeOptions.config.idempotent || key === null) return;
    const body = request.body;
    const bodySchema = request.routeOptions.schema?.body;
    // Anything but an object body is left to the body's validation to refuse.
    if (typeof body !== "object" || body === null || Array.isArray(body)) return;
    if (!(bodySchema instanceof z.ZodObject) || !(BODY_FIELD in bodySchema.shape)) return;
    if (!(BODY_FIELD in body)) Object.assign(body, { [BODY_FIELD]: key });
    else if (typeof body[BODY_FIELD] !== "string" || body[BODY_FIELD].trim() !== key) {
      throw AppError.validation(FIELD, "matches-body-key", {
        zh: `${FIELD} 请求头须与请求体的 ${BODY_FIELD} 一致`,
        en: `The ${FIELD} header and the body's ${BODY_FIELD} differ`,
      });
    }
  });

  // After authentication: keys belong to the caller's organisation.
  app.addHook("preHandler", async (request, reply) => {
    const key = keyOf(request);
    if (!request.routeOptions.config.idempotent || key === null) return;
    const ref = { orgId: actorOf(request).orgId, key };
    const fingerprint = fingerprintOf(request);
    if (await repo.claimKey(db, ref, fingerprint)) {
      request.idempotency = ref;
      return;
    }
    const first = await repo.findKey(db, ref);
    if (first && first.fingerprint !== fingerprint) {
      throw keyError("reused-with-other-content", {
        zh: `${FIELD} 已用于内容不同的请求`,
        en: `This ${FIELD} was used for a request with other content`,
      });
    }
    // No row: the first attempt failed and freed the key just now, so a retry will claim it.
    if (!first || first.statusCode === null) {
      throw keyError("in-progress", {
        zh: `相同 ${FIELD} 的请求正在处理,请稍后重试`,
        en: `A request with this ${FIELD} is in progress: retry later`,
      });
    }
    if (first.contentType) reply.type(first.contentType);
    return reply.status(first.statusCode).header("idempotent-replayed", "true").send(first.body);
  });

  app.addHook("onSend", async (request, reply, payload) => {
    const ref = request.idempotency;
    if (!ref) return payload;
    request.idempotency = null;
    try {
      if (reply.statusCode < 300 && typeof payload === "string") {
        const contentType = reply.getHeader("content-type");
        await repo.completeKey(db, ref, {
          statusCode: reply.statusCode,
          contentType: typeof contentType === "string" ? contentType : null,
          body: payload,
        });
      } else if (reply.statusCode >= 400 && reply.statusCode < 500) await repo.releaseKey(db, ref);
      // Otherwise (a 5xx, or an answer that is not text) the write may be committed: the key stays
      // in progress rather than run twice.
    } catch (error) {
      // The write is done whatever happens here; its answer must still reach the client.
      request.log.error({ err: error, key: ref.key }, "could not keep the idempotent response");
    }
    return payload;
  });
}
