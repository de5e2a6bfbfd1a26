// The server behind `npm start`, `npm run dev` (`--dev`: Next's development server, one process)
// and the tests: Next.js's documented custom server (`next()` + getRequestHandler) in every worker
// of a node:cluster, all on one port. It owns http.createServer, so the socket-level work lives
// here and nowhere else: the peer stamp and the raw-request guard (scripts/lib/raw-request-guard.mjs)
// run before Next sees a request, every page request gets the pages' Content-Security-Policy with
// a fresh nonce (lib/http/page-csp.mjs), and every response is an AppResponse
// (scripts/lib/app-response.mjs: headers leave with the first body chunk; CORS preflight headers
// on /api/v1 OPTIONS answers).
//
//   PORT             port to listen on (3000)
//   HOSTNAME         address to bind (all addresses; 127.0.0.1 for loopback only)
//   WEB_CONCURRENCY  worker processes (default: one per core, os.availableParallelism(), on
//                    SQLite and PostgreSQL alike); 1 runs the server in this process, without a
//                    cluster primary
//   LOG_LEVEL        pino level for the JSON logs on stdout (info; "silent" turns them off)
//   NEXT_DIST_DIR    the build to serve (.next; `npm test` serves .next-test)
//
// Each request is logged as one JSON line: time, request id (X-Request-Id, taken from the
// proxy when it sends one, else made here), method, the route pattern (/api/v1/posts/[id],
// never the raw path, which holds ids), status and duration. No user is ever named in it.
//
// SIGTERM / SIGINT: stop accepting connections, let requests in flight finish (up to
// SHUTDOWN_TIMEOUT_MS, 10 s), close the database pool, exit 0. The cluster primary passes the
// signal to its workers and exits 0 once they all have.
import cluster from "node:cluster";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { HSTS, isHttpsRequest, isPagePath, newNonce, pageCsp } from "../lib/http/page-csp.mjs";
import { AppResponse } from "./lib/app-response.mjs";
import {
  announcePeerStamp,
  guardRawRequest,
  isApiPreflight,
  stampPeer,
} from "./lib/raw-request-guard.mjs";

const root = process.cwd();
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || undefined;
// The origin Next.js takes as its own (its "initURL"). A proxy rewrite (proxy.ts: / → /welcome for
// a signed-out visitor) is internal only when its URL has that origin, and Next.js writes loopback
// addresses (127.0.0.0/8, ::1) in the proxy's URLs as "localhost". So bound to one of them,
// Next.js is told "localhost": given "127.0.0.1" it took the rewrite for an external one and
// fetched /welcome from itself over HTTP, a second request per visit that fails when localhost
// resolves to ::1 only.
const isLoopback = (h) => /^127(\.\d{1,3}){3}$/.test(h) || h === "::1" || h === "[::1]";
const nextHostname = !hostname || isLoopback(hostname) ? "localhost" : hostname;
// One worker per core on either database. On SQLite the workers share one file: transactions
// begin IMMEDIATE and wait for the write lock (lib/sqlite-adapter.ts), so concurrent writers queue
// instead of failing with SQLITE_BUSY (tests/api/multi-process-writes.test.ts). Development is
// one process (one compiler).
const workers = dev
  ? 1
  : Math.max(1, Number(process.env.WEB_CONCURRENCY) || os.availableParallelism());
const shutdownMs = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 10_000);
process.env.NODE_ENV = dev ? "development" : "production";
process.env.NEXT_MANUAL_SIG_HANDLE = "1";

const log = pino({
  level: process.env.LOG_LEVEL || "info",
  base: { pid: process.pid },
  timestamp: pino.stdTimeFunctions.isoTime,
});

if (cluster.isPrimary && workers > 1) runPrimary();
else await runWorker();

function runPrimary() {
  let stopping = false;
  let listening = 0;
  log.info({ workers, port }, "starting workers");
  const fork = () => {
    const w = cluster.fork();
    w.once("listening", () => {
      w.ready = true;
      if (++listening === workers)
        log.info({ workers, port }, `Campustime: http://${hostname ?? "localhost"}:${port}`);
    });
  };
  for (let i = 0; i < workers; i++) fork();
  cluster.on("exit", (w, code, signal) => {
    if (stopping) {
      // The exit code a failed start set (below) stays; a clean stop is 0.
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    if (!w.ready) {
      // It never served (bad environment, port taken, missing build): restarting would loop.
      log.fatal({ code, signal }, "a worker exited during start-up; stopping");
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill("SIGTERM");
      process.exitCode = code || 1;
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode);
      return;
    }
    log.error({ code, signal }, "worker died; starting another");
    fork();
  });
  const stop = (sig) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal: sig }, "shutting down workers");
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    setTimeout(() => {
      log.error("workers did not stop in time; killing them");
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGKILL");
      process.exit(1);
    }, shutdownMs + 5_000).unref();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

