import crypto from "node:crypto";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import {
  api,
  baseUrl,
  createUser,
  firstSchoolIds,
  testDb,
  TEST_PASSWORD,
  type ApiResponse,
} from "../support/api";
import { signAccessToken } from "@/lib/auth/access-token";

// POST /api/v1/auth/{signup,token,refresh,logout}, GET/PATCH /api/v1/me, over HTTP against the
// production build.

const tag = () => crypto.randomBytes(4).toString("hex");
const ME_KEYS = ["email", "id", "isAdmin", "nickname", "profileImageUrl", "school", "verification"];
const seen: string[] = []; // every response body, checked for password hashes at the end

async function call(
  method: string,
  path: string,
  opts: Parameters<typeof api>[2] = {},
): Promise<ApiResponse> {
  const res = await api(method, path, opts);
  seen.push(res.text);
  return res;
}

/** The refresh_token Set-Cookie of a response, parsed. */
function refreshCookie(res: ApiResponse) {
  const header = res.headers.getSetCookie().find((c) => c.startsWith("refresh_token="));
  if (!header) return null;
  const [pair, ...attrs] = header.split(";").map((s) => s.trim());
  const map = new Map(
    attrs.map((a) => {
      const [k, ...v] = a.split("=");
      return [k.toLowerCase(), v.join("=")] as const;
    }),
  );
  return { header, value: pair.slice("refresh_token=".length), attrs: map };
}

async function tokenFor(email: string, password: string, headers: Record<string, string> = {}) {
  const res = await call("POST", "/api/v1/auth/token", { body: { email, password }, headers });
  return { res, cookie: refreshCookie(res) };
}

const withCookie = (value: string) => ({ headers: { cookie: `refresh_token=${value}` } });

function expectUnauthenticated(res: ApiResponse) {
  expect(res.status).toBe(401);
  expect(res.body.error.code).toBe("UNAUTHENTICATED");
  expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
}

function expectClearedCookie(res: ApiResponse) {
  const c = refreshCookie(res);
  expect(c).not.toBeNull();
  expect(c!.value).toBe("");
  expect(c!.attrs.get("max-age")).toBe("0");
  expect(c!.attrs.get("path")).toBe("/api/v1/auth");
}

