import "server-only";
import { cache } from "react";
import { Prisma } from "@/generated/prisma/client";
import { prisma, sharedQueryRaw } from "@/lib/db";
import { BatchedReads } from "@/lib/cache/batched-reads";
import { dateParam, jsonRowsSql, sqlTrue } from "@/lib/db-dialect";
import type { Viewer } from "@/lib/auth/viewer";
import { liveSql, OPEN_BOARD, openBoardSql } from "./visibility";

// Post rows read in ONE statement each (a post with its board, author, photos and the viewer's
// 공감/스크랩; a page of posts with their boards and authors), where Prisma's relation loading
// issues one statement per relation. The rows have the shapes of post-dto.ts's selects, so the
// mappers there (the only code that decides what of an author is shown) stay the one place.
// An anonymous post's author columns are not even read (NULL in SQL).

const toDate = (v: unknown) => (v instanceof Date ? v : new Date(String(v)));
/** Characters of content read for a list's excerpt (the excerpt shows ~100). */
const EXCERPT_SOURCE = 600;

const SCOPE_COLUMNS = new Set([
  "id",
  "boardId",
  "schoolId",
  "authorId",
  "isAnonymous",
  "deletedAt",
  "hiddenAt",
  "likeCount",
  "createdAt",
]);

/**
 * Prisma where objects of the simple kind the post lists use (equality, IS NULL, gte/lt/in on a
 * few columns, nested AND) as SQL on alias `p`. Anything else throws: a list must say what it needs.
 */
export function postWhereSql(wheres: Prisma.PostWhereInput[]): Prisma.Sql[] {
  const out: Prisma.Sql[] = [];
  for (const w of wheres) {
    for (const [key, value] of Object.entries(w)) {
      if (value === undefined) continue;
      if (key === "AND" && Array.isArray(value)) {
        out.push(...postWhereSql(value as Prisma.PostWhereInput[]));
        continue;
      }
      if (key === "OR" && Array.isArray(value)) {
        const alternatives = (value as Prisma.PostWhereInput[]).map(
          (w) => Prisma.sql`(${Prisma.join(postWhereSql([w]).concat(Prisma.sql`1 = 1`), " AND ")})`,
        );
        out.push(
          alternatives.length
            ? Prisma.sql`(${Prisma.join(alternatives, " OR ")})`
            : Prisma.sql`1 = 0`,
        );
        continue;
      }
      if (key === "board") {
        // The one relation filter a list may say: OPEN_BOARD (visibility.ts).
        if (JSON.stringify(value) !== JSON.stringify(OPEN_BOARD.board))
          throw new Error("post rows: unsupported board filter");
        out.push(openBoardSql("p"));
        continue;
      }
      if (!SCOPE_COLUMNS.has(key)) throw new Error(`post rows: unsupported filter ${key}`);
      const col = Prisma.raw(`p."${key}"`);
      if (value === null) out.push(Prisma.sql`${col} IS NULL`);
      else if (typeof value === "number" || typeof value === "boolean")
        out.push(Prisma.sql`${col} = ${value}`);
      else if (typeof value === "object") {
        for (const [op, v] of Object.entries(value as Record<string, unknown>)) {
          if (op === "gte" && typeof v === "number") out.push(Prisma.sql`${col} >= ${v}`);
          else if (op === "lt" && typeof v === "number") out.push(Prisma.sql`${col} < ${v}`);
          else if (op === "gte" && v instanceof Date)
            out.push(Prisma.sql`${col} >= ${dateParam(v)}`);
          else if (op === "lt" && v instanceof Date) out.push(Prisma.sql`${col} < ${dateParam(v)}`);
          else if (op === "in" && Array.isArray(v))
            out.push(v.length ? Prisma.sql`${col} IN (${Prisma.join(v)})` : Prisma.sql`1 = 0`);
          else throw new Error(`post rows: unsupported operator ${key}.${op}`);
        }
      } else throw new Error(`post rows: unsupported value for ${key}`);
    }
  }
  return out;
}

export type RawListRow = {
  id: unknown;
  title: string;
  content: string;
  contentLength: unknown;
  isAnonymous: unknown;
  likeCount: unknown;
  commentCount: unknown;
  scrapCount: unknown;
  photoCount: unknown;
  createdAt: unknown;
  boardId: unknown;
  boardName: string;
  authorId: unknown;
  authorNickname: string | null;
  authorImage: string | null;
};

