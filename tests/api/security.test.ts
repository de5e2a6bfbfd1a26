import net from "node:net";
import { beforeAll, describe, expect, it } from "vitest";
import { api, baseUrl, createUser, TEST_PASSWORD, type TestUser } from "../support/api";
import { boardsOf, sessionCookie, uploadFile, writePost } from "../support/community";
import { pngBytes } from "../support/images";

// issue 9: the request boundary (body size, CSRF, content type, undecodable paths, methods), the
// security headers, and the photo-id answer. SPEC "Rules students rely on".

let user: TestUser;
let cookie: string;
let boardId: number;
let writableBoards: number[];
const origin = () => new URL(baseUrl()).origin;

beforeAll(async () => {
  user = await createUser();
  cookie = await sessionCookie({ email: user.email, password: TEST_PASSWORD });
  const boards = await boardsOf(user.schoolId);
  boardId = boards.free;
  writableBoards = boards.all.filter((b) => b.kind !== "SECRET").map((b) => b.id);
});

// Posting is limited to 3 posts per board in 5 minutes: spread accepted writes over the boards.
let nextBoard = 0;
const post = (
  headers: Record<string, string>,
  body: string = JSON.stringify({ title: "CSRF 확인", content: "본문", isAnonymous: false }),
) =>
  api("POST", `/api/v1/boards/${writableBoards[nextBoard++ % writableBoards.length]}/posts`, {
    rawBody: body,
    headers: { "content-type": "application/json", ...headers },
  });

