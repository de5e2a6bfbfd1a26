import "server-only";
import type { Page } from "@/lib/http/cursor";
import { isAppError } from "@/lib/http/errors";

type SearchParams = Record<string, string | string[] | undefined>;

/** One value of a page's search parameter. */
export function searchParam(sp: SearchParams, name: string): string | undefined {
  const v = sp[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * Loads a page of a list for a page (not the API): a stale or hand-edited ?cursor= starts again
 * from the first page instead of showing an error.
 */
export async function loadListPage<T>(
  cursor: string | undefined,
  load: (cursor: string | undefined) => Promise<Page<T>>,
): Promise<Page<T>> {
  try {
    return await load(cursor);
  } catch (e) {
    if (cursor && isAppError(e) && e.code === "VALIDATION_FAILED") return load(undefined);
    throw e;
  }
}
