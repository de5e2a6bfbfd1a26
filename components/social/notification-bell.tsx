"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

/**
 * The header's 알림 bell with the unread count. It listens to GET /api/v1/notifications/stream
 * (EventSource reconnects by itself, sending Last-Event-ID), counts new notifications, and
 * refreshes the 알림 and 쪽지 pages when one arrives while they are open.
 */
export function NotificationBell({ initialCount }: { initialCount: number }) {
  // Live arrivals counted on top of the server's count; a new server count (after reading, or a
  // refresh) starts over from it.
  const [live, setLive] = useState({ base: initialCount, extra: 0 });
  const [connected, setConnected] = useState(false);
  if (live.base !== initialCount) setLive({ base: initialCount, extra: 0 });
  const count = initialCount + (live.base === initialCount ? live.extra : 0);
  const router = useRouter();
  const pathname = usePathname();
  const pathRef = useRef(pathname);
  useEffect(() => {
    pathRef.current = pathname;
  }, [pathname]);

  useEffect(() => {
    const source = new EventSource("/api/v1/notifications/stream");
    const onNotification = () => {
      setLive((l) => ({ ...l, extra: l.extra + 1 }));
      const p = pathRef.current;
      if (p.startsWith("/notifications") || p.startsWith("/messages")) router.refresh();
    };
    source.addEventListener("notification", onNotification);
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
    return () => {
      source.removeEventListener("notification", onNotification);
      source.close();
    };
  }, [router]);

  const label = count > 0 ? `알림 ${count}개 읽지 않음` : "알림";
  return (
    <Link
      href="/notifications"
      data-live={connected ? "on" : "off"}
      aria-label={label}
      title={label}
      className="relative flex h-9 w-9 items-center justify-center rounded-full text-gray-600 hover:bg-gray-100 hover:text-gray-900"
    >
      <svg
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        className="h-5 w-5"
        aria-hidden="true"
      >
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 8 3 8H3s3-1 3-8Z" strokeLinejoin="round" />
        <path d="M10.3 20a1.9 1.9 0 0 0 3.4 0" strokeLinecap="round" />
      </svg>
      {count > 0 && (
        <span
          data-testid="bell-count"
          className="absolute -top-0.5 -right-0.5 min-w-[1.1rem] rounded-full bg-brand-600 px-1 text-center text-[11px] leading-[1.1rem] font-bold text-white"
        >
          {count > 99 ? "99+" : count}
        </span>
      )}
    </Link>
  );
}
