// GET /api/v1/me/verification — 학교 인증: the level, the code waiting to be entered, the newest document (beyond SPEC)
import { withApi } from "@/lib/http/with-api";
import { getVerificationStatus } from "@/lib/verification/status";

export const GET = withApi(({ viewer }) => getVerificationStatus(viewer), { access: "account" });
