// postinstall / db:generate: derive the PostgreSQL schema and generate both Prisma clients.
// The Prisma CLI wants to download a native schema engine first, which fails offline;
// `generate` never runs it, so it is pointed at a stub (prisma/no-schema-engine.sh).
import { execFileSync } from "node:child_process";
import path from "node:path";

await import("./sync-pg-schema.mjs");
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: path.resolve("prisma/no-schema-engine.sh"),
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};
const prisma = path.resolve("node_modules/.bin/prisma");
for (const schema of ["prisma/schema.prisma", "prisma/postgres/schema.prisma"]) {
  execFileSync(prisma, ["generate", "--schema", schema], { stdio: "inherit", env });
}
