import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { containsTextSql, onPostgres } from "@/lib/db-dialect";
import { postWhereSql } from "./post-rows";

// Post search with bounded work per request (docs/DECISIONS.md, "Search"). Every term matches
// literally: `%` and `_` are characters like any other (SQLite: instr/substr, never LIKE;
// PostgreSQL: ILIKE with every wildcard escaped and an ESCAPE clause).
//
// - A term of 3 or more characters is looked up in a trigram index (SQLite: the FTS5 table
//   "PostSearch", tokenizer trigram; PostgreSQL: pg_trgm GIN indexes on title and content). SQLite
//   reads at most CANDIDATE_LIMIT index hits per request, newest first, then keeps those in scope.
// - Shorter terms (2 characters: SPEC's minimum, and common in Korean) have no trigram. They are
//   matched on at most SCAN_LIMIT posts of the scope per request, newest first.
// In both bounded cases a page can come back with fewer than `limit` items and a nextCursor: the
// search went as far as one request may, and the next page continues below. A client pages on as
// with any list; every post in scope is reached and none is shown twice.

export const CANDIDATE_LIMIT = 2000;
export const SCAN_LIMIT = 1000;

export type SearchTerms = { title?: string; titleStartsWith?: string; content?: string; q?: string };

export const hasSearchTerms = (t: SearchTerms) => !!(t.title || t.titleStartsWith || t.content || t.q);

const charLength = (s: string) => Array.from(s).length;

type Column = "title" | "content";
/** A literal, case-insensitive (as before: ASCII on SQLite, Unicode on PostgreSQL) match. */
function matchSql(alias: string, column: Column, term: string, prefix = false): Prisma.Sql {
  return containsTextSql(Prisma.raw(`${alias}."${column}"`), term, prefix);
}

function termConditions(alias: string, t: SearchTerms): Prisma.Sql[] {
  const out: Prisma.Sql[] = [];
  if (t.title) out.push(matchSql(alias, "title", t.title));
  if (t.titleStartsWith) out.push(matchSql(alias, "title", t.titleStartsWith, true));
  if (t.content) out.push(matchSql(alias, "content", t.content));
  if (t.q) out.push(Prisma.sql`(${matchSql(alias, "title", t.q)} OR ${matchSql(alias, "content", t.q)})`);
  return out;
}

/** The FTS5 query for the longest term of 3+ characters (a quoted phrase: substring match). */
function ftsQuery(t: SearchTerms): string | null {
  const phrase = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const options: [string, string][] = [];
  if (t.q) options.push([t.q, phrase(t.q)]);
  if (t.title) options.push([t.title, `title : ${phrase(t.title)}`]);
  if (t.titleStartsWith) options.push([t.titleStartsWith, `title : ${phrase(t.titleStartsWith)}`]);
  if (t.content) options.push([t.content, `content : ${phrase(t.content)}`]);
  const usable = options.filter(([term]) => charLength(term) >= 3).sort((a, b) => charLength(b[0]) - charLength(a[0]));
  return usable[0]?.[1] ?? null;
}

export type SearchHits = {
  /** Matching post ids in scope, newest first, at most `take`. */
  ids: number[];
  /** Set when the bounded search stopped early: continue below this id. */
  continueBelow: number | null;
};

type Row = { id: unknown; n: unknown };
type Window = { ids: number[]; scanned: number; lowestScanned: number | null };

/**
 * Where a trigram search looks first: the newest FIRST_WINDOW index hits. A common term finds its
 * page there, so it does not pay for all CANDIDATE_LIMIT hits (2.3 → 0.4 ms for a common title word
 * on an 80k-post board); only a page still short after it reads on, below, up to the limit (a
 * second statement), so the bound per request is the same.
 */
export const FIRST_WINDOW = 200;

