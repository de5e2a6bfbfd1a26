import "server-only";
import webpush from "web-push";
import type { NotificationKind } from "@/lib/notifications/schemas";
import { MAX_PUSH_BYTES } from "./payload";
import type { VapidKeys } from "./vapid";

// One push to one subscription. The `web-push` library encrypts the payload (RFC 8291,
// aes128gcm) and signs the VAPID JWT (RFC 8292; `aud` is the endpoint's origin, `exp` 12 hours
// ahead); the request itself goes out through fetch, so a timeout covers it whole, no redirect is
// followed, and a loopback test service may speak plain http (web-push's own sender is https only).

/** At most a day: a 알림 older than that is stale on a phone that was off. */
export const PUSH_TTL_SECONDS = 24 * 60 * 60;

export type SendOutcome =
  | { result: "sent"; status: number }
  /** 404/410: the subscription is gone for good (unsubscribed or expired). */
  | { result: "gone"; status: number }
  /** 5xx, 429, a timeout or a network failure: try again later (Retry-After when given). */
  | { result: "retry"; status?: number; retryAfterMs?: number; reason: string }
  /** Any other refusal (400, 401/403 VAPID, 413, a redirect): sending again would not help. */
  | { result: "drop"; status?: number; reason: string };

export type Target = { endpoint: string; p256dh: string; auth: string };

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : undefined;
}

export async function sendPush(
  target: Target,
  payloadJson: string,
  kind: NotificationKind,
  keys: VapidKeys,
  timeoutMs: number,
): Promise<SendOutcome> {
  const details = webpush.generateRequestDetails(
    { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
    payloadJson,
    {
      vapidDetails: keys,
      TTL: PUSH_TTL_SECONDS,
      contentEncoding: "aes128gcm",
      urgency: kind === "MESSAGE" ? "high" : "normal",
    },
  );
  const body = details.body as Buffer;
  if (body.length > MAX_PUSH_BYTES)
    return { result: "drop", reason: `payload of ${body.length} bytes over the 3 KB cap` };
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(details.headers))
    if (k.toLowerCase() !== "content-length") headers[k] = String(v);
  let res: Response;
  try {
    res = await fetch(details.endpoint, {
      method: "POST",
      headers,
      body: new Uint8Array(body),
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    const name = e instanceof Error ? e.name : "Error";
    return {
      result: "retry",
      reason: name === "TimeoutError" ? `no answer within ${timeoutMs} ms` : `network: ${name}`,
    };
  }
  await res.body?.cancel().catch(() => {});
  const status = res.status;
  if (status >= 200 && status < 300) return { result: "sent", status };
  if (status === 404 || status === 410) return { result: "gone", status };
  if (status >= 500 || status === 429)
    return {
      result: "retry",
      status,
      retryAfterMs: retryAfterMs(res.headers.get("retry-after")),
      reason: `status ${status}`,
    };
  return { result: "drop", status, reason: `status ${status}` };
}
