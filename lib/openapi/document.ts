import { createDocument, type ZodOpenApiObject } from "zod-openapi";
import { SESSION_COOKIE_BASE } from "@/lib/auth/session-cookie";
import { paths } from "./paths";
import { errorSchema } from "./operation";

// GET /api/v1/openapi.json: the OpenAPI 3.1 document, generated from the zod schemas the handlers
// validate with (lib/openapi/paths.ts). Built once per process: it touches no database.

const DESCRIPTION = `Campustime's public JSON API (에브리타임-style boards, comments, timetables, lectures, friends, 쪽지, 알림).

- **Authentication**: \`Authorization: Bearer <accessToken>\` from \`POST /api/v1/auth/token\` (30 minutes);
  \`POST /api/v1/auth/refresh\` rotates the HttpOnly \`refresh_token\` cookie (14 days, path \`/api/v1/auth\`).
  The browser's session cookie is accepted too (same-origin writes only).
- **Lists** take \`?limit=\` (1–100, default 20) and \`?cursor=\` and answer \`{ items, nextCursor }\`.
- **Errors** always have one shape: \`{ "error": { "code", "message", "fields"?, "details"? } }\`.
- **Limits**: JSON bodies ≤ 64 KB (uploads 10 MB); writes are rate limited (429 with \`Retry-After\`, and \`RateLimit-*\` headers).

See docs/API.md in the repository for the flows with curl examples.`;

export function buildOpenApiDocument() {
  const doc: ZodOpenApiObject = {
    openapi: "3.1.0",
    info: { title: "Campustime API", version: "1", description: DESCRIPTION },
    servers: [{ url: "/", description: "This server" }],
    tags: [
      { name: "Discovery" },
      { name: "Health" },
      { name: "Auth" },
      { name: "Me" },
      { name: "Schools" },
      { name: "Boards" },
      { name: "Posts" },
      { name: "Comments" },
      { name: "Uploads" },
      { name: "Lectures" },
      { name: "Timetables" },
      { name: "Friends" },
      { name: "Grades" },
      { name: "Messages" },
      { name: "Notifications" },
      {
        name: "Push",
        description: "Web Push: VAPID key, subscriptions, which 알림 kinds are pushed.",
      },
      { name: "Reports" },
      { name: "Admin" },
    ],
    security: [{ bearerAuth: [] }, { sessionCookie: [] }],
    paths,
    components: {
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "JWT",
          description: "The accessToken of POST /api/v1/auth/token or /auth/refresh.",
        },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: SESSION_COOKIE_BASE,
          description: "The browser's session (same-origin writes only).",
        },
        refreshCookie: {
          type: "apiKey",
          in: "cookie",
          name: "refresh_token",
          description:
            "HttpOnly, SameSite=Strict, Path=/api/v1/auth; set by /auth/token, rotated by /auth/refresh.",
        },
      },
      schemas: { Error: errorSchema },
    },
  };
  return createDocument(doc);
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;

let built: OpenApiDocument | undefined;

/** The document, built on first use and kept for the life of the process. */
export function openApiDocument(): OpenApiDocument {
  built ??= buildOpenApiDocument();
  return built;
}
