import { z } from "zod";

// zod compiles object parsers with `new Function` unless told not to, and probes for it on first
// use; the pages' Content-Security-Policy forbids eval, so the probe would be reported as a
// violation in every browser. Interpreted parsing is plenty fast for our forms.
z.config({ jitless: true });

// The one id rule. Ids are Prisma Ints: 32-bit on PostgreSQL (`integer`), so anything past
// 2³¹−1 can name no row and must never reach the database (PostgreSQL answers it with an error).
// Paths, query strings, JSON bodies, form fields, cursors and page params all use these.

export const MAX_ID = 2_147_483_647;

const ID_MESSAGE = "올바른 id가 아닙니다.";

/** A JSON id: a positive integer ≤ 2³¹−1 (numbers only, no strings). */
export function idSchema(message = ID_MESSAGE) {
  return z.number({ error: message }).int(message).positive(message).max(MAX_ID, message);
}

/** An id from text (query string, form field): only plain digits, then the same bounds. */
export function idFromText(message = ID_MESSAGE) {
  return z.union([z.string(), z.number()], { error: message }).transform((v, ctx) => {
    const n = typeof v === "number" ? v : /^[1-9]\d{0,9}$/.test(v.trim()) ? Number(v.trim()) : NaN;
    if (!Number.isSafeInteger(n) || n < 1 || n > MAX_ID) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return n;
  });
}

/** Parses a path segment or page param as an id; null when it cannot name a row. */
export function parseId(raw: unknown): number | null {
  if (typeof raw !== "string" || !/^[1-9]\d{0,9}$/.test(raw)) return null;
  const n = Number(raw);
  return n <= MAX_ID ? n : null;
}
