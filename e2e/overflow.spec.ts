import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, signInAs } from "./support/auth";

// No page is wider than a phone: every page of the app (found from app/**/page.tsx, so a new page
// is walked without anyone listing it) at 375 px, and at 320 px, the narrowest phone we support.
// A page whose content is wider than the viewport makes the whole page wobble sideways; the
// failure names the elements that stick out. Pages with a [param] need a real id: SAMPLES says how
// to find one, and the test fails for a dynamic page that has none.

const WIDTHS = [375, 320];
const ADMIN = { email: "admin@hanbit.ac.kr", password: "campus1234" };

type Route = { pattern: string; signedIn: boolean; admin: boolean };

/** Every page route of app/, as a URL pattern ("/posts/[id]/edit"), route groups left out. */
function pageRoutes(): Route[] {
  const out: Route[] = [];
  const walk = (dir: string, parts: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name === "api" || entry.name.startsWith("_")) continue;
        walk(path.join(dir, entry.name), [...parts, entry.name]);
      } else if (entry.name === "page.tsx") {
        const segments = parts.filter((p) => !/^\(.*\)$/.test(p));
        out.push({
          pattern: `/${segments.join("/")}`,
          signedIn: parts[0] === "(main)",
          admin: segments[0] === "admin",
        });
      }
    }
  };
  walk("app", []);
  return out.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

type Ids = { board: number; post: number; lecture: number; friend: number; thread: number };

/** Real URLs for the dynamic pages, from the signed-in demo student's own data. */
const SAMPLES: Record<string, (ids: Ids) => string[]> = {
  "/boards/[id]": (i) => [`/boards/${i.board}`],
  "/boards/[id]/write": (i) => [`/boards/${i.board}/write`],
  "/posts/[id]": (i) => [`/posts/${i.post}`],
  "/posts/[id]/edit": (i) => [`/posts/${i.post}/edit`],
  "/lectures/[id]": (i) => [`/lectures/${i.lecture}`],
  "/friends/[userId]": (i) => [`/friends/${i.friend}`],
  "/messages/[id]": (i) => [`/messages/${i.thread}`],
};
/** More states of static pages worth a look of their own. */
const EXTRA = ["/lectures?q=%EB%8D%B0%EC%9D%B4%ED%84%B0", "/no-such-page"];
/** Pages that exist only for tools: /bench/empty answers 404 unless CAMPUSTIME_BENCH=1 (npm run bench). */
const TOOL_ONLY = new Set(["/bench/empty"]);

async function json<T>(page: Page, url: string): Promise<T> {
  const res = await page.request.get(url);
  expect(res.status(), url).toBe(200);
  return (await res.json()) as T;
}

/** The demo student's ids; a fresh student sends them a 쪽지 so that a thread exists. */
async function findIds(browser: Browser, demo: Page): Promise<Ids> {
  const { items: boards } = await json<{ items: { id: number; kind: string }[] }>(
    demo,
    "/api/v1/boards",
  );
  const { items: posts } = await json<{ items: { id: number }[] }>(demo, "/api/v1/me/posts");
  const { items: lectures } = await json<{ items: { id: number }[] }>(demo, "/api/v1/lectures");
  const { items: friends } = await json<{ items: { id: number }[] }>(demo, "/api/v1/friends");
  expect(posts.length && lectures.length && friends.length, "demo data").toBeTruthy();

  const context = await browser.newContext();
  const other = await context.newPage();
  const { items: schools } = await json<{ items: { id: number; name: string }[] }>(
    other,
    "/api/v1/schools",
  );
  const tag = crypto.randomBytes(4).toString("hex");
  const account = { email: `overflow-${tag}@hanbit.ac.kr`, password: "e2e-password-1" };
  const signup = await other.request.post("/api/v1/auth/signup", {
    data: {
      ...account,
      nickname: `넓이${tag}`,
      schoolId: schools.find((s) => s.name === "한빛대학교")!.id,
    },
  });
  expect(signup.status(), await signup.text()).toBe(201);
  await signInAs(other, account);
  const sent = await other.request.post("/api/v1/messages", {
    data: { to: { postId: posts[0].id }, content: "화면 넓이 점검용 쪽지입니다." },
  });
  expect(sent.status(), await sent.text()).toBe(201);
  const { threadId } = (await sent.json()) as { threadId: number };
  await context.close();

  return {
    board: boards.find((b) => b.kind === "FREE")!.id,
    post: posts[0].id,
    lecture: lectures[0].id,
    friend: friends[0].id,
    thread: threadId,
  };
}

