"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { withAction } from "@/lib/http/with-action";
import { idFromText } from "@/lib/validation/id";
import { createReport, resolveReports } from "./service";
import { reportReasonSchema, type ReportTarget } from "./schemas";

// Server actions of the 신고 dialog and the admin queue, made by withAction; rules in ./service
// (shared with the API).

const NO_TARGET = "신고할 글을 찾을 수 없습니다.";

const target = {
  targetKind: z.enum(["post", "comment", "thread", "book"], { error: NO_TARGET }),
  targetId: idFromText(NO_TARGET),
};

function targetOf({
  targetKind,
  targetId,
}: {
  targetKind: "post" | "comment" | "thread" | "book";
  targetId: number;
}): ReportTarget {
  return targetKind === "post"
    ? { postId: targetId }
    : targetKind === "comment"
      ? { commentId: targetId }
      : targetKind === "book"
        ? { bookId: targetId }
        : { threadId: targetId };
}

/** 신고하기 with one of the seven reasons. */
export const reportAction = withAction(
  { name: "report", schema: z.object({ ...target, reason: reportReasonSchema }) },
  async ({ viewer, input }) => {
    await createReport(viewer, { target: targetOf(input), reason: input.reason });
    return { message: "신고가 접수되었습니다." };
  },
);

/** The admin queue's KEEP / REMOVE buttons. */
export const resolveReportAction = withAction(
  { name: "resolveReport", schema: z.object({ ...target, action: z.enum(["KEEP", "REMOVE"]) }) },
  async ({ viewer, input }) => {
    await resolveReports(viewer, { target: targetOf(input), action: input.action });
    revalidatePath("/admin/reports");
    return { message: input.action === "KEEP" ? "유지했습니다." : "삭제했습니다." };
  },
);
