import { describe, expect, it } from "vitest";
import { api, baseUrl, createUser, TEST_PASSWORD } from "../support/api";
import { fetchPage, sessionCookie } from "../support/community";

// 로그아웃 ends the session on the server (SPEC "Signing out ends the session on the server"):
// a copy of the session cookie taken before signing out is refused afterwards, by the API and
// by pages, whichever way the browser signed out.

async function signOutThroughNextAuth(cookie: string) {
  const csrfRes = await fetch(`${baseUrl()}/api/auth/csrf`, { headers: { cookie } });
  const csrfCookie = csrfRes.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl()}/api/auth/signout`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: [cookie, csrfCookie].filter(Boolean).join("; "),
    },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/login" }),
    redirect: "manual",
  });
  expect(res.status).toBeLessThan(400);
  // The browser's own cookie is cleared…
  expect(
    res.headers
      .getSetCookie()
      .some(
        (c) =>
          /session-token=;/.test(c) ||
          /session-token=.*(Max-Age=0|Expires=Thu, 01 Jan 1970)/i.test(c),
      ),
  ).toBe(true);
}

describe("signing out", () => {
  it("through next-auth's sign-out endpoint: a replayed cookie is refused by the API and pages", async () => {
    const user = await createUser();
    const cookie = await sessionCookie({ email: user.email, password: TEST_PASSWORD });
    expect((await api("GET", "/api/v1/me", { headers: { cookie } })).status).toBe(200);
    const before = await fetchPage("/me", cookie);
    expect(before.status).toBe(200);
    expect(before.text).toContain(user.email);

    await signOutThroughNextAuth(cookie);

    // …and the copy kept from before no longer works anywhere.
    const me = await api("GET", "/api/v1/me", { headers: { cookie } });
    expect(me.status).toBe(401);
    const page = await fetchPage("/me", cookie);
    expect(page.text).not.toContain(user.email);
    expect(page.status).toBe(307); // off to /login
  });

  it("leaves the user's other sessions and Bearer tokens alone", async () => {
    const user = await createUser();
    const first = await sessionCookie({ email: user.email, password: TEST_PASSWORD });
    const second = await sessionCookie({ email: user.email, password: TEST_PASSWORD });
    await signOutThroughNextAuth(first);
    expect((await api("GET", "/api/v1/me", { headers: { cookie: first } })).status).toBe(401);
    expect((await api("GET", "/api/v1/me", { headers: { cookie: second } })).status).toBe(200);
    expect((await api("GET", "/api/v1/me", { token: user.token })).status).toBe(200);
  });

  it("answers a garbage session cookie as signed out (401), not a server error", async () => {
    for (const value of [
      "garbage",
      "a.b.c.d.e",
      "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..x.y.z",
      "%E0%A4%A",
    ]) {
      const res = await api("GET", "/api/v1/me", {
        headers: { cookie: `authjs.session-token=${value}` },
      });
      expect(res.status).toBe(401);
    }
  });
});
