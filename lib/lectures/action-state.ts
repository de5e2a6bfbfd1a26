import { ZodError } from "zod";
import { AppError, type FieldErrors } from "@/lib/http/errors";
import { zodFieldErrors } from "@/lib/http/zod-fields";

// What the lecture, timetable and friends server actions hand back to their forms.

export type ActionState = { status: "idle" | "success" | "error"; message?: string; code?: string; fields?: FieldErrors };

export const IDLE: ActionState = { status: "idle" };

/**
 * A refusal the user should read (AppError, ZodError) as form state. Anything else is re-thrown:
 * Next's redirect/notFound signals must pass through, and real faults belong to error.tsx.
 */
export function toActionError(e: unknown): ActionState {
  if (e instanceof AppError) return { status: "error", code: e.code, message: e.message, fields: e.fields };
  if (e instanceof ZodError) return { status: "error", code: "VALIDATION_FAILED", message: "입력값을 확인해 주세요.", fields: zodFieldErrors(e) };
  throw e;
}

/** FormData → plain object (first value of each key) for zod. */
export function formObject(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of formData) if (typeof v === "string" && !(k in out)) out[k] = v;
  return out;
}
