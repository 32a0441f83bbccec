/**
 * The one way the web app talks to the server: same-origin fetch with the session cookie,
 * the CSRF header on every write, and application/problem+json errors turned into ApiError.
 * `call` is typed by the server's contract (path, body, query, answer); `api<T>` is the untyped form.
 */
import type { components } from "./contract";
import type { Method, PathParams, PathsWith, QueryOf, RequestBody, ResponseOf } from "./types";

/** An application/problem+json answer (RFC 9457), as every route's error responses declare it. */
export type Problem = components["schemas"]["Problem"];
export type FieldError = NonNullable<Problem["errors"]>[number];

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail || problem.title);
    this.name = "ApiError";
  }

  get code(): string {
    return this.problem.code;
  }

  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

const CSRF_HEADER = "x-csrf-token";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

let csrfToken: string | null = null;
/** The UI's language, sent as Accept-Language so the server words its messages in it. */
let language: "zh" | "en" = "zh";

export function setApiLanguage(next: "zh" | "en"): void {
  language = next;
}

/** The client's own words for a failure the server never answered. */
const said = (zh: string, en: string) => (language === "zh" ? zh : en);
let unauthenticatedHandler: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called whenever a request that needed a session comes back 401 (idle timeout, signed out elsewhere). */
export function onUnauthenticated(handler: (() => void) | null): void {
  unauthenticatedHandler = handler;
}

export type QueryValue = string | number | boolean | null | undefined;

export function withQuery(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export interface RequestOptions {
  method?: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  query?: Record<string, QueryValue>;
  json?: unknown;
  form?: FormData;
  signal?: AbortSignal;
  /** Sent as the Idempotency-Key header of a money write: the server records it once (ADR 016). */
  idempotencyKey?: string;
}

/** Paths where a 401 is an answer, not a lost session. */
const AUTH_PATHS = ["/api/v1/auth/sign-in", "/api/v1/auth/me"];

async function send(path: string, options: RequestOptions): Promise<Response> {
  const method = options.method ?? "GET";
  const headers: Record<string, string> = {
    accept: "application/json, application/problem+json",
    "accept-language": language === "zh" ? "zh-CN" : "en",
  };
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(options.json);
  } else if (options.form) {
    body = options.form;
  }
  if (!SAFE_METHODS.has(method) && csrfToken) headers[CSRF_HEADER] = csrfToken;
  if (options.idempotencyKey) headers["idempotency-key"] = options.idempotencyKey;
  try {
    return await fetch(withQuery(path, options.query), {
      method,
      headers,
      body,
      credentials: "same-origin",
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, {
      type: "about:blank",
      title: said("网络连接失败", "Network error"),
      status: 0,
      detail: said("无法连接服务器,请检查网络后重试", "Cannot reach the server: check the network and retry"),
      code: "network",
    });
  }
}

async function problemOf(response: Response): Promise<Problem> {
  const text = await response.text().catch(() => "");
  try {
    const parsed = JSON.parse(text) as Partial<Problem> & { message?: string };
    return {
      type: parsed.type ?? "about:blank",
      title: parsed.title ?? response.statusText,
      status: parsed.status ?? response.status,
      detail: parsed.detail ?? parsed.message ?? parsed.title ?? response.statusText,
      code: parsed.code ?? String(response.status),
      ...(parsed.errors && { errors: parsed.errors }),
    };
  } catch {
    return {
      type: "about:blank",
      title: response.statusText || `HTTP ${response.status}`,
      status: response.status,
      detail: response.status >= 500 ? said("服务器暂时不可用", "Server unavailable") : text.slice(0, 200),
      code: String(response.status),
    };
  }
}

/** Re-reads the CSRF token (e.g. after signing in again in another tab) so one write can be retried. */
async function refreshCsrfToken(): Promise<boolean> {
  const response = await fetch("/api/v1/auth/me", {
    credentials: "same-origin",
    headers: { "accept-language": language === "zh" ? "zh-CN" : "en" },
  }).catch(() => null);
  if (!response?.ok) return false;
  const me = (await response.json()) as { csrfToken?: string | null };
  if (!me.csrfToken || me.csrfToken === csrfToken) return false;
  csrfToken = me.csrfToken;
  return true;
}

async function request(path: string, options: RequestOptions = {}): Promise<Response> {
  let response = await send(path, options);
  if (response.ok) return response;
  let problem = await problemOf(response);
  if (problem.code === "csrf" && (await refreshCsrfToken())) {
    response = await send(path, options);
    if (response.ok) return response;
    problem = await problemOf(response);
  }
  if (response.status === 401 && !AUTH_PATHS.includes(path)) unauthenticatedHandler?.();
  throw new ApiError(response.status, problem);
}

/** JSON in, JSON out; 204 gives undefined. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await request(path, options);
  if (response.status === 204) return undefined as T;
  const type = response.headers.get("content-type") ?? "";
  if (!type.includes("json")) return (await response.text()) as T;
  return (await response.json()) as T;
}

export type CallOptions<P extends PathsWith<M>, M extends Method> = Omit<
  RequestOptions,
  "method" | "json" | "query"
> & {
  /** Values for the `{name}` placeholders of the path. */
  params?: PathParams<P, M>;
  query?: QueryOf<P, M>;
  json?: RequestBody<P, M>;
};

/** Fills a contract path's `{name}` placeholders, each value URI-encoded. */
export function pathOf(template: string, params?: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_match, key: string) => {
    const value = params?.[key];
    if (value === undefined) throw new Error(`${template}: no value for {${key}}`);
    return encodeURIComponent(String(value));
  });
}

/**
 * A request typed by the server's contract: `call("post", "/api/v1/funds/{id}/postings", { params: { id }, json })`
 * accepts only the body the route declares and answers the JSON its success response declares.
 */
export function call<M extends Method, P extends PathsWith<M>>(
  method: M,
  path: P,
  options: CallOptions<P, M> = {},
): Promise<ResponseOf<P, M>> {
  const { params, query, json, ...rest } = options;
  return api<ResponseOf<P, M>>(pathOf(path, params as Record<string, string | number> | undefined), {
    ...rest,
    method: method.toUpperCase() as NonNullable<RequestOptions["method"]>,
    ...(query !== undefined && { query: query as Record<string, QueryValue> }),
    ...(json !== undefined && { json }),
  });
}

function filenameOf(response: Response, fallback: string): string {
  const header = response.headers.get("content-disposition") ?? "";
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      return fallback;
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1] ?? fallback;
}

/** Downloads a file the server produces (Excel exports, templates) through fetch, so errors stay in the app. */
export async function download(
  path: string,
  query?: Record<string, QueryValue>,
  fallbackName = "download",
): Promise<string> {
  const response = await request(withQuery(path, query));
  const blob = await response.blob();
  const name = filenameOf(response, fallbackName);
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
