// GET /api/v1/boards/:id/posts — a board's posts, newest first (filters title, titleStartsWith, content, author, q)
// POST /api/v1/boards/:id/posts — 글쓰기 → 201 post
import { created, idParam, withApi } from "@/lib/http/with-api";
import { createPost, listBoardPosts } from "@/lib/community/posts";
import { boardPostsQuerySchema, createPostSchema } from "@/lib/community/schemas";

export const GET = withApi(
  async ({ viewer, params, query }) =>
    listBoardPosts(viewer, idParam(params), query(boardPostsQuerySchema)),
  { access: "freshman" },
);

export const POST = withApi(
  async ({ viewer, params, body }) => {
    const boardId = idParam(params);
    return created(await createPost(viewer, boardId, await body(createPostSchema)));
  },
  { access: "freshman" },
);
