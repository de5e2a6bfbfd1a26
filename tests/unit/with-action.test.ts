import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { redirect, notFound } from "next/navigation";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { actionClient } from "@/lib/http/with-action";
import { IDLE_STATE, refusalText } from "@/lib/http/action-state";
import { AppError } from "@/lib/http/errors";
import { createPost } from "@/lib/community/posts";
import { likePost } from "@/lib/community/likes";
import { createPostFormSchema } from "@/lib/community/schemas";
import { logger } from "@/lib/log";
import { idFromText } from "@/lib/validation/id";
import { makeViewer } from "../support/viewers";

// withAction, the one server-action contract (lib/http/with-action.ts), against the throwaway
// database: the viewer is a real user row, the bodies call the real services. The app's
// withAction resolves the viewer from the session cookie; here the same wrapper gets it from
// actionClient (there is no request outside a server).

let viewer: Viewer;
let other: Viewer;
let freeBoard: number;
let as: ReturnType<typeof actionClient<Viewer>>;

function form(entries: [string, string][]) {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
}

beforeAll(async () => {
  viewer = await makeViewer();
  other = await makeViewer({ schoolId: viewer.schoolId });
  freeBoard = (
    await prisma.board.findFirstOrThrow({
      where: { schoolId: viewer.schoolId, kind: "FREE" },
      select: { id: true },
    })
  ).id;
  as = actionClient(async () => viewer);
});

describe("withAction: FormData in, one ActionState out", () => {
  const post = () =>
    as({ name: "test.createPost", schema: createPostFormSchema }, async ({ viewer: v, input }) => {
      const { boardId, ...rest } = input;
      const created = await createPost(v, boardId, rest);
      return {
        message: "등록했습니다.",
        data: { id: created.id, isAnonymous: rest.isAnonymous, photoIds: rest.photoIds },
      };
    });

  it("validates the form with the shared schema and runs the service as the viewer (useActionState's (prev, formData))", async () => {
    const state = await post()(
      IDLE_STATE as never,
      form([
        ["boardId", String(freeBoard)],
        ["title", "제목입니다"],
        ["content", "본문입니다"],
        ["isAnonymous", "on"],
      ]),
    );
    expect(state).toMatchObject({
      ok: true,
      message: "등록했습니다.",
      data: { isAnonymous: true, photoIds: [] },
    });
    expect(state.at).toEqual(expect.any(Number));
    const row = await prisma.post.findUniqueOrThrow({
      where: { id: state.data!.id },
      select: { authorId: true, isAnonymous: true, title: true },
    });
    expect(row).toEqual({ authorId: viewer.id, isAnonymous: true, title: "제목입니다" });
  });

  it("an unticked checkbox is false; a key sent twice is a list", async () => {
    const photos = await as(
      {
        name: "test.photos",
        schema: z.object({
          photoIds: createPostFormSchema.shape.photoIds,
          isAnonymous: createPostFormSchema.shape.isAnonymous,
        }),
      },
      async ({ input }) => ({ data: input }),
    )(
      form([
        ["photoIds", "3"],
        ["photoIds", "4"],
      ]),
    );
    expect(photos).toMatchObject({ ok: true, data: { photoIds: [3, 4], isAnonymous: false } });
  });

  it("a refused form gets a message per field and what was typed back, never a password", async () => {
    const login = as(
      {
        name: "test.login",
        schema: z.object({
          email: z.email("이메일 형식이 아닙니다."),
          password: z.string().min(8, "8자 이상"),
        }),
      },
      async () => undefined,
    );
    const state = await login(
      IDLE_STATE as never,
      form([
        ["email", "not-an-email"],
        ["password", "short"],
        ["currentPassword", "secret-1"],
      ]),
    );
    expect(state.ok).toBe(false);
    expect(state.code).toBe("VALIDATION_FAILED");
    expect(state.message).toBe("입력한 내용을 확인해 주세요.");
    expect(state.fieldErrors).toEqual({
      email: ["이메일 형식이 아닙니다."],
      password: ["8자 이상"],
    });
    expect(state.values).toEqual({ email: "not-an-email" });
    expect(JSON.stringify(state)).not.toContain("short");
    expect(JSON.stringify(state)).not.toContain("secret-1");
  });

  it("a post refused by the service keeps the typed title and content", async () => {
    const state = await post()(
      IDLE_STATE as never,
      form([
        ["boardId", "2147483647"],
        ["title", "남길 제목"],
        ["content", "남길 본문"],
      ]),
    );
    expect(state).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      values: { title: "남길 제목", content: "남길 본문" },
    });
    expect(state.message).toMatch(/찾을 수 없습니다/);
  });
});

