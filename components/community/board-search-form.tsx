import { SEARCH_FIELDS, type SearchField } from "@/lib/community/schemas";
import { ListSearchForm } from "@/components/ui/list-search";

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
    <ListSearchForm
      action={action}
      id="search-q"
      label="검색어"
      placeholder="검색어 (2글자 이상)"
      q={q}
      error={error}
      required
      before={
        <>
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
        </>
      }
    />
  );
}
