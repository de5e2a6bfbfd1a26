import { z } from "zod";
import type {
  ZodOpenApiOperationObject,
  ZodOpenApiResponseObject,
  ZodOpenApiResponsesObject,
} from "zod-openapi";
import { ERROR_STATUS, type ErrorCode } from "@/lib/http/errors";
import { idSchema } from "@/lib/validation/id";

// One helper turns a route's description (its zod schemas, who may call it, what it can refuse)
// into an OpenAPI operation, so every operation documents the same things the same way:
//   - the success answer with its schema (from the DTO zod schemas of lib/<domain>/dto-schemas.ts),
//   - every error status the request boundary (lib/http/with-api.ts) and the route can give, in
//     SPEC's envelope with the codes of that status (lib/http/errors.ts ERROR_STATUS),
//   - ETag and 304 on GETs, RateLimit-* headers on rate-limited routes, Retry-After on 429,
//     WWW-Authenticate on 401.

export type Auth = "bearer" | "public" | "refresh";

type JsonSchema = z.ZodType;

type Success =
  | { status: 200 | 201 | 202; schema: JsonSchema; description: string }
  | { status: 204; description: string }
  | {
      status: 200;
      content: ZodOpenApiResponseObject["content"];
      description: string;
      headers?: ZodOpenApiResponseObject["headers"];
    };

export type OperationSpec = {
  summary: string;
  description?: string;
  tags: string[];
  auth: Auth;
  path?: z.ZodObject;
  query?: z.ZodObject;
  body?: JsonSchema;
  /** A body that is not JSON (uploads: multipart/form-data). */
  rawBody?: ZodOpenApiOperationObject["requestBody"];
  ok: Success;
  /** Error statuses beyond those the request boundary gives (see defaultErrors). */
  errors?: number[];
  /** The route claims a rate limit (lib/rate-limit): RateLimit-* headers and 429. */
  rateLimited?: boolean;
  /** Headers sent with the success answer (e.g. Set-Cookie). */
  okHeaders?: Record<string, z.ZodType>;
  /** Extra responses, as they are (e.g. 503 of the health checks). */
  extraResponses?: ZodOpenApiResponsesObject;
  /** No ETag/304 on this GET (a stream, a health check, a file). */
  noEtag?: boolean;
  /**
   * `account`: open to any signed-in account (lib/auth/gate.ts). Every other bearer route may
   * answer 403 VERIFICATION_REQUIRED until the caller's 학교 인증 reaches it.
   */
  access?: "account";
};

/** A path parameter that is an id: digits only, 1 … 2³¹−1 (anything else is a 404). */
export const idParamSchema = (description = "id") => idSchema().meta({ description });

/** `{ id }` path parameters. */
export const idPath = z.object({ id: idParamSchema() });

const STATUS_TEXT: Record<number, string> = {
  400: "Validation failed (the body, query or a path parameter), or malformed JSON.",
  401: "Missing or invalid credentials.",
  403: "Not allowed (not the owner, not an admin, a cookie-authenticated write from another site, …), or `VERIFICATION_REQUIRED`: the caller's 학교 인증 does not reach this part of the school.",
  404: "No such resource for this viewer (another school's, deleted, hidden, or a malformed id).",
  409: "Conflicts with the current state.",
  413: "The request body is larger than the route's limit.",
  415: "The body is not application/json (where JSON is read).",
  429: "Rate limited; retry after `Retry-After` seconds.",
  503: "Unavailable.",
};

const ERROR_NAMES: Record<number, string> = {
  400: "ValidationFailed",
  401: "Unauthenticated",
  403: "Forbidden",
  404: "NotFound",
  409: "Conflict",
  413: "PayloadTooLarge",
  415: "UnsupportedMediaType",
  429: "RateLimited",
};

function codesOf(status: number): [ErrorCode, ...ErrorCode[]] {
  const codes = (Object.keys(ERROR_STATUS) as ErrorCode[]).filter(
    (c) => ERROR_STATUS[c] === status,
  );
  if (!codes.length) throw new Error(`no error code has status ${status}`);
  return codes as [ErrorCode, ...ErrorCode[]];
}

/** SPEC's error envelope with the codes of one status. */
export function errorEnvelope(status: number) {
  return z
    .object({
      error: z.object({
        code: z.enum(codesOf(status)),
        message: z.string(),
        fields: z
          .record(z.string(), z.array(z.string()))
          .optional()
          .meta({ description: "Per-field messages (VALIDATION_FAILED and some CONFLICTs)." }),
        details: z
          .record(z.string(), z.unknown())
          .optional()
          .meta({ description: "e.g. `conflicts: [{ lectureId, name }]` on TIME_CONFLICT." }),
      }),
    })
    .meta({ id: `${ERROR_NAMES[status]}Error` });
}

