import "server-only";
import { NextResponse } from "next/server";
import { ZodError, type z } from "zod";
import { AppError, prismaErrorCode } from "./errors";
import { zodFieldErrors } from "./zod-fields";
import { admitRequest, viewerFromRequest, type Viewer } from "@/lib/auth/viewer";
import type { Access } from "@/lib/auth/gate";
import { env } from "@/lib/env";
import { parseId } from "@/lib/validation/id";
import { rateLimitHeaders, withRateLimitContext } from "@/lib/rate-limit/context";
import { assertSameOriginWrite } from "./csrf";
import { conditionalJson } from "./conditional";
import { corsHeaders } from "./cors";
import { API_CSP } from "./security-headers";
import { assertDeclaredLength, readJsonBody } from "./json-body";
import { logger, requestIdOf } from "@/lib/log";

// Every /api/v1 route handler is wrapped by withApi (viewer required) or withPublicApi
// (viewer optional). The wrapper awaits params, resolves the viewer (Bearer token or session
// cookie), offers JSON/query parsing, and maps every error to SPEC's envelope:
//   { "error": { "code", "message", "fields"?, "details"? } }
// It is also the request boundary (docs/DECISIONS.md, "Request boundary"): before the handler
// runs, a body declared over the route's limit is a 413 and a cookie-authenticated write from
// another site or origin is a 403 (lib/http/csrf.ts); ctx.body() reads at most the limit and
// parses only application/json (415 otherwise).

type RouteParams = Record<string, string | string[] | undefined>;
type RouteContext = { params: Promise<RouteParams> };

export type ApiContext<V> = {
  req: Request;
  viewer: V;
  params: RouteParams;
  /** Parses the JSON body with a zod schema. Malformed JSON and schema failures are 400s. */
  body<S extends z.ZodType>(schema: S): Promise<z.infer<S>>;
  /** Parses the query string (first value of each key) with a zod schema. */
  query<S extends z.ZodType>(schema: S): z.infer<S>;
};

type Handler<V> = (ctx: ApiContext<V>) => Promise<Response | unknown> | Response | unknown;

export type ApiOptions = {
  /**
   * The largest request body in bytes (default JSON_BODY_MAX_BYTES, 64 KB). `null` for a route
   * that reads its body itself under its own limit (uploads: lib/uploads/multipart.ts).
   */
  maxBodyBytes?: number | null;
  /**
   * `false` only where the session cookie is not the credential: refresh and logout act on their
   * own SameSite=Strict refresh cookie and must keep working for every client.
   */
  csrf?: boolean;
  /**
   * What the viewer's 학교 인증 must reach (lib/auth/gate.ts): `student` by default (the school's
   * content); `freshman` where a 새내기 may come (their board, own timetables, lectures, 알림);
   * `account` for the account itself (내 정보, 학교 인증, 내려받기, 탈퇴). Below it: 403
   * VERIFICATION_REQUIRED.
   */
  access?: Access;
};

export function errorResponse(
  status: number,
  code: string,
  message: string,
  extra: {
    fields?: Record<string, string[]>;
    details?: Record<string, unknown>;
    headers?: Record<string, string>;
  } = {},
): NextResponse {
  const error: Record<string, unknown> = { code, message };
  if (extra.fields) error.fields = extra.fields;
  if (extra.details) error.details = extra.details;
  return NextResponse.json(
    { error },
    { status, headers: { "Cache-Control": "no-store", ...extra.headers } },
  );
}

function unauthenticatedResponse(message = "로그인이 필요합니다.") {
  return errorResponse(401, "UNAUTHENTICATED", message, {
    headers: { "WWW-Authenticate": 'Bearer realm="campustime"' },
  });
}

export function toErrorResponse(e: unknown, where: string, requestId?: string): NextResponse {
  if (e instanceof AppError) {
    if (e.code === "UNAUTHENTICATED") return unauthenticatedResponse(e.message);
    const headers: Record<string, string> = {};
    if (e.retryAfter) headers["Retry-After"] = String(e.retryAfter);
    return errorResponse(e.status, e.code, e.message, {
      fields: e.fields,
      details: e.details,
      headers,
    });
  }
  if (e instanceof ZodError) {
    return errorResponse(400, "VALIDATION_FAILED", "입력값을 확인해 주세요.", {
      fields: zodFieldErrors(e),
    });
  }
  const prismaCode = prismaErrorCode(e);
  if (prismaCode === "P2002") return errorResponse(409, "CONFLICT", "이미 존재합니다.");
  if (prismaCode === "P2025")
    return errorResponse(404, "NOT_FOUND", "요청한 항목을 찾을 수 없습니다.");
  // Ids out of the path: an error line must not tie a request to a post or comment.
  logger.error(
    { reqId: requestId, where: where.replace(/\/\d+(?=\/|$)/g, "/[id]"), err: e },
    "api request failed",
  );
  return errorResponse(500, "INTERNAL", "서버 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.");
}

