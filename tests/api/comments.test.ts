import { beforeAll, describe, expect, it } from "vitest";
import { api, baseUrl, createUser, firstSchoolIds, testDb, type TestUser } from "../support/api";
import { sessionCookie } from "../support/community";
import { expectNoTraceOf } from "../support/social";

// Comments over HTTP against the production build: /api/v1/posts/:id/comments,
// /api/v1/comments/:id, /api/v1/me/comments and the /me/comments page. Posts are made directly
// in the database (the posts API is another feature's).

let schoolA: number;
let schoolB: number;

beforeAll(async () => {
  [schoolA, schoolB] = await firstSchoolIds();
});

async function makePost(
  author: TestUser,
  opts: { isAnonymous?: boolean; kind?: "FREE" | "SECRET"; title?: string } = {},
) {
  const board = await testDb().board.findFirstOrThrow({
    where: { schoolId: author.schoolId, kind: opts.kind ?? "FREE" },
    select: { id: true, schoolId: true },
  });
  return testDb().post.create({
    data: {
      boardId: board.id,
      schoolId: board.schoolId,
      authorId: author.id,
      title: opts.title ?? "댓글 API 테스트",
      content: "본문",
      isAnonymous: opts.isAnonymous ?? false,
    },
    select: { id: true },
  });
}

