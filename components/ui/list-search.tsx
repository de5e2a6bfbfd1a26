import Link from "next/link";
import type { ReactNode } from "react";
import { SEARCH_MAX, SEARCH_MIN } from "@/lib/community/schemas";

// The search box, the filter pills and the "검색 결과" bar above a list page's rows (a board's
// posts, 게시판 찾기, 책방). Plain GET forms and links, so they work without JavaScript; the page
// checks the term itself (the same schema as the API) and passes its message as `error`.

/** A list's search form: `hidden` keeps the list's other filters; `before` goes left of the box. */
export function ListSearchForm({
  action,
  id,
  label,
  placeholder,
  q,
  error,
  hidden = {},
  required = false,
  before,
}: {
  action: string;
  /** The search box's id (its error's id is `${id}-error`). */
  id: string;
  /** The search box's accessible name. */
  label: string;
  placeholder: string;
  q: string;
  error?: string;
  hidden?: Record<string, string | undefined>;
  required?: boolean;
  before?: ReactNode;
}) {
  return (
    <form role="search" action={action} className="border-b border-gray-100 px-4 py-3">
      {Object.entries(hidden).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      <div className="flex gap-2">
        {before}
        <label htmlFor={id} className="sr-only">
          {label}
        </label>
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={q}
          required={required}
          minLength={SEARCH_MIN}
          maxLength={SEARCH_MAX}
          placeholder={placeholder}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="min-w-0 flex-1 rounded-md border border-gray-300 px-3 py-2 text-sm"
        />
        <button
          type="submit"
          className="shrink-0 rounded-md bg-gray-800 px-3 py-2 text-sm font-medium text-white hover:bg-gray-900"
        >
          검색
        </button>
      </div>
      <p id={`${id}-error`} aria-live="polite" className="mt-1 text-sm text-brand-600 empty:hidden">
        {error}
      </p>
    </form>
  );
}

/** "‘q’ 검색 결과" with a link back to the unsearched list. */
export function SearchResultBar({ q, clearHref }: { q: string; clearHref: string }) {
  return (
    <p className="flex items-center justify-between border-b border-gray-100 bg-gray-50 px-4 py-2 text-sm text-gray-600">
      <span>
        ‘<strong className="text-gray-900">{q}</strong>’ 검색 결과
      </span>
      <Link href={clearHref} className="rounded px-2 py-1 text-gray-500 hover:bg-gray-200">
        검색 취소
      </Link>
    </p>
  );
}

/** A row of links that choose one filter or order of the list; the chosen one is aria-current. */
export function FilterPills({
  label,
  caption,
  items,
}: {
  /** The nav's accessible name. */
  label: string;
  /** Shown before the pills. */
  caption?: string;
  items: { key: string; href: string; label: string; current: boolean }[];
}) {
  return (
    <nav
      aria-label={label}
      className="flex flex-wrap items-center gap-1 border-b border-gray-100 px-4 py-2 text-sm"
    >
      {caption && <span className="mr-1 text-gray-500">{caption}</span>}
      {items.map((item) => (
        <Link
          key={item.key}
          href={item.href}
          aria-current={item.current ? "page" : undefined}
          className={`rounded-full px-3 py-1 ${
            item.current ? "bg-gray-800 font-medium text-white" : "text-gray-600 hover:bg-gray-100"
          }`}
        >
          {item.label}
        </Link>
      ))}
    </nav>
  );
}
