"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export const NAV_ITEMS = [
  {
    href: "/",
    label: "게시판",
    match: (p: string) => p === "/" || p.startsWith("/boards") || p.startsWith("/posts"),
  },
  { href: "/timetable", label: "시간표", match: (p: string) => p.startsWith("/timetable") },
  { href: "/lectures", label: "강의평가", match: (p: string) => p.startsWith("/lectures") },
  { href: "/books", label: "책방", match: (p: string) => p.startsWith("/books") },
  { href: "/friends", label: "친구", match: (p: string) => p.startsWith("/friends") },
  { href: "/me", label: "내 정보", match: (p: string) => p === "/me" || p.startsWith("/me/") },
];

/** The five sections; on a phone a full-width row of tabs, on desktop the same row, left-aligned. */
export function MainNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="주 메뉴" className="mx-auto max-w-5xl px-2">
      <ul className="flex">
        {NAV_ITEMS.map((item) => {
          const active = item.match(pathname);
          return (
            <li key={item.href} className="flex-1 sm:flex-none">
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={`block border-b-2 px-1 py-2 text-center text-sm font-medium whitespace-nowrap sm:px-3 ${
                  active
                    ? "border-brand-600 text-brand-600"
                    : "border-transparent text-gray-600 hover:text-gray-900"
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
