import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installCoalescedHeaderFlush } from "@/lib/http/coalesce-header-flush";

// Next.js flushes a response's headers right before writing its first chunk
// (next/dist/server/pipe-readable.js). Installed, the headers leave with that chunk: one socket
// write per small response instead of two. Headers flushed with nothing written after them still
// go out on their own.

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;
let handler: Handler = () => {};
let server: http.Server;
let base = "";

beforeAll(async () => {
  installCoalescedHeaderFlush();
  server = http.createServer((req, res) => handler(req, res));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

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

describe("coalesced header flush", () => {
  it("sends the headers with the first chunk written in the same tick: one socket write", async () => {
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
    expect(writes()).toBe(1);
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
    const res = await fetch(`${base}/`);
    expect(res.headers.get("x-early")).toBe("yes");
    release();
    expect(await res.text()).toBe("later");
  });
});