export type ListRowShape = {
  id: number;
  title: string;
  content: string;
  contentTruncated?: boolean;
  isAnonymous: boolean;
  likeCount: number;
  commentCount: number;
  scrapCount: number;
  photoCount: number;
  createdAt: Date;
  board: { id: number; name: string };
  author: { id: number; nickname: string; profileImageUrl: string | null };
};

/**
 * The statement of a list of posts: newest-first (or `order`) posts matching `where` with their
 * boards and authors. The search puts it inside its own statement (post-search.ts).
 */
export function postListSql(
  where: Prisma.Sql[],
  take: number,
  order: Prisma.Sql = Prisma.sql`p."id" DESC`,
): Prisma.Sql {
  return Prisma.sql`
    SELECT p."id", p."title", substr(p."content", 1, ${EXCERPT_SOURCE}) AS "content", length(p."content") AS "contentLength",
      p."isAnonymous", p."likeCount", p."commentCount", p."scrapCount", p."photoCount", p."createdAt",
      b."id" AS "boardId", b."name" AS "boardName",
      CASE WHEN p."isAnonymous" THEN NULL ELSE u."id" END AS "authorId",
      CASE WHEN p."isAnonymous" THEN NULL ELSE u."nickname" END AS "authorNickname",
      CASE WHEN p."isAnonymous" THEN NULL ELSE u."profileImageUrl" END AS "authorImage"
    FROM "Post" p JOIN "Board" b ON b."id" = p."boardId" JOIN "User" u ON u."id" = p."authorId"
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY ${order} LIMIT ${take}`;
}

/** A row of postListSql as the DTOs take it. */
export function listRowOf(r: RawListRow): ListRowShape {
  return {
    id: Number(r.id),
    title: r.title,
    content: r.content,
    contentTruncated: Number(r.contentLength) > EXCERPT_SOURCE,
    isAnonymous: sqlTrue(r.isAnonymous),
    likeCount: Number(r.likeCount),
    commentCount: Number(r.commentCount),
    scrapCount: Number(r.scrapCount),
    photoCount: Number(r.photoCount),
    createdAt: toDate(r.createdAt),
    board: { id: Number(r.boardId), name: r.boardName },
    author: {
      id: Number(r.authorId ?? 0),
      nickname: r.authorNickname ?? "",
      profileImageUrl: r.authorImage,
    },
  };
}

/** Newest-first (or `order`) posts matching `where` with their boards and authors: one statement. */
export async function readPostList(
  where: Prisma.Sql[],
  take: number,
  order?: Prisma.Sql,
): Promise<ListRowShape[]> {
  const rows = await sharedQueryRaw<RawListRow>(postListSql(where, take, order));
  return rows.map(listRowOf);
}

type RawDetailRow = RawListRow & {
  askedBy: unknown;
  askedSchool: unknown;
  content: string;
  authorId: unknown;
  realAuthorId: unknown;
  updatedAt: unknown;
  photos: unknown;
  liked: unknown;
  scrapped: unknown;
  hiddenAt: unknown;
  boardClosedAt: unknown;
};

export type DetailRowShape = Omit<ListRowShape, "photoCount"> & {
  authorId: number;
  updatedAt: Date;
  /** Hidden by reports: shown only to its author and admins (getPost decides). */
  hidden: boolean;
  /** On a board an admin closed: reachable only to its author and admins, and read-only. */
  boardClosed: boolean;
  photos: { id: number; width: number; height: number }[];
  likes: { id: number }[];
  scraps: { id: number }[];
};

const detailKey = (userId: number, schoolId: number, postId: number) =>
  `${userId}:${schoolId}:${postId}`;
const int = (v: number) => Prisma.sql`CAST(${v} AS INTEGER)`;

/**
 * The details asked for together, in one statement: each (viewer, school, post) asked for is a row
 * of `asked`, joined to its post when that post is live in that school, with that viewer's 공감 and
 * 스크랩. Each caller gets only its own row.
 */
