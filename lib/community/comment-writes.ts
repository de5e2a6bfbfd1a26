import "server-only";
import { anonymityOn } from "./boards";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { forbidden, notFound, validationFailed } from "@/lib/http/errors";
import { claimRateLimit } from "@/lib/rate-limit";
import { createNotification, quote } from "@/lib/notifications/service";
import { announce } from "@/lib/notifications/live";
import { assignAnonymousNumber, lockPostForComment, nameOfNumber } from "./anonymous-numbers";
import { assertBoardWritable } from "@/lib/auth/gate";
import type { CreateCommentInput } from "./comment-schemas";
import {
  commentRowSelect,
  getVisiblePostForComments,
  loadNicknames,
  toCommentDto,
  type CommentDto,
} from "./comment-dto";
import { decrementPostCounter, incrementPostCounter } from "./post-counters";
import { mayDelete } from "./post-filters";

// Writing comments: a comment or a reply (with its 익명N and 알림), and its soft delete.

/**
 * POST /api/v1/posts/:id/comments. A reply to a reply joins the top-level comment's thread (one
 * level of 대댓글). `parentId` must be a live comment of the same post in a live thread, else 400
 * on `parentId`. On a SECRET board the comment is anonymous whatever was asked.
 */
export async function createComment(
  viewer: Viewer,
  postId: number,
  input: CreateCommentInput,
): Promise<CommentDto> {
  const post = await getVisiblePostForComments(viewer, postId);
  if (post.boardClosed) throw notFound("게시판");
  assertBoardWritable(viewer, post.board.kind); // the 졸업생게시판 takes graduates
  await claimRateLimit("comments", viewer.id); // before any write, replies included
  const isAnonymous = anonymityOn(post.board, input.isAnonymous);

  let parentId: number | null = null;
  let parentAuthorId: number | null = null;
  if (input.parentId) {
    const parent = await prisma.comment.findFirst({
      where: { id: input.parentId, postId: post.id },
      select: {
        id: true,
        parentId: true,
        authorId: true,
        deletedAt: true,
        parent: { select: { deletedAt: true, authorId: true } },
      },
    });
    if (!parent)
      throw validationFailed({ parentId: ["답글을 달 댓글을 이 게시글에서 찾을 수 없습니다."] });
    if (parent.deletedAt || parent.parent?.deletedAt)
      throw validationFailed({ parentId: ["삭제된 댓글에는 답글을 달 수 없습니다."] });
    parentId = parent.parentId ?? parent.id;
    parentAuthorId = parent.parentId ? parent.parent!.authorId : parent.authorId;
  }

  const notified: number[] = [];
  // The number (익명N) is given in the same transaction as the comment, with the post locked:
  // final and unique however many people comment at once (lib/community/anonymous-numbers.ts).
  const { row, anonymousNumber } = await prisma.$transaction(async (tx) => {
    await lockPostForComment(tx, post.id);
    const anonymousNumber = isAnonymous
      ? await assignAnonymousNumber(tx, post, viewer.id)
      : undefined;
    const row = await tx.comment.create({
      data: { postId: post.id, authorId: viewer.id, parentId, content: input.content, isAnonymous },
      select: commentRowSelect,
    });
    await incrementPostCounter(tx, post.id, "commentCount");
    // 알림 in the same transaction, naming nobody (the commenter may be anonymous); never to
    // the commenter themself. The reply's thread owner gets REPLY; the post's author COMMENT.
    const link = `/posts/${post.id}`;
    if (parentAuthorId !== null) {
      await createNotification(
        tx,
        {
          userId: parentAuthorId,
          actorId: viewer.id,
          kind: "REPLY",
          text: `내 댓글에 새 답글이 달렸습니다: ${quote(input.content)}`,
          link,
        },
        notified,
      );
    }
    if (post.authorId !== parentAuthorId) {
      await createNotification(
        tx,
        {
          userId: post.authorId,
          actorId: viewer.id,
          kind: "COMMENT",
          text: `내 글에 새 댓글이 달렸습니다: ${quote(input.content)}`,
          link,
        },
        notified,
      );
    }
    return { row, anonymousNumber };
  });
  announce(notified);

  const anonymousNames = new Map<number, string>(
    anonymousNumber === undefined ? [] : [[viewer.id, nameOfNumber(anonymousNumber)]],
  );
  const nicknames = await loadNicknames([row]);
  return toCommentDto(row, { viewer, post, anonymousNames, nicknames });
}

/**
 * DELETE /api/v1/comments/:id: soft delete by its author or an admin of the school (others 403).
 * Another school's comment, a comment of a deleted post and an already deleted comment are 404.
 */
export async function deleteComment(
  viewer: Viewer,
  commentId: number,
): Promise<{ postId: number }> {
  const comment = await prisma.comment.findFirst({
    where: { id: commentId, deletedAt: null, post: { schoolId: viewer.schoolId, deletedAt: null } },
    select: { id: true, authorId: true, postId: true },
  });
  if (!comment) throw notFound("댓글");
  if (!mayDelete(viewer, comment)) throw forbidden("본인이 쓴 댓글만 삭제할 수 있습니다.");

  await prisma.$transaction(async (tx) => {
    // Conditional, so two deletes at once count down once.
    const { count } = await tx.comment.updateMany({
      where: { id: comment.id, deletedAt: null },
      data: { deletedAt: new Date() },
    });
    if (count === 1) await decrementPostCounter(tx, comment.postId, "commentCount");
  });
  return { postId: comment.postId };
}
