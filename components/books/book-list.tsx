import Image from "next/image";
import Link from "next/link";
import type { BookDto } from "@/lib/books/service";
import { CONDITION_LABELS, STATUS_LABELS, type BookStatus } from "@/lib/books/schemas";
import { formatPrice } from "@/lib/books/format";
import { formatDateTime, formatRelativeTime } from "@/lib/format/relative-time";

const STATUS_CLASS: Record<BookStatus, string> = {
  ON_SALE: "bg-emerald-50 text-emerald-800",
  RESERVED: "bg-amber-50 text-amber-800",
  SOLD: "bg-gray-100 text-gray-600",
};

/** 판매중 / 예약중 / 판매완료 as a small badge. */
export function BookStatusBadge({ status }: { status: BookStatus }) {
  return (
    <span
      className={`shrink-0 rounded px-1.5 py-0.5 text-xs font-semibold ${STATUS_CLASS[status]}`}
    >
      {STATUS_LABELS[status]}
    </span>
  );
}

/** 책방's rows: photo, title, who wrote it, the lecture, price, condition and status. */
export function BookList({ books, empty }: { books: BookDto[]; empty: string }) {
  if (!books.length) return <p className="px-4 py-8 text-center text-sm text-gray-500">{empty}</p>;
  const now = new Date();
  return (
    <ul className="divide-y divide-gray-100">
      {books.map((book) => (
        <li key={book.id}>
          <Link href={`/books/${book.id}`} className="flex gap-3 px-4 py-3 hover:bg-gray-50">
            <span className="relative size-16 shrink-0 overflow-hidden rounded-lg border border-gray-100 bg-gray-50">
              {book.photos[0] ? (
                <Image
                  src={book.photos[0].thumbnailUrl}
                  alt=""
                  fill
                  unoptimized
                  sizes="64px"
                  className="object-cover"
                />
              ) : (
                <span
                  aria-hidden="true"
                  className="flex h-full items-center justify-center text-2xl"
                >
                  📚
                </span>
              )}
            </span>
            <span className="min-w-0 flex-1">
              <span className="flex items-center gap-1.5">
                <BookStatusBadge status={book.status} />
                <span
                  className={`truncate font-semibold ${book.status === "SOLD" ? "text-gray-500" : ""}`}
                >
                  {book.title}
                </span>
              </span>
              <span className="mt-0.5 block truncate text-xs text-gray-500">
                {[book.author, book.publisher].filter(Boolean).join(" · ") || "저자 정보 없음"}
                {book.lecture && ` · ${book.lecture.name}`}
              </span>
              <span className="mt-1 flex items-center gap-2 text-sm">
                <span className="font-bold">{formatPrice(book.price)}</span>
                <span className="text-xs text-gray-500">{CONDITION_LABELS[book.condition]}</span>
                <time
                  dateTime={book.createdAt}
                  title={formatDateTime(book.createdAt)}
                  className="ml-auto shrink-0 text-xs text-gray-500"
                >
                  {formatRelativeTime(book.createdAt, now)}
                </time>
              </span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
