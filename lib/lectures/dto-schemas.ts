import { z } from "zod";
import { idOut, isoDateTime, pageSchema } from "@/lib/http/page-schema";
import { WEEKDAYS } from "./format";
import { AMOUNTS, ATTENDANCES, GRADINGS } from "./schemas";

// Response shapes of the lecture API (lectures.ts, domains.ts, reviews.ts) as zod schemas, for
// the OpenAPI document; lib/openapi/dto-checks.ts holds them equal to the services' TS types.

const clock = () => z.string().meta({ pattern: "^\\d{2}:\\d{2}$", example: "09:00" });

export const dayOfWeekSchema = z.enum(WEEKDAYS).meta({ id: "DayOfWeek" });

export const lectureTimeSchema = z.object({
  day: dayOfWeekSchema,
  start: clock(),
  end: clock(),
  room: z.string().nullable(),
});

export const lectureDtoSchema = z
  .object({
    id: idOut(),
    code: z.string(),
    name: z.string(),
    professor: z.string(),
    credits: z.number(),
    semester: z.string(),
    domain: z.object({ id: idOut(), name: z.string() }),
    times: z.array(lectureTimeSchema),
    rating: z.object({ average: z.number().nullable(), count: z.number().int() }),
  })
  .meta({ id: "Lecture" });

/** A lecture as GET /lectures and /lectures/:id answer it: with its 판매중 책방 listings. */
export const lectureAnswerSchema = lectureDtoSchema
  .extend({
    booksOnSale: z
      .number()
      .int()
      .min(0)
      .meta({ description: "책방 listings for this lecture that are 판매중 (ON_SALE)." }),
  })
  .meta({ id: "LectureWithBooks" });

export const lecturePageSchema = pageSchema(lectureAnswerSchema).meta({ id: "LecturePage" });

export const domainChildSchema = z
  .object({ id: idOut(), name: z.string(), hasChildren: z.boolean() })
  .meta({ id: "LectureDomainChild" });

export const domainPathSchema = z
  .object({
    id: idOut(),
    name: z.string(),
    path: z.array(z.object({ id: idOut(), name: z.string() })),
  })
  .meta({ id: "LectureDomainPath" });

export const reviewDtoSchema = z
  .object({
    id: idOut(),
    rating: z.number().int().min(1).max(5),
    content: z.string(),
    semester: z.string(),
    assignment: z.enum(AMOUNTS).nullable(),
    teamProject: z.enum(AMOUNTS).nullable(),
    grading: z.enum(GRADINGS).nullable(),
    attendance: z.enum(ATTENDANCES).nullable(),
    examCount: z.number().int().nullable(),
    createdAt: isoDateTime(),
    isMine: z.boolean(),
  })
  .meta({ id: "LectureReview" });

export const reviewPageSchema = pageSchema(reviewDtoSchema).meta({ id: "LectureReviewPage" });
