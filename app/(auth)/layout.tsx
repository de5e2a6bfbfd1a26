import Link from "next/link";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";

// 로그인 / 회원가입: a centered card. Someone already signed in has nothing to do here.
export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  if (await getViewer()) redirect("/");
  return (
    <main className="flex min-h-dvh flex-col items-center px-4 py-10 sm:justify-center sm:py-16">
      <div className="w-full max-w-sm">
        <Link href="/login" className="mb-6 block text-center">
          <span className="text-3xl font-extrabold tracking-tight text-brand-600">캠퍼스타임</span>
          <span className="mt-1 block text-sm text-gray-500">
            우리 학교 커뮤니티 · 시간표 · 강의평가
          </span>
        </Link>
        <div className="rounded-2xl border border-gray-200 bg-white p-6 shadow-sm">{children}</div>
      </div>
    </main>
  );
}