describe("POST /api/v1/auth/signup", () => {
  it("creates an account: 201 { user } with the /me DTO", async () => {
    const [schoolId] = await firstSchoolIds();
    const t = tag();
    const res = await call("POST", "/api/v1/auth/signup", {
      body: {
        email: `Sign-${t}@Example.com`,
        password: "password-1234",
        nickname: `가입${t}`,
        schoolId,
      },
    });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body)).toEqual(["user"]);
    expect(Object.keys(res.body.user).sort()).toEqual(ME_KEYS);
    expect(res.body.user).toMatchObject({
      email: `sign-${t}@example.com`,
      nickname: `가입${t}`,
      profileImageUrl: null,
      isAdmin: false,
      school: { id: schoolId },
    });
    expect(Object.keys(res.body.user.school).sort()).toEqual(["id", "name"]);
    // The new account signs in.
    const { res: token } = await tokenFor(`sign-${t}@example.com`, "password-1234");
    expect(token.status).toBe(200);
    expect(token.body.user).toEqual(res.body.user);
  });

  it("answers 400 VALIDATION_FAILED with a message per field", async () => {
    const res = await call("POST", "/api/v1/auth/signup", {
      body: { email: "not-an-email", password: "short", nickname: "x", schoolId: "abc" },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(res.body.error.fields).sort()).toEqual([
      "email",
      "nickname",
      "password",
      "schoolId",
    ]);
    for (const messages of Object.values(res.body.error.fields))
      expect((messages as string[])[0]).toEqual(expect.any(String));

    const missing = await call("POST", "/api/v1/auth/signup", { body: {} });
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.body.error.fields).sort()).toEqual([
      "email",
      "nickname",
      "password",
      "schoolId",
    ]);

    const long = await call("POST", "/api/v1/auth/signup", {
      body: {
        email: `l-${tag()}@example.com`,
        password: "x".repeat(73),
        nickname: "가".repeat(21),
        schoolId: 1,
      },
    });
    expect(Object.keys(long.body.error.fields).sort()).toEqual(["nickname", "password"]);

    const anonymous = await call("POST", "/api/v1/auth/signup", {
      body: {
        email: `a-${tag()}@example.com`,
        password: "password-1234",
        nickname: "익명1",
        schoolId: 1,
      },
    });
    expect(anonymous.status).toBe(400);
    expect(Object.keys(anonymous.body.error.fields)).toEqual(["nickname"]);

    const school = await call("POST", "/api/v1/auth/signup", {
      body: {
        email: `s-${tag()}@example.com`,
        password: "password-1234",
        nickname: `학교${tag()}`,
        schoolId: 987654,
      },
    });
    expect(school.status).toBe(400);
    expect(Object.keys(school.body.error.fields)).toEqual(["schoolId"]);
  });

  it("answers 400 (not 500) for malformed JSON", async () => {
    const res = await call("POST", "/api/v1/auth/signup", {
      rawBody: '{"email": "a@b.co",',
      headers: { "content-type": "application/json" },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("VALIDATION_FAILED");
    expect(res.text).not.toMatch(/at .*\.js|SyntaxError/);
    const token = await call("POST", "/api/v1/auth/token", {
      rawBody: "nope",
      headers: { "content-type": "application/json" },
    });
    expect(token.status).toBe(400);
    expect(token.body.error.code).toBe("VALIDATION_FAILED");
  });

  it("answers 409 CONFLICT for a taken email and for a taken nickname, naming the field", async () => {
    const existing = await createUser();
    const [schoolId] = await firstSchoolIds();
    const email = await call("POST", "/api/v1/auth/signup", {
      body: {
        email: existing.email.toUpperCase(),
        password: "password-1234",
        nickname: `다른${tag()}`,
        schoolId,
      },
    });
    expect(email.status).toBe(409);
    expect(email.body.error).toEqual({
      code: "CONFLICT",
      message: "이미 사용 중인 이메일입니다.",
      fields: { email: ["이미 사용 중인 이메일입니다."] },
    });
    const nickname = await call("POST", "/api/v1/auth/signup", {
      body: {
        email: `n-${tag()}@example.com`,
        password: "password-1234",
        nickname: existing.nickname,
        schoolId,
      },
    });
    expect(nickname.status).toBe(409);
    expect(nickname.body.error).toEqual({
      code: "CONFLICT",
      message: "이미 사용 중인 닉네임입니다.",
      fields: { nickname: ["이미 사용 중인 닉네임입니다."] },
    });
  });
});

describe("POST /api/v1/auth/token", () => {
  it("answers the access token, its type and lifetime, the user, and the refresh cookie", async () => {
    const user = await createUser();
    const { res, cookie } = await tokenFor(user.email, TEST_PASSWORD);
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(["accessToken", "expiresIn", "tokenType", "user"]);
    expect(res.body.tokenType).toBe("Bearer");
    expect(res.body.expiresIn).toBe(1800);
    expect(res.body.user).toMatchObject({
      id: user.id,
      email: user.email,
      nickname: user.nickname,
    });
    const payload = JSON.parse(
      Buffer.from(res.body.accessToken.split(".")[1], "base64url").toString(),
    );
    expect(payload.sub).toBe(String(user.id));
    expect(payload.exp - payload.iat).toBe(1800);

    expect(cookie).not.toBeNull();
    expect(cookie!.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(cookie!.attrs.has("httponly")).toBe(true);
    expect(cookie!.attrs.get("samesite")).toBe("Strict");
    expect(cookie!.attrs.get("path")).toBe("/api/v1/auth");
    expect(cookie!.attrs.get("max-age")).toBe(String(14 * 24 * 60 * 60));
    expect(cookie!.attrs.has("secure")).toBe(false); // plain http here
    // Only the hash is stored.
    const rows = await testDb().refreshToken.findMany({
      where: { userId: user.id },
      select: { tokenHash: true },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).toBe(crypto.createHash("sha256").update(cookie!.value).digest("hex"));

    const me = await call("GET", "/api/v1/me", { token: res.body.accessToken });
    expect(me.status).toBe(200);
    expect(me.body).toEqual(res.body.user);
  });

  it("marks the cookie Secure behind an HTTPS proxy", async () => {
    const user = await createUser();
    const { cookie } = await tokenFor(user.email, TEST_PASSWORD, { "x-forwarded-proto": "https" });
    expect(cookie!.attrs.has("secure")).toBe(true);
  });

  it("answers 401 with one message whether or not the email exists", async () => {
    const user = await createUser();
    const wrong = await call("POST", "/api/v1/auth/token", {
      body: { email: user.email, password: "wrong-password" },
    });
    const unknown = await call("POST", "/api/v1/auth/token", {
      body: { email: `nobody-${tag()}@example.com`, password: "wrong-password" },
    });
    expectUnauthenticated(wrong);
    expectUnauthenticated(unknown);
    expect(wrong.body).toEqual(unknown.body);
    expect(refreshCookie(wrong)).toBeNull();
    const missing = await call("POST", "/api/v1/auth/token", { body: { email: user.email } });
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.body.error.fields)).toEqual(["password"]);
  });

  it("answers 429 RATE_LIMITED with Retry-After after 5 failures for one email in 15 minutes", async () => {
    const user = await createUser();
    for (let i = 0; i < 5; i++) {
      expect(
        (
          await call("POST", "/api/v1/auth/token", {
            body: { email: user.email, password: `wrong-${i}` },
          })
        ).status,
      ).toBe(401);
    }
    const limited = await call("POST", "/api/v1/auth/token", {
      body: { email: user.email, password: TEST_PASSWORD },
    });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe("RATE_LIMITED");
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // Another email is not affected.
    const other = await createUser();
    expect((await tokenFor(other.email, TEST_PASSWORD)).res.status).toBe(200);
  });

  it("refuses a deactivated account with the same 401", async () => {
    const user = await createUser({ isActive: false });
    const { res } = await tokenFor(user.email, TEST_PASSWORD);
    expectUnauthenticated(res);
    expect(res.body.error.message).toBe("이메일 또는 비밀번호가 올바르지 않습니다.");
  });
});

