"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { withAction } from "@/lib/http/with-action";
import { idFromText } from "@/lib/validation/id";
import { listDomainChildren, type DomainChildDto } from "./domains";
import { listLectures, type LectureDto } from "./lectures";
import { createLectureReview } from "./reviews";
import { lectureListQuerySchema, reviewInputSchema } from "./schemas";

// Server actions of the lecture picker and the review form, made by withAction; the rules are
// in the services.

const domainChildrenSchema = z.object({ parentId: idFromText().nullable() });

/** Children of a 전공/영역 node for the drill-down picker (null = top level). */
export const loadDomainChildrenAction = withAction<typeof domainChildrenSchema, DomainChildDto[]>(
  { name: "loadDomainChildren", access: "freshman", schema: domainChildrenSchema },
  async ({ viewer, input }) => ({
    data: await listDomainChildren(viewer, input.parentId ?? undefined),
  }),
);

const lectureSearchSchema = z
  .object({
    semester: z.string(),
    domainId: idFromText().nullish(),
    q: z.string().nullish(),
    cursor: z.string().nullish(),
  })
  .transform((v) =>
    lectureListQuerySchema.parse({
      semester: v.semester,
      domainId: v.domainId ?? undefined,
      q: v.q ?? undefined,
      cursor: v.cursor ?? undefined,
      limit: 20,
    }),
  );

/** One page of lectures for the picker: a domain (with its sub-domains), a search term, a semester. */
export const searchLecturesAction = withAction<
  typeof lectureSearchSchema,
  { items: LectureDto[]; nextCursor: string | null }
>(
  { name: "searchLectures", access: "freshman", schema: lectureSearchSchema },
  async ({ viewer, input }) => ({
    data: await listLectures(viewer, input),
  }),
);

const reviewFormSchema = reviewInputSchema.extend({ lectureId: idFromText() });

/** 강의평 쓰기 (the lecture in a hidden field). */
export const createReviewAction = withAction(
  { name: "createReview", schema: reviewFormSchema },
  async ({ viewer, input }) => {
    const { lectureId, ...review } = input;
    await createLectureReview(viewer, lectureId, review);
    revalidatePath(`/lectures/${lectureId}`);
    return { message: "강의평을 등록했습니다." };
  },
);
