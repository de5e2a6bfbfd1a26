import "server-only";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { decodeCursor, toPage, type Page } from "@/lib/http/cursor";
import { idKeyset } from "./keyset";
import { postListSelect, toPostListItem, type PostListItem } from "./post-dto";
import { addMark, removeMark } from "./post-marks";
import { visiblePostsWhere } from "./post-filters";
import type { PageQuery } from "./schemas";

// 스크랩: one per user per post, idempotent, never your own post (rules in ./post-marks);
// 내 스크랩 lists them, newest scrap first.

export type ScrapState = { scrapped: boolean; scrapCount: number };

export async function scrapPost(viewer: Viewer, postId: number): Promise<ScrapState> {
  return { scrapped: true, scrapCount: await addMark(viewer, postId, "scrap") };
}

export async function unscrapPost(viewer: Viewer, postId: number): Promise<ScrapState> {
  return { scrapped: false, scrapCount: await removeMark(viewer, postId, "scrap") };
}

/** 내 스크랩: posts the viewer scrapped that are still there, newest scrap first (keyset on the scrap id). */
export async function listMyScraps(viewer: Viewer, page: PageQuery): Promise<Page<PostListItem>> {
  const cursor = decodeCursor(page.cursor, idKeyset);
  const rows = await prisma.scrap.findMany({
    where: { userId: viewer.id, post: visiblePostsWhere(viewer), ...(cursor ? { id: { lt: cursor.id } } : {}) },
    orderBy: { id: "desc" },
    take: page.limit + 1,
    select: { id: true, post: { select: postListSelect } },
  });
  return toPage(rows, page.limit, (r) => ({ id: r.id }), (r) => toPostListItem(r.post));
}
