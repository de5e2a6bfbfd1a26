#!/usr/bin/env node
// `npm run bench -- [options]`: end-to-end throughput of the production server on a big database.
//
//   --db=URL            database (default file:./.data/bench/big.db). A postgresql:// URL benchmarks
//                       PostgreSQL; the database is migrated, seeded and filled (db:bigdata --analyze)
//                       the first time, when its 대용량대학교 is missing.
//   --processes=N       also measure N server processes against one (ratio per case)
//   --duration=S        seconds per case and round (default 8); --connections=C (default 32)
//   --rounds=R          alternating rounds over all cases (default 2)
//   --cases=a,b         only the cases whose names contain one of these (ceilings are always included)
//   --skip=a,b          leave out the cases whose names contain one of these
//   --port=P            first port (default 3310; the bare app listens on P+50); --skip-build reuses
//                       .next (and the bare app's build); --skip-prepare leaves the database as it
//                       is (no migrate/fill)
//   --pages=/a,/b       also measure these page paths, signed in (probe pages of a throwaway build:
//                       one case each, named "page /a", against the bare page like every page)
//   --profile=a,b       instead of the table: a CPU profile of the server (V8's, started and stopped
//                       around the measured load by scripts/lib/profile-switch.mjs) under the load
//                       of each case whose name contains a or b (one case per server run),
//                       summed up by scripts/profile-summary.mjs; the .cpuprofile files stay in
//                       .data/bench/profiles/ for Chrome DevTools
//
// The bare app (issue 22): a Next.js app with one route handler returning a small JSON and one
// page with an <h1>, built in a temporary directory from the same next, react and react-dom
// (this project's node_modules) and served by `next start`, 1 process, beside the app. Every case
// is also printed as a ratio to it, within the same round: API cases to the bare route, pages to
// the bare page. That is the framework's own speed on this machine at this moment.
//
// It builds (`next build`), starts the server through startServer() below (the one place that knows
// how a server is started), signs in a student of the big school, and runs autocannon against each
// case in turn, round after round, so each case's ratio to its ceiling is taken within one round.
// SQL statements per request come from the server's own counter (CAMPUSTIME_BENCH=1, /api/bench-stats)
// over a few sequential requests. The server's CPU time per request (from /proc) is printed too,
// with each case's ratio to its ceiling by CPU: on a shared machine that is the steadier figure.
// Not part of `npm test`: numbers depend on the machine.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { isPostgresUrl } from "../lib/database-url.mjs";
import {
  assertPortFree,
  BARE_FILES,
  buildNextApp,
  cpuTicks,
  option,
  sleep,
  startNextApp,
} from "./lib/bench-tools.mjs";

const dbUrl = option("db", "file:./.data/bench/big.db");
const processes = Number(option("processes", "1"));
const duration = Number(option("duration", "8"));
const connections = Number(option("connections", "32"));
const rounds = Number(option("rounds", "2"));
const basePort = Number(option("port", "3310"));
const only = option("cases", "") ? option("cases", "").split(",") : null;
const countsOnly = option("counts-only", "false") === "true";
const skip = option("skip", "") ? option("skip", "").split(",") : [];
const profile = option("profile", "");
const extraPages = option("pages", "") ? option("pages", "").split(",") : [];
const isPg = isPostgresUrl(dbUrl);
const SCHOOL = "대용량대학교";
const PASSWORD = "campus1234";
const RARE_WORD = "희귀검색어";
const env = {
  ...process.env,
  DATABASE_URL: dbUrl,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  CAMPUSTIME_BENCH: "1",
  AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-secret-0123456789abcdef0123456789abcdef",
};

// ---------------------------------------------------------------------------------------------
// The database

async function openDb() {
  if (isPg) {
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: dbUrl });
    await client.connect();
    return {
      all: async (sql, args = []) =>
        (
          await client.query(
            sql.replace(
              /\?/g,
              (() => {
                let i = 0;
                return () => `$${++i}`;
              })(),
            ),
            args,
          )
        ).rows,
      close: () => client.end(),
    };
  }
  const { default: Database } = await import("better-sqlite3");
  const file = path.resolve(dbUrl.replace(/^file:/, ""));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  return {
    all: async (sql, args = []) => db.prepare(sql).all(...args),
    close: async () => db.close(),
  };
}

