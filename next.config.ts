import type { NextConfig } from "next";
import { API_CSP, COMMON_SECURITY_HEADERS, SERVICE_WORKER_CSP } from "./lib/http/security-headers";

const headerList = (h: Record<string, string>) =>
  Object.entries(h).map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  // NEXT_DIST_DIR: `npm test` builds into .next-test, so a running `npm start` (.next) is untouched.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Native and wasm-backed server packages are loaded by Node, not bundled.
  serverExternalPackages: [
    "better-sqlite3",
    "@node-rs/argon2",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "pg",
    "pino",
    "web-push",
  ],
  poweredByHeader: false,
  experimental: {
    // Server actions carry form fields only (photos go to POST /api/v1/uploads first): the largest,
    // a 5,000-character post with 20 photo ids, is under 20 KB. 128 KB leaves room, no more.
    serverActions: { bodySizeLimit: "128kb" },
  },
  async headers() {
    return [
      // Every response; pages add their nonce-based Content-Security-Policy in proxy.ts.
      { source: "/:path*", headers: headerList(COMMON_SECURITY_HEADERS) },
      // /api/docs is a page (the API reference): it sends the pages' policy with its own nonce.
      // A photo (GET /api/v1/uploads/:id) sends its own stricter one, `default-src 'none';
      // sandbox`, which a header set here would replace; withApi gives that route's other
      // answers (errors) this policy itself.
      {
        source: "/api/:path((?!docs$|v1/uploads/[^/]+$).*)",
        headers: headerList({ "Content-Security-Policy": API_CSP }),
      },
      // The service worker (public/sw.js): always revalidated, so a new version is picked up at
      // once; its own policy (a worker's CSP comes from its script's response).
      {
        source: "/sw.js",
        headers: headerList({
          "Cache-Control": "no-cache",
          "Content-Security-Policy": SERVICE_WORKER_CSP,
        }),
      },
    ];
  },
};

export default nextConfig;
