// GET /api/v1/push/public-key — { publicKey }: the VAPID public key browsers subscribe with (public)
import { withPublicApi } from "@/lib/http/with-api";
import { vapidPublicKey } from "@/lib/push/public-key";

export const GET = withPublicApi(() => vapidPublicKey());
