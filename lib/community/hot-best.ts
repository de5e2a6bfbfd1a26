import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/http/errors";
import { decodeCursor, toPage, type Page } from "@/lib/http/cursor";
import { toPostListItem, type PostListItem } from "./post-dto";
import { postWhereSql, readPostList } from "./post-rows";
import { likeCountKeyset } from "./keyset";
import { findPostPage } from "./posts";
import type { BestQuery, PageQuery } from "./schemas";
import { parseSeason, seasonOf } from "./seasons";
import { visiblePostsWhere } from "./post-filters";

// HOT: posts with at least HOT_THRESHOLD (10) 공감, newest first.
// BEST: posts with at least BEST_THRESHOLD (100) 공감 written in one half-year season, most 공감
// first (ties: newest first), paged by a (likeCount, id) cursor.

export async function listHotPosts(viewer: Viewer, page: PageQuery): Promise<Page<PostListItem>> {
  return findPostPage(
    visiblePostsWhere(viewer),
    { where: [{ likeCount: { gte: env().HOT_THRESHOLD } }] },
    page,
  );
}

export async function listBestPosts(
  viewer: Viewer,
  query: BestQuery,
  now = new Date(),
): Promise<Page<PostListItem>> {
  const season = parseSeason(query.season ?? seasonOf(now));
  if (!season)
    throw new AppError("VALIDATION_FAILED", "season이 올바르지 않습니다.", {
      fields: { season: ["season은 2026-H2 같은 형식이어야 합니다."] },
    });
  const cursor = decodeCursor(query.cursor, likeCountKeyset);
  // One statement (post-rows.ts), on the (schoolId, likeCount) index, most 공감 first.
  const rows = await readPostList(
    postWhereSql([
      visiblePostsWhere(viewer),
      {
        likeCount: { gte: env().BEST_THRESHOLD },
        createdAt: { gte: season.start, lt: season.end },
      },
      ...(cursor
        ? [
            {
              OR: [
                { likeCount: { lt: cursor.likeCount } },
                { likeCount: cursor.likeCount, id: { lt: cursor.id } },
              ],
            },
          ]
        : []),
    ]),
    query.limit + 1,
    Prisma.sql`p."likeCount" DESC, p."id" DESC`,
  );
  return toPage(rows, query.limit, (r) => ({ likeCount: r.likeCount, id: r.id }), toPostListItem);
}
