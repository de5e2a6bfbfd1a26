import "server-only";
import { ZodError } from "zod";
import { isAppError, type FieldErrors } from "./errors";
import { zodFieldErrors } from "./zod-fields";

/** What a form shows after a failed server action: a message, and messages next to fields. */
export type ActionFailure = { message: string; fields?: FieldErrors };

/** Turns an error thrown by a service into a form message (AppError's own words; otherwise a generic one, logged). */
export function actionFailure(e: unknown, where: string): ActionFailure {
  if (isAppError(e)) return { message: e.message, fields: e.fields };
  // A refused input (an id or flag that failed its schema) is the user's to fix, not a server fault.
  if (e instanceof ZodError) {
    const fields = zodFieldErrors(e);
    return { message: Object.values(fields)[0]?.[0] ?? "입력한 내용을 확인해 주세요.", fields };
  }
  console.error(`[action] ${where} failed:`, e);
  return { message: "서버 오류가 발생했습니다. 잠시 후 다시 시도해 주세요." };
}
