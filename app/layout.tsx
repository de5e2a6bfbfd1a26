import type { Metadata, Viewport } from "next";
import "@/generated/fonts/pretendard"; // the @font-face slices of Pretendard (self-hosted web font)
import "./globals.css";
import { SiteFooter } from "@/components/layout/site-footer";

// Page titles are the page's own name; the template adds the site once ("시간표 · 캠퍼스타임").
export const metadata: Metadata = {
  title: { default: "캠퍼스타임", template: "%s · 캠퍼스타임" },
  description: "우리 학교 커뮤니티, 시간표, 강의평가 — 캠퍼스타임",
  applicationName: "캠퍼스타임",
  appleWebApp: { capable: true, title: "캠퍼스타임", statusBarStyle: "default" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#c62917" },
    { media: "(prefers-color-scheme: dark)", color: "#1c1c21" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="ko">
      <body className="min-h-dvh font-sans">
        {children}
        <SiteFooter />
      </body>
    </html>
  );
}
