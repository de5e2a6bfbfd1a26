import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { DEMO, signInAs } from "./support/auth";

// CORS as a real browser applies it (docs/API.md, "CORS"): a page of another origin (a tiny
// server on a port the system picks, same host: the same site, so the browser does send our Lax
// session cookie along with credentials: "include") may call the API with a Bearer token,
// preflight included, and read the answer and its ETag; the same call carrying only our session
// cookie is not readable there.

let sideProject: http.Server;
test.beforeAll(async () => {
  sideProject = http.createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end("<!doctype html><title>side project</title><p>다른 곳</p>");
  });
  await new Promise<void>((resolve) => sideProject.listen(0, "127.0.0.1", resolve));
});
test.afterAll(() => new Promise<void>((resolve) => sideProject.close(() => resolve())));

test("a page of another origin: Bearer calls work, the session cookie does not leak", async ({
  page,
  baseURL,
}) => {
  const other = `http://127.0.0.1:${(sideProject.address() as AddressInfo).port}/`;

  await signInAs(page, DEMO.hanbit); // the browser now holds our session cookie
  const token = await page.request
    .post("/api/v1/auth/token", { data: DEMO.hanbit })
    .then(async (r) => ((await r.json()) as { accessToken: string }).accessToken);

  await page.goto(other);
  const seen = await page.evaluate(
    async ({ base, token }) => {
      const attempt = async (url: string, init: RequestInit) => {
        try {
          const res = await fetch(url, init);
          return {
            status: res.status,
            etag: res.headers.get("etag"),
            remaining: res.headers.get("ratelimit-remaining"),
            body: await res.text(),
          };
        } catch (e) {
          return { error: String(e) };
        }
      };
      return {
        bearer: await attempt(`${base}/api/v1/me`, {
          headers: { Authorization: `Bearer ${token}` },
        }),
        // Not a simple request: the browser asks first (OPTIONS), then sends it.
        bearerWrite: await attempt(`${base}/api/v1/boards/999999/posts`, {
          method: "POST",
          headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
          body: JSON.stringify({ title: "다른 곳에서", content: "본문", isAnonymous: true }),
        }),
        cookie: await attempt(`${base}/api/v1/me`, { credentials: "include" }),
        nothing: await attempt(`${base}/api/v1/me`, {}),
      };
    },
    { base: baseURL!.replace(/\/$/, ""), token },
  );

  expect(seen.bearer).toMatchObject({ status: 200 });
  expect(seen.bearer.body).toContain(DEMO.hanbit.email);
  expect(seen.bearer.etag).toMatch(/^"[\w-]+"$/);
  expect(seen.bearerWrite).toMatchObject({ status: 404 }); // it got through the preflight to the handler
  expect(seen.cookie).toEqual({ error: expect.stringContaining("Failed to fetch") });
  expect(seen.nothing).toMatchObject({ status: 401 });
});
