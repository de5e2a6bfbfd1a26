import type { FieldErrors } from "./errors";

// The one answer of every server action (lib/http/with-action.ts), as the forms and buttons see
// it. Client-safe: no server imports.

export type ActionState<D = undefined> = {
  /** true after a success; false before the first answer and after a refusal. */
  ok: boolean;
  /** The form-wide message: a refusal in the service's own words, or what was done. */
  message?: string;
  /** AppError's code on a refusal (VALIDATION_FAILED for a schema failure, INTERNAL for a fault). */
  code?: string;
  /** Messages next to fields, by field name ("_" for the whole form). */
  fieldErrors?: FieldErrors;
  /** What a refused form submitted (strings only, never a password), to put back into the fields. */
  values?: Record<string, string>;
  /** What a successful action hands back (a page of results, a new state). */
  data?: D;
  /** Set on every answer, so a form can tell a new answer from the last one (to reset, re-announce). */
  at?: number;
};

/** Before the first answer. */
export const IDLE_STATE: ActionState = { ok: false };

/** Nothing answered yet (neither a success nor a refusal). */
export const isIdle = (state: ActionState<unknown>) => state.at === undefined;

/** The refusal to show in a toast or a one-line hint: the first field message, else the message. */
export function refusalText(state: ActionState<unknown>): string | undefined {
  if (state.ok) return undefined;
  const first = state.fieldErrors ? Object.values(state.fieldErrors).flat()[0] : undefined;
  return first ?? state.message;
}