async function readPostDetails(keys: string[]): Promise<Map<string, DetailRowShape>> {
  const asked = keys.map((k) => {
    const [userId, schoolId, postId] = k.split(":").map(Number);
    return Prisma.sql`(${int(userId)}, ${int(schoolId)}, ${int(postId)})`;
  });
  const photos = jsonRowsSql(
    Prisma.sql`ph."id", ph."width", ph."height"`,
    Prisma.sql`"Photo" ph WHERE ph."postId" = p."id"`,
    Prisma.sql`ph."position", ph."id"`,
  );
  const rows = await prisma.$queryRaw<RawDetailRow[]>(Prisma.sql`
    WITH "asked"("userId", "schoolId", "postId") AS (VALUES ${Prisma.join(asked)})
    SELECT a."userId" AS "askedBy", a."schoolId" AS "askedSchool",
      p."id", p."title", p."content", p."isAnonymous", p."authorId" AS "realAuthorId", p."hiddenAt",
      p."likeCount", p."commentCount", p."scrapCount", p."photoCount", p."createdAt", p."updatedAt",
      b."id" AS "boardId", b."name" AS "boardName", b."closedAt" AS "boardClosedAt",
      CASE WHEN p."isAnonymous" THEN NULL ELSE u."id" END AS "authorId",
      CASE WHEN p."isAnonymous" THEN NULL ELSE u."nickname" END AS "authorNickname",
      CASE WHEN p."isAnonymous" THEN NULL ELSE u."profileImageUrl" END AS "authorImage",
      CASE WHEN p."photoCount" > 0 THEN ${photos} ELSE NULL END AS "photos",
      EXISTS (SELECT 1 FROM "PostLike" l WHERE l."userId" = a."userId" AND l."postId" = p."id") AS "liked",
      EXISTS (SELECT 1 FROM "Scrap" s WHERE s."userId" = a."userId" AND s."postId" = p."id") AS "scrapped"
    FROM "asked" a
      JOIN "Post" p ON p."id" = a."postId" AND p."schoolId" = a."schoolId" AND p."deletedAt" IS NULL
      JOIN "Board" b ON b."id" = p."boardId" JOIN "User" u ON u."id" = p."authorId"`);
  const out = new Map<string, DetailRowShape>();
  for (const r of rows) {
    const photoList = r.photos ? (JSON.parse(String(r.photos)) as [number, number, number][]) : [];
    out.set(detailKey(Number(r.askedBy), Number(r.askedSchool), Number(r.id)), {
      // The columns a list row has too, mapped as a list row's (the whole content here: never truncated).
      ...listRowOf(r),
      authorId: Number(r.realAuthorId),
      hidden: r.hiddenAt !== null && r.hiddenAt !== undefined,
      boardClosed: r.boardClosedAt !== null && r.boardClosedAt !== undefined,
      updatedAt: toDate(r.updatedAt),
      photos: photoList.map(([id, width, height]) => ({
        id: Number(id),
        width: Number(width),
        height: Number(height),
      })),
      likes: sqlTrue(r.liked) ? [{ id: 0 }] : [],
      scraps: sqlTrue(r.scrapped) ? [{ id: 0 }] : [],
    });
  }
  return out;
}

// Post details asked for at the same time (different posts, different viewers) share a statement.
const detailReads = new BatchedReads(readPostDetails);

/**
 * One visible post of the viewer's school with everything its page shows: one statement, shared
 * with the other details asked for at the same moment (lib/cache/batched-reads.ts). The row is
 * shared with the viewer's other requests for the same post in that batch: read-only.
 */
export async function readPostDetail(
  viewer: Viewer,
  postId: number,
): Promise<DetailRowShape | null> {
  return (await detailReads.read(detailKey(viewer.id, viewer.schoolId, postId))) ?? null;
}

/** The newest `perBoard` posts of each board, with boards and authors: one statement. */
export async function readLatestPerBoard(
  boardIds: number[],
  perBoard: number,
): Promise<ListRowShape[]> {
  if (!boardIds.length) return [];
  const parts = boardIds.map(
    (id, i) =>
      Prisma.sql`SELECT "id" FROM (SELECT "id" FROM "Post" WHERE "boardId" = ${id} AND ${liveSql()} ORDER BY "id" DESC LIMIT ${perBoard}) ${Prisma.raw(`AS t${i}`)}`,
  );
  return readPostList(
    [Prisma.sql`p."id" IN (${Prisma.join(parts, " UNION ALL ")})`],
    boardIds.length * perBoard,
  );
}

/**
 * readPostDetail once per render: the post page and its comment section both need the post, and
 * React's cache() lets them share one read within a request (outside a render it reads each time).
 */
export const readPostDetailOnce = cache(readPostDetail);
