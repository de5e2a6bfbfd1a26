import { z } from "zod";

// zod compiles object parsers with `new Function` unless told not to, and probes for it on first
// use; the pages' Content-Security-Policy forbids eval, so the probe would be reported as a
// violation in every browser. Interpreted parsing is plenty fast for our forms.
z.config({ jitless: true });

// The one text rule for user input: control characters other than newline and tab are refused
// (NUL breaks PostgreSQL text, the others hide content), on both databases, before any limit.

const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const CONTROL_CHAR_MESSAGE = "사용할 수 없는 제어 문자가 들어 있습니다.";

export function hasForbiddenControl(s: string): boolean {
  return FORBIDDEN_CONTROL.test(s);
}

/** A string that carries no control characters but \n and \t (\r\n is normalised to \n first). */
export function plainText(message?: string) {
  return z
    .string(message ? { error: message } : undefined)
    .transform((s) => s.replace(/\r\n?/g, "\n"))
    .refine((s) => !hasForbiddenControl(s), CONTROL_CHAR_MESSAGE);
}

/** A single-line string: no control characters at all (titles, names, nicknames). */
export function singleLineText(message?: string) {
  return z
    .string(message ? { error: message } : undefined)
    .refine((s) => !/[\u0000-\u001F\u007F]/.test(s), CONTROL_CHAR_MESSAGE);
}
