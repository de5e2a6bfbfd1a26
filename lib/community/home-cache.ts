import "server-only";
import { TtlCache } from "@/lib/cache/ttl-cache";
import type { listBoards } from "./boards";
import type { PostListItem } from "./post-dto";

export type HomeBoard = Awaited<ReturnType<typeof listBoards>>[number] & { posts: PostListItem[] };
export type HomeFeed = { boards: HomeBoard[]; hot: PostListItem[]; best: PostListItem[] };

// The home page is the same for every student of a school (no per-viewer fields): a per-process
// cache per school, kept HOME_CACHE_MS and dropped by writes to that school's posts in this
// process (posts.ts, lib/reports). Other processes show a new post within HOME_CACHE_MS
// (docs/DECISIONS.md). Its own module: the writers need only the dropping, not the home feed
// (home.ts reads HOT and BEST, which read through posts.ts).
export const HOME_CACHE_MS = 3_000;

/** The cached feeds, by school id (home.ts fills it). */
export const homeCache = new TtlCache<number, HomeFeed>(HOME_CACHE_MS);

/** Drops a school's cached home feed (after a write to its posts). */
export function clearHomeCache(schoolId: number) {
  homeCache.delete(schoolId);
}
