import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { claimRateLimit } from "@/lib/rate-limit";
import type { Viewer } from "@/lib/auth/viewer";
import { forbidden, notFound } from "@/lib/http/errors";
import { decodeCursor, encodeCursor, toPage, type Page } from "@/lib/http/cursor";
import { attachPhotos, assertAttachablePhotos } from "@/lib/uploads/photos";
import { anonymityOn, assertPostBoardReadable, getBoardOrThrow } from "./boards";
import { assertBoardWritable } from "@/lib/auth/gate";
import { MAX_ID } from "@/lib/validation/id";
import { clearHomeCache } from "./home-cache";
import { addBoardActivity } from "./board-activity";
import { idKeyset } from "./keyset";
import { toPostDetail, toPostListItem, type PostDetail, type PostListItem } from "./post-dto";
import { postWhereSql, readPostDetailOnce, readPostList } from "./post-rows";
import {
  mayDelete,
  maySeeHidden,
  postFiltersWhere,
  visiblePostsWhere,
  type FilterWhere,
} from "./post-filters";
import { searchPosts } from "./post-search";
import { LIVE } from "./visibility";
import type {
  BoardPostsQuery,
  CreatePostInput,
  PageQuery,
  SchoolPostsQuery,
  UpdatePostInput,
} from "./schemas";

// Posts: lists (newest first, keyset on id), one post, write, edit, soft delete.

/**
 * Newest-first page of the posts in `scope` matching `filter`. The scope is what the caller has
 * already checked the viewer may see — the school (visiblePostsWhere), one board of it, or the
 * viewer's own posts — and always excludes deleted posts. It is stated as narrowly as it is
 * (a board list says boardId, not schoolId + boardId) so that SQLite's planner, which has no
 * statistics unless ANALYZE ran, can only pick the index that serves the list: (boardId,
 * deletedAt, id) for a board, (authorId, id) for 내가 쓴 글. Text search goes through the trigram
 * index or a bounded scan first (post-search.ts), which may end a page early with a cursor.
 */
export async function findPostPage(
  scope: Prisma.PostWhereInput,
  filter: FilterWhere,
  page: PageQuery,
): Promise<Page<PostListItem>> {
  const cursor = decodeCursor(page.cursor, idKeyset);
  // The keyset bound is there on the first page too (id < 2^31 - 1, the largest Int): with it, the planner walks the
  // (…, id) index newest-first and stops after limit + 1 rows, instead of (without statistics)
  // preferring a range on another column and sorting all of it — HOT's (schoolId, likeCount),
  // whose range only grows, took 28 ms for 19k HOT posts against 0.7 ms this way.
  const beforeId = cursor?.id ?? MAX_ID;
  if (filter.search) {
    // One statement: the matching posts with their boards and authors (post-search.ts).
    const hits = await searchPosts(
      [scope, ...filter.where],
      filter.search,
      beforeId,
      page.limit + 1,
    );
    const result = toPage(hits.rows, page.limit, (r) => ({ id: r.id }), toPostListItem);
    if (!result.nextCursor && hits.continueBelow !== null)
      result.nextCursor = encodeCursor({ id: hits.continueBelow });
    return result;
  }
  // One statement: the posts with their boards and authors (post-rows.ts).
  const rows = await readPostList(
    postWhereSql([scope, LIVE, ...filter.where, { id: { lt: beforeId } }]),
    page.limit + 1,
  );
  return toPage(rows, page.limit, (r) => ({ id: r.id }), toPostListItem);
}

/** A board's posts, newest first, with the search filters. Another school's board is NOT_FOUND. */
export async function listBoardPosts(
  viewer: Viewer,
  boardId: number,
  query: BoardPostsQuery,
): Promise<Page<PostListItem>> {
  await getBoardOrThrow(viewer, boardId);
  return findPostPage({ boardId }, postFiltersWhere(viewer, query), query);
}

