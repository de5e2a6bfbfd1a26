import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // NEXT_DIST_DIR: `npm test` builds into .next-test, so a running `npm start` (.next) is untouched.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Native and wasm-backed server packages are loaded by Node, not bundled.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "pino"],
  poweredByHeader: false,
  experimental: {
    serverActions: { bodySizeLimit: "12mb" },
  },
};

export default nextConfig;