describe("POST /api/v1/auth/refresh", () => {
  it("answers a new access token and rotates the cookie; the old cookie then fails and kills the family", async () => {
    const user = await createUser();
    const { cookie: first } = await tokenFor(user.email, TEST_PASSWORD);

    const refreshed = await call("POST", "/api/v1/auth/refresh", withCookie(first!.value));
    expect(refreshed.status).toBe(200);
    expect(Object.keys(refreshed.body).sort()).toEqual(["accessToken", "expiresIn"]);
    expect(refreshed.body.expiresIn).toBe(1800);
    const second = refreshCookie(refreshed);
    expect(second!.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second!.value).not.toBe(first!.value);
    expect(second!.attrs.has("httponly")).toBe(true);
    expect(second!.attrs.get("samesite")).toBe("Strict");
    expect(second!.attrs.get("path")).toBe("/api/v1/auth");
    expect((await call("GET", "/api/v1/me", { token: refreshed.body.accessToken })).body.id).toBe(
      user.id,
    );

    // The rotated token presented again: refused, and the whole family with it.
    const replay = await call("POST", "/api/v1/auth/refresh", withCookie(first!.value));
    expectUnauthenticated(replay);
    expectClearedCookie(replay);
    expectUnauthenticated(await call("POST", "/api/v1/auth/refresh", withCookie(second!.value)));
  });

  it("answers 401 and clears the cookie when it is missing, unknown or expired", async () => {
    const none = await call("POST", "/api/v1/auth/refresh");
    expectUnauthenticated(none);
    expectClearedCookie(none);
    expectUnauthenticated(await call("POST", "/api/v1/auth/refresh", withCookie("A".repeat(43))));
    expectUnauthenticated(await call("POST", "/api/v1/auth/refresh", withCookie("not;a=token")));

    const user = await createUser();
    const { cookie } = await tokenFor(user.email, TEST_PASSWORD);
    await testDb().refreshToken.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await call("POST", "/api/v1/auth/refresh", withCookie(cookie!.value));
    expectUnauthenticated(expired);
    expectClearedCookie(expired);
  });

  it("refuses the refresh token of a deactivated user", async () => {
    const user = await createUser();
    const { cookie } = await tokenFor(user.email, TEST_PASSWORD);
    await testDb().user.update({ where: { id: user.id }, data: { isActive: false } });
    expectUnauthenticated(await call("POST", "/api/v1/auth/refresh", withCookie(cookie!.value)));
  });
});

