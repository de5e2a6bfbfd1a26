// Campustime's service worker (registered by components/push/service-worker.tsx, scope "/").
//  - push: every push is shown as a notification (Safari cancels subscriptions that push
//    silently). The payload is { id, kind, title, body, link } (lib/push/payload.ts); `link` is a
//    path on this site.
//  - notificationclick: focuses a window already showing the link, else opens it.
//  - pushsubscriptionchange: the browser renewed the subscription; tell the server.
//  - fetch: a page that cannot be loaded (offline) shows the cached /offline page. Nothing else
//    is cached: every other request goes to the network untouched.
// Served with Cache-Control: no-cache (next.config.ts), so a new version is picked up at once.

const OFFLINE_URL = "/offline";
const CACHE = "campustime-offline-v1";
const FALLBACK_LINK = "/notifications";

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.add(new Request(OFFLINE_URL, { cache: "reload" })))
      .catch(() => {}) // offline while installing: push still works, the fallback comes next time
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      if (self.registration.navigationPreload) await self.registration.navigationPreload.enable();
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  if (event.request.mode !== "navigate") return;
  event.respondWith(
    (async () => {
      try {
        const preloaded = await event.preloadResponse;
        return preloaded || (await fetch(event.request));
      } catch {
        return (await caches.match(OFFLINE_URL)) || Response.error();
      }
    })(),
  );
});

/** A path on this site (never another origin), else the 알림 list. */
function safeLink(link) {
  return typeof link === "string" && /^\/(?![/\\])/.test(link) ? link : FALLBACK_LINK;
}

function readPush(data) {
  if (!data) return {};
  try {
    const json = data.json();
    return json && typeof json === "object" ? json : {};
  } catch {
    return { body: data.text() };
  }
}

self.addEventListener("push", (event) => {
  const push = readPush(event.data);
  const title = typeof push.title === "string" && push.title ? push.title : "캠퍼스타임";
  const body = typeof push.body === "string" && push.body ? push.body : "새 알림이 있습니다.";
  event.waitUntil(
    self.registration.showNotification(title, {
      body,
      lang: "ko",
      icon: "/icons/icon-192.png",
      // One notification per 알림: a push delivered twice replaces itself.
      tag: Number.isInteger(push.id) ? `notification-${push.id}` : undefined,
      data: { link: safeLink(push.link), id: push.id ?? null, kind: push.kind ?? null },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = new URL(safeLink(event.notification.data?.link), self.location.origin).href;
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      const showing = windows.find((w) => w.url === url);
      if (showing) return showing.focus();
      const other = windows.find((w) => "navigate" in w && w.url.startsWith(self.location.origin));
      if (other) {
        try {
          await other.focus();
          const navigated = await other.navigate(url);
          if (navigated) return navigated;
        } catch {
          // not controlled by this worker: open a window instead
        }
      }
      return self.clients.openWindow(url);
    })(),
  );
});

/** base64url → bytes (applicationServerKey). */
function keyBytes(base64url) {
  const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
  const raw = atob(base64 + "===".slice((base64.length + 3) % 4));
  return Uint8Array.from(raw, (c) => c.charCodeAt(0));
}

self.addEventListener("pushsubscriptionchange", (event) => {
  event.waitUntil(
    (async () => {
      const old = event.oldSubscription;
      let next = event.newSubscription;
      if (!next) {
        const res = await fetch("/api/v1/push/public-key");
        const { publicKey } = await res.json();
        next = await self.registration.pushManager.subscribe({
          userVisibleOnly: true,
          applicationServerKey: keyBytes(publicKey),
        });
      }
      const json = { "content-type": "application/json" };
      await fetch("/api/v1/me/push-subscriptions", {
        method: "POST",
        headers: json,
        body: JSON.stringify(next.toJSON()),
      });
      if (old && old.endpoint !== next.endpoint)
        await fetch("/api/v1/me/push-subscriptions", {
          method: "DELETE",
          headers: json,
          body: JSON.stringify({ endpoint: old.endpoint }),
        });
    })(),
  );
});
