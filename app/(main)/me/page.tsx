import type { Metadata } from "next";
import Link from "next/link";
import { NicknameForm } from "@/components/account/nickname-form";
import { PasswordForm } from "@/components/account/password-form";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { getAccount } from "@/lib/auth/account";
import { requireViewer } from "@/lib/auth/viewer";

export const metadata: Metadata = { title: "내 정보" };

const LEVEL_TEXT = {
  NONE: "인증 전",
  FRESHMAN: "새내기",
  STUDENT: "재학생",
  GRADUATE: "졸업생",
} as const;

const MY_LISTS = [
  { href: "/me/posts", label: "내가 쓴 글" },
  { href: "/me/comments", label: "댓글 단 글" },
  { href: "/me/scraps", label: "내 스크랩" },
  { href: "/me/notifications", label: "알림 설정" },
];

/** The school admins' queues, reachable from 내 정보 (the pages check the role themselves). */
const ADMIN_LISTS = [
  { href: "/admin/reports", label: "신고 관리" },
  { href: "/admin/verifications", label: "학교 인증 심사" },
];

export default async function MePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireViewer("account");
  const [account, { changed }] = await Promise.all([getAccount(viewer), searchParams]);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-xl font-bold">내 정보</h1>

      {changed === "password" && (
        <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          비밀번호를 변경했습니다. 다른 기기에서는 다시 로그인해야 합니다.
        </p>
      )}

      <section
        aria-labelledby="account-heading"
        className="rounded-xl border border-gray-200 bg-white p-4"
      >
        <h2 id="account-heading" className="sr-only">
          계정
        </h2>
        <dl className="grid grid-cols-[5rem_1fr] gap-x-3 gap-y-2 text-sm">
          <dt className="text-gray-500">이메일</dt>
          <dd className="font-medium break-all">{account.email}</dd>
          <dt className="text-gray-500">닉네임</dt>
          <dd className="font-medium">{account.nickname}</dd>
          <dt className="text-gray-500">학교</dt>
          <dd className="font-medium">{account.school.name}</dd>
          <dt className="text-gray-500">학교 인증</dt>
          <dd className="font-medium">
            {LEVEL_TEXT[account.verification]}{" "}
            <Link
              href="/verify"
              className="ml-1 text-sm font-normal text-brand-600 underline-offset-2 hover:underline"
            >
              {account.verification === "NONE" ? "인증하기" : "인증 정보"}
            </Link>
          </dd>
        </dl>
      </section>

      <LinkList label="내 활동" items={MY_LISTS} />

      {viewer.isAdmin && <LinkList label="학교 관리" items={ADMIN_LISTS} />}

      <section className="rounded-xl border border-gray-200 bg-white p-4">
        <NicknameForm nickname={account.nickname} />
      </section>
      <section className="rounded-xl border border-gray-200 bg-white p-4">
        <PasswordForm />
      </section>
      <section
        aria-labelledby="export-heading"
        className="rounded-xl border border-gray-200 bg-white p-4"
      >
        <h2 id="export-heading" className="font-bold">
          개인정보 내려받기
        </h2>
        <p className="mt-1 text-sm text-gray-600">
          프로필, 쓴 글과 댓글, 스크랩, 시간표, 학점, 강의평, 보낸 쪽지, 알림을 JSON 파일 하나로
          받아요.
        </p>
        <a
          href="/api/v1/me/export"
          download
          className="mt-3 inline-block rounded-lg border border-gray-300 px-3 py-2 text-sm font-semibold hover:bg-gray-50"
        >
          JSON 파일로 받기
        </a>
      </section>
      <section className="rounded-xl border border-gray-200 bg-white p-4">
        <DeleteAccountForm />
      </section>
    </div>
  );
}

function LinkList({ label, items }: { label: string; items: { href: string; label: string }[] }) {
  return (
    <nav aria-label={label} className="rounded-xl border border-gray-200 bg-white">
      <ul className="divide-y divide-gray-100">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              className="flex items-center justify-between px-4 py-3 hover:bg-gray-50"
            >
              <span className="font-medium">{item.label}</span>
              <span aria-hidden className="text-gray-400">
                ›
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
