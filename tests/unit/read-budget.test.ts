import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { countingClient } from "../support/counting-client";
import type { Viewer } from "@/lib/auth/viewer";
import { passwordVersion } from "@/lib/auth/password";

// The hot read paths' SQL statement budgets (issue 8: API detail ≤ 2 and board list ≤ 2 with the
// viewer's one; the session check is one statement), sessions revoked on the server, and the
// bounded delays of the per-process caches. Statements are counted with a client that reports its
// queries, put on globalThis before the services are imported (as in lectures-queries.test.ts).

let statements: string[] = [];
let restore: () => Promise<void>;
let client: PrismaClient;
let posts: typeof import("@/lib/community/posts");
let sessions: typeof import("@/lib/auth/sessions");
let viewers: typeof import("@/lib/auth/viewer");
let account: typeof import("@/lib/auth/account");
let home: typeof import("@/lib/community/home");
let comments: typeof import("@/lib/community/comment-writes") &
  typeof import("@/lib/community/comment-threads");
let viewer: Viewer;
let author: Viewer;
let boardId: number;
let postId: number;

async function count<T>(fn: () => Promise<T>): Promise<{ result: T; n: number; sql: string[] }> {
  statements.length = 0;
  const result = await fn();
  return { result, n: statements.length, sql: [...statements] };
}

beforeAll(async () => {
  ({ client, statements, restore } = countingClient());
  posts = await import("@/lib/community/posts");
  sessions = await import("@/lib/auth/sessions");
  viewers = await import("@/lib/auth/viewer");
  account = await import("@/lib/auth/account");
  home = await import("@/lib/community/home");
  comments = {
    ...(await import("@/lib/community/comment-writes")),
    ...(await import("@/lib/community/comment-threads")),
  };
  const t = Date.now().toString(36);
  const schoolId = (
    await client.school.create({ data: { name: `예산대학교${t}` }, select: { id: true } })
  ).id;
  boardId = (
    await client.board.create({
      data: { schoolId, name: "자유게시판", kind: "FREE" },
      select: { id: true },
    })
  ).id;
  const mk = (n: string) =>
    client.user.create({
      data: {
        verification: "STUDENT",
        email: `${n}-${t}@unit.test`,
        nickname: `${n}${t}`.slice(0, 20),
        passwordHash: `hash-${n}`,
        schoolId,
      },
      select: { id: true, schoolId: true, nickname: true, isAdmin: true, verification: true },
    });
  viewer = await mk("reader");
  author = await mk("writer");
  postId = (
    await posts.createPost(author, boardId, {
      title: "예산 글",
      content: "본문",
      isAnonymous: true,
      photoIds: [],
    })
  ).id;
  await client.postLike.create({ data: { userId: viewer.id, postId } });
});

afterAll(() => restore());

