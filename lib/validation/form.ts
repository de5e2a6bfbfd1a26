import { z } from "zod";

// Form fields as withAction hands them over: FormData becomes an object whose values are strings
// (a key sent twice becomes an array). The same schemas take the typed values of a direct call.

/** A checkbox: "on" (or true) when ticked, absent when not. */
export function checkbox() {
  return z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());
}

/** A repeated field (photoIds): absent → [], one value → [value], several → all of them. */
export function formList<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(item),
  );
}

/** An optional text field: "" (left empty) counts as absent. */
export function optionalField<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());
}
