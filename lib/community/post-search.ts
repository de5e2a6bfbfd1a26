import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { byDatabase, containsTextSql } from "@/lib/db-dialect";
import {
  listRowOf,
  postListSql,
  postWhereSql,
  readPostList,
  type ListRowShape,
  type RawListRow,
} from "./post-rows";
import { liveSql } from "./visibility";

// Post search with bounded work per request (docs/DECISIONS.md, "Search"). Every term matches
// literally: `%` and `_` are characters like any other (SQLite: instr/substr, never LIKE;
// PostgreSQL: ILIKE with every wildcard escaped and an ESCAPE clause).
//
// - A term of 3 or more characters is looked up in a trigram index (SQLite: the FTS5 table
//   "PostSearch", tokenizer trigram; PostgreSQL: pg_trgm GIN indexes on title and content). SQLite
//   reads at most CANDIDATE_LIMIT index hits per request, newest first (the newest FIRST_WINDOW
//   first), then keeps those in scope. PostgreSQL takes a word with few matches from its indexes
//   and leaves a common word to the planner's walk of the newest posts.
// - Shorter terms (2 characters: SPEC's minimum, and common in Korean) have no trigram. They are
//   matched on at most SCAN_LIMIT posts of the scope per request, newest first.
// In both bounded cases a page can come back with fewer than `limit` items and a nextCursor: the
// search went as far as one request may, and the next page continues below. A client pages on as
// with any list; every post in scope is reached and none is shown twice.

export const CANDIDATE_LIMIT = 2000;
export const SCAN_LIMIT = 1000;

export type SearchTerms = {
  title?: string;
  titleStartsWith?: string;
  content?: string;
  q?: string;
};

export const hasSearchTerms = (t: SearchTerms) =>
  !!(t.title || t.titleStartsWith || t.content || t.q);

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
  if (t.q)
    out.push(Prisma.sql`(${matchSql(alias, "title", t.q)} OR ${matchSql(alias, "content", t.q)})`);
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
  const usable = options
    .filter(([term]) => charLength(term) >= 3)
    .sort((a, b) => charLength(b[0]) - charLength(a[0]));
  return usable[0]?.[1] ?? null;
}

export type SearchHits = {
  /** The matching posts in scope as list rows, newest first, at most `take`. */
  rows: ListRowShape[];
  /** Set when the bounded search stopped early: continue below this id. */
  continueBelow: number | null;
};

type Window = { rows: ListRowShape[]; scanned: number; lowestScanned: number | null };

/**
 * Where a trigram search looks first: the newest FIRST_WINDOW index hits. A common term finds its
 * page there, so it does not pay for all CANDIDATE_LIMIT hits (2.3 → 0.4 ms for a common title word
 * on an 80k-post board); only a page still short after it reads on, below, up to the limit (a
 * second statement), so the bound per request is the same.
 */
export const FIRST_WINDOW = 200;

/**
 * Newest-first posts of `scope` (not deleted, not hidden) matching every term, below `beforeId`,
 * read with their boards and authors in the search's own statement.
 */
export async function searchPosts(
  scope: Prisma.PostWhereInput[],
  terms: SearchTerms,
  beforeId: number,
  take: number,
): Promise<SearchHits> {
  const scopeConds = [...postWhereSql(scope), liveSql("p")];
  // The one place search asks which database it runs on: which trigram index there is.
  const index = byDatabase({ sqlite: "fts5", postgresql: "pg_trgm" } as const);
  const fts = index === "fts5" ? ftsQuery(terms) : null;
  const indexed =
    index === "pg_trgm" &&
    [terms.q, terms.title, terms.titleStartsWith, terms.content].some(
      (t) => t && charLength(t) >= 3,
    );

  if (indexed) {
    // PostgreSQL with a 3+ character term: a word with few matches in the whole table is taken
    // from the trigram indexes (readTrigramMatches); for a common one the planner's own plan, a
    // walk of the scope's newest posts, is the right one, and its page fills early.
    const fromIndex = await readTrigramMatches(scopeConds, terms, beforeId, take);
    if (fromIndex) return { rows: fromIndex, continueBelow: null };
    return {
      rows: await readPostList(
        [...scopeConds, ...termConditions("p", terms), Prisma.sql`p."id" < ${beforeId}`],
        take,
      ),
      continueBelow: null,
    };
  }

  // A short term scans the scope's posts themselves: 1,000 cost about 2 ms, and a common two-letter
  // word matches only a few in a hundred, so a first window would mostly mean a second statement.
  const cap = fts ? CANDIDATE_LIMIT : SCAN_LIMIT;
  const firstWindow = fts ? FIRST_WINDOW : SCAN_LIMIT;
  const first = await searchWindow(scopeConds, terms, fts, beforeId, take, firstWindow);
  if (first.rows.length >= take || first.scanned < firstWindow || first.lowestScanned === null)
    return { rows: first.rows, continueBelow: null };
  // Stopped at the bound with the page still short: the next page continues below what was read.
  if (firstWindow >= cap) return { rows: first.rows, continueBelow: first.lowestScanned };
  const rest = await searchWindow(
    scopeConds,
    terms,
    fts,
    first.lowestScanned,
    take - first.rows.length,
    cap - firstWindow,
  );
  const rows = [...first.rows, ...rest.rows];
  const stoppedEarly =
    rows.length < take && rest.scanned >= cap - firstWindow && rest.lowestScanned !== null;
  return { rows, continueBelow: stoppedEarly ? rest.lowestScanned : null };
}

