#!/usr/bin/env node
// Where a server's CPU time went: `node scripts/profile-summary.mjs <dir or .cpuprofile>…`
// (what `npm run bench -- --profile=NAME` writes). Frames are mapped through the source maps
// the builds ship (Next's compiled runtime, which bundles React; the app's .next/server chunks),
// so time is told by original source: React's HTML renderer, React's RSC serializer, Next's
// render, Next's proxy (middleware) adapter, Prisma, the app's own lib/ and components/…
// Idle time is left out; shares are of the time the process was busy. Several profiles (a
// cluster's workers, or `next start`'s processes) are added up.
//
//   self:      time in the area's own code
//   inclusive: time with the area anywhere on the stack (an area counted once per sample)
import fs from "node:fs";
import { SourceMap } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const inputs = process.argv.slice(2);
if (!inputs.length) {
  console.error("usage: node scripts/profile-summary.mjs <dir or .cpuprofile>…");
  process.exit(1);
}
const files = inputs.flatMap((p) =>
  fs.statSync(p).isDirectory()
    ? fs
        .readdirSync(p)
        .filter((f) => f.endsWith(".cpuprofile"))
        .map((f) => path.join(p, f))
    : [p],
);

// --- source maps ---------------------------------------------------------------------------
const maps = new Map();
function sourceMapOf(url) {
  if (maps.has(url)) return maps.get(url);
  let map = null;
  try {
    const file = url.startsWith("file:") ? fileURLToPath(url) : url;
    if (path.isAbsolute(file) && fs.existsSync(`${file}.map`))
      map = new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, "utf8")));
  } catch {
    map = null;
  }
  maps.set(url, map);
  return map;
}
const root = process.cwd();
/**
 * The original source of a frame ("" for native frames), mapped where a source map says: a path
 * relative to the map is made absolute, and Turbopack's `[project]/…` is this project.
 */
function originalSource(frame) {
  const url = frame.url ?? "";
  if (!url) return "";
  const map = sourceMapOf(url);
  if (map) {
    const entry = map.findEntry(frame.lineNumber, frame.columnNumber);
    const src = entry?.originalSource;
    if (src) {
      const project = /\[project\][/\\](.*)$/.exec(src);
      if (project) return path.join(root, project[1]);
      if (/^[a-z]+:/i.test(src)) return src;
      const file = url.startsWith("file:") ? fileURLToPath(url) : url;
      return path.resolve(path.dirname(file), src);
    }
  }
  return url.startsWith("file:") ? fileURLToPath(url) : url;
}
/** This project's own code under `dir` (not a dependency). */
const ownCode = (s, dir) =>
  s.startsWith(path.join(root, dir) + path.sep) &&
  !s.includes(`${path.sep}node_modules${path.sep}`);

