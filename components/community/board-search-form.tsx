import { SEARCH_FIELDS, SEARCH_MAX, SEARCH_MIN, type SearchField } from "@/lib/community/schemas";

/** 게시판 검색: a plain GET form (works without JavaScript); the page checks the term and shows `error`. */
export function BoardSearchForm({
  action,
  field,
  q,
  error,
}: {
  action: string;
  field: SearchField;
  q: string;
  error?: string;
}) {
  return (
    <form role="search" action={action} className="border-b border-gray-100 px-4 py-3">
      <div className="flex gap-2">
        <label htmlFor="search-field" className="sr-only">
          검색 범위
        </label>
        <select
          id="search-field"
          name="field"
          defaultValue={field}
          className="shrink-0 rounded-md border border-gray-300 bg-white px-2 py-2 text-sm"
        >
          {SEARCH_FIELDS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
        <label htmlFor="search-q" className="sr-only">
          검색어
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={q}
          required
          minLength={SEARCH_MIN}
          maxLength={SEARCH_MAX}
          placeholder="검색어 (2글자 이상)"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "search-error" : undefined}
          className="min-w-0 flex-1 rounded-md border border-gray-300 px-3 py-2 text-sm"
        />
        <button
          type="submit"
          className="shrink-0 rounded-md bg-gray-800 px-3 py-2 text-sm font-medium text-white hover:bg-gray-900"
        >
          검색
        </button>
      </div>
      <p id="search-error" aria-live="polite" className="mt-1 text-sm text-brand-600 empty:hidden">
        {error}
      </p>
    </form>
  );
}
