import { z } from "zod";
import { idOut, isoDateTime, pageSchema } from "@/lib/http/page-schema";
import { BOOK_CONDITIONS, BOOK_STATUSES } from "./schemas";

// Response shapes of /api/v1/books as zod schemas, for the OpenAPI document; lib/openapi/dto-checks.ts
// holds them equal to lib/books/service.ts's BookDto.

export const bookDtoSchema = z
  .object({
    id: idOut(),
    title: z.string(),
    author: z.string().nullable(),
    publisher: z.string().nullable(),
    isbn: z
      .string()
      .nullable()
      .meta({ description: "Digits only (a final X for an ISBN-10), check digit verified." }),
    lectureId: idOut().nullable(),
    lecture: z
      .object({ id: idOut(), name: z.string(), professor: z.string(), semester: z.string() })
      .nullable(),
    price: z.number().int().min(0).max(1_000_000).meta({ description: "원" }),
    condition: z.enum(BOOK_CONDITIONS).meta({
      description: "NEW 새 책, LIKE_NEW 거의 새 책, GOOD 사용감 있음, WORN 많이 낡음",
    }),
    status: z
      .enum(BOOK_STATUSES)
      .meta({ description: "ON_SALE 판매중, RESERVED 예약중, SOLD 판매완료" }),
    note: z.string(),
    photos: z.array(
      z.object({
        id: idOut(),
        url: z.string(),
        thumbnailUrl: z.string(),
        width: z.number().int(),
        height: z.number().int(),
      }),
    ),
    seller: z.object({ nickname: z.string() }),
    isMine: z.boolean(),
    createdAt: isoDateTime(),
    updatedAt: isoDateTime(),
    hidden: z
      .boolean()
      .optional()
      .meta({ description: "Hidden by 신고; only its seller and the school's admins get it." }),
  })
  .meta({ id: "Book" });

export const bookPageSchema = pageSchema(bookDtoSchema).meta({ id: "BookPage" });
