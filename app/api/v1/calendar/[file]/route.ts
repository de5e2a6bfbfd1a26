// GET /api/v1/calendar/<token>.ics — a subscribed timetable; the secret token is the credential
import { AppError } from "@/lib/http/errors";
import { withPublicApi } from "@/lib/http/with-api";
import { calendarByToken, icsResponse } from "@/lib/timetable/calendar-service";

export const GET = withPublicApi(async ({ params }) => {
  const file = typeof params.file === "string" ? params.file : "";
  if (!file.endsWith(".ics")) throw new AppError("NOT_FOUND", "캘린더를 찾을 수 없습니다.");
  const { ics } = await calendarByToken(file.slice(0, -".ics".length));
  return icsResponse(ics);
});
