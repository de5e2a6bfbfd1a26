import { beforeAll, describe, expect, it } from "vitest";
import { api, baseUrl, createUser, firstSchoolIds, testDb, type TestUser } from "../support/api";
import { befriend, expectNoTraceOf } from "../support/social";
import { boardsOf, fetchPage, sessionCookie, writePost } from "../support/community";

// 쪽지: POST /api/v1/messages, the thread list, a thread, replies and blocking; anonymity both
// ways when a thread starts from anonymous content.

let hanbit: number;
let saesol: number;
let boards: Awaited<ReturnType<typeof boardsOf>>;

beforeAll(async () => {
  [hanbit, saesol] = await firstSchoolIds();
  boards = await boardsOf(hanbit);
});

const send = (from: TestUser, to: Record<string, number>, content = "안녕하세요, 쪽지입니다.") =>
  api("POST", "/api/v1/messages", { token: from.token, body: { content, to } });

describe("a 쪽지 from an anonymous post", () => {
  let a: TestUser;
  let b: TestUser;
  let postId: number;
  let threadId: number;

  beforeAll(async () => {
    [a, b] = await Promise.all([
      createUser({ schoolId: hanbit }),
      createUser({ schoolId: hanbit }),
    ]);
    postId = (await writePost(b, boards.free, { isAnonymous: true, content: "익명 글" })).id;
  });

  it("answers 201 { threadId, message } and reaches the post's author", async () => {
    const res = await send(a, { postId }, "글 보고 연락드려요");
    expect(res.status, res.text).toBe(201);
    expect(res.body).toEqual({
      threadId: expect.any(Number),
      message: {
        id: expect.any(Number),
        content: "글 보고 연락드려요",
        isMine: true,
        createdAt: expect.any(String),
      },
    });
    threadId = res.body.threadId;
    expectNoTraceOf(res.text, b);
  });

  it("is anonymous both ways: each side sees only { name: '익명' } in the list, the thread and notifications", async () => {
    const bList = await api("GET", "/api/v1/messages/threads", { token: b.token });
    expect(bList.status).toBe(200);
    const item = bList.body.items.find((t: { id: number }) => t.id === threadId);
    expect(item).toEqual({
      id: threadId,
      counterpart: { name: "익명" },
      origin: { kind: "POST", boardName: expect.any(String), postId },
      lastMessage: { content: "글 보고 연락드려요", isMine: false, createdAt: expect.any(String) },
      unreadCount: 1,
    });
    expectNoTraceOf(bList.text, a);

    const bThread = await api("GET", `/api/v1/messages/threads/${threadId}`, { token: b.token });
    expect(bThread.status).toBe(200);
    expect(bThread.body).toMatchObject({
      id: threadId,
      counterpart: { name: "익명" },
      origin: { kind: "POST", postId },
      nextCursor: null,
    });
    expect(bThread.body.items).toEqual([
      {
        id: expect.any(Number),
        content: "글 보고 연락드려요",
        isMine: false,
        createdAt: expect.any(String),
      },
    ]);
    expectNoTraceOf(bThread.text, a);

    const notes = await api("GET", "/api/v1/notifications", { token: b.token });
    expect(notes.body.items[0]).toMatchObject({ kind: "MESSAGE", link: `/messages/${threadId}` });
    expectNoTraceOf(notes.text, a);

    const reply = await api("POST", `/api/v1/messages/threads/${threadId}`, {
      token: b.token,
      body: { content: "네 말씀하세요" },
    });
    expect(reply.status, reply.text).toBe(201);
    expect(reply.body).toEqual({
      id: expect.any(Number),
      content: "네 말씀하세요",
      isMine: true,
      createdAt: expect.any(String),
    });
    expectNoTraceOf(reply.text, a);

    const aList = await api("GET", "/api/v1/messages/threads", { token: a.token });
    expect(aList.body.items.find((t: { id: number }) => t.id === threadId)).toMatchObject({
      counterpart: { name: "익명" },
      unreadCount: 1,
    });
    expectNoTraceOf(aList.text, b);
    const aThread = await api("GET", `/api/v1/messages/threads/${threadId}`, { token: a.token });
    expect(
      aThread.body.items.map((m: { content: string; isMine: boolean }) => [m.content, m.isMine]),
    ).toEqual([
      ["글 보고 연락드려요", true],
      ["네 말씀하세요", false],
    ]);
    expectNoTraceOf(aThread.text, b);
    const aNotes = await api("GET", "/api/v1/notifications", { token: a.token });
    expectNoTraceOf(aNotes.text, b);
  });

  it("marks the thread read when read (unreadCount 0), and the pages carry no trace of the other side", async () => {
    const list = await api("GET", "/api/v1/messages/threads", { token: a.token });
    expect(list.body.items.find((t: { id: number }) => t.id === threadId).unreadCount).toBe(0);
    for (const [me, other] of [
      [a, b],
      [b, a],
    ] as const) {
      const cookie = await sessionCookie(me);
      for (const path of ["/messages", `/messages/${threadId}`]) {
        const page = await fetchPage(path, cookie);
        expect(page.status, path).toBe(200);
        expectNoTraceOf(page.text, other);
        // The RSC payload a client-side navigation fetches.
        const rsc = await fetch(`${baseUrl()}${path}`, { headers: { cookie, rsc: "1" } });
        expect(rsc.status).toBe(200);
        expectNoTraceOf(await rsc.text(), other);
      }
    }
  });

  it("continues the same thread when sent again from the same origin, also when two arrive at once", async () => {
    const [r1, r2] = await Promise.all([send(a, { postId }, "하나"), send(a, { postId }, "둘")]);
    expect([r1.status, r2.status]).toEqual([201, 201]);
    expect(r1.body.threadId).toBe(threadId);
    expect(r2.body.threadId).toBe(threadId);
    expect(await testDb().messageThread.count({ where: { originPostId: postId } })).toBe(1);
  });

  it("is for participants only (others 404), and blocking stops both sides with 403 BLOCKED", async () => {
    const c = await createUser({ schoolId: hanbit });
    expect(
      (await api("GET", `/api/v1/messages/threads/${threadId}`, { token: c.token })).status,
    ).toBe(404);
    expect(
      (
        await api("POST", `/api/v1/messages/threads/${threadId}`, {
          token: c.token,
          body: { content: "끼어들기" },
        })
      ).status,
    ).toBe(404);
    expect(
      (await api("POST", `/api/v1/messages/threads/${threadId}/block`, { token: c.token })).status,
    ).toBe(404);

    const block = await api("POST", `/api/v1/messages/threads/${threadId}/block`, {
      token: b.token,
    });
    expect(block.status).toBe(204);
    const refused = await api("POST", `/api/v1/messages/threads/${threadId}`, {
      token: a.token,
      body: { content: "또 보내요" },
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("BLOCKED");
    const again = await send(a, { postId }, "처음부터 다시");
    expect(again.status).toBe(403);
    expect(again.body.error.code).toBe("BLOCKED");
    const thread = await api("GET", `/api/v1/messages/threads/${threadId}`, { token: b.token });
    expect(thread.body).toMatchObject({ blockedByMe: true, canSend: false });
  });
});

describe("starting a 쪽지", () => {
  let a: TestUser;
  let b: TestUser;
  beforeAll(async () => {
    [a, b] = await Promise.all([
      createUser({ schoolId: hanbit }),
      createUser({ schoolId: hanbit }),
    ]);
  });

  it("refuses messaging yourself (400), a deleted or another school's source (404)", async () => {
    const mine = await writePost(a, boards.free);
    const self = await send(a, { postId: mine.id });
    expect(self.status).toBe(400);
    expect(self.body.error.code).toBe("VALIDATION_FAILED");
    expect((await send(a, { userId: a.id })).status).toBe(400);

    const gone = await writePost(b, boards.free);
    expect((await api("DELETE", `/api/v1/posts/${gone.id}`, { token: b.token })).status).toBe(204);
    expect((await send(a, { postId: gone.id })).status).toBe(404);

    const foreigner = await createUser({ schoolId: saesol });
    const foreignPost = await writePost(foreigner, (await boardsOf(saesol)).free);
    const foreign = await send(a, { postId: foreignPost.id });
    expect(foreign.status).toBe(404);
    expect(foreign.text).not.toContain(foreigner.nickname);
    expect((await send(a, { userId: foreigner.id })).status).toBe(404);
    expect((await send(a, { postId: 2_147_483_647 })).status).toBe(404);
  });

  it("reaches a comment's author from { commentId }, anonymous when the comment is", async () => {
    const post = await writePost(a, boards.free);
    const comment = await api("POST", `/api/v1/posts/${post.id}/comments`, {
      token: b.token,
      body: { content: "익명 댓글", isAnonymous: true },
    });
    expect(comment.status).toBe(201);
    const res = await send(a, { commentId: comment.body.id }, "댓글 보고 왔어요");
    expect(res.status, res.text).toBe(201);
    const list = await api("GET", "/api/v1/messages/threads", { token: b.token });
    const item = list.body.items.find((t: { id: number }) => t.id === res.body.threadId);
    expect(item).toMatchObject({
      counterpart: { name: "익명" },
      origin: { kind: "COMMENT", postId: post.id },
    });
    expectNoTraceOf(list.text, a);
  });

  it("takes { userId } only for a friend (403 otherwise) and then shows nicknames", async () => {
    const notFriend = await send(a, { userId: b.id });
    expect(notFriend.status).toBe(403);
    expect(notFriend.body.error.code).toBe("FORBIDDEN");
    await befriend(a, b);
    const res = await send(a, { userId: b.id }, "친구야");
    expect(res.status, res.text).toBe(201);
    const thread = await api("GET", `/api/v1/messages/threads/${res.body.threadId}`, {
      token: b.token,
    });
    expect(thread.body).toMatchObject({
      counterpart: { id: a.id, name: a.nickname },
      origin: { kind: "FRIEND" },
    });
  });

  it("validates content: 1–1000 characters, no control characters, a known target", async () => {
    const post = await writePost(b, boards.free);
    for (const content of ["", "   ", "x".repeat(1001), "제어\u0000문자", "벨\u0007"]) {
      const res = await send(a, { postId: post.id }, content);
      expect(res.status, JSON.stringify(content)).toBe(400);
      expect(res.body.error.code).toBe("VALIDATION_FAILED");
    }
    expect((await send(a, { postId: post.id }, "x".repeat(1000))).status).toBe(201);
    for (const to of [
      {},
      { postId: "1" },
      { postId: 0 },
      { postId: 1, userId: 2 },
      { threadId: 1 },
    ]) {
      const res = await api("POST", "/api/v1/messages", {
        token: a.token,
        body: { content: "hi", to },
      });
      expect(res.status, JSON.stringify(to)).toBe(400);
    }
    expect(
      (await api("POST", "/api/v1/messages", { body: { content: "hi", to: { postId: post.id } } }))
        .status,
    ).toBe(401);
    expect((await api("GET", "/api/v1/messages/threads/abc", { token: a.token })).status).toBe(404);
  });

  it("is rate limited (429 with Retry-After past RATE_LIMIT_MESSAGES)", async () => {
    const sender = await createUser({ schoolId: hanbit });
    const post = await writePost(b, boards.free);
    // The default is 60 per 10 minutes; fill the window directly, then one more is refused.
    await testDb().rateLimitBucket.upsert({
      where: { key: `messages:${sender.id}` },
      create: { key: `messages:${sender.id}`, count: 60n, resetAt: BigInt(Date.now() + 600_000) },
      update: { count: 60n, resetAt: BigInt(Date.now() + 600_000) },
    });
    const res = await send(sender, { postId: post.id });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("a block is against the person (issue 26.6)", () => {
  const threadsOf = async (u: TestUser) =>
    (await api("GET", "/api/v1/messages/threads", { token: u.token })).body.items as {
      id: number;
      lastMessage: { content: string; isMine: boolean } | null;
      unreadCount: number;
    }[];
  const messageNotes = async (u: TestUser) =>
    (await api("GET", "/api/v1/notifications", { token: u.token })).body.items.filter(
      (n: { kind: string }) => n.kind === "MESSAGE",
    ).length;

  it("after blocking one thread, nothing the person sends from another post, a comment or the friend thread reaches the student, and the sender is not told", async () => {
    const [sender, student] = await Promise.all([
      createUser({ schoolId: hanbit }),
      createUser({ schoolId: hanbit }),
    ]);
    const first = await writePost(student, boards.free, { isAnonymous: true, content: "첫 글" });
    const started = await send(sender, { postId: first.id }, "첫 쪽지");
    expect(started.status).toBe(201);
    expect(
      (
        await api("POST", `/api/v1/messages/threads/${started.body.threadId}/block`, {
          token: student.token,
        })
      ).status,
    ).toBe(204);
    const notesBefore = await messageNotes(student);
    const threadsBefore = (await threadsOf(student)).map((t) => t.id);

    // Another anonymous post, an anonymous comment, and (they are friends) the friend thread.
    const second = await writePost(student, boards.free, { isAnonymous: true, content: "둘째 글" });
    const commentOn = await writePost(sender, boards.free);
    const comment = await api("POST", `/api/v1/posts/${commentOn.id}/comments`, {
      token: student.token,
      body: { content: "익명 댓글", isAnonymous: true },
    });
    expect(comment.status).toBe(201);
    await befriend(student, sender);
    const stranger = await createUser({ schoolId: hanbit });
    const unblockedOrigin = await send(stranger, { postId: second.id }, "모르는 사람의 쪽지");
    expect(unblockedOrigin.status).toBe(201);

    const sends = [
      await send(sender, { postId: second.id }, "다른 글로 다시"),
      await send(sender, { commentId: comment.body.id }, "댓글로 다시"),
      await send(sender, { userId: student.id }, "친구로 다시"),
    ];
    for (const res of sends) {
      // Exactly the answer of a delivered message.
      expect(res.status, res.text).toBe(201);
      expect(Object.keys(res.body).sort()).toEqual(["message", "threadId"]);
      expect(Object.keys(res.body.message).sort()).toEqual(
        Object.keys(started.body.message).sort(),
      );
      // The sender's own side shows it as sent, and they can go on writing.
      const mine = await api("GET", `/api/v1/messages/threads/${res.body.threadId}`, {
        token: sender.token,
      });
      expect(mine.status).toBe(200);
      expect(mine.body).toMatchObject({ canSend: true, blockedByMe: false });
      expect(mine.body.items.at(-1)).toMatchObject({ isMine: true });
      const more = await api("POST", `/api/v1/messages/threads/${res.body.threadId}`, {
        token: sender.token,
        body: { content: "한 번 더" },
      });
      expect(more.status).toBe(201);
      // The student: no thread, no notification, no unread count, and 404 on the thread.
      expect(
        (
          await api("GET", `/api/v1/messages/threads/${res.body.threadId}`, {
            token: student.token,
          })
        ).status,
      ).toBe(404);
    }
    const senderThreads = await threadsOf(sender);
    for (const res of sends)
      expect(senderThreads.find((t) => t.id === res.body.threadId)?.lastMessage).toMatchObject({
        content: "한 번 더",
        isMine: true,
      });
    const studentThreads = await threadsOf(student);
    expect(studentThreads.map((t) => t.id).sort()).toEqual(
      [...threadsBefore, unblockedOrigin.body.threadId].sort(),
    );
    expect(studentThreads.find((t) => t.id === unblockedOrigin.body.threadId)?.unreadCount).toBe(1);
    expect(await messageNotes(student)).toBe(notesBefore + 1); // the stranger's only
    const page = await fetchPage("/messages", await sessionCookie(student));
    expect(page.text).not.toContain("다른 글로 다시");
    expect(page.text).not.toContain("한 번 더");

    // The block is one way: what the student sends the person still arrives.
    const reply = await send(student, { postId: commentOn.id }, "내가 보내는 건 가요");
    expect(reply.status).toBe(201);
    const arrived = await api("GET", `/api/v1/messages/threads/${reply.body.threadId}`, {
      token: sender.token,
    });
    expect(arrived.body.items.map((m: { content: string }) => m.content)).toEqual([
      "내가 보내는 건 가요",
    ]);
  });

  it("a friend thread takes no new message once the friendship ends (403), from either side", async () => {
    const [a, b] = await Promise.all([
      createUser({ schoolId: hanbit }),
      createUser({ schoolId: hanbit }),
    ]);
    await befriend(a, b);
    const first = await send(a, { userId: b.id }, "친구야");
    expect(first.status).toBe(201);
    expect((await api("DELETE", `/api/v1/friends/${b.id}`, { token: a.token })).status).toBe(204);
    for (const [who, path, body] of [
      [a, `/api/v1/messages/threads/${first.body.threadId}`, { content: "아직 친구?" }],
      [b, `/api/v1/messages/threads/${first.body.threadId}`, { content: "답장" }],
      [a, "/api/v1/messages", { content: "새로", to: { userId: b.id } }],
    ] as const) {
      const res = await api("POST", path, { token: who.token, body });
      expect(res.status, `${path} ${res.text}`).toBe(403);
      expect(res.body.error.code).toBe("FORBIDDEN");
    }
    // The thread itself is still theirs to read.
    const thread = await api("GET", `/api/v1/messages/threads/${first.body.threadId}`, {
      token: b.token,
    });
    expect(thread.body.items.map((m: { content: string }) => m.content)).toEqual(["친구야"]);
  });
});