describe("POST /api/v1/auth/logout", () => {
  it("answers 204, revokes the token and clears the cookie; refresh then fails", async () => {
    const user = await createUser();
    const { cookie } = await tokenFor(user.email, TEST_PASSWORD);
    const rotated = refreshCookie(
      await call("POST", "/api/v1/auth/refresh", withCookie(cookie!.value)),
    );
    const out = await call("POST", "/api/v1/auth/logout", withCookie(rotated!.value));
    expect(out.status).toBe(204);
    expect(out.text).toBe("");
    expectClearedCookie(out);
    expectUnauthenticated(await call("POST", "/api/v1/auth/refresh", withCookie(rotated!.value)));
    const rows = await testDb().refreshToken.findMany({ where: { userId: user.id } });
    expect(rows.length).toBeGreaterThan(0); // an empty list would pass the check below
    expect(rows.every((r) => r.revokedAt !== null)).toBe(true);
  });

  it("answers 204 without a cookie too", async () => {
    const out = await call("POST", "/api/v1/auth/logout");
    expect(out.status).toBe(204);
    expectClearedCookie(out);
  });
});

describe("GET /api/v1/me", () => {
  it("answers the caller's account", async () => {
    const user = await createUser();
    const res = await call("GET", "/api/v1/me", { token: user.token });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(ME_KEYS);
    const school = await testDb().school.findUniqueOrThrow({
      where: { id: user.schoolId },
      select: { id: true, name: true },
    });
    expect(res.body).toEqual({
      id: user.id,
      email: user.email,
      nickname: user.nickname,
      profileImageUrl: null,
      school,
      isAdmin: false,
      verification: "STUDENT", // a verified fixture (this server also runs SCHOOL_VERIFICATION=off)
    });
  });

  it("answers 401 with WWW-Authenticate without, with expired, tampered or foreign tokens", async () => {
    const user = await createUser();
    expectUnauthenticated(await call("GET", "/api/v1/me"));
    expectUnauthenticated(
      await call("GET", "/api/v1/me", {
        token: await signAccessToken(user.id, Date.now() - 31 * 60 * 1000),
      }),
    );
    const [h, p, s] = user.token.split(".");
    const otherSub = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(p, "base64url").toString()), sub: "1" }),
    ).toString("base64url");
    expectUnauthenticated(await call("GET", "/api/v1/me", { token: `${h}.${otherSub}.${s}` }));
    const foreign = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(String(user.id))
      .setIssuedAt()
      .setExpirationTime("10m")
      .sign(new TextEncoder().encode("some-other-secret-of-32-characters!!"));
    expectUnauthenticated(await call("GET", "/api/v1/me", { token: foreign }));
    expectUnauthenticated(
      await call("GET", "/api/v1/me", { headers: { authorization: "Basic dXNlcjpwYXNz" } }),
    );
  });

  it("refuses a deactivated user's still-unexpired token", async () => {
    const user = await createUser({ isActive: false });
    expectUnauthenticated(await call("GET", "/api/v1/me", { token: user.token }));
  });
});

