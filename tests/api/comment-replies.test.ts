import { beforeAll, describe, expect, it } from "vitest";
import { api, createUser, firstSchoolIds, testDb } from "../support/api";
import { boardsOf, fetchPage, sessionCookie, writePost } from "../support/community";

// Replies are bounded per page: GET /api/v1/posts/:id/comments carries each thread's first 10
// replies with replyCount and repliesNextCursor, GET /api/v1/comments/:id/replies pages the rest,
// and the post page offers "답글 더 보기".

let hanbit: number;
let free: number;

beforeAll(async () => {
  [hanbit] = await firstSchoolIds();
  free = (await boardsOf(hanbit)).free;
});

describe("reply paging over HTTP", () => {
  it("keeps comments?limit=1 small whatever the reply count, and pages the rest by cursor", async () => {
    const author = await createUser({ schoolId: hanbit });
    const post = await writePost(author, free);
    const top = await api("POST", `/api/v1/posts/${post.id}/comments`, {
      token: author.token,
      body: { content: "원댓글" },
    });
    expect(top.status).toBe(201);
    expect(top.body).toMatchObject({ replies: [], replyCount: 0, repliesNextCursor: null });
    // 150 replies of 300 characters (45 KB of text), straight into the database (the API's rate
    // limit aside).
    await testDb().comment.createMany({
      data: Array.from({ length: 150 }, (_, i) => ({
        postId: post.id,
        authorId: author.id,
        parentId: top.body.id,
        content: `${i}`.padEnd(300, "답"),
        isAnonymous: false,
      })),
    });
    // better-sqlite3 blocked this process meanwhile: let it notice a keep-alive socket the server
    // closed in the meantime before the next request (else "other side closed").
    await new Promise((r) => setImmediate(r));

    const page = await api("GET", `/api/v1/posts/${post.id}/comments?limit=1`, {
      token: author.token,
    });
    expect(page.status).toBe(200);
    expect(page.text.length).toBeLessThan(10_000);
    const thread = page.body.items[0];
    expect(thread).toMatchObject({
      id: top.body.id,
      replyCount: 150,
      repliesNextCursor: expect.any(String),
    });
    expect(thread.replies).toHaveLength(10);

    let cursor: string | null = thread.repliesNextCursor;
    const ids: number[] = thread.replies.map((r: { id: number }) => r.id);
    while (cursor) {
      const more = await api(
        "GET",
        `/api/v1/comments/${top.body.id}/replies?limit=100&cursor=${encodeURIComponent(cursor)}`,
        { token: author.token },
      );
      expect(more.status, more.text).toBe(200);
      ids.push(...more.body.items.map((r: { id: number }) => r.id));
      cursor = more.body.nextCursor;
    }
    expect(ids).toHaveLength(150);
    expect(new Set(ids).size).toBe(150);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);

    expect(
      (
        await api("GET", `/api/v1/comments/${top.body.id}/replies?cursor=garbage`, {
          token: author.token,
        })
      ).status,
    ).toBe(400);
    expect(
      (await api("GET", `/api/v1/comments/${ids[0]}/replies`, { token: author.token })).status,
    ).toBe(404);
    expect((await api("GET", `/api/v1/comments/${top.body.id}/replies`)).status).toBe(401);

    const cookie = await sessionCookie(author);
    const html = await fetchPage(`/posts/${post.id}`, cookie);
    expect(html.status).toBe(200);
    expect(html.text).toContain("답글 더 보기 (140)");
    expect(html.text.length).toBeLessThan(400_000);
  });
});
