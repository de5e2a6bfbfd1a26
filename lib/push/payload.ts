import type { NotificationKind } from "@/lib/notifications/schemas";

// What a push carries: { id, kind, title, body, link }, as JSON, at most MAX_PLAINTEXT_BYTES so
// the encrypted message stays within 3 KB (Firefox for Android's limit; aes128gcm adds 103
// bytes: an 86-byte header, a padding delimiter and a 16-byte tag). The body is the notification's
// own text, which never names an anonymous actor (lib/notifications); it is shortened to fit.
// The link is a path on this site (the service worker opens it on its own origin).

export type PushPayload = {
  id: number;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string;
};

export const MAX_PUSH_BYTES = 3072;
export const AES128GCM_OVERHEAD = 86 + 1 + 16;
export const MAX_PLAINTEXT_BYTES = MAX_PUSH_BYTES - AES128GCM_OVERHEAD;

export const PUSH_TITLES: Record<NotificationKind, string> = {
  COMMENT: "새 댓글",
  REPLY: "새 답글",
  HOT: "HOT 게시물",
  FRIEND_REQUEST: "친구 요청",
  FRIEND_ACCEPTED: "친구 수락",
  MESSAGE: "새 쪽지",
  VERIFICATION: "학교 인증",
};

/** A path on this site, or the 알림 page when the stored link is anything else. */
const safeLink = (link: string) =>
  /^\/(?![/\\])/.test(link) && link.length <= 512 ? link : "/notifications";

const bytes = (s: string) => Buffer.byteLength(s, "utf8");

/** The push's JSON, its body cut (by whole characters, with …) until it fits the cap. */
export function pushPayloadJson(
  n: { id: number; kind: NotificationKind; text: string; link: string },
  max = MAX_PLAINTEXT_BYTES,
): string {
  const payload: PushPayload = {
    id: n.id,
    kind: n.kind,
    title: PUSH_TITLES[n.kind] ?? "캠퍼스타임",
    body: n.text,
    link: safeLink(n.link),
  };
  let json = JSON.stringify(payload);
  if (bytes(json) <= max) return json;
  const chars = Array.from(n.text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const tryJson = JSON.stringify({ ...payload, body: `${chars.slice(0, mid).join("")}…` });
    if (bytes(tryJson) <= max) lo = mid;
    else hi = mid - 1;
  }
  json = JSON.stringify({ ...payload, body: `${chars.slice(0, lo).join("")}…` });
  return json;
}