describe("cookie-authenticated writes must come from this origin (CSRF)", () => {
  it("refuses another site, a sibling subdomain and an opaque origin", async () => {
    const refused: Record<string, string>[] = [
      { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      { origin: "https://evil.example" },
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site" }, // a sibling subdomain is the same *site*
      { origin: "http://evil.127.0.0.1.nip.io" },
      { origin: `${origin().replace("127.0.0.1", "localhost")}` },
      { origin: "null" },
      { origin: origin().replace("http:", "https:"), "x-forwarded-proto": "http" },
    ];
    for (const h of refused) {
      const res = await post({ cookie, ...h });
      expect(res.status, JSON.stringify(h)).toBe(403);
      expect(res.body.error.code).toBe("FORBIDDEN");
    }
    // Deletes and PUTs too.
    const mine = await writePost(user, boardId);
    const del = await api("DELETE", `/api/v1/posts/${mine.id}`, {
      headers: { cookie, origin: "https://evil.example" },
    });
    expect(del.status).toBe(403);
    expect((await api("GET", `/api/v1/posts/${mine.id}`, { token: user.token })).status).toBe(200);
  });

  it("accepts the same origin, and requests with neither header (programs)", async () => {
    expect((await post({ cookie, origin: origin(), "sec-fetch-site": "same-origin" })).status).toBe(
      201,
    );
    expect((await post({ cookie, origin: origin() })).status).toBe(201);
    expect((await post({ cookie, "sec-fetch-site": "same-origin" })).status).toBe(201);
    expect((await post({ cookie })).status).toBe(201);
  });

  it("lets Bearer clients call from anywhere", async () => {
    const other = await createUser();
    const res = await api("POST", `/api/v1/boards/${(await boardsOf(other.schoolId)).free}/posts`, {
      token: other.token,
      body: { title: "다른 곳에서", content: "Bearer" },
      headers: { origin: "https://client.example", "sec-fetch-site": "cross-site", cookie },
    });
    expect(res.status).toBe(201);
  });

  it("keeps refresh and logout working on their own SameSite=Strict cookie", async () => {
    const login = await api("POST", "/api/v1/auth/token", {
      body: { email: user.email, password: TEST_PASSWORD },
    });
    expect(login.status).toBe(200);
    const refresh = login.headers
      .getSetCookie()
      .find((c) => c.startsWith("refresh_token="))!
      .split(";")[0];
    const both = `${cookie}; ${refresh}`;
    const refreshed = await api("POST", "/api/v1/auth/refresh", {
      headers: { cookie: both, origin: origin(), "sec-fetch-site": "same-origin" },
    });
    expect(refreshed.status).toBe(200);
    const rotated = refreshed.headers
      .getSetCookie()
      .find((c) => c.startsWith("refresh_token="))!
      .split(";")[0];
    expect(
      (await api("POST", "/api/v1/auth/logout", { headers: { cookie: `${cookie}; ${rotated}` } }))
        .status,
    ).toBe(204);
  });
});

describe("content type", () => {
  it("refuses a text/plain body (never parsed as JSON) with 415, for cookie and Bearer alike", async () => {
    const body = JSON.stringify({ title: "text/plain", content: "본문" });
    for (const type of [
      "text/plain",
      "text/plain;charset=UTF-8",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
    ]) {
      const res = await post({ cookie, "content-type": type }, body);
      expect(res.status, type).toBe(415);
      expect(res.body.error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
      const bearer = await api("POST", `/api/v1/boards/${boardId}/posts`, {
        token: user.token,
        rawBody: body,
        headers: { "content-type": type },
      });
      expect(bearer.status, type).toBe(415);
    }
    const noType = await api("POST", `/api/v1/boards/${boardId}/posts`, {
      token: user.token,
      rawBody: body,
    });
    expect(noType.status).toBe(415);
    expect(
      (await post({ cookie, "content-type": "application/json; charset=utf-8" }, body)).status,
    ).toBe(201);
  });

  it("refuses a public endpoint's text/plain body too (signup, token)", async () => {
    const res = await api("POST", "/api/v1/auth/token", {
      rawBody: JSON.stringify({ email: user.email, password: TEST_PASSWORD }),
      headers: { "content-type": "text/plain" },
    });
    expect(res.status).toBe(415);
  });
});

describe("body size", () => {
  const big = JSON.stringify({ title: "큰 글", content: "가".repeat(40_000) }); // ~120 KB of UTF-8

  it("answers 413 PAYLOAD_TOO_LARGE past 64 KB, with or without a login", async () => {
    for (const path of [
      "/api/v1/auth/token",
      "/api/v1/auth/signup",
      `/api/v1/boards/${boardId}/posts`,
    ]) {
      const res = await api("POST", path, {
        token: user.token,
        rawBody: big,
        headers: { "content-type": "application/json" },
      });
      expect(res.status, path).toBe(413);
      expect(res.body.error.code).toBe("PAYLOAD_TOO_LARGE");
      expect(
        (await api("POST", path, { rawBody: big, headers: { "content-type": "application/json" } }))
          .status,
      ).toBe(413);
    }
  });

  it("counts a body sent without Content-Length (chunked) while reading", async () => {
    // 128 KB of chunks and the body never ends: only a server that counts while reading answers.
    const chunk = " ".repeat(16 * 1024);
    const frames = Array.from(
      { length: 8 },
      () => `${chunk.length.toString(16)}\r\n${chunk}\r\n`,
    ).join("");
    const answer = await rawRequest(
      `POST /api/v1/auth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${frames}`,
      { untilHeaders: true },
    );
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
  });

  it("refuses a declared Content-Length over the limit before the body arrives", async () => {
    // Only the headers are sent: the answer must come without waiting for 200 MB.
    const answer = await rawRequest(
      "POST /api/v1/auth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 209715200\r\n\r\n{",
      { untilHeaders: true },
    );
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
  });

  it("keeps the upload limit for photos (a 100 KB image is fine)", async () => {
    const res = await uploadFile(user, pngBytes(200, 200));
    expect(res.status).toBe(201);
  });
});

describe("undecodable paths and unknown methods", () => {
  it("answers the API's invalid UTF-8 paths with the JSON envelope, never a 500", async () => {
    for (const p of [
      "/api/v1/posts/%C3%28",
      "/api/v1/boards/%FF/posts",
      "/api/v1/%C3%28",
      "/api/v1/posts/%E0%A4%A",
    ]) {
      const res = await api("GET", p, { token: user.token });
      expect([400, 404], p).toContain(res.status);
      expect(res.headers.get("content-type")).toMatch(/application\/json/);
      expect(res.body.error.code).toBeTruthy();
    }
  });

  it("answers a page's invalid UTF-8 path with the 404 page", async () => {
    const res = await fetch(`${baseUrl()}/posts/%C3%28`, {
      headers: { cookie },
      redirect: "manual",
    });
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
  });

  it("refuses a request line past every limit: Node's bare 431, or a proxy's refusal in the JSON envelope", async () => {
    // 40 KB of query: over Node's 16 KB of headers and over nginx's 32 KB line buffer (CI's pass).
    const res = await fetch(`${baseUrl()}/api/v1/boards/1/posts?cursor=${"a".repeat(40_000)}`, {
      headers: { authorization: `Bearer ${user.token}` },
    });
    expect([414, 431]).toContain(res.status);
    const text = await res.text();
    if (text !== "") {
      expect(res.headers.get("content-type")).toMatch(/application\/json/);
      expect(JSON.parse(text).error.code).toMatch(
        /^(URI_TOO_LONG|REQUEST_HEADER_FIELDS_TOO_LARGE)$/,
      );
    }
  });

  it("answers TRACE and other unknown methods with 405 and Allow", async () => {
    for (const method of ["TRACE", "PROPFIND", "MKCOL"]) {
      const res = await rawRequest(
        `${method} /api/v1/posts HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
      );
      expect(res, method).toMatch(/^HTTP\/1\.1 405/);
      expect(res).toMatch(/\r\nallow: [A-Z, ]*GET/i);
      const page = await rawRequest(
        `${method} /login HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
      );
      expect(page, method).toMatch(/^HTTP\/1\.1 405/);
    }
  });
});

describe("the asterisk-form request target", () => {
  it("answers OPTIONS * with the server's methods and any other * request with 400, never a 500", async () => {
    const options = await rawRequest(
      "OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
    );
    // Our server answers 204 with Allow; nginx in front (CI's pass) refuses the form itself (400).
    expect(options).toMatch(/^HTTP\/1\.1 (204|400)/);
    if (options.startsWith("HTTP/1.1 204")) expect(options).toMatch(/\r\nallow: [A-Z, ]*GET/i);
    for (const line of [
      "GET * HTTP/1.1",
      "POST * HTTP/1.1",
      "GET *x HTTP/1.1",
      "OPTIONS *x HTTP/1.1",
    ]) {
      const res = await rawRequest(
        `${line}\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
      );
      expect(res, line).toMatch(/^HTTP\/1\.1 400/);
    }
    expect((await fetch(`${baseUrl()}/api/v1`)).status).toBe(200); // and the server goes on
  });
});

/** One request written by hand on a fresh socket; the answer (or its headers) as text. */
function rawRequest(text: string, opts: { untilHeaders?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(new URL(baseUrl()).port), "127.0.0.1");
    let data = "";
    socket.on("data", (d) => {
      data += String(d);
      if (opts.untilHeaders && data.includes("\r\n\r\n")) {
        socket.destroy();
        resolve(data);
      }
    });
    socket.on("end", () => resolve(data));
    socket.on("error", (e) => (data ? resolve(data) : reject(e)));
    socket.write(text);
  });
}

describe("security headers", () => {
  it("pages carry a nonce-based CSP, frame protection, nosniff, Referrer-Policy, Permissions-Policy, no X-Powered-By", async () => {
    for (const path of ["/login", "/"]) {
      const res = await fetch(`${baseUrl()}${path}`, { headers: { cookie }, redirect: "manual" });
      const h = res.headers;
      const csp = h.get("content-security-policy") ?? "";
      expect(csp, path).toMatch(/script-src [^;]*'nonce-[A-Za-z0-9+/=]{16,}'/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(csp).not.toMatch(/unsafe-eval/);
      expect(h.get("x-frame-options")).toBe("DENY");
      expect(h.get("x-content-type-options")).toBe("nosniff");
      expect(h.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(h.get("permissions-policy")).toMatch(/camera=\(\)/);
      expect(h.get("x-powered-by")).toBeNull();
      expect(h.get("strict-transport-security")).toBeNull(); // plain HTTP
      if (res.status === 200) {
        const nonce = /'nonce-([^']+)'/.exec(csp)![1];
        const html = await res.text();
        expect(html).toContain(`nonce="${nonce}"`);
      }
    }
    const a = (await fetch(`${baseUrl()}/login`)).headers.get("content-security-policy");
    const b = (await fetch(`${baseUrl()}/login`)).headers.get("content-security-policy");
    expect(a).not.toBe(b); // a fresh nonce per request
  });

  it("sends HSTS only when the request came over HTTPS", async () => {
    const res = await fetch(`${baseUrl()}/login`, { headers: { "x-forwarded-proto": "https" } });
    expect(res.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    const signedIn = await fetch(`${baseUrl()}/`, {
      headers: { cookie, "x-forwarded-proto": "https" },
    });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    const plain = await fetch(`${baseUrl()}/`, { headers: { cookie } });
    expect(plain.headers.get("strict-transport-security")).toBeNull();
  });

  it("a page reached through dot segments still carries the pages' policy", async () => {
    // fetch() would resolve the dots itself; a hand-written request line keeps them.
    for (const target of [
      "/_next/../login",
      "/_next/%2E%2E/login",
      "/api/../login",
      "/sw.js/../login",
      "/favicon.ico/../login",
      "/_next/static/../../login",
    ]) {
      const res = await rawRequest(
        `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
      );
      expect(res, target).toMatch(/^HTTP\/1\.1 200/);
      const csp = /\r\ncontent-security-policy: ([^\r]*)/i.exec(res)?.[1] ?? "";
      expect(csp, target).toMatch(/script-src [^;]*'nonce-([A-Za-z0-9+/=]{16,})'/);
      const nonce = /'nonce-([^']+)'/.exec(csp)![1];
      expect(res, target).toContain(`nonce="${nonce}"`);
    }
  });

  it("the nonce is the server's own, whatever policy the client sends, signed in or out", async () => {
    const planted = "cGxhbnRlZC1ieS1jbGllbnQ=";
    for (const who of [{ cookie }, {}] as Record<string, string>[]) {
      for (const name of ["content-security-policy", "content-security-policy-report-only"]) {
        const res = await fetch(`${baseUrl()}/`, {
          headers: { ...who, [name]: `script-src 'nonce-${planted}'` },
          redirect: "manual",
        });
        expect(res.status).toBe(200); // the home page, or the landing page when signed out
        const csp = res.headers.get("content-security-policy") ?? "";
        expect(csp).not.toContain(planted);
        const html = await res.text();
        expect(html).not.toContain(planted);
        expect(html).toContain(`nonce="${/'nonce-([^']+)'/.exec(csp)![1]}"`);
      }
    }
  });

  it("API responses carry nosniff and a restrictive CSP, success and error alike", async () => {
    for (const [path, token] of [
      ["/api/v1/me", user.token],
      ["/api/v1/me", undefined],
      ["/api/v1/schools", undefined],
      ["/api/v1/posts/999999", user.token],
    ] as const) {
      const res = await api("GET", path, { token });
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(res.headers.get("content-security-policy"), path).toMatch(/default-src 'none'/);
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("x-powered-by")).toBeNull();
    }
  });
});

