import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import type { PostFilters } from "./schemas";
import { hasSearchTerms, type SearchTerms } from "./post-search";

/** Every list of posts a viewer may see: their school's, not deleted. */
export function visiblePostsWhere(viewer: Viewer): Prisma.PostWhereInput {
  return { schoolId: viewer.schoolId, deletedAt: null };
}

export type FilterWhere = {
  where: Prisma.PostWhereInput[];
  /** Text search terms, matched literally with bounded work (post-search.ts). */
  search?: SearchTerms;
};

/**
 * The search filters of a list. `author` matches only the posts written under that user's name:
 * anonymous posts never match another user's filter (that would unmask them); the viewer's own
 * filter (author = me) does include their anonymous posts, which they know are theirs.
 */
export function postFiltersWhere(viewer: Viewer, f: PostFilters): FilterWhere {
  const where: Prisma.PostWhereInput[] = [];
  if (f.author !== undefined) where.push(f.author === viewer.id ? { authorId: f.author } : { authorId: f.author, isAnonymous: false });
  const search: SearchTerms = { title: f.title, titleStartsWith: f.titleStartsWith, content: f.content, q: f.q };
  return hasSearchTerms(search) ? { where, search } : { where };
}
