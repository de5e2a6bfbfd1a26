// Browser side of Web Push, shared by 내 정보 › 알림, the service worker registration and 로그아웃.
// Subscriptions are saved through the public API (/api/v1/me/push-subscriptions) with the
// session cookie, so the server ties each one to this browser's session.

export type PushSupport = "supported" | "unsupported" | "ios-install";

/** iPhone/iPad (iPadOS reports itself as a Mac with a touch screen). */
export function isIos(): boolean {
  return (
    /iPad|iPhone|iPod/.test(navigator.userAgent) ||
    (navigator.userAgent.includes("Macintosh") && navigator.maxTouchPoints > 1)
  );
}

/** Opened from the home screen (an installed web app). */
export function isStandalone(): boolean {
  return (
    window.matchMedia("(display-mode: standalone)").matches ||
    (navigator as Navigator & { standalone?: boolean }).standalone === true
  );
}

export function pushSupport(): PushSupport {
  const apis = "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;
  // iOS delivers push only to a web app added to the home screen (iOS 16.4+).
  if (isIos() && !isStandalone()) return "ios-install";
  return apis ? "supported" : "unsupported";
}

export async function registerServiceWorker(): Promise<ServiceWorkerRegistration | null> {
  if (!("serviceWorker" in navigator)) return null;
  try {
    await navigator.serviceWorker.register("/sw.js", { scope: "/" });
    return await navigator.serviceWorker.ready;
  } catch {
    return null;
  }
}

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
  const raw = atob(base64 + "===".slice((base64.length + 3) % 4));
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

async function save(method: "POST" | "DELETE", body: unknown): Promise<boolean> {
  const res = await fetch("/api/v1/me/push-subscriptions", {
    method,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return res.ok;
}

/** This browser's subscription, when it has one made with `publicKey` (one made with an older key is dropped). */
export async function currentSubscription(publicKey: string): Promise<PushSubscription | null> {
  const reg = await registerServiceWorker();
  const sub = await reg?.pushManager.getSubscription();
  if (!sub) return null;
  const key = sub.options.applicationServerKey;
  if (key && !sameBytes(new Uint8Array(key), keyBytes(publicKey))) {
    await sub.unsubscribe().catch(() => {});
    return null;
  }
  return sub;
}

function sameBytes(a: Uint8Array, b: Uint8Array) {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** Saves (again) an existing subscription for this session: the server's copy follows the browser's. */
export const resaveSubscription = (sub: PushSubscription) => save("POST", sub.toJSON());

/** Asks for permission (only here, on the student's tap) and subscribes this browser. */
export async function subscribeThisBrowser(
  publicKey: string,
): Promise<"subscribed" | "denied" | "failed"> {
  const permission = await Notification.requestPermission();
  if (permission !== "granted") return "denied";
  const reg = await registerServiceWorker();
  if (!reg) return "failed";
  try {
    const sub =
      (await currentSubscription(publicKey)) ??
      (await reg.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: keyBytes(publicKey),
      }));
    return (await save("POST", sub.toJSON())) ? "subscribed" : "failed";
  } catch {
    return "failed";
  }
}

/** Stops push on this browser: the server forgets it, and so does the browser's push service. */
export async function unsubscribeThisBrowser(): Promise<void> {
  if (!("serviceWorker" in navigator)) return;
  const reg = await navigator.serviceWorker.getRegistration("/");
  const sub = await reg?.pushManager.getSubscription();
  if (!sub) return;
  await save("DELETE", { endpoint: sub.endpoint }).catch(() => false);
  await sub.unsubscribe().catch(() => false);
}
