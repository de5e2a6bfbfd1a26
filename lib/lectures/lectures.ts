import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { literalContains } from "@/lib/db-dialect";
import { currentSemester } from "@/lib/env";
import { notFound } from "@/lib/http/errors";
import { decodeCursor, toPage, type Page } from "@/lib/http/cursor";
import type { Viewer } from "@/lib/auth/viewer";
import { Prisma as PrismaSql, type Prisma } from "@/generated/prisma/client";
import { formatMinute, WEEKDAYS, type Day } from "./format";
import { getDomainNodeOrThrow } from "./domains";
import { compareSemesters } from "./semesters";
import type { LectureListQuery } from "./schemas";
import { idSchema } from "@/lib/validation/id";
import { singleLineText } from "@/lib/validation/text";

// Lectures of the viewer's school: search, one lecture, and the one DTO every timetable and
// lecture answer uses. Ratings are aggregated for a whole page in one grouped query.

export const lectureSelect = {
  id: true,
  code: true,
  name: true,
  professor: true,
  credits: true,
  semester: true,
  domain: { select: { id: true, name: true } },
  times: { select: { day: true, startMinute: true, endMinute: true, room: true } },
} as const satisfies Prisma.LectureSelect;

export type LectureRow = Prisma.LectureGetPayload<{ select: typeof lectureSelect }>;

export type LectureTimeDto = { day: Day; start: string; end: string; room: string | null };
export type LectureRating = { average: number | null; count: number };
export type LectureDto = {
  id: number;
  code: string;
  name: string;
  professor: string;
  credits: number;
  semester: string;
  domain: { id: number; name: string };
  times: LectureTimeDto[];
  rating: LectureRating;
};

const NO_RATING: LectureRating = { average: null, count: 0 };

/** Average (1 decimal) and count of reviews per lecture, for many lectures in one query. */
export async function ratingsFor(lectureIds: number[]): Promise<Map<number, LectureRating>> {
  const ratings = new Map<number, LectureRating>();
  if (lectureIds.length === 0) return ratings;
  const groups = await prisma.lectureReview.groupBy({
    by: ["lectureId"],
    where: { lectureId: { in: [...new Set(lectureIds)] } },
    _avg: { rating: true },
    _count: { _all: true },
  });
  for (const g of groups) {
    const avg = g._avg.rating;
    ratings.set(g.lectureId, { average: avg === null ? null : Math.round(avg * 10) / 10, count: g._count._all });
  }
  return ratings;
}

export function toLectureDto(row: LectureRow, rating: LectureRating = NO_RATING): LectureDto {
  const times = [...row.times]
    .sort((a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) || a.startMinute - b.startMinute)
    .map((t) => ({ day: t.day, start: formatMinute(t.startMinute), end: formatMinute(t.endMinute), room: t.room }));
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    professor: row.professor,
    credits: row.credits,
    semester: row.semester,
    domain: { id: row.domain.id, name: row.domain.name },
    times,
    rating,
  };
}

/** Rows → DTOs with their ratings (one grouped query for all of them). */
export async function toLectureDtos(rows: LectureRow[]): Promise<LectureDto[]> {
  const ratings = await ratingsFor(rows.map((r) => r.id));
  return rows.map((r) => toLectureDto(r, ratings.get(r.id)));
}

const lectureCursor = z.object({ n: singleLineText().pipe(z.string().max(200)), c: singleLineText().pipe(z.string().max(200)), id: idSchema() });

/**
 * `q` matching name, professor, code or room, literally: `%` and `_` are plain characters
 * (SPEC). Prisma's `contains` is a LIKE without escaping. PostgreSQL's LIKE takes a backslash
 * escape by default, so the term is escaped there. SQLite's LIKE has no escape character unless
 * the statement names one, so a term with a wildcard is matched with instr() instead, over the
 * school's lectures of the semester (bounded by the catalogue, never by the school's posts).
 */
