import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { isPostgresUrl } from "@/lib/db";
import { databaseUrl } from "@/lib/env";

// Search matching behaves the same on both databases: Latin letters ignore case (SQLite's LIKE
// already does; PostgreSQL is asked for ILIKE), Hangul has no case.
//
// Prisma turns contains/startsWith into LIKE without escaping % and _. PostgreSQL's LIKE takes a
// backslash escape by default, so the term is escaped there and matches literally. SQLite's LIKE
// has no escape character unless the statement names one (Prisma's does not): there a term with
// % or _ is a wider pattern, and the rows it returns are checked again literally (findPostPage),
// so "100%" finds "100%", not "1000".
const onPostgres = () => isPostgresUrl(databaseUrl());

function likeFilter(op: "contains" | "startsWith", term: string): Prisma.StringFilter<"Post"> {
  if (onPostgres()) return { [op]: term.replace(/[\\%_]/g, "\\$&"), mode: "insensitive" } as Prisma.StringFilter<"Post">;
  return { [op]: term } as Prisma.StringFilter<"Post">;
}

export const textContains = (term: string) => likeFilter("contains", term);
export const textStartsWith = (term: string) => likeFilter("startsWith", term);

/** Whether the database's match for a term may be wider than the term (SQLite with % or _). */
export const hasLikeWildcard = (term: string) => !onPostgres() && /[%_]/.test(term);

const fold = (s: string) => s.toLowerCase();
export const literallyContains = (text: string, term: string) => fold(text).includes(fold(term));
export const literallyStartsWith = (text: string, term: string) => fold(text).startsWith(fold(term));
