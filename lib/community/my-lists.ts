import "server-only";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { decodeCursor, idCursor, toPage, type Page } from "@/lib/http/cursor";
import { idKeyset } from "./keyset";
import { postListSelect, toPostListItem, type PostListItem } from "./post-dto";
import { visiblePostsWhere } from "./post-filters";
import { findPostPage } from "./posts";
import type { PageQuery } from "./schemas";
import { LIVE } from "./visibility";

// The viewer's own lists (내 정보): 내가 쓴 글, 댓글 단 글, 내 스크랩 — pages of posts as the post
// lists show them, each keeping to the posts the viewer may see (visiblePostsWhere), for
// GET /api/v1/me/{posts,comments,scraps} and the /me pages alike.

/** 내가 쓴 글: the viewer's own posts, anonymous ones included (shown as 익명 all the same). */
export async function listMyPosts(viewer: Viewer, page: PageQuery): Promise<Page<PostListItem>> {
  return findPostPage({ authorId: viewer.id }, { where: [] }, page);
}

/** A post as the post lists show it (same excerpt and author rules), plus what 댓글 단 글 adds. */
export type CommentedPostItem = PostListItem & {
  isMine: boolean;
  /** The viewer's latest live comment on the post. */
  lastCommentedAt: string;
};

/**
 * Posts the viewer has a live comment on, the most recently commented first (keyset on the id of
 * the viewer's latest comment there). Deleted posts and posts whose only comments by the viewer
 * are deleted are left out.
 */
export async function listMyCommentedPosts(
  viewer: Viewer,
  query: PageQuery,
): Promise<Page<CommentedPostItem>> {
  const before = decodeCursor(query.cursor, idCursor);
  const groups = await prisma.comment.groupBy({
    by: ["postId"],
    where: {
      authorId: viewer.id,
      ...LIVE,
      post: visiblePostsWhere(viewer),
    },
    _max: { id: true, createdAt: true },
    ...(before ? { having: { id: { _max: { lt: before.id } } } } : {}),
    orderBy: { _max: { id: "desc" } },
    take: query.limit + 1,
  });
  const shown = groups.slice(0, query.limit);
  const posts = shown.length
    ? await prisma.post.findMany({
        where: { id: { in: shown.map((g) => g.postId) } },
        select: { ...postListSelect, authorId: true },
      })
    : [];
  const byId = new Map(posts.map((p) => [p.id, p]));
  return toPage(
    groups,
    query.limit,
    (g) => ({ id: g._max.id! }),
    (g): CommentedPostItem => {
      const p = byId.get(g.postId)!;
      return {
        ...toPostListItem(p),
        isMine: p.authorId === viewer.id,
        lastCommentedAt: g._max.createdAt!.toISOString(),
      };
    },
  );
}

/** 내 스크랩: posts the viewer scrapped that are still there, newest scrap first (keyset on the scrap id). */
export async function listMyScraps(viewer: Viewer, page: PageQuery): Promise<Page<PostListItem>> {
  const cursor = decodeCursor(page.cursor, idKeyset);
  const rows = await prisma.scrap.findMany({
    where: {
      userId: viewer.id,
      post: visiblePostsWhere(viewer),
      ...(cursor ? { id: { lt: cursor.id } } : {}),
    },
    orderBy: { id: "desc" },
    take: page.limit + 1,
    select: { id: true, post: { select: postListSelect } },
  });
  return toPage(
    rows,
    page.limit,
    (r) => ({ id: r.id }),
    (r) => toPostListItem(r.post),
  );
}
