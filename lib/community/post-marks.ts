import "server-only";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { forbidden, isUniqueViolation, notFound } from "@/lib/http/errors";
import { claimRateLimit } from "@/lib/rate-limit";
import { decrementPostCounter, incrementPostCounter } from "./post-counters";
import { visiblePostsWhere } from "./post-filters";
import { assertPostBoardReadable } from "./boards";
import type { Prisma } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { createNotification, quote } from "@/lib/notifications/service";
import { announce } from "@/lib/notifications/live";

// 공감 and 스크랩 follow one rule: one mark per user per post (a unique pair), never on your own
// post, idempotent both ways, and the post's counter moves in the same transaction as the row.

export type MarkKind = "like" | "scrap";

const OWN_POST_MESSAGE: Record<MarkKind, string> = {
  like: "자신의 글에는 공감할 수 없습니다.",
  scrap: "자신의 글은 스크랩할 수 없습니다.",
};

const counterOf = { like: "likeCount", scrap: "scrapCount" } as const;

/** The post the mark is on: visible to the viewer (else NOT_FOUND) and not theirs (else FORBIDDEN). */
async function assertMarkable(viewer: Viewer, postId: number, kind: MarkKind) {
  const post = await prisma.post.findFirst({
    where: { id: postId, ...visiblePostsWhere(viewer) },
    select: { authorId: true, boardId: true },
  });
  if (!post) throw notFound("게시글");
  await assertPostBoardReadable(viewer, post.boardId);
  if (post.authorId === viewer.id) throw forbidden(OWN_POST_MESSAGE[kind]);
}

async function readCount(postId: number, kind: MarkKind): Promise<number> {
  const post = await prisma.post.findUniqueOrThrow({
    where: { id: postId },
    select: { likeCount: true, scrapCount: true },
  });
  return post[counterOf[kind]];
}

/**
 * The 공감 that brings a post to HOT_THRESHOLD notifies its author (HOT), once per post, in the
 * 공감's transaction. The text names nobody.
 */
async function notifyHotOnce(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  postId: number,
  notified: number[],
) {
  const post = await tx.post.findUniqueOrThrow({
    where: { id: postId },
    select: { likeCount: true, authorId: true, title: true },
  });
  if (post.likeCount !== env().HOT_THRESHOLD) return;
  const link = `/posts/${postId}`;
  if (
    await tx.notification.findFirst({
      where: { userId: post.authorId, kind: "HOT", link },
      select: { id: true },
    })
  )
    return;
  await createNotification(
    tx,
    {
      userId: post.authorId,
      actorId: viewer.id,
      kind: "HOT",
      text: `내 글이 HOT 게시물로 선정되었습니다: ${quote(post.title)}`,
      link,
    },
    notified,
  );
}

/** Puts the mark on; a second (or concurrent duplicate) request finds it there. Returns the real count. */
export async function addMark(viewer: Viewer, postId: number, kind: MarkKind): Promise<number> {
  await assertMarkable(viewer, postId, kind);
  await claimRateLimit("marks", viewer.id);
  const notified: number[] = [];
  try {
    await prisma.$transaction(async (tx) => {
      if (kind === "like")
        await tx.postLike.create({ data: { userId: viewer.id, postId }, select: { id: true } });
      else await tx.scrap.create({ data: { userId: viewer.id, postId }, select: { id: true } });
      await incrementPostCounter(tx, postId, counterOf[kind]);
      if (kind === "like") await notifyHotOnce(tx, viewer, postId, notified);
    });
    announce(notified);
  } catch (e) {
    // The unique (userId, postId) pair refused a duplicate: it is already marked, which is what was asked.
    if (!isUniqueViolation(e)) throw e;
  }
  return readCount(postId, kind);
}

/** Takes the mark off if it is there. Returns the real count. */
export async function removeMark(viewer: Viewer, postId: number, kind: MarkKind): Promise<number> {
  await assertMarkable(viewer, postId, kind);
  await claimRateLimit("marks", viewer.id);
  await prisma.$transaction(async (tx) => {
    const where = { userId: viewer.id, postId };
    const { count } =
      kind === "like"
        ? await tx.postLike.deleteMany({ where })
        : await tx.scrap.deleteMany({ where });
    if (count > 0) await decrementPostCounter(tx, postId, counterOf[kind]);
  });
  return readCount(postId, kind);
}
