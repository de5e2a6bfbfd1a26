import { beforeAll, describe, expect, it } from "vitest";
import { api, baseUrl, createUser, firstSchoolIds, type TestUser } from "../support/api";
import { boardsOf, writePost } from "../support/community";

// ETag and conditional GETs on /api/v1 (SPEC, "API discovery and conventions"; docs/API.md,
// "Caching and conditional requests"): every 200 GET of a resource or a list carries an ETag
// and `Cache-Control: private, no-cache`; If-None-Match with it answers 304 without a body.
// Errors, writes and the event stream carry none.

let hanbit: number;
let boards: Awaited<ReturnType<typeof boardsOf>>;
let author: TestUser;
let reader: TestUser;
let post: { id: number };

beforeAll(async () => {
  [hanbit] = await firstSchoolIds();
  boards = await boardsOf(hanbit);
  [author, reader] = await Promise.all([
    createUser({ schoolId: hanbit }),
    createUser({ schoolId: hanbit }),
  ]);
  post = await writePost(author, boards.free);
});

const ETAG = /^"[A-Za-z0-9_-]{27}"$/; // a quoted base64url SHA-1

const get = (path: string, token: string, headers: Record<string, string> = {}) =>
  api("GET", path, { token, headers });

describe("ETag on GET answers", () => {
  it("a single resource: stable tag, private and revalidated, 304 for If-None-Match", async () => {
    const first = await get(`/api/v1/posts/${post.id}`, reader.token);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(ETAG);
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    expect((await get(`/api/v1/posts/${post.id}`, reader.token)).headers.get("etag")).toBe(etag);

    const again = await get(`/api/v1/posts/${post.id}`, reader.token, { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("cache-control")).toBe("private, no-cache");
    expect(again.headers.get("content-type")).toBeNull();
  });

  it("a list: the tag changes when the list does, and the old tag gets the new body", async () => {
    const path = `/api/v1/boards/${boards.free}/posts?limit=5`;
    const before = await get(path, reader.token);
    expect(before.status).toBe(200);
    const etag = before.headers.get("etag")!;
    expect(etag).toMatch(ETAG);
    expect((await get(path, reader.token, { "if-none-match": etag })).status).toBe(304);

    const added = await writePost(author, boards.free);
    const after = await get(path, reader.token, { "if-none-match": etag });
    expect(after.status).toBe(200);
    expect(after.body.items[0].id).toBe(added.id);
    expect(after.headers.get("etag")).toMatch(ETAG);
    expect(after.headers.get("etag")).not.toBe(etag);
  });

  it("If-None-Match lists, weak tags and `*` (RFC 9110, weak comparison)", async () => {
    const path = `/api/v1/posts/${post.id}`;
    const etag = (await get(path, reader.token)).headers.get("etag")!;
    const status = async (inm: string) =>
      (await get(path, reader.token, { "if-none-match": inm })).status;
    expect(await status(`"other", ${etag}`)).toBe(304);
    expect(await status(`W/"other",W/${etag}`)).toBe(304);
    expect(await status(`W/${etag}`)).toBe(304); // as a compressing proxy passes it on
    expect(await status("*")).toBe(304);
    expect(await status(`"other"`)).toBe(200);
    expect(await status(etag.slice(0, -2) + `"`)).toBe(200);
    expect(await status("garbage, not a tag")).toBe(200);
  });

  it("the body depends on the viewer, and so does the tag", async () => {
    const path = `/api/v1/posts/${post.id}`;
    const mine = await get(path, author.token);
    const theirs = await get(path, reader.token);
    expect(mine.body.isMine).toBe(true);
    expect(theirs.body.isMine).toBe(false);
    expect(mine.headers.get("etag")).not.toBe(theirs.headers.get("etag"));
    // The author's tag is not the reader's representation: the reader gets the full answer.
    const crossed = await get(path, reader.token, { "if-none-match": mine.headers.get("etag")! });
    expect(crossed.status).toBe(200);
    expect(crossed.body.isMine).toBe(false);
  });

  it("HEAD carries the GET's tag and no body", async () => {
    const path = `/api/v1/posts/${post.id}`;
    const etag = (await get(path, reader.token)).headers.get("etag");
    const head = await api("HEAD", path, { token: reader.token });
    expect(head.status).toBe(200);
    expect(head.text).toBe("");
    expect(head.headers.get("etag")).toBe(etag);
  });

  it("GET /api/v1 is public and cacheable, with its own tag", async () => {
    const index = await api("GET", "/api/v1");
    expect(index.status).toBe(200);
    expect(index.body.name).toBe("Campustime API");
    expect(index.headers.get("cache-control")).toBe("public, max-age=300");
    const etag = index.headers.get("etag")!;
    expect(etag).toMatch(ETAG);
    const again = await api("GET", "/api/v1", { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
  });
});

describe("no ETag where there is nothing to revalidate", () => {
  it("errors are never stored and carry no tag", async () => {
    const missing = await get("/api/v1/posts/999999999", reader.token);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("etag")).toBeNull();
    expect(missing.headers.get("cache-control")).toBe("no-store");

    const anonymous = await api("GET", `/api/v1/posts/${post.id}`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("etag")).toBeNull();
    expect(anonymous.headers.get("cache-control")).toBe("no-store");

    // A tag from another answer does not turn an error into a 304.
    const etag = (await get(`/api/v1/posts/${post.id}`, reader.token)).headers.get("etag")!;
    expect(
      (await api("GET", `/api/v1/posts/${post.id}`, { headers: { "if-none-match": etag } })).status,
    ).toBe(401);
    expect((await get("/api/v1/posts/abc", reader.token, { "if-none-match": "*" })).status).toBe(
      404,
    );
  });

  it("writes carry no tag and are not stored", async () => {
    const res = await api("POST", `/api/v1/posts/${post.id}/comments`, {
      token: reader.token,
      body: { content: "댓글", isAnonymous: true },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get("etag")).toBeNull();
    expect(res.headers.get("cache-control")).toBe("no-store");
    const liked = await api("PUT", `/api/v1/posts/${post.id}/like`, { token: reader.token });
    expect(liked.status).toBe(200);
    expect(liked.headers.get("etag")).toBeNull();
    expect(liked.headers.get("cache-control")).toBe("no-store");
  });

  it("the notification stream has no tag (and If-None-Match does not stop it)", async () => {
    const controller = new AbortController();
    const res = await fetch(`${baseUrl()}/api/v1/notifications/stream`, {
      headers: { authorization: `Bearer ${reader.token}`, "if-none-match": "*" },
      signal: controller.signal,
    });
    try {
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
      expect(res.headers.get("etag")).toBeNull();
      expect(res.headers.get("cache-control")).toMatch(/no-store/);
    } finally {
      controller.abort();
      await res.body?.cancel().catch(() => {});
    }
  });
});
