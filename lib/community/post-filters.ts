import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import type { PostFilters } from "./schemas";
import { hasLikeWildcard, literallyContains, literallyStartsWith, textContains, textStartsWith } from "./text-match";

/** Every list of posts a viewer may see: their school's, not deleted. */
export function visiblePostsWhere(viewer: Viewer): Prisma.PostWhereInput {
  return { schoolId: viewer.schoolId, deletedAt: null };
}

/** A row's searchable text, for re-checking matches of terms with LIKE wildcards. */
export type SearchableRow = { title: string; content: string };

export type FilterWhere = {
  where: Prisma.PostWhereInput[];
  /** Set when a term contains % or _: the database's answer is a superset, to be checked literally. */
  recheck?: (row: SearchableRow) => boolean;
};

/**
 * The search filters of a list. `author` matches only the posts written under that user's name:
 * anonymous posts never match another user's filter (that would unmask them); the viewer's own
 * filter (author = me) does include their anonymous posts, which they know are theirs.
 */
export function postFiltersWhere(viewer: Viewer, f: PostFilters): FilterWhere {
  const where: Prisma.PostWhereInput[] = [];
  const checks: ((row: SearchableRow) => boolean)[] = [];
  if (f.title) {
    const t = f.title;
    where.push({ title: textContains(t) });
    if (hasLikeWildcard(t)) checks.push((r) => literallyContains(r.title, t));
  }
  if (f.titleStartsWith) {
    const t = f.titleStartsWith;
    where.push({ title: textStartsWith(t) });
    if (hasLikeWildcard(t)) checks.push((r) => literallyStartsWith(r.title, t));
  }
  if (f.content) {
    const t = f.content;
    where.push({ content: textContains(t) });
    if (hasLikeWildcard(t)) checks.push((r) => literallyContains(r.content, t));
  }
  if (f.q) {
    const t = f.q;
    where.push({ OR: [{ title: textContains(t) }, { content: textContains(t) }] });
    if (hasLikeWildcard(t)) checks.push((r) => literallyContains(r.title, t) || literallyContains(r.content, t));
  }
  if (f.author !== undefined) where.push(f.author === viewer.id ? { authorId: f.author } : { authorId: f.author, isAnonymous: false });
  return { where, recheck: checks.length ? (row) => checks.every((c) => c(row)) : undefined };
}
