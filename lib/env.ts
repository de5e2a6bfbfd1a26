import { z } from "zod";

/** A rate limit written "count/seconds", e.g. "30/300" = 30 per 5 minutes (lib/rate-limit). */
const rateLimit = (fallback: string) =>
  z
    .string()
    .regex(/^\d{1,12}\/\d{1,8}$/, 'a rate limit is written "count/seconds", e.g. "30/300"')
    .default(fallback)
    .transform((v) => {
      const [limit, seconds] = v.split("/").map(Number);
      return { limit, windowMs: seconds * 1000 };
    })
    .refine((r) => r.limit >= 1 && r.windowMs >= 1000, "count and seconds must be at least 1");

// Every setting the server reads, validated in one place. Defaults suit a laptop; production
// (NODE_ENV=production) must set AUTH_SECRET or the server refuses to start.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().min(1).default("file:./prisma/dev.db"),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(1800),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  UPLOAD_DIR: z.string().min(1).default("./.data/uploads"),
  /** The largest JSON request body (413 past it); routes may set their own (lib/http/with-api.ts). */
  JSON_BODY_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(16 * 1024 * 1024)
    .default(64 * 1024),
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(10 * 1024 * 1024),
  // Decoded pixels per photo (all frames of an animation together): 50 MP takes a phone's
  // 48/50 MP mode; libvips' own ceiling is 268 MP.
  UPLOAD_MAX_PIXELS: z.coerce.number().int().min(1).max(268_402_689).default(50_000_000),
  // Where photo bytes live: `local` (files under UPLOAD_DIR, one machine) or `database` (a table
  // every instance shares; for several instances behind a load balancer).
  PHOTO_STORAGE: z.enum(["local", "database"]).default("local"),
  HOT_THRESHOLD: z.coerce.number().int().min(1).default(10),
  BEST_THRESHOLD: z.coerce.number().int().min(1).default(100),
  CURRENT_SEMESTER: z
    .string()
    .regex(/^\d{4}-(1|2|S|W)$/)
    .optional(),
  // Rate limits (docs/DECISIONS.md "Rate limits" has the table and the reasons for each default).
  RATE_LIMIT_LOGIN_EMAIL: rateLimit("5/900"),
  RATE_LIMIT_LOGIN_ADDRESS: rateLimit("100/900"),
  RATE_LIMIT_SIGNUP_ADDRESS: rateLimit("100/3600"),
  RATE_LIMIT_POSTS: rateLimit("3/300"),
  RATE_LIMIT_COMMENTS: rateLimit("30/300"),
  RATE_LIMIT_MARKS: rateLimit("120/600"),
  RATE_LIMIT_UPLOADS: rateLimit("30/600"),
  RATE_LIMIT_UPLOADS_DAILY: rateLimit("200/86400"),
  RATE_LIMIT_UPLOAD_BYTES_DAILY: rateLimit("524288000/86400"),
  RATE_LIMIT_TIMETABLES: rateLimit("20/3600"),
  RATE_LIMIT_TIMETABLE_LECTURES: rateLimit("200/600"),
  RATE_LIMIT_FRIEND_REQUESTS: rateLimit("30/3600"),
  RATE_LIMIT_REVIEWS: rateLimit("10/3600"),
  RATE_LIMIT_MESSAGES: rateLimit("60/600"),
  RATE_LIMIT_REPORTS: rateLimit("30/3600"),
  RATE_LIMIT_BOARDS: rateLimit("3/2592000"),
  RATE_LIMIT_BOARD_EDITS: rateLimit("30/3600"),
  RATE_LIMIT_FAVORITES: rateLimit("120/600"),
  RATE_LIMIT_BOOKS: rateLimit("20/86400"),
  // 학교 인증 and 비밀번호 찾기 (SPEC: one code request a minute and 5 an hour per account; 3 reset
  // requests an hour per e-mail; docs/DECISIONS.md "학교 인증" for the rest).
  RATE_LIMIT_VERIFICATION_EMAIL_MINUTE: rateLimit("1/60"),
  RATE_LIMIT_VERIFICATION_EMAIL_HOURLY: rateLimit("5/3600"),
  RATE_LIMIT_VERIFICATION_DOCUMENTS: rateLimit("5/86400"),
  RATE_LIMIT_PASSWORD_RESET_EMAIL: rateLimit("3/3600"),
  RATE_LIMIT_PASSWORD_RESET_ADDRESS: rateLimit("300/3600"),
  RATE_LIMIT_NICKNAME_CHANGES: rateLimit("5/86400"),
  RATE_LIMIT_WIZARD: rateLimit("30/60"),
  RATE_LIMIT_PUSH_SUBSCRIPTIONS: rateLimit("60/3600"),
  /** Distinct students whose reports hide a post or comment (lib/reports). */
  REPORT_HIDE_THRESHOLD: z.coerce.number().int().min(1).default(5),
  /** How many reverse proxies in front of the server append to X-Forwarded-For (0: use the socket). */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** Photos not attached to a post are deleted this long after upload. */
  UPLOAD_ORPHAN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .default(24 * 3600),
  /** How often the in-server job looks for them. */
  UPLOAD_CLEANUP_INTERVAL_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .default(15 * 60),
  /**
   * 학교 인증: `required` (an account reaches its school's content once verified) or `off` (every
   * account counts as a verified student: test suites and demos that are not about verification).
   */
  SCHOOL_VERIFICATION: z.enum(["required", "off"]).default("required"),
  /**
   * The site's own address: every link the server puts in a mail (비밀번호 찾기) or hands out is
   * built from it, never from the request's Host. Without it, http://localhost:$PORT.
   */
  APP_URL: z
    .url({
      protocol: /^https?$/,
      error: "APP_URL must be an http(s) URL, e.g. https://campustime.example",
    })
    .transform((u) => u.replace(/\/+$/, ""))
    .optional(),
  /** smtp:// or smtps://, with optional credentials; without it mail goes to .data/mail/ (lib/mail). */
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: "SMTP_URL must be smtp://… or smtps://…" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MAIL_FROM: z.string().min(3).default("Campustime <no-reply@campustime.local>"),
  /** Where mail is written when SMTP_URL is not set. */
  MAIL_DIR: z.string().min(1).default("./.data/mail"),
  // Web Push (lib/push, docs/DEPLOYMENT.md). Without the key pair, one is made once and kept in
  // .data/vapid-keys.json; several instances must share one pair (readiness fails otherwise).
  VAPID_PUBLIC_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{86,88}$/, "VAPID_PUBLIC_KEY: a base64url P-256 public key (87 chars)")
    .optional(),
  VAPID_PRIVATE_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{42,44}$/, "VAPID_PRIVATE_KEY: a base64url P-256 private key (43 chars)")
    .optional(),
  VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:\S+@\S+|https:\/\/\S+)$/, "VAPID_SUBJECT: a mailto: or https: URL")
    .default("mailto:webpush@campustime.invalid"),
  /**
   * The push services a subscription's endpoint may name (the SSRF guard): hosts, `*.suffix`
   * wildcards, optionally `:port`, comma-separated. `https` only, except a loopback host listed
   * here (tests). Default: the browsers' services (Chrome/Edge/Samsung via FCM, Firefox, Safari,
   * Windows).
   */
  PUSH_ENDPOINT_HOSTS: z
    .string()
    .default(
      "fcm.googleapis.com,updates.push.services.mozilla.com,web.push.apple.com,*.notify.windows.com",
    ),
  /** How long one push may take before it counts as failed (and is retried). */
  PUSH_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
});

