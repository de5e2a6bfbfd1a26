import { z } from "zod";

// zod compiles object parsers with `new Function` unless told not to, and probes for it on first
// use; the pages' Content-Security-Policy forbids eval, so the probe would be reported as a
// violation in every browser. Interpreted parsing is plenty fast for our forms.
z.config({ jitless: true });

// The one text rule for user input: control characters other than newline and tab are refused
// (NUL breaks PostgreSQL text, the others hide content), and so are unpaired UTF-16 surrogates
// (JSON can spell one as "\udc00": SQLite would store invalid UTF-8, PostgreSQL a U+FFFD, so two
// "different" strings would render alike), on both databases, before any limit. The JSON body
// reader (lib/http/json-body.ts) refuses a lone surrogate anywhere in a body with the same
// message; these schemas name the field for forms and handlers alike.

const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const CONTROL_CHAR_MESSAGE = "사용할 수 없는 제어 문자가 들어 있습니다.";
export const LONE_SURROGATE_MESSAGE =
  "올바르지 않은 문자(짝이 없는 UTF-16 서로게이트)가 들어 있습니다.";

export function hasForbiddenControl(s: string): boolean {
  return FORBIDDEN_CONTROL.test(s);
}

/** Whether the string is not well-formed UTF-16 (it has an unpaired surrogate). */
export function hasLoneSurrogate(s: string): boolean {
  return LONE_SURROGATE.test(s);
}

/** A string that carries no control characters but \n and \t (\r\n is normalised to \n first). */
export function plainText(message?: string) {
  return z
    .string(message ? { error: message } : undefined)
    .refine((s) => !hasLoneSurrogate(s), { message: LONE_SURROGATE_MESSAGE, abort: true })
    .transform((s) => s.replace(/\r\n?/g, "\n"))
    .refine((s) => !hasForbiddenControl(s), CONTROL_CHAR_MESSAGE);
}

/** A single-line string: no control characters at all (titles, names, nicknames). */
export function singleLineText(message?: string) {
  return z
    .string(message ? { error: message } : undefined)
    .refine((s) => !hasLoneSurrogate(s), { message: LONE_SURROGATE_MESSAGE, abort: true })
    .refine((s) => !/[\u0000-\u001F\u007F]/.test(s), CONTROL_CHAR_MESSAGE);
}