async function comment(
  user: TestUser,
  postId: number,
  content: string,
  isAnonymous: boolean,
  parentId?: number,
) {
  const res = await api("POST", `/api/v1/posts/${postId}/comments`, {
    token: user.token,
    body: { content, isAnonymous, ...(parentId ? { parentId } : {}) },
  });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

const getComments = (user: TestUser, postId: number, qs = "") =>
  api("GET", `/api/v1/posts/${postId}/comments${qs}`, { token: user.token });
const nameOf = (c: any) => (c.author && "name" in c.author ? c.author.name : c.author?.nickname);
const commentCount = async (postId: number) =>
  (await testDb().post.findUniqueOrThrow({ where: { id: postId }, select: { commentCount: true } }))
    .commentCount;

describe("GET/POST /api/v1/posts/:id/comments — anonymous numbering", () => {
  it("numbers 익명1, 익명2 by first anonymous comment, keeps a repeat commenter's number, shows 익명(글쓴이), and leaks nobody", async () => {
    const [author, a, b, named] = await Promise.all([
      createUser(),
      createUser(),
      createUser(),
      createUser(),
    ]);
    const post = await makePost(author, { isAnonymous: true });
    const first = await comment(a, post.id, "첫 익명 댓글", true);
    expect(first.author).toEqual({ name: "익명1" });
    await comment(b, post.id, "두 번째 사람", true);
    await comment(a, post.id, "첫 사람이 또", true);
    const byAuthor = await comment(author, post.id, "글쓴이 등장", true);
    expect(byAuthor.author).toEqual({ name: "익명(글쓴이)" });
    expect(byAuthor.isPostAuthor).toBe(true);
    await comment(named, post.id, "저는 닉네임으로", false);

    const res = await getComments(b, post.id);
    expect(res.status).toBe(200);
    expect(res.body.nextCursor).toBeNull();
    expect(res.body.items.map(nameOf)).toEqual([
      "익명1",
      "익명2",
      "익명1",
      "익명(글쓴이)",
      named.nickname,
    ]);
    expect(res.body.items.map((c: any) => c.isMine)).toEqual([false, true, false, false, false]);
    expect(res.body.items[4].author).toEqual({
      id: named.id,
      nickname: named.nickname,
      profileImageUrl: null,
    });
    for (const c of res.body.items.slice(0, 4)) expect(Object.keys(c.author)).toEqual(["name"]);
    expect(Object.keys(res.body.items[0]).sort()).toEqual(
      [
        "author",
        "content",
        "createdAt",
        "deleted",
        "id",
        "isAnonymous",
        "isMine",
        "isPostAuthor",
        "parentId",
        "replies",
        "replyCount",
        "repliesNextCursor",
      ].sort(),
    );
    expectNoTraceOf(res.text, [author, a, b], { strictJson: true });
    // Every "id" in the answer that is not a comment's own id (comment and user ids share a number
    // range in a fresh database, so a comment may carry the same number as a user) names a user:
    // the named commenter's is there, the anonymous ones' are not.
    const commentIds = new Set(res.body.items.map((c: any) => c.id));
    const otherIds = [...res.text.matchAll(/"id":(\d+)/g)]
      .map((m) => Number(m[1]))
      .filter((n) => !commentIds.has(n));
    expect(otherIds).toContain(named.id);
    for (const id of [author.id, a.id, b.id]) expect(otherIds).not.toContain(id);
  });

  it("shares the numbering with replies and attaches a reply to a reply to the top-level comment", async () => {
    const [author, a, b] = await Promise.all([createUser(), createUser(), createUser()]);
    const post = await makePost(author, { isAnonymous: true });
    const top = await comment(a, post.id, "원댓글", true);
    const reply = await comment(b, post.id, "답글", true, top.id);
    expect(reply).toMatchObject({ parentId: top.id, author: { name: "익명2" } });
    const replyToReply = await comment(a, post.id, "답글의 답글", true, reply.id);
    expect(replyToReply).toMatchObject({ parentId: top.id, author: { name: "익명1" } });
    const byAuthor = await comment(author, post.id, "글쓴이 답글", true, top.id);
    expect(byAuthor.author).toEqual({ name: "익명(글쓴이)" });
    const later = await comment(b, post.id, "새 원댓글", true);
    expect(later.author).toEqual({ name: "익명2" });

    const res = await getComments(author, post.id);
    expect(res.body.items).toHaveLength(2);
    const [thread] = res.body.items;
    expect(thread.replies.map((r: any) => [r.content, nameOf(r), r.parentId])).toEqual([
      ["답글", "익명2", top.id],
      ["답글의 답글", "익명1", top.id],
      ["글쓴이 답글", "익명(글쓴이)", top.id],
    ]);
    expectNoTraceOf(res.text, [author, a, b], { strictJson: true });
  });

  it("keeps numbers when comments are deleted, and calls the author of a post with a nickname 익명N", async () => {
    const [author, a, b] = await Promise.all([createUser(), createUser(), createUser()]);
    const post = await makePost(author, { isAnonymous: false });
    const fromA = await comment(a, post.id, "a", true);
    expect((await api("DELETE", `/api/v1/comments/${fromA.id}`, { token: a.token })).status).toBe(
      204,
    );
    expect((await comment(b, post.id, "b", true)).author).toEqual({ name: "익명2" });
    const anonAuthor = await comment(author, post.id, "글쓴이지만 익명", true);
    expect(anonAuthor.author).toEqual({ name: "익명3" });
    expect(anonAuthor.isPostAuthor).toBe(false);
    expect((await comment(a, post.id, "a 다시", true)).author).toEqual({ name: "익명1" });
  });

  it("forces anonymity on a SECRET board", async () => {
    const [author, a] = await Promise.all([createUser(), createUser()]);
    const post = await makePost(author, { kind: "SECRET", isAnonymous: true });
    const c = await comment(a, post.id, "닉네임으로 쓰고 싶었지만", false);
    expect(c).toMatchObject({ isAnonymous: true, author: { name: "익명1" } });
    const res = await getComments(author, post.id);
    expectNoTraceOf(res.text, [a], { strictJson: true });
  });
});

describe("soft delete", () => {
  it("leaves a deleted comment with replies as the placeholder and drops one without replies", async () => {
    const [author, a, b] = await Promise.all([createUser(), createUser(), createUser()]);
    const post = await makePost(author);
    const parent = await comment(a, post.id, "답글이 달릴 댓글", false);
    await comment(b, post.id, "답글", true, parent.id);
    const lonely = await comment(a, post.id, "혼자 있는 댓글", false);
    expect((await api("DELETE", `/api/v1/comments/${parent.id}`, { token: a.token })).status).toBe(
      204,
    );
    expect((await api("DELETE", `/api/v1/comments/${lonely.id}`, { token: a.token })).status).toBe(
      204,
    );

    const res = await getComments(b, post.id);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({
      id: parent.id,
      deleted: true,
      content: "삭제된 댓글입니다.",
      author: null,
    });
    expect(res.body.items[0].replies.map(nameOf)).toEqual(["익명1"]);
    expect(res.text).not.toContain("답글이 달릴 댓글");
    expect(res.text).not.toContain("혼자 있는 댓글");
    expect(res.text).not.toContain(a.nickname);

    const replyToDeleted = await api("POST", `/api/v1/posts/${post.id}/comments`, {
      token: b.token,
      body: { content: "x", isAnonymous: true, parentId: parent.id },
    });
    expect(replyToDeleted.status).toBe(400);
    expect(replyToDeleted.body.error.fields.parentId).toBeDefined();
  });

  it("lets the author or an admin delete; others 403, another school 404, twice 404", async () => {
    const [author, a, stranger, admin, otherSchool] = await Promise.all([
      createUser(),
      createUser(),
      createUser(),
      createUser({ isAdmin: true }),
      createUser({ schoolId: schoolB, isAdmin: true }),
    ]);
    const post = await makePost(author);
    const c1 = await comment(a, post.id, "지울 수 있을까", false);
    const c2 = await comment(a, post.id, "관리자가 지울 댓글", false);

    const forbidden = await api("DELETE", `/api/v1/comments/${c1.id}`, { token: stranger.token });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error.code).toBe("FORBIDDEN");
    expect((await api("DELETE", `/api/v1/comments/${c1.id}`, { token: author.token })).status).toBe(
      403,
    );
    const elsewhere = await api("DELETE", `/api/v1/comments/${c1.id}`, {
      token: otherSchool.token,
    });
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.text).not.toContain("지울 수 있을까");

    expect((await api("DELETE", `/api/v1/comments/${c1.id}`, { token: a.token })).status).toBe(204);
    expect((await api("DELETE", `/api/v1/comments/${c1.id}`, { token: a.token })).status).toBe(404);
    expect((await api("DELETE", `/api/v1/comments/${c2.id}`, { token: admin.token })).status).toBe(
      204,
    );
    expect((await getComments(author, post.id)).body.items).toEqual([]);
  });
});

