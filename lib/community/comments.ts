import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/generated/prisma/client";
import type { BoardKind } from "@/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/viewer";
import { forbidden, notFound, validationFailed } from "@/lib/http/errors";
import { decodeCursor, encodeCursor, idCursor, toPage, type Page } from "@/lib/http/cursor";
import { claimRateLimit } from "@/lib/rate-limit";
import { assignAnonymousNumber, lockPostForComment, nameOfNumber } from "./anonymous-numbers";
import { loadCommentAuthorNames } from "./comment-author-names";
import { REPLY_PAGE_SIZE, type ReplyListQuery } from "./comment-schemas";
import { getBoardOrThrow } from "./boards";
import { readPostDetail, readPostDetailOnce } from "./post-rows";
import { decrementPostCounter, incrementPostCounter } from "./post-counters";
import { postListSelect, toPostListItem, type PostListItem } from "./post-dto";
import { maySeeHidden } from "./post-filters";
import { createNotification, quote } from "@/lib/notifications/service";
import { announce } from "@/lib/notifications/live";
import type { CommentListQuery, CreateCommentInput } from "./comment-schemas";

// Comments and replies (대댓글) of a post, and 댓글 단 글. Every rule about comments lives here:
// school scope, the one level of replies, soft delete with the "삭제된 댓글입니다." placeholder,
// Post.commentCount, and anonymity. The anonymous numbering map (user id → 익명N) is built and
// used inside this module only; what leaves it is DTOs whose anonymous authors are just a name.

export const DELETED_COMMENT_TEXT = "삭제된 댓글입니다.";

/** The post page shows every thread at once (as Everytime does) up to this many top-level comments. */
export const COMMENT_THREAD_PAGE_MAX = 1000;

export type CommentAuthor = { id: number; nickname: string; profileImageUrl: string | null } | { name: string };

export type CommentDto = {
  id: number;
  parentId: number | null;
  content: string;
  isAnonymous: boolean;
  /** The nickname, 익명N or 익명(글쓴이); null for the deleted placeholder. */
  author: CommentAuthor | null;
  isMine: boolean;
  /**
   * The comment is by the post's author *as the post shows them*: anonymous on an anonymous post
   * (익명(글쓴이)) or by nickname on a post with a nickname. Never true across the two, which
   * would tie an anonymous name to a nickname.
   */
  isPostAuthor: boolean;
  createdAt: string;
  deleted: boolean;
  /** The first REPLY_PAGE_SIZE live replies (top-level comments only; always [] on a reply). */
  replies: CommentDto[];
  /** All live replies of a top-level comment (0 on a reply). */
  replyCount: number;
  /** More replies than shown: GET /api/v1/comments/:id/replies?cursor=… continues (null: none). */
  repliesNextCursor: string | null;
  /** Hidden by reports; only its author and admins get it with its content ("신고 누적으로 숨겨진 글입니다"). */
  hidden?: boolean;
};

/** What the comment rules need to know about a post; stays on the server (it has the author id). */
export type CommentedPost = { id: number; authorId: number; isAnonymous: boolean; boardKind: BoardKind; commentCount: number };

/** A non-deleted post of the viewer's school, else NOT_FOUND (another school's post included). */
export async function getVisiblePostForComments(viewer: Viewer, postId: number, read = readPostDetail): Promise<CommentedPost> {
  // One statement (lib/community/post-rows.ts); the board's kind from the school's cached boards.
  // The post page passes readPostDetailOnce: the post as the page already read it in this render.
  const post = await read(viewer, postId);
  if (!post || (post.hidden && !maySeeHidden(viewer, post.authorId))) throw notFound("게시글");
  const board = await getBoardOrThrow(viewer, post.board.id);
  return { id: post.id, authorId: post.authorId, isAnonymous: post.isAnonymous, boardKind: board.kind, commentCount: post.commentCount };
}

/** A SECRET board takes only anonymous posts and comments. */
export const isAnonymousOnly = (post: Pick<CommentedPost, "boardKind">) => post.boardKind === "SECRET";

const commentRowSelect = {
  id: true,
  parentId: true,
  content: true,
  isAnonymous: true,
  authorId: true,
  createdAt: true,
  deletedAt: true,
  hiddenAt: true,
} satisfies Prisma.CommentSelect;

type CommentRow = Prisma.CommentGetPayload<{ select: typeof commentRowSelect }>;

type RawReplyRow = {
  id: unknown; parentId: unknown; content: string; isAnonymous: unknown; authorId: unknown;
  createdAt: unknown; deletedAt: unknown; hiddenAt: unknown; total: unknown;
};
const rawDate = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v)));
const rawTrue = (v: unknown) => v === true || v === 1 || v === 1n || v === "1" || v === "t";

