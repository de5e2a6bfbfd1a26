import "server-only";
import { lockRowForUpdate } from "@/lib/db-dialect";
import type { Prisma } from "@/generated/prisma/client";

/**
 * Serialises a user's timetable writes (primary flag, names, lecture conflicts) for the rest of
 * the transaction. PostgreSQL: a row lock on the user. SQLite: the driver adapter already runs one
 * transaction at a time and the database has a single writer, so nothing more is needed.
 */
export async function lockUserTimetables(
  tx: Prisma.TransactionClient,
  userId: number,
): Promise<void> {
  await lockRowForUpdate(tx, "User", userId);
}
