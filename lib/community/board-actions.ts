"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { withAction } from "@/lib/http/with-action";
import {
  boardDescriptionFormSchema,
  boardFavoriteFormSchema,
  boardIdFormSchema,
  boardManagerFormSchema,
  createBoardFormSchema,
} from "./board-schemas";
import { closeBoard, createBoard, setFavorite, updateBoard } from "./user-boards";

// Server actions of 게시판 만들기, 게시판 찾기 and 게시판 관리: each calls the service the
// /api/v1/boards handlers call.

/** 게시판 만들기: on success goes to the new board. */
export const createBoardAction = withAction(
  { name: "createBoard", schema: createBoardFormSchema },
  async ({ viewer, input }) => {
    const board = await createBoard(viewer, input);
    revalidatePath("/boards");
    redirect(`/boards/${board.id}`);
  },
);

/** The star on a board: on (favorite: true) or off. */
export const setFavoriteAction = withAction<typeof boardFavoriteFormSchema, { favorite: boolean }>(
  { name: "setFavorite", schema: boardFavoriteFormSchema },
  async ({ viewer, input }) => {
    const data = await setFavorite(viewer, input.boardId, input.favorite);
    revalidatePath("/");
    return { data };
  },
);

/** 게시판 관리: the description. */
export const updateBoardDescriptionAction = withAction(
  { name: "updateBoardDescription", schema: boardDescriptionFormSchema },
  async ({ viewer, input }) => {
    await updateBoard(viewer, input.boardId, { description: input.description });
    revalidatePath(`/boards/${input.boardId}`);
    return { message: "게시판 소개를 저장했습니다." };
  },
);

/** 게시판 관리: hand the board to a schoolmate; the page is then no longer the viewer's to manage. */
export const handOverBoardAction = withAction(
  { name: "handOverBoard", schema: boardManagerFormSchema },
  async ({ viewer, input }) => {
    await updateBoard(viewer, input.boardId, { manager: { nickname: input.nickname } });
    revalidatePath(`/boards/${input.boardId}`);
    redirect(`/boards/${input.boardId}`);
  },
);

/** 게시판 닫기 (admins): back to 게시판 찾기. */
export const closeBoardAction = withAction(
  { name: "closeBoard", schema: boardIdFormSchema },
  async ({ viewer, input }) => {
    await closeBoard(viewer, input.boardId);
    revalidatePath("/boards");
    redirect("/boards");
  },
);
