import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppResponse } from "@/scripts/lib/app-response.mjs";

// The server's response class (scripts/server.mjs passes it to http.createServer). Next.js
// flushes a response's headers right before writing its first chunk
// (next/dist/server/pipe-readable.js): with AppResponse the headers leave with that chunk, one
// socket write per small response instead of two; headers flushed with nothing written after
// them still go out on their own. An answer marked as a CORS preflight gets the preflight
// headers with the route's `Allow` as its methods.

type Handler = (req: http.IncomingMessage, res: AppResponse) => void;
let handler: Handler = () => {};
const servers: http.Server[] = [];

async function serve(options: http.ServerOptions): Promise<string> {
  const server = http.createServer(options, (req, res) => handler(req, res as AppResponse));
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

let withClass = "";
let plain = "";
beforeAll(async () => {
  withClass = await serve({ ServerResponse: AppResponse as typeof http.ServerResponse });
  plain = await serve({});
});

afterAll(() =>
  Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r())))).then(() => {}),
);

/** Counts the socket writes (single or vectored) a response makes. */
function countWrites(res: http.ServerResponse): () => number {
  const socket = res.socket as unknown as {
    _write: (...a: unknown[]) => unknown;
    _writev: (...a: unknown[]) => unknown;
  };
  let n = 0;
  const write = socket._write.bind(socket);
  const writev = socket._writev.bind(socket);
  socket._write = (...a) => (n++, write(...a));
  socket._writev = (...a) => (n++, writev(...a));
  return () => n;
}

async function writesOfNextLikeResponse(base: string): Promise<number> {
  let writes = () => 0;
  handler = (_req, res) => {
    writes = countWrites(res);
    res.setHeader("content-type", "application/json");
    res.flushHeaders(); // what Next.js does before its first chunk
    res.write('{"ok":true}');
    res.end();
  };
  const res = await fetch(`${base}/`);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/json");
  expect(await res.json()).toEqual({ ok: true });
  return writes();
}

describe("AppResponse", () => {
  it("sends the headers with the first chunk written in the same tick: one socket write", async () => {
    expect(await writesOfNextLikeResponse(withClass)).toBe(1);
    // Node's own ServerResponse makes two, which is what the class is for.
    expect(await writesOfNextLikeResponse(plain)).toBe(2);
  });

  it("still flushes headers on their own when no body follows in the tick", async () => {
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    handler = (_req, res) => {
      res.setHeader("x-early", "yes");
      res.flushHeaders();
      void held.then(() => res.end("later"));
    };
    // The response (status and headers) arrives while the server still holds the body.
    const res = await fetch(`${withClass}/`);
    expect(res.headers.get("x-early")).toBe("yes");
    release();
    expect(await res.text()).toBe("later");
  });

  it("gives a preflight answer the CORS headers with the route's Allow, and nothing else", async () => {
    handler = (req, res) => {
      res.answersPreflight = req.url === "/preflight";
      res.statusCode = 204;
      res.setHeader("Allow", "DELETE, GET, HEAD, OPTIONS");
      res.end();
    };
    const pre = await fetch(`${withClass}/preflight`, { method: "OPTIONS" });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBe("*");
    expect(pre.headers.get("access-control-allow-methods")).toBe("DELETE, GET, HEAD, OPTIONS");
    expect(pre.headers.get("access-control-allow-headers")).toBe(
      "Authorization, Content-Type, If-None-Match",
    );
    expect(pre.headers.get("access-control-max-age")).toBe("7200");
    const other = await fetch(`${withClass}/other`, { method: "OPTIONS" });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("leaves an error answer to a preflight without CORS headers", async () => {
    handler = (_req, res) => {
      res.answersPreflight = true;
      res.writeHead(404, { Allow: "GET" });
      res.end();
    };
    const res = await fetch(`${withClass}/x`, { method: "OPTIONS" });
    expect(res.status).toBe(404);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });
});
