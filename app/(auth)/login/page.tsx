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
  const { callbackUrl } = await searchParams;
  return (
    <>
      <h1 className="mb-5 text-xl font-bold">로그인</h1>
      <LoginForm callbackUrl={safeCallbackUrl(callbackUrl)} />
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
