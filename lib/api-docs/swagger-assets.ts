import "server-only";
import fs from "node:fs";
import path from "node:path";

// The reference page's script and stylesheet, served from our own origin (no CDN: /api/docs works
// offline and under the pages' Content-Security-Policy). They are read from the installed
// swagger-ui-dist package once per process and kept in memory.

const ASSETS = {
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "swagger-ui.css": "text/css; charset=utf-8",
} as const;

export type SwaggerAsset = keyof typeof ASSETS;

const DIST = path.join(process.cwd(), "node_modules", "swagger-ui-dist");

let version: string | undefined;
/** swagger-ui-dist's version: part of the asset URLs, so a new version is a new URL. */
export function swaggerVersion(): string {
  version ??= (
    JSON.parse(fs.readFileSync(path.join(DIST, "package.json"), "utf8")) as { version: string }
  ).version;
  return version;
}

const cache = new Map<SwaggerAsset, Buffer>();

function isAsset(name: string): name is SwaggerAsset {
  return Object.hasOwn(ASSETS, name);
}

/** GET /api/docs/:asset — one of the allowed files, or 404. */
export function swaggerAssetResponse(name: string, req: Request): Response {
  if (!isAsset(name))
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  let bytes = cache.get(name);
  if (!bytes) {
    // The source-map comment points at a file we do not serve.
    const text = fs
      .readFileSync(path.join(DIST, name), "utf8")
      .replace(/\n\/[/*]# sourceMappingURL=\S+(?: \*\/)?\s*$/, "\n");
    bytes = Buffer.from(text);
    cache.set(name, bytes);
  }
  const etag = `"${swaggerVersion()}-${name}"`;
  const headers = {
    ETag: etag,
    "Cache-Control": "public, max-age=86400",
    "Content-Type": ASSETS[name],
  };
  if (req.headers.get("if-none-match") === etag)
    return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(bytes), { headers });
}
