// GET, POST /api/v1/friends/requests — pending requests { incoming, outgoing }; send one by nickname
import { created, withApi } from "@/lib/http/with-api";
import { listFriendRequests, sendFriendRequest } from "@/lib/friends/service";
import { friendRequestSchema } from "@/lib/friends/schemas";

export const GET = withApi(async ({ viewer }) => listFriendRequests(viewer));

export const POST = withApi(async ({ viewer, body }) => {
  const { nickname } = await body(friendRequestSchema);
  return created(await sendFriendRequest(viewer, nickname));
});
