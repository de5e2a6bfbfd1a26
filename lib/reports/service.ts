import "server-only";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError, forbidden, isUniqueViolation, notFound } from "@/lib/http/errors";
import { decodeCursor, encodeCursor, type Page } from "@/lib/http/cursor";
import { claimRateLimit } from "@/lib/rate-limit";
import { assertThreadParticipant } from "@/lib/messages/service";
import { clearHomeCache } from "@/lib/community/home-cache";
import { maySeeHidden } from "@/lib/community/post-filters";
import { decrementPostCounter } from "@/lib/community/post-counters";
import { z } from "zod";
import {
  REPORT_REASONS,
  targetKey,
  type CreateReportInput,
  type ReportReason,
  type ReportTarget,
  type ResolveReportInput,
  type TargetKind,
} from "./schemas";

// 신고. One report per student and target (409 on a second); your own post or comment is 403.
// Each report of a post or comment adds to its reportCount in the report's transaction; the one
// that reaches REPORT_HIDE_THRESHOLD sets hiddenAt, and from then on the content leaves every
// list (LIVE in lib/community/visibility.ts; comments show the deleted placeholder) and
// answers 404 to everyone but its author and the school's admins. The admin queue lists open
// reports of the school, most reported first; KEEP restores (hiddenAt, reportCount cleared,
// reports closed) and marks it kept (keptAt): later reports go to the queue but never hide it
// again, however many come. REMOVE soft-deletes (a thread: blocked both ways) and closes them.

export type ReportDto = {
  id: number;
  target: ReportTarget;
  reason: ReportReason;
  createdAt: string;
};

type Resolved = {
  kind: TargetKind;
  id: number;
  schoolId: number;
  authorId: number | null;
  postId?: number;
};

/** The target as the viewer may see it, else NOT_FOUND (another school, deleted, not a participant). */
async function resolveTarget(
  viewer: Viewer,
  target: ReportTarget,
  opts: { forAdmin?: boolean } = {},
): Promise<Resolved> {
  const { kind, id } = targetKey(target);
  if (kind === "POST") {
    const post = await prisma.post.findFirst({
      where: { id, schoolId: viewer.schoolId, deletedAt: null },
      select: { authorId: true, hiddenAt: true },
    });
    if (!post || (post.hiddenAt && !maySeeHidden(viewer, post.authorId))) throw notFound("게시글");
    return { kind, id, schoolId: viewer.schoolId, authorId: post.authorId, postId: id };
  }
  if (kind === "COMMENT") {
    const c = await prisma.comment.findFirst({
      where: { id, deletedAt: null, post: { schoolId: viewer.schoolId, deletedAt: null } },
      select: {
        authorId: true,
        hiddenAt: true,
        postId: true,
        post: { select: { authorId: true, hiddenAt: true } },
      },
    });
    if (
      !c ||
      (c.hiddenAt && !maySeeHidden(viewer, c.authorId)) ||
      (c.post.hiddenAt && !maySeeHidden(viewer, c.post.authorId))
    )
      throw notFound("댓글");
    return { kind, id, schoolId: viewer.schoolId, authorId: c.authorId, postId: c.postId };
  }
  if (opts.forAdmin) {
    const t = await prisma.messageThread.findFirst({
      where: { id, schoolId: viewer.schoolId },
      select: { id: true },
    });
    if (!t) throw notFound("쪽지");
    return { kind, id, schoolId: viewer.schoolId, authorId: null };
  }
  const t = await assertThreadParticipant(viewer, id);
  return { kind, id, schoolId: t.schoolId, authorId: null };
}

/** Whether the content's school feed changed (a post or a comment count on it): drop the caches. */
function afterVisibilityChange(schoolId: number) {
  clearHomeCache(schoolId);
}

