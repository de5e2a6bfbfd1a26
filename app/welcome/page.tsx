import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";

// What a first visit to / sees without a session (proxy.ts rewrites / here): what 캠퍼스타임 is,
// and the two ways in. No database work; rendered per request only so that Next puts the CSP
// nonce on its scripts.

export const metadata: Metadata = { title: { absolute: "캠퍼스타임 — 우리 학교 커뮤니티" } };

const FEATURES = [
  {
    title: "게시판",
    text: "같은 학교 학생끼리 자유게시판, 비밀게시판에서 이야기해요. 익명으로도 쓸 수 있어요.",
  },
  {
    title: "시간표",
    text: "수업을 검색해 시간표를 짜고, 시간표 마법사로 공강 많은 조합을 찾아요.",
  },
  {
    title: "강의평가",
    text: "먼저 들은 학생들의 강의평을 보고 수업을 골라요. 과제, 조모임, 학점까지.",
  },
];

export default async function WelcomePage() {
  await connection();
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 pt-14 pb-8 sm:pt-20">
      <div className="text-center">
        <h1 className="text-4xl font-extrabold tracking-tight text-brand-600 sm:text-5xl">
          캠퍼스타임
        </h1>
        <p className="mt-3 text-base text-gray-700 sm:text-lg">
          우리 학교 학생들의 커뮤니티 · 시간표 · 강의평가
        </p>
        <div className="mx-auto mt-8 flex max-w-xs flex-col gap-2 sm:max-w-none sm:flex-row sm:justify-center">
          <Link
            href="/login"
            className="rounded-lg bg-brand-600 px-8 py-3 font-semibold text-white hover:bg-brand-700"
          >
            로그인
          </Link>
          <Link
            href="/signup"
            className="rounded-lg border border-gray-300 bg-white px-8 py-3 font-semibold text-gray-800 hover:bg-gray-50"
          >
            회원가입
          </Link>
        </div>
      </div>
      <ul className="mt-12 grid gap-3 sm:grid-cols-3">
        {FEATURES.map((f) => (
          <li key={f.title} className="rounded-xl border border-gray-200 bg-white p-4">
            <h2 className="font-bold">{f.title}</h2>
            <p className="mt-1 text-sm text-gray-600">{f.text}</p>
          </li>
        ))}
      </ul>
    </main>
  );
}
