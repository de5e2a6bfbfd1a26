import fs from "node:fs";
import path from "node:path";

// Every /api/v1 route, found from app/api/v1/**/route.ts, with the methods its file exports: the
// suites that must cover every route (fuzz, CORS preflights) walk this list, so a new route is
// covered without touching them.

export const API_DIR = path.resolve("app/api/v1");
export const KNOWN_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type Method = (typeof KNOWN_METHODS)[number];
export type Route = { pattern: string; segments: string[]; methods: Method[]; file: string };

export function discoverRoutes(): Route[] {
  const routes: Route[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const source = fs.readFileSync(full, "utf8");
        const exported = [
          ...source.matchAll(/export\s+(?:const|async\s+function|function)\s+([A-Z]+)\b/g),
        ].map((m) => m[1]);
        for (const m of source.matchAll(/export\s*\{([^}]*)\}/g))
          exported.push(
            ...m[1].split(",").map((s) =>
              s
                .trim()
                .split(/\s+as\s+/)
                .pop()!,
            ),
          );
        const unknown = exported.filter(
          (m) => /^[A-Z]+$/.test(m) && !(KNOWN_METHODS as readonly string[]).includes(m),
        );
        if (unknown.length)
          throw new Error(
            `${full} exports ${unknown.join(", ")}: teach tests/support/api-routes.ts (and the suites using it) to address it`,
          );
        const rel = path.relative(API_DIR, path.dirname(full)).split(path.sep).filter(Boolean);
        routes.push({
          pattern: `/api/v1/${rel.join("/")}`.replace(/\/$/, ""),
          segments: rel,
          methods: exported.filter((m): m is Method =>
            (KNOWN_METHODS as readonly string[]).includes(m),
          ),
          file: path.relative(process.cwd(), full),
        });
      }
    }
  };
  walk(API_DIR);
  return routes.sort((a, b) => a.pattern.localeCompare(b.pattern));
}
