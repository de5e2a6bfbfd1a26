// What `npm run bench` (scripts/bench.mjs) and `npm run bench:shell` (scripts/bench-shell.mjs)
// share: options, the CPU time of a server's processes, and throwaway Next.js apps built in a
// temporary directory from this project's own next, react and react-dom.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

/** `--name=value` (or a bare `--name`, "true") from the command line. */
export function option(name, fallback) {
  const arg = process.argv.slice(2).find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (!arg) return fallback;
  return arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : "true";
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// CPU time of the server's processes (Linux /proc; utime + stime in clock ticks, 100 per second).
// On a shared, busy machine, req/s says as much about the neighbours as about the server; the
// CPU the server spends per request does not, so the benches report both.
function processTree(root) {
  const pids = [root];
  try {
    const all = fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d));
    const parent = new Map();
    for (const pid of all) {
      try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
        parent.set(Number(pid), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
      } catch {}
    }
    for (let i = 0; i < pids.length; i++)
      for (const [pid, ppid] of parent) if (ppid === pids[i]) pids.push(pid);
  } catch {}
  return pids;
}
export function cpuTicks(root) {
  let total = 0;
  for (const pid of processTree(root)) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      total += Number(f[11]) + Number(f[12]); // utime, stime
    } catch {}
  }
  return total;
}

/** Refuses a port something already listens on (the bench would measure that server). */
export async function assertPortFree(port) {
  const taken = await new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
  if (taken) throw new Error(`bench: port ${port} is in use (pass --port=P for other ports)`);
}

// The bare app (issue 22): the framework alone, one route handler returning a small JSON and one
// page with an <h1>, dynamic like every page of the app (a request-time render, not a file).
export const BARE_FILES = {
  "package.json": JSON.stringify({ name: "bare-next", private: true, type: "module" }),
  // The temp directory is outside this project, whose node_modules it links: Turbopack resolves
  // across the link only with its root at a common ancestor of both.
  "next.config.mjs": 'export default { poweredByHeader: false, turbopack: { root: "/" } };\n',
  "app/layout.js":
    "export const metadata = { title: 'bare' };\n" +
    "export default function RootLayout({ children }) {\n" +
    '  return <html lang="ko"><body>{children}</body></html>;\n}\n',
  // Dynamic like every page of the app (a request-time render, not a prerendered file).
  "app/page.js":
    "import { connection } from 'next/server';\n" +
    "export default async function Page() {\n  await connection();\n  return <h1>bare</h1>;\n}\n",
  "app/api/hello/route.js":
    "export const dynamic = 'force-dynamic';\n" +
    "export function GET() {\n  return Response.json({ name: 'bare', version: 1, ok: true });\n}\n",
};

const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");

/**
 * Writes `files` into `dir`, links this project's node_modules (the same next, react and
 * react-dom as the app) and runs `next build` there; an app already built is kept when `reuse`.
 */
export function buildNextApp(dir, files, { reuse = false, label = dir } = {}) {
  if (reuse && fs.existsSync(path.join(dir, ".next", "BUILD_ID"))) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  fs.symlinkSync(path.resolve("node_modules"), path.join(dir, "node_modules"), "dir");
  console.log(`bench: next build of ${label}…`);
  execFileSync(process.execPath, [NEXT_BIN, "build"], {
    cwd: dir,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  return dir;
}

/** `next start` of an app built by buildNextApp, 1 process; resolves once `readyPath` answers. */
export async function startNextApp({ dir, port, readyPath = "/", env = {} }) {
  await assertPortFree(port);
  const child = spawn(
    process.execPath,
    [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: dir,
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...env },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    },
  );
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}${readyPath}`)).ok) break;
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
