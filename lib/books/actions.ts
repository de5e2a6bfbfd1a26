"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { withAction } from "@/lib/http/with-action";
import { createBook, deleteBook, updateBook, type BookDto } from "./service";
import {
  bookIdFormSchema,
  bookStatusFormSchema,
  createBookFormSchema,
  updateBookFormSchema,
} from "./schemas";

// Server actions of 책방, made by withAction: each calls the service /api/v1/books calls.

/** 책 팔기: on success goes to the new listing. */
export const createBookAction = withAction(
  { name: "createBook", schema: createBookFormSchema },
  async ({ viewer, input }) => {
    const book = await createBook(viewer, {
      ...input,
      author: input.author ?? null,
      publisher: input.publisher ?? null,
      isbn: input.isbn ?? null,
      lectureId: input.lectureId ?? null,
      note: input.note ?? "",
    });
    revalidatePath("/books");
    redirect(`/books/${book.id}`);
  },
);

/** 책 수정 (the seller): back to the listing. */
export const updateBookAction = withAction(
  { name: "updateBook", schema: updateBookFormSchema },
  async ({ viewer, input }) => {
    const { bookId, ...changes } = input;
    await updateBook(viewer, bookId, changes);
    revalidatePath(`/books/${bookId}`);
    redirect(`/books/${bookId}`);
  },
);

/** 판매중 / 예약중 / 판매완료 (the seller). */
export const setBookStatusAction = withAction<typeof bookStatusFormSchema, BookDto>(
  { name: "setBookStatus", schema: bookStatusFormSchema },
  async ({ viewer, input }) => {
    const book = await updateBook(viewer, input.bookId, { status: input.status });
    revalidatePath(`/books/${input.bookId}`);
    revalidatePath("/books");
    return { data: book };
  },
);

/** 삭제 (the seller or an admin): back to 책방. */
export const deleteBookAction = withAction(
  { name: "deleteBook", schema: bookIdFormSchema },
  async ({ viewer, input }) => {
    await deleteBook(viewer, input.bookId);
    revalidatePath("/books");
    redirect("/books");
  },
);
