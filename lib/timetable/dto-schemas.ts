import { z } from "zod";
import { idOut } from "@/lib/http/page-schema";
import { dayOfWeekSchema, lectureDtoSchema } from "@/lib/lectures/dto-schemas";
import { VISIBILITIES } from "./schemas";

// Response shapes of the timetable API (service.ts, events.ts, wizard.ts, calendar-service.ts)
// as zod schemas, for the OpenAPI document; lib/openapi/dto-checks.ts holds them equal to the
// services' TS types.

const clock = () => z.string().meta({ pattern: "^\\d{2}:\\d{2}$", example: "09:00" });

export const timetableEventSchema = z
  .object({
    id: idOut(),
    title: z.string(),
    place: z.string().nullable(),
    times: z.array(z.object({ day: dayOfWeekSchema, start: clock(), end: clock() })),
  })
  .meta({ id: "TimetableEvent" });

export const timetableDtoSchema = z
  .object({
    id: idOut(),
    name: z.string(),
    semester: z.string(),
    isPrimary: z.boolean(),
    visibility: z.enum(VISIBILITIES),
    totalCredits: z.number(),
    lectures: z.array(lectureDtoSchema),
    events: z.array(timetableEventSchema),
  })
  .meta({ id: "Timetable" });

export const wizardResultSchema = z
  .object({
    items: z.array(
      z.object({
        lectureIds: z.array(idOut()),
        totalCredits: z.number(),
        freeDays: z.array(dayOfWeekSchema),
        firstClass: clock().nullable(),
        lastClass: clock().nullable(),
      }),
    ),
    total: z.number().int(),
    emptyReason: z.string().nullable().meta({
      description:
        'When total is 0: which constraint empties the result, in Korean ("기존 수업 꼭 넣기의 자료구조가 금요일에 있어요"); null otherwise.',
    }),
  })
  .meta({ id: "WizardResult" });

export const semesterDatesSchema = z
  .object({
    semester: z.string(),
    startDate: z.string().meta({ format: "date" }),
    endDate: z.string().meta({ format: "date" }),
  })
  .meta({ id: "SemesterDates" });

export const calendarLinkSchema = z
  .object({ url: z.string().meta({ format: "uri" }) })
  .meta({ id: "CalendarLink" });
