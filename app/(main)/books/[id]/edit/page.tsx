import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { getBook, listLectureChoices } from "@/lib/books/service";
import { orNotFound, pageIdParam } from "@/lib/http/page-errors";
import { BookForm } from "@/components/books/book-form";

export const metadata: Metadata = { title: "책 수정" };

type Props = { params: Promise<{ id: string }> };

/** 책 수정: the seller's only (anyone else gets the 404 page: there is nothing of theirs to edit). */
export default async function EditBookPage({ params }: Props) {
  const viewer = await requireViewer();
  const book = await orNotFound(getBook(viewer, pageIdParam((await params).id)));
  if (!book.isMine) notFound();
  const lectures = await listLectureChoices(viewer, book.lectureId ?? undefined);
  return (
    <div className="mx-auto max-w-2xl space-y-3">
      <h1 className="text-xl font-bold">책 수정</h1>
      <BookForm
        mode="edit"
        bookId={book.id}
        lectures={lectures}
        initial={{
          title: book.title,
          author: book.author,
          publisher: book.publisher,
          isbn: book.isbn,
          lectureId: book.lectureId,
          price: book.price,
          condition: book.condition,
          note: book.note,
        }}
      />
    </div>
  );
}
