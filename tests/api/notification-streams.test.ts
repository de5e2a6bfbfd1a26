import net from "node:net";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { api, baseUrl, createUser, firstSchoolIds, testDb, type TestUser } from "../support/api";
import { boardsOf, sessionCookie, writePost } from "../support/community";

// issue 26.1 and 26.4 over HTTP (SPEC, 쪽지/알림/신고): a stream replays at most the 100 newest
// missed events; a student has at most 10 open streams (one more ends the oldest); a reader that
// stops reading is dropped before the server holds 1 MB for it; and a stream ends within 5 s of
// its session ending (로그아웃, a new password, deactivation). In the scale-out pass the streams
// and the writes that end them are spread over both instances behind nginx.

const instances = inject("instanceUrls");
/** Instance i, round-robin (one server when the tests start their own). */
const at = (i: number) => instances[i % instances.length];

let hanbit: number;
let boards: Awaited<ReturnType<typeof boardsOf>>;
beforeAll(async () => {
  [hanbit] = await firstSchoolIds();
  boards = await boardsOf(hanbit);
});

type Stream = {
  res: Response;
  /** The text read so far once `until` holds; rejects past `ms`. */
  until: (until: (text: string) => boolean, ms?: number) => Promise<string>;
  /** Resolves with the text when the server ends the stream; rejects past `ms`. */
  ended: (ms?: number) => Promise<string>;
  close: () => Promise<void>;
};

async function openStream(
  base: string,
  auth: { token?: string; cookie?: string },
  lastEventId?: number,
): Promise<Stream> {
  const res = await fetch(`${base}/api/v1/notifications/stream`, {
    headers: {
      ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}),
      ...(auth.cookie ? { cookie: auth.cookie } : {}),
      ...(lastEventId ? { "last-event-id": String(lastEventId) } : {}),
    },
  });
  expect(res.status).toBe(200);
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let done = false;
  const read = async (stop: () => boolean, ms: number, what: string) => {
    const deadline = Date.now() + ms;
    while (!stop()) {
      if (done) throw new Error(`stream ended before ${what}; got ${text.slice(-300)}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${what} within ${ms} ms; got ${text.slice(-300)}`);
      const chunk = await Promise.race([
        reader.read(),
        new Promise<null>((r) => setTimeout(() => r(null), left)),
      ]);
      if (chunk === null) continue;
      if (chunk.done) done = true;
      else text += decoder.decode(chunk.value, { stream: true });
    }
    return text;
  };
  const stream: Stream = {
    res,
    until: (until, ms = 10_000) => read(() => until(text), ms, "awaited text"),
    ended: async (ms = 10_000) => {
      const deadline = Date.now() + ms;
      while (!done) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`the stream did not end within ${ms} ms`);
        const chunk = await Promise.race([
          reader.read(),
          new Promise<null>((r) => setTimeout(() => r(null), left)),
        ]);
        if (chunk === null) continue;
        if (chunk.done) done = true;
        else text += decoder.decode(chunk.value, { stream: true });
      }
      return text;
    },
    close: () => reader.cancel().catch(() => {}),
  };
  await stream.until((t) => t.includes(": connected"));
  return stream;
}

const eventIds = (text: string) => [...text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));

