import Link from "next/link";
import { MainNav } from "@/components/layout/main-nav";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { HeaderInbox } from "@/components/social/header-inbox";

/** Top bar of every signed-in page: logo, school, 쪽지함, 알림 bell, navigation, sign-out. */
export function SiteHeader({
  schoolName,
  nickname,
  unread,
}: {
  schoolName: string;
  nickname: string;
  unread: { notifications: number; messages: number };
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
          <HeaderInbox unread={unread} />
          <SignOutButton />
        </div>
      </div>
      <MainNav />
    </header>
  );
}
