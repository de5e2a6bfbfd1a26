import type { ZodError } from "zod";
import type { FieldErrors } from "./errors";

/** A ZodError as `{ field: [messages] }`; errors on the whole object go under "_". */
export function zodFieldErrors(error: ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}
