import crypto from "node:crypto";
import { api, testDb } from "../support/api";
import { SEED_FIXTURES } from "@/prisma/seed-data/lectures";

// Fixtures shared by the lecture, timetable, review and friends API tests.

export { SEED_FIXTURES };
export const SEMESTER = SEED_FIXTURES.semester;

/** A domain id found by drilling down the API one level at a time, by names from the top. */
export async function domainIdByPath(token: string, names: readonly string[]): Promise<number> {
  let parentId: number | undefined;
  for (const name of names) {
    const res = await api(
      "GET",
      `/api/v1/lecture-domains${parentId ? `?parentId=${parentId}` : ""}`,
      { token },
    );
    if (res.status !== 200) throw new Error(`lecture-domains answered ${res.status}`);
    const node = res.body.items.find((i: { name: string }) => i.name === name);
    if (!node) throw new Error(`no domain ${name} under ${parentId ?? "top"}`);
    parentId = node.id;
  }
  return parentId!;
}

export async function lectureIdByCode(
  schoolId: number,
  code: string,
  semester: string = SEMESTER,
): Promise<number> {
  const row = await testDb().lecture.findFirstOrThrow({
    where: { schoolId, code, semester },
    select: { id: true },
  });
  return row.id;
}

type Slot = {
  day: "MON" | "TUE" | "WED" | "THU" | "FRI" | "SAT" | "SUN";
  start: number;
  end: number;
  room?: string;
};

/** A lecture with exact meeting times (minutes from midnight), under a leaf domain of the school. */
export async function makeLecture(opts: {
  schoolId: number;
  times: Slot[];
  credits?: number;
  semester?: string;
  name?: string;
  domainId?: number;
}) {
  const db = testDb();
  const domainId =
    opts.domainId ??
    (
      await db.lectureDomain.findFirstOrThrow({
        where: { schoolId: opts.schoolId, children: { none: {} } },
        select: { id: true },
        orderBy: { id: "asc" },
      })
    ).id;
  const tag = crypto.randomBytes(4).toString("hex").toUpperCase();
  return db.lecture.create({
    data: {
      schoolId: opts.schoolId,
      code: `TST${tag}`,
      name: opts.name ?? `테스트과목${tag}`,
      professor: "시험교수",
      credits: opts.credits ?? 3,
      semester: opts.semester ?? SEMESTER,
      domainId,
      times: {
        create: opts.times.map((t) => ({
          day: t.day,
          startMinute: t.start,
          endMinute: t.end,
          room: t.room ?? null,
        })),
      },
    },
    select: { id: true, name: true, code: true },
  });
}

/** Every lecture of a query, following nextCursor. */
export async function allLectures(token: string, params: Record<string, string>) {
  const items: any[] = [];
  let cursor: string | null = null;
  do {
    const qs: URLSearchParams = new URLSearchParams({
      ...params,
      limit: "100",
      ...(cursor ? { cursor } : {}),
    });
    const res: { status: number; body: any; text: string } = await api(
      "GET",
      `/api/v1/lectures?${qs}`,
      { token },
    );
    if (res.status !== 200) throw new Error(`lectures answered ${res.status}: ${res.text}`);
    items.push(...res.body.items);
    cursor = res.body.nextCursor;
  } while (cursor);
  return items;
}
