import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { boardsRestricted, mayReadBoard } from "@/lib/auth/gate";
import { allSchoolBoards } from "./boards";
import { listBestPosts, listHotPosts } from "./hot-best";
import { homeCache, type HomeFeed } from "./home-cache";
import { toPostListItem } from "./post-dto";
import { readLatestPerBoard } from "./post-rows";

export { HOME_CACHE_MS } from "./home-cache";

/**
 * The home page: each board of the school with its newest posts, and the HOT and BEST previews.
 * Three statements: the newest posts of every board at once (one indexed LIMIT per board, in one
 * UNION ALL), HOT and BEST.
 */
export async function getHomeFeed(viewer: Viewer, perBoard = 4): Promise<HomeFeed> {
  const feed =
    perBoard !== 4
      ? await readHomeFeed(viewer, perBoard)
      : structuredClone(await homeCache.get(viewer.schoolId, () => readHomeFeed(viewer, perBoard)));
  if (!boardsRestricted(viewer)) return feed;
  // A 새내기 (lib/auth/gate.ts): only the boards they read, and no school-wide HOT/BEST.
  return { boards: feed.boards.filter((b) => mayReadBoard(viewer, b.kind)), hot: [], best: [] };
}

/** The school's feed, the same for every student (whatever the viewer's level: filtered above). */
async function readHomeFeed(viewer: Viewer, perBoard: number): Promise<HomeFeed> {
  const boards = (await allSchoolBoards(viewer.schoolId)).map((b) => ({ ...b }));
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
