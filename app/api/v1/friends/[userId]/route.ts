// DELETE /api/v1/friends/:userId — end the friendship (or withdraw a pending request)
import { idParam, noContent, withApi } from "@/lib/http/with-api";
import { removeFriend } from "@/lib/friends/service";

export const DELETE = withApi(async ({ viewer, params }) => {
  await removeFriend(viewer, idParam(params, "userId"));
  return noContent();
});