/** A word with at most this many matches in the whole table is looked up in PostgreSQL's trigram indexes. */
export const FEW_MATCHES = 1000;

/**
 * PostgreSQL: the newest `take` posts of the scope below `beforeId` matching the terms, taken from
 * the pg_trgm indexes, or null when the word has more than FEW_MATCHES matches in the whole table.
 * Left to itself, the planner misjudges how many posts a word matches (pg_trgm estimates 768 for a
 * word in 92) and walks the primary key backwards through the board testing each post: 127 ms for a
 * rare word on the 80k-post board. Here the matches are collected first (at most FEW_MATCHES + 1,
 * a bitmap scan of the indexes), then only those are sorted and looked up in the scope, newest first
 * (a LATERAL lookup per match, which the planner cannot turn back into the walk).
 */
async function readTrigramMatches(
  scopeConds: Prisma.Sql[],
  terms: SearchTerms,
  beforeId: number,
  take: number,
): Promise<ListRowShape[] | null> {
  const match = Prisma.join(
    [...termConditions("p", terms), Prisma.sql`p."id" < ${beforeId}`],
    " AND ",
  );
  const { summary, rows } = await readHitsWithSummary<{ matched: unknown }>(
    Prisma.sql`m AS MATERIALIZED (SELECT p."id" FROM "Post" p WHERE ${match} LIMIT ${FEW_MATCHES + 1}),
    counted AS MATERIALIZED (SELECT COUNT(*) AS "n" FROM m),
    hits AS MATERIALIZED (
      SELECT x."id" FROM (SELECT "id" FROM m ORDER BY "id" DESC) mm
      CROSS JOIN LATERAL (SELECT p."id" FROM "Post" p WHERE p."id" = mm."id" AND ${Prisma.join(scopeConds, " AND ")}) x
      WHERE (SELECT "n" FROM counted) <= ${FEW_MATCHES}
      ORDER BY mm."id" DESC LIMIT ${take}
    )`,
    Prisma.sql`SELECT "n" AS "matched" FROM counted`,
    take,
  );
  return summary && Number(summary.matched) <= FEW_MATCHES ? rows : null;
}

/**
 * One statement: the CTEs `ctes` (which must define `hits`, the ids found), then the one-row
 * `summary` query with the hits as list rows joined to it (postListSql, newest first). The summary
 * row comes back even when nothing matched.
 */
async function readHitsWithSummary<S extends Record<string, unknown>>(
  ctes: Prisma.Sql,
  summary: Prisma.Sql,
  take: number,
): Promise<{ summary: S | null; rows: ListRowShape[] }> {
  const raw = await prisma.$queryRaw<(RawListRow & S)[]>(Prisma.sql`
    WITH ${ctes}
    SELECT s.*, r.* FROM (${summary}) s LEFT JOIN (${postListSql([Prisma.sql`p."id" IN (SELECT "id" FROM hits)`], take)}) r ON TRUE`);
  return {
    summary: raw[0] ?? null,
    rows: raw
      .filter((r) => r.id !== null && r.id !== undefined)
      .map(listRowOf)
      .sort((a, b) => b.id - a.id),
  };
}

/**
 * One statement: among the newest `window` candidates below `beforeId` (trigram index hits, or
 * the scope's posts for a short term), the newest `take` that are in scope and match, as list
 * rows; each row (or the one empty row when none match) also says how many candidates were read
 * and the lowest of them, where a further look would continue.
 */
async function searchWindow(
  scopeConds: Prisma.Sql[],
  terms: SearchTerms,
  fts: string | null,
  beforeId: number,
  take: number,
  window: number,
): Promise<Window> {
  let cand: Prisma.Sql;
  let hits: Prisma.Sql;
  if (fts) {
    const where = Prisma.join([...scopeConds, ...termConditions("p", terms)], " AND ");
    cand = Prisma.sql`SELECT rowid AS "id" FROM "PostSearch" WHERE "PostSearch" MATCH ${fts} AND rowid < ${beforeId} ORDER BY rowid DESC LIMIT ${window}`;
    // CROSS JOIN fixes SQLite's join order: from the candidates to their posts. Left free, inside
    // the list's IN (…) the planner walked the board's posts instead (80k rows for a word in none).
    hits = Prisma.sql`SELECT p."id" FROM cand CROSS JOIN "Post" p ON p."id" = cand."id" WHERE ${where} ORDER BY p."id" DESC LIMIT ${take}`;
  } else {
    const where = Prisma.join([...scopeConds, Prisma.sql`p."id" < ${beforeId}`], " AND ");
    cand = Prisma.sql`SELECT p."id", p."title", p."content" FROM "Post" p WHERE ${where} ORDER BY p."id" DESC LIMIT ${window}`;
    hits = Prisma.sql`SELECT c."id" FROM cand c WHERE ${Prisma.join(termConditions("c", terms), " AND ")} ORDER BY c."id" DESC LIMIT ${take}`;
  }
  const { summary, rows } = await readHitsWithSummary<{ lowest: unknown; scanned: unknown }>(
    Prisma.sql`cand AS (${cand}), hits AS (${hits})`,
    Prisma.sql`SELECT MIN("id") AS "lowest", COUNT(*) AS "scanned" FROM cand`,
    take,
  );
  const scanned = summary ? Number(summary.scanned) : 0;
  const lowest = summary?.lowest;
  return {
    rows,
    scanned,
    lowestScanned: scanned > 0 && lowest !== null && lowest !== undefined ? Number(lowest) : null,
  };
}
