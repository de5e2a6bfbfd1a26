import { beforeAll, describe, expect, it } from "vitest";
import { baseUrl, createUser, type TestUser } from "../support/api";
import { boardsOf, fetchPage, sessionCookie, writePost } from "../support/community";

// issue 12 (UX 9): a page for something that does not exist answers HTTP 404 (not a 200 carrying
// the not-found text), so browsers, crawlers and monitors see the miss. The page routes below
// each look their subject up and call notFound(); no loading.tsx may stream a 200 shell first.

let user: TestUser;
let cookie: string;
beforeAll(async () => {
  user = await createUser();
  cookie = await sessionCookie(user);
});

describe("page status codes", () => {
  it("answers 404 with the not-found page for missing posts, boards, lectures, friends and threads", async () => {
    const missing = [
      "/posts/999999999",
      "/posts/999999999/edit",
      "/posts/not-a-number",
      "/boards/999999999",
      "/boards/999999999/write",
      "/lectures/999999999",
      "/friends/999999999",
      "/messages/999999999",
    ];
    for (const path of missing) {
      const page = await fetchPage(path, cookie);
      expect(page.status, path).toBe(404);
      expect(page.text, path).toContain("페이지를 찾을 수 없습니다");
    }
  });

  it("answers 200 for the pages that exist, titled once with the site name", async () => {
    const { free } = await boardsOf(user.schoolId);
    const post = await writePost(user, free, { title: "상태 코드 확인" });
    for (const [path, title] of [
      [`/posts/${post.id}`, "게시글 · 캠퍼스타임"],
      [`/boards/${free}`, "게시판 · 캠퍼스타임"],
      ["/timetable", "시간표 · 캠퍼스타임"],
      ["/lectures", "강의평가 · 캠퍼스타임"],
      ["/friends", "친구 · 캠퍼스타임"],
    ] as const) {
      const page = await fetchPage(path, cookie);
      expect(page.status, path).toBe(200);
      expect(page.text, path).toContain(`<title>${title}</title>`);
    }
  });

  it("serves the web app manifest and icons without a session", async () => {
    const res = await fetch(`${baseUrl()}/manifest.webmanifest`, { redirect: "manual" });
    expect(res.status).toBe(200);
    const manifest = (await res.json()) as {
      name: string;
      display: string;
      icons: { src: string; sizes: string }[];
    };
    expect(manifest.name).toBe("캠퍼스타임");
    expect(manifest.display).toBe("standalone");
    expect(manifest.icons.map((i) => i.sizes)).toEqual(
      expect.arrayContaining(["192x192", "512x512"]),
    );
    for (const icon of manifest.icons) {
      const png = await fetch(`${baseUrl()}${icon.src}`, { redirect: "manual" });
      expect(png.status, icon.src).toBe(200);
      expect(png.headers.get("content-type"), icon.src).toBe("image/png");
    }
    const login = await fetch(`${baseUrl()}/login`);
    const html = await login.text();
    expect(html).toMatch(/<link rel="manifest" href="\/manifest.webmanifest"/);
    const icon = /<link rel="icon" href="(\/icon.svg[^"]*)"[^>]*type="image\/svg\+xml"/.exec(
      html,
    )?.[1];
    const apple = /<link rel="apple-touch-icon" href="(\/apple-icon.png[^"]*)"/.exec(html)?.[1];
    expect(icon && apple, "icon links in the page head").toBeTruthy();
    for (const [href, type] of [
      [icon!, "image/svg+xml"],
      [apple!, "image/png"],
    ]) {
      const res = await fetch(`${baseUrl()}${href}`, { redirect: "manual" });
      expect(res.status, href).toBe(200);
      expect(res.headers.get("content-type"), href).toBe(type);
    }
  });
});
