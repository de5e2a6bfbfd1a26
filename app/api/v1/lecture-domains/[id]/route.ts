// GET /api/v1/lecture-domains/:id — a node with its path from the top down
import { idParam, withApi } from "@/lib/http/with-api";
import { getDomainPath } from "@/lib/lectures/domains";

export const GET = withApi(async ({ viewer, params }) => getDomainPath(viewer, idParam(params)), {
  access: "freshman",
});
