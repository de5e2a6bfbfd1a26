import Link from "next/link";
import type { VerificationLevel } from "@/lib/auth/gate";

/** On every page while the account is not a verified student (학교 인증). */
export function VerifyBanner({ level }: { level: VerificationLevel }) {
  if (level !== "NONE" && level !== "FRESHMAN") return null;
  return (
    <div
      role="region"
      aria-label="학교 인증 안내"
      className="border-b border-amber-200 bg-amber-50 text-amber-800"
    >
      <p className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2 text-sm">
        <span>
          {level === "NONE"
            ? "학교 인증을 마쳐야 게시판, 시간표, 쪽지를 이용할 수 있어요."
            : "새내기 인증 중이에요. 지금은 새내기게시판과 내 시간표만 이용할 수 있어요."}
        </span>
        <Link href="/verify" className="font-semibold underline underline-offset-2">
          학교 인증하기
        </Link>
      </p>
    </div>
  );
}
