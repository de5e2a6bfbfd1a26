// POST /api/v1/notifications/read — { ids? } → 204; all when ids is omitted
import { noContent, withApi } from "@/lib/http/with-api";
import { markNotificationsRead } from "@/lib/notifications/service";
import { markReadSchema } from "@/lib/notifications/schemas";

export const POST = withApi(
  async ({ viewer, body }) => {
    await markNotificationsRead(viewer, await body(markReadSchema));
    return noContent();
  },
  { access: "freshman" },
);
