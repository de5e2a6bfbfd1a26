import { z } from "zod";
import { pageQuerySchema } from "@/lib/http/cursor";
import { checkbox } from "@/lib/validation/form";
import { idFromText } from "@/lib/validation/id";
import { plainText, singleLineText } from "@/lib/validation/text";
import { BOARD_KINDS } from "./dto-schemas";
import { SEARCH_MAX, SEARCH_MIN } from "./schemas";

// 게시판 만들기, 게시판 찾기 and 즐겨찾기: client-safe schemas shared by the forms, their server
// actions and /api/v1/boards, so each limit is stated once.

export const BOARD_NAME_MIN = 2;
export const BOARD_NAME_MAX = 20;
export const BOARD_DESCRIPTION_MAX = 100;
/** Boards a student may star; the home page shows all of them first. */
export const FAVORITES_MAX = 50;

// Characters that show nothing or look like a space: format characters (zero-width joiners, bidi
// controls), line/paragraph separators, Hangul fillers and the Braille blank. A board name made
// with them could pass for another board.
const INVISIBLE = /[\p{Cf}\u2028\u2029\u115F\u1160\u3164\uFFA0\u2800]/u;

/**
 * What two board names are compared as (unique per school): NFKC (full-width letters, decomposed
 * Hangul), lower case, no white space. "자유 게시판" and "자유게시판" are one name.
 */
export function boardNameKey(name: string): string {
  return name.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
}

const boardName = singleLineText("게시판 이름을 입력해 주세요.")
  .transform((s) => s.normalize("NFKC").replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(BOARD_NAME_MIN, `게시판 이름은 ${BOARD_NAME_MIN}자 이상이어야 합니다.`)
      .max(BOARD_NAME_MAX, `게시판 이름은 ${BOARD_NAME_MAX}자 이하로 입력해 주세요.`)
      .refine((s) => !INVISIBLE.test(s), "게시판 이름에 쓸 수 없는 문자가 들어 있습니다."),
  );

const boardDescription = plainText("게시판 소개는 문자열이어야 합니다.")
  .transform((s) => s.replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .max(BOARD_DESCRIPTION_MAX, `게시판 소개는 ${BOARD_DESCRIPTION_MAX}자 이하로 입력해 주세요.`),
  );

const nickname = singleLineText("닉네임을 입력해 주세요.").pipe(
  z.string().trim().min(1, "닉네임을 입력해 주세요.").max(40, "닉네임이 너무 깁니다."),
);

/** POST /api/v1/boards. */
export const createBoardSchema = z.object({
  name: boardName,
  description: boardDescription.default(""),
  anonymousOnly: z.boolean({ error: "anonymousOnly는 true 또는 false여야 합니다." }).default(false),
});
export type CreateBoardInput = z.infer<typeof createBoardSchema>;

/** 게시판 만들기 (FormData through withAction). */
export const createBoardFormSchema = z.object({
  name: boardName,
  description: boardDescription.default(""),
  anonymousOnly: checkbox(),
});

/** PATCH /api/v1/boards/:id: the manager (or an admin) changes the description or hands it over. */
export const updateBoardSchema = z
  .object({
    description: boardDescription.optional(),
    manager: z
      .object({ nickname }, { error: "manager는 { nickname } 형식이어야 합니다." })
      .optional(),
  })
  .refine(
    (v) => v.description !== undefined || v.manager !== undefined,
    "바꿀 소개나 새 관리자를 보내 주세요.",
  );
export type UpdateBoardInput = z.infer<typeof updateBoardSchema>;

/** 게시판 관리 (FormData): the description form and the hand-over form. */
export const boardDescriptionFormSchema = z.object({
  boardId: idFromText(),
  description: boardDescription,
});
export const boardManagerFormSchema = z.object({ boardId: idFromText(), nickname });

/** A form button that names only a board (즐겨찾기, 게시판 닫기). */
export const boardIdFormSchema = z.object({ boardId: idFromText() });
export const boardFavoriteFormSchema = z.object({
  boardId: idFromText(),
  favorite: checkbox(),
});

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const BOARD_SORTS = ["new", "active"] as const;
export type BoardSort = (typeof BOARD_SORTS)[number];

/** GET /api/v1/boards: search, kind and the order of the students' boards. */
export const boardListQuerySchema = pageQuerySchema.extend({
  q: z.preprocess(
    emptyToUndefined,
    singleLineText()
      .pipe(
        z
          .string()
          .trim()
          .min(SEARCH_MIN, `검색어는 ${SEARCH_MIN}글자 이상 입력해 주세요.`)
          .max(SEARCH_MAX, `검색어는 ${SEARCH_MAX}자 이하로 입력해 주세요.`),
      )
      .optional(),
  ),
  kind: z.preprocess(
    emptyToUndefined,
    z.enum(BOARD_KINDS, { error: `kind는 ${BOARD_KINDS.join(", ")} 중 하나입니다.` }).optional(),
  ),
  sort: z.preprocess(
    emptyToUndefined,
    z.enum(BOARD_SORTS, { error: "sort는 new(최신순) 또는 active(활동순)입니다." }).default("new"),
  ),
});
export type BoardListQuery = z.infer<typeof boardListQuerySchema>;
