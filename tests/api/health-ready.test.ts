import { describe, expect, it } from "vitest";
import { api } from "../support/api";

// GET /api/v1/health is liveness; GET /api/v1/health/ready is readiness for a load balancer
// (database reachable, no pending migration, one VAPID key across instances). The 503 side is in shutdown.test.ts, on a server
// of its own whose migration history it can change.
describe("GET /api/v1/health/ready", () => {
  it("is 200 with the database and migrations ok, never cached", async () => {
    const res = await api("GET", "/api/v1/health/ready");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: "ready",
      database: "ok",
      migrations: "ok",
      pushKeys: "ok",
    });
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("gives every response a request id, and keeps one the proxy sent", async () => {
    const made = await api("GET", "/api/v1/health");
    expect(made.headers.get("x-request-id")).toMatch(/^[\w.:-]{8,64}$/);
    const kept = await api("GET", "/api/v1/health", {
      headers: { "x-request-id": "abc123def456" },
    });
    expect(kept.headers.get("x-request-id")).toBe("abc123def456");
    const hostile = await api("GET", "/api/v1/health", { headers: { "x-request-id": 'a b"c' } });
    expect(hostile.headers.get("x-request-id")).not.toBe('a b"c');
  });
});