describe("commentCount on the post row", () => {
  it("follows creates and deletes of comments and replies", async () => {
    const [author, a] = await Promise.all([createUser(), createUser()]);
    const post = await makePost(author);
    expect(await commentCount(post.id)).toBe(0);
    const c = await comment(a, post.id, "하나", false);
    const r = await comment(author, post.id, "둘", true, c.id);
    await comment(a, post.id, "셋", true);
    expect(await commentCount(post.id)).toBe(3);
    await api("DELETE", `/api/v1/comments/${c.id}`, { token: a.token });
    expect(await commentCount(post.id)).toBe(2);
    await api("DELETE", `/api/v1/comments/${r.id}`, { token: author.token });
    await api("DELETE", `/api/v1/comments/${r.id}`, { token: author.token });
    expect(await commentCount(post.id)).toBe(1);
    const refused = await api("POST", `/api/v1/posts/${post.id}/comments`, {
      token: a.token,
      body: { content: "", isAnonymous: false },
    });
    expect(refused.status).toBe(400);
    expect(await commentCount(post.id)).toBe(1);
  });
});

describe("validation and scope", () => {
  it("refuses 301 characters and empty content with fields.content; takes exactly 300", async () => {
    const user = await createUser();
    const post = await makePost(user);
    const post300 = await api("POST", `/api/v1/posts/${post.id}/comments`, {
      token: user.token,
      body: { content: "가".repeat(300), isAnonymous: false },
    });
    expect(post300.status).toBe(201);
    for (const content of ["가".repeat(301), "", "   \n "]) {
      const res = await api("POST", `/api/v1/posts/${post.id}/comments`, {
        token: user.token,
        body: { content, isAnonymous: false },
      });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("VALIDATION_FAILED");
      expect(res.body.error.fields.content).toEqual([expect.any(String)]);
    }
    const noContent = await api("POST", `/api/v1/posts/${post.id}/comments`, {
      token: user.token,
      body: { isAnonymous: true },
    });
    expect(noContent.body.error.fields.content).toBeDefined();
    const trimmed = await api("POST", `/api/v1/posts/${post.id}/comments`, {
      token: user.token,
      body: { content: "  앞뒤 공백  " },
    });
    expect(trimmed.status).toBe(201);
    expect(trimmed.body).toMatchObject({
      content: "앞뒤 공백",
      isAnonymous: false,
      author: { nickname: user.nickname },
    });
  });

  it("answers 400 for malformed JSON, a bad isAnonymous and a parent from another post", async () => {
    const user = await createUser();
    const [post, other] = await Promise.all([makePost(user), makePost(user)]);
    const malformed = await api("POST", `/api/v1/posts/${post.id}/comments`, {
      token: user.token,
      rawBody: "{nope",
      headers: { "content-type": "application/json" },
    });
    expect(malformed.status).toBe(400);
    const badFlag = await api("POST", `/api/v1/posts/${post.id}/comments`, {
      token: user.token,
      body: { content: "x", isAnonymous: "yes" },
    });
    expect(badFlag.status).toBe(400);
    expect(badFlag.body.error.fields.isAnonymous).toBeDefined();
    const elsewhere = await comment(user, other.id, "다른 글", false);
    const wrongParent = await api("POST", `/api/v1/posts/${post.id}/comments`, {
      token: user.token,
      body: { content: "x", isAnonymous: false, parentId: elsewhere.id },
    });
    expect(wrongParent.status).toBe(400);
    expect(wrongParent.body.error.fields.parentId).toBeDefined();
    const badParent = await api("POST", `/api/v1/posts/${post.id}/comments`, {
      token: user.token,
      body: { content: "x", isAnonymous: false, parentId: -3 },
    });
    expect(badParent.status).toBe(400);
  });

  it("answers 404 for another school's post, a deleted post and a non-numeric id; 401 without credentials", async () => {
    const [author, outsider] = await Promise.all([
      createUser({ schoolId: schoolA }),
      createUser({ schoolId: schoolB }),
    ]);
    const post = await makePost(author, { title: "다른 학교가 보면 안 되는 글" });
    const c = await comment(author, post.id, "우리끼리 댓글", false);

    const list = await getComments(outsider, post.id);
    expect(list.status).toBe(404);
    expect(list.body.error.code).toBe("NOT_FOUND");
    expect(list.text).not.toContain("우리끼리 댓글");
    expect(
      (
        await api("POST", `/api/v1/posts/${post.id}/comments`, {
          token: outsider.token,
          body: { content: "x", isAnonymous: true },
        })
      ).status,
    ).toBe(404);
    expect((await api("GET", `/api/v1/posts/abc/comments`, { token: author.token })).status).toBe(
      404,
    );

    const anonymous = await api("GET", `/api/v1/posts/${post.id}/comments`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect((await api("DELETE", `/api/v1/comments/${c.id}`)).status).toBe(401);

    await testDb().post.update({ where: { id: post.id }, data: { deletedAt: new Date() } });
    expect((await getComments(author, post.id)).status).toBe(404);
    expect(
      (
        await api("POST", `/api/v1/posts/${post.id}/comments`, {
          token: author.token,
          body: { content: "x", isAnonymous: false },
        })
      ).status,
    ).toBe(404);
    expect((await api("DELETE", `/api/v1/comments/${c.id}`, { token: author.token })).status).toBe(
      404,
    );
  });

  it("paginates by top-level comment (default 50) with replies complete", async () => {
    const user = await createUser();
    const post = await makePost(user);
    const tops = [];
    for (let i = 1; i <= 3; i++) tops.push(await comment(user, post.id, `댓글 ${i}`, false));
    await comment(user, post.id, "답글 a", false, tops[1].id);
    await comment(user, post.id, "답글 b", false, tops[1].id);

    const first = await getComments(user, post.id, "?limit=2");
    expect(first.body.items.map((c: any) => c.content)).toEqual(["댓글 1", "댓글 2"]);
    expect(first.body.items[1].replies.map((r: any) => r.content)).toEqual(["답글 a", "답글 b"]);
    const second = await getComments(user, post.id, `?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((c: any) => c.content)).toEqual(["댓글 3"]);
    expect(second.body.nextCursor).toBeNull();
    expect((await getComments(user, post.id, "?limit=101")).status).toBe(400);
    expect((await getComments(user, post.id, "?cursor=garbage")).status).toBe(400);
  });
});

describe("GET /api/v1/me/comments (댓글 단 글)", () => {
  it("lists the posts I commented on, latest comment first, with other people's anonymity kept", async () => {
    const [me, anonAuthor, namedAuthor, other] = await Promise.all([
      createUser(),
      createUser(),
      createUser(),
      createUser(),
    ]);
    const anonPost = await makePost(anonAuthor, { isAnonymous: true, title: "익명 글" });
    const namedPost = await makePost(namedAuthor, { title: "실명 글" });
    const deletedPost = await makePost(namedAuthor, { title: "삭제될 글" });
    const notMine = await makePost(namedAuthor, { title: "남의 댓글만 있는 글" });

    await comment(me, anonPost.id, "익명 글에 댓글", true);
    await comment(me, deletedPost.id, "곧 사라짐", false);
    await comment(me, namedPost.id, "실명 글에 댓글", false);
    await comment(other, notMine.id, "나는 아님", true);
    await testDb().post.update({ where: { id: deletedPost.id }, data: { deletedAt: new Date() } });

    const res = await api("GET", "/api/v1/me/comments", { token: me.token });
    expect(res.status).toBe(200);
    expect(res.body.nextCursor).toBeNull();
    expect(res.body.items.map((p: any) => p.id)).toEqual([namedPost.id, anonPost.id]);
    const [named, anon] = res.body.items;
    expect(named).toMatchObject({
      title: "실명 글",
      board: { id: expect.any(Number), name: "자유게시판" },
      author: { id: namedAuthor.id, nickname: namedAuthor.nickname },
      commentCount: 1,
    });
    expect(anon).toMatchObject({
      title: "익명 글",
      isAnonymous: true,
      author: { name: "익명" },
      likeCount: 0,
      commentCount: 1,
    });
    expect(typeof anon.lastCommentedAt).toBe("string");
    expect(typeof anon.excerpt).toBe("string");
    expectNoTraceOf(res.text, [anonAuthor], { strictJson: true });

    await comment(me, anonPost.id, "다시 익명 글에", true);
    const page1 = await api("GET", "/api/v1/me/comments?limit=1", { token: me.token });
    expect(page1.body.items.map((p: any) => p.id)).toEqual([anonPost.id]);
    const page2 = await api("GET", `/api/v1/me/comments?limit=1&cursor=${page1.body.nextCursor}`, {
      token: me.token,
    });
    expect(page2.body.items.map((p: any) => p.id)).toEqual([namedPost.id]);
    expect(page2.body.nextCursor).toBeNull();

    expect((await api("GET", "/api/v1/me/comments")).status).toBe(401);
  });

  it("shows the /me/comments page with the posts and without anonymous others", async () => {
    const [me, anonAuthor, anonCommenter] = await Promise.all([
      createUser(),
      createUser(),
      createUser(),
    ]);
    const post = await makePost(anonAuthor, { isAnonymous: true, title: "페이지에 보일 익명 글" });
    await comment(anonCommenter, post.id, "다른 익명", true);
    await comment(me, post.id, "내 댓글", true);
    const cookie = await sessionCookie(me);
    const res = await fetch(`${baseUrl()}/me/comments`, {
      headers: { cookie },
      redirect: "manual",
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("댓글 단 글");
    expect(html).toContain("페이지에 보일 익명 글");
    expect(html).toContain(`/posts/${post.id}`);
    expectNoTraceOf(html, [anonAuthor, anonCommenter]);
  });
});
