"use client";

import { usePathname, useRouter } from "next/navigation";
import { semesterLabel } from "@/lib/lectures/semesters";

/**
 * Switches the page to another semester as soon as one is chosen (the label says so, for screen
 * readers: the page changes on input). Without JavaScript it is a GET form with an 이동 button.
 */
export function SemesterSelect({
  id,
  semester,
  semesters,
  action,
}: {
  id: string;
  semester: string;
  semesters: string[];
  /** Where the choice goes; this page's path when omitted. */
  action?: string;
}) {
  const router = useRouter();
  const pathname = usePathname();
  return (
    <form method="get" action={action} className="ml-auto flex items-center gap-1 text-sm">
      <label htmlFor={id} className="sr-only">
        학기 (고르면 그 학기로 이동합니다)
      </label>
      <select
        id={id}
        name="semester"
        defaultValue={semester}
        onChange={(e) =>
          router.push(`${action ?? pathname}?semester=${encodeURIComponent(e.target.value)}`)
        }
        className="rounded-md border border-gray-300 bg-white px-2 py-1.5"
      >
        {semesters.map((s) => (
          <option key={s} value={s}>
            {semesterLabel(s)}
          </option>
        ))}
      </select>
      <noscript>
        <button
          type="submit"
          className="rounded-md border border-gray-300 bg-white px-2.5 py-1.5 hover:bg-gray-100"
        >
          이동
        </button>
      </noscript>
    </form>
  );
}
