import "server-only";
import { isAppError, type FieldErrors } from "./errors";

/** What a form shows after a failed server action: a message, and messages next to fields. */
export type ActionFailure = { message: string; fields?: FieldErrors };

/** Turns an error thrown by a service into a form message (AppError's own words; otherwise a generic one, logged). */
export function actionFailure(e: unknown, where: string): ActionFailure {
  if (isAppError(e)) return { message: e.message, fields: e.fields };
  console.error(`[action] ${where} failed:`, e);
  return { message: "서버 오류가 발생했습니다. 잠시 후 다시 시도해 주세요." };
}
