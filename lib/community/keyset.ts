import { z } from "zod";

// Ids are Prisma `Int`s (32-bit: PostgreSQL `integer`). A cursor is decoded with these bounds, so
// a hand-made cursor past them is a 400, never an out-of-range error from the database.
export const MAX_ID = 2_147_483_647;

const id = z.number().int().positive().max(MAX_ID);

/** Newest-first lists: the id of the last item shown. */
export const idKeyset = z.object({ id });

/** BEST: the (likeCount, id) of the last item shown. */
export const likeCountKeyset = z.object({ likeCount: z.number().int().nonnegative().max(MAX_ID), id });
