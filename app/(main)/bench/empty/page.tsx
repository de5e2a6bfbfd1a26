import type { Metadata } from "next";
import { notFound } from "next/navigation";

// /bench/empty — for `npm run bench` only: the app's layout and session (the (main) layout
// above: the viewer, the header with its unread count, the footer) around no content, to
// compare with a bare Next.js page. Absent (404) unless the server was started with
// CAMPUSTIME_BENCH=1.
export const metadata: Metadata = { title: "빈 페이지" };

export default function BenchEmptyPage() {
  if (process.env.CAMPUSTIME_BENCH !== "1") notFound();
  return <h1 className="text-xl font-bold">빈 페이지</h1>;
}
