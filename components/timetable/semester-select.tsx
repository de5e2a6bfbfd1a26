import { semesterLabel } from "@/lib/lectures/semesters";

/** A GET form that switches the page to another semester (no JavaScript needed). */
export function SemesterSelect({
  id,
  semester,
  semesters,
  action,
}: {
  id: string;
  semester: string;
  semesters: string[];
  action?: string;
}) {
  return (
    <form method="get" action={action} className="ml-auto flex items-center gap-1 text-sm">
      <label htmlFor={id} className="sr-only">
        학기
      </label>
      <select
        id={id}
        name="semester"
        defaultValue={semester}
        className="rounded-md border border-gray-300 bg-white px-2 py-1.5"
      >
        {semesters.map((s) => (
          <option key={s} value={s}>
            {semesterLabel(s)}
          </option>
        ))}
      </select>
      <button
        type="submit"
        className="rounded-md border border-gray-300 bg-white px-2.5 py-1.5 hover:bg-gray-100"
      >
        이동
      </button>
    </form>
  );
}