/** The generic envelope (any code), for answers outside the routes (an unknown /api/v1 path). */
export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
      message: z.string(),
      fields: z.record(z.string(), z.array(z.string())).optional(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .meta({ id: "Error" });

const headerInt = (description: string) => z.string().regex(/^\d+$/).meta({ description });

export const rateLimitHeaderSchemas = {
  "RateLimit-Limit": headerInt(
    "Requests allowed in the window of the tightest limit this request counted against.",
  ),
  "RateLimit-Remaining": headerInt("Requests left in that window."),
  "RateLimit-Reset": headerInt("Seconds until that window resets."),
};

const etagHeader = z.string().meta({
  description:
    "Validator of this answer; send it back as `If-None-Match` to get 304 while it is unchanged.",
});

const errorResponses = new Map<number, ZodOpenApiResponseObject>();
function errorResponse(status: number): ZodOpenApiResponseObject {
  let res = errorResponses.get(status);
  if (!res) {
    const headers: Record<string, z.ZodType> = {};
    if (status === 401)
      headers["WWW-Authenticate"] = z
        .string()
        .meta({ description: 'Always `Bearer realm="campustime"`.' });
    if (status === 429) {
      headers["Retry-After"] = headerInt("Seconds to wait before trying again.");
      Object.assign(headers, rateLimitHeaderSchemas);
    }
    res = {
      id: ERROR_NAMES[status],
      description: STATUS_TEXT[status],
      ...(Object.keys(headers).length
        ? { headers: z.object(headers).partial().required(requiredHeaders(status)) }
        : {}),
      content: { "application/json": { schema: errorEnvelope(status) } },
    };
    errorResponses.set(status, res);
  }
  return res;
}

function requiredHeaders(status: number): Record<string, true> {
  if (status === 401) return { "WWW-Authenticate": true };
  if (status === 429) return { "Retry-After": true };
  return {};
}

const WRITE_METHODS = new Set(["post", "put", "patch", "delete"]);

/** The errors every route of this shape can answer, whatever it does. */
function defaultErrors(method: string, spec: OperationSpec): number[] {
  const errors: number[] = [];
  const write = WRITE_METHODS.has(method);
  if (spec.body || spec.query || spec.path) errors.push(400);
  if (spec.auth === "bearer" || spec.auth === "refresh") errors.push(401);
  // 403 VERIFICATION_REQUIRED: the school's content needs 학교 인증 (lib/auth/gate.ts).
  if (spec.auth === "bearer" && spec.access !== "account") errors.push(403);
  // Cookie-authenticated writes from another site (lib/http/csrf.ts).
  if (spec.auth !== "refresh" && write) errors.push(403);
  if (spec.path) errors.push(404);
  // The declared body length is checked on every write (lib/http/json-body.ts).
  if (write) errors.push(413);
  if (spec.body) errors.push(400, 415);
  if (spec.rawBody) errors.push(415);
  if (spec.rateLimited) errors.push(429);
  return errors;
}

export function operation(method: string, spec: OperationSpec): ZodOpenApiOperationObject {
  const responses: Record<number, ZodOpenApiResponseObject> = {};
  const isGet = method === "get";
  const headers: Record<string, z.ZodType> = { ...spec.okHeaders };
  if (spec.rateLimited) Object.assign(headers, rateLimitHeaderSchemas);
  if (isGet && !spec.noEtag && spec.ok.status === 200) headers.ETag = etagHeader;
  const okHeaders = Object.keys(headers).length ? { headers: z.object(headers).partial() } : {};

  const ok = spec.ok;
  if (ok.status === 204) responses[204] = { description: ok.description, ...okHeaders };
  else if ("schema" in ok)
    responses[ok.status] = {
      description: ok.description,
      ...okHeaders,
      content: { "application/json": { schema: ok.schema } },
    };
  else
    responses[200] = {
      description: ok.description,
      ...(ok.headers ? { headers: ok.headers } : okHeaders),
      content: ok.content,
    };
  if (isGet && !spec.noEtag) {
    responses[304] = {
      description: "Not modified: the `If-None-Match` ETag still matches.",
      headers: z.object({ ETag: etagHeader }).partial(),
    };
  }

  for (const status of [
    ...new Set([...defaultErrors(method, spec), ...(spec.errors ?? [])]),
  ].sort()) {
    responses[status] = errorResponse(status);
  }
  Object.assign(responses, spec.extraResponses);

  const security: Record<string, string[]>[] =
    spec.auth === "bearer"
      ? [{ bearerAuth: [] }, { sessionCookie: [] }]
      : spec.auth === "refresh"
        ? [{ refreshCookie: [] }]
        : [];
  return {
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    tags: spec.tags,
    security,
    ...(spec.path || spec.query
      ? {
          requestParams: {
            ...(spec.path ? { path: spec.path } : {}),
            ...(spec.query ? { query: spec.query } : {}),
          },
        }
      : {}),
    ...(spec.body
      ? { requestBody: { required: true, content: { "application/json": { schema: spec.body } } } }
      : {}),
    ...(spec.rawBody ? { requestBody: spec.rawBody } : {}),
    responses: responses as ZodOpenApiResponsesObject,
  };
}

/** Operations of one path, by method. */
export type PathSpec = Partial<Record<"get" | "post" | "put" | "patch" | "delete", OperationSpec>>;

export function pathItem(spec: PathSpec) {
  return Object.fromEntries(
    Object.entries(spec).map(([method, op]) => [method, operation(method, op)]),
  );
}
