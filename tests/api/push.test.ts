import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  api,
  baseUrl,
  createUser,
  firstSchoolIds,
  TEST_PASSWORD,
  testDb,
  type TestUser,
} from "../support/api";
import { boardsOf, sessionCookie, writePost } from "../support/community";
import { befriend, expectNoTraceOf } from "../support/social";
import {
  startPushService,
  type Behaviour,
  type PushService,
  type ReceivedPush,
  type TestSubscription,
} from "../support/push-service";

// Web Push (SPEC "Push notifications"). The tests run a push service of their own on loopback
// (tests/support/push-service.ts: http on 127.0.0.1, which the test servers list in
// PUSH_ENDPOINT_HOSTS); it checks each push's VAPID JWT and decrypts it with the subscription's
// keys, as a browser's push service and the browser would.

let hanbit: number;
let boards: Awaited<ReturnType<typeof boardsOf>>;
let service: PushService;
let publicKey: string;
const instances = inject("instanceUrls");

beforeAll(async () => {
  [hanbit] = await firstSchoolIds();
  boards = await boardsOf(hanbit);
  service = await startPushService("127.0.0.1");
  const res = await api("GET", "/api/v1/push/public-key");
  publicKey = res.body.publicKey;
});
afterAll(() => service?.close());

async function subscribe(user: TestUser, behaviour?: Behaviour, base?: string) {
  const sub = service.subscribe(behaviour);
  const body = { endpoint: sub.endpoint, keys: sub.keys, expirationTime: null };
  if (base) {
    const res = await fetch(`${base}/api/v1/me/push-subscriptions`, {
      method: "POST",
      headers: { authorization: `Bearer ${user.token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(res.status, await res.text()).toBe(201);
  } else {
    const res = await api("POST", "/api/v1/me/push-subscriptions", { token: user.token, body });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toEqual({ endpoint: sub.endpoint, createdAt: expect.any(String) });
  }
  return sub;
}

const comment = (u: TestUser, postId: number, body: Record<string, unknown>) =>
  api("POST", `/api/v1/posts/${postId}/comments`, {
    token: u.token,
    body: { isAnonymous: false, ...body },
  });

async function newestNotification(u: TestUser) {
  const res = await api("GET", "/api/v1/notifications?limit=1", { token: u.token });
  return res.body.items[0] as { id: number; kind: string; text: string; link: string };
}

/** The push matches the in-app notification it was made for, and passed every check. */
async function expectPushOf(user: TestUser, push: ReceivedPush, kind: string) {
  expect(push.error).toBeUndefined();
  expect(push.status).toBe(201);
  const note = await newestNotification(user);
  expect(note.kind).toBe(kind);
  expect(push.payload).toEqual({
    id: note.id,
    kind,
    title: expect.any(String),
    body: note.text,
    link: note.link,
  });
  expect(push.payload!.title.length).toBeGreaterThan(0);
  expect(push.payload!.link).toMatch(/^\/[^/]/);
  expect(push.vapidKey).toBe(publicKey);
  expect(Number(push.headers.ttl)).toBeGreaterThan(0);
  expect(Number(push.headers.ttl)).toBeLessThanOrEqual(86_400);
  expect(push.headers.urgency).toBe(kind === "MESSAGE" ? "high" : "normal");
  expect(push.bodyBytes).toBeLessThanOrEqual(3072);
}

/** Polls the database until `check` holds (the sender works after the answer). */
async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("push: key and subscriptions", () => {
  it("serves the VAPID public key to anyone: an uncompressed P-256 point, base64url", async () => {
    const res = await api("GET", "/api/v1/push/public-key");
    expect(res.status).toBe(200);
    expect(res.body.publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
    const point = Buffer.from(res.body.publicKey, "base64url");
    expect(point.length).toBe(65);
    expect(point[0]).toBe(4);
  });

  it("needs a signed-in student to subscribe, unsubscribe or read settings", async () => {
    const sub = service.subscribe();
    const body = { endpoint: sub.endpoint, keys: sub.keys };
    expect((await api("POST", "/api/v1/me/push-subscriptions", { body })).status).toBe(401);
    expect((await api("DELETE", "/api/v1/me/push-subscriptions", { body })).status).toBe(401);
    expect((await api("GET", "/api/v1/me/notification-settings")).status).toBe(401);
  });

  it("refuses endpoints that are not a listed push service (the SSRF guard) and bad keys", async () => {
    const user = await createUser({ schoolId: hanbit });
    const keys = service.subscribe().keys;
    const port = new URL(service.origin).port;
    const refused = [
      `http://127.0.0.3:${port}/push/x`, // loopback, but not listed
      `http://localhost:${port}/push/x`,
      `http://[::1]:${port}/push/x`,
      "http://fcm.googleapis.com/fcm/send/abc", // a listed service, but not https
      "https://evil.example/push/abc",
      "https://169.254.169.254/latest/meta-data",
      "https://10.0.0.1/push",
      "https://fcm.googleapis.com.evil.example/fcm/send/abc",
      "https://fcm.googleapis.com@evil.example/fcm/send/abc",
      "https://user:pw@fcm.googleapis.com/fcm/send/abc",
      "https://notify.windows.com/w/?token=abc", // *.notify.windows.com: subdomains only
      "ftp://fcm.googleapis.com/fcm/send/abc",
      "file:///etc/passwd",
      "javascript:alert(1)",
      "not a url",
      `https://fcm.googleapis.com/${"a".repeat(2100)}`,
    ];
    for (const endpoint of refused) {
      const res = await api("POST", "/api/v1/me/push-subscriptions", {
        token: user.token,
        body: { endpoint, keys },
      });
      expect(res.status, endpoint).toBe(400);
      expect(res.body.error.code).toBe("VALIDATION_FAILED");
      expect(res.body.error.fields.endpoint, endpoint).toBeDefined();
    }
    const badKeys = [
      { p256dh: keys.p256dh, auth: "short" },
      { p256dh: "A".repeat(87), auth: keys.auth }, // right length, not a point on the curve
      { p256dh: keys.auth, auth: keys.auth },
      { p256dh: keys.p256dh },
    ];
    for (const k of badKeys) {
      const res = await api("POST", "/api/v1/me/push-subscriptions", {
        token: user.token,
        body: { endpoint: service.subscribe().endpoint, keys: k },
      });
      expect(res.status, JSON.stringify(k)).toBe(400);
    }
    expect(await testDb().pushSubscription.count({ where: { userId: user.id } })).toBe(0);

    // The browsers' services over https are taken (this student is never notified: nothing is sent).
    for (const endpoint of [
      "https://fcm.googleapis.com/fcm/send/abc:def",
      "https://updates.push.services.mozilla.com/wpush/v2/gAAAA",
      "https://web.push.apple.com/QGuQyavXut",
      "https://wns2-par02p.notify.windows.com/w/?token=BQYAAA",
    ]) {
      const res = await api("POST", "/api/v1/me/push-subscriptions", {
        token: user.token,
        body: { endpoint, keys },
      });
      expect(res.status, endpoint).toBe(201);
    }
    expect(await testDb().pushSubscription.count({ where: { userId: user.id } })).toBe(4);
  });

  it("keeps at most 10 per student (the oldest goes); DELETE forgets only the caller's own", async () => {
    const [user, other] = await Promise.all([
      createUser({ schoolId: hanbit }),
      createUser({ schoolId: hanbit }),
    ]);
    const subs: TestSubscription[] = [];
    for (let i = 0; i < 11; i++) subs.push(await subscribe(user));
    const rows = await testDb().pushSubscription.findMany({
      where: { userId: user.id },
      select: { endpoint: true },
    });
    expect(rows.map((r) => r.endpoint).sort()).toEqual(
      subs
        .slice(1)
        .map((s) => s.endpoint)
        .sort(),
    );

    const theirs = await subscribe(other);
    const del = (u: TestUser, endpoint: string) =>
      api("DELETE", "/api/v1/me/push-subscriptions", { token: u.token, body: { endpoint } });
    expect((await del(user, theirs.endpoint)).status).toBe(204);
    expect(await testDb().pushSubscription.count({ where: { endpoint: theirs.endpoint } })).toBe(1);
    expect((await del(user, subs[5].endpoint)).status).toBe(204);
    expect(await testDb().pushSubscription.count({ where: { userId: user.id } })).toBe(9);
    expect((await del(user, subs[5].endpoint)).status).toBe(204); // again: still 204
  });

  it("a subscription made in a browser session is deleted when that browser signs out", async () => {
    const user = await createUser({ schoolId: hanbit });
    const cookie = await sessionCookie({ email: user.email, password: TEST_PASSWORD });
    const sub = service.subscribe();
    const res = await api("POST", "/api/v1/me/push-subscriptions", {
      headers: { cookie },
      body: { endpoint: sub.endpoint, keys: sub.keys },
    });
    expect(res.status, res.text).toBe(201);
    const row = await testDb().pushSubscription.findUniqueOrThrow({
      where: { endpoint: sub.endpoint },
      select: { sessionId: true },
    });
    expect(row.sessionId).toEqual(expect.any(String));
    const bearerSub = await subscribe(user); // the student's app, signed in with a token

    const csrfRes = await fetch(`${baseUrl()}/api/auth/csrf`, { headers: { cookie } });
    const csrfCookie = csrfRes.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
    const out = await fetch(`${baseUrl()}/api/auth/signout`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: [cookie, csrfCookie].join("; "),
      },
      body: new URLSearchParams({ csrfToken, callbackUrl: "/login" }),
      redirect: "manual",
    });
    expect(out.status).toBeLessThan(400);
    expect(await testDb().pushSubscription.count({ where: { endpoint: sub.endpoint } })).toBe(0);
    expect(await testDb().pushSubscription.count({ where: { endpoint: bearerSub.endpoint } })).toBe(
      1,
    );
  });

  it("회원 탈퇴 deletes every subscription and the settings of the account", async () => {
    const user = await createUser({ schoolId: hanbit });
    const subs = [await subscribe(user), await subscribe(user)];
    const off = await api("PUT", "/api/v1/me/notification-settings", {
      token: user.token,
      body: { hot: false },
    });
    expect(off.status, off.text).toBe(200);
    const gone = await api("DELETE", "/api/v1/me", {
      token: user.token,
      body: { password: TEST_PASSWORD },
    });
    expect(gone.status, gone.text).toBe(204);
    for (const sub of subs)
      expect(await testDb().pushSubscription.count({ where: { endpoint: sub.endpoint } })).toBe(0);
    expect(await testDb().notificationSetting.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("push: delivery", () => {
  it("pushes every kind of 알림, encrypted and signed, never naming an anonymous actor", async () => {
    const [a, b, c, d, e] = await Promise.all(
      Array.from({ length: 5 }, () => createUser({ schoolId: hanbit })),
    );
    const sub = await subscribe(a);
    let seen = 0;
    const next = async (kind: string) => {
      const got = await service.waitFor(sub, ++seen);
      await expectPushOf(a, got[seen - 1], kind);
      return got[seen - 1];
    };

    // COMMENT: an anonymous comment on a's post.
    const post = await writePost(a, boards.free);
    expect(
      (await comment(b, post.id, { content: "익명 댓글 푸시", isAnonymous: true })).status,
    ).toBe(201);
    const commentPush = await next("COMMENT");
    expect(commentPush.payload!.link).toBe(`/posts/${post.id}`);
    expect(commentPush.payload!.body).toContain("익명 댓글 푸시");
    expectNoTraceOf(JSON.stringify(commentPush.payload), b);

    // REPLY: an anonymous reply to a's comment on c's post.
    const cPost = await writePost(c, boards.free);
    const mine = await comment(a, cPost.id, { content: "내 댓글" });
    const reply = await comment(b, cPost.id, {
      content: "익명 답글 푸시",
      isAnonymous: true,
      parentId: mine.body.id,
    });
    expect(reply.status).toBe(201);
    expectNoTraceOf(JSON.stringify((await next("REPLY")).payload), b);

    // MESSAGE: a 쪽지 from an anonymous post's reader to its author, Urgency high.
    const anonPost = await writePost(a, boards.free, { isAnonymous: true });
    const sent = await api("POST", "/api/v1/messages", {
      token: b.token,
      body: { content: "쪽지 푸시입니다", to: { postId: anonPost.id } },
    });
    expect(sent.status, sent.text).toBe(201);
    const messagePush = await next("MESSAGE");
    expectNoTraceOf(JSON.stringify(messagePush.payload), b);

    // FRIEND_REQUEST (d asks a) and FRIEND_ACCEPTED (e accepts a's request).
    const asked = await api("POST", "/api/v1/friends/requests", {
      token: d.token,
      body: { nickname: a.nickname },
    });
    expect(asked.status).toBe(201);
    await next("FRIEND_REQUEST");
    await befriend(a, e);
    await next("FRIEND_ACCEPTED");

    // HOT: the 공감 that reaches the threshold (10).
    const hotPost = await writePost(a, boards.free);
    const likers = await Promise.all(
      Array.from({ length: 10 }, () => createUser({ schoolId: hanbit })),
    );
    for (const u of likers)
      expect(
        (await api("PUT", `/api/v1/posts/${hotPost.id}/like`, { token: u.token })).status,
      ).toBe(200);
    const hot = await next("HOT");
    expect(hot.payload!.link).toBe(`/posts/${hotPost.id}`);
    expectNoTraceOf(JSON.stringify(hot.payload), likers);

    // Nothing more arrives (one push per notification, none for a's own actions).
    await new Promise((r) => setTimeout(r, 300));
    expect(sub.received).toHaveLength(6);
  });

  it("per-kind settings: a kind turned off is not pushed, but stays in the in-app list", async () => {
    const [a, b] = await Promise.all([
      createUser({ schoolId: hanbit }),
      createUser({ schoolId: hanbit }),
    ]);
    const get = () => api("GET", "/api/v1/me/notification-settings", { token: a.token });
    expect((await get()).body).toEqual({
      comment: true,
      reply: true,
      message: true,
      hot: true,
      friend: true,
    });
    const put = await api("PUT", "/api/v1/me/notification-settings", {
      token: a.token,
      body: { comment: false, friend: false },
    });
    expect(put.status).toBe(200);
    expect(put.body).toEqual({
      comment: false,
      reply: true,
      message: true,
      hot: true,
      friend: false,
    });
    expect((await get()).body).toEqual(put.body);
    const partial = await api("PUT", "/api/v1/me/notification-settings", {
      token: a.token,
      body: { friend: true },
    });
    expect(partial.body).toEqual({
      comment: false,
      reply: true,
      message: true,
      hot: true,
      friend: true,
    });
    for (const bad of [{ comment: "no" }, { hot: 1 }, { message: null }]) {
      const res = await api("PUT", "/api/v1/me/notification-settings", {
        token: a.token,
        body: bad,
      });
      expect(res.status, JSON.stringify(bad)).toBe(400);
    }

    const sub = await subscribe(a);
    const post = await writePost(a, boards.free);
    expect((await comment(b, post.id, { content: "꺼 둔 종류" })).status).toBe(201);
    expect((await newestNotification(a)).kind).toBe("COMMENT"); // still in the list
    const sent = await api("POST", "/api/v1/messages", {
      token: b.token,
      body: { content: "켜 둔 종류", to: { postId: post.id } },
    });
    expect(sent.status).toBe(201);
    const got = await service.waitFor(sub, 1);
    expect(got[0].payload!.kind).toBe("MESSAGE");
    await new Promise((r) => setTimeout(r, 300));
    expect(sub.received.map((p) => p.payload!.kind)).toEqual(["MESSAGE"]);
  });

  it("a 410 from the push service deletes the subscription; later 알림 are not sent there", async () => {
    const [a, b] = await Promise.all([
      createUser({ schoolId: hanbit }),
      createUser({ schoolId: hanbit }),
    ]);
    const gone = await subscribe(a, { kind: "gone", status: 410 });
    const live = await subscribe(a);
    const post = await writePost(a, boards.free);
    expect((await comment(b, post.id, { content: "첫 댓글" })).status).toBe(201);
    await service.waitFor(gone, 1);
    await service.waitFor(live, 1);
    await eventually(
      async () =>
        (await testDb().pushSubscription.count({ where: { endpoint: gone.endpoint } })) === 0,
      "the gone subscription is deleted",
    );
    expect(await testDb().pushSubscription.count({ where: { endpoint: live.endpoint } })).toBe(1);
    expect((await comment(b, post.id, { content: "둘째 댓글" })).status).toBe(201);
    await service.waitFor(live, 2);
    expect(gone.arrivals).toBe(1);
  });

  it("retries a push the service failed (5xx) with a backoff, then delivers it once", async () => {
    const [a, b] = await Promise.all([
      createUser({ schoolId: hanbit }),
      createUser({ schoolId: hanbit }),
    ]);
    const sub = await subscribe(a, { kind: "fail", status: 503, times: 2 });
    const post = await writePost(a, boards.free);
    expect((await comment(b, post.id, { content: "다시 보내 주세요" })).status).toBe(201);
    const got = await service.waitFor(sub, 3);
    expect(got.map((p) => p.status)).toEqual([503, 503, 201]);
    for (const p of got) expect(p.payload).toEqual(got[2].payload); // the same push each time
    await expectPushOf(a, got[2], "COMMENT");
    // A backoff, not a loop: the first retry waits at least ~2 s, the second longer still.
    expect(got[1].at - got[0].at).toBeGreaterThanOrEqual(1500);
    expect(got[2].at - got[1].at).toBeGreaterThanOrEqual(got[1].at - got[0].at);
    await new Promise((r) => setTimeout(r, 300));
    expect(sub.received).toHaveLength(3);
  });

  it("a push service that never answers does not hold up or fail the write", async () => {
    const [a, b, quiet] = await Promise.all([
      createUser({ schoolId: hanbit }),
      createUser({ schoolId: hanbit }),
      createUser({ schoolId: hanbit }),
    ]);
    const stalled = await subscribe(a, { kind: "stall" });
    const post = await writePost(a, boards.free);
    const quietPost = await writePost(quiet, boards.free);
    const timed = async (u: TestUser, postId: number, content: string) => {
      const t0 = performance.now();
      const res = await comment(u, postId, { content });
      return { status: res.status, ms: performance.now() - t0 };
    };
    expect((await timed(b, post.id, "첫 댓글")).status).toBe(201);
    await eventually(async () => stalled.arrivals === 1, "the push reached the stalled service");
    // While that push hangs, more comments (and their pushes) are written at once.
    const withStall: number[] = [];
    const without: number[] = [];
    for (let i = 0; i < 5; i++) {
      const w = await timed(b, post.id, `정체 중 댓글 ${i}`);
      expect(w.status).toBe(201);
      withStall.push(w.ms);
      const n = await timed(b, quietPost.id, `조용한 댓글 ${i}`);
      expect(n.status).toBe(201);
      without.push(n.ms);
    }
    expect(stalled.received).toHaveLength(0); // still unanswered: the writes did not wait for it
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
    console.info(
      `[push] comment write, median of 5: ${median(withStall).toFixed(1)} ms with a stalled push service, ${median(without).toFixed(1)} ms with no subscription`,
    );
  });

  it("caps a push at 3 KB, however long the notification's text", async () => {
    const a = await createUser({ schoolId: hanbit });
    const sub = await subscribe(a);
    const row = await testDb().pushSubscription.findUniqueOrThrow({
      where: { endpoint: sub.endpoint },
      select: { id: true },
    });
    // A notification as long as none the app writes today (texts are quotes of ≤ 200
    // characters), queued the way the app queues one: the sender must still keep to the cap.
    const text = `🎉가${"가나다라마바사아자차카타파하".repeat(300)}`;
    const note = await testDb().notification.create({
      data: { userId: a.id, kind: "COMMENT", text, link: "/posts/1" },
      select: { id: true },
    });
    await testDb().pushDelivery.create({
      data: { subscriptionId: row.id, notificationId: note.id, runAt: BigInt(Date.now()) },
    });
    const [push] = await service.waitFor(sub, 1);
    expect(push.error).toBeUndefined();
    expect(push.bodyBytes).toBeLessThanOrEqual(3072);
    expect(Buffer.byteLength(JSON.stringify(push.payload))).toBeLessThanOrEqual(3072 - 103);
    expect(push.payload!.id).toBe(note.id);
    expect(push.payload!.body.endsWith("…")).toBe(true);
    expect(text.startsWith(push.payload!.body.slice(0, -1))).toBe(true);
    expect(push.payload!.body.length).toBeGreaterThan(500);
  });

  it("delivers over http to a listed push service on another loopback address (127.0.0.2)", async () => {
    const other = await startPushService("127.0.0.2");
    try {
      const [a, b] = await Promise.all([
        createUser({ schoolId: hanbit }),
        createUser({ schoolId: hanbit }),
      ]);
      const sub = other.subscribe();
      const saved = await api("POST", "/api/v1/me/push-subscriptions", {
        token: a.token,
        body: { endpoint: sub.endpoint, keys: sub.keys },
      });
      expect(saved.status, saved.text).toBe(201);
      const post = await writePost(a, boards.free);
      expect((await comment(b, post.id, { content: "두 번째 주소" })).status).toBe(201);
      const [push] = await other.waitFor(sub, 1);
      expect(push.jwt!.aud).toBe(other.origin); // the endpoint's own origin
      await expectPushOf(a, push, "COMMENT");
    } finally {
      await other.close();
    }
  });

  it("a subscription made through one instance gets the push of a comment written through another", async () => {
    const [a, b] = await Promise.all([
      createUser({ schoolId: hanbit }),
      createUser({ schoolId: hanbit }),
    ]);
    const first = instances[0];
    const second = instances[1 % instances.length];
    const sub = await subscribe(a, undefined, first);
    const post = await writePost(a, boards.free);
    const res = await fetch(`${second}/api/v1/posts/${post.id}/comments`, {
      method: "POST",
      headers: { authorization: `Bearer ${b.token}`, "content-type": "application/json" },
      body: JSON.stringify({ content: "다른 인스턴스에서", isAnonymous: true }),
    });
    expect(res.status).toBe(201);
    const [push] = await service.waitFor(sub, 1);
    await expectPushOf(a, push, "COMMENT");
    expect(push.payload!.body).toContain("다른 인스턴스에서");
  });
});
