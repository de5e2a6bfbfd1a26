import { beforeAll, describe, expect, inject, it } from "vitest";
import { api, baseUrl, createUser, firstSchoolIds, type TestUser } from "../support/api";
import { boardsOf, writePost } from "../support/community";

// 알림: kinds, never for your own action, never naming an anonymous actor, read marks, and the
// live stream (SSE) with Last-Event-ID replay.

let hanbit: number;
let boards: Awaited<ReturnType<typeof boardsOf>>;

beforeAll(async () => {
  [hanbit] = await firstSchoolIds();
  boards = await boardsOf(hanbit);
});

const list = (u: TestUser) => api("GET", "/api/v1/notifications", { token: u.token });
const comment = (u: TestUser, postId: number, body: Record<string, unknown>) =>
  api("POST", `/api/v1/posts/${postId}/comments`, {
    token: u.token,
    body: { isAnonymous: false, ...body },
  });

describe("notifications", () => {
  it("COMMENT on my post and REPLY to my comment; none for my own; anonymous actors never named", async () => {
    const [a, b, c] = await Promise.all([
      createUser({ schoolId: hanbit }),
      createUser({ schoolId: hanbit }),
      createUser({ schoolId: hanbit }),
    ]);
    const post = await writePost(a, boards.free);
    expect((await comment(a, post.id, { content: "내 글에 내가 단 댓글" })).status).toBe(201);
    expect((await list(a)).body).toEqual({ items: [], unreadCount: 0, nextCursor: null });

    const top = await comment(b, post.id, { content: "익명으로 남겨요", isAnonymous: true });
    expect(top.status).toBe(201);
    const aNotes = await list(a);
    expect(aNotes.body.unreadCount).toBe(1);
    expect(aNotes.body.items).toEqual([
      {
        id: expect.any(Number),
        kind: "COMMENT",
        text: expect.stringContaining("익명으로 남겨요"),
        link: `/posts/${post.id}`,
        isRead: false,
        createdAt: expect.any(String),
      },
    ]);
    expect(aNotes.text).not.toContain(b.nickname);
    expect(aNotes.text).not.toContain(b.email);

    const reply = await comment(c, post.id, { content: "답글이에요", parentId: top.body.id });
    expect(reply.status).toBe(201);
    const bNotes = await list(b);
    expect(bNotes.body.items.map((n: { kind: string }) => n.kind)).toEqual(["REPLY"]);
    // The post's author hears of the reply as a comment on their post.
    expect((await list(a)).body.items.map((n: { kind: string }) => n.kind)).toEqual([
      "COMMENT",
      "COMMENT",
    ]);
    expect((await list(c)).body.unreadCount).toBe(0);
  });

  it("HOT once, when the 공감 that reaches the threshold lands", async () => {
    const a = await createUser({ schoolId: hanbit });
    const post = await writePost(a, boards.free);
    const likers = await Promise.all(
      Array.from({ length: 11 }, () => createUser({ schoolId: hanbit })),
    );
    for (const [i, u] of likers.entries()) {
      expect((await api("PUT", `/api/v1/posts/${post.id}/like`, { token: u.token })).status).toBe(
        200,
      );
      const hot = (await list(a)).body.items.filter((n: { kind: string }) => n.kind === "HOT");
      expect(hot.length, `after ${i + 1} likes`).toBe(i + 1 >= 10 ? 1 : 0);
    }
    const notes = await list(a);
    expect(notes.text).not.toMatch(new RegExp(likers.map((u) => u.nickname).join("|")));
  });

  it("FRIEND_REQUEST and FRIEND_ACCEPTED", async () => {
    const [a, b] = await Promise.all([
      createUser({ schoolId: hanbit }),
      createUser({ schoolId: hanbit }),
    ]);
    const sent = await api("POST", "/api/v1/friends/requests", {
      token: a.token,
      body: { nickname: b.nickname },
    });
    expect(sent.status).toBe(201);
    expect((await list(b)).body.items[0]).toMatchObject({
      kind: "FRIEND_REQUEST",
      text: expect.stringContaining(a.nickname),
      link: "/friends",
    });
    expect(
      (await api("POST", `/api/v1/friends/requests/${sent.body.id}/accept`, { token: b.token }))
        .status,
    ).toBe(200);
    expect((await list(a)).body.items[0]).toMatchObject({
      kind: "FRIEND_ACCEPTED",
      text: expect.stringContaining(b.nickname),
    });
    expect((await list(a)).body.items).toHaveLength(1);
  });

  it("POST /notifications/read marks the given ones (204), or all; others' ids are left alone", async () => {
    const [a, b] = await Promise.all([
      createUser({ schoolId: hanbit }),
      createUser({ schoolId: hanbit }),
    ]);
    const post = await writePost(a, boards.free);
    for (const content of ["하나", "둘", "셋"])
      expect((await comment(b, post.id, { content })).status).toBe(201);
    const before = await list(a);
    expect(before.body.unreadCount).toBe(3);
    const [first] = before.body.items;
    const one = await api("POST", "/api/v1/notifications/read", {
      token: a.token,
      body: { ids: [first.id] },
    });
    expect(one.status).toBe(204);
    const after = await list(a);
    expect(after.body.unreadCount).toBe(2);
    expect(after.body.items.find((n: { id: number }) => n.id === first.id).isRead).toBe(true);
    // Someone else's ids change nothing of theirs.
    expect(
      (
        await api("POST", "/api/v1/notifications/read", {
          token: b.token,
          body: { ids: after.body.items.map((n: { id: number }) => n.id) },
        })
      ).status,
    ).toBe(204);
    expect((await list(a)).body.unreadCount).toBe(2);
    expect(
      (await api("POST", "/api/v1/notifications/read", { token: a.token, body: {} })).status,
    ).toBe(204);
    expect((await list(a)).body.unreadCount).toBe(0);
    for (const body of [
      { ids: "1" },
      { ids: [0] },
      { ids: ["1"] },
      { ids: Array.from({ length: 101 }, (_, i) => i + 1) },
    ]) {
      expect(
        (await api("POST", "/api/v1/notifications/read", { token: a.token, body })).status,
        JSON.stringify(body).slice(0, 40),
      ).toBe(400);
    }
    const paged = await api("GET", "/api/v1/notifications?limit=2", { token: a.token });
    expect(paged.body.items).toHaveLength(2);
    const rest = await api(
      "GET",
      `/api/v1/notifications?limit=2&cursor=${encodeURIComponent(paged.body.nextCursor)}`,
      { token: a.token },
    );
    expect(rest.body.items).toHaveLength(1);
    expect(rest.body.nextCursor).toBeNull();
  });
});

