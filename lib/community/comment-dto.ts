import "server-only";
import { assertBoardReadable } from "@/lib/auth/gate";
import { shownNickname } from "@/lib/account/erased";
import { prisma } from "@/lib/db";
import { sqlTrue } from "@/lib/db-dialect";
import type { Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import { notFound } from "@/lib/http/errors";
import { loadCommentAuthorNames } from "./comment-author-names";
import { findSchoolBoard, type BoardRow } from "./boards";
import { readPostDetail } from "./post-rows";
import { maySeeHidden } from "./post-filters";

// What a comment looks like to a viewer (lib/community/comment-threads.ts reads them,
// comment-writes.ts writes them). Every rule about comments lives in these modules: school scope,
// the one level of replies, soft delete with the "삭제된 댓글입니다." placeholder,
// Post.commentCount, and anonymity. The anonymous numbering map (user id → 익명N) is built and
// used inside them only; what leaves them is DTOs whose anonymous authors are just a name.

export const DELETED_COMMENT_TEXT = "삭제된 댓글입니다.";

export type CommentAuthor =
  { id: number; nickname: string; profileImageUrl: string | null } | { name: string };

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
export type CommentedPost = {
  id: number;
  authorId: number;
  isAnonymous: boolean;
  /** Its board's anonymity rule (boards.ts anonymityOn: 비밀게시판, or a student's board made so). */
  board: Pick<BoardRow, "kind" | "anonymousOnly">;
  /** Its board was closed: the post is its author's (and admins') to read, not to comment on. */
  boardClosed: boolean;
  commentCount: number;
};

/** A non-deleted post of the viewer's school, else NOT_FOUND (another school's post included). */
export async function getVisiblePostForComments(
  viewer: Viewer,
  postId: number,
  read = readPostDetail,
): Promise<CommentedPost> {
  // One statement (lib/community/post-rows.ts); the board's kind from the school's cached boards.
  // The post page passes readPostDetailOnce: the post as the page already read it in this render.
  const post = await read(viewer, postId);
  if (!post || ((post.hidden || post.boardClosed) && !maySeeHidden(viewer, post.authorId)))
    throw notFound("게시글");
  const board = await findSchoolBoard(viewer, post.board.id);
  assertBoardReadable(viewer, board.kind); // a 새내기 reads the 새내기게시판 only
  return {
    id: post.id,
    authorId: post.authorId,
    isAnonymous: post.isAnonymous,
    board: { kind: board.kind, anonymousOnly: board.anonymousOnly },
    boardClosed: board.closedAt !== null,
    commentCount: post.commentCount,
  };
}

export const commentRowSelect = {
  id: true,
  parentId: true,
  content: true,
  isAnonymous: true,
  authorId: true,
  createdAt: true,
  deletedAt: true,
  hiddenAt: true,
} satisfies Prisma.CommentSelect;

export type CommentRow = Prisma.CommentGetPayload<{ select: typeof commentRowSelect }>;

export type RawReplyRow = {
  id: unknown;
  parentId: unknown;
  content: string;
  isAnonymous: unknown;
  authorId: unknown;
  createdAt: unknown;
  deletedAt: unknown;
  hiddenAt: unknown;
  total: unknown;
};
const rawDate = (v: unknown) =>
  v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v));

/** A comment row read with $queryRaw (either provider) in commentRowSelect's shape. */
export function commentRowOf(r: RawReplyRow): CommentRow {
  return {
    id: Number(r.id),
    parentId: r.parentId === null ? null : Number(r.parentId),
    content: r.content,
    isAnonymous: sqlTrue(r.isAnonymous),
    authorId: Number(r.authorId),
    createdAt: rawDate(r.createdAt)!,
    deletedAt: rawDate(r.deletedAt),
    hiddenAt: rawDate(r.hiddenAt),
  };
}

export type DtoContext = {
  viewer: Viewer;
  post: CommentedPost;
  anonymousNames: Map<number, string>;
  nicknames: Map<number, { id: number; nickname: string; profileImageUrl: string | null }>;
};

/** Nicknames only of people shown by nickname: anonymous commenters' rows are never read. */
export async function loadNicknames(rows: CommentRow[]): Promise<DtoContext["nicknames"]> {
  const ids = [
    ...new Set(rows.filter((r) => !r.isAnonymous && !r.deletedAt).map((r) => r.authorId)),
  ];
  if (ids.length === 0) return new Map();
  const users = await prisma.user.findMany({
    where: { id: { in: ids } },
    select: { id: true, nickname: true, profileImageUrl: true },
  });
  return new Map(users.map((u) => [u.id, u]));
}

export type ReplyPreview = {
  replies: CommentDto[];
  replyCount: number;
  repliesNextCursor: string | null;
};
const NO_REPLIES: ReplyPreview = { replies: [], replyCount: 0, repliesNextCursor: null };

export function toCommentDto(
  row: CommentRow,
  ctx: DtoContext,
  preview: ReplyPreview = NO_REPLIES,
): CommentDto {
  const base = {
    id: row.id,
    parentId: row.parentId,
    isAnonymous: row.isAnonymous,
    createdAt: row.createdAt.toISOString(),
    ...preview,
  };
  // A comment hidden by reports is, to everyone but its author and admins, like a deleted one.
  if (row.deletedAt || (row.hiddenAt && !maySeeHidden(ctx.viewer, row.authorId))) {
    return {
      ...base,
      content: DELETED_COMMENT_TEXT,
      author: null,
      isMine: false,
      isPostAuthor: false,
      deleted: true,
    };
  }
  let author: CommentAuthor;
  if (row.isAnonymous) {
    author = { name: ctx.anonymousNames.get(row.authorId) ?? "익명" };
  } else {
    const user = ctx.nicknames.get(row.authorId);
    if (!user) throw new Error(`comment ${row.id}: author not loaded`);
    author = {
      id: user.id,
      nickname: shownNickname(user.nickname), // "(탈퇴한 회원)" for an erased account
      profileImageUrl: user.profileImageUrl,
    };
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
export async function dtoContext(
  viewer: Viewer,
  post: CommentedPost,
  rows: CommentRow[],
): Promise<DtoContext> {
  const anonymousAuthors = rows.filter((r) => r.isAnonymous && !r.deletedAt).map((r) => r.authorId);
  const namedAuthors = rows.filter((r) => !r.isAnonymous && !r.deletedAt).map((r) => r.authorId);
  // Both kinds of name in one statement (comment-author-names.ts).
  const { anonymousNames, nicknames } = await loadCommentAuthorNames(
    post.id,
    anonymousAuthors,
    namedAuthors,
  );
  return { viewer, post, anonymousNames, nicknames };
}
