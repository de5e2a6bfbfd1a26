import "server-only";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { ratingsFor, type LectureRating } from "./lectures";

// The 강의평가 home, as on Everytime: the school's latest 강의평 and the lectures students are
// reviewing most. Reviews stay anonymous: no author field is ever read here. The cost is bounded:
// both lists come from the school's latest WINDOW reviews (newest first by id), never from a scan
// of every review the school has.

/** How many of the school's latest reviews the "많이 평가된 수업" ranking looks at. */
export const HOME_REVIEW_WINDOW = 200;

export type HomeReviewDto = {
  id: number;
  rating: number;
  content: string;
  semester: string;
  createdAt: string;
  lecture: { id: number; name: string; professor: string };
};

export type HomeLectureDto = {
  id: number;
  name: string;
  professor: string;
  semester: string;
  /** Reviews among the latest HOME_REVIEW_WINDOW of the school. */
  recentReviews: number;
  rating: LectureRating;
};

export type LectureHome = { recentReviews: HomeReviewDto[]; mostReviewed: HomeLectureDto[] };

export async function getLectureHome(
  viewer: Viewer,
  opts: { recent?: number; top?: number } = {},
): Promise<LectureHome> {
  const recent = opts.recent ?? 6;
  const top = opts.top ?? 5;
  const rows = await prisma.lectureReview.findMany({
    where: { lecture: { schoolId: viewer.schoolId } },
    select: {
      id: true,
      rating: true,
      content: true,
      semester: true,
      createdAt: true,
      lecture: { select: { id: true, name: true, professor: true, semester: true } },
    },
    orderBy: { id: "desc" },
    take: HOME_REVIEW_WINDOW,
  });
  // Newest first by when they were written (the seed back-dates reviews; ids follow insertion).
  const recentReviews = [...rows]
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id)
    .slice(0, recent)
    .map((r) => ({
      id: r.id,
      rating: r.rating,
      content: r.content,
      semester: r.semester,
      createdAt: r.createdAt.toISOString(),
      lecture: { id: r.lecture.id, name: r.lecture.name, professor: r.lecture.professor },
    }));

  const counts = new Map<
    number,
    { lecture: (typeof rows)[number]["lecture"]; n: number; latest: number }
  >();
  for (const r of rows) {
    const c = counts.get(r.lecture.id);
    if (c) c.n += 1;
    else counts.set(r.lecture.id, { lecture: r.lecture, n: 1, latest: r.id });
  }
  const ranked = [...counts.values()]
    .sort((a, b) => b.n - a.n || b.latest - a.latest)
    .slice(0, top);
  const ratings = await ratingsFor(ranked.map((c) => c.lecture.id));
  const mostReviewed = ranked.map((c) => ({
    id: c.lecture.id,
    name: c.lecture.name,
    professor: c.lecture.professor,
    semester: c.lecture.semester,
    recentReviews: c.n,
    rating: ratings.get(c.lecture.id) ?? { average: null, count: 0 },
  }));
  return { recentReviews, mostReviewed };
}
