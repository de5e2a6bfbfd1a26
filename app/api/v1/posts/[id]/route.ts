// GET /api/v1/posts/:id — one post
// PATCH /api/v1/posts/:id — edit title/content (the author)
// DELETE /api/v1/posts/:id — soft delete (the author or an admin) → 204
import { idParam, noContent, withApi } from "@/lib/http/with-api";
import { deletePost, getPost, updatePost } from "@/lib/community/posts";
import { updatePostSchema } from "@/lib/community/schemas";

export const GET = withApi(async ({ viewer, params }) => getPost(viewer, idParam(params)), {
  access: "freshman",
});

export const PATCH = withApi(
  async ({ viewer, params, body }) => {
    const postId = idParam(params);
    return updatePost(viewer, postId, await body(updatePostSchema));
  },
  { access: "freshman" },
);

export const DELETE = withApi(
  async ({ viewer, params }) => {
    await deletePost(viewer, idParam(params));
    return noContent();
  },
  { access: "freshman" },
);
