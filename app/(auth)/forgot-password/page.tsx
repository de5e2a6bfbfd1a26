import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/components/account/forgot-password-form";

export const metadata: Metadata = { title: "비밀번호 찾기" };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="mb-5 text-xl font-bold">비밀번호 찾기</h1>
      <ForgotPasswordForm />
      <p className="mt-6 text-center text-sm text-gray-600">
        <Link
          href="/login"
          className="font-semibold text-brand-600 underline-offset-2 hover:underline"
        >
          로그인으로 돌아가기
        </Link>
      </p>
    </>
  );
}
