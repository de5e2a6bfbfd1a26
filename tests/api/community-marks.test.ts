import { beforeAll, describe, expect, it } from "vitest";
import { api, createUser, firstSchoolIds, testDb, type TestUser } from "../support/api";
import { boardsOf, uniqueTitle, writePost } from "../support/community";

// 공감 and 스크랩: one per user per post (also under concurrent requests), idempotent, never on
// your own post, counters equal to rows; 내 스크랩 lists them.

let hanbit: number;
let saesol: number;
let boards: Awaited<ReturnType<typeof boardsOf>>;
let fan: TestUser;
let author: TestUser;

beforeAll(async () => {
  [hanbit, saesol] = await firstSchoolIds();
  boards = await boardsOf(hanbit);
  fan = await createUser({ schoolId: hanbit });
});

/** A post by a fresh author (so no test runs into the 3-posts-in-5-minutes limit); sets `author`. */
async function newPost(boardId = boards.free) {
  author = await createUser({ schoolId: hanbit });
  return writePost(author, boardId);
}

const rows = (postId: number) =>
  Promise.all([
    testDb().postLike.count({ where: { postId } }),
    testDb().scrap.count({ where: { postId } }),
    testDb().post.findUniqueOrThrow({ where: { id: postId } }),
  ]);

describe("공감", () => {
  it("PUT likes, again is a no-op, DELETE unlikes, again is a no-op", async () => {
    const post = await newPost(boards.free);
    const put = await api("PUT", `/api/v1/posts/${post.id}/like`, { token: fan.token });
    expect(put.status).toBe(200);
    expect(put.body).toEqual({ liked: true, likeCount: 1 });
    expect((await api("PUT", `/api/v1/posts/${post.id}/like`, { token: fan.token })).body).toEqual({
      liked: true,
      likeCount: 1,
    });
    const seen = await api("GET", `/api/v1/posts/${post.id}`, { token: fan.token });
    expect(seen.body).toMatchObject({ likeCount: 1, likedByMe: true });
    expect(
      (await api("GET", `/api/v1/posts/${post.id}`, { token: author.token })).body.likedByMe,
    ).toBe(false);

    expect(
      (await api("DELETE", `/api/v1/posts/${post.id}/like`, { token: fan.token })).body,
    ).toEqual({ liked: false, likeCount: 0 });
    expect(
      (await api("DELETE", `/api/v1/posts/${post.id}/like`, { token: fan.token })).body,
    ).toEqual({ liked: false, likeCount: 0 });
    const [likes, , row] = await rows(post.id);
    expect(likes).toBe(0);
    expect(row.likeCount).toBe(0);
  });

  it("is one per user under 20 concurrent PUTs", async () => {
    const post = await newPost(boards.free);
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        api("PUT", `/api/v1/posts/${post.id}/like`, { token: fan.token }),
      ),
    );
    for (const r of results) {
      expect(r.status).toBe(200);
      expect(r.body.liked).toBe(true);
    }
    const [likes, , row] = await rows(post.id);
    expect(likes).toBe(1);
    expect(row.likeCount).toBe(1);
    expect(
      (await api("GET", `/api/v1/posts/${post.id}`, { token: fan.token })).body.likeCount,
    ).toBe(1);
  });

  it("counts many users liking at once exactly", async () => {
    const post = await newPost(boards.free);
    const users = await Promise.all(
      Array.from({ length: 12 }, () => createUser({ schoolId: hanbit })),
    );
    await Promise.all(
      users.map((u) => api("PUT", `/api/v1/posts/${post.id}/like`, { token: u.token })),
    );
    const [likes, , row] = await rows(post.id);
    expect(likes).toBe(12);
    expect(row.likeCount).toBe(12);
  });

  it("refuses your own post with 403 and the message", async () => {
    const post = await newPost(boards.free);
    const res = await api("PUT", `/api/v1/posts/${post.id}/like`, { token: author.token });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({
      code: "FORBIDDEN",
      message: "자신의 글에는 공감할 수 없습니다.",
    });
    expect((await rows(post.id))[0]).toBe(0);
  });

  it("does not change the post's updatedAt", async () => {
    const post = await newPost(boards.free);
    await api("PUT", `/api/v1/posts/${post.id}/like`, { token: fan.token });
    const after = await api("GET", `/api/v1/posts/${post.id}`, { token: fan.token });
    expect(after.body.updatedAt).toBe(post.updatedAt);
  });

  it("is 404 for another school's post and 401 without a token", async () => {
    const post = await newPost(boards.free);
    const outsider = await createUser({ schoolId: saesol });
    expect(
      (await api("PUT", `/api/v1/posts/${post.id}/like`, { token: outsider.token })).status,
    ).toBe(404);
    expect(
      (await api("PUT", `/api/v1/posts/${post.id}/scrap`, { token: outsider.token })).status,
    ).toBe(404);
    expect((await api("PUT", `/api/v1/posts/${post.id}/like`)).status).toBe(401);
  });
});