describe("withAction: errors", () => {
  it("an AppError from a real service is its own message and code (공감 on your own post)", async () => {
    const mine = await createPost(viewer, freeBoard, {
      title: "내 글",
      content: "본문",
      isAnonymous: false,
      photoIds: [],
    });
    const like = as(
      { name: "test.like", schema: z.object({ postId: idFromText() }) },
      async ({ viewer: v, input }) => ({ data: await likePost(v, input.postId) }),
    );
    const state = await like({ postId: mine.id });
    expect(state.ok).toBe(false);
    expect(state.code).toBe("FORBIDDEN");
    expect(refusalText(state)).toMatch(/공감/);
    expect(state.values).toBeUndefined(); // a button's call, not a form: nothing to put back
    // Someone else's post is fine.
    const theirs = await createPost(other, freeBoard, {
      title: "남의 글",
      content: "본문",
      isAnonymous: false,
      photoIds: [],
    });
    expect(await like({ postId: theirs.id })).toMatchObject({
      ok: true,
      data: { liked: true, likeCount: 1 },
    });
  });

  it("an AppError's field messages are field messages", async () => {
    const state = await as({ name: "test.fields", schema: z.object({}) }, async () => {
      throw new AppError("CONFLICT", "이미 사용 중인 닉네임입니다.", {
        fields: { nickname: ["이미 사용 중인 닉네임입니다."] },
      });
    })(form([["nickname", "겹친이름"]]));
    expect(state).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: { nickname: ["이미 사용 중인 닉네임입니다."] },
      values: { nickname: "겹친이름" },
    });
  });

  it("a unique violation from the database is a CONFLICT, not a fault", async () => {
    const state = await as({ name: "test.unique", schema: z.object({}) }, async ({ viewer: v }) => {
      const row = await prisma.user.findUniqueOrThrow({
        where: { id: v.id },
        select: { email: true },
      });
      await prisma.user.update({ where: { id: other.id }, data: { email: row.email } });
    })({});
    expect(state).toMatchObject({ ok: false, code: "CONFLICT", message: "이미 존재합니다." });
  });

  it("an unknown error is a generic message, logged (with the action's name), never shown", async () => {
    const lines: unknown[] = [];
    const original = logger.error.bind(logger);
    (logger as { error: unknown }).error = (...args: unknown[]) => void lines.push(args);
    try {
      const state = await as({ name: "test.fault", schema: z.object({}) }, async () => {
        throw new Error("connection to db-7 refused at /srv/secret");
      })({});
      expect(state).toMatchObject({
        ok: false,
        code: "INTERNAL",
        message: "서버 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.",
      });
      expect(JSON.stringify(state)).not.toContain("db-7");
    } finally {
      (logger as { error: unknown }).error = original;
    }
    expect(lines).toHaveLength(1);
    expect(JSON.stringify(lines[0])).toContain("test.fault");
  });

  it("lets redirect() and notFound() pass through", async () => {
    const go = as({ name: "test.redirect", schema: z.object({}) }, async () =>
      redirect("/posts/1"),
    );
    const error = await go({}).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isRedirectError(error)).toBe(true);
    const missing = as({ name: "test.notFound", schema: z.object({}) }, async () => notFound());
    await expect(missing({})).rejects.toMatchObject({ digest: expect.stringContaining("404") });
  });

  it("a public action runs without a viewer", async () => {
    const open = actionClient(async () => null)(
      { name: "test.public", schema: z.object({ q: z.string() }) },
      async ({ viewer: v, input }) => ({ data: { signedIn: v !== null, q: input.q } }),
    );
    expect(await open(form([["q", "검색"]]))).toMatchObject({
      ok: true,
      data: { signedIn: false, q: "검색" },
    });
  });
});
