import { beforeAll, describe, expect, it } from "vitest";
import { api, createUser, firstSchoolIds, type TestUser } from "../support/api";
import { boardsOf, sessionCookie, writePost } from "../support/community";
import { discoverRoutes, KNOWN_METHODS as METHODS, type Route } from "../support/api-routes";

// CORS on /api/v1 (SPEC, "API discovery and conventions"; docs/API.md, "CORS"): Bearer clients
// may call from any origin, preflight included, never with credentials; an answer to a request
// whose only credential is the session cookie stays unreadable to other origins.

const ELSEWHERE = "https://side-project.example";

let hanbit: number;
let boards: Awaited<ReturnType<typeof boardsOf>>;
let user: TestUser;

beforeAll(async () => {
  [hanbit] = await firstSchoolIds();
  boards = await boardsOf(hanbit);
  user = await createUser({ schoolId: hanbit });
});

function expectOpenToScripts(headers: Headers) {
  expect(headers.get("access-control-allow-origin")).toBe("*");
  expect(headers.get("access-control-allow-credentials")).toBeNull();
  const exposed = (headers.get("access-control-expose-headers") ?? "").toLowerCase();
  for (const h of [
    "etag",
    "ratelimit-limit",
    "ratelimit-remaining",
    "ratelimit-reset",
    "retry-after",
    "www-authenticate",
  ])
    expect(exposed).toContain(h);
}

const preflight = (p: string, method: string, requestHeaders = "authorization, content-type") =>
  api("OPTIONS", p, {
    headers: {
      origin: ELSEWHERE,
      "access-control-request-method": method,
      "access-control-request-headers": requestHeaders,
    },
  });

/** A URL of the route: a sample value for each dynamic segment. */
const sampleUrl = (route: Route) =>
  "/" +
  ["api", "v1", ...route.segments]
    .map((s) =>
      s.startsWith("[...")
        ? "no/such/route"
        : s === "[semester]"
          ? "2026-1"
          : s === "[file]"
            ? "token.ics"
            : s.startsWith("[")
              ? "1"
              : s,
    )
    .join("/");

describe("preflight (OPTIONS)", () => {
  it("answers for every /api/v1 route with that route's own methods, without credentials", async () => {
    const all = discoverRoutes();
    expect(all.length).toBeGreaterThan(50);
    for (const { methods, ...route } of all.map((r) => ({ ...r, url: sampleUrl(r) }))) {
      expect(methods.length, route.url).toBeGreaterThan(0);
      const res = await preflight(route.url, methods.at(-1)!);
      expect(res.status, route.url).toBe(204);
      expect(res.headers.get("access-control-allow-origin"), route.url).toBe("*");
      expect(res.headers.get("access-control-allow-credentials"), route.url).toBeNull();
      const allowed = new Set(
        (res.headers.get("access-control-allow-methods") ?? "").split(",").map((m) => m.trim()),
      );
      for (const m of METHODS)
        expect(allowed.has(m), `${route.url} ${m}`).toBe(methods.includes(m));
      expect(res.headers.get("allow"), route.url).toBe(
        res.headers.get("access-control-allow-methods"),
      );
      const allowedHeaders = (res.headers.get("access-control-allow-headers") ?? "").toLowerCase();
      expect(allowedHeaders, route.url).toContain("authorization");
      expect(allowedHeaders, route.url).toContain("content-type");
      expect(Number(res.headers.get("access-control-max-age")), route.url).toBeGreaterThan(0);
      expect(res.text, route.url).toBe("");
    }
  });

  it("a post's preflight: PATCH and DELETE are there, POST is not", async () => {
    const res = await preflight("/api/v1/posts/1", "PATCH");
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-methods")).toBe(
      "DELETE, GET, HEAD, OPTIONS, PATCH",
    );
  });

  it("an unknown method is still refused", async () => {
    const res = await api("PROPFIND", "/api/v1/posts", { headers: { origin: ELSEWHERE } });
    expect(res.status).toBe(405);
  });
});

describe("Bearer requests from another origin", () => {
  it("reads: the answer is open to the calling script, tag and limits included", async () => {
    const post = await writePost(user, boards.free);
    const res = await api("GET", `/api/v1/posts/${post.id}`, {
      token: user.token,
      headers: { origin: ELSEWHERE },
    });
    expect(res.status).toBe(200);
    expectOpenToScripts(res.headers);
    expect(res.headers.get("etag")).toBeTruthy();
  });

  it("writes pass (no CSRF for Bearer) and say their limits", async () => {
    const res = await api("POST", `/api/v1/boards/${boards.free}/posts`, {
      token: user.token,
      headers: { origin: ELSEWHERE, "sec-fetch-site": "cross-site" },
      body: { title: "다른 곳에서", content: "Bearer로 쓴 글", isAnonymous: false },
    });
    expect(res.status).toBe(201);
    expectOpenToScripts(res.headers);
    expect(res.headers.get("ratelimit-remaining")).toBeTruthy();
  });

  it("errors are readable too (a client must see the 401 and its WWW-Authenticate)", async () => {
    const res = await api("GET", "/api/v1/me", { headers: { origin: ELSEWHERE } });
    expect(res.status).toBe(401);
    expectOpenToScripts(res.headers);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
    const notFound = await api("GET", "/api/v1/no/such/route", { headers: { origin: ELSEWHERE } });
    expect(notFound.status).toBe(404);
    expectOpenToScripts(notFound.headers);
  });

  it("the API index is open to everyone", async () => {
    const res = await api("GET", "/api/v1", { headers: { origin: ELSEWHERE } });
    expect(res.status).toBe(200);
    expectOpenToScripts(res.headers);
  });
});

describe("the session cookie stays same-origin", () => {
  it("an answer to a cookie-only request has no CORS headers, so another origin cannot read it", async () => {
    const cookie = await sessionCookie(user);
    const res = await api("GET", "/api/v1/me", {
      headers: { cookie, origin: ELSEWHERE, "sec-fetch-site": "cross-site" },
    });
    expect(res.status).toBe(200); // the server answers; the browser will not show it to the other page
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect(res.headers.get("access-control-allow-credentials")).toBeNull();
    // Our own pages read it as before.
    const own = await api("GET", "/api/v1/me", {
      headers: { cookie, "sec-fetch-site": "same-origin" },
    });
    expect(own.status).toBe(200);
    expect(own.body.email).toBe(user.email);
  });

  it("a cross-site write with the cookie is refused", async () => {
    const cookie = await sessionCookie(user);
    const res = await api("POST", `/api/v1/boards/${boards.free}/posts`, {
      headers: { cookie, origin: ELSEWHERE, "sec-fetch-site": "cross-site" },
      body: { title: "위조", content: "위조된 글", isAnonymous: false },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });
});