/** Signs in like the browser does: next-auth's CSRF cookie + credentials callback → session cookie. */
async function browserSession(email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl()}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const res = await fetch(`${baseUrl()}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/" }),
    redirect: "manual",
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith("authjs.session-token="));
  return session ? session.split(";")[0] : "";
}

describe("the browser's session cookie", () => {
  it("works for GET /api/v1/me", async () => {
    const user = await createUser();
    const cookie = await browserSession(user.email, TEST_PASSWORD);
    expect(cookie).toMatch(/^authjs\.session-token=/);
    const res = await call("GET", "/api/v1/me", { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(user.id);
    // An invalid Bearer header never falls back to the cookie.
    expectUnauthenticated(
      await call("GET", "/api/v1/me", { headers: { cookie, authorization: "Bearer nope" } }),
    );
  });

  it("is not issued for wrong credentials", async () => {
    const user = await createUser();
    expect(await browserSession(user.email, "wrong-password")).toBe("");
  });

  it("stops working when the user is deactivated or the password changes", async () => {
    const a = await createUser();
    const cookieA = await browserSession(a.email, TEST_PASSWORD);
    await testDb().user.update({ where: { id: a.id }, data: { isActive: false } });
    expectUnauthenticated(await call("GET", "/api/v1/me", { headers: { cookie: cookieA } }));

    const b = await createUser();
    const cookieB = await browserSession(b.email, TEST_PASSWORD);
    const changed = await call("PATCH", "/api/v1/me", {
      token: b.token,
      body: { currentPassword: TEST_PASSWORD, newPassword: "another-pass-99" },
    });
    expect(changed.status).toBe(200);
    expectUnauthenticated(await call("GET", "/api/v1/me", { headers: { cookie: cookieB } }));
    // A new sign-in with the new password works.
    const again = await browserSession(b.email, "another-pass-99");
    expect((await call("GET", "/api/v1/me", { headers: { cookie: again } })).status).toBe(200);
  });
});

describe("PATCH /api/v1/me (beyond SPEC)", () => {
  it("changes the nickname and answers the /me DTO; a taken one is 409", async () => {
    const user = await createUser();
    const other = await createUser();
    const nickname = `새이름${tag()}`;
    const res = await call("PATCH", "/api/v1/me", { token: user.token, body: { nickname } });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(ME_KEYS);
    expect(res.body.nickname).toBe(nickname);
    expect((await call("GET", "/api/v1/me", { token: user.token })).body.nickname).toBe(nickname);
    const taken = await call("PATCH", "/api/v1/me", {
      token: user.token,
      body: { nickname: other.nickname },
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.fields).toEqual({ nickname: ["이미 사용 중인 닉네임입니다."] });
    const invalid = await call("PATCH", "/api/v1/me", {
      token: user.token,
      body: { nickname: "익명" },
    });
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body.error.fields)).toEqual(["nickname"]);
    expectUnauthenticated(await call("PATCH", "/api/v1/me", { body: { nickname: `x${tag()}` } }));
  });

  it("changes the password with the current one; refresh tokens issued before stop working", async () => {
    const user = await createUser();
    const { cookie } = await tokenFor(user.email, TEST_PASSWORD);
    const noCurrent = await call("PATCH", "/api/v1/me", {
      token: user.token,
      body: { newPassword: "new-password-1" },
    });
    expect(noCurrent.status).toBe(400);
    expect(Object.keys(noCurrent.body.error.fields)).toEqual(["currentPassword"]);
    const wrong = await call("PATCH", "/api/v1/me", {
      token: user.token,
      body: { currentPassword: "nope-nope", newPassword: "new-password-1" },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toEqual({
      currentPassword: ["현재 비밀번호가 올바르지 않습니다."],
    });
    const short = await call("PATCH", "/api/v1/me", {
      token: user.token,
      body: { currentPassword: TEST_PASSWORD, newPassword: "short" },
    });
    expect(Object.keys(short.body.error.fields)).toEqual(["newPassword"]);

    const ok = await call("PATCH", "/api/v1/me", {
      token: user.token,
      body: { currentPassword: TEST_PASSWORD, newPassword: "new-password-1" },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.id).toBe(user.id);
    expectUnauthenticated(await call("POST", "/api/v1/auth/refresh", withCookie(cookie!.value)));
    expectUnauthenticated((await tokenFor(user.email, TEST_PASSWORD)).res);
    expect((await tokenFor(user.email, "new-password-1")).res.status).toBe(200);
  });
});

describe("proxy.ts", () => {
  it("sends signed-out page visits to /login with where they were going, but never the API", async () => {
    const page = await call("GET", "/me?tab=1");
    expect(page.status).toBe(307);
    expect(page.headers.get("location")).toMatch(/\/login\?callbackUrl=%2Fme%3Ftab%3D1$/);
    expect((await call("GET", "/login")).status).toBe(200);
    expect((await call("GET", "/signup")).status).toBe(200);
    const apiCall = await call("GET", "/api/v1/me");
    expect(apiCall.status).toBe(401);
    expect(apiCall.headers.get("location")).toBeNull();
  });

  it("an empty session cookie is no session; a forged one is refused by the page itself", async () => {
    for (const name of ["authjs.session-token", "authjs.session-token.0"]) {
      const res = await fetch(`${baseUrl()}/me`, {
        headers: { cookie: `${name}=` },
        redirect: "manual",
      });
      expect(res.status, name).toBe(307);
      expect(res.headers.get("location")).toMatch(/\/login\?callbackUrl=%2Fme$/);
    }
    // The proxy does not run with a session cookie (its matcher), so the page checks it.
    const forged = await fetch(`${baseUrl()}/me`, {
      headers: { cookie: "authjs.session-token=forged" },
      redirect: "manual",
    });
    expect(forged.status).toBe(307);
    expect(forged.headers.get("location")).toMatch(/\/login/);
    const landing = await fetch(`${baseUrl()}/`, { headers: { cookie: "authjs.session-token=" } });
    expect(landing.status).toBe(200);
    expect(landing.url).toBe(`${baseUrl()}/`);
    expect(await landing.text()).toContain("캠퍼스타임");
  });
});

describe("no response carries a password hash", () => {
  it("across every answer above", () => {
    expect(seen.length).toBeGreaterThan(40);
    for (const text of seen) {
      expect(text).not.toMatch(/passwordHash|\$argon2|tokenHash/);
    }
  });
});
