import "server-only";
import { prisma } from "@/lib/db";
import { AppError, isUniqueViolation, notFound } from "@/lib/http/errors";
import { decodeCursor, idCursor, toPage, type Page } from "@/lib/http/cursor";
import type { Viewer } from "@/lib/auth/viewer";
import { claimRateLimit } from "@/lib/rate-limit";
import type { Prisma } from "@/generated/prisma/client";
import type { ReviewInput } from "./schemas";

// 강의평가: always anonymous. The author id is read only to answer `isMine` and never leaves here.

const reviewSelect = {
  id: true,
  authorId: true,
  rating: true,
  content: true,
  semester: true,
  assignment: true,
  teamProject: true,
  grading: true,
  attendance: true,
  examCount: true,
  createdAt: true,
} as const satisfies Prisma.LectureReviewSelect;

type ReviewRow = Prisma.LectureReviewGetPayload<{ select: typeof reviewSelect }>;

export type ReviewDto = Omit<ReviewRow, "authorId" | "createdAt"> & {
  createdAt: string;
  isMine: boolean;
};

function toReviewDto(viewer: Viewer, row: ReviewRow): ReviewDto {
  const { authorId, createdAt, ...rest } = row;
  return { ...rest, createdAt: createdAt.toISOString(), isMine: authorId === viewer.id };
}

export const ALREADY_REVIEWED_MESSAGE = "이미 이 수업의 강의평을 작성했습니다.";

async function assertLectureOfSchool(viewer: Viewer, lectureId: number) {
  const lecture = await prisma.lecture.findFirst({
    where: { id: lectureId, schoolId: viewer.schoolId },
    select: { id: true },
  });
  if (!lecture) throw notFound("수업");
}

/** A lecture's reviews, newest first. */
export async function listLectureReviews(
  viewer: Viewer,
  lectureId: number,
  page: { limit: number; cursor?: string },
): Promise<Page<ReviewDto>> {
  await assertLectureOfSchool(viewer, lectureId);
  const after = decodeCursor(page.cursor, idCursor);
  const rows = await prisma.lectureReview.findMany({
    where: { lectureId, ...(after ? { id: { lt: after.id } } : {}) },
    select: reviewSelect,
    orderBy: { id: "desc" },
    take: page.limit + 1,
  });
  return toPage(
    rows,
    page.limit,
    (r) => ({ id: r.id }),
    (r) => toReviewDto(viewer, r),
  );
}

/** Whether the viewer has already reviewed the lecture (the page hides the form then). */
export async function hasReviewedLecture(viewer: Viewer, lectureId: number): Promise<boolean> {
  const row = await prisma.lectureReview.findUnique({
    where: { lectureId_authorId: { lectureId, authorId: viewer.id } },
    select: { id: true },
  });
  return row !== null;
}

/** One review per user per lecture (409 ALREADY_EXISTS on a second), own school's lectures only. */
export async function createLectureReview(
  viewer: Viewer,
  lectureId: number,
  input: ReviewInput,
): Promise<ReviewDto> {
  await assertLectureOfSchool(viewer, lectureId);
  if (await hasReviewedLecture(viewer, lectureId))
    throw new AppError("ALREADY_EXISTS", ALREADY_REVIEWED_MESSAGE);
  await claimRateLimit("reviews", viewer.id);
  try {
    const row = await prisma.lectureReview.create({
      data: {
        lectureId,
        authorId: viewer.id,
        rating: input.rating,
        content: input.content,
        semester: input.semester,
        assignment: input.assignment ?? null,
        teamProject: input.teamProject ?? null,
        grading: input.grading ?? null,
        attendance: input.attendance ?? null,
        examCount: input.examCount ?? null,
      },
      select: reviewSelect,
    });
    return toReviewDto(viewer, row);
  } catch (e) {
    // Two submissions racing past the check above meet the unique (lectureId, authorId) index.
    if (isUniqueViolation(e)) throw new AppError("ALREADY_EXISTS", ALREADY_REVIEWED_MESSAGE);
    throw e;
  }
}
