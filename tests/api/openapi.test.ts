import fs from "node:fs";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import { api, baseUrl } from "../support/api";
import { checkContract } from "../support/contract";
import { discoverRoutes } from "../support/api-routes";
import { API_TYPES_FILE, renderApiTypes } from "../../scripts/api-types";
import { runExample } from "../../examples/api-client";

// issue 11: the document is valid OpenAPI 3.1, covers exactly the route files, is what the server
// serves, and the typed client generated from it is committed and up to date and works.

const doc = buildOpenApiDocument() as unknown as {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
};

/** The route catch-all (app/api/v1/[...path]) answers 404 for unknown paths: not an operation. */
const NOT_OPERATIONS = new Set(["/api/v1/[...path]"]);

describe("the OpenAPI document", () => {
  it("validates as OpenAPI 3.1", async () => {
    const result = await new Validator().validate(doc as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? [], JSON.stringify(result.errors, null, 1)?.slice(0, 2000)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe("3.1.0");
  });

  it("has a path for every route file under app/api/v1, with its methods, and nothing else", () => {
    const fromFiles = Object.fromEntries(
      discoverRoutes()
        .filter((r) => !NOT_OPERATIONS.has(r.pattern))
        .map((r) => [
          r.pattern.replace(/\[([^\]]+)\]/g, "{$1}"),
          r.methods.map((m) => m.toLowerCase()).sort(),
        ]),
    );
    const fromDoc = Object.fromEntries(
      Object.entries(doc.paths).map(([p, item]) => [
        p,
        Object.keys(item)
          .filter((k) => ["get", "post", "put", "patch", "delete"].includes(k))
          .sort(),
      ]),
    );
    expect(fromDoc).toEqual(fromFiles);
  });

  it("is served at GET /api/v1/openapi.json (public, with an ETag and 304)", async () => {
    const res = await api("GET", "/api/v1/openapi.json");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.body).toEqual(JSON.parse(JSON.stringify(doc)));
    const etag = res.headers.get("etag");
    expect(etag).toBeTruthy();
    const again = await api("GET", "/api/v1/openapi.json", { headers: { "if-none-match": etag! } });
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
  });

  it("the contract check refuses what the document does not say", () => {
    const headers = new Headers({ "content-type": "application/json" });
    const url = `${baseUrl()}/api/v1/schools`;
    const body = JSON.stringify({ items: [{ id: 1, name: "한국대학교" }] });
    expect(() =>
      checkContract({ method: "GET", url, status: 200, headers, text: body }),
    ).not.toThrow();
    // An undocumented field, a wrong type, an undocumented status, a missing required header.
    expect(() =>
      checkContract({
        method: "GET",
        url,
        status: 200,
        headers,
        text: JSON.stringify({ items: [{ id: 1, name: "x", extra: 1 }] }),
      }),
    ).toThrow(/schema/);
    expect(() =>
      checkContract({
        method: "GET",
        url,
        status: 200,
        headers,
        text: JSON.stringify({ items: [{ id: "1", name: "x" }] }),
      }),
    ).toThrow(/schema/);
    expect(() => checkContract({ method: "GET", url, status: 418, headers, text: body })).toThrow(
      /not documented/,
    );
    const unauthenticated = JSON.stringify({
      error: { code: "UNAUTHENTICATED", message: "로그인이 필요합니다." },
    });
    expect(() =>
      checkContract({
        method: "GET",
        url: `${baseUrl()}/api/v1/me`,
        status: 401,
        headers,
        text: unauthenticated,
      }),
    ).toThrow(/WWW-Authenticate/);
    // An error code of another status.
    const wrongCode = JSON.stringify({ error: { code: "NOT_FOUND", message: "x" } });
    const www = new Headers({ "content-type": "application/json", "www-authenticate": "Bearer" });
    expect(() =>
      checkContract({
        method: "GET",
        url: `${baseUrl()}/api/v1/me`,
        status: 401,
        headers: www,
        text: wrongCode,
      }),
    ).toThrow(/schema/);
  });
});

describe("the typed client", () => {
  it(`${API_TYPES_FILE} is what \`npm run api:types\` generates from the document`, async () => {
    const committed = fs.readFileSync(API_TYPES_FILE, "utf8");
    expect(
      committed === (await renderApiTypes()),
      `${API_TYPES_FILE} is out of date: run \`npm run api:types\` and commit it`,
    ).toBe(true);
  });

  it(
    "examples/api-client.ts signs up, refreshes, posts, comments and builds a timetable against this server",
    { timeout: 60_000 },
    async () => {
      const lines: string[] = [];
      // Its requests go through the contract check too.
      const checkedFetch = async (request: Request) => {
        const method = request.method;
        const res = await fetch(request);
        checkContract({
          method,
          url: request.url,
          status: res.status,
          headers: res.headers,
          text: await res.clone().text(),
        });
        return res;
      };
      const result = await runExample({
        baseUrl: baseUrl(),
        fetch: checkedFetch,
        log: (l) => lines.push(l),
      });
      expect(result.timetable.lectures.map((l) => l.id)).toContain(result.lecture.id);
      expect(result.comment.content).toBe("첫 댓글");
      expect(lines).toHaveLength(4);
    },
  );
});
