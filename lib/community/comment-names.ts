// Anonymous numbering of a post's comments (익명1, 익명2, … and 익명(글쓴이)). Pure, so the rule
// is tested on its own. The server applies it incrementally and stores the result
// (lib/community/anonymous-numbers.ts: each commenter's number is given once, in order of first
// anonymous comment), and the migration/backfill SQL computes the same order for existing
// comments; only the names ever reach a client.

export const POST_AUTHOR_ANONYMOUS_NAME = "익명(글쓴이)";
export const anonymousName = (n: number) => `익명${n}`;

/** A person's first anonymous comment on the post (deleted ones included, so numbers never shift). */
export type FirstAnonymousComment = { authorId: number; firstAnonAt: Date; firstAnonId: number };

export type NumberingPost = { authorId: number; isAnonymous: boolean };

/**
 * Names for the anonymous commenters of one post, keyed by user id.
 *
 * - Numbers follow the order of each person's first anonymous comment on the post (by time,
 *   ties by id), top-level comments and replies alike.
 * - The post's author commenting anonymously on their own anonymous post is 익명(글쓴이) and
 *   takes no number. On a post that shows its author's nickname, the author's anonymous comment
 *   is an ordinary numbered 익명N: calling it 글쓴이 would tie it to that nickname.
 */
export function numberAnonymousCommenters(
  firsts: readonly FirstAnonymousComment[],
  post: NumberingPost,
): Map<number, string> {
  const names = new Map<number, string>();
  const ordered = [...firsts].sort(
    (a, b) => a.firstAnonAt.getTime() - b.firstAnonAt.getTime() || a.firstAnonId - b.firstAnonId,
  );
  let next = 1;
  for (const first of ordered) {
    if (names.has(first.authorId)) continue;
    if (post.isAnonymous && first.authorId === post.authorId) {
      names.set(first.authorId, POST_AUTHOR_ANONYMOUS_NAME);
    } else {
      names.set(first.authorId, anonymousName(next++));
    }
  }
  return names;
}
