// Which database a DATABASE_URL names, in plain JavaScript so that everything can ask it: the
// app (lib/db.ts), prisma.config.ts, and the start-up, migration, backup and bench scripts that
// run under plain node (scripts/*.mjs). A postgres:// or postgresql:// URL is PostgreSQL;
// anything else (file:…) is SQLite.

/** @param {string} url */
export const isPostgresUrl = (url) => /^postgres(ql)?:\/\//.test(url);
