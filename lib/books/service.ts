import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { containsTextSql, jsonRowsSql } from "@/lib/db-dialect";
import type { Viewer } from "@/lib/auth/viewer";
import { forbidden, notFound, validationFailed } from "@/lib/http/errors";
import { decodeCursor, encodeCursor, idCursor, type Page } from "@/lib/http/cursor";
import { claimRateLimit } from "@/lib/rate-limit";
import { maySeeHidden } from "@/lib/community/post-filters";
import { assertAttachablePhotos, attachPhotos } from "@/lib/uploads/photos";
import { photoThumbnailUrl, photoUrl } from "@/lib/uploads/photo-url";
import { MAX_ID } from "@/lib/validation/id";
import { compareSemesters } from "@/lib/lectures/semesters";
import {
  BOOK_SCAN_LIMIT,
  type BookCondition,
  type BookListQuery,
  type BookStatus,
  type CreateBookInput,
  type UpdateBookInput,
} from "./schemas";

// 책방: used textbooks students of a school sell, optionally for one of its lectures. Only the
// seller edits a listing; the seller or an admin of the school deletes it (soft). 신고 hides a
// listing like a post (lib/reports): it leaves every list and answers 404 to all but its seller
// and the school's admins. Another school's listing is 404. A list is one statement (the
// listings with their lectures, sellers and photos); a search looks at a bounded number of the
// newest listings per request, as post search does with short words.

export type BookPhoto = {
  id: number;
  url: string;
  thumbnailUrl: string;
  width: number;
  height: number;
};

export type BookDto = {
  id: number;
  title: string;
  author: string | null;
  publisher: string | null;
  isbn: string | null;
  lectureId: number | null;
  lecture: { id: number; name: string; professor: string; semester: string } | null;
  price: number;
  condition: BookCondition;
  status: BookStatus;
  note: string;
  photos: BookPhoto[];
  seller: { nickname: string };
  isMine: boolean;
  createdAt: string;
  updatedAt: string;
  /** Hidden by 신고: only its seller and the school's admins get it, marked so. */
  hidden?: boolean;
};

type RawBook = {
  id: unknown;
  sellerId: unknown;
  title: string;
  author: string | null;
  publisher: string | null;
  isbn: string | null;
  lectureId: unknown;
  lectureName: string | null;
  lectureProfessor: string | null;
  lectureSemester: string | null;
  price: unknown;
  condition: string;
  status: string;
  note: string;
  photos: unknown;
  sellerNickname: string;
  createdAt: unknown;
  updatedAt: unknown;
  hiddenAt: unknown;
};

const toDate = (v: unknown) => (v instanceof Date ? v : new Date(String(v)));

/** The statement of listings matching `where` (on alias `b`), newest first, with all a DTO needs. */
function bookRowsSql(where: Prisma.Sql[], take: number): Prisma.Sql {
  const photos = jsonRowsSql(
    Prisma.sql`ph."id", ph."width", ph."height"`,
    Prisma.sql`"Photo" ph WHERE ph."bookId" = b."id"`,
    Prisma.sql`ph."position", ph."id"`,
  );
  return Prisma.sql`
    SELECT b."id", b."sellerId", b."title", b."author", b."publisher", b."isbn", b."lectureId",
      l."name" AS "lectureName", l."professor" AS "lectureProfessor", l."semester" AS "lectureSemester",
      b."price", b."condition", b."status", b."note", b."createdAt", b."updatedAt", b."hiddenAt",
      CASE WHEN b."photoCount" > 0 THEN ${photos} ELSE NULL END AS "photos",
      u."nickname" AS "sellerNickname"
    FROM "Book" b JOIN "User" u ON u."id" = b."sellerId" LEFT JOIN "Lecture" l ON l."id" = b."lectureId"
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY b."id" DESC LIMIT ${take}`;
}

function toBookDto(r: RawBook, viewer: Viewer): BookDto {
  const photos = r.photos ? (JSON.parse(String(r.photos)) as [number, number, number][]) : [];
  const lectureId = r.lectureId === null || r.lectureId === undefined ? null : Number(r.lectureId);
  const dto: BookDto = {
    id: Number(r.id),
    title: r.title,
    author: r.author,
    publisher: r.publisher,
    isbn: r.isbn,
    lectureId,
    lecture:
      lectureId !== null && r.lectureName !== null
        ? {
            id: lectureId,
            name: r.lectureName,
            professor: r.lectureProfessor ?? "",
            semester: r.lectureSemester ?? "",
          }
        : null,
    price: Number(r.price),
    condition: r.condition as BookCondition,
    status: r.status as BookStatus,
    note: r.note,
    photos: photos.map(([id, width, height]) => ({
      id: Number(id),
      url: photoUrl(Number(id)),
      thumbnailUrl: photoThumbnailUrl(Number(id)),
      width: Number(width),
      height: Number(height),
    })),
    seller: { nickname: r.sellerNickname },
    isMine: Number(r.sellerId) === viewer.id,
    createdAt: toDate(r.createdAt).toISOString(),
    updatedAt: toDate(r.updatedAt).toISOString(),
  };
  if (r.hiddenAt !== null && r.hiddenAt !== undefined) dto.hidden = true;
  return dto;
}

