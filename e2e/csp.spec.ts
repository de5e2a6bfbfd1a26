import { expect, test } from "@playwright/test";
import { watchViolations } from "./support/csp";
import { DEMO } from "./support/auth";
import { pngBytes } from "../tests/support/images";

// issue 9.12: the pages run under a nonce-based Content-Security-Policy. The journey signs in
// through the form, writes a post with a photo preview (a blob: URL) and visits the main pages;
// the browser must report no CSP violation, and the client components must hydrate.

test("the site works under its Content-Security-Policy (no violations, hydrated)", async ({
  page,
}) => {
  const violations = await watchViolations(page);

  const res = await page.goto("/login");
  expect(res?.headers()["content-security-policy"]).toMatch(/'nonce-/);
  await page.getByLabel("이메일").fill(DEMO.hanbit.email);
  await page.getByLabel("비밀번호").fill(DEMO.hanbit.password);
  await page.getByRole("button", { name: "로그인", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(await violations()).toEqual([]);

  await page.getByRole("heading", { name: "자유게시판" }).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: "자유게시판" })).toBeVisible();
  await page.getByRole("link", { name: "글쓰기" }).click();
  await expect(page.getByRole("heading", { name: "글쓰기" })).toBeVisible();
  // The preview is a client component showing a blob: URL: it needs hydration and img-src blob:.
  await page
    .getByLabel("사진 첨부")
    .setInputFiles({ name: "csp.png", mimeType: "image/png", buffer: pngBytes(24, 16) });
  const preview = page.getByRole("img", { name: /첨부 사진 1/ });
  await expect(preview).toBeVisible();
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(24);
  await page.getByLabel("제목").fill(`CSP 확인 ${Date.now().toString(36)}`);
  await page.getByLabel("내용").fill("정책 아래에서도 잘 됩니다.");
  const submit = page.getByRole("button", { name: "작성 완료" });
  await expect(submit).toBeEnabled();
  await submit.click();
  await expect(page).toHaveURL(/\/posts\/\d+$/);
  await expect
    .poll(() =>
      page
        .getByRole("img", { name: "첨부 사진 1" })
        .evaluate((img: HTMLImageElement) => img.naturalWidth),
    )
    .toBe(24);
  expect(await violations()).toEqual([]);

  for (const path of ["/hot", "/timetable", "/lectures", "/friends", "/me"]) {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    expect(await violations(), path).toEqual([]);
  }
});