async function prepareDatabase() {
  if (option("skip-prepare", "false") === "true") return;
  const run = (cmd, args) =>
    execFileSync(cmd, args, { stdio: "inherit", env: { ...env, NODE_ENV: "development" } });
  run(process.execPath, ["scripts/db-migrate.mjs", "deploy"]);
  const db = await openDb();
  const found = await db.all(`SELECT "id" FROM "School" WHERE "name" = ?`, [SCHOOL]);
  await db.close();
  if (found.length) return;
  console.log(`bench: filling ${dbUrl} (seed + db:bigdata --analyze), once…`);
  run(path.resolve("node_modules/.bin/tsx"), ["prisma/seed.ts"]);
  run(path.resolve("node_modules/.bin/tsx"), ["scripts/generate-big-data.ts", "--analyze"]);
}

async function fixtures() {
  const db = await openDb();
  const [school] = await db.all(`SELECT "id" FROM "School" WHERE "name" = ?`, [SCHOOL]);
  const boards = await db.all(
    `SELECT b."id", b."kind", (SELECT COUNT(*) FROM "Post" p WHERE p."boardId" = b."id" AND p."deletedAt" IS NULL) AS "n" FROM "Board" b WHERE b."schoolId" = ?`,
    [school.id],
  );
  boards.sort((a, b) => Number(b.n) - Number(a.n));
  const big = boards[0];
  const small = boards.find((b) => b.kind === "CLUB");
  const posts = (
    await db.all(
      `SELECT "id" FROM "Post" WHERE "boardId" = ? AND "deletedAt" IS NULL ORDER BY "id" DESC LIMIT 50`,
      [big.id],
    )
  ).map((r) => Number(r.id));
  // A plain student of the big school (not the admin), and one of 한빛 for the lecture search
  // (the generated school has no lectures).
  const [student] = await db.all(
    `SELECT "email" FROM "User" WHERE "schoolId" = ? AND "isAdmin" = ? ORDER BY "id" LIMIT 1`,
    [school.id, isPg ? false : 0],
  );
  await db.close();
  return {
    bigBoard: Number(big.id),
    smallBoard: Number(small.id),
    posts,
    email: student.email,
    lectureEmail: "demo@hanbit.ac.kr",
  };
}

// ---------------------------------------------------------------------------------------------
// The server

function build() {
  if (option("skip-build", "false") === "true") return;
  console.log("bench: next build…");
  execFileSync(path.resolve("node_modules/.bin/next"), ["build"], {
    stdio: ["ignore", "ignore", "inherit"],
    env,
  });
}

/** Environment that loads scripts/lib/profile-switch.mjs into a server's processes. */
const profiling = (profileDir) =>
  profileDir
    ? {
        CAMPUSTIME_PROFILE_DIR: profileDir,
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import=${path.resolve("scripts/lib/profile-switch.mjs")}`,
      }
    : {};

/**
 * Starts the production server with `count` processes on `port` and resolves once it answers.
 * The one place that knows how: the project's own server (scripts/server.mjs, what `npm start`
 * serves with), a node:cluster of WEB_CONCURRENCY workers sharing the port (1 = one process).
 */
async function startServer({ port, count, profileDir }) {
  await assertPortFree(port);
  const child = spawn(process.execPath, ["scripts/server.mjs"], {
    env: {
      ...env,
      ...profiling(profileDir),
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      WEB_CONCURRENCY: String(count),
      LOG_LEVEL: env.LOG_LEVEL ?? "silent",
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/api/v1`)).ok) break;
    } catch {}
    await sleep(200);
  }
  return {
    base,
    pid: child.pid,
    async stop() {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {}
      await new Promise((r) => (child.exitCode !== null ? r() : child.once("exit", r)));
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The bare app (BARE_FILES): the framework alone, same versions, same machine, same moment.

/** Builds the bare app once per version of next (in the system's temp directory); returns its dir. */
function buildBareApp() {
  const nextVersion = JSON.parse(fs.readFileSync("node_modules/next/package.json", "utf8")).version;
  const dir = path.join(os.tmpdir(), `campustime-bare-next-${nextVersion}`);
  return buildNextApp(dir, BARE_FILES, {
    reuse: option("skip-build", "false") === "true",
    label: `the bare app (${dir})`,
  });
}

/** `next start` of the bare app, 1 process. */
const startBareServer = ({ dir, port, profileDir }) =>
  startNextApp({ dir, port, readyPath: "/api/hello", env: profiling(profileDir) });

async function signInCookie(base, email) {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const jar = new Map();
  const keep = (res) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  keep(csrfRes);
  const { csrfToken } = await csrfRes.json();
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, callbackUrl: "/" }),
  });
  keep(res);
  const session = [...jar].find(([k]) => k.includes("session-token"));
  if (!session) throw new Error(`bench: sign-in of ${email} failed (${res.status})`);
  return `${session[0]}=${session[1]}`;
}

