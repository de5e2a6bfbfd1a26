import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  guardRawRequest,
  isApiPreflight,
  isDecodablePath,
  PEER_HEADER,
  PEER_STAMP_FLAG,
  stampPeer,
} from "@/scripts/lib/raw-request-guard.mjs";
import { PEER_HEADER as APP_PEER_HEADER, STAMP_FLAG } from "@/lib/http/client-address";

// What scripts/server.mjs does with a request before Next.js sees it: the peer stamp, and the
// answers to requests Next cannot take apart (unknown methods, undecodable paths). The API
// suites check the same through the real server (tests/api/security.test.ts, cors.test.ts).

let base = "";
let server: http.Server;
const seen: { url?: string; peer?: string }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    stampPeer(req);
    if (guardRawRequest(req, res)) return;
    seen.push({ url: req.url, peer: req.headers[PEER_HEADER] as string });
    res.end("passed");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("raw-request guard", () => {
  it("uses the names the app reads", () => {
    expect(PEER_HEADER).toBe(APP_PEER_HEADER);
    expect(PEER_STAMP_FLAG).toBe(STAMP_FLAG);
  });

  it("stamps the socket's address over whatever the client sent", async () => {
    seen.length = 0;
    const res = await fetch(`${base}/api/v1`, { headers: { [PEER_HEADER]: "6.6.6.6" } });
    expect(await res.text()).toBe("passed");
    expect(seen[0].peer).toBe("127.0.0.1");
  });

  it("answers an unknown method with 405 and Allow, JSON on /api", async () => {
    const api = await fetch(`${base}/api/v1/posts`, { method: "PROPFIND" });
    expect(api.status).toBe(405);
    expect(api.headers.get("allow")).toBe("GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE");
    expect((await api.json()).error.code).toBe("METHOD_NOT_ALLOWED");
    const page = await fetch(`${base}/boards/1`, { method: "PROPFIND" });
    expect(page.status).toBe(405);
    expect(await page.text()).toBe("Method Not Allowed");
  });

  it("answers an undecodable API path with a JSON 404 and sends a page to the 404 page", async () => {
    const api = await fetch(`${base}/api/v1/posts/%C3%28`);
    expect(api.status).toBe(404);
    expect((await api.json()).error.code).toBe("NOT_FOUND");
    seen.length = 0;
    const page = await fetch(`${base}/posts/%C3%28`);
    expect(await page.text()).toBe("passed");
    expect(seen[0].url).toBe("/_not-found");
  });

  it("knows which paths decode and which OPTIONS requests are API preflights", () => {
    expect(isDecodablePath("/posts/%ED%95%9C?q=%C3%28")).toBe(true);
    expect(isDecodablePath("/posts/%C3%28")).toBe(false);
    const req = (method: string, url: string) => ({ method, url }) as http.IncomingMessage;
    expect(isApiPreflight(req("OPTIONS", "/api/v1/posts/1"))).toBe(true);
    expect(isApiPreflight(req("OPTIONS", "/api/v1"))).toBe(true);
    expect(isApiPreflight(req("OPTIONS", "/api/v10"))).toBe(false);
    expect(isApiPreflight(req("GET", "/api/v1/posts"))).toBe(false);
    expect(isApiPreflight(req("OPTIONS", "/boards/1"))).toBe(false);
  });
});
