import "server-only";
import { vapidKeys } from "./vapid";

/** GET /api/v1/push/public-key: what a browser subscribes with. */
export function vapidPublicKey(): { publicKey: string } {
  return { publicKey: vapidKeys().publicKey };
}