async function lectureTextWhere(schoolId: number, semester: string, q: string): Promise<Prisma.LectureWhereInput> {
  const literal = literalContains(q);
  if (literal === null) {
    const rows = await prisma.$queryRaw<{ id: unknown }[]>(PrismaSql.sql`
      SELECT l."id" FROM "Lecture" l
      WHERE l."schoolId" = ${schoolId} AND l."semester" = ${semester} AND (
        instr(lower(l."name"), lower(${q})) > 0 OR instr(lower(l."professor"), lower(${q})) > 0
        OR instr(upper(l."code"), upper(${q})) > 0
        OR EXISTS (SELECT 1 FROM "LectureTime" t WHERE t."lectureId" = l."id" AND instr(lower(t."room"), lower(${q})) > 0))`);
    return { id: { in: rows.map((r) => Number(r.id)) } };
  }
  const term = (t: string) => literalContains(t) ?? t;
  // Codes are stored upper-case; PostgreSQL's LIKE is case-sensitive, SQLite's is not for ASCII.
  const codes = [...new Set([q, q.toUpperCase()])];
  return {
    OR: [
      { name: { contains: term(q) } },
      { professor: { contains: term(q) } },
      ...codes.map((c) => ({ code: { contains: term(c) } })),
      { times: { some: { room: { contains: term(q) } } } },
    ],
  };
}

/**
 * Lectures of the viewer's school in a semester (default: the current one), sorted by name and
 * code. `domainId` includes every sub-domain (one `path LIKE '/1/5/%'` join, not a query per
 * level); `q` matches name, professor, code or room.
 */
export async function listLectures(viewer: Viewer, query: LectureListQuery): Promise<Page<LectureDto>> {
  const semester = query.semester ?? currentSemester();
  const and: Prisma.LectureWhereInput[] = [{ schoolId: viewer.schoolId, semester }];
  if (query.domainId !== undefined) {
    const node = await getDomainNodeOrThrow(viewer, query.domainId);
    and.push(node.path ? { domain: { path: { startsWith: node.path } } } : { domainId: node.id });
  }
  if (query.q) and.push(await lectureTextWhere(viewer.schoolId, semester, query.q));
  const after = decodeCursor(query.cursor, lectureCursor);
  if (after) {
    and.push({
      OR: [
        { name: { gt: after.n } },
        { name: after.n, code: { gt: after.c } },
        { name: after.n, code: after.c, id: { gt: after.id } },
      ],
    });
  }
  const rows = await prisma.lecture.findMany({
    where: { AND: and },
    select: lectureSelect,
    orderBy: [{ name: "asc" }, { code: "asc" }, { id: "asc" }],
    take: query.limit + 1,
  });
  const page = toPage(rows, query.limit, (r) => ({ n: r.name, c: r.code, id: r.id }), (r) => r);
  return { items: await toLectureDtos(page.items), nextCursor: page.nextCursor };
}

/** One lecture of the viewer's school; another school's lecture is NOT_FOUND. */
export async function getLectureOrThrow(viewer: Viewer, lectureId: number): Promise<LectureDto> {
  const row = await prisma.lecture.findFirst({ where: { id: lectureId, schoolId: viewer.schoolId }, select: lectureSelect });
  if (!row) throw notFound("수업");
  const [dto] = await toLectureDtos([row]);
  return dto;
}

/** Semesters that have lectures at the viewer's school (plus the current one), newest first. */
/**
 * The semester a page opens on: the one asked for (?semester=) when it is one of the choices,
 * else the current one (CURRENT_SEMESTER or today's); with the choices, newest first. `more`
 * adds semesters known elsewhere (the 학점 계산기's saved ones).
 */
export async function chooseSemester(
  viewer: Viewer,
  wanted: string | string[] | undefined,
  more: string[] = [],
): Promise<{ semester: string; semesters: string[] }> {
  const listed = await listLectureSemesters(viewer);
  const semesters = more.length ? [...new Set([...listed, ...more])].sort(compareSemesters).reverse() : listed;
  const asked = typeof wanted === "string" ? wanted : undefined;
  return { semester: asked && semesters.includes(asked) ? asked : currentSemester(), semesters };
}

export async function listLectureSemesters(viewer: Viewer): Promise<string[]> {
  const rows = await prisma.lecture.groupBy({ by: ["semester"], where: { schoolId: viewer.schoolId } });
  const all = new Set(rows.map((r) => r.semester));
  all.add(currentSemester());
  return [...all].sort(compareSemesters).reverse();
}
