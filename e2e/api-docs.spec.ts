import { expect, test } from "@playwright/test";
import { watchViolations } from "./support/csp";

// issue 11.2: GET /api/docs renders the interactive API reference (Swagger UI, served from this
// origin) from /api/v1/openapi.json under the pages' Content-Security-Policy: the operations are
// listed, one opens with its responses, and the browser reports no CSP violation. It is linked
// from the site footer.

test("the API reference renders every operation from our own origin, under the CSP", async ({
  page,
}) => {
  const violations = await watchViolations(page, { pageErrors: true });
  const foreign: string[] = [];
  page.on("request", (r) => {
    if (
      new URL(r.url()).origin !==
        new URL(page.url() === "about:blank" ? r.url() : page.url()).origin &&
      !r.url().startsWith("data:")
    )
      foreign.push(r.url());
  });

  await page.goto("/login");
  const footerLink = page.getByRole("contentinfo").getByRole("link", { name: "API 문서" });
  await expect(footerLink).toHaveAttribute("href", "/api/docs");
  await footerLink.click();
  await expect(page).toHaveURL(/\/api\/docs$/);

  const res = await page.reload();
  expect(res?.headers()["content-security-policy"]).toMatch(
    /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/,
  );
  // The bundle is 1.7 MB of script: give a busy machine time to parse it.
  await expect(page.getByRole("heading", { name: /Campustime API/ })).toBeVisible({
    timeout: 30_000,
  });
  const operations = page.locator(".opblock");
  await expect(operations.first()).toBeVisible();
  expect(await operations.count()).toBeGreaterThan(60);
  await expect(
    page.locator(".opblock-summary-path", { hasText: /^\/api\/v1\/timetables\/\{id\}\/lectures$/ }),
  ).toBeVisible();

  // Open one: its parameters and responses (with the error codes) are there.
  await page
    .locator(".opblock-post", { has: page.locator('[data-path="/api/v1/boards/{id}/posts"]') })
    .locator(".opblock-summary")
    .click();
  await expect(page.locator(".responses-wrapper").first()).toContainText("429");
  expect(await violations()).toEqual([]);
  expect(foreign).toEqual([]);
});
