import { describe, expect, it } from "vitest";
import {
  findSessionCookie,
  hasSessionCookie,
  isSessionCookieName,
} from "@/lib/auth/session-cookie";

// The one definition of next-auth's session cookie name (proxy, CSRF guard, CORS, session reader).

describe("session cookie name", () => {
  it("knows the plain, the HTTPS-prefixed and the chunked names, and nothing else", () => {
    for (const name of [
      "authjs.session-token",
      "__Secure-authjs.session-token",
      "authjs.session-token.0",
      "__Secure-authjs.session-token.12",
    ])
      expect(isSessionCookieName(name), name).toBe(true);
    for (const name of [
      "authjs.session-tokens",
      "authjsXsession-token",
      "x-authjs.session-token",
      "authjs.session-token.",
      "authjs.session-token.a",
      "__Host-authjs.session-token",
      "authjs.csrf-token",
    ])
      expect(isSessionCookieName(name), name).toBe(false);
  });

  it("finds a non-empty session cookie in a Cookie header", () => {
    expect(hasSessionCookie("authjs.session-token=s")).toBe(true);
    expect(hasSessionCookie("a=1; __Secure-authjs.session-token=s")).toBe(true);
    expect(hasSessionCookie("a=1;authjs.session-token.0=s")).toBe(true);
    expect(hasSessionCookie("authjs.session-token=")).toBe(false);
    expect(hasSessionCookie("authjs.session-token=; theme=dark")).toBe(false);
    expect(hasSessionCookie("theme=authjs.session-token=s")).toBe(false);
    expect(hasSessionCookie("")).toBe(false);
    expect(hasSessionCookie(null)).toBe(false);
  });

  it("joins a chunked cookie in chunk order and prefers the HTTPS name", () => {
    expect(
      findSessionCookie([
        { name: "authjs.session-token.1", value: "b" },
        { name: "other", value: "x" },
        { name: "authjs.session-token.0", value: "a" },
        { name: "authjs.session-token.10", value: "c" },
      ]),
    ).toEqual({ name: "authjs.session-token", value: "abc" });
    expect(
      findSessionCookie([
        { name: "authjs.session-token", value: "plain" },
        { name: "__Secure-authjs.session-token", value: "secure" },
      ]),
    ).toEqual({ name: "__Secure-authjs.session-token", value: "secure" });
    expect(findSessionCookie([{ name: "authjs.session-token", value: "" }])).toBeNull();
  });
});
