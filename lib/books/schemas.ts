import { z } from "zod";
import { pageQuerySchema } from "@/lib/http/cursor";
import { formList, optionalField } from "@/lib/validation/form";
import { idFromText, idSchema } from "@/lib/validation/id";
import { plainText, singleLineText } from "@/lib/validation/text";
import { SEARCH_MAX, SEARCH_MIN } from "@/lib/community/schemas";

// 책방 (used textbooks): client-safe schemas and labels, shared by the listing form, its server
// actions and /api/v1/books, so each limit is stated once.

export const BOOK_CONDITIONS = ["NEW", "LIKE_NEW", "GOOD", "WORN"] as const;
export type BookCondition = (typeof BOOK_CONDITIONS)[number];
export const CONDITION_LABELS: Record<BookCondition, string> = {
  NEW: "새 책",
  LIKE_NEW: "거의 새 책",
  GOOD: "사용감 있음",
  WORN: "많이 낡음",
};

export const BOOK_STATUSES = ["ON_SALE", "RESERVED", "SOLD"] as const;
export type BookStatus = (typeof BOOK_STATUSES)[number];
export const STATUS_LABELS: Record<BookStatus, string> = {
  ON_SALE: "판매중",
  RESERVED: "예약중",
  SOLD: "판매완료",
};

export const BOOK_TITLE_MAX = 100;
export const BOOK_FIELD_MAX = 100;
export const BOOK_NOTE_MAX = 1000;
export const BOOK_PRICE_MAX = 1_000_000;
export const BOOK_PHOTOS_MAX = 5;
/** Listings a search looks at per request, newest first (as post search does with short words). */
export const BOOK_SCAN_LIMIT = 1000;

/**
 * An ISBN as stored: hyphens and spaces taken out, a final x upper-cased; null when it is not a
 * valid ISBN-10 (weights 10…1, sum ≡ 0 mod 11, X = 10 in the last place) or ISBN-13 (weights
 * 1,3,1,3…, sum ≡ 0 mod 10).
 */
export function normalizeIsbn(raw: string): string | null {
  const s = raw.replace(/[\s-]/g, "").toUpperCase();
  if (/^\d{9}[\dX]$/.test(s)) {
    let sum = 0;
    for (let i = 0; i < 10; i++) sum += (10 - i) * (s[i] === "X" ? 10 : Number(s[i]));
    return sum % 11 === 0 ? s : null;
  }
  if (/^\d{13}$/.test(s)) {
    let sum = 0;
    for (let i = 0; i < 13; i++) sum += (i % 2 ? 3 : 1) * Number(s[i]);
    return sum % 10 === 0 ? s : null;
  }
  return null;
}

const title = singleLineText("책 제목을 입력해 주세요.").pipe(
  z
    .string()
    .trim()
    .min(1, "책 제목을 입력해 주세요.")
    .max(BOOK_TITLE_MAX, `책 제목은 ${BOOK_TITLE_MAX}자 이하로 입력해 주세요.`),
);

/** An optional one-line field (저자는, 출판사는: the label with its particle): empty is none. */
const line = (labelTopic: string) =>
  singleLineText(`${labelTopic} 문자열이어야 합니다.`)
    .pipe(
      z
        .string()
        .trim()
        .max(BOOK_FIELD_MAX, `${labelTopic} ${BOOK_FIELD_MAX}자 이하로 입력해 주세요.`),
    )
    .transform((s) => s || null)
    .nullable();

const isbn = singleLineText("ISBN은 문자열이어야 합니다.")
  .transform((s, ctx) => {
    if (!s.trim()) return null;
    const normal = normalizeIsbn(s);
    if (normal === null) {
      ctx.addIssue({
        code: "custom",
        message: "ISBN이 올바르지 않습니다. 책 뒤표지의 10자리나 13자리 번호를 확인해 주세요.",
      });
      return z.NEVER;
    }
    return normal;
  })
  .nullable();

const PRICE_MESSAGE = `가격은 0원부터 ${BOOK_PRICE_MAX.toLocaleString("ko-KR")}원까지의 정수입니다.`;
const price = z
  .number({ error: PRICE_MESSAGE })
  .int(PRICE_MESSAGE)
  .min(0, PRICE_MESSAGE)
  .max(BOOK_PRICE_MAX, PRICE_MESSAGE);