async function bearer(base, email) {
  const res = await fetch(`${base}/api/v1/auth/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`bench: token for ${email} failed (${res.status})`);
  return `Bearer ${(await res.json()).accessToken}`;
}

// ---------------------------------------------------------------------------------------------
// Cases

function casesFor(f, auth) {
  const api = (name, paths, creds = auth.bearer) => ({
    name,
    kind: "api",
    paths,
    headers: creds ? { authorization: creds } : {},
  });
  const page = (name, paths) => ({ name, kind: "page", paths, headers: { cookie: auth.cookie } });
  const posts = f.posts.slice(0, 20);
  const all = [
    {
      name: "bare route (the bare app)",
      kind: "api",
      bare: true,
      paths: ["/api/hello"],
      headers: {},
    },
    { name: "bare page (the bare app)", kind: "page", bare: true, paths: ["/"], headers: {} },
    { ...api("API ceiling: GET /api/v1", ["/api/v1"], null), ceiling: true },
    api("GET /api/v1/health", ["/api/v1/health"], null),
    api(
      "API post detail",
      posts.map((id) => `/api/v1/posts/${id}`),
    ),
    api("API board list (big board)", [`/api/v1/boards/${f.bigBoard}/posts`]),
    api("API board list (100-post board)", [`/api/v1/boards/${f.smallBoard}/posts`]),
    api("API lecture search", ["/api/v1/lectures?q=%EA%B2%BD%EC%A0%9C"], auth.lectureBearer), // q=경제
    api("API rare-word search (big board)", [
      `/api/v1/boards/${f.bigBoard}/posts?q=${encodeURIComponent(RARE_WORD)}`,
    ]),
    api("API no-match search (big board)", [
      `/api/v1/boards/${f.bigBoard}/posts?q=${encodeURIComponent("없는검색어")}`,
    ]),
    api("API wildcard search %% (big board)", [`/api/v1/boards/${f.bigBoard}/posts?q=%25%25`]),
    api("API 2-char search (big board)", [
      `/api/v1/boards/${f.bigBoard}/posts?q=${encodeURIComponent("시험")}`,
    ]),
    {
      name: "page ceiling: /login (no session)",
      kind: "page",
      paths: ["/login"],
      headers: {},
      ceiling: true,
    },
    page(
      "page /posts/:id",
      posts.map((id) => `/posts/${id}`),
    ),
    page("page /boards/:id (big board)", [`/boards/${f.bigBoard}`]),
    page("page /bench/empty (layout and session, no content)", ["/bench/empty"]),
    page("page /", ["/"]),
    page("page /boards (게시판 찾기)", ["/boards"]),
    page("page /timetable", ["/timetable"]),
    ...extraPages.map((p) => page(`page ${p}`, [p])),
  ];
  return all.filter(
    (c) =>
      c.ceiling ||
      c.bare ||
      ((!only || only.some((o) => c.name.includes(o))) && !skip.some((o) => c.name.includes(o))),
  );
}

async function sqlPerRequest(servers, c) {
  const base = serverOf(servers, c).base;
  const stats = async () =>
    c.bare ? 0 : (await (await fetch(`${base}/api/bench-stats`)).json()).statements;
  const n = 10;
  let bytes = 0;
  let status = 0;
  const before = await stats();
  for (let i = 0; i < n; i++) {
    const res = await fetch(base + c.paths[i % c.paths.length], {
      headers: c.headers,
      redirect: "manual",
    });
    const body = Buffer.from(await res.arrayBuffer());
    bytes = body.length;
    status = res.status;
  }
  const after = await stats();
  return { sql: (after - before) / n, bytes, status };
}

const serverOf = (servers, c) => (c.bare ? servers.bare : servers.app);

function measure(servers, c, seconds = duration) {
  const server = serverOf(servers, c);
  const base = server.base;
  let i = 0;
  const ticks0 = cpuTicks(server.pid);
  return new Promise((resolve, reject) => {
    const finish = (r) =>
      settle(server).then(() =>
        resolve({
          rps: r.requests.average,
          p99: r.latency.p99,
          non2xx: r.non2xx + r.errors + r.timeouts,
          cpuMs:
            ((cpuTicks(server.pid) - ticks0) * 10) /
            Math.max(1, r.requests.sent ?? r.requests.total),
        }),
      );
    autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        requests: [
          {
            method: "GET",
            headers: c.headers,
            setupRequest: (req) => ({ ...req, path: c.paths[i++ % c.paths.length] }),
          },
        ],
      },
      // CPU is read after the server has settled: it includes the requests still queued when
      // autocannon stopped, which autocannon counted as sent but not completed.
      (err, r) => (err ? reject(err) : finish(r)),
    );
  });
}

/**
 * Waits until the server has worked off what autocannon left queued (its CPU use stays under a
 * tenth of a core for 300 ms), so one case's backlog is not counted against the next (at most 30 s).
 */
async function settle(server) {
  for (let i = 0; i < 100; i++) {
    const t0 = cpuTicks(server.pid);
    await sleep(300);
    if (cpuTicks(server.pid) - t0 <= 3) return;
  }
}

async function runSuite(servers, cases, label) {
  const results = new Map(cases.map((c) => [c.name, { case: c, rounds: [] }]));
  for (const c of cases) Object.assign(results.get(c.name), await sqlPerRequest(servers, c));
  if (countsOnly) return results;
  for (let round = 1; round <= rounds; round++) {
    for (const c of cases) {
      await measure(servers, c, 2); // warm-up, not counted
      await settle(serverOf(servers, c));
      const r = await measure(servers, c);
      results.get(c.name).rounds.push(r);
      process.stderr.write(
        `  [${label}] round ${round}: ${c.name}: ${r.rps.toFixed(0)} req/s, p99 ${r.p99} ms, ${r.cpuMs.toFixed(2)} CPU ms/req${r.non2xx ? `, ${r.non2xx} non-2xx/errors` : ""}\n`,
      );
    }
  }
  return results;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function printCounts(results, title) {
  console.log(`\n${title}`);
  console.log("| case | HTTP | bytes | SQL/req |");
  console.log("|---|---|---|---|");
  for (const r of results.values())
    console.log(`| ${r.case.name} | ${r.status} | ${r.bytes} | ${r.sql.toFixed(1)} |`);
}

function printTable(results, title) {
  const rows = [...results.values()];
  const baseOf = (pick, kind) => rows.find((r) => pick(r.case) && r.case.kind === kind);
  const ceiling = (kind) => baseOf((c) => c.ceiling, kind);
  const bare = (kind) => baseOf((c) => c.bare, kind);
  const pct = (x) => `${Math.round(x * 100)} %`;
  // Per round: req/s over the base's req/s in the same round. By CPU: the medians' ratio.
  const versus = (r, base) => {
    if (!base) return ["–", "–"];
    const byRound = r.rounds.map((x, i) => pct(x.rps / base.rounds[i].rps)).join(" / ");
    const cpu = median(r.rounds.map((x) => x.cpuMs));
    return [byRound, pct(median(base.rounds.map((x) => x.cpuMs)) / cpu)];
  };
  console.log(`\n${title}`);
  console.log(
    "| case | req/s (rounds) | p99 ms (rounds) | bytes | SQL/req | CPU ms/req | vs. bare (req/s) | vs. bare (CPU) | vs. ceiling (req/s) | vs. ceiling (CPU) |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|");
  for (const r of rows) {
    const rps = r.rounds.map((x) => x.rps.toFixed(0)).join(" / ");
    const p99 = r.rounds.map((x) => x.p99).join(" / ");
    const errs = r.rounds.reduce((s, x) => s + x.non2xx, 0);
    const cpu = median(r.rounds.map((x) => x.cpuMs));
    const [bareRps, bareCpu] = versus(r, bare(r.case.kind));
    const [ceilRps, ceilCpu] = r.case.bare ? ["–", "–"] : versus(r, ceiling(r.case.kind));
    console.log(
      `| ${r.case.name}${r.status >= 300 ? ` (HTTP ${r.status})` : ""}${errs ? ` (${errs} non-2xx)` : ""} | ${rps} | ${p99} | ${r.bytes} | ${r.case.bare ? "–" : r.sql.toFixed(1)} | ${cpu.toFixed(2)} | ${bareRps} | ${bareCpu} | ${ceilRps} | ${ceilCpu} |`,
    );
  }
}

async function signIn(server, f) {
  return {
    cookie: await signInCookie(server.base, f.email),
    bearer: await bearer(server.base, f.email),
    lectureBearer: await bearer(server.base, f.lectureEmail),
  };
}

/**
 * --profile: for each matching case, a server run of its own (the app's, or the bare app's for a
 * bare case): warm-up, then the profiler runs for `duration` seconds of load and every process
 * writes its profile; scripts/profile-summary.mjs prints where the time went.
 */
async function runProfiles(f, bareDir) {
  const root = path.resolve(".data/bench/profiles");
  const probe = casesFor(f, { cookie: "", bearer: "", lectureBearer: "" }).filter((c) =>
    profile.split(",").some((p) => c.name.includes(p)),
  );
  for (const { name } of probe) {
    const slug = name
      .replace(/[^a-z0-9]+/gi, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase();
    const profileDir = path.join(root, `${new Date().toISOString().replace(/[:.]/g, "-")}-${slug}`);
    const bareCase = probe.find((c) => c.name === name).bare;
    const server = bareCase
      ? await startBareServer({ dir: bareDir, port: basePort + 50, profileDir })
      : await startServer({ port: basePort, count: 1, profileDir });
    try {
      const c = casesFor(f, bareCase ? {} : await signIn(server, f)).find((x) => x.name === name);
      const servers = { app: server, bare: server };
      await measure(servers, c, 2);
      await settle(server);
      const signal = () => {
        try {
          process.kill(-server.pid, "SIGUSR2"); // every process of the server: start, then stop
        } catch {}
      };
      signal();
      await sleep(200);
      const r = await measure(servers, c);
      signal();
      for (let i = 0; i < 50 && !fs.existsSync(profileDir); i++) await sleep(200);
      await sleep(1000); // every process writes its file
      console.log(
        `profile: ${name}: ${r.rps.toFixed(0)} req/s, ${r.cpuMs.toFixed(2)} CPU ms/req → ${profileDir}`,
      );
    } finally {
      await server.stop();
    }
    execFileSync(process.execPath, ["scripts/profile-summary.mjs", profileDir], {
      stdio: "inherit",
    });
  }
}

async function main() {
  console.log(
    `bench: ${isPg ? "PostgreSQL" : "SQLite"} ${dbUrl}, ${connections} connections, ${duration} s × ${rounds} rounds per case`,
  );
  await prepareDatabase();
  const f = await fixtures();
  build();
  const bareDir = countsOnly ? null : buildBareApp();
  if (profile) return runProfiles(f, bareDir);
  const counts = processes > 1 ? [1, processes] : [1];
  const suites = [];
  const bare = countsOnly ? null : await startBareServer({ dir: bareDir, port: basePort + 50 });
  try {
    for (const count of counts) {
      const server = await startServer({ port: basePort, count });
      try {
        const results = await runSuite(
          { app: server, bare },
          casesFor(f, await signIn(server, f)).filter((c) => !countsOnly || !c.bare),
          `${count} process${count > 1 ? "es" : ""}`,
        );
        (countsOnly ? printCounts : printTable)(
          results,
          `${isPg ? "PostgreSQL" : "SQLite"}, ${count} process${count > 1 ? "es" : ""} (${new Date().toISOString()}; the bare app: 1 process)`,
        );
        suites.push({ count, results });
      } finally {
        await server.stop();
      }
    }
  } finally {
    await bare?.stop();
  }
  if (suites.length === 2) {
    console.log(`\n${processes} processes vs. 1 (req/s, mean of rounds)`);
    console.log("| case | 1 process | N processes | ratio |");
    console.log("|---|---|---|---|");
    const mean = (r) => r.rounds.reduce((s, x) => s + x.rps, 0) / r.rounds.length;
    for (const [name, one] of suites[0].results) {
      if (one.case.bare) continue;
      const two = suites[1].results.get(name);
      console.log(
        `| ${name} | ${mean(one).toFixed(0)} | ${mean(two).toFixed(0)} | ${(mean(two) / mean(one)).toFixed(2)}× |`,
      );
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
