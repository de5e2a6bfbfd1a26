import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

// issue 9.14: the callback after login is a path on this site, whatever normalisation a browser
// applies to it. Each variant here leaves the site (or could, after one more decoding) in a browser.
describe("safeCallbackUrl: every way out of the site becomes /", () => {
  const EVIL = [
    "/.//evil.example",
    "/././/evil.example",
    "/..//evil.example",
    "/a/..//evil.example",
    "/a/../..//evil.example",
    "/%2e//evil.example",
    "/%2E%2E//evil.example",
    "/.%2F/evil.example",
    "/%2F/evil.example",
    "/%2f%2fevil.example",
    "/%5C/evil.example",
    "/%5cevil.example",
    "/\\evil.example",
    "/.\\/evil.example",
    "/./\\evil.example",
    "\\/evil.example",
    "//evil.example",
    "///evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r/evil.example",
    "/\u0000/evil.example",
    "/\u001f/evil.example",
    "/ /evil.example".replace(" ", "\u007f"),
    "https://evil.example",
    "http:/evil.example",
    "javascript:alert(1)",
    "data:text/html,x",
    " /me",
    "me",
    "",
    "/login",
    "/signup?x=1",
    "/login#x",
    "/api/v1/me",
    "/" + "a".repeat(2001),
  ];
  for (const raw of EVIL) {
    it(`refuses ${JSON.stringify(raw).slice(0, 60)}`, () => {
      expect(safeCallbackUrl(raw)).toBe("/");
    });
  }

  it("refuses what is not a string", () => {
    for (const v of [undefined, null, 1, ["/me"], { toString: () => "/me" }])
      expect(safeCallbackUrl(v)).toBe("/");
  });

  it("keeps ordinary paths, normalised", () => {
    expect(safeCallbackUrl("/me")).toBe("/me");
    expect(safeCallbackUrl("/boards/3?page=2#top")).toBe("/boards/3?page=2#top");
    expect(safeCallbackUrl("/boards/./3")).toBe("/boards/3");
    expect(safeCallbackUrl("/posts/1?q=a//b")).toBe("/posts/1?q=a//b");
    expect(safeCallbackUrl("/lectures?q=%ED%95%9C")).toBe("/lectures?q=%ED%95%9C");
  });

  it("whatever it answers resolves to this site", () => {
    for (const raw of EVIL) {
      const out = safeCallbackUrl(raw);
      expect(new URL(out, "https://campustime.example").origin).toBe("https://campustime.example");
    }
  });
});