/** A price typed into a form: digits, with commas and 원 allowed. */
const priceFromText = z
  .string({ error: PRICE_MESSAGE })
  .transform((s) => s.replace(/[,\s원]/g, ""))
  .pipe(z.string().regex(/^\d{1,7}$/, PRICE_MESSAGE))
  .transform(Number)
  .pipe(price);

const condition = z.enum(BOOK_CONDITIONS, {
  error: "책 상태는 NEW, LIKE_NEW, GOOD, WORN 중 하나입니다.",
});
const status = z.enum(BOOK_STATUSES, {
  error: "판매 상태는 ON_SALE, RESERVED, SOLD 중 하나입니다.",
});

const note = plainText("설명은 문자열이어야 합니다.").pipe(
  z
    .string()
    .trim()
    .max(BOOK_NOTE_MAX, `설명은 ${BOOK_NOTE_MAX.toLocaleString("ko-KR")}자 이하로 입력해 주세요.`),
);

const PHOTO_ID_MESSAGE = "사진 id가 올바르지 않습니다.";
const photoIdsRule = (list: z.ZodType<number[]>) =>
  list.pipe(
    z
      .array(z.number())
      .max(BOOK_PHOTOS_MAX, `사진은 ${BOOK_PHOTOS_MAX}장까지 올릴 수 있습니다.`)
      .refine((ids) => new Set(ids).size === ids.length, "같은 사진을 두 번 올릴 수 없습니다."),
  );

/** POST /api/v1/books. */
export const createBookSchema = z.object({
  title,
  author: line("저자는").optional().default(null),
  publisher: line("출판사는").optional().default(null),
  isbn: isbn.optional().default(null),
  lectureId: idSchema("수업 id가 올바르지 않습니다.").nullable().optional().default(null),
  price,
  condition,
  note: note.optional().default(""),
  photoIds: photoIdsRule(z.array(idSchema(PHOTO_ID_MESSAGE))).default([]),
});
export type CreateBookInput = z.infer<typeof createBookSchema>;

/** PATCH /api/v1/books/:id (the seller): any of the listing's fields but its photos. */
export const updateBookSchema = z
  .object({
    title: title.optional(),
    author: line("저자는").optional(),
    publisher: line("출판사는").optional(),
    isbn: isbn.optional(),
    lectureId: idSchema("수업 id가 올바르지 않습니다.").nullable().optional(),
    price: price.optional(),
    condition: condition.optional(),
    note: note.optional(),
    status: status.optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), "바꿀 내용을 보내 주세요.");
export type UpdateBookInput = z.infer<typeof updateBookSchema>;

/** 책 팔기 (FormData through withAction). */
export const createBookFormSchema = z.object({
  title,
  author: optionalField(line("저자는")),
  publisher: optionalField(line("출판사는")),
  isbn: optionalField(isbn),
  lectureId: optionalField(idFromText("수업을 다시 골라 주세요.")),
  price: priceFromText,
  condition,
  note: optionalField(note),
  photoIds: photoIdsRule(formList(idFromText(PHOTO_ID_MESSAGE))),
});

/** 책 수정 (FormData): the listing in a hidden field; an empty field clears it. */
export const updateBookFormSchema = z.object({
  bookId: idFromText(),
  title,
  author: optionalField(line("저자는")).transform((v) => v ?? null),
  publisher: optionalField(line("출판사는")).transform((v) => v ?? null),
  isbn: optionalField(isbn).transform((v) => v ?? null),
  lectureId: optionalField(idFromText("수업을 다시 골라 주세요.")).transform((v) => v ?? null),
  price: priceFromText,
  condition,
  note: optionalField(note).transform((v) => v ?? ""),
});

/** 판매 상태 buttons, 삭제. */
export const bookStatusFormSchema = z.object({ bookId: idFromText(), status });
export const bookIdFormSchema = z.object({ bookId: idFromText() });

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** GET /api/v1/books. */
export const bookListQuerySchema = pageQuerySchema.extend({
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
  lectureId: z.preprocess(emptyToUndefined, idFromText("수업 id가 올바르지 않습니다.").optional()),
  status: z.preprocess(emptyToUndefined, status.optional()),
});
export type BookListQuery = z.infer<typeof bookListQuerySchema>;