/** Inserts notifications for the user straight into the database (replay reads them there). */
async function insertNotifications(userId: number, n: number, size = 20): Promise<number[]> {
  const rows = Array.from({ length: n }, (_, i) => ({
    userId,
    kind: "COMMENT",
    text: `${i}:`.padEnd(size, "가"),
    link: "/posts/1",
  }));
  for (let i = 0; i < rows.length; i += 500)
    await testDb().notification.createMany({ data: rows.slice(i, i + 500) });
  const ids = await testDb().notification.findMany({
    where: { userId },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return ids.map((r) => r.id);
}

/** A comment on the user's post: one COMMENT notification, written through the API. */
async function commentOn(postId: number, by: TestUser, content: string, base = at(0)) {
  const res = await fetch(`${base}/api/v1/posts/${postId}/comments`, {
    method: "POST",
    headers: { authorization: `Bearer ${by.token}`, "content-type": "application/json" },
    body: JSON.stringify({ content, isAnonymous: false }),
  });
  expect(res.status).toBe(201);
}

/** Signs in through POST /auth/token (an access token that carries its refresh family). */
async function signIn(user: TestUser, base = at(0)) {
  const res = await fetch(`${base}/api/v1/auth/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: user.email, password: user.password }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { accessToken: string };
  const refresh = res.headers
    .getSetCookie()
    .find((c) => c.startsWith("refresh_token="))!
    .split(";")[0];
  return { token: body.accessToken, refresh };
}

describe("replay", () => {
  it("a reconnect replays the 100 newest missed events, oldest first, then goes on live", async () => {
    const [user, other] = await Promise.all([
      createUser({ schoolId: hanbit }),
      createUser({ schoolId: hanbit }),
    ]);
    const [seen] = await insertNotifications(user.id, 1);
    const missed = (await insertNotifications(user.id, 250)).filter((id) => id > seen);
    const stream = await openStream(at(1), { token: user.token }, seen);
    const text = await stream.until((t) => t.includes(`id: ${missed.at(-1)}\n`));
    expect(eventIds(text)).toEqual(missed.slice(-100));
    const post = await writePost(user, boards.free);
    await commentOn(post.id, other, "다시 이어서");
    const live = await stream.until((t) => t.includes("다시 이어서"));
    expect(eventIds(live)).toHaveLength(101);
    await stream.close();
  });
});

describe("at most 10 streams per student", () => {
  it("the 11th, on any instance, ends the oldest (event `end`, reason REPLACED); the rest go on", async () => {
    const [user, other] = await Promise.all([
      createUser({ schoolId: hanbit }),
      createUser({ schoolId: hanbit }),
    ]);
    const streams: Stream[] = [];
    for (let i = 0; i < 10; i++) streams.push(await openStream(at(i), { token: user.token }));
    const eleventh = await openStream(at(1), { token: user.token });
    const oldest = await streams[0].ended();
    expect(oldest).toContain('event: end\ndata: {"reason":"REPLACED"}');
    // Eleven opened, ten left: each still hears of a new comment.
    const post = await writePost(user, boards.free);
    await commentOn(post.id, other, "열 개 모두에게");
    for (const s of [...streams.slice(1), eleventh]) {
      const text = await s.until((t) => t.includes("열 개 모두에게"));
      expect(text).not.toContain("event: end");
    }
    await Promise.all([...streams, eleventh].map((s) => s.close()));
  });

  it("a burst of 30 from one token leaves 10 open", async () => {
    const user = await createUser({ schoolId: hanbit });
    const streams: Stream[] = [];
    for (let i = 0; i < 30; i++) streams.push(await openStream(at(i), { token: user.token }));
    // The 20 oldest end (at once on their own instance, within a check elsewhere).
    await Promise.all(streams.slice(0, 20).map((s) => s.ended()));
    expect(await testDb().notificationStream.count({ where: { userId: user.id } })).toBe(10);
    await Promise.all(streams.map((s) => s.close()));
  });
});

describe("a stream ends within 5 s of its session ending", () => {
  const within5s = async (stream: Stream) => {
    const started = Date.now();
    const text = await stream.ended(5_000);
    expect(Date.now() - started).toBeLessThanOrEqual(5_000);
    return text;
  };

  it("로그아웃 of the Bearer session (POST /auth/logout, on another instance)", async () => {
    const [user, other] = await Promise.all([
      createUser({ schoolId: hanbit }),
      createUser({ schoolId: hanbit }),
    ]);
    const session = await signIn(user, at(0));
    const untouched = await signIn(user, at(1));
    const stream = await openStream(at(1), { token: session.token });
    const keeps = await openStream(at(0), { token: untouched.token });
    const out = await fetch(`${at(0)}/api/v1/auth/logout`, {
      method: "POST",
      headers: { cookie: session.refresh },
    });
    expect(out.status).toBe(204);
    expect(await within5s(stream)).toContain('data: {"reason":"SESSION_ENDED"}');
    // The same token cannot open a new one; the other sign-in's stream goes on.
    const again = await fetch(`${at(1)}/api/v1/notifications/stream`, {
      headers: { authorization: `Bearer ${session.token}` },
    });
    expect(again.status).toBe(401);
    const post = await writePost(user, boards.free);
    await commentOn(post.id, other, "남은 세션에게만");
    await keeps.until((t) => t.includes("남은 세션에게만"));
    await keeps.close();
  });

  it("로그아웃 of a browser session (next-auth sign-out)", async () => {
    const user = await createUser({ schoolId: hanbit });
    const cookie = await sessionCookie({ email: user.email, password: user.password });
    const stream = await openStream(at(1), { cookie });
    const csrf = await fetch(`${at(0)}/api/auth/csrf`, { headers: { cookie } });
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const out = await fetch(`${at(0)}/api/auth/signout`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: `${cookie}; ${csrfCookie}`,
      },
      body: new URLSearchParams({ csrfToken, callbackUrl: "/login" }),
      redirect: "manual",
    });
    expect(out.status).toBeLessThan(400);
    expect(await within5s(stream)).toContain('data: {"reason":"SESSION_ENDED"}');
  });

  it("a password change ends the Bearer and the browser streams, and nothing quoted arrives after", async () => {
    const [user, other] = await Promise.all([
      createUser({ schoolId: hanbit }),
      createUser({ schoolId: hanbit }),
    ]);
    const post = await writePost(user, boards.free);
    const session = await signIn(user);
    const cookie = await sessionCookie({ email: user.email, password: user.password });
    const bearer = await openStream(at(0), { token: session.token });
    const browser = await openStream(at(1), { cookie });
    const changed = await api("PATCH", "/api/v1/me", {
      token: user.token,
      body: { currentPassword: user.password, newPassword: "a-brand-new-password-1" },
    });
    expect(changed.status).toBe(200);
    const [a, b] = await Promise.all([within5s(bearer), within5s(browser)]);
    await commentOn(post.id, other, "비밀번호 바꾼 뒤의 댓글");
    for (const text of [a, b]) expect(text).not.toContain("비밀번호 바꾼 뒤의 댓글");
  });

  it("deactivation ends it", async () => {
    const user = await createUser({ schoolId: hanbit });
    const stream = await openStream(at(1), { token: user.token });
    await testDb().user.update({ where: { id: user.id }, data: { isActive: false } });
    await within5s(stream);
  });
});

describe("a reader that stops reading", () => {
  it("is dropped before the server holds 1 MB for it, and the server stays responsive", async () => {
    const user = await createUser({ schoolId: hanbit });
    // Through nginx in the scale-out pass: its buffers are between the reader and the server too.
    const { hostname, port } = new URL(baseUrl());
    const socket = net.connect({ host: hostname, port: Number(port) });
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", resolve);
      socket.once("error", reject);
    });
    let closed = false;
    socket.on("close", () => (closed = true));
    socket.on("error", () => {});
    socket.write(
      `GET /api/v1/notifications/stream HTTP/1.1\r\nHost: ${hostname}:${port}\r\n` +
        `Authorization: Bearer ${user.token}\r\nAccept: text/event-stream\r\n\r\n`,
    );
    // Read the head, then never again.
    await new Promise<void>((resolve) =>
      socket.once("data", (d) => {
        expect(String(d)).toMatch(/^HTTP\/1\.1 200/);
        resolve();
      }),
    );
    socket.pause();
    await expect
      .poll(() => testDb().notificationStream.count({ where: { userId: user.id } }), {
        timeout: 10_000,
      })
      .toBe(1);
    // About 8 MB of events (more than every buffer between here and the server holds), woken
    // by the next poll of the stream or by a committed comment.
    await insertNotifications(user.id, 10_000, 200);
    const post = await writePost(user, boards.free);
    await commentOn(post.id, await createUser({ schoolId: hanbit }), "깨우기");
    // The server lets go of it: its lease is gone, and health checks answer meanwhile.
    await expect
      .poll(
        async () => {
          expect((await fetch(`${at(0)}/api/v1/health`)).status).toBe(200);
          return testDb().notificationStream.count({ where: { userId: user.id } });
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(0);
    // Reading again, the client finds the connection closed after a fraction of the 10,000 events.
    let bytes = 0;
    let tail = "";
    socket.on("data", (d: Buffer) => {
      bytes += d.length;
      tail = (tail + d.toString("latin1")).slice(-16);
    });
    socket.resume();
    // The response ends (its last chunk, on a connection kept alive) or the connection closes.
    await expect
      .poll(() => closed || tail.endsWith("\r\n0\r\n\r\n"), { timeout: 30_000 })
      .toBe(true);
    // Whatever the socket buffers held on the way, the server sent less than 1 MB into it.
    expect(bytes).toBeLessThan(1024 * 1024);
    socket.destroy();
  }, 90_000);
});