/** Reads an SSE response: resolves with the next `notification` event, or rejects past `ms`. */
function sseReader(res: Response) {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const next = async (ms: number, want: (block: string) => boolean): Promise<string> => {
    const deadline = Date.now() + ms;
    for (;;) {
      const blocks = buffer.split("\n\n");
      for (let i = 0; i < blocks.length - 1; i++) {
        if (want(blocks[i])) {
          buffer = blocks.slice(i + 1).join("\n\n");
          return blocks[i];
        }
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no event within ${ms} ms; got ${JSON.stringify(buffer)}`);
      const chunk = await Promise.race([
        reader.read(),
        new Promise<null>((r) => setTimeout(() => r(null), left)),
      ]);
      if (chunk === null) continue;
      if (chunk.done) throw new Error("stream ended");
      buffer += decoder.decode(chunk.value, { stream: true });
    }
  };
  return { next, close: () => reader.cancel() };
}

const stream = (u: TestUser, lastEventId?: number, base = baseUrl()) =>
  fetch(`${base}/api/v1/notifications/stream`, {
    headers: {
      authorization: `Bearer ${u.token}`,
      ...(lastEventId ? { "last-event-id": String(lastEventId) } : {}),
    },
  });

const parseEvent = (block: string) => ({
  id: Number(/^id: (\d+)$/m.exec(block)?.[1]),
  event: /^event: (.+)$/m.exec(block)?.[1],
  data: JSON.parse(/^data: (.+)$/m.exec(block)![1]),
});

describe("GET /api/v1/notifications/stream", () => {
  it("needs a viewer (401)", async () => {
    expect((await fetch(`${baseUrl()}/api/v1/notifications/stream`)).status).toBe(401);
  });

  it("delivers a notification to a second connection within a second, and replays from Last-Event-ID", async () => {
    const [a, b] = await Promise.all([
      createUser({ schoolId: hanbit }),
      createUser({ schoolId: hanbit }),
    ]);
    const post = await writePost(a, boards.free);
    const res = await stream(a);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const sse = sseReader(res);
    await sse.next(5_000, (b) => b.includes(": connected"));

    const sent = await comment(b, post.id, { content: "실시간 댓글", isAnonymous: true });
    expect(sent.status).toBe(201);
    const event = parseEvent(await sse.next(1_000, (b) => b.includes("event: notification")));
    expect(event.event).toBe("notification");
    expect(event.data).toMatchObject({ kind: "COMMENT", link: `/posts/${post.id}`, isRead: false });
    expect(event.id).toBe(event.data.id);
    expect(JSON.stringify(event.data)).not.toContain(b.nickname);
    await sse.close();

    // Missed while disconnected: two more; a reconnect with Last-Event-ID gets both, in order.
    for (const content of ["놓친 댓글 1", "놓친 댓글 2"])
      expect((await comment(b, post.id, { content })).status).toBe(201);
    const again = sseReader(await stream(a, event.id));
    const first = parseEvent(await again.next(5_000, (b) => b.includes("event: notification")));
    const second = parseEvent(await again.next(5_000, (b) => b.includes("event: notification")));
    expect([first.data.text, second.data.text].join(" ")).toMatch(/놓친 댓글 1.*놓친 댓글 2/);
    expect(second.id).toBeGreaterThan(first.id);
    await again.close();
  });

  it("crosses instances: a stream on one instance hears of a comment written on another (LISTEN/NOTIFY)", async () => {
    // In the nginx pass (.ci/run) these are two servers on one PostgreSQL; started here, one.
    const instances = inject("instanceUrls");
    const [a, b] = await Promise.all([
      createUser({ schoolId: hanbit }),
      createUser({ schoolId: hanbit }),
    ]);
    const post = await writePost(a, boards.free);
    const sse = sseReader(await stream(a, undefined, instances[instances.length - 1]));
    await sse.next(5_000, (b) => b.includes(": connected"));
    const sent = await fetch(`${instances[0]}/api/v1/posts/${post.id}/comments`, {
      method: "POST",
      headers: { authorization: `Bearer ${b.token}`, "content-type": "application/json" },
      body: JSON.stringify({ content: "다른 인스턴스에서", isAnonymous: false }),
    });
    expect(sent.status).toBe(201);
    const event = parseEvent(await sse.next(1_000, (b) => b.includes("event: notification")));
    expect(event.data).toMatchObject({ kind: "COMMENT", link: `/posts/${post.id}` });
    await sse.close();
  });

  it("takes no parameter but lastEventId (400 at once, not a stream)", async () => {
    const u = await createUser({ schoolId: hanbit });
    const res = await api("GET", "/api/v1/notifications/stream?limit=5", { token: u.token });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("VALIDATION_FAILED");
  });
});