/** POST /api/v1/reports. */
export async function createReport(viewer: Viewer, input: CreateReportInput): Promise<ReportDto> {
  const target = await resolveTarget(viewer, input.target);
  if (target.authorId === viewer.id) throw forbidden("자신이 쓴 글은 신고할 수 없습니다.");
  await claimRateLimit("reports", viewer.id);
  const threshold = env().REPORT_HIDE_THRESHOLD;
  let hid = false;
  try {
    const report = await prisma.$transaction(async (tx) => {
      const report = await tx.report.create({
        data: {
          schoolId: target.schoolId,
          reporterId: viewer.id,
          targetKind: target.kind,
          targetId: target.id,
          reason: input.reason,
        },
        select: { id: true, reason: true, createdAt: true },
      });
      if (target.kind === "POST") {
        const p = await tx.post.update({
          where: { id: target.id },
          data: { reportCount: { increment: 1 } },
          select: { reportCount: true },
        });
        if (p.reportCount >= threshold)
          hid =
            (
              await tx.post.updateMany({
                where: { id: target.id, hiddenAt: null, keptAt: null },
                data: { hiddenAt: new Date() },
              })
            ).count > 0;
      } else if (target.kind === "COMMENT") {
        const c = await tx.comment.update({
          where: { id: target.id },
          data: { reportCount: { increment: 1 } },
          select: { reportCount: true },
        });
        if (c.reportCount >= threshold)
          hid =
            (
              await tx.comment.updateMany({
                where: { id: target.id, hiddenAt: null, keptAt: null },
                data: { hiddenAt: new Date() },
              })
            ).count > 0;
      }
      return report;
    });
    if (hid) afterVisibilityChange(target.schoolId);
    return {
      id: report.id,
      target: input.target,
      reason: report.reason as ReportReason,
      createdAt: report.createdAt.toISOString(),
    };
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("ALREADY_EXISTS", "이미 신고한 글입니다.");
    throw e;
  }
}

export type ReportQueueItem = {
  target: ReportTarget;
  kind: TargetKind;
  count: number;
  reasons: { reason: ReportReason; label: string; count: number }[];
  hidden: boolean;
  /** What was reported, for the admin to judge: a post's title, a comment's text, a thread's last messages. */
  excerpt: string;
  /** Where to look at it in the browser. */
  link: string;
  lastReportedAt: string;
};

const offsetCursor = z.object({ offset: z.number().int().min(0).max(1_000_000) });

function assertAdmin(viewer: Viewer) {
  if (!viewer.isAdmin) throw forbidden("관리자만 볼 수 있습니다.");
}

const toTarget = (kind: TargetKind, id: number): ReportTarget =>
  kind === "POST" ? { postId: id } : kind === "COMMENT" ? { commentId: id } : { threadId: id };

