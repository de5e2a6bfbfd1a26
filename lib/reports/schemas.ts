import { z } from "zod";
import { idSchema } from "@/lib/validation/id";
import { pageQuerySchema } from "@/lib/http/cursor";

// Client-safe: the 신고 dialog, its server action and /api/v1/reports share these.

/** What a hidden post or comment shows its author (and admins). */
export const HIDDEN_NOTICE = "신고 누적으로 숨겨진 글입니다";

/** Everytime's reasons, in its order, with its labels. */
export const REPORT_REASONS = {
  INAPPROPRIATE: "게시판 성격에 부적절함",
  ABUSE: "욕설/비하",
  OBSCENE: "음란물/불건전한 만남 및 대화",
  COMMERCIAL: "상업적 광고 및 판매",
  LEAK_FRAUD: "유출/사칭/사기",
  SPAM: "낚시/놀람/도배",
  POLITICAL: "정당/정치인 비하 및 선거운동",
} as const;
export type ReportReason = keyof typeof REPORT_REASONS;
export const reportReasonSchema = z.enum(
  Object.keys(REPORT_REASONS) as [ReportReason, ...ReportReason[]],
  { error: "신고 사유를 골라 주세요." },
);

export const reportTargetSchema = z.union(
  [
    z.object({ postId: idSchema() }).strict(),
    z.object({ commentId: idSchema() }).strict(),
    z.object({ threadId: idSchema() }).strict(),
    z.object({ bookId: idSchema() }).strict(),
  ],
  { error: "target은 { postId }, { commentId }, { threadId }, { bookId } 중 하나여야 합니다." },
);
export type ReportTarget = z.infer<typeof reportTargetSchema>;

export const createReportSchema = z.object({
  target: reportTargetSchema,
  reason: reportReasonSchema,
});
export type CreateReportInput = z.infer<typeof createReportSchema>;

export const resolveReportSchema = z.object({
  target: reportTargetSchema,
  action: z.enum(["KEEP", "REMOVE"], { error: "action은 KEEP 또는 REMOVE입니다." }),
});
export type ResolveReportInput = z.infer<typeof resolveReportSchema>;

export const reportQueueQuerySchema = pageQuerySchema;

export type TargetKind = "POST" | "COMMENT" | "THREAD" | "BOOK";
export function targetKey(t: ReportTarget): { kind: TargetKind; id: number } {
  if ("postId" in t) return { kind: "POST", id: t.postId };
  if ("commentId" in t) return { kind: "COMMENT", id: t.commentId };
  if ("bookId" in t) return { kind: "BOOK", id: t.bookId };
  return { kind: "THREAD", id: t.threadId };
}
