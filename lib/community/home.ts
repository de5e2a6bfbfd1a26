import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { boardsRestricted, mayReadBoard } from "@/lib/auth/gate";
import { prisma } from "@/lib/db";
import { schoolFixedBoards } from "./boards";
import { listBestPosts, listHotPosts } from "./hot-best";
import {
  homeCache,
  starredBoardCache,
  type HomeBoard,
  type HomeFeed,
  type SchoolFeed,
} from "./home-cache";
import { toPostListItem } from "./post-dto";
import { readLatestPerBoard } from "./post-rows";
import { readFavoriteBoardIds } from "./user-boards";

export { HOME_CACHE_MS } from "./home-cache";

/**
 * The home page: the viewer's starred boards (in the order starred), then the school's own boards
 * (each board once), each with its newest posts, and the HOT and BEST previews. The boards
 * students made are not listed (게시판 찾기 has them), so the page costs the same however many a
 * school has. The school's part is three statements (the newest posts of every board at once, HOT,
 * BEST), cached for all its students; starred students' boards come from their own cache or, when
 * none is cached, two statements (the boards, their newest posts). `favoriteIds` are the viewer's
 * starred boards as the page session read them (lib/auth/viewer.ts); without them they are read.
 */
export async function getHomeFeed(
  viewer: Viewer,
  favoriteIds?: readonly number[],
  perBoard = 4,
): Promise<HomeFeed> {
  const school =
    perBoard !== 4
      ? await readSchoolFeed(viewer, perBoard)
      : structuredClone(
          await homeCache.get(viewer.schoolId, () => readSchoolFeed(viewer, perBoard)),
        );
  const starred = favoriteIds ?? (await readFavoriteBoardIds(viewer.id));
  const fixed = new Map(school.boards.map((b) => [b.id, b]));
  const students = await starredStudentBoards(
    viewer,
    starred.filter((id) => !fixed.has(id)),
    perBoard,
  );
  const favorites = starred
    .map((id) => fixed.get(id) ?? students.get(id))
    .filter((b): b is HomeBoard => b !== undefined);
  const shown = new Set(favorites.map((b) => b.id));
  const feed = { ...school, favorites, boards: school.boards.filter((b) => !shown.has(b.id)) };
  if (!boardsRestricted(viewer)) return feed;
  // A 새내기 (lib/auth/gate.ts): only the boards they read, and no school-wide HOT/BEST.
  const readable = (b: HomeBoard) => mayReadBoard(viewer, b.kind);
  return {
    boards: feed.boards.filter(readable),
    favorites: feed.favorites.filter(readable),
    hot: [],
    best: [],
  };
}

/** The school's part, the same for every student. */
async function readSchoolFeed(viewer: Viewer, perBoard: number): Promise<SchoolFeed> {
  const boards = (await schoolFixedBoards(viewer.schoolId)).filter((b) => !b.closedAt);
  const [posts, hot, best] = await Promise.all([
    readLatestPerBoard(
      boards.map((b) => b.id),
      perBoard,
    ),
    listHotPosts(viewer, { limit: 4 }),
    listBestPosts(viewer, { limit: 4 }),
  ]);
  return {
    boards: boardsWithPosts(boards, posts.map(toPostListItem), perBoard),
    hot: hot.items,
    best: best.items,
  };
}

function boardsWithPosts(
  boards: readonly Pick<HomeBoard, "id" | "name" | "description" | "kind" | "anonymousOnly">[],
  items: HomeBoard["posts"],
  perBoard: number,
): HomeBoard[] {
  return boards.map((b) => ({
    id: b.id,
    name: b.name,
    description: b.description,
    kind: b.kind,
    anonymousOnly: b.anonymousOnly,
    posts: items.filter((p) => p.board.id === b.id).slice(0, perBoard),
  }));
}

/** Open students' boards of the viewer's school among `ids`, with their newest posts. */
async function starredStudentBoards(
  viewer: Viewer,
  ids: number[],
  perBoard: number,
): Promise<Map<number, HomeBoard>> {
  const out = new Map<number, HomeBoard>();
  if (!ids.length) return out;
  const read = async (wanted: number[]) => {
    const boards = await prisma.board.findMany({
      where: { id: { in: wanted }, kind: "USER", closedAt: null },
      select: {
        id: true,
        schoolId: true,
        name: true,
        description: true,
        kind: true,
        anonymousOnly: true,
      },
    });
    const posts = await readLatestPerBoard(
      boards.map((b) => b.id),
      perBoard,
    );
    const withPosts = boardsWithPosts(boards, posts.map(toPostListItem), perBoard);
    return new Map(
      boards.map((b, i) => [b.id, { schoolId: b.schoolId, board: withPosts[i] }] as const),
    );
  };
  const keep = (id: number, entry: { schoolId: number; board: HomeBoard } | null | undefined) => {
    if (entry && entry.schoolId === viewer.schoolId) out.set(id, structuredClone(entry.board));
  };
  if (perBoard !== 4) {
    const found = await read(ids);
    for (const id of ids) keep(id, found.get(id));
    return out;
  }
  // The boards not cached are read together; each is then cached on its own.
  const missing = ids.filter((id) => !starredBoardCache.has(id));
  const batch = missing.length ? read(missing) : null;
  const entries = await Promise.all(
    ids.map((id) => starredBoardCache.get(id, async () => (await batch!).get(id) ?? null)),
  );
  ids.forEach((id, i) => keep(id, entries[i]));
  return out;
}
