import { z } from "zod";
import { idSchema, MAX_ID } from "@/lib/validation/id";

// Ids are Prisma `Int`s (32-bit: PostgreSQL `integer`). A cursor is decoded with these bounds, so
// a hand-made cursor past them is a 400, never an out-of-range error from the database.

const id = idSchema();

/** Newest-first lists: the id of the last item shown. */
export const idKeyset = z.object({ id });

/** BEST: the (likeCount, id) of the last item shown. */
export const likeCountKeyset = z.object({
  likeCount: z.number().int().nonnegative().max(MAX_ID),
  id,
});
