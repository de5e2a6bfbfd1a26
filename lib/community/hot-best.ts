import "server-only";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/http/errors";
import { decodeCursor, toPage, type Page } from "@/lib/http/cursor";
import { postListSelect, toPostListItem, type PostListItem } from "./post-dto";
import { likeCountKeyset } from "./keyset";
import { findPostPage } from "./posts";
import type { BestQuery, PageQuery } from "./schemas";
import { parseSeason, seasonOf } from "./seasons";
import { visiblePostsWhere } from "./post-filters";

// HOT: posts with at least HOT_THRESHOLD (10) 공감, newest first.
// BEST: posts with at least BEST_THRESHOLD (100) 공감 written in one half-year season, most 공감
// first (ties: newest first), paged by a (likeCount, id) cursor.

export async function listHotPosts(viewer: Viewer, page: PageQuery): Promise<Page<PostListItem>> {
  return findPostPage(visiblePostsWhere(viewer), { where: [{ likeCount: { gte: env().HOT_THRESHOLD } }] }, page);
}

export async function listBestPosts(viewer: Viewer, query: BestQuery, now = new Date()): Promise<Page<PostListItem>> {
  const season = parseSeason(query.season ?? seasonOf(now));
  if (!season) throw new AppError("VALIDATION_FAILED", "season이 올바르지 않습니다.", { fields: { season: ["season은 2026-H2 같은 형식이어야 합니다."] } });
  const cursor = decodeCursor(query.cursor, likeCountKeyset);
  const rows = await prisma.post.findMany({
    where: {
      AND: [
        visiblePostsWhere(viewer),
        { likeCount: { gte: env().BEST_THRESHOLD }, createdAt: { gte: season.start, lt: season.end } },
        ...(cursor ? [{ OR: [{ likeCount: { lt: cursor.likeCount } }, { likeCount: cursor.likeCount, id: { lt: cursor.id } }] }] : []),
      ],
    },
    orderBy: [{ likeCount: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: postListSelect,
  });
  return toPage(rows, query.limit, (r) => ({ likeCount: r.likeCount, id: r.id }), toPostListItem);
}
