import { inject } from "vitest";

// Runs before each test file: point lib/db and lib/env at the throwaway database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET = inject("authSecret");
