import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/account/reset-password-form";

export const metadata: Metadata = { title: "비밀번호 재설정" };

// The page a 비밀번호 찾기 mail links to (APP_URL + /reset-password?token=…). The token is checked
// when the form is sent: an unknown, used or expired one says so there.
export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await searchParams;
  return (
    <>
      <h1 className="mb-5 text-xl font-bold">비밀번호 재설정</h1>
      {typeof token === "string" && token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p className="text-sm text-gray-600">
          메일로 받은 링크로 이 페이지를 열어 주세요.{" "}
          <Link
            href="/forgot-password"
            className="font-semibold text-brand-600 underline-offset-2 hover:underline"
          >
            재설정 링크 다시 받기
          </Link>
        </p>
      )}
    </>
  );
}
