import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { isPostgresUrl } from "@/lib/database-url.mjs";
import { databaseUrl } from "@/lib/env";

// Where SQLite and PostgreSQL differ, in one place: row locks, literal text matching, date
// parameters, JSON aggregates, the migrations folder. Services say what they need ("lock this
// post", "match this term literally", "these rows as a JSON array"); only this module knows how
// each database does it. Where a feature needs a different algorithm per database (search's
// trigram indexes, the 알림 wake-ups), its module for each database is picked by `byDatabase`,
// in one place per feature.

/** True when the app runs on PostgreSQL (DATABASE_URL), false on SQLite. */
export const onPostgres = (): boolean => isPostgresUrl(databaseUrl());

/** The value for the database the app runs on. */
export function byDatabase<T>(choices: { sqlite: T; postgresql: T }): T {
  return onPostgres() ? choices.postgresql : choices.sqlite;
}

/** A DateTime parameter of a raw statement as the column stores it (SQLite: Prisma's ISO text). */
export function dateParam(d: Date): Date | string {
  return onPostgres() ? d : d.toISOString().replace("Z", "+00:00");
}

/**
 * A subquery whose value is a JSON array (as text) with one array of `values` per row of
 * `from` (a FROM … WHERE clause), in `orderBy` order; NULL when there is no row on PostgreSQL,
 * `[]` on SQLite (callers read both as none).
 */
export function jsonRowsSql(
  values: Prisma.Sql,
  from: Prisma.Sql,
  orderBy?: Prisma.Sql,
): Prisma.Sql {
  const order = orderBy ? Prisma.sql` ORDER BY ${orderBy}` : Prisma.empty;
  if (onPostgres())
    return Prisma.sql`(SELECT json_agg(json_build_array(${values})${order})::text FROM ${from})`;
  return Prisma.sql`(SELECT json_group_array(json(x."j")) FROM (SELECT json_array(${values}) AS "j" FROM ${from}${order}) x)`;
}

/** The folder of the migrations for the database the app runs on, under prisma/. */
export function migrationsFolder(): string {
  return onPostgres() ? "postgres/migrations" : "migrations";
}

/**
 * Serialises writers of one row until the transaction ends. PostgreSQL: `SELECT … FOR UPDATE`.
 * SQLite: nothing more is needed; the driver adapter runs one transaction at a time and the
 * database has a single writer.
 */
export async function lockRowForUpdate(
  tx: Prisma.TransactionClient,
  table: "Post" | "User",
  id: number,
): Promise<void> {
  if (!onPostgres()) return;
  if (table === "Post") await tx.$queryRaw`SELECT "id" FROM "Post" WHERE "id" = ${id} FOR UPDATE`;
  else await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${id} FOR UPDATE`;
}

/**
 * A boolean column or expression as a raw statement returns it: true/false on PostgreSQL (or "t"
 * through some drivers), 1/0 (number or bigint) on SQLite.
 */
export const sqlTrue = (v: unknown): boolean =>
  v === true || v === 1 || v === 1n || v === "1" || v === "t";

/** A LIKE pattern matching `term` literally (with ESCAPE '\', PostgreSQL's default escape). */
export const escapeLike = (term: string) => term.replace(/[\\%_]/g, "\\$&");

/**
 * SQL that is true when `column` contains `term` (or starts with it), literally (`%` and `_` are
 * characters like any other) and case-insensitively: ASCII on SQLite (lower()/instr, never
 * LIKE), Unicode on PostgreSQL (ILIKE with every wildcard escaped, which pg_trgm indexes serve).
 */
export function containsTextSql(column: Prisma.Sql, term: string, prefix = false): Prisma.Sql {
  if (onPostgres()) {
    const pattern = prefix ? `${escapeLike(term)}%` : `%${escapeLike(term)}%`;
    return Prisma.sql`${column} ILIKE ${pattern} ESCAPE '\\'`;
  }
  return prefix
    ? Prisma.sql`substr(lower(${column}), 1, length(${term})) = lower(${term})`
    : Prisma.sql`instr(lower(${column}), lower(${term})) > 0`;
}

/**
 * `term` as a value for Prisma's `contains` (a LIKE without an ESCAPE clause) that matches it
 * literally, or null where that cannot be done: PostgreSQL's LIKE takes a backslash escape by
 * default, so the term is escaped; SQLite's LIKE has no escape character unless the statement
 * names one, so a term with a wildcard needs containsTextSql instead.
 */
export function literalContains(term: string): string | null {
  if (onPostgres()) return escapeLike(term);
  return /[%_]/.test(term) ? null : term;
}
