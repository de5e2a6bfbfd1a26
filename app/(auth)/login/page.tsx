import type { Metadata } from "next";
import Link from "next/link";
import { LoginForm } from "@/components/auth/login-form";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

export const metadata: Metadata = { title: "로그인" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { callbackUrl, reset, deleted } = await searchParams;
  const notice =
    reset === "done"
      ? "비밀번호를 바꿨습니다. 새 비밀번호로 로그인해 주세요."
      : deleted === "1"
        ? "회원 탈퇴가 완료되었습니다. 그동안 이용해 주셔서 감사합니다."
        : null;
  return (
    <>
      <h1 className="mb-5 text-xl font-bold">로그인</h1>
      {notice && (
        <p
          role="status"
          className="mb-4 rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800"
        >
          {notice}
        </p>
      )}
      <LoginForm callbackUrl={safeCallbackUrl(callbackUrl)} />
      <p className="mt-4 text-center text-sm">
        <Link
          href="/forgot-password"
          className="text-gray-600 underline-offset-2 hover:text-gray-900 hover:underline"
        >
          비밀번호 찾기
        </Link>
      </p>
      <p className="mt-6 text-center text-sm text-gray-600">
        아직 계정이 없나요?{" "}
        <Link
          href="/signup"
          className="font-semibold text-brand-600 underline-offset-2 hover:underline"
        >
          회원가입
        </Link>
      </p>
    </>
  );
}
