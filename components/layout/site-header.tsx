import Link from "next/link";
import { MainNav } from "@/components/layout/main-nav";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { NotificationBell } from "@/components/social/notification-bell";

/** Top bar of every signed-in page: logo, school, 쪽지함, 알림 bell, navigation, sign-out. */
export function SiteHeader({
  schoolName,
  nickname,
  unreadCount = 0,
}: {
  schoolName: string;
  nickname: string;
  unreadCount?: number;
}) {
  return (
    <header className="sticky top-0 z-30 border-b border-gray-200 bg-white/95 backdrop-blur">
      <div className="mx-auto flex max-w-5xl items-center gap-3 px-4 py-2">
        <Link href="/" className="flex items-baseline gap-2 rounded">
          <span className="text-lg font-extrabold tracking-tight text-brand-600">캠퍼스타임</span>
          <span className="hidden text-sm text-gray-500 sm:inline">{schoolName}</span>
        </Link>
        <div className="ml-auto flex items-center gap-2 text-sm">
          <span className="hidden text-gray-600 sm:inline">{nickname}</span>
          <Link
            href="/messages"
            aria-label="쪽지함"
            title="쪽지함"
            className="flex h-9 w-9 items-center justify-center rounded-full text-gray-600 hover:bg-gray-100 hover:text-gray-900"
          >
            <svg
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
              className="h-5 w-5"
              aria-hidden="true"
            >
              <rect x="3" y="5" width="18" height="14" rx="2" />
              <path d="m3.5 6 8.5 7 8.5-7" strokeLinejoin="round" />
            </svg>
          </Link>
          <NotificationBell initialCount={unreadCount} />
          <SignOutButton />
        </div>
      </div>
      <MainNav />
    </header>
  );
}
