import type { Metadata, Viewport } from "next";
import "./globals.css";
import { SiteFooter } from "@/components/layout/site-footer";

export const metadata: Metadata = {
  title: { default: "캠퍼스타임", template: "%s · 캠퍼스타임" },
  description: "우리 학교 커뮤니티, 시간표, 강의평가 — 캠퍼스타임",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#c62917" };

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
