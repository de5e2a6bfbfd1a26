// GET /api/v1/books — 책방: the school's listings, newest first (?q=, ?lectureId=, ?status=)
// POST /api/v1/books — 책 팔기 → 201 listing (판매중, the caller its seller)
import { created, withApi } from "@/lib/http/with-api";
import { createBook, listBooks } from "@/lib/books/service";
import { bookListQuerySchema, createBookSchema } from "@/lib/books/schemas";

export const GET = withApi(async ({ viewer, query }) =>
  listBooks(viewer, query(bookListQuerySchema)),
);

export const POST = withApi(async ({ viewer, body }) =>
  created(await createBook(viewer, await body(createBookSchema))),
);
