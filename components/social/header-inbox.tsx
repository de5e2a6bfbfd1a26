"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

/**
 * The header's 쪽지함 and 알림 icons, each with its unread count (both read with the session, one
 * statement: lib/auth/sessions.ts). One EventSource on GET /api/v1/notifications/stream
 * (reconnecting by itself with Last-Event-ID) counts arrivals on top: every notification adds to
 * the bell, a MESSAGE one to the 쪽지 count too; the 알림 and 쪽지 pages refresh when one arrives
 * while they are open. An `end` event (the stream was replaced by a newer one of the student's,
 * or the session ended) stops it.
 */
export function HeaderInbox({ unread }: { unread: { notifications: number; messages: number } }) {
  // Live arrivals counted on top of the server's counts; new server counts (after reading, or a
  // refresh) start over from them.
  const [live, setLive] = useState({ base: unread, notifications: 0, messages: 0 });
  const [connected, setConnected] = useState(false);
  const fresh =
    live.base.notifications === unread.notifications && live.base.messages === unread.messages;
  if (!fresh) setLive({ base: unread, notifications: 0, messages: 0 });
  const notifications = unread.notifications + (fresh ? live.notifications : 0);
  const messages = unread.messages + (fresh ? live.messages : 0);
  const router = useRouter();
  const pathname = usePathname();
  const pathRef = useRef(pathname);
  useEffect(() => {
    pathRef.current = pathname;
  }, [pathname]);

  // Opening a thread reads its 쪽지 (lib/messages getThread) after these counts were read with the
  // session, and a layout is not rendered again on a client-side navigation: while the header
  // shows unread 쪽지, ask once per opened thread for the counts as they now are.
  const refreshedFor = useRef<string | null>(null);
  useEffect(() => {
    if (messages === 0 || !/^\/messages\/\d+$/.test(pathname)) return;
    if (refreshedFor.current === pathname) return;
    refreshedFor.current = pathname;
    router.refresh();
  }, [pathname, messages, router]);

  useEffect(() => {
    const source = new EventSource("/api/v1/notifications/stream");
    const onNotification = (e: MessageEvent<string>) => {
      let kind: unknown = null;
      try {
        kind = (JSON.parse(e.data) as { kind?: unknown }).kind;
      } catch {
        // a malformed event still counts as a notification
      }
      setLive((l) => ({
        ...l,
        notifications: l.notifications + 1,
        messages: l.messages + (kind === "MESSAGE" ? 1 : 0),
      }));
      const p = pathRef.current;
      if (p.startsWith("/notifications") || p.startsWith("/messages")) router.refresh();
    };
    // The server ended the stream for good (another tab's stream took its place, or the session
    // ended): reconnecting would only end another one, or be refused.
    const onEnd = () => {
      source.close();
      setConnected(false);
    };
    source.addEventListener("notification", onNotification);
    source.addEventListener("end", onEnd);
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
    return () => {
      source.removeEventListener("notification", onNotification);
      source.removeEventListener("end", onEnd);
      source.close();
    };
  }, [router]);

  return (
    <>
      <InboxLink
        href="/messages"
        name="쪽지함"
        unit="쪽지"
        count={messages}
        testId="messages-count"
      >
        <rect x="3" y="5" width="18" height="14" rx="2" />
        <path d="m3.5 6 8.5 7 8.5-7" strokeLinejoin="round" />
      </InboxLink>
      <InboxLink
        href="/notifications"
        name="알림"
        unit="알림"
        count={notifications}
        testId="bell-count"
        live={connected}
      >
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 8 3 8H3s3-1 3-8Z" strokeLinejoin="round" />
        <path d="M10.3 20a1.9 1.9 0 0 0 3.4 0" strokeLinecap="round" />
      </InboxLink>
    </>
  );
}

/** A round icon link with an unread badge; its name says the count ("알림 3개 읽지 않음"). */
function InboxLink({
  href,
  name,
  unit,
  count,
  testId,
  live,
  children,
}: {
  href: string;
  name: string;
  unit: string;
  count: number;
  testId: string;
  live?: boolean;
  children: React.ReactNode;
}) {
  const label = count > 0 ? `${unit} ${count}개 읽지 않음` : name;
  return (
    <Link
      href={href}
      data-live={live === undefined ? undefined : live ? "on" : "off"}
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
        {children}
      </svg>
      {count > 0 && (
        <span
          data-testid={testId}
          className="absolute -top-0.5 -right-0.5 min-w-[1.1rem] rounded-full bg-brand-600 px-1 text-center text-[11px] leading-[1.1rem] font-bold text-white"
        >
          {count > 99 ? "99+" : count}
        </span>
      )}
    </Link>
  );
}
