import "server-only";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { listBoards } from "./boards";
import { listBestPosts, listHotPosts } from "./hot-best";
import { postListSelect, toPostListItem, type PostListItem } from "./post-dto";

export type HomeBoard = Awaited<ReturnType<typeof listBoards>>[number] & { posts: PostListItem[] };
export type HomeFeed = { boards: HomeBoard[]; hot: PostListItem[]; best: PostListItem[] };

/**
 * The home page: each board of the school with its newest posts, and the HOT and BEST previews.
 * One indexed query per board ((boardId, deletedAt, id) index, a handful of rows each).
 */
export async function getHomeFeed(viewer: Viewer, perBoard = 4): Promise<HomeFeed> {
  const boards = await listBoards(viewer);
  const [posts, hot, best] = await Promise.all([
    Promise.all(
      boards.map((b) =>
        // The board is the viewer's school's (listBoards), so boardId alone is the scope (see findPostPage).
        prisma.post.findMany({ where: { boardId: b.id, deletedAt: null }, orderBy: { id: "desc" }, take: perBoard, select: postListSelect }),
      ),
    ),
    listHotPosts(viewer, { limit: 4 }),
    listBestPosts(viewer, { limit: 4 }),
  ]);
  return {
    boards: boards.map((b, i) => ({ ...b, posts: posts[i].map(toPostListItem) })),
    hot: hot.items,
    best: best.items,
  };
}
