import { describe, expect, it } from "vitest";
import { api } from "../support/api";

describe("GET /api/v1/health", () => {
  it("answers ok with a database round trip", async () => {
    const res = await api("GET", "/api/v1/health");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "ok", database: "ok" });
  });
});

describe("GET /api/v1/schools", () => {
  it("lists the schools without signing in", async () => {
    const res = await api("GET", "/api/v1/schools");
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThanOrEqual(2);
    for (const school of res.body.items) {
      expect(Object.keys(school).sort()).toEqual(["id", "name"]);
      expect(Number.isInteger(school.id)).toBe(true);
    }
  });

  it("ignores a bad bearer token on a public route", async () => {
    const res = await api("GET", "/api/v1/schools", { token: "not-a-jwt" });
    expect(res.status).toBe(200);
  });
});

describe("unknown API paths", () => {
  it("answer 404", async () => {
    const res = await api("GET", "/api/v1/no-such-thing");
    expect(res.status).toBe(404);
  });
});
