import "server-only";
import { isAnonymousOnlyBoard } from "./boards";
import { prisma } from "@/lib/db";
import { sqlTrue } from "@/lib/db-dialect";
import { Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import { notFound } from "@/lib/http/errors";
import { decodeCursor, encodeCursor, idCursor, toPage, type Page } from "@/lib/http/cursor";
import { REPLY_PAGE_SIZE, type CommentListQuery, type ReplyListQuery } from "./comment-schemas";
import {
  commentRowOf,
  commentRowSelect,
  dtoContext,
  getVisiblePostForComments,
  toCommentDto,
  type CommentDto,
  type CommentedPost,
  type CommentRow,
  type DtoContext,
  type RawReplyRow,
} from "./comment-dto";
import { authorJoin, nameColumns, namesOfRows, type NamedRow } from "./comment-author-names";
import { readPostDetailOnce } from "./post-rows";
import { seenCommentSql, seenCommentWhere } from "./visibility";

// Reading comments: a post's threads (the API's pages and the post page's whole thread) and a
// thread's further replies.

/** The post page shows every thread at once (as Everytime does) up to this many top-level comments. */
export const COMMENT_THREAD_PAGE_MAX = 1000;

/**
 * The first REPLY_PAGE_SIZE live replies of each of the given top-level comments, with each one's
 * reply count: ONE windowed query that returns the rows shown with their ranks and counts, so a
 * thread with thousands of replies costs the same answer size as one with ten.
 */
async function loadReplyPreviews(
  viewer: Viewer,
  postId: number,
  topIds: number[],
): Promise<{ rows: CommentRow[]; names: NamedRow[]; counts: Map<number, number> }> {
  if (topIds.length === 0) return { rows: [], names: [], counts: new Map() };
  const ranked = await prisma.$queryRaw<(RawReplyRow & NamedRow)[]>`
    SELECT r."id", r."parentId", r."content", r."isAnonymous", r."authorId", r."createdAt", r."deletedAt", r."hiddenAt", r."total",
           ${nameColumns("r", postId)}
    FROM (
      SELECT c."id", c."parentId", c."content", c."isAnonymous", c."authorId", c."createdAt", c."deletedAt", c."hiddenAt",
             ROW_NUMBER() OVER (PARTITION BY c."parentId" ORDER BY c."id") AS "rank",
             COUNT(*) OVER (PARTITION BY c."parentId") AS "total"
      FROM "Comment" c
      WHERE c."parentId" IN (${Prisma.join(topIds)}) AND ${seenCommentSql(viewer, "c")}
    ) r ${authorJoin("r")}
    WHERE r."rank" <= ${REPLY_PAGE_SIZE}
    ORDER BY r."id"`;
  const counts = new Map(ranked.map((r) => [Number(r.parentId), Number(r.total)]));
  return { rows: ranked.map(commentRowOf), names: ranked, counts };
}

/**
 * The top-level comments of a post after `afterId`, oldest first (at most `take`): the live ones,
 * and deleted ones that still have live replies (shown as the placeholder), with their authors'
 * names (comment-author-names.ts). Each says whether it has live replies, so the replies'
 * statement runs only for those threads (most have none).
 */
async function loadTopComments(
  viewer: Viewer,
  postId: number,
  take: number,
  afterId: number | undefined,
) {
  const rows = await prisma.$queryRaw<(RawReplyRow & NamedRow & { hasReplies: unknown })[]>`
    SELECT t."id", t."parentId", t."content", t."isAnonymous", t."authorId", t."createdAt", t."deletedAt", t."hiddenAt", t."hasReplies",
           ${nameColumns("t", postId)}
    FROM (
      SELECT c."id", c."parentId", c."content", c."isAnonymous", c."authorId", c."createdAt", c."deletedAt", c."hiddenAt",
             (${seenCommentSql(viewer, "c")}) AS "live",
             EXISTS (SELECT 1 FROM "Comment" r WHERE r."parentId" = c."id" AND ${seenCommentSql(viewer, "r")}) AS "hasReplies"
      FROM "Comment" c
      WHERE c."postId" = ${postId} AND c."parentId" IS NULL ${afterId ? Prisma.sql`AND c."id" > ${afterId}` : Prisma.empty}
    ) t ${authorJoin("t")}
    WHERE t."live" OR t."hasReplies"
    ORDER BY t."id" LIMIT ${take}`;
  return {
    rows: rows.map((r) => ({ ...commentRowOf(r), hasReplies: sqlTrue(r.hasReplies) })),
    names: rows,
  };
}

/**
 * Threads of a post, oldest first, paginated by top-level comment (keyset on id); each comes with
 * its first REPLY_PAGE_SIZE live replies, oldest first, its reply count and the cursor for the
 * rest (listReplies). A deleted top-level comment stays (as the placeholder) only while it has
 * live replies; deleted replies are left out.
 */
async function loadThreads(
  viewer: Viewer,
  post: CommentedPost,
  limit: number,
  afterId: number | undefined,
): Promise<Page<CommentDto>> {
  const { rows: tops, names: topNames } = await loadTopComments(
    viewer,
    post.id,
    limit + 1,
    afterId,
  );
  const shown = tops.slice(0, limit);
  const {
    rows: replies,
    names: replyNames,
    counts,
  } = await loadReplyPreviews(
    viewer,
    post.id,
    shown.filter((t) => t.hasReplies).map((t) => t.id),
  );
  // The names came with the rows: no statement of their own.
  const ctx: DtoContext = { viewer, post, ...namesOfRows([...topNames, ...replyNames]) };
  const repliesOf = new Map<number, CommentDto[]>();
  for (const reply of replies) {
    const list = repliesOf.get(reply.parentId!) ?? [];
    list.push(toCommentDto(reply, ctx));
    repliesOf.set(reply.parentId!, list);
  }
  return toPage(
    tops,
    limit,
    (t) => ({ id: t.id }),
    (t) => {
      const list = repliesOf.get(t.id) ?? [];
      const replyCount = counts.get(t.id) ?? 0;
      const repliesNextCursor =
        replyCount > list.length && list.length
          ? encodeCursor({ id: list[list.length - 1].id })
          : null;
      return toCommentDto(t, ctx, { replies: list, replyCount, repliesNextCursor });
    },
  );
}

/**
 * GET /api/v1/comments/:id/replies: a top-level comment's live replies after the cursor, oldest
 * first. The comment must be on a live post of the viewer's school (404 otherwise, also for a
 * reply's id); a deleted top-level comment still lists its live replies.
 */
export async function listReplies(
  viewer: Viewer,
  commentId: number,
  query: ReplyListQuery,
): Promise<Page<CommentDto>> {
  const top = await prisma.comment.findFirst({
    where: { id: commentId, parentId: null, post: { schoolId: viewer.schoolId, deletedAt: null } },
    select: { postId: true },
  });
  if (!top) throw notFound("댓글");
  const post = await getVisiblePostForComments(viewer, top.postId);
  const after = decodeCursor(query.cursor, idCursor);
  const rows = await prisma.comment.findMany({
    where: {
      parentId: commentId,
      ...seenCommentWhere(viewer),
      ...(after ? { id: { gt: after.id } } : {}),
    },
    select: commentRowSelect,
    orderBy: { id: "asc" },
    take: query.limit + 1,
  });
  const ctx = await dtoContext(viewer, post, rows.slice(0, query.limit));
  return toPage(
    rows,
    query.limit,
    (r) => ({ id: r.id }),
    (r) => toCommentDto(r, ctx),
  );
}

/** GET /api/v1/posts/:id/comments. */
export async function listPostComments(
  viewer: Viewer,
  postId: number,
  query: CommentListQuery,
): Promise<Page<CommentDto>> {
  const post = await getVisiblePostForComments(viewer, postId);
  const after = decodeCursor(query.cursor, idCursor);
  return loadThreads(viewer, post, query.limit, after?.id);
}

export type CommentThread = {
  postId: number;
  commentCount: number;
  /** SECRET board: the form has no 익명 choice. */
  anonymousOnly: boolean;
  /** The viewer may delete any comment (admin) — own comments are marked by isMine. */
  canModerate: boolean;
  items: CommentDto[];
  /** More than COMMENT_THREAD_PAGE_MAX top-level comments: the rest are only in the API's pages. */
  truncated: boolean;
  /** When the thread was read: the "now" its relative times count from. */
  loadedAt: string;
};

/** The post page's comment section: every thread at once. */
export async function getPostCommentThread(viewer: Viewer, postId: number): Promise<CommentThread> {
  const post = await getVisiblePostForComments(viewer, postId, readPostDetailOnce);
  const page = await loadThreads(viewer, post, COMMENT_THREAD_PAGE_MAX, undefined);
  return {
    postId: post.id,
    commentCount: post.commentCount,
    anonymousOnly: isAnonymousOnlyBoard(post.board),
    canModerate: viewer.isAdmin,
    items: page.items,
    truncated: page.nextCursor !== null,
    loadedAt: new Date().toISOString(),
  };
}
