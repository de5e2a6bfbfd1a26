import crypto from "node:crypto";
import { expect } from "vitest";
import { api, baseUrl, testDb, type TestUser } from "./api";

// Fixtures for the community API tests: boards of a school, posts written through the API,
// a browser-like session cookie, and multipart uploads.

/** The seeded boards of a school, by kind. */
export async function boardsOf(schoolId: number) {
  const boards = await testDb().board.findMany({
    where: { schoolId },
    select: { id: true, kind: true, name: true },
  });
  const byKind = (kind: string) => {
    const b = boards.find((x) => x.kind === kind);
    if (!b) throw new Error(`no ${kind} board in school ${schoolId}`);
    return b.id;
  };
  return {
    free: byKind("FREE"),
    secret: byKind("SECRET"),
    info: byKind("INFO"),
    market: byKind("MARKET"),
    all: boards,
  };
}

/** A fresh board of its own (no seeded posts), for tests that count a board's posts. */
export async function createBoard(schoolId: number, kind: "FREE" | "SECRET" = "FREE") {
  const board = await testDb().board.create({
    data: {
      schoolId,
      name: `테스트게시판-${crypto.randomBytes(4).toString("hex")}`,
      kind,
      position: 100,
    },
    select: { id: true },
  });
  return board.id;
}

let titleSeq = 0;
/** A title no other test uses. */
export const uniqueTitle = (prefix = "글") =>
  `${prefix} ${crypto.randomBytes(3).toString("hex")}-${++titleSeq}`;

export async function writePost(
  user: TestUser,
  boardId: number,
  body: { title?: string; content?: string; isAnonymous?: boolean; photoIds?: number[] } = {},
) {
  const res = await api("POST", `/api/v1/boards/${boardId}/posts`, {
    token: user.token,
    body: {
      title: body.title ?? uniqueTitle(),
      content: body.content ?? "내용입니다.",
      isAnonymous: body.isAnonymous ?? false,
      photoIds: body.photoIds,
    },
  });
  if (res.status !== 201) throw new Error(`writePost: ${res.status} ${res.text}`);
  return res.body as { id: number; title: string; [k: string]: any };
}

/** POST /api/v1/uploads with one file part. */
export async function uploadFile(
  user: TestUser | null,
  bytes: Uint8Array,
  opts: { filename?: string; type?: string; field?: string } = {},
) {
  const form = new FormData();
  form.append(
    opts.field ?? "file",
    new Blob([new Uint8Array(bytes)], { type: opts.type ?? "application/octet-stream" }),
    opts.filename ?? "photo.bin",
  );
  return api("POST", "/api/v1/uploads", { token: user?.token, rawBody: form });
}

/** Signs in through next-auth's credentials endpoint like the login form does; returns the Cookie header. */
export async function sessionCookie(
  user: { email: string; password: string },
  base = baseUrl(),
): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  const header = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  keep(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header() },
    body: new URLSearchParams({
      csrfToken,
      email: user.email,
      password: user.password,
      callbackUrl: "/",
    }),
    redirect: "manual",
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes("session-token")))
    throw new Error(`sign-in failed (${res.status})`);
  return header();
}

/** A page of the site as a signed-in browser sees it (HTML, with the RSC payload inlined). */
export async function fetchPage(path: string, cookie: string, base = baseUrl()) {
  const res = await fetch(`${base}${path}`, { headers: { cookie }, redirect: "manual" });
  return { status: res.status, text: await res.text() };
}

/** Walks a list through its cursors; returns every item id in order. */
export async function collectAll(path: string, token: string, limit: number) {
  const ids: number[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const sep = path.includes("?") ? "&" : "?";
    const res: { status: number; text: string; body: any } = await api(
      "GET",
      `${path}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
      { token },
    );
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${res.text}`);
    expect(res.body.items.length).toBeLessThanOrEqual(limit);
    ids.push(...res.body.items.map((i: { id: number }) => i.id));
    cursor = res.body.nextCursor;
    if (++pages > 1000) throw new Error("too many pages");
  } while (cursor);
  return { ids, pages };
}
