import "server-only";
import { TtlCache } from "@/lib/cache/ttl-cache";
import type { BoardRow } from "./boards";
import type { PostListItem } from "./post-dto";

/** A board on the home page with its newest posts. */
export type HomeBoard = Pick<BoardRow, "id" | "name" | "description" | "kind" | "anonymousOnly"> & {
  posts: PostListItem[];
};
/** What every student of a school sees alike: its own boards, HOT and BEST. */
export type SchoolFeed = { boards: HomeBoard[]; hot: PostListItem[]; best: PostListItem[] };
/** The home page: the viewer's starred boards first (즐겨찾기한 게시판), then the rest of the school's feed. */
export type HomeFeed = SchoolFeed & { favorites: HomeBoard[] };

// The school's part of the home page is the same for every student (no per-viewer fields): a
// per-process cache per school, kept HOME_CACHE_MS and dropped by writes to that school's posts in
// this process (posts.ts, lib/reports). Other processes show a new post within HOME_CACHE_MS
// (docs/DECISIONS.md). A student's board someone starred is kept the same way, per board, with
// its newest posts (home.ts), so many students starring one club's board share its read. Its own
// module: the writers need only the dropping, not the home feed (home.ts reads HOT and BEST, which
// read through posts.ts).
export const HOME_CACHE_MS = 3_000;

/** The cached school feeds, by school id (home.ts fills it). */
export const homeCache = new TtlCache<number, SchoolFeed>(HOME_CACHE_MS);

/** Students' boards on someone's home page, by board id: null when not an open student's board. */
export const starredBoardCache = new TtlCache<
  number,
  { schoolId: number; board: HomeBoard } | null
>(HOME_CACHE_MS, 5000);

/** Drops a school's cached home feed (after a write to its posts), and the board's own entry. */
export function clearHomeCache(schoolId: number, boardId?: number) {
  homeCache.delete(schoolId);
  if (boardId !== undefined) starredBoardCache.delete(boardId);
}
