import "server-only";
import { newNonce, pageCsp } from "@/lib/http/page-csp.mjs";
import { swaggerVersion } from "./swagger-assets";

// GET /api/docs: the interactive API reference (Swagger UI) rendered from /api/v1/openapi.json.
// The server gives pages, not /api/*, their policy (scripts/server.mjs), so this page makes its own
// nonce and sends the pages' own Content-Security-Policy (lib/http/page-csp.mjs) with it: the
// bundle and the few lines that start it carry the nonce; nothing is evaluated from strings.

const escapeAttr = (s: string) => s.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

export function apiDocsResponse(): Response {
  const nonce = newNonce();
  const v = encodeURIComponent(swaggerVersion());
  const n = escapeAttr(nonce);
  const html = `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>API 문서 · Campustime</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css?v=${v}">
<style>
  body { margin: 0; background: #fff; }
  .ct-bar { display: flex; gap: 1rem; align-items: center; padding: .75rem 1rem; border-bottom: 1px solid #e5e7eb; font: 14px/1.4 system-ui, sans-serif; }
  .ct-bar a { color: #c62917; text-decoration: none; font-weight: 600; }
  .ct-bar span { color: #6b7280; }
  .swagger-ui .topbar { display: none; }
  @media (max-width: 480px) { .swagger-ui .wrapper { padding: 0 8px; } .swagger-ui .info { margin: 24px 0; } }
</style>
</head>
<body>
<nav class="ct-bar"><a href="/">Campustime</a><span>API 문서</span><a href="/api/v1/openapi.json">openapi.json</a></nav>
<main id="swagger-ui"></main>
<script nonce="${n}" src="/api/docs/swagger-ui-bundle.js?v=${v}"></script>
<script nonce="${n}">
window.ui = SwaggerUIBundle({
  url: "/api/v1/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  docExpansion: "list",
  defaultModelsExpandDepth: 0,
  tryItOutEnabled: false,
  persistAuthorization: false,
  presets: [SwaggerUIBundle.presets.apis],
  layout: "BaseLayout"
});
</script>
</body>
</html>
`;
  return new Response(html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": pageCsp(nonce),
      // A fresh nonce per answer: never cached.
      "Cache-Control": "no-store",
    },
  });
}
