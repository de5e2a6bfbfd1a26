import { describe, expect, it } from "vitest";
import { conditionalJson, etagOf, ifNoneMatchMatches } from "@/lib/http/conditional";
import { corsHeaders } from "@/lib/http/cors";

// The pieces withApi uses for ETag/304 and CORS (the API suites check them over HTTP:
// tests/api/http-caching.test.ts, tests/api/cors.test.ts).

describe("If-None-Match (RFC 9110 §13.1.2, weak comparison)", () => {
  const tag = etagOf("{}");
  it.each([
    [tag, true],
    [`W/${tag}`, true],
    [`"a", ${tag}`, true],
    [`W/"a",W/${tag} , "b"`, true],
    ["*", true],
    [" * ", true],
    ['"a"', false],
    ['"a,b"', false],
    ["", false],
    ["not a tag", false],
    [tag.slice(1, -1), false], // unquoted
  ])("%j → %s", (header, match) => {
    expect(ifNoneMatchMatches(header, tag)).toBe(match);
  });
  it("a missing header never matches", () => expect(ifNoneMatchMatches(null, tag)).toBe(false));
  it("a tag with a comma inside its quotes is one tag", () => {
    expect(ifNoneMatchMatches('"x,y"', '"x,y"')).toBe(true);
    expect(ifNoneMatchMatches('"x,y"', '"x"')).toBe(false);
  });
});

describe("conditionalJson", () => {
  const req = (headers: Record<string, string> = {}) =>
    new Request("http://x/api/v1/posts", { headers });
  it("answers the body with its tag, then a bodiless 304 for that tag", async () => {
    const first = conditionalJson(req(), { items: [1, 2], nextCursor: null });
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("application/json");
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    expect(await first.text()).toBe('{"items":[1,2],"nextCursor":null}');
    const etag = first.headers.get("etag")!;
    expect(etag).toBe(etagOf(Buffer.from('{"items":[1,2],"nextCursor":null}')));
    const again = conditionalJson(req({ "if-none-match": etag }), {
      items: [1, 2],
      nextCursor: null,
    });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe("");
    expect(
      conditionalJson(req({ "if-none-match": etag }), { items: [1, 2, 3], nextCursor: null })
        .status,
    ).toBe(200);
  });
  it("tags the bytes: Korean text included, equal bodies equal tags", () => {
    expect(etagOf("익명")).toBe(etagOf(Buffer.from("익명")));
    expect(etagOf("익명")).not.toBe(etagOf("익명2"));
  });
});

describe("corsHeaders", () => {
  const req = (headers: Record<string, string>) => new Request("http://x/api/v1/me", { headers });
  it("opens Bearer and credential-less requests to every origin, without credentials", () => {
    const cases: Record<string, string>[] = [
      { authorization: "Bearer t" },
      {},
      { authorization: "Bearer t", cookie: "authjs.session-token=s" },
      { cookie: "theme=dark" },
    ];
    for (const h of cases) {
      const cors = corsHeaders(req(h));
      expect(cors["Access-Control-Allow-Origin"]).toBe("*");
      expect(cors).not.toHaveProperty("Access-Control-Allow-Credentials");
      expect(cors["Access-Control-Expose-Headers"]).toContain("ETag");
    }
  });
  it("gives a request authenticated by the session cookie alone no CORS headers", () => {
    for (const cookie of [
      "authjs.session-token=s",
      "a=1; __Secure-authjs.session-token=s",
      "authjs.session-token.0=s",
    ]) {
      expect(corsHeaders(req({ cookie }))).toEqual({});
    }
  });
});
