// GET /api/v1/me/grades — 학점 계산기: GPA per semester and in total (4.5 scale)
import { withApi } from "@/lib/http/with-api";
import { getMyGrades } from "@/lib/grades/service";

export const GET = withApi(async ({ viewer }) => getMyGrades(viewer), { access: "account" });