/** A listing of the viewer's school as the viewer may see it, else NOT_FOUND. */
async function readBook(viewer: Viewer, bookId: number): Promise<RawBook> {
  const rows = await prisma.$queryRaw<RawBook[]>(
    bookRowsSql(
      [
        Prisma.sql`b."id" = ${bookId}`,
        Prisma.sql`b."schoolId" = ${viewer.schoolId}`,
        Prisma.sql`b."deletedAt" IS NULL`,
      ],
      1,
    ),
  );
  const row = rows[0];
  if (!row || (row.hiddenAt !== null && !maySeeHidden(viewer, Number(row.sellerId))))
    throw notFound("책");
  return row;
}

/** GET /api/v1/books/:id. */
export async function getBook(viewer: Viewer, bookId: number): Promise<BookDto> {
  return toBookDto(await readBook(viewer, bookId), viewer);
}

/** A lecture of the viewer's school, else 400 on `lectureId` (the body is wrong, not the path). */
async function assertSchoolLecture(viewer: Viewer, lectureId: number | null | undefined) {
  if (lectureId === null || lectureId === undefined) return;
  const lecture = await prisma.lecture.findFirst({
    where: { id: lectureId, schoolId: viewer.schoolId },
    select: { id: true },
  });
  if (!lecture)
    throw validationFailed(
      { lectureId: ["우리 학교 수업이 아닙니다."] },
      "수업을 찾을 수 없습니다.",
    );
}

/**
 * POST /api/v1/books: a listing, 판매중, the viewer its seller. Photos are the viewer's own
 * unattached uploads (the upload pipeline re-encodes them without metadata), attached in order.
 */
export async function createBook(viewer: Viewer, input: CreateBookInput): Promise<BookDto> {
  await assertSchoolLecture(viewer, input.lectureId);
  await assertAttachablePhotos(viewer, input.photoIds);
  await claimRateLimit("books", viewer.id);
  const book = await prisma.$transaction(async (tx) => {
    const created = await tx.book.create({
      data: {
        schoolId: viewer.schoolId,
        sellerId: viewer.id,
        lectureId: input.lectureId,
        title: input.title,
        author: input.author,
        publisher: input.publisher,
        isbn: input.isbn,
        price: input.price,
        condition: input.condition,
        note: input.note,
        photoCount: input.photoIds.length,
      },
      select: { id: true },
    });
    await attachPhotos(tx, viewer, { bookId: created.id }, input.photoIds);
    return created;
  });
  return getBook(viewer, book.id);
}

/** The listing's seller, for a write; NOT_FOUND as readBook. */
async function findBookRef(viewer: Viewer, bookId: number) {
  const book = await prisma.book.findFirst({
    where: { id: bookId, schoolId: viewer.schoolId, deletedAt: null },
    select: { id: true, sellerId: true, hiddenAt: true },
  });
  if (!book || (book.hiddenAt && !maySeeHidden(viewer, book.sellerId))) throw notFound("책");
  return book;
}

/** PATCH /api/v1/books/:id: the seller only (an admin deletes, never rewrites). */
export async function updateBook(
  viewer: Viewer,
  bookId: number,
  input: UpdateBookInput,
): Promise<BookDto> {
  const book = await findBookRef(viewer, bookId);
  if (book.sellerId !== viewer.id) throw forbidden("자신이 올린 책만 수정할 수 있습니다.");
  await assertSchoolLecture(viewer, input.lectureId);
  await prisma.book.update({
    where: { id: book.id },
    data: {
      title: input.title,
      author: input.author,
      publisher: input.publisher,
      isbn: input.isbn,
      lectureId: input.lectureId,
      price: input.price,
      condition: input.condition,
      note: input.note,
      status: input.status,
    },
    select: { id: true },
  });
  return getBook(viewer, book.id);
}

/** DELETE /api/v1/books/:id: soft, the seller or an admin of the school. */
export async function deleteBook(viewer: Viewer, bookId: number): Promise<void> {
  const book = await findBookRef(viewer, bookId);
  if (book.sellerId !== viewer.id && !viewer.isAdmin)
    throw forbidden("자신이 올린 책만 삭제할 수 있습니다.");
  await prisma.book.updateMany({
    where: { id: book.id, deletedAt: null },
    data: { deletedAt: new Date() },
  });
}

