import { beforeAll, describe, expect, it } from "vitest";
import { api, createUser, firstSchoolIds, type TestUser } from "../support/api";
import {
  boardsOf,
  createBoard,
  fetchPage,
  sessionCookie,
  uniqueTitle,
  writePost,
} from "../support/community";

// 신고: reasons, 409 on a second report, 403 on your own content, hiding at
// REPORT_HIDE_THRESHOLD (5) distinct reporters, and the admin queue (KEEP / REMOVE).

let hanbit: number;
let saesol: number;
let boards: Awaited<ReturnType<typeof boardsOf>>;

beforeAll(async () => {
  [hanbit, saesol] = await firstSchoolIds();
  boards = await boardsOf(hanbit);
});

const report = (u: TestUser, target: Record<string, number>, reason = "ABUSE") =>
  api("POST", "/api/v1/reports", { token: u.token, body: { target, reason } });
const students = (n: number) =>
  Promise.all(Array.from({ length: n }, () => createUser({ schoolId: hanbit })));

describe("POST /api/v1/reports", () => {
  it("answers 201, 409 on a second report, 403 on your own content, 400 on an unknown reason, 404 elsewhere", async () => {
    const [a, b] = await students(2);
    const post = await writePost(a, boards.free);
    const res = await report(b, { postId: post.id }, "SPAM");
    expect(res.status, res.text).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(Number),
      target: { postId: post.id },
      reason: "SPAM",
      createdAt: expect.any(String),
    });
    const twice = await report(b, { postId: post.id }, "ABUSE");
    expect(twice.status).toBe(409);
    expect((await report(a, { postId: post.id })).status).toBe(403);
    for (const reason of ["", "RUDE", 1, null])
      expect(
        (
          await api("POST", "/api/v1/reports", {
            token: b.token,
            body: { target: { postId: post.id }, reason },
          })
        ).status,
      ).toBe(400);
    expect(
      (
        await api("POST", "/api/v1/reports", {
          token: b.token,
          body: { target: {}, reason: "SPAM" },
        })
      ).status,
    ).toBe(400);

    const foreigner = await createUser({ schoolId: saesol });
    const foreign = await writePost(foreigner, (await boardsOf(saesol)).free);
    expect((await report(b, { postId: foreign.id })).status).toBe(404);
    expect((await report(b, { threadId: 2_147_483_647 })).status).toBe(404);

    const c = await api("POST", `/api/v1/posts/${post.id}/comments`, {
      token: a.token,
      body: { content: "댓글", isAnonymous: false },
    });
    expect((await report(b, { commentId: c.body.id }, "POLITICAL")).status).toBe(201);
    expect((await report(a, { commentId: c.body.id })).status).toBe(403);
  });

  it("reports a 쪽지 thread only as its participant", async () => {
    const [a, b, c] = await students(3);
    const post = await writePost(b, boards.free);
    const sent = await api("POST", "/api/v1/messages", {
      token: a.token,
      body: { content: "광고입니다", to: { postId: post.id } },
    });
    expect(sent.status).toBe(201);
    expect((await report(c, { threadId: sent.body.threadId })).status).toBe(404);
    expect((await report(b, { threadId: sent.body.threadId }, "COMMERCIAL")).status).toBe(201);
  });
});