// --- areas, first match wins ---------------------------------------------------------------
const AREAS = [
  [
    "React: HTML render (Fizz)",
    (s) => /react-dom[^/]*\/.*(server|fizz)|ReactFizz|react-dom-server/i.test(s),
  ],
  [
    "React: RSC payload read back for the HTML (Flight client)",
    (s) => /react-server-dom[^/]*\/.*-client\.|ReactFlightClient|react-client/i.test(s),
  ],
  [
    "React: RSC payload (Flight server)",
    (s) => /react-server-dom|ReactFlightServer|flight-server/i.test(s),
  ],
  ["Turbopack runtime (module loading)", (s) => /\[turbopack\]/.test(s)],
  ["Node: module loading", (s) => /^node:internal\/modules/.test(s)],
  ["React: other", (s) => /[/\\]react(-dom)?[/\\]|[/\\]shared[/\\]React/.test(s)],
  [
    "Next: web adapter (NextRequest/Response, proxy)",
    (s) =>
      /next[/\\].*server[/\\](web|lib[/\\]router-utils[/\\]resolve-routes.*middleware)|run-middleware|middleware/.test(
        s,
      ),
  ],
  [
    "Next: app render",
    (s) =>
      /next[/\\].*(app-render|stream-utils|use-flight-response|create-component-tree|walk-tree)/.test(
        s,
      ),
  ],
  ["Next: routing and request handling", (s) => /next[/\\].*server[/\\]/.test(s)],
  ["Next: other", (s) => /next[/\\]|node_modules[/\\]next/.test(s)],
  ["Prisma (client, query compiler)", (s) => /@prisma|prisma[/\\]client|wasm:\/\//.test(s)],
  ["SQLite (adapter, better-sqlite3)", (s) => /sqlite-adapter|better-sqlite3/.test(s)],
  ["next-auth / jose", (s) => /next-auth|@auth[/\\]core|jose/.test(s)],
  ["the app: lib/", (s) => ownCode(s, "lib")],
  ["the app: components/ and app/", (s) => ownCode(s, "components") || ownCode(s, "app")],
  ["the app: proxy.ts", (s) => s === path.join(root, "proxy.ts")],
  ["the server (scripts/server.mjs, scripts/lib)", (s) => ownCode(s, "scripts")],
  ["pino", (s) => /pino|sonic-boom/.test(s)],
  [
    "Node: http, net, streams",
    (s) =>
      /^node:(_http|http|net|stream|internal\/(streams|http|webstreams|net|stream_base))/.test(s),
  ],
  [
    "Node: async hooks, AsyncLocalStorage",
    (s) => /^node:(async_hooks|internal\/async_hooks|internal\/async_local_storage)/.test(s),
  ],
  ["Node: undici (Request, Response, Headers)", (s) => /undici/.test(s)],
  ["Node: other", (s) => s.startsWith("node:")],
  ["other bundled code (.next/server)", (s) => /\.next(-test)?[/\\]server/.test(s)],
  ["other", () => true],
];
const areaOf = (frame, source) => {
  if (frame.functionName === "(garbage collector)") return "(garbage collector)";
  if (frame.functionName === "(program)") return "(program: V8 and native, outside JS)";
  if (!source) return "(native functions: JSON, RegExp, Buffer…)";
  return AREAS.find(([, test]) => test(source))[0];
};

const self = new Map();
const inclusive = new Map();
const bySource = new Map();
let busy = 0;
let total = 0;
for (const file of files) {
  const prof = JSON.parse(fs.readFileSync(file, "utf8"));
  const nodes = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const info = new Map();
  const infoOf = (id) => {
    let v = info.get(id);
    if (!v) {
      const frame = nodes.get(id).callFrame;
      const source = originalSource(frame);
      v = { frame, source, area: areaOf(frame, source) };
      info.set(id, v);
    }
    return v;
  };
  const timeOf = new Map();
  for (let i = 0; i < prof.samples.length; i++) {
    const dt = prof.timeDeltas[i + 1] ?? 0;
    timeOf.set(prof.samples[i], (timeOf.get(prof.samples[i]) ?? 0) + dt);
  }
  for (const [id, us] of timeOf) {
    total += us;
    const leaf = infoOf(id);
    if (leaf.frame.functionName === "(idle)") continue;
    busy += us;
    self.set(leaf.area, (self.get(leaf.area) ?? 0) + us);
    const src = leaf.source
      .replace(/^.*node_modules[/\\]/, "")
      .replace(/^file:\/\/\/?/, "")
      .replace(/^\[project\][/\\]/, "");
    bySource.set(src || leaf.area, (bySource.get(src || leaf.area) ?? 0) + us);
    const seen = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) seen.add(infoOf(n).area);
    for (const a of seen) inclusive.set(a, (inclusive.get(a) ?? 0) + us);
  }
}

const pct = (us) => `${((us / busy) * 100).toFixed(1)} %`;
console.log(
  `\n${files.length} profile(s), busy ${(busy / 1e6).toFixed(2)} s of ${(total / 1e6).toFixed(2)} s sampled`,
);
console.log("\n| area | self | inclusive |\n|---|---|---|");
for (const [area, us] of [...self].sort((a, b) => b[1] - a[1]))
  console.log(`| ${area} | ${pct(us)} | ${pct(inclusive.get(area) ?? us)} |`);
console.log("\nTop original sources (self time):");
for (const [src, us] of [...bySource].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`  ${pct(us).padStart(7)}  ${src}`);
