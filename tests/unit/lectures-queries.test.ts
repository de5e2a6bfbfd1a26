import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { countingClient } from "../support/counting-client";
import { SEED_FIXTURES } from "@/prisma/seed-data/lectures";

// Counts the SQL statements the lecture and timetable services run, to hold them to "one query per
// step, never one per row or per tree level". lib/db reuses a client already on globalThis, so a
// client that reports its queries is put there before the services are imported.

let statements: string[] = [];
let restore: () => Promise<void>;
let services: {
  domains: typeof import("@/lib/lectures/domains");
  lectures: typeof import("@/lib/lectures/lectures");
  timetable: typeof import("@/lib/timetable/service");
};
let client: PrismaClient;

beforeAll(async () => {
  ({ client, statements, restore } = countingClient());
  services = {
    domains: await import("@/lib/lectures/domains"),
    lectures: await import("@/lib/lectures/lectures"),
    timetable: await import("@/lib/timetable/service"),
  };
});

afterAll(() => restore());

async function counted<T>(fn: () => Promise<T>): Promise<{ result: T; count: number }> {
  statements.length = 0;
  const result = await fn();
  return {
    result,
    count: statements.filter((s) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(s.trim())).length,
  };
}

async function viewerOf(email: string) {
  const u = await client.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, schoolId: true, nickname: true, isAdmin: true, verification: true },
  });
  return u;
}

async function domainByPath(schoolId: number, names: readonly string[]) {
  let parentId: number | null = null;
  let node: { id: number; path: string } | null = null;
  for (const name of names) {
    node = await client.lectureDomain.findFirstOrThrow({
      where: { schoolId, parentId, name },
      select: { id: true, path: true },
    });
    parentId = node.id;
  }
  return node!;
}

describe("query counts", () => {
  it("children of a node with hasChildren: two statements at any level", async () => {
    const viewer = await viewerOf("demo@hanbit.ac.kr");
    const top = await counted(() => services.domains.listDomainChildren(viewer));
    expect(top.result.length).toBeGreaterThan(1);
    expect(top.count).toBe(2);
    const general = await domainByPath(viewer.schoolId, ["교양"]);
    const level2 = await counted(() => services.domains.listDomainChildren(viewer, general.id));
    expect(level2.result.length).toBeGreaterThan(3);
    // + 1 to check the parent belongs to the school.
    expect(level2.count).toBe(3);
  });

  it("a node's path from the top: two statements for a 4-level path", async () => {
    const viewer = await viewerOf("demo@hanbit.ac.kr");
    const leaf = await domainByPath(viewer.schoolId, SEED_FIXTURES.domainPath);
    expect(leaf.path.split("/").filter(Boolean)).toHaveLength(4);
    const { result, count } = await counted(() => services.domains.getDomainPath(viewer, leaf.id));
    expect(result.path.map((p) => p.name)).toEqual([...SEED_FIXTURES.domainPath]);
    expect(count).toBe(2);
  });

  it("a page of lectures costs the same for 5 or 100 rows and for a node one or four levels deep", async () => {
    const viewer = await viewerOf("demo@hanbit.ac.kr");
    const small = await counted(() =>
      services.lectures.listLectures(viewer, { semester: SEED_FIXTURES.semester, limit: 5 }),
    );
    const large = await counted(() =>
      services.lectures.listLectures(viewer, { semester: SEED_FIXTURES.semester, limit: 100 }),
    );
    expect(large.result.items).toHaveLength(100);
    expect(large.count).toBe(small.count);
    // One statement: lectures with their domains, times and ratings (issue 8; it was 4).
    expect(large.count).toBe(1);
    const search = await counted(() =>
      services.lectures.listLectures(viewer, {
        semester: SEED_FIXTURES.semester,
        q: large.result.items[0].name.slice(0, 2),
        limit: 20,
      }),
    );
    expect(search.result.items.length).toBeGreaterThan(0);
    expect(search.count).toBe(1);
    if (process.env.SHOW_QUERIES) console.log(statements.join("\n"));

    const top = await domainByPath(viewer.schoolId, ["교양"]);
    const leaf = await domainByPath(viewer.schoolId, SEED_FIXTURES.domainPath);
    const shallow = await counted(() =>
      services.lectures.listLectures(viewer, {
        semester: SEED_FIXTURES.semester,
        domainId: top.id,
        limit: 100,
      }),
    );
    const deep = await counted(() =>
      services.lectures.listLectures(viewer, {
        semester: SEED_FIXTURES.semester,
        domainId: leaf.id,
        limit: 100,
      }),
    );
    expect(shallow.result.items.length).toBeGreaterThan(deep.result.items.length);
    expect(shallow.count).toBe(deep.count);
    expect(deep.count).toBe(large.count + 1);
  });

  it("a timetable's lectures and ratings do not cost a statement each", async () => {
    const viewer = await viewerOf("admin@hanbit.ac.kr");
    const semester = SEED_FIXTURES.semester;
    const t = await services.timetable.createTimetable(viewer, {
      name: `측정 ${Date.now()}`,
      semester,
    });
    const one = await counted(() => services.timetable.getMyTimetable(viewer, t.id));
    const lectures = await client.lecture.findMany({
      where: { schoolId: viewer.schoolId, semester, times: { none: {} } },
      select: { id: true },
      take: 6,
    });
    expect(lectures.length).toBeGreaterThanOrEqual(3);
    for (const l of lectures) await services.timetable.addLectureToTimetable(viewer, t.id, l.id);
    const many = await counted(() => services.timetable.getMyTimetable(viewer, t.id));
    expect(many.result.lectures).toHaveLength(lectures.length);
    expect(many.count).toBeLessThanOrEqual(one.count + 3);
    const again = await counted(() => services.timetable.getMyTimetable(viewer, t.id));
    expect(again.count).toBe(many.count);
    await services.timetable.deleteTimetable(viewer, t.id);
  });
});
