import path from "node:path";
import { defineConfig } from "prisma/config";
import { isPostgresUrl } from "./lib/database-url.mjs";

// Prisma 7 does not load .env itself. SQLite by default; a postgres:// URL switches schema.
const url = process.env.DATABASE_URL ?? "file:./prisma/dev.db";
const schemaDir = isPostgresUrl(url) ? "prisma/postgres" : "prisma";

// The CLI downloads a native schema engine before most commands, which fails offline.
// generate/validate/format never run it; migrations go through scripts/db-migrate.mjs.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("prisma/no-schema-engine.sh");

export default defineConfig({
  schema: `${schemaDir}/schema.prisma`,
  migrations: { path: `${schemaDir}/migrations`, seed: "tsx prisma/seed.ts" },
  datasource: { url },
});
