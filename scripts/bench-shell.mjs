#!/usr/bin/env node
// `npm run bench:shell -- [--rounds=R] [--duration=S] [--connections=C] [--port=P] [--skip-build]
//                         [--apps=bare,shell,…]` (the bare app is always measured)
//
// What the framework itself charges for a page shaped like Campustime's, and what Cache Components
// (a prerendered static shell with a dynamic hole) changes about it (issue 22). Six apps are built
// in the system's temp directory from this project's next, react and react-dom, with no app code
// and no database, each served by `next start` (1 process) and loaded in alternating rounds; every
// figure is a ratio to the bare page within the same round, by CPU per request (/proc):
//
//   bare         the bare app of `npm run bench`: an <h1>, rendered per request
//   root         the same <h1> under the app's real root layout (app/layout.tsx: metadata and
//                viewport, the Pretendard slices, globals.css, the icons and manifest, the footer)
//   shell        + the (main) layout's markup as /bench/empty renders it: header with the school,
//                the nickname (read from a cookie, so the render is per request), the 쪽지함 and
//                알림 links, a 로그아웃 form, and the real MainNav client component
//   shell-csp    shell behind a proxy that sets a per-request nonce CSP the way proxy.ts does
//   shell-cc     the shell's files with `cacheComponents: true` and the cookie read in <Suspense>:
//                the shell is prerendered at build time and only the hole renders per request
//   shell-cc-csp shell-cc behind the same proxy
//
// With a nonce proxy, the table also counts the page's <script> tags that carry no nonce (the
// browser would refuse them under the app's policy).
//
// Not part of `npm test`: the numbers depend on the machine.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import {
  BARE_FILES,
  buildNextApp,
  cpuTicks,
  option,
  sleep,
  startNextApp,
} from "./lib/bench-tools.mjs";

const rounds = Number(option("rounds", "6"));
const duration = Number(option("duration", "4"));
const connections = Number(option("connections", "32"));
const basePort = Number(option("port", "3410"));
const reuse = option("skip-build", "false") === "true";
const apps = option("apps", "") ? ["bare", ...option("apps", "").split(",")] : null;

const read = (file) => fs.readFileSync(file);
const config = (cacheComponents) =>
  `export default { poweredByHeader: false, typescript: { ignoreBuildErrors: true }, ${
    cacheComponents ? "cacheComponents: true, " : ""
  }turbopack: { root: "/" } };\n`;

// The app's root layout and what it imports, as they are in this checkout.
const ROOT_FILES = {
  "package.json": JSON.stringify({ name: "shell-probe", private: true, type: "module" }),
  "tsconfig.json": read("tsconfig.json"),
  "postcss.config.mjs": read("postcss.config.mjs"),
  "app/layout.tsx": read("app/layout.tsx"),
  "app/globals.css": read("app/globals.css"),
  "app/icon.svg": read("app/icon.svg"),
  "app/apple-icon.png": read("app/apple-icon.png"),
  "app/manifest.ts": read("app/manifest.ts"),
  "components/layout/site-footer.tsx": read("components/layout/site-footer.tsx"),
  "components/layout/main-nav.tsx": read("components/layout/main-nav.tsx"),
  "generated/fonts/pretendard.ts": read("generated/fonts/pretendard.ts"),
};

const ICON =
  "relative flex h-9 w-9 items-center justify-center rounded-full text-gray-600 hover:bg-gray-100 hover:text-gray-900";
const mainLayout = (hole) => `import { Suspense } from "react";
import { cookies } from "next/headers";
import Link from "next/link";
import { MainNav } from "@/components/layout/main-nav";

async function Viewer() {
  const nickname = (await cookies()).get("nick")?.value ?? "한빛새내기";
  return (
    <div className="ml-auto flex items-center gap-2 text-sm">
      <span className="hidden text-gray-600 sm:inline">{nickname}</span>
      <Link aria-label="쪽지함" title="쪽지함" className="${ICON}" href="/messages">
        <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" className="h-5 w-5" aria-hidden="true"><rect x="3" y="5" width="18" height="14" rx="2" /><path d="m3.5 6 8.5 7 8.5-7" strokeLinejoin="round" /></svg>
      </Link>
      <Link aria-label="알림" title="알림" className="${ICON}" href="/notifications">
        <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" className="h-5 w-5" aria-hidden="true"><path d="M6 8a6 6 0 1 1 12 0c0 7 3 8 3 8H3s3-1 3-8Z" strokeLinejoin="round" /><path d="M10.3 20a1.9 1.9 0 0 0 3.4 0" strokeLinecap="round" /></svg>
      </Link>
      <form action="/logout" method="post">
        <button type="submit" className="rounded-md border border-gray-300 px-2.5 py-1 text-gray-700 hover:bg-gray-100">로그아웃</button>
      </form>
    </div>
  );
}

export default function MainLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <a href="#main" className="skip-link">본문으로 건너뛰기</a>
      <header className="sticky top-0 z-30 border-b border-gray-200 bg-white/95 backdrop-blur">
        <div className="mx-auto flex max-w-5xl items-center gap-3 px-4 py-2">
          <Link href="/" className="flex items-baseline gap-2 rounded">
            <span className="text-lg font-extrabold tracking-tight text-brand-600">캠퍼스타임</span>
            <span className="hidden text-sm text-gray-500 sm:inline">한빛대학교</span>
          </Link>
          ${hole ? '<Suspense fallback={<div className="ml-auto h-9" />}><Viewer /></Suspense>' : "<Viewer />"}
        </div>
        <MainNav />
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-4 outline-none">{children}</main>
    </>
  );
}
`;
const EMPTY_PAGE =
  'export const metadata = { title: "빈 페이지" };\n' +
  'export default function Page() {\n  return <h1 className="text-xl font-bold">빈 페이지</h1>;\n}\n';
