// What the server does with a raw request before Next.js sees it (scripts/server.mjs calls these
// for every request, in `npm start`, `npm run dev` and the tests alike).
//
// 1. The peer stamp. Next.js gives route handlers and server actions no socket, so the socket's
//    remote address is written into PEER_HEADER (overwriting anything a client sent under that
//    name); lib/http/client-address.ts reads it, with TRUST_PROXY applied on top.
// 2. Requests Next.js cannot take apart. Next builds a WHATWG Request for every request, and that
//    throws for the methods fetch forbids (TRACE, CONNECT, TRACK) and for a path whose
//    percent-escapes are not UTF-8 (`/api/v1/posts/%C3%28`): both ended as a plain-text 500.
//    Here a method outside the ones the app uses is 405 with `Allow` (JSON envelope on /api), and
//    a path that does not decode is a 404: the JSON envelope on /api, the app's 404 page
//    elsewhere (the request is re-pointed at /_not-found).
// 3. The asterisk-form target (`OPTIONS * HTTP/1.1`, RFC 9110 9.3.7: options of the server as a
//    whole), which Node's parser lets through and Next.js cannot parse as a URL (a 500): OPTIONS *
//    is 204 with `Allow`, any other method or a target like `*x` is 400.

/** The request header carrying the socket's address (lib/http/client-address.ts reads it). */
export const PEER_HEADER = "x-campustime-peer";
/** Set on globalThis once the server stamps requests; lib/http/client-address.ts checks it. */
export const PEER_STAMP_FLAG = "__campustimePeerStamp";

export const ALLOWED_METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"];
const ALLOW = ALLOWED_METHODS.join(", ");
const allowed = new Set(ALLOWED_METHODS);

/** Writes the socket's address into the request, for every request of this process. */
export function stampPeer(req) {
  req.headers[PEER_HEADER] = req.socket?.remoteAddress ?? "";
}

/** Tells the app's code that requests are stamped (see PEER_STAMP_FLAG). */
export function announcePeerStamp() {
  globalThis[PEER_STAMP_FLAG] = true;
}

/** True when every percent-escape of the path decodes as UTF-8. */
export function isDecodablePath(rawUrl) {
  const path = rawUrl.split(/[?#]/, 1)[0];
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

function sendJson(res, status, code, message, headers = {}) {
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

/** Answers the request itself (and returns true) when Next could not; may re-point req.url. */
export function guardRawRequest(req, res) {
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
  if (url.startsWith("*")) {
    req.resume();
    if (method === "OPTIONS" && url === "*") {
      res.writeHead(204, { Allow: ALLOW });
      res.end();
    } else {
      res.writeHead(400, {
        "Content-Type": "text/plain; charset=utf-8",
        "X-Content-Type-Options": "nosniff",
      });
      res.end("Bad Request");
    }
    return true;
  }
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

/** True for an OPTIONS request to the JSON API, whose answer becomes a CORS preflight. */
export function isApiPreflight(req) {
  const url = req.url ?? "/";
  return (
    req.method === "OPTIONS" &&
    (url.startsWith("/api/v1/") || url === "/api/v1" || url.startsWith("/api/v1?"))
  );
}
