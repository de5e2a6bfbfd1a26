// POST /api/v1/friends/requests/:id/decline — the addressee declines (the request is removed)
import { idParam, withApi } from "@/lib/http/with-api";
import { respondToFriendRequest } from "@/lib/friends/service";

export const POST = withApi(async ({ viewer, params }) =>
  respondToFriendRequest(viewer, idParam(params), "decline"),
);
