import { z } from "zod";
import { GRADES } from "./gpa";

// Response shapes of the 학점 계산기 API (service.ts) as zod schemas, for the OpenAPI document;
// lib/openapi/dto-checks.ts holds them equal to the service's TS types.

const summary = {
  gpa: z.number().nullable(),
  majorGpa: z.number().nullable(),
  credits: z.number(),
  gradedCredits: z.number(),
};

export const gradeSemesterDtoSchema = z
  .object({
    semester: z.string(),
    items: z.array(
      z.object({
        name: z.string(),
        credits: z.number(),
        grade: z.enum(GRADES),
        isMajor: z.boolean(),
      }),
    ),
    ...summary,
  })
  .meta({ id: "GradeSemester" });

export const gradesOverviewSchema = z
  .object({
    semesters: z.array(
      z.object({
        semester: z.string(),
        gpa: summary.gpa,
        majorGpa: summary.majorGpa,
        credits: summary.credits,
      }),
    ),
    total: z.object(summary),
  })
  .meta({ id: "GradesOverview" });
