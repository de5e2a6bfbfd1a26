// GET /api/v1/books/:id — one listing
// PATCH /api/v1/books/:id — the seller changes it (price, note, status, …)
// DELETE /api/v1/books/:id — soft delete, the seller or an admin → 204
import { idParam, noContent, withApi } from "@/lib/http/with-api";
import { deleteBook, getBook, updateBook } from "@/lib/books/service";
import { updateBookSchema } from "@/lib/books/schemas";

export const GET = withApi(async ({ viewer, params }) => getBook(viewer, idParam(params)));

export const PATCH = withApi(async ({ viewer, params, body }) => {
  const bookId = idParam(params);
  return updateBook(viewer, bookId, await body(updateBookSchema));
});

export const DELETE = withApi(async ({ viewer, params }) => {
  await deleteBook(viewer, idParam(params));
  return noContent();
});
