// POST /api/v1/me/push-subscriptions — a browser's PushSubscription.toJSON() → 201 (at most 10, the oldest dropped)
// DELETE /api/v1/me/push-subscriptions — { endpoint } → 204
import { created, noContent, withApi } from "@/lib/http/with-api";
import { deletePushSubscriptionSchema, pushSubscriptionSchema } from "@/lib/push/schemas";
import { subscribePush, unsubscribePush } from "@/lib/push/subscriptions";

export const POST = withApi(async ({ viewer, body, req }) =>
  created(await subscribePush(viewer, await body(pushSubscriptionSchema), req)),
);

export const DELETE = withApi(async ({ viewer, body }) => {
  await unsubscribePush(viewer, (await body(deletePushSubscriptionSchema)).endpoint);
  return noContent();
});