describe("스크랩", () => {
  it("PUT/DELETE are idempotent and answer { scrapped, scrapCount }", async () => {
    const post = await newPost(boards.info);
    expect((await api("PUT", `/api/v1/posts/${post.id}/scrap`, { token: fan.token })).body).toEqual(
      { scrapped: true, scrapCount: 1 },
    );
    expect((await api("PUT", `/api/v1/posts/${post.id}/scrap`, { token: fan.token })).body).toEqual(
      { scrapped: true, scrapCount: 1 },
    );
    expect((await api("GET", `/api/v1/posts/${post.id}`, { token: fan.token })).body).toMatchObject(
      { scrapCount: 1, scrappedByMe: true },
    );
    expect(
      (await api("DELETE", `/api/v1/posts/${post.id}/scrap`, { token: fan.token })).body,
    ).toEqual({ scrapped: false, scrapCount: 0 });
    expect(
      (await api("DELETE", `/api/v1/posts/${post.id}/scrap`, { token: fan.token })).body,
    ).toEqual({ scrapped: false, scrapCount: 0 });
  });

  it("is one per user under concurrent PUTs", async () => {
    const post = await newPost(boards.info);
    await Promise.all(
      Array.from({ length: 10 }, () =>
        api("PUT", `/api/v1/posts/${post.id}/scrap`, { token: fan.token }),
      ),
    );
    const [, scraps, row] = await rows(post.id);
    expect(scraps).toBe(1);
    expect(row.scrapCount).toBe(1);
  });

  it("refuses your own post with 403", async () => {
    const post = await newPost(boards.info);
    const res = await api("PUT", `/api/v1/posts/${post.id}/scrap`, { token: author.token });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("FORBIDDEN");
  });

  it("내 스크랩 lists scrapped posts newest scrap first, and drops deleted ones", async () => {
    const user = await createUser({ schoolId: hanbit });
    const writer = await createUser({ schoolId: hanbit });
    const a = await writePost(writer, boards.free, { title: uniqueTitle("A") });
    const b = await writePost(writer, boards.info, { title: uniqueTitle("B") });
    const c = await writePost(writer, boards.market, { title: uniqueTitle("C") });
    for (const p of [b, a, c])
      await api("PUT", `/api/v1/posts/${p.id}/scrap`, { token: user.token });
    const res = await api("GET", "/api/v1/me/scraps", { token: user.token });
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { id: number }) => i.id)).toEqual([c.id, a.id, b.id]);
    expect(res.body.items[0]).toMatchObject({ title: c.title, board: { id: boards.market } });
    expect(res.body.nextCursor).toBeNull();

    const page1 = await api("GET", "/api/v1/me/scraps?limit=2", { token: user.token });
    expect(page1.body.items.map((i: { id: number }) => i.id)).toEqual([c.id, a.id]);
    const page2 = await api("GET", `/api/v1/me/scraps?limit=2&cursor=${page1.body.nextCursor}`, {
      token: user.token,
    });
    expect(page2.body.items.map((i: { id: number }) => i.id)).toEqual([b.id]);

    await api("DELETE", `/api/v1/posts/${a.id}`, { token: writer.token });
    const after = await api("GET", "/api/v1/me/scraps", { token: user.token });
    expect(after.body.items.map((i: { id: number }) => i.id)).toEqual([c.id, b.id]);
    expect((await api("GET", "/api/v1/me/scraps", { token: writer.token })).body.items).toEqual([]);
  });
});