export type Env = z.infer<typeof schema>;

const DEV_SECRET = "campustime-development-secret-not-for-production-use";

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${details}`);
  }
  cached = parsed.data;
  return cached;
}

export function databaseUrl(): string {
  return env().DATABASE_URL;
}

/** The key that signs access tokens and next-auth sessions. */
export function authSecret(): string {
  const e = env();
  if (e.AUTH_SECRET) return e.AUTH_SECRET;
  if (e.NODE_ENV === "production") {
    throw new Error(
      "AUTH_SECRET is not set. Campustime refuses to run in production without it (openssl rand -base64 32).",
    );
  }
  return DEV_SECRET;
}

/** Whether accounts must verify with their school (SCHOOL_VERIFICATION, default required). */
export function verificationRequired(): boolean {
  return env().SCHOOL_VERIFICATION === "required";
}

/** The site's address for links in mail and answers (APP_URL), without a trailing slash. */
export function appUrl(): string {
  return env().APP_URL ?? `http://localhost:${process.env.PORT || 3000}`;
}

/** The semester the app opens on: CURRENT_SEMESTER, else derived from today's date. */
export function currentSemester(now = new Date()): string {
  const configured = env().CURRENT_SEMESTER;
  if (configured) return configured;
  const m = now.getMonth() + 1;
  const y = now.getFullYear();
  if (m <= 2) return `${y - 1}-W`;
  if (m <= 6) return `${y}-1`;
  if (m <= 8) return `${y}-S`;
  return `${y}-2`;
}