// --- route patterns from the build's manifest ---
function routeMatcher(distDir) {
  let manifest = { staticRoutes: [], dynamicRoutes: [] };
  try {
    manifest = JSON.parse(
      fs.readFileSync(path.join(root, distDir, "routes-manifest.json"), "utf8"),
    );
  } catch {
    // no manifest: every path is logged as "(unknown)"
  }
  const statics = new Set(manifest.staticRoutes.map((r) => r.page));
  const dynamics = manifest.dynamicRoutes.map((r) => ({ page: r.page, re: new RegExp(r.regex) }));
  return (rawUrl) => {
    let p = (rawUrl ?? "/").split("?")[0];
    if (p.startsWith("/_next/static/")) return "/_next/static/[...]";
    if (p.startsWith("/_next/image")) return "/_next/image";
    if (p.length > 1 && p.endsWith("/")) p = p.slice(0, -1);
    if (statics.has(p)) return p;
    for (const d of dynamics) if (d.re.test(p)) return d.page;
    return "(no route)";
  };
}

// The pages' Content-Security-Policy with a fresh nonce per request (lib/http/page-csp.mjs). On
// the request, where Next.js reads the nonce and puts it on its own scripts (a policy header the
// client sent is replaced, so no client chooses the nonce), and on the response; HSTS over HTTPS.
function withPagePolicy(req, res) {
  const csp = pageCsp(newNonce(), dev);
  req.headers["content-security-policy"] = csp;
  delete req.headers["content-security-policy-report-only"];
  res.setHeader("Content-Security-Policy", csp);
  const proto = req.headers["x-forwarded-proto"];
  if (isHttpsRequest(typeof proto === "string" ? proto : undefined, Boolean(req.socket.encrypted)))
    res.setHeader("Strict-Transport-Security", HSTS);
}

async function runWorker() {
  const { default: next } = await import("next");
  let stopping = false;
  const server = http.createServer({ ServerResponse: AppResponse }, (req, res) => {
    stampPeer(req);
    const started = process.hrtime.bigint();
    const given = req.headers["x-request-id"];
    const requestId =
      typeof given === "string" && /^[\w.:-]{1,64}$/.test(given) ? given : crypto.randomUUID();
    req.headers["x-request-id"] = requestId;
    res.setHeader("X-Request-Id", requestId);
    if (stopping) res.setHeader("Connection", "close");
    let logged = false;
    const done = () => {
      if (logged) return;
      logged = true;
      const line = {
        reqId: requestId,
        method: req.method,
        route: routeOf(req.url),
        status: res.writableFinished ? res.statusCode : 499,
        ms: Number((process.hrtime.bigint() - started) / 10_000n) / 100,
      };
      if (line.status >= 500) log.error(line, "request");
      else log.info(line, "request");
      if (stopping) setImmediate(() => server.closeIdleConnections());
    };
    res.on("finish", done);
    res.on("close", done);
    if (guardRawRequest(req, res)) return;
    if (isApiPreflight(req)) res.answersPreflight = true;
    else if (isPagePath(req.url ?? "/")) withPagePolicy(req, res);
    handle(req, res).catch((e) => {
      log.error({ reqId: requestId, err: e }, "unhandled request error");
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  server.keepAliveTimeout = 65_000; // longer than a proxy's idle upstream keep-alive
  const app = next({ dev, dir: root, hostname: nextHostname, port, httpServer: server });
  await app.prepare();
  const handle = app.getRequestHandler();
  const distDir = app.nextConfig?.distDir ?? process.env.NEXT_DIST_DIR ?? ".next";
  const routeOf = routeMatcher(distDir);
  announcePeerStamp();
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, resolve);
  });
  if (!cluster.isWorker)
    log.info({ port }, `Campustime: http://${hostname ?? "localhost"}:${port}`);

  const stop = (sig) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal: sig }, "stopping: no new connections, finishing requests in flight");
    const force = setTimeout(() => {
      log.warn(`requests still open after ${shutdownMs} ms; closing them`);
      server.closeAllConnections();
    }, shutdownMs);
    force.unref();
    server.close(async () => {
      clearTimeout(force);
      try {
        await globalThis.prisma?.$disconnect();
      } catch (e) {
        log.error({ err: e }, "closing the database pool failed");
      }
      log.info("stopped");
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  // In a cluster, the primary may also ask by disconnecting.
  if (cluster.isWorker) cluster.worker.on("disconnect", () => stop("disconnect"));
}
