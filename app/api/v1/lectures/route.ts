// GET /api/v1/lectures — search the school's lectures (semester, domainId incl. sub-domains, q)
import { withApi } from "@/lib/http/with-api";
import { listLectures } from "@/lib/lectures/lectures";
import { lectureListQuerySchema } from "@/lib/lectures/schemas";

export const GET = withApi(
  async ({ viewer, query }) => listLectures(viewer, query(lectureListQuerySchema)),
  { access: "freshman" },
);
