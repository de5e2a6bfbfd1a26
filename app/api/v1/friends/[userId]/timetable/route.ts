// GET /api/v1/friends/:userId/timetable?semester= — a friend's primary timetable when visible
import { idParam, withApi } from "@/lib/http/with-api";
import { getFriendTimetable } from "@/lib/friends/service";
import { friendTimetableQuerySchema } from "@/lib/friends/schemas";

export const GET = withApi(async ({ viewer, params, query }) => {
  const userId = idParam(params, "userId");
  const { semester } = query(friendTimetableQuerySchema);
  return getFriendTimetable(viewer, userId, semester);
});
