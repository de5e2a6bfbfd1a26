import { beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createBoard, uniqueTitle } from "../support/community";
import { createUser, firstSchoolIds, type TestUser } from "../support/api";
import { pngBytes } from "../support/images";

// Several instances behind a load balancer share everything through the database. In the nginx
// pass of .ci/run, API_TEST_INSTANCE_URLS names two instances (each reached directly by its own
// port) and every test below crosses between them; when the tests start their one server
// themselves, the "other instance" is that same server and the tests check the same rules.

const instances = inject("instanceUrls");
const external = inject("external");
/** Instance i, round-robin. */
const at = (i: number) => instances[i % instances.length];

async function call(
  base: string,
  method: string,
  path: string,
  opts: { token?: string; cookie?: string; body?: unknown; form?: FormData } = {},
) {
  const headers: Record<string, string> = {};
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.cookie) headers.cookie = opts.cookie;
  let body: BodyInit | undefined = opts.form;
  if (opts.body !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(opts.body);
  }
  const res = await fetch(`${base}${path}`, { method, headers, body, redirect: "manual" });
  const text = await res.text();
  let json: any = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  return { status: res.status, headers: res.headers, body: json, text };
}

let hanbit: number;
beforeAll(async () => {
  [hanbit] = await firstSchoolIds();
});

describe("instances", () => {
  it.runIf(external)(
    "the pass behind the load balancer names at least two distinct instances",
    () => {
      expect(instances.length).toBeGreaterThanOrEqual(2);
      expect(new Set(instances).size).toBe(instances.length);
    },
  );

  it("an access token and refresh cookie from one instance work on every other", async () => {
    const user = await createUser({ schoolId: hanbit });
    const signIn = await call(at(0), "POST", "/api/v1/auth/token", {
      body: { email: user.email, password: user.password },
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers
      .getSetCookie()
      .find((c) => c.startsWith("refresh_token="))!
      .split(";")[0];
    for (const base of instances) {
      const me = await call(base, "GET", "/api/v1/me", { token: signIn.body.accessToken });
      expect(me.status).toBe(200);
      expect(me.body.email).toBe(user.email);
    }
    // The refresh token is a database row: rotating it on the other instance works once.
    const refreshed = await call(at(1), "POST", "/api/v1/auth/refresh", { cookie });
    expect(refreshed.status).toBe(200);
    expect(
      (await call(at(0), "GET", "/api/v1/me", { token: refreshed.body.accessToken })).status,
    ).toBe(200);
  });

  it("a browser session signed in on one instance is signed in on every other", async () => {
    const user = await createUser({ schoolId: hanbit });
    const jar = new Map<string, string>();
    const keep = (res: Response) => {
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(";");
        jar.set(pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1));
      }
    };
    const header = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
    const csrf = await fetch(`${at(0)}/api/auth/csrf`);
    keep(csrf);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    // The CSRF token from one instance is accepted by another (the same AUTH_SECRET).
    const res = await fetch(`${at(1)}/api/auth/callback/credentials`, {
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
    expect([...jar.keys()].some((k) => k.includes("session-token"))).toBe(true);
    for (const base of instances) {
      const me = await call(base, "GET", "/api/v1/me", { cookie: header() });
      expect(me.status).toBe(200);
      expect(me.body.email).toBe(user.email);
    }
  });

  it("the login throttle counts failures made on every instance", async () => {
    const user = await createUser({ schoolId: hanbit });
    const attempt = (i: number, password: string) =>
      call(at(i), "POST", "/api/v1/auth/token", { body: { email: user.email, password } });
    // Wrong passwords spread round-robin until the throttle answers (5 per SPEC).
    let i = 0;
    let res = await attempt(i, "wrong-password");
    while (res.status === 401 && i < 20) res = await attempt(++i, "wrong-password");
    expect(res.status).toBe(429);
    expect(i).toBeLessThanOrEqual(10);
    // Now every instance refuses this email, even with the right password.
    for (let k = 0; k < instances.length; k++) {
      const right = await attempt(i + 1 + k, user.password);
      expect(right.status).toBe(429);
      expect(right.headers.get("retry-after")).toMatch(/^\d+$/);
    }
  });

  it("the posting rate limit counts posts made on every instance", async () => {
    const user: TestUser = await createUser({ schoolId: hanbit });
    const board = await createBoard(hanbit);
    const post = (i: number) =>
      call(at(i), "POST", `/api/v1/boards/${board}/posts`, {
        token: user.token,
        body: { title: uniqueTitle("한도"), content: "인스턴스 한도", isAnonymous: false },
      });
    let i = 0;
    let res = await post(i);
    while (res.status === 201 && i < 30) res = await post(++i);
    expect(res.status).toBe(429);
    expect(i).toBeGreaterThanOrEqual(1);
    for (let k = 0; k < instances.length; k++) expect((await post(i + 1 + k)).status).toBe(429);
  });

  it("a photo uploaded through one instance is served by every other", async () => {
    // Local disk is per machine: the pass behind the load balancer runs with PHOTO_STORAGE=database
    // (the instances and this test read the same setting from the environment of .ci/run).
    if (external)
      expect(process.env.PHOTO_STORAGE, "several instances need PHOTO_STORAGE=database").toBe(
        "database",
      );
    const user = await createUser({ schoolId: hanbit });
    const form = new FormData();
    form.append(
      "file",
      new Blob([new Uint8Array(pngBytes(6, 5))], { type: "image/png" }),
      "photo.png",
    );
    const up = await call(at(0), "POST", "/api/v1/uploads", { token: user.token, form });
    expect(up.status).toBe(201);
    const served: Buffer[] = [];
    for (let k = 0; k < instances.length; k++) {
      const res = await fetch(`${at(k + 1)}${up.body.url}`, {
        headers: { authorization: `Bearer ${user.token}` },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^image\//);
      served.push(Buffer.from(await res.arrayBuffer()));
    }
    for (const bytes of served) expect(bytes.equals(served[0])).toBe(true);
  });
});
