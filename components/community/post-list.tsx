import { authorLabel } from "@/lib/community/author-label";
import type { PostListItem } from "@/lib/community/post-dto";
import { formatRelativeTime } from "@/lib/format/relative-time";
import { PostRows, type PostRow } from "./post-rows";

/** Characters of excerpt a list row shows (two clamped lines at most; the API's excerpt is longer). */
const ROW_EXCERPT = 40;
function shortExcerpt(excerpt: string): string {
  const chars = Array.from(excerpt);
  if (chars.length <= ROW_EXCERPT) return excerpt;
  return `${chars.slice(0, ROW_EXCERPT).join("").trimEnd().replace(/…$/, "")}…`;
}

/** A list of posts as a board shows them: title, excerpt, time, author, 공감/댓글 counts, photo marker. */
export function PostList({
  posts,
  showBoard = false,
  empty,
}: {
  posts: PostListItem[];
  showBoard?: boolean;
  empty: React.ReactNode;
}) {
  if (!posts.length) return <p className="px-4 py-10 text-center text-sm text-gray-500">{empty}</p>;
  const now = new Date();
  // Everything shown is decided here, on the server; the client component only lays it out.
  const rows: PostRow[] = posts.map((p) => [
    p.id,
    p.title,
    shortExcerpt(p.excerpt),
    p.createdAt,
    formatRelativeTime(p.createdAt, now),
    authorLabel(p.author),
    showBoard ? p.board.name : "",
    p.likeCount,
    p.commentCount,
    p.hasPhoto ? 1 : 0,
  ]);
  return <PostRows rows={rows} />;
}
