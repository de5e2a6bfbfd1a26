import { z } from "zod";
import { AppError } from "./errors";
import { idSchema } from "@/lib/validation/id";

// Keyset pagination: a cursor is the sort key of the last item shown, opaque to clients
// (base64url JSON). Lists fetch limit + 1 rows to know whether there is a next page.

export const limitSchema = z.coerce
  .number({ error: "limit은 숫자여야 합니다." })
  .int("limit은 정수여야 합니다.")
  .min(1, "limit은 1 이상이어야 합니다.")
  .max(100, "limit은 100 이하여야 합니다.")
  .default(20);

export const pageQuerySchema = z.object({
  limit: limitSchema,
  cursor: z.string().max(500).optional(),
});

export type Page<T> = { items: T[]; nextCursor: string | null };

export function encodeCursor(key: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

/** Decodes a cursor made by encodeCursor and checks its shape; a bad cursor is a 400. */
export function decodeCursor<S extends z.ZodType>(
  cursor: string | undefined | null,
  shape: S,
): z.infer<S> | undefined {
  if (!cursor) return undefined;
  try {
    const raw: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    const parsed = shape.safeParse(raw);
    if (parsed.success) return parsed.data;
  } catch {
    // fall through
  }
  throw new AppError("VALIDATION_FAILED", "cursor가 올바르지 않습니다.", {
    fields: { cursor: ["cursor가 올바르지 않습니다."] },
  });
}

export const idCursor = z.object({ id: idSchema() });

/** Cuts the limit+1 rows fetched into a page and the cursor of its last item. */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  cursorOf: (row: Row) => Record<string, string | number>,
  map: (row: Row) => Item,
): Page<Item> {
  const hasMore = rows.length > limit;
  const shown = hasMore ? rows.slice(0, limit) : rows;
  return {
    items: shown.map(map),
    nextCursor: hasMore && shown.length ? encodeCursor(cursorOf(shown[shown.length - 1])) : null,
  };
}
