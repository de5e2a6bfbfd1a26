import { z } from "zod";
import { pageQuerySchema } from "@/lib/http/cursor";
import { seasonKeySchema } from "./seasons";
import { idFromText, idSchema } from "@/lib/validation/id";
import { checkbox, formList } from "@/lib/validation/form";
import { plainText, singleLineText } from "@/lib/validation/text";

// Community input schemas: client-safe, shared by the write/edit forms, server actions and the
// /api/v1 handlers, so a limit (title ≤ 100, content ≤ 5,000, ≤ 20 photos, search ≥ 2) is stated once.

export const TITLE_MAX = 100;
export const CONTENT_MAX = 5000;
export const PHOTOS_MAX = 20;
export const SEARCH_MIN = 2;
export const SEARCH_MAX = 100;

const title = singleLineText("제목을 입력해 주세요.").pipe(
  z
    .string()
    .trim()
    .min(1, "제목을 입력해 주세요.")
    .max(TITLE_MAX, `제목은 ${TITLE_MAX}자 이하로 입력해 주세요.`),
);

const content = plainText("내용을 입력해 주세요.").pipe(
  z
    .string()
    .trim()
    .min(1, "내용을 입력해 주세요.")
    .max(CONTENT_MAX, `내용은 ${CONTENT_MAX.toLocaleString("ko-KR")}자 이하로 입력해 주세요.`),
);

const positiveId = idFromText();

const PHOTO_ID_MESSAGE = "사진 id가 올바르지 않습니다.";

function photoIdsRule(
  item: z.ZodType<number>,
  list: (item: z.ZodType<number>) => z.ZodType<number[]> = z.array,
) {
  return list(item).pipe(
    z
      .array(z.number())
      .max(PHOTOS_MAX, `사진은 ${PHOTOS_MAX}장까지 첨부할 수 있습니다.`)
      .refine((ids) => new Set(ids).size === ids.length, "같은 사진을 두 번 첨부할 수 없습니다."),
  );
}

export const createPostSchema = z.object({
  title,
  content,
  isAnonymous: z.boolean({ error: "isAnonymous는 true 또는 false여야 합니다." }).default(false),
  photoIds: photoIdsRule(idSchema(PHOTO_ID_MESSAGE)).default([]),
});
export type CreatePostInput = z.infer<typeof createPostSchema>;

/** 글쓰기 (FormData through withAction): the board in a hidden field, 익명 a checkbox, photos repeated. */
export const createPostFormSchema = z.object({
  boardId: idFromText(),
  title,
  content,
  isAnonymous: checkbox(),
  photoIds: photoIdsRule(idFromText(PHOTO_ID_MESSAGE), formList),
});

export const updatePostSchema = z
  .object({ title: title.optional(), content: content.optional() })
  .refine(
    (v) => v.title !== undefined || v.content !== undefined,
    "수정할 제목이나 내용을 보내 주세요.",
  );
export type UpdatePostInput = z.infer<typeof updatePostSchema>;

/** 글 수정 (FormData): the post in a hidden field. */
export const updatePostFormSchema = z.object({ postId: idFromText(), title, content });

// An empty query parameter (?q=) means "no filter", as a search box left empty would send.
const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const searchTerm = z.preprocess(
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
);

/** The filters of a post list (a board's or the whole school's). */
export const postFiltersSchema = z.object({
  /** title contains */
  title: searchTerm,
  titleStartsWith: searchTerm,
  /** content contains (the board page's 내용 search) */
  content: searchTerm,
  /** title or content contains */
  q: searchTerm,
  /** user id; another user's anonymous posts never match */
  author: z.preprocess(emptyToUndefined, positiveId.optional()),
});
export type PostFilters = z.infer<typeof postFiltersSchema>;

export const boardPostsQuerySchema = pageQuerySchema.extend(postFiltersSchema.shape);
export type BoardPostsQuery = z.infer<typeof boardPostsQuerySchema>;

export const schoolPostsQuerySchema = boardPostsQuerySchema.extend({
  board: z.preprocess(emptyToUndefined, positiveId.optional()),
});
export type SchoolPostsQuery = z.infer<typeof schoolPostsQuerySchema>;

export type PageQuery = z.infer<typeof pageQuerySchema>;

/** BEST takes a half-year season, "2026-H1" (Jan–Jun) or "2026-H2" (Jul–Dec); default the current one. */
export const bestQuerySchema = pageQuerySchema.extend({
  season: z.preprocess(emptyToUndefined, seasonKeySchema.optional()),
});
export type BestQuery = z.infer<typeof bestQuerySchema>;

/** The board page's search box: which field, and the term. */
export const SEARCH_FIELDS = [
  { value: "all", label: "전체" },
  { value: "title", label: "제목" },
  { value: "content", label: "내용" },
] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number]["value"];