/** Newest-first ids of the posts in `scope` (not deleted) matching every term, below `beforeId`. */
export async function searchPostIds(scope: Prisma.PostWhereInput[], terms: SearchTerms, beforeId: number, take: number): Promise<SearchHits> {
  const scopeConds = [...postWhereSql(scope), Prisma.sql`p."deletedAt" IS NULL AND p."hiddenAt" IS NULL`];
  const fts = onPostgres() ? null : ftsQuery(terms);
  const indexed = onPostgres() && [terms.q, terms.title, terms.titleStartsWith, terms.content].some((t) => t && charLength(t) >= 3);

  if (indexed) {
    // PostgreSQL with a 3+ character term: the pg_trgm indexes serve the ILIKE conditions.
    const where = Prisma.join([...scopeConds, ...termConditions("p", terms), Prisma.sql`p."id" < ${beforeId}`], " AND ");
    const rows = await prisma.$queryRaw<{ id: unknown }[]>(Prisma.sql`SELECT p."id" FROM "Post" p WHERE ${where} ORDER BY p."id" DESC LIMIT ${take}`);
    return { ids: rows.map((r) => Number(r.id)), continueBelow: null };
  }

  // A short term scans the scope's posts themselves: 1,000 cost about 2 ms, and a common two-letter
  // word matches only a few in a hundred, so a first window would mostly mean a second statement.
  const cap = fts ? CANDIDATE_LIMIT : SCAN_LIMIT;
  const firstWindow = fts ? FIRST_WINDOW : SCAN_LIMIT;
  const first = await searchWindow(scopeConds, terms, fts, beforeId, take, firstWindow);
  const last = first.ids.length >= take || first.scanned < firstWindow || firstWindow >= cap
    ? first
    : await searchWindow(scopeConds, terms, fts, first.lowestScanned!, take - first.ids.length, cap - firstWindow);
  const ids = last === first ? first.ids : [...first.ids, ...last.ids];
  // Stopped at the bound with the page still short: the next page continues below what was read.
  const bound = last === first ? firstWindow : cap - firstWindow;
  const stoppedEarly = ids.length < take && last.scanned >= bound && last.lowestScanned !== null;
  return { ids, continueBelow: stoppedEarly ? last.lowestScanned : null };
}

/**
 * One statement: among the newest `window` candidates below `beforeId` (trigram index hits, or
 * the scope's posts for a short term), the newest `take` that are in scope and match; with how
 * many candidates were read and the lowest of them, where a further look would continue.
 */
async function searchWindow(scopeConds: Prisma.Sql[], terms: SearchTerms, fts: string | null, beforeId: number, take: number, window: number): Promise<Window> {
  let sql: Prisma.Sql;
  if (fts) {
    const where = Prisma.join([...scopeConds, ...termConditions("p", terms)], " AND ");
    sql = Prisma.sql`
      WITH cand AS (
        SELECT rowid AS "id" FROM "PostSearch" WHERE "PostSearch" MATCH ${fts} AND rowid < ${beforeId} ORDER BY rowid DESC LIMIT ${window}
      ), hits AS (
        SELECT p."id" FROM cand JOIN "Post" p ON p."id" = cand."id" WHERE ${where} ORDER BY p."id" DESC LIMIT ${take}
      )
      SELECT "id", -1 AS "n" FROM hits
      UNION ALL
      SELECT MIN("id"), COUNT(*) FROM cand`;
  } else {
    const where = Prisma.join([...scopeConds, Prisma.sql`p."id" < ${beforeId}`], " AND ");
    const match = Prisma.join(termConditions("c", terms), " AND ");
    sql = Prisma.sql`
      WITH cand AS (
        SELECT p."id", p."title", p."content" FROM "Post" p WHERE ${where} ORDER BY p."id" DESC LIMIT ${window}
      ), hits AS (
        SELECT c."id" FROM cand c WHERE ${match} ORDER BY c."id" DESC LIMIT ${take}
      )
      SELECT "id", -1 AS "n" FROM hits
      UNION ALL
      SELECT MIN("id"), COUNT(*) FROM cand`;
  }
  const rows = await prisma.$queryRaw<Row[]>(sql);
  const ids = rows.filter((r) => Number(r.n) === -1).map((r) => Number(r.id)).sort((a, b) => b - a);
  const summary = rows.find((r) => Number(r.n) !== -1);
  const scanned = summary ? Number(summary.n) : 0;
  return { ids, scanned, lowestScanned: scanned > 0 && summary?.id != null ? Number(summary.id) : null };
}