function makeContext<V>(
  req: Request,
  viewer: V,
  params: RouteParams,
  maxBodyBytes: number,
): ApiContext<V> {
  return {
    req,
    viewer,
    params,
    async body(schema) {
      return schema.parse(await readJsonBody(req, maxBodyBytes));
    },
    query(schema) {
      const url = new URL(req.url);
      const raw: Record<string, string> = {};
      for (const [k, v] of url.searchParams) if (!(k in raw)) raw[k] = v;
      return schema.parse(raw);
    },
  };
}

// A GET's JSON answer carries an ETag and is private to the viewer (lib/http/conditional.ts);
// other answers are never stored. A handler that returns its own Response keeps its headers.
function toResponse(req: Request, result: unknown): Response {
  if (result instanceof Response) return result;
  if (result === undefined) return new Response(null, { status: 204 });
  if (req.method === "GET" || req.method === "HEAD") return conditionalJson(req, result);
  return NextResponse.json(result, { headers: { "Cache-Control": "no-store" } });
}

// Each request gets its own rate-limit context: claims made while answering it (lib/rate-limit)
// come back as RateLimit-* headers on the answer, a success or a 429. Every answer, errors
// included, gets its CORS headers (lib/http/cors.ts).
function run<V>(
  req: Request,
  route: RouteContext | undefined,
  resolve: (req: Request) => Promise<V | Response>,
  handler: Handler<V>,
  options: ApiOptions,
) {
  return withRateLimitContext(async () => {
    const res = await answer(req, route, resolve, handler, options);
    try {
      for (const [k, v] of Object.entries(rateLimitHeaders() ?? {})) res.headers.set(k, v);
      for (const [k, v] of Object.entries(corsHeaders(req))) res.headers.set(k, v);
      // next.config.ts sends API_CSP on every /api answer but photos, which set their own.
      if (!res.headers.has("content-security-policy"))
        res.headers.set("Content-Security-Policy", API_CSP);
    } catch {
      // a Response with immutable headers (Response.redirect): sent as it is
    }
    return res;
  });
}

async function answer<V>(
  req: Request,
  route: RouteContext | undefined,
  resolve: (req: Request) => Promise<V | Response>,
  handler: Handler<V>,
  options: ApiOptions,
) {
  const where = `${req.method} ${new URL(req.url).pathname}`;
  try {
    const maxBodyBytes =
      options.maxBodyBytes === undefined ? env().JSON_BODY_MAX_BYTES : options.maxBodyBytes;
    if (maxBodyBytes !== null) assertDeclaredLength(req, maxBodyBytes);
    if (options.csrf !== false) assertSameOriginWrite(req);
    const params = (await route?.params) ?? {};
    const viewer = await resolve(req);
    if (viewer instanceof Response) return viewer;
    return toResponse(
      req,
      await handler(makeContext(req, viewer, params, maxBodyBytes ?? Infinity)),
    );
  } catch (e) {
    return toErrorResponse(e, where, requestIdOf(req));
  }
}

/**
 * A route that needs a signed-in viewer (401 with WWW-Authenticate otherwise) whose 학교 인증
 * reaches `options.access` (403 VERIFICATION_REQUIRED otherwise).
 */
export function withApi(handler: Handler<Viewer>, options: ApiOptions = {}) {
  const access = options.access ?? "student";
  return (req: Request, route: RouteContext) =>
    run(
      req,
      route,
      async (r) => (await admitRequest(r, access)) ?? unauthenticatedResponse(),
      handler,
      options,
    );
}

/** A route open to everyone; the viewer is resolved when credentials are present. */
export function withPublicApi(handler: Handler<Viewer | null>, options: ApiOptions = {}) {
  return (req: Request, route: RouteContext) =>
    run(req, route, (r) => viewerFromRequest(r), handler, options);
}

/** 201 with a JSON body. */
export function created(body: unknown, headers?: Record<string, string>) {
  return NextResponse.json(body, {
    status: 201,
    headers: { "Cache-Control": "no-store", ...headers },
  });
}

/** 202 with a JSON body: accepted, the rest happens later (a mail, a review). */
export function accepted(body: unknown) {
  return NextResponse.json(body, { status: 202, headers: { "Cache-Control": "no-store" } });
}

export function noContent(headers?: Record<string, string>) {
  return new Response(null, { status: 204, headers });
}

/** A positive integer id from a path segment (lib/validation/id.ts); anything else is a 404 (no such resource). */
export function idParam(params: RouteParams, name = "id"): number {
  const id = parseId(params[name]);
  if (id === null) throw new AppError("NOT_FOUND", "요청한 항목을 찾을 수 없습니다.");
  return id;
}
