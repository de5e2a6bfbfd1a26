// GET /api/v1/lecture-domains?parentId= — children of a 전공/영역 node (top level without parentId)
import { withApi } from "@/lib/http/with-api";
import { listDomainChildren } from "@/lib/lectures/domains";
import { domainChildrenQuerySchema } from "@/lib/lectures/schemas";

export const GET = withApi(
  async ({ viewer, query }) => {
    const { parentId } = query(domainChildrenQuerySchema);
    return { items: await listDomainChildren(viewer, parentId) };
  },
  { access: "freshman" },
);
