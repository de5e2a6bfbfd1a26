/** Whether a DATABASE_URL names PostgreSQL (postgres:// or postgresql://); otherwise SQLite. */
export declare const isPostgresUrl: (url: string) => boolean;
