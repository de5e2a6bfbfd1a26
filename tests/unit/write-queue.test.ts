import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { lockPostForComment } from "@/lib/community/anonymous-numbers";
import { addMark } from "@/lib/community/post-marks";
import { firstSchoolId, makeViewer } from "../support/viewers";

// Writes queue behind a busy post; they do not fail. A comment's transaction holds its post
// (PostgreSQL: the row lock that numbers 익명N; SQLite: the one writer) for as long as it runs.
// A 공감 on that post waits for it as long as comment writes always did (lib/db.ts,
// TRANSACTION_OPTIONS). It used to give up after Prisma's defaults (2 s for a connection or the
// writer, 5 s in all) and answer 500, which CI once saw in the multi-process write storm.

describe("a 공감 while a long comment transaction holds the post", () => {
  it("waits its turn and succeeds once that transaction ends (here after 6 s)", async () => {
    const schoolId = await firstSchoolId();
    const [author, reader] = [await makeViewer({ schoolId }), await makeViewer({ schoolId })];
    const board = await prisma.board.findFirstOrThrow({
      where: { schoolId, kind: "FREE" },
      select: { id: true },
    });
    const post = await prisma.post.create({
      data: { boardId: board.id, schoolId, authorId: author.id, title: "대기", content: "본문" },
      select: { id: true },
    });

    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let holding!: () => void;
    const held = new Promise<void>((r) => (holding = r));
    const holder = prisma.$transaction(
      async (tx) => {
        await lockPostForComment(tx, post.id);
        await tx.$executeRaw`UPDATE "Post" SET "commentCount" = "commentCount" WHERE "id" = ${post.id}`; // SQLite: now the writer
        holding();
        await released;
      },
      { maxWait: 60_000, timeout: 60_000 },
    );
    await held;
    const like = addMark(reader, post.id, "like").then(
      (count) => ({ ok: true as const, count }),
      (e: unknown) => ({ ok: false as const, error: String(e).slice(0, 200) }),
    );
    setTimeout(release, 6_000);
    expect(await like).toEqual({ ok: true, count: 1 });
    await holder;
  }, 30_000);
});