describe("photos keep their own CSP (issue 26.11)", () => {
  it("a photo is served with exactly `default-src 'none'; sandbox`, its errors with the API policy", async () => {
    const up = await uploadFile(user, pngBytes(20, 20));
    expect(up.status).toBe(201);
    for (const path of [
      `/api/v1/uploads/${up.body.id}`,
      `/api/v1/uploads/${up.body.id}?size=thumb`,
    ]) {
      // Raw fetch: the header as the server (or nginx in front of it) actually sends it.
      const res = await fetch(`${baseUrl()}${path}`, {
        headers: { authorization: `Bearer ${user.token}` },
      });
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type"), path).toMatch(/^image\//);
      // Headers.get joins repeated headers with ", ": one policy, the photo's own.
      expect(res.headers.get("content-security-policy"), path).toBe("default-src 'none'; sandbox");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      await res.arrayBuffer();
      const again = await fetch(`${baseUrl()}${path}`, {
        headers: {
          authorization: `Bearer ${user.token}`,
          "if-none-match": res.headers.get("etag")!,
        },
      });
      expect(again.status).toBe(304);
      expect(again.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    }
    for (const [path, token] of [
      ["/api/v1/uploads/2147483000", user.token],
      [`/api/v1/uploads/${up.body.id}`, undefined],
    ] as const) {
      const res = await api("GET", path, { token });
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.headers.get("content-security-policy"), path).toBe(
        "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      );
    }
    // The upload answer itself (JSON) keeps the API policy.
    expect(up.headers.get("content-security-policy")).toMatch(
      /^default-src 'none'; frame-ancestors/,
    );
  });
});

describe("photo ids in a post", () => {
  it("answers someone else's photo exactly like a missing one (400, not 403)", async () => {
    const owner = await createUser({ schoolId: user.schoolId });
    const up = await uploadFile(owner, pngBytes(20, 20));
    expect(up.status).toBe(201);
    const theirs = await api("POST", `/api/v1/boards/${boardId}/posts`, {
      token: user.token,
      body: { title: "남의 사진", content: "본문", photoIds: [up.body.id] },
    });
    const missing = await api("POST", `/api/v1/boards/${boardId}/posts`, {
      token: user.token,
      body: { title: "남의 사진", content: "본문", photoIds: [2147483000] },
    });
    expect(theirs.status).toBe(400);
    expect(theirs.body).toEqual(missing.body);
  });
});

describe("nicknames of other schools (decision: one global namespace, one answer)", () => {
  it("answers a taken nickname the same whoever holds it, and friend requests never reveal another school", async () => {
    const [mine, theirs] = [
      await createUser({ schoolId: user.schoolId }),
      await createUser({ schoolId: await otherSchoolId(user.schoolId) }),
    ];
    const signup = (nickname: string) =>
      api("POST", "/api/v1/auth/signup", {
        body: {
          email: `n${Date.now()}${Math.random().toString(36).slice(2, 6)}@test.example`,
          password: "password-1234",
          nickname,
          schoolId: user.schoolId,
        },
      });
    const [a, b] = [await signup(mine.nickname), await signup(theirs.nickname)];
    expect(a.status).toBe(409);
    expect(b.status).toBe(409);
    expect(b.body).toEqual(a.body);
    const [c, d] = [
      await api("PATCH", "/api/v1/me", { token: user.token, body: { nickname: mine.nickname } }),
      await api("PATCH", "/api/v1/me", { token: user.token, body: { nickname: theirs.nickname } }),
    ];
    expect(c.status).toBe(409);
    expect(d.body).toEqual(c.body);
    const [e, f] = [
      await api("POST", "/api/v1/friends/requests", {
        token: user.token,
        body: { nickname: theirs.nickname },
      }),
      await api("POST", "/api/v1/friends/requests", {
        token: user.token,
        body: { nickname: "없는닉네임zz" },
      }),
    ];
    expect(e.status).toBe(404);
    expect(e.body).toEqual(f.body);
  });
});

async function otherSchoolId(schoolId: number): Promise<number> {
  const schools = (await api("GET", "/api/v1/schools")).body.items as { id: number }[];
  return schools.find((s) => s.id !== schoolId)!.id;
}
