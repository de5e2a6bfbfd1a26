import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { makeViewer as makeSupportViewer } from "../support/viewers";
import { likePost, unlikePost } from "@/lib/community/likes";
import { getHomeFeed } from "@/lib/community/home";
import { createPost, listBoardPosts, listSchoolPosts } from "@/lib/community/posts";

// Service-level checks against the throwaway database (no HTTP).

let viewer: Viewer;
let other: Viewer;
let schoolId: number;

const makeViewer = (tag: string) =>
  makeSupportViewer({ schoolId, nickname: `${tag}${Date.now() % 1_000_000}` });

beforeAll(async () => {
  schoolId = (await prisma.school.findFirstOrThrow({ orderBy: { id: "asc" } })).id;
  viewer = await makeViewer("svc");
  other = await makeViewer("svc2");
  // One HOT (10 공감) and one BEST (100 공감, this season) post, so the home feed's previews
  // below are never empty lists that pass every check.
  const board = await prisma.board.findFirstOrThrow({
    where: { schoolId, kind: "FREE" },
    select: { id: true },
  });
  for (const likeCount of [10, 100]) {
    await prisma.post.create({
      data: {
        boardId: board.id,
        schoolId,
        authorId: other.id,
        title: `공감 ${likeCount}`,
        content: "본문",
        likeCount,
      },
    });
  }
});

describe("search with LIKE wildcards in the term", () => {
  it("matches literally across many over-matching rows (several re-check rounds)", async () => {
    const board = await prisma.board.create({
      data: { schoolId, name: `wild-${Date.now()}` },
      select: { id: true },
    });
    const literal = await prisma.post.create({
      data: {
        boardId: board.id,
        schoolId,
        authorId: viewer.id,
        title: "할인 100% 실화",
        content: "x",
      },
    });
    await prisma.post.createMany({
      data: Array.from({ length: 450 }, (_, i) => ({
        boardId: board.id,
        schoolId,
        authorId: viewer.id,
        title: `점수 1000${i}점`,
        content: "x",
      })),
    });
    const page = await listBoardPosts(viewer, board.id, { limit: 20, title: "100%" });
    expect(page.items.map((p) => p.id)).toEqual([literal.id]);
    expect(page.nextCursor).toBeNull();
    const wide = await listBoardPosts(viewer, board.id, { limit: 20, title: "1000" });
    expect(wide.items).toHaveLength(20);
    expect(wide.nextCursor).not.toBeNull();
  });
});

describe("공감 counter", () => {
  it("stays equal to the rows through likes, repeats and unlikes", async () => {
    const board = await prisma.board.findFirstOrThrow({
      where: { schoolId, kind: "FREE" },
      select: { id: true },
    });
    const post = await createPost(other, board.id, {
      title: "카운터",
      content: "x",
      isAnonymous: false,
      photoIds: [],
    });
    await Promise.all([
      likePost(viewer, post.id),
      likePost(viewer, post.id),
      likePost(viewer, post.id),
    ]);
    const row = await prisma.post.findUniqueOrThrow({
      where: { id: post.id },
      select: { likeCount: true, updatedAt: true },
    });
    expect(row.likeCount).toBe(1);
    expect(await prisma.postLike.count({ where: { postId: post.id } })).toBe(1);
    expect(row.updatedAt.toISOString()).toBe(post.updatedAt);
    await Promise.all([unlikePost(viewer, post.id), unlikePost(viewer, post.id)]);
    expect((await prisma.post.findUniqueOrThrow({ where: { id: post.id } })).likeCount).toBe(0);
  });
});

describe("home feed", () => {
  it("has every board of the school's own with at most 4 newest posts each, and HOT/BEST previews", async () => {
    const feed = await getHomeFeed(viewer, []);
    // The boards students made are behind 게시판 찾기, never on the home page (issue 23).
    const boards = await prisma.board.count({ where: { schoolId, kind: { not: "USER" } } });
    expect(boards).toBeLessThan(await prisma.board.count({ where: { schoolId } }));
    expect(feed.boards).toHaveLength(boards);
    expect(feed.favorites).toEqual([]);
    for (const b of feed.boards) {
      expect(b.posts.length).toBeLessThanOrEqual(4);
      const ids = b.posts.map((p) => p.id);
      expect([...ids].sort((x, y) => y - x)).toEqual(ids);
      for (const p of b.posts) expect(p.board.id).toBe(b.id);
    }
    expect(feed.hot.length).toBeGreaterThan(0);
    expect(feed.best.length).toBeGreaterThan(0);
    for (const p of feed.hot) expect(p.likeCount).toBeGreaterThanOrEqual(10);
    for (const p of feed.best) expect(p.likeCount).toBeGreaterThanOrEqual(100);
    const school = await listSchoolPosts(viewer, { limit: 1 });
    expect(school.items).toHaveLength(1);
  });
});