/** The whole school's posts (전체 검색), optionally one board's. */
export async function listSchoolPosts(
  viewer: Viewer,
  query: SchoolPostsQuery,
): Promise<Page<PostListItem>> {
  const filter = postFiltersWhere(viewer, query);
  if (query.board === undefined) return findPostPage(visiblePostsWhere(viewer), filter, query);
  await getBoardOrThrow(viewer, query.board);
  return findPostPage({ boardId: query.board }, filter, query);
}

/** One post as its page shows it. Deleted, missing and other schools' posts are NOT_FOUND. */
export async function getPost(viewer: Viewer, postId: number): Promise<PostDetail> {
  const row = await readPostDetailOnce(viewer, postId);
  if (!row || ((row.hidden || row.boardClosed) && !maySeeHidden(viewer, row.authorId)))
    throw notFound("게시글");
  await assertPostBoardReadable(viewer, row.board.id);
  return toPostDetail(row, viewer);
}

/**
 * Writes a post on a board of the viewer's school. A SECRET board's posts are always anonymous
 * (isAnonymous is forced to true rather than refused). Photos must be the viewer's own uploads
 * not yet attached to a post; they are attached in the same transaction, in the order given.
 */
export async function createPost(
  viewer: Viewer,
  boardId: number,
  input: CreatePostInput,
): Promise<PostDetail> {
  const board = await getBoardOrThrow(viewer, boardId);
  assertBoardWritable(viewer, board.kind); // the 졸업생게시판 takes graduates
  await assertAttachablePhotos(viewer, input.photoIds);
  const isAnonymous = anonymityOn(board, input.isAnonymous);
  // More than 3 posts (RATE_LIMIT_POSTS) by one user on one board within 5 minutes is refused,
  // claimed before the write; deleting a post does not give its claim back.
  await claimRateLimit("posts", [viewer.id, boardId]);
  const post = await prisma.$transaction(async (tx) => {
    const now = new Date();
    const created = await tx.post.create({
      data: {
        boardId,
        schoolId: viewer.schoolId,
        authorId: viewer.id,
        title: input.title,
        content: input.content,
        isAnonymous,
        photoCount: input.photoIds.length,
        createdAt: now,
        updatedAt: now,
      },
      select: { id: true },
    });
    await attachPhotos(tx, viewer, created.id, input.photoIds);
    if (board.kind === "USER") await addBoardActivity(tx, boardId, now);
    return created;
  });
  clearHomeCache(viewer.schoolId);
  return getPost(viewer, post.id);
}

async function findPostRef(viewer: Viewer, postId: number) {
  // A hidden post, or one on a closed board, is still its author's (and admins') to edit or delete.
  const post = await prisma.post.findFirst({
    where: { id: postId, schoolId: viewer.schoolId, deletedAt: null },
    select: {
      id: true,
      authorId: true,
      boardId: true,
      hiddenAt: true,
      board: { select: { closedAt: true } },
    },
  });
  if (!post || ((post.hiddenAt || post.board.closedAt) && !maySeeHidden(viewer, post.authorId)))
    throw notFound("게시글");
  await assertPostBoardReadable(viewer, post.boardId);
  return post;
}

/** Edits the title and/or content; the author only. */
export async function updatePost(
  viewer: Viewer,
  postId: number,
  input: UpdatePostInput,
): Promise<PostDetail> {
  const post = await findPostRef(viewer, postId);
  if (post.authorId !== viewer.id) throw forbidden("자신이 쓴 글만 수정할 수 있습니다.");
  await prisma.post.update({
    where: { id: post.id },
    data: { title: input.title, content: input.content },
    select: { id: true },
  });
  clearHomeCache(viewer.schoolId);
  return getPost(viewer, post.id);
}

/** Soft delete (sets deletedAt): the author or an admin of the school. Returns the board, for going back. */
export async function deletePost(viewer: Viewer, postId: number): Promise<{ boardId: number }> {
  const post = await findPostRef(viewer, postId);
  if (!mayDelete(viewer, post)) throw forbidden("자신이 쓴 글만 삭제할 수 있습니다.");
  await prisma.post.updateMany({
    where: { id: post.id, deletedAt: null },
    data: { deletedAt: new Date() },
  });
  clearHomeCache(viewer.schoolId);
  return { boardId: post.boardId };
}
