"use server";

import { revalidatePath } from "next/cache";
import { requireViewer } from "@/lib/auth/viewer";
import { isAppError } from "@/lib/http/errors";
import { parseId } from "@/lib/validation/id";
import { createReport, resolveReports } from "./service";
import { reportReasonSchema, type ReportTarget } from "./schemas";

// Server actions of the 신고 dialog and the admin queue; rules in ./service (shared with the API).

export type ReportFormState = { status: "idle" | "ok" | "error"; message?: string };

function targetOf(formData: FormData): ReportTarget | null {
  const id = parseId(formData.get("targetId"));
  const kind = formData.get("targetKind");
  if (id === null) return null;
  if (kind === "post") return { postId: id };
  if (kind === "comment") return { commentId: id };
  if (kind === "thread") return { threadId: id };
  return null;
}

/** 신고하기 with one of the seven reasons. */
export async function reportAction(_prev: ReportFormState, formData: FormData): Promise<ReportFormState> {
  const target = targetOf(formData);
  const reason = reportReasonSchema.safeParse(formData.get("reason"));
  if (!target) return { status: "error", message: "신고할 글을 찾을 수 없습니다." };
  if (!reason.success) return { status: "error", message: "신고 사유를 골라 주세요." };
  try {
    await createReport(await requireViewer(), { target, reason: reason.data });
  } catch (e) {
    if (isAppError(e)) return { status: "error", message: e.message };
    throw e;
  }
  return { status: "ok", message: "신고가 접수되었습니다." };
}

/** The admin queue's KEEP / REMOVE buttons. */
export async function resolveReportAction(formData: FormData): Promise<void> {
  const target = targetOf(formData);
  const action = formData.get("action");
  if (!target || (action !== "KEEP" && action !== "REMOVE")) return;
  await resolveReports(await requireViewer(), { target, action });
  revalidatePath("/admin/reports");
}