/** GET /api/v1/admin/reports: the school's open reports by target, most reported first. */
export async function listReportQueue(
  viewer: Viewer,
  query: { limit: number; cursor?: string },
): Promise<Page<ReportQueueItem>> {
  assertAdmin(viewer);
  const offset = decodeCursor(query.cursor, offsetCursor)?.offset ?? 0;
  const open = { schoolId: viewer.schoolId, resolvedAt: null };
  const groups = await prisma.report.groupBy({
    by: ["targetKind", "targetId"],
    where: open,
    _count: { _all: true },
    _max: { createdAt: true },
    orderBy: [{ _count: { targetId: "desc" } }, { targetId: "desc" }],
    skip: offset,
    take: query.limit + 1,
  });
  const shown = groups.slice(0, query.limit);
  const ids = (k: TargetKind) => shown.filter((g) => g.targetKind === k).map((g) => g.targetId);
  const [reasons, posts, comments, threads] = await Promise.all([
    shown.length
      ? prisma.report.groupBy({
          by: ["targetKind", "targetId", "reason"],
          where: {
            ...open,
            OR: shown.map((g) => ({ targetKind: g.targetKind, targetId: g.targetId })),
          },
          _count: { _all: true },
        })
      : [],
    prisma.post.findMany({
      where: { id: { in: ids("POST") } },
      select: { id: true, title: true, hiddenAt: true },
    }),
    prisma.comment.findMany({
      where: { id: { in: ids("COMMENT") } },
      select: { id: true, content: true, postId: true, hiddenAt: true },
    }),
    prisma.messageThread.findMany({
      where: { id: { in: ids("THREAD") } },
      select: {
        id: true,
        messages: { select: { content: true }, orderBy: { id: "desc" }, take: 3 },
      },
    }),
  ]);
  const post = new Map(posts.map((p) => [p.id, p]));
  const comment = new Map(comments.map((c) => [c.id, c]));
  const thread = new Map(threads.map((t) => [t.id, t]));
  const items = shown.map((g): ReportQueueItem => {
    const kind = g.targetKind as TargetKind;
    const rs = reasons
      .filter((r) => r.targetKind === g.targetKind && r.targetId === g.targetId)
      .map((r) => ({
        reason: r.reason as ReportReason,
        label: REPORT_REASONS[r.reason as ReportReason] ?? r.reason,
        count: r._count._all,
      }))
      .sort((a, b) => b.count - a.count);
    let excerpt = "";
    let link = "";
    let hidden = false;
    if (kind === "POST") {
      const p = post.get(g.targetId);
      excerpt = p?.title ?? "";
      hidden = Boolean(p?.hiddenAt);
      link = `/posts/${g.targetId}`;
    } else if (kind === "COMMENT") {
      const c = comment.get(g.targetId);
      excerpt = c?.content.slice(0, 100) ?? "";
      hidden = Boolean(c?.hiddenAt);
      link = c ? `/posts/${c.postId}` : "";
    } else {
      excerpt = (thread.get(g.targetId)?.messages ?? [])
        .map((m) => m.content.slice(0, 60))
        .reverse()
        .join(" / ");
    }
    return {
      target: toTarget(kind, g.targetId),
      kind,
      count: g._count._all,
      reasons: rs,
      hidden,
      excerpt,
      link,
      lastReportedAt: g._max.createdAt!.toISOString(),
    };
  });
  return {
    items,
    nextCursor: groups.length > query.limit ? encodeCursor({ offset: offset + query.limit }) : null,
  };
}

/** POST /api/v1/admin/reports/resolve: KEEP restores and clears, REMOVE soft-deletes; both close the reports. */
export async function resolveReports(viewer: Viewer, input: ResolveReportInput): Promise<void> {
  assertAdmin(viewer);
  const target = await resolveTarget(viewer, input.target, { forAdmin: true });
  const now = new Date();
  await prisma.$transaction(async (tx) => {
    const close = () =>
      tx.report.updateMany({
        where: { targetKind: target.kind, targetId: target.id, resolvedAt: null },
        data: { resolvedAt: now },
      });
    if (input.action === "KEEP") {
      if (target.kind === "POST")
        await tx.post.update({
          where: { id: target.id },
          data: { hiddenAt: null, reportCount: 0, keptAt: now },
          select: { id: true },
        });
      if (target.kind === "COMMENT")
        await tx.comment.update({
          where: { id: target.id },
          data: { hiddenAt: null, reportCount: 0, keptAt: now },
          select: { id: true },
        });
    } else if (target.kind === "POST") {
      await tx.post.updateMany({
        where: { id: target.id, deletedAt: null },
        data: { deletedAt: now },
      });
    } else if (target.kind === "COMMENT") {
      const { count } = await tx.comment.updateMany({
        where: { id: target.id, deletedAt: null },
        data: { deletedAt: now },
      });
      if (count === 1) await decrementPostCounter(tx, target.postId!, "commentCount");
    } else {
      await tx.messageThread.update({
        where: { id: target.id },
        data: { userABlockedAt: now, userBBlockedAt: now },
        select: { id: true },
      });
    }
    await close();
  });
  afterVisibilityChange(target.schoolId);
}