/** `q` over title, author, ISBN (hyphens aside) and the lecture's name, literally. */
function matchSql(q: string): Prisma.Sql {
  const has = (column: string, term = q) => containsTextSql(Prisma.raw(column), term);
  const parts = [has(`b."title"`), has(`b."author"`), has(`l."name"`)];
  const digits = q.replace(/[\s-]/g, "").toUpperCase();
  if (/^[\dX]+$/.test(digits) && digits.length >= 2) parts.push(has(`b."isbn"`, digits));
  return Prisma.sql`(${Prisma.join(parts, " OR ")})`;
}

/**
 * GET /api/v1/books: the school's live listings, newest first (keyset on id), filtered by lecture
 * and status; `q` looks at the newest BOOK_SCAN_LIMIT listings below the cursor per request and,
 * when it stops there with the page short, gives a cursor below the last one it looked at.
 */
export async function listBooks(viewer: Viewer, query: BookListQuery): Promise<Page<BookDto>> {
  if (query.lectureId !== undefined) {
    const lecture = await prisma.lecture.findFirst({
      where: { id: query.lectureId, schoolId: viewer.schoolId },
      select: { id: true },
    });
    if (!lecture) throw notFound("수업");
  }
  const before = decodeCursor(query.cursor, idCursor)?.id ?? MAX_ID;
  const scope: Prisma.Sql[] = [
    Prisma.sql`b."schoolId" = ${viewer.schoolId}`,
    Prisma.sql`b."deletedAt" IS NULL`,
    Prisma.sql`b."hiddenAt" IS NULL`,
  ];
  if (query.status) scope.push(Prisma.sql`b."status" = ${query.status}`);
  if (query.lectureId !== undefined) scope.push(Prisma.sql`b."lectureId" = ${query.lectureId}`);
  const take = query.limit + 1;
  const page = (rows: RawBook[], continueBelow: number | null): Page<BookDto> => {
    const shown = rows.slice(0, query.limit);
    const last = shown[shown.length - 1];
    return {
      items: shown.map((r) => toBookDto(r, viewer)),
      nextCursor:
        rows.length > query.limit && last
          ? encodeCursor({ id: Number(last.id) })
          : continueBelow !== null
            ? encodeCursor({ id: continueBelow })
            : null,
    };
  };
  if (!query.q) {
    const rows = await prisma.$queryRaw<RawBook[]>(
      bookRowsSql([...scope, Prisma.sql`b."id" < ${before}`], take),
    );
    return page(rows, null);
  }
  // One statement: the newest BOOK_SCAN_LIMIT listings in scope, the matching ones among them as
  // rows, and how many were looked at and the lowest, in case the page ends short.
  const raw = await prisma.$queryRaw<(RawBook & { lowest: unknown; scanned: unknown })[]>(
    Prisma.sql`
    WITH cand AS (
      SELECT b."id" FROM "Book" b
      WHERE ${Prisma.join([...scope, Prisma.sql`b."id" < ${before}`], " AND ")}
      ORDER BY b."id" DESC LIMIT ${BOOK_SCAN_LIMIT}
    ),
    hits AS (
      SELECT b."id" FROM cand c JOIN "Book" b ON b."id" = c."id" LEFT JOIN "Lecture" l ON l."id" = b."lectureId"
      WHERE ${matchSql(query.q)} ORDER BY b."id" DESC LIMIT ${take}
    )
    SELECT s.*, r.* FROM (SELECT MIN("id") AS "lowest", COUNT(*) AS "scanned" FROM cand) s
    LEFT JOIN (${bookRowsSql([Prisma.sql`b."id" IN (SELECT "id" FROM hits)`], take)}) r ON TRUE`,
  );
  const summary = raw[0];
  const rows = raw.filter((r) => r.id !== null && r.id !== undefined);
  rows.sort((a, b) => Number(b.id) - Number(a.id));
  const scanned = Number(summary?.scanned ?? 0);
  const stoppedEarly =
    rows.length <= query.limit && scanned >= BOOK_SCAN_LIMIT && summary?.lowest != null;
  return page(rows, stoppedEarly ? Number(summary.lowest) : null);
}

export type LectureChoice = { id: number; name: string; professor: string; semester: string };

/**
 * The lectures the listing form offers: those in the viewer's timetables (the courses a student
 * has books for), newest semester first, plus `wanted` (the lecture page's 이 수업 책 팔기) when it
 * is a lecture of the viewer's school.
 */
export async function listLectureChoices(
  viewer: Viewer,
  wanted?: number,
): Promise<LectureChoice[]> {
  const rows = await prisma.lecture.findMany({
    where: {
      schoolId: viewer.schoolId,
      OR: [
        { takenIn: { some: { timetable: { ownerId: viewer.id } } } },
        ...(wanted !== undefined ? [{ id: wanted }] : []),
      ],
    },
    select: { id: true, name: true, professor: true, semester: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 200,
  });
  return rows.sort((a, b) => compareSemesters(b.semester, a.semester));
}
