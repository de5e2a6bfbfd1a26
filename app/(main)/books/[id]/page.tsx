import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { deleteBookAction } from "@/lib/books/actions";
import { formatPrice } from "@/lib/books/format";
import { CONDITION_LABELS } from "@/lib/books/schemas";
import { getBook } from "@/lib/books/service";
import { formatDateTime, formatRelativeTime } from "@/lib/format/relative-time";
import { orNotFound, pageIdParam } from "@/lib/http/page-errors";
import { BookStatusBadge } from "@/components/books/book-list";
import { BookStatusButtons } from "@/components/books/book-status-buttons";
import { MessageButton } from "@/components/social/message-button";
import { ReportButton } from "@/components/social/report-button";
import { ActionForm } from "@/components/ui/action-form";
import { buttonClass } from "@/components/ui/button";
import { PhotoGrid } from "@/components/community/photo-grid";

export const metadata: Metadata = { title: "책방" };

type Props = { params: Promise<{ id: string }> };

// One 책방 listing: its photos and details; the seller switches 판매중/예약중/판매완료, edits and
// deletes it; anyone else sends the seller a 쪽지 (anonymous both ways) or reports it.
export default async function BookPage({ params }: Props) {
  const viewer = await requireViewer();
  const book = await orNotFound(getBook(viewer, pageIdParam((await params).id)));
  const details: [string, string | null][] = [
    ["저자", book.author],
    ["출판사", book.publisher],
    ["ISBN", book.isbn],
    ["책 상태", CONDITION_LABELS[book.condition]],
  ];
  return (
    <div className="mx-auto max-w-2xl space-y-3">
      <Link href="/books" className="inline-block text-sm text-gray-600 hover:underline">
        ‹ 책방
      </Link>
      <article className="overflow-hidden rounded-xl border border-gray-200 bg-white">
        {book.hidden && (
          <p className="bg-amber-50 px-4 py-2 text-sm text-amber-800">
            신고 누적으로 숨겨진 판매글입니다
          </p>
        )}
        <header className="space-y-1 px-4 pt-4 sm:px-5">
          <div className="flex items-center gap-2">
            <BookStatusBadge status={book.status} />
            <time
              dateTime={book.createdAt}
              title={formatDateTime(book.createdAt)}
              className="text-xs text-gray-500"
            >
              {formatRelativeTime(book.createdAt, new Date())}
            </time>
          </div>
          <h1 className="text-xl font-bold break-words">{book.title}</h1>
          <p className="text-2xl font-extrabold">{formatPrice(book.price)}</p>
          <p className="text-sm text-gray-600">판매자 {book.seller.nickname}</p>
        </header>
        {book.photos.length > 0 && (
          <PhotoGrid photos={book.photos} label="책 사진" altPrefix="책 사진" className="mt-3" />
        )}
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 px-4 text-sm sm:px-5">
          {details
            .filter(([, v]) => v)
            .map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="text-gray-500">{k}</dt>
                <dd className="break-words">{v}</dd>
              </div>
            ))}
          <dt className="text-gray-500">수업</dt>
          <dd>
            {book.lecture ? (
              <Link href={`/lectures/${book.lecture.id}`} className="hover:underline">
                {book.lecture.name} ({book.lecture.professor}, {book.lecture.semester})
              </Link>
            ) : (
              "정하지 않음"
            )}
          </dd>
        </dl>
        {book.note && (
          <p className="mt-3 px-4 text-sm leading-relaxed break-words whitespace-pre-wrap sm:px-5">
            {book.note}
          </p>
        )}
        <div className="mt-4 flex flex-wrap items-center gap-2 border-t border-gray-100 px-4 py-3 sm:px-5">
          {book.isMine ? (
            <>
              <BookStatusButtons bookId={book.id} status={book.status} />
              <Link href={`/books/${book.id}/edit`} className={buttonClass("secondary", "sm")}>
                수정
              </Link>
            </>
          ) : (
            <>
              <MessageButton
                targetKind="book"
                targetId={book.id}
                className={buttonClass("primary", "sm")}
              />
              <ReportButton
                targetKind="book"
                targetId={book.id}
                className="rounded-md px-2.5 py-1.5 text-sm text-gray-600 hover:bg-gray-100"
              />
            </>
          )}
          {(book.isMine || viewer.isAdmin) && (
            <ActionForm
              action={deleteBookAction}
              confirm="이 판매글을 삭제할까요?"
              className="ml-auto flex flex-wrap items-center gap-2"
            >
              <input type="hidden" name="bookId" value={book.id} />
              <button type="submit" className={buttonClass("danger", "sm")}>
                삭제
              </button>
            </ActionForm>
          )}
        </div>
        {!book.isMine && (
          <p className="border-t border-gray-100 px-4 py-2 text-xs text-gray-500 sm:px-5">
            쪽지는 서로 익명으로 주고받아요.
          </p>
        )}
      </article>
    </div>
  );
}
