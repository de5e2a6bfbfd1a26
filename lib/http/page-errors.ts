import "server-only";
import { notFound, redirect } from "next/navigation";
import { isAppError } from "./errors";
import { parseId } from "@/lib/validation/id";

// Pages call services like handlers do; a service's NOT_FOUND becomes the 404 page, and its
// VERIFICATION_REQUIRED (a 새내기 on another board: lib/auth/gate.ts) sends the browser to 학교 인증.

/** A path segment that must be a positive integer id; anything else is the 404 page. */
export function pageIdParam(raw: string): number {
  const id = parseId(raw);
  if (id === null) notFound();
  return id;
}

/**
 * Awaits a service call; NOT_FOUND renders the 404 page, VERIFICATION_REQUIRED goes to 학교 인증,
 * other errors reach error.tsx.
 */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    if (isAppError(e) && e.code === "VERIFICATION_REQUIRED") redirect("/verify");
    throw e;
  }
}
