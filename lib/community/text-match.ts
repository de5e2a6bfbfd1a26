import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { isPostgresUrl } from "@/lib/db";
import { databaseUrl } from "@/lib/env";

// Search matching behaves the same on both databases: Latin letters ignore case (SQLite's LIKE
// already does; PostgreSQL is asked for ILIKE), Hangul has no case. Prisma escapes % and _.
const insensitive = () => (isPostgresUrl(databaseUrl()) ? { mode: "insensitive" as const } : {});

export function textContains(term: string): Prisma.StringFilter<"Post"> {
  return { contains: term, ...insensitive() } as Prisma.StringFilter<"Post">;
}

export function textStartsWith(term: string): Prisma.StringFilter<"Post"> {
  return { startsWith: term, ...insensitive() } as Prisma.StringFilter<"Post">;
}
