import { expect, test, type Page } from "@playwright/test";
import { DEMO, signInAs } from "./support/auth";
import { expectNoSeriousA11yViolations, waitForContent } from "./support/a11y";
import { watchViolations } from "./support/csp";

// Web Push in the browser (issue 24): the service worker registers under the site's CSP and is
// served fresh; a push given to it shows a notification whose link is the 알림's; 내 정보 › 알림
// 설정 works with a keyboard on a phone; on iPhone outside the installed app it says why there is
// no button. Headless Chromium has no push service, so the push is handed to the worker through
// the DevTools protocol (ServiceWorker.deliverPushMessage), as DevTools' own "Push" button does.

const PHONE = { width: 375, height: 812 };

async function serviceWorkerReady(page: Page) {
  return page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    return { scope: reg.scope, script: reg.active?.scriptURL ?? "" };
  });
}

test("the service worker registers on signed-in pages, under the CSP, served fresh", async ({
  page,
}) => {
  const violations = await watchViolations(page);
  await signInAs(page, DEMO.hanbit);
  await page.goto("/");
  const reg = await serviceWorkerReady(page);
  expect(new URL(reg.script).pathname).toBe("/sw.js");
  expect(new URL(reg.scope).pathname).toBe("/");
  expect(await violations()).toEqual([]);

  const sw = await page.request.get("/sw.js");
  expect(sw.status()).toBe(200);
  expect(sw.headers()["cache-control"]).toBe("no-cache");
  expect(sw.headers()["content-type"]).toMatch(/javascript/);
  // The offline page is public (cached by the worker at install) and stands alone.
  const offline = await page.request.get("/offline", { maxRedirects: 0 });
  expect(offline.status()).toBe(200);
  expect(await offline.text()).toContain("인터넷에 연결되어 있지 않습니다");
});

test("a push shows a notification that links to the 알림's page", async ({ page, context }) => {
  await context.grantPermissions(["notifications"]);
  await signInAs(page, DEMO.hanbit);
  await page.goto("/");
  await serviceWorkerReady(page);

  const cdp = await context.newCDPSession(page);
  const registrationId = new Promise<string>((resolve) => {
    cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
      const ours = registrations.find((r) => !r.isDeleted && new URL(r.scopeURL).pathname === "/");
      if (ours) resolve(ours.registrationId);
    });
  });
  await cdp.send("ServiceWorker.enable");
  const origin = new URL(page.url()).origin;
  const push = {
    id: 424242,
    kind: "COMMENT",
    title: "새 댓글",
    body: "내 글에 새 댓글이 달렸습니다: 푸시 확인",
    link: "/posts/77",
  };
  await cdp.send("ServiceWorker.deliverPushMessage", {
    origin,
    registrationId: await registrationId,
    data: JSON.stringify(push),
  });

  await expect
    .poll(() =>
      page.evaluate(async () => {
        const reg = await navigator.serviceWorker.ready;
        return (await reg.getNotifications()).map((n) => ({
          title: n.title,
          body: n.body,
          tag: n.tag,
          link: (n.data as { link?: string } | null)?.link,
        }));
      }),
    )
    .toEqual([
      { title: push.title, body: push.body, tag: "notification-424242", link: "/posts/77" },
    ]);

  // A push whose link is not a path on this site is shown with the 알림 list as its link.
  await cdp.send("ServiceWorker.deliverPushMessage", {
    origin,
    registrationId: await registrationId,
    data: JSON.stringify({ ...push, id: 424243, link: "https://evil.example/x" }),
  });
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const reg = await navigator.serviceWorker.ready;
        const n = (await reg.getNotifications({ tag: "notification-424243" }))[0];
        return (n?.data as { link?: string } | undefined)?.link;
      }),
    )
    .toBe("/notifications");
});

test.describe("내 정보 › 알림 설정 at 375 px", () => {
  test.use({ viewport: PHONE });

  test("works with a keyboard: the switches save, 알림 받기 answers", async ({ page, context }) => {
    await context.grantPermissions(["notifications"]);
    await signInAs(page, DEMO.hanbitFriend);
    await page.goto("/me");
    const link = page.getByRole("link", { name: "알림 설정" });
    await link.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/me\/notifications$/);
    await waitForContent(page, "알림 설정");

    const reply = page.getByRole("switch", { name: /답글/ });
    await expect(reply).toBeChecked();
    await reply.focus();
    await page.keyboard.press("Space");
    await expect(reply).not.toBeChecked();
    await expect(page.getByText("저장하는 중…")).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("switch", { name: /답글/ })).not.toBeChecked();
    const res = await page.request.get("/api/v1/me/notification-settings");
    expect(await res.json()).toMatchObject({ reply: false, comment: true });
    // Back on, for the other journeys.
    await page.getByRole("switch", { name: /답글/ }).focus();
    await page.keyboard.press("Space");
    await expect(page.getByRole("switch", { name: /답글/ })).toBeChecked();
    await expect(page.getByText("저장하는 중…")).toHaveCount(0);

    // 알림 받기 by keyboard: permission is granted here; headless Chromium has no push service,
    // so subscribing either works or says it could not — never hangs or breaks the page.
    const button = page.getByRole("button", { name: "알림 받기" });
    await expect(button).toBeEnabled();
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").first()).toHaveText(
      /이 기기에서 알림을 받고 있습니다|알림을 켜지 못했습니다/,
    );
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await expectNoSeriousA11yViolations(page, "알림 설정 (375 px)");
  });

  test("on an iPhone outside the installed app, it says push needs the app", async ({
    browser,
  }) => {
    const context = await browser.newContext({
      viewport: PHONE,
      userAgent:
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    });
    const page = await context.newPage();
    await signInAs(page, DEMO.hanbitFriend);
    await page.goto("/me/notifications");
    await expect(
      page.getByText(/홈 화면에 추가한 캠퍼스타임 앱에서만 알림을 받을 수 있습니다/),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "알림 받기" })).toHaveCount(0);
    await expect(page.getByRole("switch", { name: /쪽지/ })).toBeChecked();
    await context.close();
  });
});
