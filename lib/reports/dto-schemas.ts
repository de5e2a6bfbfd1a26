import { z } from "zod";
import { isoDateTime, idOut, pageSchema } from "@/lib/http/page-schema";
import { REPORT_REASONS, type ReportReason } from "./schemas";

// Response shapes of the 신고 API (service.ts) as zod schemas, for the OpenAPI document;
// lib/openapi/dto-checks.ts holds them equal to the service's TS types.

const reasons = Object.keys(REPORT_REASONS) as [ReportReason, ...ReportReason[]];

/** The response side of a report target (the request side is reportTargetSchema). */
export const reportTargetOutSchema = z.union([
  z.object({ postId: idOut() }).strict(),
  z.object({ commentId: idOut() }).strict(),
  z.object({ threadId: idOut() }).strict(),
  z.object({ bookId: idOut() }).strict(),
]);

export const reportDtoSchema = z
  .object({
    id: idOut(),
    target: reportTargetOutSchema,
    reason: z.enum(reasons),
    createdAt: isoDateTime(),
  })
  .meta({ id: "Report" });

export const reportQueueItemSchema = z
  .object({
    target: reportTargetOutSchema,
    kind: z.enum(["POST", "COMMENT", "THREAD", "BOOK"]),
    count: z.number().int(),
    reasons: z.array(
      z.object({ reason: z.enum(reasons), label: z.string(), count: z.number().int() }),
    ),
    hidden: z.boolean(),
    excerpt: z.string(),
    link: z.string(),
    lastReportedAt: isoDateTime(),
  })
  .meta({ id: "ReportQueueItem" });

export const reportQueuePageSchema = pageSchema(reportQueueItemSchema).meta({
  id: "ReportQueuePage",
});
