// Any /api/v1 path that names no route (also one that normalises to nothing, like
// /api/v1/posts/%2e%2e/like): 404 in SPEC's envelope, never Next's HTML 404 page.
import { notFound } from "@/lib/http/errors";
import { withPublicApi } from "@/lib/http/with-api";

const handler = withPublicApi(() => {
  throw notFound("요청한 API");
});

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE };
