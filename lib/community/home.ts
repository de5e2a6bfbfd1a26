import "server-only";
import { TtlCache } from "@/lib/cache/ttl-cache";
import type { Viewer } from "@/lib/auth/viewer";
import { listBoards } from "./boards";
import { listBestPosts, listHotPosts } from "./hot-best";
import { toPostListItem, type PostListItem } from "./post-dto";
import { readLatestPerBoard } from "./post-rows";

export type HomeBoard = Awaited<ReturnType<typeof listBoards>>[number] & { posts: PostListItem[] };
export type HomeFeed = { boards: HomeBoard[]; hot: PostListItem[]; best: PostListItem[] };

// The home page is the same for every student of a school (no per-viewer fields): a per-process
// cache per school, kept HOME_CACHE_MS and dropped by writes to that school's posts in this
// process (posts.ts). Other processes show a new post within HOME_CACHE_MS (docs/DECISIONS.md).
export const HOME_CACHE_MS = 3_000;
const homeCache = new TtlCache<number, HomeFeed>(HOME_CACHE_MS);

/** Drops a school's cached home feed (after a write to its posts). */
export function clearHomeCache(schoolId: number) {
  homeCache.delete(schoolId);
}

/**
 * The home page: each board of the school with its newest posts, and the HOT and BEST previews.
 * Three statements: the newest posts of every board at once (one indexed LIMIT per board, in one
 * UNION ALL), HOT and BEST.
 */
export async function getHomeFeed(viewer: Viewer, perBoard = 4): Promise<HomeFeed> {
  if (perBoard !== 4) return readHomeFeed(viewer, perBoard);
  const feed = await homeCache.get(viewer.schoolId, () => readHomeFeed(viewer, perBoard));
  return structuredClone(feed);
}

async function readHomeFeed(viewer: Viewer, perBoard: number): Promise<HomeFeed> {
  const boards = await listBoards(viewer);
  const [posts, hot, best] = await Promise.all([
    readLatestPerBoard(
      boards.map((b) => b.id),
      perBoard,
    ),
    listHotPosts(viewer, { limit: 4 }),
    listBestPosts(viewer, { limit: 4 }),
  ]);
  const items = posts.map(toPostListItem);
  return {
    boards: boards.map((b) => ({
      ...b,
      posts: items.filter((p) => p.board.id === b.id).slice(0, perBoard),
    })),
    hot: hot.items,
    best: best.items,
  };
}
