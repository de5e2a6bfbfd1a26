import http from "node:http";

// The response class of the server (scripts/server.mjs passes it to http.createServer as its
// documented `ServerResponse` option, so every response object is one of these; nothing of Node's
// own classes is changed). Two things, both at the socket level:
//
// 1. One socket write per response instead of two (docs/BENCHMARKS.md, session 3). Next.js calls
//    `res.flushHeaders()` right before it writes the first chunk of every response
//    (next/dist/server/pipe-readable.js: `res.flushHeaders(); … res.write(chunk)`, in one
//    synchronous step). Node's flushHeaders sends the status line and headers at once, in a write
//    of their own, and the body follows in a second one: the two writes were a quarter of the CPU
//    of `GET /api/v1`. Here flushHeaders waits for the end of the current tick: when a body chunk
//    was written meanwhile (always, from Next), the headers left with it; when nothing was, they
//    are flushed on their own as before. Only public state is read (`headersSent`: the headers are
//    composed; Node sends composed headers with the next write or end).
// 2. CORS preflights under /api/v1 (lib/http/cors.ts has the rest of CORS). Next.js answers
//    OPTIONS for every route module itself: 204 with `Allow`, the methods the route exports. When
//    the server marks a response as a preflight (`answersPreflight`), that answer is given the
//    preflight headers as it is written, with the route's `Allow` as
//    Access-Control-Allow-Methods, so no list of routes and methods is kept by hand.

/** Request headers a cross-origin client may send (what a preflight allows). */
export const ALLOWED_REQUEST_HEADERS = "Authorization, Content-Type, If-None-Match";
/** How long a browser may reuse a preflight answer (seconds; Chromium caps it at 7200). */
export const PREFLIGHT_MAX_AGE = "7200";

/** The headers of a preflight answer, given the route's `Allow` list. */
export function preflightHeaders(allow) {
  return {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": allow,
    "Access-Control-Allow-Headers": ALLOWED_REQUEST_HEADERS,
    "Access-Control-Max-Age": PREFLIGHT_MAX_AGE,
  };
}

export class AppResponse extends http.ServerResponse {
  /** Set by the server for an OPTIONS request to /api/v1: the answer gets the preflight headers. */
  answersPreflight = false;

  flushHeaders() {
    process.nextTick(() => {
      if (this.headersSent || this.writableEnded || this.destroyed) return;
      super.flushHeaders();
    });
  }

  writeHead(statusCode, ...rest) {
    if (this.answersPreflight && statusCode >= 200 && statusCode < 300 && !this.headersSent) {
      const given = rest.find((a) => typeof a === "object" && a !== null && !Array.isArray(a));
      const allow = this.getHeader("allow") ?? given?.Allow ?? given?.allow;
      if (allow)
        for (const [k, v] of Object.entries(preflightHeaders(String(allow)))) this.setHeader(k, v);
    }
    return super.writeHead(statusCode, ...rest);
  }
}
