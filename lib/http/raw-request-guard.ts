import http from "node:http";
import { preflightHeaders } from "./cors";

// Requests Next.js itself cannot take apart, answered before they reach it (installed once by
// instrumentation-node.ts). Next builds a WHATWG Request for every request, and that throws for
// the methods fetch forbids (TRACE, CONNECT, TRACK) and for a path whose percent-escapes are not
// UTF-8 (`/api/v1/posts/%C3%28`): both ended as a plain-text 500. Here:
//   - a method outside the ones the app uses is 405 with `Allow` (JSON envelope on /api);
//   - a path that does not decode as UTF-8 is a 404: the JSON envelope on /api, the app's
//     404 page elsewhere (the request is re-pointed at /_not-found).
// It also completes CORS preflights under /api/v1 (lib/http/cors.ts): Next.js answers OPTIONS
// for every route itself (204 with `Allow`, the route's own methods); the answer is given the
// CORS headers here, with those methods as Access-Control-Allow-Methods.

export const ALLOWED_METHODS = [
  "GET",
  "HEAD",
  "OPTIONS",
  "POST",
  "PUT",
  "PATCH",
  "DELETE",
] as const;
const ALLOW = ALLOWED_METHODS.join(", ");
const allowed = new Set<string>(ALLOWED_METHODS);

/** True when every percent-escape of the path decodes as UTF-8. */
export function isDecodablePath(rawUrl: string): boolean {
  const path = rawUrl.split(/[?#]/, 1)[0];
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

function sendJson(
  res: http.ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
) {
  const body = JSON.stringify({ error: { code, message } });
  res.writeHead(status, {
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    ...headers,
  });
  res.end(body);
}

/** Adds the CORS preflight headers to Next's OPTIONS answer when it is written. */
function decoratePreflight(res: http.ServerResponse) {
  const writeHead = res.writeHead;
  res.writeHead = function (this: http.ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (statusCode >= 200 && statusCode < 300 && !this.headersSent) {
      const given = rest.find(
        (a): a is Record<string, unknown> =>
          typeof a === "object" && a !== null && !Array.isArray(a),
      );
      const allow = this.getHeader("allow") ?? given?.Allow ?? given?.allow;
      if (allow)
        for (const [k, v] of Object.entries(preflightHeaders(String(allow)))) this.setHeader(k, v);
    }
    return (writeHead as (...a: unknown[]) => http.ServerResponse).apply(this, [
      statusCode,
      ...rest,
    ]);
  } as typeof res.writeHead;
}

/** Handles the request itself (and returns true) when Next could not. */
export function guardRawRequest(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const url = req.url ?? "/";
  const isApi = url.startsWith("/api/") || url === "/api";
  const method = (req.method ?? "GET").toUpperCase();
  if (!allowed.has(method)) {
    req.resume(); // discard any body
    if (isApi) {
      sendJson(res, 405, "METHOD_NOT_ALLOWED", "지원하지 않는 요청 방식입니다.", { Allow: ALLOW });
    } else {
      res.writeHead(405, {
        Allow: ALLOW,
        "Content-Type": "text/plain; charset=utf-8",
        "X-Content-Type-Options": "nosniff",
      });
      res.end("Method Not Allowed");
    }
    return true;
  }
  if (
    method === "OPTIONS" &&
    (url.startsWith("/api/v1/") || url === "/api/v1" || url.startsWith("/api/v1?"))
  )
    decoratePreflight(res);
  if (!isDecodablePath(url)) {
    if (isApi) {
      req.resume();
      sendJson(res, 404, "NOT_FOUND", "요청한 항목을 찾을 수 없습니다.");
      return true;
    }
    req.url = "/_not-found"; // the app's 404 page, rendered by Next as usual
  }
  return false;
}

const INSTALLED = Symbol.for("campustime.rawRequestGuard");

/** Wraps every http.Server's "request" event with guardRawRequest (idempotent). */
export function installRawRequestGuard() {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: boolean };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit as (
    this: http.Server,
    event: string | symbol,
    ...args: unknown[]
  ) => boolean;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
      try {
        if (guardRawRequest(req, res)) return true;
      } catch {
        // never let the guard itself break a request
      }
    }
    return emit.call(this, event, ...args);
  } as typeof proto.emit;
}
