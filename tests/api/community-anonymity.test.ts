import { beforeAll, describe, expect, it } from "vitest";
import { api, createUser, firstSchoolIds, type TestUser } from "../support/api";
import { expectNoTraceOf } from "../support/social";
import { boardsOf, fetchPage, sessionCookie, uniqueTitle, writePost } from "../support/community";

// Anonymity is absolute: no id, nickname or email behind an anonymous post in any JSON, list,
// filter result or HTML page — except the author's own 내가 쓴 글.

let hanbit: number;
let boards: Awaited<ReturnType<typeof boardsOf>>;
let writer: TestUser;
let reader: TestUser;

beforeAll(async () => {
  [hanbit] = await firstSchoolIds();
  boards = await boardsOf(hanbit);
  [writer, reader] = await Promise.all([
    createUser({ schoolId: hanbit }),
    createUser({ schoolId: hanbit }),
  ]);
});

describe("an anonymous post", () => {
  let post: { id: number; title: string };
  beforeAll(async () => {
    post = await writePost(writer, boards.free, {
      title: uniqueTitle("익명 고민"),
      content: "아무도 모르게 zzanon",
      isAnonymous: true,
    });
  });

  it("shows its author as { name: '익명' } and nothing else, to everyone", async () => {
    for (const viewer of [reader, writer]) {
      const res = await api("GET", `/api/v1/posts/${post.id}`, { token: viewer.token });
      expect(res.status).toBe(200);
      expect(res.body.isAnonymous).toBe(true);
      expect(res.body.author).toEqual({ name: "익명" });
      expectNoTraceOf(res.text, writer);
    }
    // The author still knows it is theirs (for 수정/삭제), without their identity in the payload.
    expect(
      (await api("GET", `/api/v1/posts/${post.id}`, { token: writer.token })).body.isMine,
    ).toBe(true);
    expect(
      (await api("GET", `/api/v1/posts/${post.id}`, { token: reader.token })).body.isMine,
    ).toBe(false);
  });

  it("stays anonymous in the board list, school search and HOT-style lists", async () => {
    for (const path of [
      `/api/v1/boards/${boards.free}/posts?limit=100`,
      `/api/v1/posts?q=zzanon`,
      `/api/v1/posts?board=${boards.free}&limit=100`,
    ]) {
      const res = await api("GET", path, { token: reader.token });
      expect(res.status).toBe(200);
      const item = res.body.items.find((i: { id: number }) => i.id === post.id);
      expect(item, path).toBeDefined();
      expect(item.author).toEqual({ name: "익명" });
      expectNoTraceOf(res.text, writer);
    }
  });

  it("never matches another user's author filter — only the author's own", async () => {
    const named = await writePost(writer, boards.info, { title: uniqueTitle("실명 글") });
    const res = await api("GET", `/api/v1/posts?author=${writer.id}&limit=100`, {
      token: reader.token,
    });
    expect(res.status).toBe(200);
    const ids = res.body.items.map((i: { id: number }) => i.id);
    expect(ids).toContain(named.id);
    expect(ids).not.toContain(post.id);
    const onBoard = await api(
      "GET",
      `/api/v1/boards/${boards.free}/posts?author=${writer.id}&limit=100`,
      { token: reader.token },
    );
    expect(onBoard.body.items.map((i: { id: number }) => i.id)).not.toContain(post.id);
    // The author filtering on themselves sees their anonymous post (they know it is theirs).
    const own = await api("GET", `/api/v1/posts?author=${writer.id}&limit=100`, {
      token: writer.token,
    });
    expect(own.body.items.map((i: { id: number }) => i.id)).toEqual(
      expect.arrayContaining([post.id, named.id]),
    );
  });

  it("is in the author's own 내가 쓴 글 (still shown as 익명)", async () => {
    const res = await api("GET", "/api/v1/me/posts?limit=100", { token: writer.token });
    const item = res.body.items.find((i: { id: number }) => i.id === post.id);
    expect(item).toMatchObject({ isAnonymous: true, author: { name: "익명" } });
    const theirs = await api("GET", "/api/v1/me/posts?limit=100", { token: reader.token });
    expect(theirs.body.items.map((i: { id: number }) => i.id)).not.toContain(post.id);
  });

  it("does not leak through the post page's HTML (and its RSC payload) to another signed-in user", async () => {
    const cookie = await sessionCookie(reader);
    const page = await fetchPage(`/posts/${post.id}`, cookie);
    expect(page.status).toBe(200);
    expect(page.text).toContain(post.title);
    expect(page.text).toContain("익명");
    expectNoTraceOf(page.text, writer);
    const board = await fetchPage(`/boards/${boards.free}`, cookie);
    expect(board.status).toBe(200);
    expectNoTraceOf(board.text, writer);
    const home = await fetchPage(`/`, cookie);
    expect(home.status).toBe(200);
    expectNoTraceOf(home.text, writer);
  });

  it("shows a named post's author on the page", async () => {
    const named = await writePost(writer, boards.market, { title: uniqueTitle("실명") });
    const page = await fetchPage(`/posts/${named.id}`, await sessionCookie(reader));
    expect(page.text).toContain(writer.nickname);
  });
});

describe("the SECRET board", () => {
  it("makes every post anonymous, even when isAnonymous is false", async () => {
    const post = await writePost(writer, boards.secret, {
      title: uniqueTitle("비밀"),
      isAnonymous: false,
    });
    expect(post.isAnonymous).toBe(true);
    expect(post.author).toEqual({ name: "익명" });
    const res = await api("GET", `/api/v1/posts/${post.id}`, { token: reader.token });
    expect(res.body.author).toEqual({ name: "익명" });
    expectNoTraceOf(res.text, writer);
  });
});
