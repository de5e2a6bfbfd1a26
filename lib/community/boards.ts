import "server-only";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/http/errors";
import type { Viewer } from "@/lib/auth/viewer";

export const boardSelect = { id: true, name: true, description: true, kind: true } as const;

/** The viewer's school's boards, in their display order. */
export async function listBoards(viewer: Viewer) {
  return prisma.board.findMany({ where: { schoolId: viewer.schoolId }, select: boardSelect, orderBy: [{ position: "asc" }, { id: "asc" }] });
}

/** One board of the viewer's school; another school's board is NOT_FOUND. */
export async function getBoardOrThrow(viewer: Viewer, boardId: number) {
  const board = await prisma.board.findFirst({ where: { id: boardId, schoolId: viewer.schoolId }, select: boardSelect });
  if (!board) throw notFound("게시판");
  return board;
}
