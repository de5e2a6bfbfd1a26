import "server-only";
import { z } from "zod";
import { prisma, sharedQueryRaw } from "@/lib/db";
import { containsTextSql, jsonRowsSql } from "@/lib/db-dialect";
import { currentSemester } from "@/lib/env";
import { notFound } from "@/lib/http/errors";
import { decodeCursor, toPage, type Page } from "@/lib/http/cursor";
import type { Viewer } from "@/lib/auth/viewer";
import { Prisma as PrismaSql, type Prisma } from "@/generated/prisma/client";
import { meetingTimes, type Day } from "./format";
import { getDomainNodeOrThrow } from "./domains";
import { compareSemesters } from "./semesters";
import type { LectureListQuery } from "./schemas";
import { idSchema } from "@/lib/validation/id";
import { booksOnSaleSql } from "@/lib/books/on-sale";
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

/** A lecture as the lecture routes answer it: with how many of its 책방 listings are 판매중. */
export type LectureAnswer = LectureDto & { booksOnSale: number };

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
    ratings.set(g.lectureId, {
      average: avg === null ? null : Math.round(avg * 10) / 10,
      count: g._count._all,
    });
  }
  return ratings;
}

export function toLectureDto(row: LectureRow, rating: LectureRating = NO_RATING): LectureDto {
  const times = meetingTimes(row.times, (t) => ({ room: t.room }));
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

const lectureCursor = z.object({
  n: singleLineText().pipe(z.string().max(200)),
  c: singleLineText().pipe(z.string().max(200)),
  id: idSchema(),
});

/**
 * `q` matching name, professor, code or room, literally (`%` and `_` are plain characters, SPEC)
 * and case-insensitively, as post search matches (lib/db-dialect.ts containsTextSql).
 */
function lectureTextSql(q: string): PrismaSql.Sql {
  const has = (column: string) => containsTextSql(PrismaSql.raw(column), q);
  return PrismaSql.sql`(${has(`l."name"`)} OR ${has(`l."professor"`)} OR ${has(`l."code"`)}
    OR EXISTS (SELECT 1 FROM "LectureTime" t WHERE t."lectureId" = l."id" AND ${has(`t."room"`)}))`;
}

type RawLectureRow = {
  booksOnSale: unknown;
  id: unknown;
  code: string;
  name: string;
  professor: string;
  credits: unknown;
  semester: string;
  domainId: unknown;
  domainName: string;
  times: unknown;
  ratingAvg: unknown;
  ratingCount: unknown;
};

/**
 * ONE statement: each lecture matching `where` (on `l` and its domain `d`) with its domain, its
 * times (as JSON), its rating (average, count) and its 판매중 책방 listings, sorted by name, code
 * and id, where Prisma's relation loading took one statement per relation and one for the ratings.
 */
async function readLectureRows(where: PrismaSql.Sql[], take: number) {
  const times = jsonRowsSql(
    PrismaSql.sql`t."day", t."startMinute", t."endMinute", t."room"`,
    PrismaSql.sql`"LectureTime" t WHERE t."lectureId" = l."id"`,
  );
  const raw = await sharedQueryRaw<RawLectureRow>(PrismaSql.sql`
    SELECT l."id", l."code", l."name", l."professor", l."credits", l."semester",
      d."id" AS "domainId", d."name" AS "domainName", ${times} AS "times",
      (SELECT AVG(r."rating") FROM "LectureReview" r WHERE r."lectureId" = l."id") AS "ratingAvg",
      (SELECT COUNT(*) FROM "LectureReview" r WHERE r."lectureId" = l."id") AS "ratingCount",
      ${booksOnSaleSql} AS "booksOnSale"
    FROM "Lecture" l JOIN "LectureDomain" d ON d."id" = l."domainId"
    WHERE ${PrismaSql.join(where, " AND ")}
    ORDER BY l."name" ASC, l."code" ASC, l."id" ASC
    LIMIT ${take}`);
  return raw.map((r) => {
    const row: LectureRow = {
      id: Number(r.id),
      code: r.code,
      name: r.name,
      professor: r.professor,
      credits: Number(r.credits),
      semester: r.semester,
      domain: { id: Number(r.domainId), name: r.domainName },
      times: r.times
        ? (JSON.parse(String(r.times)) as [Day, unknown, unknown, string | null][]).map(
            ([day, start, end, room]) => ({
              day,
              startMinute: Number(start),
              endMinute: Number(end),
              room,
            }),
          )
        : [],
    };
    const count = Number(r.ratingCount);
    const avg = r.ratingAvg === null || r.ratingAvg === undefined ? null : Number(r.ratingAvg);
    return {
      row,
      answer: (): LectureAnswer => ({
        ...toLectureDto(
          row,
          count ? { average: avg === null ? null : Math.round(avg * 10) / 10, count } : NO_RATING,
        ),
        booksOnSale: Number(r.booksOnSale ?? 0),
      }),
    };
  });
}

/**
 * Lectures of the viewer's school in a semester (default: the current one), sorted by name and
 * code. `domainId` includes every sub-domain (a path prefix on the joined domain, not a query per
 * level); `q` matches name, professor, code or room. One statement (readLectureRows).
 */
export async function listLectures(
  viewer: Viewer,
  query: LectureListQuery,
): Promise<Page<LectureAnswer>> {
  const semester = query.semester ?? currentSemester();
  const where: PrismaSql.Sql[] = [
    PrismaSql.sql`l."schoolId" = ${viewer.schoolId}`,
    PrismaSql.sql`l."semester" = ${semester}`,
  ];
  if (query.domainId !== undefined) {
    const node = await getDomainNodeOrThrow(viewer, query.domainId);
    where.push(
      node.path
        ? PrismaSql.sql`substr(d."path", 1, ${node.path.length}) = ${node.path}`
        : PrismaSql.sql`l."domainId" = ${node.id}`,
    );
  }
  if (query.q) where.push(lectureTextSql(query.q));
  const after = decodeCursor(query.cursor, lectureCursor);
  if (after) {
    where.push(PrismaSql.sql`(l."name" > ${after.n} OR (l."name" = ${after.n} AND l."code" > ${after.c})
      OR (l."name" = ${after.n} AND l."code" = ${after.c} AND l."id" > ${after.id}))`);
  }
  const rows = await readLectureRows(where, query.limit + 1);
  const page = toPage(
    rows,
    query.limit,
    (r) => ({ n: r.row.name, c: r.row.code, id: r.row.id }),
    (r) => r.answer(),
  );
  return { items: page.items, nextCursor: page.nextCursor };
}

/** One lecture of the viewer's school (one statement); another school's lecture is NOT_FOUND. */
export async function getLectureOrThrow(viewer: Viewer, lectureId: number): Promise<LectureAnswer> {
  const [row] = await readLectureRows(
    [PrismaSql.sql`l."id" = ${lectureId}`, PrismaSql.sql`l."schoolId" = ${viewer.schoolId}`],
    1,
  );
  if (!row) throw notFound("수업");
  return row.answer();
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
  const semesters = more.length
    ? [...new Set([...listed, ...more])].sort(compareSemesters).reverse()
    : listed;
  const asked = typeof wanted === "string" ? wanted : undefined;
  return { semester: asked && semesters.includes(asked) ? asked : currentSemester(), semesters };
}

export async function listLectureSemesters(viewer: Viewer): Promise<string[]> {
  const rows = await prisma.lecture.groupBy({
    by: ["semester"],
    where: { schoolId: viewer.schoolId },
  });
  const all = new Set(rows.map((r) => r.semester));
  all.add(currentSemester());
  return [...all].sort(compareSemesters).reverse();
}