/** How far the page sticks out, and the outermost elements that do (outside any scroller). */
function measure(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const over = document.documentElement.scrollWidth - width;
    const culprits: string[] = [];
    if (over > 0) {
      const scrolls = (el: Element | null): boolean => {
        for (let p = el?.parentElement ?? null; p; p = p.parentElement) {
          const o = getComputedStyle(p).overflowX;
          if (o === "auto" || o === "scroll" || o === "hidden" || o === "clip") return true;
        }
        return false;
      };
      for (const el of document.body.querySelectorAll("*")) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.right <= width + 0.5 || scrolls(el)) continue;
        if (el.parentElement && el.parentElement.getBoundingClientRect().right > width + 0.5)
          continue; // its parent sticks out already: name the outermost one
        const cls = typeof el.className === "string" ? el.className.slice(0, 60) : "";
        culprits.push(`<${el.tagName.toLowerCase()} class="${cls}"> right=${Math.round(r.right)}`);
        if (culprits.length >= 5) break;
      }
    }
    return { over, culprits };
  });
}

test("no page is wider than a 320 or 375 px phone", async ({ browser }) => {
  test.setTimeout(240_000);
  const routes = pageRoutes().filter((r) => !TOOL_ONLY.has(r.pattern));
  expect(routes.length).toBeGreaterThan(20);

  const sessions = new Map<string, Page>();
  const pageFor = async (who: "anon" | "demo" | "admin", width: number) => {
    const key = `${who}-${width}`;
    if (!sessions.has(key)) {
      const context = await browser.newContext({ viewport: { width, height: 812 } });
      const page = await context.newPage();
      if (who !== "anon") await signInAs(page, who === "admin" ? ADMIN : DEMO.hanbit);
      sessions.set(key, page);
    }
    return sessions.get(key)!;
  };

  const ids = await findIds(browser, await pageFor("demo", WIDTHS[0]));
  const missing = routes.filter((r) => r.pattern.includes("[") && !SAMPLES[r.pattern]);
  expect(
    missing.map((r) => r.pattern),
    "dynamic pages without a sample in SAMPLES",
  ).toEqual([]);

  const visits: { url: string; who: "anon" | "demo" | "admin" }[] = [];
  for (const r of routes) {
    const urls = r.pattern.includes("[") ? SAMPLES[r.pattern](ids) : [r.pattern];
    for (const url of urls)
      visits.push({ url, who: r.admin ? "admin" : r.signedIn ? "demo" : "anon" });
  }
  // Signed out, / is the landing page.
  visits.push({ url: "/", who: "anon" });
  for (const url of EXTRA) visits.push({ url, who: "demo" });

  const wide: string[] = [];
  for (const width of WIDTHS) {
    for (const { url, who } of visits) {
      const page = await pageFor(who, width);
      const res = await page.goto(url);
      expect(res?.status(), `${url} as ${who}`).toBeLessThan(url === "/no-such-page" ? 500 : 400);
      await expect(page.locator("main").first()).toBeVisible();
      const { over, culprits } = await measure(page);
      if (over > 0)
        wide.push(`${url} (${who}) at ${width} px: ${over} px too wide — ${culprits.join("; ")}`);
    }
  }
  expect(wide, "pages wider than the phone").toEqual([]);
});