describe("statements per read", () => {
  it("a post with its board, author, photos and my 공감/스크랩: one statement", async () => {
    const { result, n } = await count(() => posts.getPost(viewer, postId));
    expect(n).toBe(1);
    expect(result.likedByMe).toBe(true);
    expect(result.scrappedByMe).toBe(false);
    expect(result.author).toEqual({ name: "익명" });
    expect(JSON.stringify(result)).not.toContain(author.nickname);
  });

  it("post details asked for at the same time share one statement, each with its own viewer's 공감, school and visibility", async () => {
    const other = await client.user.create({
      data: {
        verification: "STUDENT",
        email: `other-${Date.now().toString(36)}@unit.test`,
        nickname: `다른${Date.now().toString(36)}`.slice(0, 20),
        passwordHash: "x",
        schoolId: viewer.schoolId,
      },
      select: { id: true, schoolId: true, nickname: true, isAdmin: true, verification: true },
    });
    const elsewhere = { ...other, id: other.id, schoolId: viewer.schoolId + 100_000 }; // a student of another school
    const second = await client.post.create({
      data: {
        boardId,
        schoolId: viewer.schoolId,
        authorId: author.id,
        title: "둘째 글",
        content: "본문",
        isAnonymous: true,
      },
      select: { id: true },
    });
    await client.scrap.create({ data: { userId: other.id, postId: second.id } });
    const ask = [
      posts.getPost(viewer, postId),
      posts.getPost(other, postId),
      posts.getPost(other, second.id),
      posts.getPost(viewer, second.id),
      posts.getPost(viewer, postId),
    ];
    const { result, n } = await count(() =>
      Promise.all([
        Promise.all(ask),
        posts.getPost(elsewhere, postId).catch((e: { code: string }) => e.code),
      ]),
    );
    expect(n).toBe(1);
    const [[mine, theirs, theirSecond, mySecond, mineAgain], refused] = result;
    expect([
      mine.likedByMe,
      theirs.likedByMe,
      theirSecond.likedByMe,
      mySecond.likedByMe,
      mineAgain.likedByMe,
    ]).toEqual([true, false, false, false, true]);
    expect([
      mine.scrappedByMe,
      theirs.scrappedByMe,
      theirSecond.scrappedByMe,
      mySecond.scrappedByMe,
    ]).toEqual([false, false, true, false]);
    expect([mine.id, theirs.id, theirSecond.id, mySecond.id]).toEqual([
      postId,
      postId,
      second.id,
      second.id,
    ]);
    expect(mine.author).toEqual({ name: "익명" });
    expect(JSON.stringify(result)).not.toContain(author.nickname);
    expect(refused).toBe("NOT_FOUND");
  });

  it("a board's page of posts: one statement once the school's boards are cached", async () => {
    await posts.listBoardPosts(viewer, boardId, { limit: 20 });
    const { result, n } = await count(() => posts.listBoardPosts(viewer, boardId, { limit: 20 }));
    expect(n).toBe(1);
    expect(result.items.map((p) => p.id)).toContain(postId);
    expect(JSON.stringify(result)).not.toContain(author.nickname);
  });

  it("students asking for a board's page at the same time share one statement, which sees what was written before they asked", async () => {
    await posts.listBoardPosts(viewer, boardId, { limit: 20 });
    const written = await posts.createPost(viewer, boardId, {
      title: "함께 읽는 글",
      content: "본문",
      isAnonymous: true,
      photoIds: [],
    });
    const { result, n } = await count(() =>
      Promise.all(
        Array.from({ length: 10 }, () => posts.listBoardPosts(viewer, boardId, { limit: 20 })),
      ),
    );
    expect(n).toBe(1);
    for (const page of result) expect(page.items[0].id).toBe(written.id);
    expect(new Set(result.map((page) => JSON.stringify(page))).size).toBe(1);
  });

  it("the session check: one statement for the session and its user", async () => {
    const sid = await sessions.createSession(viewer.id);
    const { result, n } = await count(() =>
      sessions.loadSessionViewer(sid, viewer.id, pwv("hash-reader")),
    );
    expect(n).toBe(1);
    expect(result).toEqual(viewer);
  });

  it("sessions checked at the same time share one statement, each with its own user, and a revoked one is nobody", async () => {
    const [mine, theirs, revoked] = [
      await sessions.createSession(viewer.id),
      await sessions.createSession(author.id),
      await sessions.createSession(viewer.id),
    ];
    await sessions.revokeSession(revoked);
    const { result, n } = await count(() =>
      Promise.all([
        sessions.loadSessionViewer(mine, viewer.id, pwv("hash-reader")),
        sessions.loadSessionViewer(theirs, author.id, pwv("hash-writer")),
        sessions.loadSessionViewer(revoked, viewer.id, pwv("hash-reader")),
        sessions.loadSessionViewer(theirs, viewer.id, pwv("hash-reader")), // someone else's session id
        sessions.loadSessionViewer("no-such-session", viewer.id, pwv("hash-reader")),
      ]),
    );
    expect(n).toBe(1);
    expect(result).toEqual([viewer, author, null, null, null]);
  });

  it("a page's session with the header's unread 알림 and 쪽지 counts: one statement", async () => {
    const sid = await sessions.createSession(viewer.id);
    await client.notification.createMany({
      data: [
        { userId: viewer.id, kind: "COMMENT", text: "읽지 않은 알림", link: "/" },
        { userId: viewer.id, kind: "COMMENT", text: "읽은 알림", link: "/", isRead: true },
      ],
    });
    const unread = await client.notification.count({ where: { userId: viewer.id, isRead: false } });
    expect(unread).toBeGreaterThan(0);
    // 쪽지: the viewer's side of each thread counts (A in one, B in another); the other side's not.
    const schoolId = viewer.schoolId;
    const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    await client.messageThread.createMany({
      data: [
        {
          schoolId,
          userAId: viewer.id,
          userBId: author.id,
          originKind: "USER",
          originKey: `a${tag}`,
          userAUnread: 2,
          userBUnread: 5,
        },
        {
          schoolId,
          userAId: author.id,
          userBId: viewer.id,
          originKind: "USER",
          originKey: `b${tag}`,
          userAUnread: 7,
          userBUnread: 1,
        },
      ],
    });
    // 즐겨찾기: the starred boards ride along, in the order starred.
    const starred = await client.board.create({
      data: { schoolId, name: `별표${tag}`.slice(0, 20), kind: "USER", managerId: author.id },
      select: { id: true },
    });
    await client.boardFavorite.create({
      data: { userId: viewer.id, boardId: starred.id, createdAt: new Date(Date.now() - 1000) },
    });
    await client.boardFavorite.create({ data: { userId: viewer.id, boardId } });
    const { result, n } = await count(() =>
      sessions.loadPageSession(sid, viewer.id, pwv("hash-reader")),
    );
    expect(n).toBe(1);
    expect(result).toEqual({
      viewer,
      unreadCount: unread,
      unreadMessages: 3,
      favoriteBoardIds: [starred.id, boardId],
    });
    await client.boardFavorite.deleteMany({ where: { userId: viewer.id } });
    await sessions.revokeSession(sid);
    expect(await sessions.loadPageSession(sid, viewer.id, pwv("hash-reader"))).toBeNull();
  });

  it("a post's comment section: the post, the threads and their replies, with every name, in three statements", async () => {
    const named = await posts.createPost(author, boardId, {
      title: "댓글 예산",
      content: "본문",
      isAnonymous: false,
      photoIds: [],
    });
    const top1 = await comments.createComment(viewer, named.id, {
      content: "이름 댓글",
      isAnonymous: false,
    });
    const top2 = await comments.createComment(author, named.id, {
      content: "익명 댓글",
      isAnonymous: true,
    });
    await comments.createComment(author, named.id, {
      content: "이름 답글",
      isAnonymous: false,
      parentId: top1.id,
    });
    await comments.createComment(viewer, named.id, {
      content: "익명 답글",
      isAnonymous: true,
      parentId: top2.id,
    });
    await comments.getPostCommentThread(viewer, named.id); // the school's boards cached
    const { result, n } = await count(() => comments.getPostCommentThread(viewer, named.id));
    expect(n).toBe(3);
    const shown = result.items.map((c) => ({
      author: c.author,
      replies: c.replies.map((r) => r.author),
    }));
    expect(shown).toEqual([
      {
        author: { id: viewer.id, nickname: viewer.nickname, profileImageUrl: null },
        replies: [{ id: author.id, nickname: author.nickname, profileImageUrl: null }],
      },
      { author: { name: "익명1" }, replies: [{ name: "익명2" }] },
    ]);
    expect(result.items[1].isPostAuthor).toBe(false); // the author by nickname on the post, 익명 here: never tied
  });

  it("a comment section whose comments have no replies: the post and the threads with their names, two statements", async () => {
    const quiet = await posts.createPost(viewer, boardId, {
      title: "답글 없는 글",
      content: "본문",
      isAnonymous: false,
      photoIds: [],
    });
    await comments.createComment(author, quiet.id, {
      content: "답글 없는 댓글",
      isAnonymous: true,
    });
    await comments.createComment(viewer, quiet.id, { content: "이름 댓글", isAnonymous: false });
    const { result, n } = await count(() => comments.getPostCommentThread(viewer, quiet.id));
    expect(n).toBe(2);
    expect(result.items.map((c) => [c.author, c.replyCount, c.replies.length])).toEqual([
      [{ name: "익명1" }, 0, 0],
      [{ id: viewer.id, nickname: viewer.nickname, profileImageUrl: null }, 0, 0],
    ]);
  });
});

