import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PgPrismaClient } from "@/generated/prisma-pg/client";
import { isPostgresUrl } from "@/lib/database-url.mjs";
import { SqliteAdapterFactory } from "@/lib/sqlite-adapter";

// A Prisma client that records every SQL statement it sends, for the statement-budget tests
// (through the adapters the app uses: ours on SQLite, Prisma's on PostgreSQL).
// lib/db reuses a client already on globalThis, so install() must run before the services are
// imported (dynamic import() after it); restore() puts the previous client back.

export function countingClient() {
  const statements: string[] = [];
  const holder = globalThis as unknown as { prisma?: PrismaClient };
  const previous = holder.prisma;
  const url = process.env.DATABASE_URL!;
  const log = [{ emit: "event", level: "query" }] as const;
  const client = isPostgresUrl(url)
    ? (new PgPrismaClient({
        adapter: new PrismaPg({ connectionString: url }),
        log: [...log],
      }) as unknown as PrismaClient)
    : new PrismaClient({
        adapter: new SqliteAdapterFactory({ url, timeout: 10_000 }),
        log: [...log],
      });
  (client as unknown as { $on: (e: "query", cb: (e: { query: string }) => void) => void }).$on(
    "query",
    (e) => statements.push(e.query),
  );
  holder.prisma = client;
  return {
    client,
    statements,
    async restore() {
      holder.prisma = previous;
      await client.$disconnect();
    },
  };
}
