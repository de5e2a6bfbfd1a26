import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { signAccessToken } from "@/lib/auth/access-token";
import { issueRefreshToken, revokeRefreshToken } from "@/lib/auth/refresh-tokens";
import { announce } from "@/lib/notifications/live";
import { onPostgres } from "@/lib/db-dialect";
import {
  CONNECTION_MAX_BYTES,
  MAX_QUEUED_BYTES,
  notificationStream,
  REPLAY_MAX,
} from "@/lib/notifications/stream";
import {
  checkStreams,
  openStreamCount,
  STREAMS_PER_USER,
} from "@/lib/notifications/stream-registry";
import { makeViewer } from "../support/viewers";
import type { Viewer } from "@/lib/auth/viewer";

// issue 26.1 and 26.4, on the stream itself (SQLite or PostgreSQL): the replay is capped, a
// student has at most 10 streams, a reader that never reads cannot make the stream hold its
// events, and a stream ends with its session. The HTTP side (through the real server, and nginx
// in the scale-out pass) is tests/api/notification-streams.test.ts.

const opened: Response[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((r) => r.body?.cancel().catch(() => {})));
});

async function open(viewer: Viewer, token: string, lastEventId?: number) {
  const req = new Request("http://localhost/api/v1/notifications/stream", {
    headers: {
      authorization: `Bearer ${token}`,
      ...(lastEventId !== undefined ? { "last-event-id": String(lastEventId) } : {}),
    },
  });
  const res = await notificationStream(viewer, req, {});
  opened.push(res);
  return res;
}