/** A comment row read with $queryRaw (either provider) in commentRowSelect's shape. */
function commentRowOf(r: RawReplyRow): CommentRow {
  return {
    id: Number(r.id),
    parentId: r.parentId === null ? null : Number(r.parentId),
    content: r.content,
    isAnonymous: rawTrue(r.isAnonymous),
    authorId: Number(r.authorId),
    createdAt: rawDate(r.createdAt)!,
    deletedAt: rawDate(r.deletedAt),
    hiddenAt: rawDate(r.hiddenAt),
  };
}

type DtoContext = {
  viewer: Viewer;
  post: CommentedPost;
  anonymousNames: Map<number, string>;
  nicknames: Map<number, { id: number; nickname: string; profileImageUrl: string | null }>;
};

/** Nicknames only of people shown by nickname: anonymous commenters' rows are never read. */
async function loadNicknames(rows: CommentRow[]): Promise<DtoContext["nicknames"]> {
  const ids = [...new Set(rows.filter((r) => !r.isAnonymous && !r.deletedAt).map((r) => r.authorId))];
  if (ids.length === 0) return new Map();
  const users = await prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, nickname: true, profileImageUrl: true } });
  return new Map(users.map((u) => [u.id, u]));
}

type ReplyPreview = { replies: CommentDto[]; replyCount: number; repliesNextCursor: string | null };
const NO_REPLIES: ReplyPreview = { replies: [], replyCount: 0, repliesNextCursor: null };

function toCommentDto(row: CommentRow, ctx: DtoContext, preview: ReplyPreview = NO_REPLIES): CommentDto {
  const base = { id: row.id, parentId: row.parentId, isAnonymous: row.isAnonymous, createdAt: row.createdAt.toISOString(), ...preview };
  // A comment hidden by reports is, to everyone but its author and admins, like a deleted one.
  if (row.deletedAt || (row.hiddenAt && !maySeeHidden(ctx.viewer, row.authorId))) {
    return { ...base, content: DELETED_COMMENT_TEXT, author: null, isMine: false, isPostAuthor: false, deleted: true };
  }
  let author: CommentAuthor;
  if (row.isAnonymous) {
    author = { name: ctx.anonymousNames.get(row.authorId) ?? "익명" };
  } else {
    const user = ctx.nicknames.get(row.authorId);
    if (!user) throw new Error(`comment ${row.id}: author not loaded`);
    author = { id: user.id, nickname: user.nickname, profileImageUrl: user.profileImageUrl };
  }
  return {
    ...base,
    content: row.content,
    author,
    isMine: row.authorId === ctx.viewer.id,
    isPostAuthor: row.authorId === ctx.post.authorId && row.isAnonymous === ctx.post.isAnonymous,
    deleted: false,
    ...(row.hiddenAt ? { hidden: true } : {}),
  };
}

/** Names for the rows shown: anonymous names only of live anonymous rows, nicknames of the rest. */
async function dtoContext(viewer: Viewer, post: CommentedPost, rows: CommentRow[]): Promise<DtoContext> {
  const anonymousAuthors = rows.filter((r) => r.isAnonymous && !r.deletedAt).map((r) => r.authorId);
  const namedAuthors = rows.filter((r) => !r.isAnonymous && !r.deletedAt).map((r) => r.authorId);
  // Both kinds of name in one statement (comment-author-names.ts).
  const { anonymousNames, nicknames } = await loadCommentAuthorNames(post.id, anonymousAuthors, namedAuthors);
  return { viewer, post, anonymousNames, nicknames };
}

/**
 * The first REPLY_PAGE_SIZE live replies of each of the given top-level comments, with each one's
 * reply count: ONE windowed query that returns the rows shown with their ranks and counts, so a
 * thread with thousands of replies costs the same answer size as one with ten.
 */