describe("hiding at the threshold", () => {
  it("five distinct reporters hide a post: gone from every list, 404 to others, marked for its author and admins", async () => {
    const author = await createUser({ schoolId: hanbit });
    const boardId = await createBoard(hanbit);
    const title = uniqueTitle("신고될 글");
    const post = await writePost(author, boardId, { title, content: "문제의 내용 zzhidden" });
    const reporters = await students(5);
    const liker = reporters[0];
    const admin = await createUser({ schoolId: hanbit, isAdmin: true });
    expect(
      (await api("GET", `/api/v1/boards/${boardId}/posts`, { token: liker.token })).body.items.map(
        (p: { id: number }) => p.id,
      ),
    ).toEqual([post.id]);

    for (const [i, r] of reporters.entries()) {
      expect((await report(r, { postId: post.id })).status).toBe(201);
      const seen = await api("GET", `/api/v1/posts/${post.id}`, { token: liker.token });
      expect(seen.status, `after ${i + 1} reports`).toBe(i + 1 < 5 ? 200 : 404);
    }
    const other = await createUser({ schoolId: hanbit });
    expect((await api("GET", `/api/v1/posts/${post.id}`, { token: other.token })).status).toBe(404);
    expect(
      (await api("GET", `/api/v1/posts/${post.id}/comments`, { token: other.token })).status,
    ).toBe(404);
    for (const path of [
      `/api/v1/boards/${boardId}/posts`,
      `/api/v1/posts?q=zzhidden`,
      `/api/v1/posts?board=${boardId}`,
      `/api/v1/posts?title=${encodeURIComponent(title)}`,
    ]) {
      const res = await api("GET", path, { token: other.token });
      expect(res.status, path).toBe(200);
      expect(
        res.body.items.map((p: { id: number }) => p.id),
        path,
      ).not.toContain(post.id);
    }
    const home = await fetchPage("/", await sessionCookie(other));
    expect(home.text).not.toContain(title);

    const own = await api("GET", `/api/v1/posts/${post.id}`, { token: author.token });
    expect(own.status).toBe(200);
    expect(own.body.hidden).toBe(true);
    const ownPage = await fetchPage(`/posts/${post.id}`, await sessionCookie(author));
    expect(ownPage.text).toContain("신고 누적으로 숨겨진 글입니다");
    expect((await api("GET", `/api/v1/posts/${post.id}`, { token: admin.token })).status).toBe(200);

    // The admin queue: most reported first, with reasons and counts.
    const queue = await api("GET", "/api/v1/admin/reports", { token: admin.token });
    expect(queue.status).toBe(200);
    const item = queue.body.items.find(
      (i: { target: { postId?: number } }) => i.target.postId === post.id,
    );
    expect(item).toMatchObject({
      target: { postId: post.id },
      kind: "POST",
      count: 5,
      hidden: true,
      reasons: [{ reason: "ABUSE", count: 5 }],
    });
    const counts = queue.body.items.map((i: { count: number }) => i.count);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
    expect((await api("GET", "/api/v1/admin/reports", { token: other.token })).status).toBe(403);

    // KEEP restores it to everyone and clears the queue entry.
    expect(
      (
        await api("POST", "/api/v1/admin/reports/resolve", {
          token: other.token,
          body: { target: { postId: post.id }, action: "KEEP" },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await api("POST", "/api/v1/admin/reports/resolve", {
          token: admin.token,
          body: { target: { postId: post.id }, action: "KEEP" },
        })
      ).status,
    ).toBe(204);
    expect((await api("GET", `/api/v1/posts/${post.id}`, { token: other.token })).status).toBe(200);
    expect(
      (await api("GET", `/api/v1/boards/${boardId}/posts`, { token: other.token })).body.items.map(
        (p: { id: number }) => p.id,
      ),
    ).toContain(post.id);
    const after = await api("GET", "/api/v1/admin/reports", { token: admin.token });
    expect(
      after.body.items.find((i: { target: { postId?: number } }) => i.target.postId === post.id),
    ).toBeUndefined();
  });

  it("a hidden comment leaves the thread for others; REMOVE soft-deletes; another school's admin gets 404", async () => {
    const [author, poster] = await students(2);
    const post = await writePost(poster, boards.free);
    const c = await api("POST", `/api/v1/posts/${post.id}/comments`, {
      token: author.token,
      body: { content: "문제 댓글 zzc", isAnonymous: false },
    });
    for (const r of await students(5))
      expect((await report(r, { commentId: c.body.id }, "OBSCENE")).status).toBe(201);
    const forOthers = await api("GET", `/api/v1/posts/${post.id}/comments`, {
      token: poster.token,
    });
    expect(forOthers.text).not.toContain("문제 댓글 zzc");
    const forAuthor = await api("GET", `/api/v1/posts/${post.id}/comments`, {
      token: author.token,
    });
    expect(forAuthor.body.items.find((i: { id: number }) => i.id === c.body.id)).toMatchObject({
      content: "문제 댓글 zzc",
      hidden: true,
    });

    const foreignAdmin = await createUser({ schoolId: saesol, isAdmin: true });
    expect(
      (
        await api("POST", "/api/v1/admin/reports/resolve", {
          token: foreignAdmin.token,
          body: { target: { commentId: c.body.id }, action: "REMOVE" },
        })
      ).status,
    ).toBe(404);
    const admin = await createUser({ schoolId: hanbit, isAdmin: true });
    expect(
      (
        await api("POST", "/api/v1/admin/reports/resolve", {
          token: admin.token,
          body: { target: { commentId: c.body.id }, action: "REMOVE" },
        })
      ).status,
    ).toBe(204);
    const forAuthorAfter = await api("GET", `/api/v1/posts/${post.id}/comments`, {
      token: author.token,
    });
    expect(forAuthorAfter.text).not.toContain("문제 댓글 zzc");
    expect(
      (
        await api("POST", "/api/v1/admin/reports/resolve", {
          token: admin.token,
          body: { target: { commentId: c.body.id }, action: "DELETE" },
        })
      ).status,
    ).toBe(400);
  });
});

describe("an admin's KEEP holds (issue 26.2)", () => {
  const resolve = (admin: TestUser, target: Record<string, number>, action: string) =>
    api("POST", "/api/v1/admin/reports/resolve", { token: admin.token, body: { target, action } });
  const queued = async (admin: TestUser, target: Record<string, number>) =>
    (await api("GET", "/api/v1/admin/reports?limit=100", { token: admin.token })).body.items.find(
      (i: { target: Record<string, number> }) =>
        JSON.stringify(i.target) === JSON.stringify(target),
    );

  it("a kept post and a kept comment: later reports queue, however many, but never hide them again", async () => {
    const [author, reader] = await students(2);
    const admin = await createUser({ schoolId: hanbit, isAdmin: true });
    const post = await writePost(author, boards.free, { content: "논쟁적이지만 괜찮은 글" });
    const comment = await api("POST", `/api/v1/posts/${post.id}/comments`, {
      token: author.token,
      body: { content: "논쟁적이지만 괜찮은 댓글", isAnonymous: false },
    });
    // The comment first: once the post is hidden, its comments cannot be reported.
    const targets: Record<string, number>[] = [{ commentId: comment.body.id }, { postId: post.id }];
    const visible = async () => {
      const p = await api("GET", `/api/v1/posts/${post.id}`, { token: reader.token });
      const cs = await api("GET", `/api/v1/posts/${post.id}/comments`, { token: reader.token });
      return { post: p.status === 200, comment: cs.text.includes("논쟁적이지만 괜찮은 댓글") };
    };

    for (const r of await students(5))
      for (const target of targets) expect((await report(r, target)).status).toBe(201);
    expect(await visible()).toEqual({ post: false, comment: false });
    for (const target of targets) expect((await resolve(admin, target, "KEEP")).status).toBe(204);
    expect(await visible()).toEqual({ post: true, comment: true });

    // Five fresh reporters, and five more: queued, counted, never hidden.
    for (const r of await students(10))
      for (const target of targets) expect((await report(r, target)).status).toBe(201);
    expect(await visible()).toEqual({ post: true, comment: true });
    for (const target of targets)
      expect(await queued(admin, target)).toMatchObject({ count: 10, hidden: false });
    // The admin can still remove it from the queue.
    expect((await resolve(admin, { commentId: comment.body.id }, "REMOVE")).status).toBe(204);
    expect((await visible()).comment).toBe(false);
  });
});
