import { z } from "zod";

// The response side of SPEC's list convention (lib/http/cursor.ts `Page<T>`), for the OpenAPI
// document (lib/openapi) and the DTO schemas of each domain.

/** `{ items: T[], nextCursor: string | null }`. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: "Pass as `?cursor=` for the next page; null on the last one." }),
  });
}

/** `{ items: T[] }`: a list that is always complete (no cursor). */
export function itemsSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item) });
}

/** An ISO 8601 timestamp, as every answer carries times. */
export const isoDateTime = () =>
  z.string().meta({ format: "date-time", example: "2026-03-02T09:00:00.000Z" });

/** A positive integer id (lib/validation/id.ts). */
export const idOut = () => z.number().int().positive();
