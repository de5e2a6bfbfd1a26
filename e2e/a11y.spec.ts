import { expect, test, type Page } from "@playwright/test";
import { DEMO, signInAs } from "./support/auth";
import {
  expectNoSeriousA11yViolations,
  journeyPages,
  waitForContent,
  type Scheme,
} from "./support/a11y";

// issue 12, Accessibility: no serious or critical axe violation on the main pages, on a phone
// (375 px) and a desktop, in light and dark (prefers-color-scheme); and the site works by keyboard:
// a skip link first, visible focus, Tab from the header to a post, 공감 with Enter, no trap.

const VIEWPORTS = [
  { name: "phone", width: 375, height: 812 },
  { name: "desktop", width: 1280, height: 900 },
];
const SCHEMES: Scheme[] = ["light", "dark"];

for (const viewport of VIEWPORTS) {
  test(`axe: no serious violations on the main pages (${viewport.name}, light and dark)`, async ({
    page,
  }) => {
    test.setTimeout(360_000); // 15 pages, each in two schemes, on a machine others share
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await signInAs(page, DEMO.hanbit);
    const pages = await journeyPages(page);
    expect(pages).toHaveLength(15);
    // Each page is loaded once and checked in both colour schemes: prefers-color-scheme switches
    // the styles in place, so the dark check sees the same content the light one did.
    const check = async (label: string, heading: string | undefined) => {
      await waitForContent(page, heading);
      for (const scheme of SCHEMES) {
        await page.emulateMedia({ colorScheme: scheme });
        // A colour that changes with the scheme animates on elements with transition-colors:
        // axe must read the colours the transitions end at, not halfway.
        await page.evaluate(async () => {
          await new Promise(requestAnimationFrame);
          const transitions = document.getAnimations().filter((a) => a instanceof CSSTransition);
          await Promise.all(transitions.map((a) => a.finished.catch(() => undefined)));
        });
        await expectNoSeriousA11yViolations(page, `${label} (${viewport.name}, ${scheme})`);
      }
    };
    for (const { label, path, heading } of pages) {
      await page.goto(path);
      await check(`${label} ${path}`, heading);
    }
    // The sign-in page, signed out.
    await page.context().clearCookies();
    await page.goto("/login");
    await check("login", "로그인");
  });
}

/** What has the keyboard focus: tag, accessible-ish name, href. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().replace(/\s+/g, " "),
      href: el.getAttribute("href"),
      inHeader: !!el.closest("header"),
      inMain: !!el.closest("main"),
      // A visible focus indicator: an outline (the global :focus-visible ring) or a box-shadow ring.
      ring:
        (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) ||
        style.boxShadow !== "none",
    };
  });
}

test("keyboard: skip link, header, a post, 공감 with Enter; focus always visible", async ({
  page,
}) => {
  await signInAs(page, DEMO.hanbitFriend);
  await page.goto("/");

  // The first Tab stop is the skip link, shown when focused.
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "본문으로 건너뛰기" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();

  // Tab on through the header (logo, 쪽지함, 알림, 로그아웃, the five sections) into the page, to
  // the first post link. Every stop shows a focus ring.
  const stops: NonNullable<Awaited<ReturnType<typeof focused>>>[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    expect(f, `Tab stop ${i + 1}`).not.toBeNull();
    expect(f!.ring, `focus ring on ${f!.tag} "${f!.text}"`).toBe(true);
    stops.push(f!);
    if (f!.href && /^\/posts\/\d+$/.test(f!.href)) break;
  }
  const header = stops.filter((s) => s.inHeader).map((s) => s.text);
  expect(header).toEqual(
    expect.arrayContaining(["쪽지함", "게시판", "시간표", "강의평가", "친구", "내 정보"]),
  );
  const last = stops.at(-1)!;
  expect(last.href, "Tab reached a post link").toMatch(/^\/posts\/\d+$/);
  expect(last.inMain).toBe(true);

  // Enter opens the post.
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${last.href}$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // Tab to 공감 and press Enter: it toggles, and the count follows.
  const like = page.getByRole("button", { name: /공감/ });
  const wasPressed = (await like.getAttribute("aria-pressed")) === "true";
  const before = Number((await like.textContent())?.match(/(\d+)개?\s*$/)?.[1]);
  for (let i = 0; i < 40 && !(await like.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(like).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(like).toHaveAttribute("aria-pressed", wasPressed ? "false" : "true");
  await expect(like).toContainText(String(before + (wasPressed ? -1 : 1)));

  // The skip link moves focus into the page, past the header.
  await page.goto("/");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  const afterSkip = await focused(page);
  expect(
    afterSkip?.inMain,
    `after the skip link, focus is in <main> (got ${JSON.stringify(afterSkip)})`,
  ).toBe(true);
});

test("keyboard: no trap on the write page (Tab runs through every control and out)", async ({
  page,
}) => {
  await signInAs(page, DEMO.hanbit);
  await page.goto("/");
  await page.getByRole("heading", { name: "자유게시판" }).getByRole("link").click();
  await page.getByRole("link", { name: "글쓰기" }).click();
  await expect(page.getByRole("heading", { name: "글쓰기" })).toBeVisible();
  const seen: string[] = [];
  let wrapped = false;
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (f === null || (seen.length > 0 && f.text === "본문으로 건너뛰기")) {
      wrapped = true;
      break;
    }
    seen.push(`${f.tag}:${f.text}`);
  }
  expect(seen).toEqual(
    expect.arrayContaining([expect.stringMatching(/^input:/), expect.stringMatching(/^textarea:/)]),
  );
  expect(wrapped, `Tab left the page after ${seen.length} stops: ${seen.join(", ")}`).toBe(true);
});
