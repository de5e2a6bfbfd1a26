import type { Metadata } from "next";
import Link from "next/link";
import { SignupForm } from "@/components/auth/signup-form";
import { listSchools } from "@/lib/schools/service";

export const metadata: Metadata = { title: "회원가입" };

export default async function SignupPage() {
  const schools = await listSchools();
  return (
    <>
      <h1 className="mb-5 text-xl font-bold">회원가입</h1>
      <SignupForm schools={schools} />
      <p className="mt-6 text-center text-sm text-gray-600">
        이미 계정이 있나요?{" "}
        <Link
          href="/login"
          className="font-semibold text-brand-600 underline-offset-2 hover:underline"
        >
          로그인
        </Link>
      </p>
    </>
  );
}