async function loadReplyPreviews(viewer: Viewer, topIds: number[]): Promise<{ rows: CommentRow[]; counts: Map<number, number> }> {
  if (topIds.length === 0) return { rows: [], counts: new Map() };
  const ranked = await prisma.$queryRaw<RawReplyRow[]>`
    SELECT r."id", r."parentId", r."content", r."isAnonymous", r."authorId", r."createdAt", r."deletedAt", r."hiddenAt", r."total" FROM (
      SELECT c."id", c."parentId", c."content", c."isAnonymous", c."authorId", c."createdAt", c."deletedAt", c."hiddenAt",
             ROW_NUMBER() OVER (PARTITION BY c."parentId" ORDER BY c."id") AS "rank",
             COUNT(*) OVER (PARTITION BY c."parentId") AS "total"
      FROM "Comment" c
      WHERE c."parentId" IN (${Prisma.join(topIds)}) AND c."deletedAt" IS NULL
        AND (c."hiddenAt" IS NULL OR ${viewer.isAdmin} OR c."authorId" = ${viewer.id})
    ) r
    WHERE r."rank" <= ${REPLY_PAGE_SIZE}
    ORDER BY r."id"`;
  const counts = new Map(ranked.map((r) => [Number(r.parentId), Number(r.total)]));
  return { rows: ranked.map(commentRowOf), counts };
}

/** A reply the viewer sees: live, and not hidden by reports unless theirs (or they are an admin). */
function liveReplyFor(viewer: Viewer): Prisma.CommentWhereInput {
  return viewer.isAdmin ? { deletedAt: null } : { deletedAt: null, OR: [{ hiddenAt: null }, { authorId: viewer.id }] };
}

/**
 * Threads of a post, oldest first, paginated by top-level comment (keyset on id); each comes with
 * its first REPLY_PAGE_SIZE live replies, oldest first, its reply count and the cursor for the
 * rest (listReplies). A deleted top-level comment stays (as the placeholder) only while it has
 * live replies; deleted replies are left out.
 */
async function loadThreads(viewer: Viewer, post: CommentedPost, limit: number, afterId: number | undefined): Promise<Page<CommentDto>> {
  const tops = await prisma.comment.findMany({
    where: {
      postId: post.id,
      parentId: null,
      ...(afterId ? { id: { gt: afterId } } : {}),
      OR: [
        { deletedAt: null, ...(viewer.isAdmin ? {} : { OR: [{ hiddenAt: null }, { authorId: viewer.id }] }) },
        { replies: { some: liveReplyFor(viewer) } },
      ],
    },
    select: commentRowSelect,
    orderBy: { id: "asc" },
    take: limit + 1,
  });
  const shown = tops.slice(0, limit);
  const { rows: replies, counts } = await loadReplyPreviews(viewer, shown.map((t) => t.id));
  const ctx = await dtoContext(viewer, post, [...shown, ...replies]);
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
      const repliesNextCursor = replyCount > list.length && list.length ? encodeCursor({ id: list[list.length - 1].id }) : null;
      return toCommentDto(t, ctx, { replies: list, replyCount, repliesNextCursor });
    },
  );
}

/**
 * GET /api/v1/comments/:id/replies: a top-level comment's live replies after the cursor, oldest
 * first. The comment must be on a live post of the viewer's school (404 otherwise, also for a
 * reply's id); a deleted top-level comment still lists its live replies.
 */
export async function listReplies(viewer: Viewer, commentId: number, query: ReplyListQuery): Promise<Page<CommentDto>> {
  const top = await prisma.comment.findFirst({
    where: { id: commentId, parentId: null, post: { schoolId: viewer.schoolId, deletedAt: null } },
    select: { postId: true },
  });
  if (!top) throw notFound("댓글");
  const post = await getVisiblePostForComments(viewer, top.postId);
  const after = decodeCursor(query.cursor, idCursor);
  const rows = await prisma.comment.findMany({
    where: { parentId: commentId, ...liveReplyFor(viewer), ...(after ? { id: { gt: after.id } } : {}) },
    select: commentRowSelect,
    orderBy: { id: "asc" },
    take: query.limit + 1,
  });
  const ctx = await dtoContext(viewer, post, rows.slice(0, query.limit));
  return toPage(rows, query.limit, (r) => ({ id: r.id }), (r) => toCommentDto(r, ctx));
}

/** GET /api/v1/posts/:id/comments. */
export async function listPostComments(viewer: Viewer, postId: number, query: CommentListQuery): Promise<Page<CommentDto>> {
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
    anonymousOnly: isAnonymousOnly(post),
    canModerate: viewer.isAdmin,
    items: page.items,
    truncated: page.nextCursor !== null,
    loadedAt: new Date().toISOString(),
  };
}

// Comments on one post queue for its lock: a busy thread (50 people at once) waits its turn
// rather than failing after Prisma's default 2 s wait for a connection.
const COMMENT_TRANSACTION = { maxWait: 15_000, timeout: 15_000 };

/**
 * POST /api/v1/posts/:id/comments. A reply to a reply joins the top-level comment's thread (one
 * level of 대댓글). `parentId` must be a live comment of the same post in a live thread, else 400
 * on `parentId`. On a SECRET board the comment is anonymous whatever was asked.
 */
