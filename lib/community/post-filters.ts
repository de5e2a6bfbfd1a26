import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import type { PostFilters } from "./schemas";
import { hasSearchTerms, type SearchTerms } from "./post-search";
import { LIVE, OPEN_BOARD } from "./visibility";

/**
 * Every list of posts a viewer may see: their school's, live (visibility.ts: not deleted, not
 * hidden by 신고), on an open board. The raw-SQL lists say the same through postWhereSql (post-rows.ts).
 */
export function visiblePostsWhere(viewer: Viewer): Prisma.PostWhereInput {
  return { schoolId: viewer.schoolId, ...LIVE, ...OPEN_BOARD };
}

/**
 * A post (or comment) hidden by reports answers 404 to everyone but its author and the school's
 * admins (SPEC); they see it marked "신고 누적으로 숨겨진 글입니다".
 */
export function maySeeHidden(viewer: Viewer, authorId: number): boolean {
  return isAuthorOrAdmin(viewer, authorId);
}

/** The author, or an admin of the school (every viewer is scoped to their own school). */
function isAuthorOrAdmin(viewer: Viewer, authorId: number): boolean {
  return authorId === viewer.id || viewer.isAdmin;
}

/**
 * Who may delete a post or a comment: its author or an admin of the school. Pages know only
 * `isMine` of a DTO (the author id never leaves the server), services know the author id.
 */
export function mayDelete(
  viewer: Viewer,
  item: { isMine: boolean } | { authorId: number },
): boolean {
  return "isMine" in item ? item.isMine || viewer.isAdmin : isAuthorOrAdmin(viewer, item.authorId);
}

export { HIDDEN_NOTICE } from "@/lib/reports/schemas";

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
  if (f.author !== undefined)
    where.push(
      f.author === viewer.id ? { authorId: f.author } : { authorId: f.author, isAnonymous: false },
    );
  const search: SearchTerms = {
    title: f.title,
    titleStartsWith: f.titleStartsWith,
    content: f.content,
    q: f.q,
  };
  return hasSearchTerms(search) ? { where, search } : { where };
}
