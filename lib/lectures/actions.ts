"use server";

import { revalidatePath } from "next/cache";
import { requireViewer } from "@/lib/auth/viewer";
import { listDomainChildren, type DomainChildDto } from "./domains";
import { listLectures, type LectureDto } from "./lectures";
import { createLectureReview } from "./reviews";
import { lectureListQuerySchema, reviewInputSchema } from "./schemas";
import { formObject, toActionError, type ActionState } from "./action-state";
import { idSchema } from "@/lib/validation/id";

// Server actions of the lecture picker and the review form; the rules are in the services.

type Result<T> = ({ ok: true } & T) | { ok: false; message: string };

function failure(e: unknown): { ok: false; message: string } {
  const state = toActionError(e);
  const fieldMessage = state.fields ? Object.values(state.fields)[0]?.[0] : undefined;
  return { ok: false, message: fieldMessage ?? state.message ?? "요청을 처리하지 못했습니다." };
}

const parentIdSchema = idSchema().nullable();

/** Children of a 전공/영역 node for the drill-down picker (null = top level). */
export async function loadDomainChildrenAction(parentId: number | null): Promise<Result<{ items: DomainChildDto[] }>> {
  const viewer = await requireViewer();
  try {
    const id = parentIdSchema.parse(parentId);
    return { ok: true, items: await listDomainChildren(viewer, id ?? undefined) };
  } catch (e) {
    return failure(e);
  }
}

export type LectureSearchInput = { semester: string; domainId?: number | null; q?: string; cursor?: string | null };

/** One page of lectures for the picker: a domain (with its sub-domains), a search term, a semester. */
export async function searchLecturesAction(input: LectureSearchInput): Promise<Result<{ items: LectureDto[]; nextCursor: string | null }>> {
  const viewer = await requireViewer();
  try {
    const query = lectureListQuerySchema.parse({
      semester: input.semester,
      domainId: input.domainId ?? undefined,
      q: input.q ?? undefined,
      cursor: input.cursor ?? undefined,
      limit: 20,
    });
    const page = await listLectures(viewer, query);
    return { ok: true, ...page };
  } catch (e) {
    return failure(e);
  }
}

/** 강의평 쓰기 (bound to the lecture id). */
export async function createReviewAction(lectureId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireViewer();
  try {
    const id = idSchema().parse(lectureId);
    const input = reviewInputSchema.parse(formObject(formData));
    await createLectureReview(viewer, id, input);
    revalidatePath(`/lectures/${id}`);
    return { status: "success", message: "강의평을 등록했습니다." };
  } catch (e) {
    return toActionError(e);
  }
}