const pwv = (hash: string) => passwordVersion(hash);

describe("sessions end on the server", () => {
  it("a revoked session, another user's token, a deactivated user or a changed password is nobody", async () => {
    const sid = await sessions.createSession(viewer.id);
    expect(await sessions.loadSessionViewer(sid, viewer.id, pwv("hash-reader"))).not.toBeNull();
    expect(await sessions.loadSessionViewer(sid, author.id, pwv("hash-reader"))).toBeNull();
    expect(await sessions.loadSessionViewer(sid, viewer.id, pwv("another-hash"))).toBeNull();
    expect(
      await sessions.loadSessionViewer("no-such-session", viewer.id, pwv("hash-reader")),
    ).toBeNull();
    await sessions.revokeSession(sid);
    expect(await sessions.loadSessionViewer(sid, viewer.id, pwv("hash-reader"))).toBeNull();
    const other = await sessions.createSession(author.id);
    await client.user.update({ where: { id: author.id }, data: { isActive: false } });
    expect(await sessions.loadSessionViewer(other, author.id, pwv("hash-writer"))).toBeNull();
    await client.user.update({ where: { id: author.id }, data: { isActive: true } });
  });

  it("a session cookie once decrypted is remembered only while next-auth would still accept it", async () => {
    const { encode } = await import("next-auth/jwt");
    const { authSecret } = await import("@/lib/env");
    const name = "authjs.session-token";
    const claims = { sid: "remembered-session", sub: String(viewer.id), pwv: pwv("hash-reader") };
    const t0 = Date.now();
    vi.useFakeTimers({ toFake: ["Date"], now: t0 });
    try {
      const value = await encode({ token: claims, secret: authSecret(), salt: name, maxAge: 60 });
      expect(await sessions.decodeSessionCookie({ name, value })).toEqual({
        sid: claims.sid,
        userId: viewer.id,
        pwv: claims.pwv,
      });
      vi.setSystemTime(t0 + 70_000); // past exp, within next-auth's 15 s tolerance
      expect(await sessions.decodeSessionCookie({ name, value })).toMatchObject({
        sid: claims.sid,
      });
      vi.setSystemTime(t0 + 80_000); // past exp + 15 s
      expect(await sessions.decodeSessionCookie({ name, value })).toBeNull();
      // The same bytes under another cookie name (another salt) do not decrypt, remembered or not.
      vi.setSystemTime(t0);
      const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
      expect(await sessions.decodeSessionCookie({ name: `__Secure-${name}`, value })).toBeNull();
      warn.mockRestore();
    } finally {
      vi.useRealTimers();
    }
  });

  it("an unreadable cookie is nobody, logged as one line without a stack trace", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect(
        await sessions.decodeSessionCookie({
          name: "authjs.session-token",
          value: "garbage.garbage.garbage.garbage.garbage",
        }),
      ).toBeNull();
      const lines = [...warn.mock.calls, ...error.mock.calls].map((c) => c.map(String).join(" "));
      expect(lines.length).toBeLessThanOrEqual(1);
      for (const l of lines) {
        expect(l).not.toContain("\n");
        expect(l).not.toMatch(/\bat \S+ \(/);
      }
    } finally {
      warn.mockRestore();
      error.mockRestore();
    }
  });
});

