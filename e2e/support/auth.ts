import type { Page } from "@playwright/test";

/** Demo accounts from the seed (see README). */
export const DEMO = {
  hanbit: { email: "demo@hanbit.ac.kr", password: "campus1234" },
  hanbitFriend: { email: "friend@hanbit.ac.kr", password: "campus1234" },
  saesol: { email: "demo@saesol.ac.kr", password: "campus1234" },
};

/**
 * Signs a browser context in through next-auth's credentials endpoint (the same one the
 * login form uses), for journeys whose subject is not the login form itself.
 */
export async function signInAs(page: Page, account: { email: string; password: string }) {
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: account.email, password: account.password, callbackUrl: "/" },
    maxRedirects: 0,
  });
  if (res.status() >= 400) throw new Error(`sign-in failed with ${res.status()}`);
  const cookies = await page.context().cookies();
  if (!cookies.some((c) => c.name.includes("authjs.session-token")))
    throw new Error("sign-in set no session cookie");
}
