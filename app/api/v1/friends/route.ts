// GET /api/v1/friends — accepted friends
import { withApi } from "@/lib/http/with-api";
import { listFriends } from "@/lib/friends/service";

export const GET = withApi(async ({ viewer }) => ({ items: await listFriends(viewer) }));
