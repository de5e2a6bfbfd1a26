import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import type { PostFilters } from "./schemas";
import { textContains, textStartsWith } from "./text-match";

/** Every list of posts a viewer may see: their school's, not deleted. */
export function visiblePostsWhere(viewer: Viewer): Prisma.PostWhereInput {
  return { schoolId: viewer.schoolId, deletedAt: null };
}

/**
 * The search filters of a list. `author` matches only the posts written under that user's name:
 * anonymous posts never match another user's filter (that would unmask them); the viewer's own
 * filter (author = me) does include their anonymous posts, which they know are theirs.
 */
export function postFiltersWhere(viewer: Viewer, f: PostFilters): Prisma.PostWhereInput[] {
  const and: Prisma.PostWhereInput[] = [];
  if (f.title) and.push({ title: textContains(f.title) });
  if (f.titleStartsWith) and.push({ title: textStartsWith(f.titleStartsWith) });
  if (f.content) and.push({ content: textContains(f.content) });
  if (f.q) and.push({ OR: [{ title: textContains(f.q) }, { content: textContains(f.q) }] });
  if (f.author !== undefined) and.push(f.author === viewer.id ? { authorId: f.author } : { authorId: f.author, isAnonymous: false });
  return and;
}
