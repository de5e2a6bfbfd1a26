import "server-only";
import { isPostgresUrl } from "@/lib/db";
import { databaseUrl } from "@/lib/env";
import type { Prisma } from "@/generated/prisma/client";

/**
 * Serialises a user's timetable writes (primary flag, names, lecture conflicts) for the rest of
 * the transaction. PostgreSQL: a row lock on the user. SQLite: the driver adapter already runs one
 * transaction at a time and the database has a single writer, so nothing more is needed.
 */
export async function lockUserTimetables(tx: Prisma.TransactionClient, userId: number): Promise<void> {
  if (isPostgresUrl(databaseUrl())) {
    await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
  }
}
