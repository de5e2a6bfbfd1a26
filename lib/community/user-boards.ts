import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { lockRowForUpdate } from "@/lib/db-dialect";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError, forbidden, isUniqueViolation, validationFailed } from "@/lib/http/errors";
import { claimRateLimit } from "@/lib/rate-limit";
import { clearBoardCache, findSchoolBoard, getBoardOrThrow, readBoard } from "./boards";
import { toBoardDto, type BoardDto } from "./board-list";
import { clearHomeCache } from "./home-cache";
import {
  boardNameKey,
  FAVORITES_MAX,
  type CreateBoardInput,
  type UpdateBoardInput,
} from "./board-schemas";

// 게시판 만들기 and 즐겨찾기: boards students make (kind USER), their managers, closing by the
// school's admins, and each student's starred boards. Everything else about a student's board
// (posts, anonymity, HOT/BEST, 신고, limits) is what every board has.

const nameTaken = () =>
  new AppError("CONFLICT", "이미 있는 게시판 이름입니다.", {
    fields: { name: ["이미 있는 게시판 이름입니다. 다른 이름을 골라 주세요."] },
  });

/**
 * POST /api/v1/boards: a board of the viewer's school, kind USER, its maker its manager. A name
 * the school already has (compared as boardNameKey) is 409 before anything is claimed; then one
 * of the student's 3 boards per 30 days (RATE_LIMIT_BOARDS) is claimed, before the insert.
 */
export async function createBoard(viewer: Viewer, input: CreateBoardInput): Promise<BoardDto> {
  const nameKey = boardNameKey(input.name);
  const taken = await prisma.board.findFirst({
    where: { schoolId: viewer.schoolId, OR: [{ nameKey }, { name: input.name }] },
    select: { id: true },
  });
  if (taken) throw nameTaken();
  await claimRateLimit("boards", viewer.id);
  let id: number;
  try {
    ({ id } = await prisma.board.create({
      data: {
        schoolId: viewer.schoolId,
        name: input.name,
        nameKey,
        description: input.description,
        kind: "USER",
        anonymousOnly: input.anonymousOnly,
        managerId: viewer.id,
      },
      select: { id: true },
    }));
  } catch (e) {
    // Two students making one name at the same moment: the unique index keeps one.
    if (isUniqueViolation(e)) throw nameTaken();
    throw e;
  }
  const board = await readBoard(viewer.schoolId, id, viewer.id);
  return toBoardDto(board!, board!.isFavorite);
}

/**
 * PATCH /api/v1/boards/:id: the manager or an admin of the school changes the description and/or
 * hands the board to a schoolmate by nickname (a student's board only). Others 403.
 */
export async function updateBoard(
  viewer: Viewer,
  boardId: number,
  input: UpdateBoardInput,
): Promise<BoardDto> {
  const board = await getBoardOrThrow(viewer, boardId);
  const isManager = board.kind === "USER" && board.managerId === viewer.id;
  if (!isManager && !viewer.isAdmin)
    throw forbidden("게시판 관리자만 게시판 설정을 바꿀 수 있습니다.");
  await claimRateLimit("boardEdits", viewer.id);
  const data: Prisma.BoardUpdateInput = {};
  if (input.description !== undefined) data.description = input.description;
  if (input.manager) {
    if (board.kind !== "USER")
      throw validationFailed(
        { manager: ["학생이 만든 게시판만 관리자를 넘길 수 있습니다."] },
        "학생이 만든 게시판만 관리자를 넘길 수 있습니다.",
      );
    const next = await prisma.user.findFirst({
      where: {
        nickname: input.manager.nickname.normalize("NFKC"),
        schoolId: viewer.schoolId,
        isActive: true,
      },
      select: { id: true },
    });
    // An unknown nickname and another school's student read alike (nobody learns who exists elsewhere).
    if (!next)
      throw validationFailed(
        { manager: ["우리 학교에서 그 닉네임의 학생을 찾을 수 없습니다."] },
        "우리 학교에서 그 닉네임의 학생을 찾을 수 없습니다.",
      );
    data.manager = { connect: { id: next.id } };
  }
  await prisma.board.update({ where: { id: board.id }, data, select: { id: true } });
  if (board.kind !== "USER") clearBoardCache(viewer.schoolId);
  clearHomeCache(viewer.schoolId);
  const fresh = await readBoard(viewer.schoolId, board.id, viewer.id);
  return toBoardDto(fresh!, fresh!.isFavorite);
}

/**
 * DELETE /api/v1/boards/:id: an admin of the school closes a student's board. It leaves every
 * list (its posts too); its posts stay reachable to their authors. Closing again is 404 (gone).
 */
export async function closeBoard(viewer: Viewer, boardId: number): Promise<void> {
  const board = await getBoardOrThrow(viewer, boardId);
  if (!viewer.isAdmin) throw forbidden("학교 관리자만 게시판을 닫을 수 있습니다.");
  if (board.kind !== "USER") throw forbidden("학교 게시판은 닫을 수 없습니다.");
  await prisma.board.updateMany({
    where: { id: board.id, closedAt: null },
    data: { closedAt: new Date() },
  });
  clearHomeCache(viewer.schoolId);
}

const tooManyFavorites = () =>
  new AppError("CONFLICT", `즐겨찾기는 ${FAVORITES_MAX}개까지 할 수 있습니다.`);

/**
 * PUT / DELETE /api/v1/boards/:id/favorite: star or unstar a board (idempotent). Starring needs an
 * open board the viewer reads, and room among their FAVORITES_MAX; unstarring works on a closed
 * board too (it is gone from every list, the star is cleared all the same).
 */
export async function setFavorite(
  viewer: Viewer,
  boardId: number,
  favorite: boolean,
): Promise<{ favorite: boolean }> {
  if (!favorite) {
    const board = await findSchoolBoard(viewer, boardId);
    await claimRateLimit("favorites", viewer.id);
    await prisma.boardFavorite.deleteMany({ where: { userId: viewer.id, boardId: board.id } });
    return { favorite: false };
  }
  const board = await getBoardOrThrow(viewer, boardId);
  await claimRateLimit("favorites", viewer.id);
  await prisma.$transaction(async (tx) => {
    // One student's stars are counted and added one request at a time (the user's row lock).
    await lockRowForUpdate(tx, "User", viewer.id);
    const has = await tx.boardFavorite.findUnique({
      where: { userId_boardId: { userId: viewer.id, boardId: board.id } },
      select: { boardId: true },
    });
    if (has) return;
    if ((await tx.boardFavorite.count({ where: { userId: viewer.id } })) >= FAVORITES_MAX)
      throw tooManyFavorites();
    await tx.boardFavorite.create({ data: { userId: viewer.id, boardId: board.id } });
  });
  return { favorite: true };
}

/** The viewer's starred boards, in the order they were starred (the API and tests; pages read them with the session). */
export async function readFavoriteBoardIds(userId: number): Promise<number[]> {
  const rows = await prisma.boardFavorite.findMany({
    where: { userId },
    select: { boardId: true },
    orderBy: [{ createdAt: "asc" }, { boardId: "asc" }],
  });
  return rows.map((r) => r.boardId);
}