describe("the home feed cache", () => {
  it("shows a post written in this process at once, and others' changes within HOME_CACHE_MS", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const first = await home.getHomeFeed(viewer);
      const written = await posts.createPost(author, boardId, {
        title: "새 글 바로",
        content: "x",
        isAnonymous: false,
        photoIds: [],
      });
      const after = await home.getHomeFeed(viewer);
      expect(after.boards.find((b) => b.id === boardId)!.posts[0].id).toBe(written.id);
      expect(first.boards.find((b) => b.id === boardId)!.posts[0].id).not.toBe(written.id);
      // A row written by another process (straight to the database here): visible after the TTL.
      const outside = await client.post.create({
        data: {
          boardId,
          schoolId: viewer.schoolId,
          authorId: author.id,
          title: "다른 프로세스",
          content: "x",
        },
        select: { id: true },
      });
      const cached = await home.getHomeFeed(viewer);
      expect(cached.boards.find((b) => b.id === boardId)!.posts[0].id).toBe(written.id);
      vi.setSystemTime(Date.now() + home.HOME_CACHE_MS + 1);
      const fresh = await home.getHomeFeed(viewer);
      expect(fresh.boards.find((b) => b.id === boardId)!.posts[0].id).toBe(outside.id);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("the home page with a school's students' boards", () => {
  it("reads the same statements and is the same size with 300 students' boards as with none", async () => {
    const t = Date.now().toString(36);
    const schoolId = (
      await client.school.create({ data: { name: `게시판많은대학교${t}` }, select: { id: true } })
    ).id;
    const fixedIds: number[] = [];
    for (const [i, name] of ["자유게시판", "비밀게시판", "정보게시판"].entries())
      fixedIds.push(
        (
          await client.board.create({
            data: { schoolId, name, kind: i === 1 ? "SECRET" : "FREE", position: i },
            select: { id: true },
          })
        ).id,
      );
    const student = await client.user.create({
      data: {
        email: `many-${t}@unit.test`,
        nickname: `많은${t}`.slice(0, 20),
        passwordHash: "x",
        schoolId,
        verification: "STUDENT",
      },
      select: { id: true, schoolId: true, nickname: true, isAdmin: true, verification: true },
    });
    for (const boardId of fixedIds)
      await client.post.create({
        data: { boardId, schoolId, authorId: student.id, title: "고정 게시판 글", content: "내용" },
      });
    const homeCache = await import("@/lib/community/home-cache");
    const { clearBoardCache } = await import("@/lib/community/boards");
    const measure = async (favorites: number[]) => {
      clearBoardCache(schoolId);
      homeCache.clearHomeCache(schoolId);
      for (const id of favorites) homeCache.starredBoardCache.delete(id);
      const cold = await count(() => home.getHomeFeed(student, favorites));
      const warm = await count(() => home.getHomeFeed(student, favorites));
      return { cold: cold.n, warm: warm.n, bytes: JSON.stringify(cold.result).length };
    };
    const before = await measure([]);
    expect(before.cold).toBe(4); // the school's own boards, their newest posts, HOT, BEST
    expect(before.warm).toBe(0);

    await client.board.createMany({
      data: Array.from({ length: 300 }, (_, i) => ({
        schoolId,
        name: `학생게시판${i}`,
        nameKey: `학생게시판${i}`,
        kind: "USER" as const,
        managerId: student.id,
        activity: i,
      })),
    });
    const students = await client.board.findMany({
      where: { schoolId, kind: "USER" },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    for (const b of students.slice(0, 50))
      await client.post.create({
        data: {
          boardId: b.id,
          schoolId,
          authorId: student.id,
          title: "학생 게시판 글",
          content: "x",
        },
      });
    const after = await measure([]);
    expect(after).toEqual(before);

    // Starred students' boards: two more statements when none is cached, however many exist.
    const starred = students.slice(0, 3).map((b) => b.id);
    const withStars = await measure(starred);
    expect(withStars.cold).toBe(6);
    expect(withStars.warm).toBe(0);
    const feed = await home.getHomeFeed(student, [...starred, fixedIds[2]]);
    expect(feed.favorites.map((b) => b.id)).toEqual([...starred, fixedIds[2]]);
    expect(feed.boards.map((b) => b.id)).toEqual(fixedIds.slice(0, 2));
    expect(feed.favorites[0].posts).toHaveLength(1);
  });
});

describe("the Bearer viewer cache", () => {
  it("reads a token's viewer once per VIEWER_CACHE_MS; a deactivation shows within it, a nickname changed here at once", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const t = Date.now().toString(36);
    const user = await client.user.create({
      data: {
        verification: "STUDENT",
        email: `cached-${t}@unit.test`,
        nickname: `캐시${t}`.slice(0, 20),
        passwordHash: "hash-cached",
        schoolId: viewer.schoolId,
      },
      select: { id: true, schoolId: true, nickname: true, isAdmin: true, verification: true },
    });
    try {
      const first = await count(() => viewers.loadViewer(user.id));
      expect(first.n).toBe(1);
      expect(first.result).toEqual(user);
      const again = await count(() => viewers.loadViewer(user.id));
      expect(again.n).toBe(0);
      expect(again.result).toEqual(user);
      // Requests share the cached viewer: it cannot be changed through one of them.
      expect(() => Object.assign(again.result!, { isAdmin: true })).toThrow(TypeError);

      // A nickname changed through this process: the next request sees it.
      const nickname = `새캐시${t}`.slice(0, 20);
      await account.changeNickname(again.result!, { nickname });
      expect((await viewers.loadViewer(user.id))?.nickname).toBe(nickname);
      // Changed back through a viewer whose nickname is stale (another process's copy): written all the same.
      await account.changeNickname(
        { ...user, nickname: user.nickname },
        { nickname: user.nickname },
      );
      expect((await client.user.findUniqueOrThrow({ where: { id: user.id } })).nickname).toBe(
        user.nickname,
      );

      // Deactivated by hand (or through another process): refused once the cached copy is older than the TTL.
      await viewers.loadViewer(user.id);
      await client.user.update({ where: { id: user.id }, data: { isActive: false } });
      expect(await viewers.loadViewer(user.id)).not.toBeNull();
      vi.setSystemTime(Date.now() + viewers.VIEWER_CACHE_MS + 1);
      expect(await viewers.loadViewer(user.id)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