export async function createComment(viewer: Viewer, postId: number, input: CreateCommentInput): Promise<CommentDto> {
  const post = await getVisiblePostForComments(viewer, postId);
  await claimRateLimit("comments", viewer.id); // before any write, replies included
  const isAnonymous = isAnonymousOnly(post) ? true : input.isAnonymous;

  let parentId: number | null = null;
  let parentAuthorId: number | null = null;
  if (input.parentId) {
    const parent = await prisma.comment.findFirst({
      where: { id: input.parentId, postId: post.id },
      select: { id: true, parentId: true, authorId: true, deletedAt: true, parent: { select: { deletedAt: true, authorId: true } } },
    });
    if (!parent) throw validationFailed({ parentId: ["답글을 달 댓글을 이 게시글에서 찾을 수 없습니다."] });
    if (parent.deletedAt || parent.parent?.deletedAt) throw validationFailed({ parentId: ["삭제된 댓글에는 답글을 달 수 없습니다."] });
    parentId = parent.parentId ?? parent.id;
    parentAuthorId = parent.parentId ? parent.parent!.authorId : parent.authorId;
  }

  const notified: number[] = [];
  // The number (익명N) is given in the same transaction as the comment, with the post locked:
  // final and unique however many people comment at once (lib/community/anonymous-numbers.ts).
  const { row, anonymousNumber } = await prisma.$transaction(async (tx) => {
    await lockPostForComment(tx, post.id);
    const anonymousNumber = isAnonymous ? await assignAnonymousNumber(tx, post, viewer.id) : undefined;
    const row = await tx.comment.create({
      data: { postId: post.id, authorId: viewer.id, parentId, content: input.content, isAnonymous },
      select: commentRowSelect,
    });
    await incrementPostCounter(tx, post.id, "commentCount");
    // 알림 in the same transaction, naming nobody (the commenter may be anonymous); never to
    // the commenter themself. The reply's thread owner gets REPLY; the post's author COMMENT.
    const link = `/posts/${post.id}`;
    if (parentAuthorId !== null) {
      await createNotification(tx, { userId: parentAuthorId, actorId: viewer.id, kind: "REPLY", text: `내 댓글에 새 답글이 달렸습니다: ${quote(input.content)}`, link }, notified);
    }
    if (post.authorId !== parentAuthorId) {
      await createNotification(tx, { userId: post.authorId, actorId: viewer.id, kind: "COMMENT", text: `내 글에 새 댓글이 달렸습니다: ${quote(input.content)}`, link }, notified);
    }
    return { row, anonymousNumber };
  }, COMMENT_TRANSACTION);
  announce(notified);

  const anonymousNames = new Map<number, string>(anonymousNumber === undefined ? [] : [[viewer.id, nameOfNumber(anonymousNumber)]]);
  const nicknames = await loadNicknames([row]);
  return toCommentDto(row, { viewer, post, anonymousNames, nicknames });
}

/**
 * DELETE /api/v1/comments/:id: soft delete by its author or an admin of the school (others 403).
 * Another school's comment, a comment of a deleted post and an already deleted comment are 404.
 */
export async function deleteComment(viewer: Viewer, commentId: number): Promise<{ postId: number }> {
  const comment = await prisma.comment.findFirst({
    where: { id: commentId, deletedAt: null, post: { schoolId: viewer.schoolId, deletedAt: null } },
    select: { id: true, authorId: true, postId: true },
  });
  if (!comment) throw notFound("댓글");
  if (comment.authorId !== viewer.id && !viewer.isAdmin) throw forbidden("본인이 쓴 댓글만 삭제할 수 있습니다.");

  await prisma.$transaction(async (tx) => {
    // Conditional, so two deletes at once count down once.
    const { count } = await tx.comment.updateMany({ where: { id: comment.id, deletedAt: null }, data: { deletedAt: new Date() } });
    if (count === 1) await decrementPostCounter(tx, comment.postId, "commentCount");
  });
  return { postId: comment.postId };
}

// ---------------------------------------------------------------------------------------------
// 댓글 단 글 (GET /api/v1/me/comments, /me/comments)

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
export async function listMyCommentedPosts(viewer: Viewer, query: { limit: number; cursor?: string }): Promise<Page<CommentedPostItem>> {
  const before = decodeCursor(query.cursor, idCursor);
  const groups = await prisma.comment.groupBy({
    by: ["postId"],
    where: { authorId: viewer.id, deletedAt: null, hiddenAt: null, post: { schoolId: viewer.schoolId, deletedAt: null, hiddenAt: null } },
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