/** Inserts `n` notifications for the user, with `size` characters of text each; returns their ids. */
async function notify(userId: number, n: number, size = 20): Promise<number[]> {
  const rows = Array.from({ length: n }, (_, i) => ({
    userId,
    kind: "COMMENT",
    text: `${i}:`.padEnd(size, "가"),
    link: "/posts/1",
  }));
  for (let i = 0; i < rows.length; i += 500)
    await prisma.notification.createMany({ data: rows.slice(i, i + 500) });
  const ids = await prisma.notification.findMany({
    where: { userId },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  // Wake the streams as a committed write would (LISTEN/NOTIFY on PostgreSQL).
  if (onPostgres())
    await prisma.$executeRaw`SELECT pg_notify('campustime_notifications', ${String(userId)})`;
  announce([userId]);
  return ids.map((r) => r.id);
}

/** Reads SSE text until `until` holds or the stream ends; the text and whether it ended. */
async function readUntil(res: Response, until: (text: string) => boolean, ms = 10_000) {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const deadline = Date.now() + ms;
  try {
    while (!until(text)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out; got ${text.slice(-300)}`);
      const chunk = await Promise.race([
        reader.read(),
        new Promise<null>((r) => setTimeout(() => r(null), left)),
      ]);
      if (chunk === null) continue;
      if (chunk.done) return { text, ended: true };
      text += decoder.decode(chunk.value, { stream: true });
    }
    return { text, ended: false };
  } finally {
    reader.releaseLock();
  }
}

const eventIds = (text: string) => [...text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));

describe("notification streams", () => {
  it(`replays at most the ${REPLAY_MAX} newest missed events, oldest first`, async () => {
    const viewer = await makeViewer();
    const [seen] = await notify(viewer.id, 1);
    const ids = (await notify(viewer.id, 150)).filter((id) => id > seen);
    const res = await open(viewer, await signAccessToken(viewer.id), seen);
    const wanted = ids.slice(-REPLAY_MAX);
    const { text } = await readUntil(res, (t) => t.includes(`id: ${wanted.at(-1)}\n`));
    expect(eventIds(text)).toEqual(wanted);
    // …and then goes on live from the newest.
    const [next] = (await notify(viewer.id, 1)).slice(-1);
    const more = await readUntil(res, (t) => t.includes(`id: ${next}\n`));
    expect(eventIds(more.text)).toEqual([next]);
  });

  it(`keeps at most ${STREAMS_PER_USER} streams per student: the 11th ends the oldest`, async () => {
    const viewer = await makeViewer();
    const other = await makeViewer();
    const token = await signAccessToken(viewer.id);
    const streams: Response[] = [];
    for (let i = 0; i < STREAMS_PER_USER; i++) streams.push(await open(viewer, token));
    const theirs = await open(other, await signAccessToken(other.id));
    expect(await prisma.notificationStream.count({ where: { userId: viewer.id } })).toBe(10);
    const eleventh = await open(viewer, token);
    const first = await readUntil(streams[0], (t) => t.includes("event: end"));
    expect(first.text).toContain('data: {"reason":"REPLACED"}');
    expect((await readUntil(streams[0], () => false)).ended).toBe(true);
    expect(await prisma.notificationStream.count({ where: { userId: viewer.id } })).toBe(10);
    // The others, and another student's, go on.
    const [id] = await notify(viewer.id, 1);
    for (const res of [...streams.slice(1), eleventh])
      expect(eventIds((await readUntil(res, (t) => t.includes(`id: ${id}\n`))).text)).toContain(id);
    const [theirId] = await notify(other.id, 1);
    expect(eventIds((await readUntil(theirs, (t) => t.includes(`id: ${theirId}\n`))).text)).toEqual(
      [theirId],
    );
  });

  it("a lease taken by another instance ends the stream at the next check", async () => {
    const viewer = await makeViewer();
    const res = await open(viewer, await signAccessToken(viewer.id));
    // Another instance opened ten newer streams: its takeLease deleted this one's row.
    await prisma.notificationStream.deleteMany({ where: { userId: viewer.id } });
    await checkStreams();
    const { text, ended } = await readUntil(res, () => false);
    expect(text).toContain('data: {"reason":"REPLACED"}');
    expect(ended).toBe(true);
  });

  it("drops a stream whose reader never reads before it holds MAX_QUEUED_BYTES", async () => {
    const viewer = await makeViewer();
    const before = openStreamCount();
    const res = await open(viewer, await signAccessToken(viewer.id));
    expect(openStreamCount()).toBe(before + 1);
    // About 1.5 MB of events, never read.
    await notify(viewer.id, 2_500, 200);
    const deadline = Date.now() + 20_000;
    while (openStreamCount() > before && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    expect(openStreamCount()).toBe(before);
    // What it still hands out is what was queued, under the bound, and then an abort.
    const reader = res.body!.getReader();
    const error = await reader.read().then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as DOMException)?.name).toBe("AbortError");
    expect(await prisma.notificationStream.count({ where: { userId: viewer.id } })).toBe(0);
    expect(MAX_QUEUED_BYTES).toBeLessThan(1024 * 1024);
  });

  it("a connection carries at most CONNECTION_MAX_BYTES, then ends cleanly; the reconnect resumes", async () => {
    const viewer = await makeViewer();
    const token = await signAccessToken(viewer.id);
    const res = await open(viewer, token);
    const ids = await notify(viewer.id, 2_500, 200); // ≈ 1.9 MB of events, read as they come
    const { text, ended } = await readUntil(res, () => false, 20_000);
    expect(ended).toBe(true);
    expect(new TextEncoder().encode(text).byteLength).toBeLessThanOrEqual(CONNECTION_MAX_BYTES);
    expect(CONNECTION_MAX_BYTES).toBeLessThan(1024 * 1024);
    expect(text).not.toContain("event: end"); // not for good: EventSource reconnects
    const got = eventIds(text);
    expect(got.length).toBeGreaterThan(100);
    expect(got).toEqual(ids.slice(0, got.length));
    // Resuming from the last event it got: the newest 100 of the rest.
    const again = await open(viewer, token, got.at(-1));
    const more = await readUntil(again, (t) => t.includes(`id: ${ids.at(-1)}\n`));
    expect(eventIds(more.text)).toEqual(ids.slice(-REPLAY_MAX));
  });

  it("ends with its session: a revoked refresh family, or a deactivated user", async () => {
    const viewer = await makeViewer();
    const refresh = await issueRefreshToken(viewer.id);
    const withFamily = await open(
      viewer,
      await signAccessToken(viewer.id, Date.now(), { familyId: refresh.familyId }),
    );
    const other = await makeViewer();
    const plain = await open(other, await signAccessToken(other.id));
    await checkStreams();
    await revokeRefreshToken(refresh.token); // 로그아웃
    await checkStreams();
    const ended = await readUntil(withFamily, () => false);
    expect(ended.text).toContain('data: {"reason":"SESSION_ENDED"}');
    expect(ended.ended).toBe(true);
    // The other student's stream is untouched until theirs ends.
    const [id] = await notify(other.id, 1);
    expect(eventIds((await readUntil(plain, (t) => t.includes(`id: ${id}\n`))).text)).toEqual([id]);
    await prisma.user.update({ where: { id: other.id }, data: { isActive: false } });
    await checkStreams();
    expect((await readUntil(plain, () => false)).ended).toBe(true);
  });
});
