import "server-only";
import { Prisma } from "@/generated/prisma/client";

/**
 * SQL: how many of a lecture's 책방 listings are 판매중 (not reserved, sold, deleted or hidden),
 * on lecture alias `l`, for "이 수업 책 n권 판매 중" and every lecture answer's `booksOnSale`.
 * An index probe on Book (lectureId, status, deletedAt).
 */
export const booksOnSaleSql = Prisma.sql`(SELECT COUNT(*) FROM "Book" bk WHERE bk."lectureId" = l."id"
  AND bk."status" = 'ON_SALE' AND bk."deletedAt" IS NULL AND bk."hiddenAt" IS NULL)`;
