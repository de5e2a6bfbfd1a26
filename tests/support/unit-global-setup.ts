import type { TestProject } from "vitest/node";
import { createTestDatabase, migrate, seed, TEST_AUTH_SECRET } from "./test-db";

// One migrated, seeded throwaway database for the unit/service tests; tests create their own users.
export default async function setup(project: TestProject) {
  const db = await createTestDatabase("unit");
  migrate(db.url);
  seed(db.url);
  project.provide("databaseUrl", db.url);
  project.provide("authSecret", TEST_AUTH_SECRET);
  return async () => {
    await db.drop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    authSecret: string;
    baseUrl: string;
  }
}