// As proxy.ts: a fresh nonce per request, on the request (Next.js reads it there) and the response.
const NONCE_PROXY = `import { NextResponse, type NextRequest } from "next/server";
export default function proxy(req: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = \`default-src 'self'; script-src 'self' 'nonce-\${nonce}' 'strict-dynamic'; style-src 'self' 'nonce-\${nonce}'; object-src 'none'\`;
  const headers = new Headers(req.headers);
  headers.set("Content-Security-Policy", csp);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("Content-Security-Policy", csp);
  return res;
}
export const config = { matcher: ["/((?!api/|_next/).*)"] };
`;
const shell = (cacheComponents) => ({
  ...ROOT_FILES,
  "next.config.mjs": config(cacheComponents),
  "app/(main)/layout.tsx": mainLayout(cacheComponents),
  "app/(main)/page.tsx": EMPTY_PAGE,
});
const VARIANTS = {
  bare: BARE_FILES,
  root: {
    ...ROOT_FILES,
    "next.config.mjs": config(false),
    "app/page.js": BARE_FILES["app/page.js"],
  },
  shell: shell(false),
  "shell-csp": { ...shell(false), "proxy.ts": NONCE_PROXY },
  "shell-cc": shell(true),
  "shell-cc-csp": { ...shell(true), "proxy.ts": NONCE_PROXY },
};

const nextVersion = JSON.parse(fs.readFileSync("node_modules/next/package.json", "utf8")).version;
const servers = [];
try {
  let port = basePort;
  for (const [name, files] of Object.entries(VARIANTS)) {
    if (apps && !apps.includes(name)) continue;
    const dir = path.join(os.tmpdir(), `campustime-shell-${name}-${nextVersion}`);
    buildNextApp(dir, files, { reuse, label: `${name} (${dir})` });
    servers.push({ name, ...(await startNextApp({ dir, port: port++ })) });
  }
  const headers = { cookie: "nick=probe" };
  for (const s of servers) {
    const html = await (await fetch(`${s.base}/`, { headers })).text();
    s.bytes = Buffer.byteLength(html);
    const nonced = /Content-Security-Policy/.test(VARIANTS[s.name]["proxy.ts"] ?? "");
    s.withoutNonce = nonced ? (html.match(/<script(?![^>]*\snonce=)[^>]*>/g) ?? []).length : null;
    s.scripts = (html.match(/<script[\s>]/g) ?? []).length;
    await autocannon({ url: `${s.base}/`, connections: 16, duration: 2, headers }); // warm-up
  }
  const results = Object.fromEntries(servers.map((s) => [s.name, []]));
  for (let r = 0; r < rounds; r++) {
    for (const s of servers) {
      const t0 = cpuTicks(s.pid);
      const out = await autocannon({ url: `${s.base}/`, connections, duration, headers });
      const cpu = ((cpuTicks(s.pid) - t0) * 10) / Math.max(1, out.requests.total);
      results[s.name].push({ rps: out.requests.average, cpu, errors: out.non2xx + out.errors });
      await sleep(200);
    }
    console.log(
      `round ${r + 1}: ` +
        servers.map((s) => `${s.name} ${results[s.name].at(-1).cpu.toFixed(2)} ms`).join(" | "),
    );
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(
    `\nnext ${nextVersion}, ${rounds} rounds of ${duration} s at ${connections} connections (${new Date().toISOString()})\n`,
  );
  console.log(
    "| app | bytes | scripts (without the nonce) | req/s (median) | CPU ms/req (median) | vs. bare by CPU (median of rounds) | non-2xx |",
  );
  console.log("|---|---|---|---|---|---|---|");
  for (const s of servers) {
    const mine = results[s.name];
    const ratio = median(mine.map((x, i) => results.bare[i].cpu / x.cpu));
    console.log(
      `| ${s.name} | ${s.bytes} | ${s.scripts}${s.withoutNonce === null ? "" : ` (${s.withoutNonce})`} | ${median(mine.map((x) => x.rps)).toFixed(0)} | ${median(mine.map((x) => x.cpu)).toFixed(2)} | ${(ratio * 100).toFixed(0)} % | ${mine.reduce((a, x) => a + x.errors, 0)} |`,
    );
  }
} finally {
  for (const s of servers) await s.stop();
}
