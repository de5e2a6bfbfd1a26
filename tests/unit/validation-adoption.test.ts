import { describe, expect, it } from "vitest";
import { LONE_SURROGATE_MESSAGE } from "@/lib/validation/text";
import type { z } from "zod";
import { accountUpdateSchema, credentialsSchema, signupSchema } from "@/lib/auth/schemas";
import { commentFormSchema, createCommentSchema } from "@/lib/community/comment-schemas";
import {
  createPostSchema,
  schoolPostsQuerySchema,
  updatePostSchema,
} from "@/lib/community/schemas";
import { friendRequestSchema } from "@/lib/friends/schemas";
import {
  domainChildrenQuerySchema,
  lectureListQuerySchema,
  reviewInputSchema,
} from "@/lib/lectures/schemas";
import {
  addLectureSchema,
  createTimetableSchema,
  updateTimetableSchema,
} from "@/lib/timetable/schemas";

// issue 9.10: every id in every schema is bounded by the one id rule (≤ 2³¹−1, so PostgreSQL's
// `integer` never sees a larger one), and every text field refuses control characters other
// than \n and \t (NUL breaks PostgreSQL), naming the field.

function fieldsOf(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const r = schema.safeParse(input);
  if (r.success) return {};
  const out: Record<string, string[]> = {};
  for (const i of r.error.issues) (out[i.path.join(".") || "_"] ??= []).push(i.message);
  return out;
}

const BIG_IDS = [2 ** 31, 2 ** 53 + 1, -1, 0, 1.5, 1e10];
const BIG_ID_TEXT = [
  "2147483648",
  "9007199254740993",
  "-1",
  "0",
  "1.5",
  "1e3",
  "9999999999",
  "0x10",
  " 1 2",
];

describe("ids are bounded everywhere", () => {
  const cases: [string, z.ZodType, (id: unknown) => unknown, string][] = [
    [
      "comment parentId",
      createCommentSchema,
      (id) => ({ content: "hi", parentId: id }),
      "parentId",
    ],
    ["comment form postId", commentFormSchema, (id) => ({ postId: id, content: "hi" }), "postId"],
    [
      "comment form parentId",
      commentFormSchema,
      (id) => ({ postId: "1", parentId: id, content: "hi" }),
      "parentId",
    ],
    [
      "photoIds",
      createPostSchema,
      (id) => ({ title: "t", content: "c", photoIds: [id] }),
      "photoIds.0",
    ],
    ["posts author", schoolPostsQuerySchema, (id) => ({ author: id }), "author"],
    ["posts board", schoolPostsQuerySchema, (id) => ({ board: id }), "board"],
    ["lectures domainId", lectureListQuerySchema, (id) => ({ domainId: id }), "domainId"],
    ["domains parentId", domainChildrenQuerySchema, (id) => ({ parentId: id }), "parentId"],
    ["timetable lectureId", addLectureSchema, (id) => ({ lectureId: id }), "lectureId"],
    [
      "signup schoolId",
      signupSchema,
      (id) => ({ email: "a@b.cd", password: "password-1", nickname: "닉네임", schoolId: id }),
      "schoolId",
    ],
  ];
  for (const [name, schema, make, field] of cases) {
    it(name, () => {
      const values = [
        ...BIG_IDS,
        ...BIG_ID_TEXT.filter(() => schema !== createCommentSchema && name !== "photoIds"),
      ];
      for (const v of values)
        expect(fieldsOf(schema, make(v))[field], `${name} ${v}`).toBeDefined();
      expect(
        fieldsOf(
          schema,
          make(schema === createCommentSchema || name === "photoIds" ? 2 ** 31 - 1 : "2147483647"),
        )[field],
      ).toBeUndefined();
    });
  }
});

describe("text fields refuse control characters, naming the field", () => {
  const CONTROL = ["\u0000", "\u0001", "\u0008", "\u000b", "\u000c", "\u001b", "\u007f"];
  const cases: [string, z.ZodType, (s: string) => unknown, string][] = [
    ["post title", createPostSchema, (s) => ({ title: `제목${s}`, content: "내용" }), "title"],
    ["post content", createPostSchema, (s) => ({ title: "제목", content: `내용${s}` }), "content"],
    ["edit content", updatePostSchema, (s) => ({ content: `내용${s}` }), "content"],
    ["comment", createCommentSchema, (s) => ({ content: `댓글${s}` }), "content"],
    ["search q", schoolPostsQuerySchema, (s) => ({ q: `검색${s}` }), "q"],
    ["search title", schoolPostsQuerySchema, (s) => ({ title: `검색${s}` }), "title"],
    ["lecture q", lectureListQuerySchema, (s) => ({ q: `검색${s}` }), "q"],
    [
      "review",
      reviewInputSchema,
      (s) => ({ rating: 5, semester: "2026-1", content: `${"좋은 강의입니다 ".repeat(4)}${s}` }),
      "content",
    ],
    [
      "timetable name",
      createTimetableSchema,
      (s) => ({ name: `시간표${s}`, semester: "2026-1" }),
      "name",
    ],
    ["timetable rename", updateTimetableSchema, (s) => ({ name: `시간표${s}` }), "name"],
    ["friend nickname", friendRequestSchema, (s) => ({ nickname: `친구${s}` }), "nickname"],
    ["login email", credentialsSchema, (s) => ({ email: `a${s}@b.cd`, password: "x" }), "email"],
    [
      "signup nickname",
      signupSchema,
      (s) => ({ email: "a@b.cd", password: "password-1", nickname: `닉네임${s}`, schoolId: 1 }),
      "nickname",
    ],
    ["me nickname", accountUpdateSchema, (s) => ({ nickname: `닉네임${s}` }), "nickname"],
  ];
  for (const [name, schema, make, field] of cases) {
    it(name, () => {
      for (const c of CONTROL)
        expect(fieldsOf(schema, make(c))[field], `${name} ${JSON.stringify(c)}`).toBeDefined();
      // issue 26.9: unpaired UTF-16 surrogates too (a pair, an emoji, is fine where symbols are).
      for (const c of ["\udc00", "\ud800", "\ud83d", "\ude00\ud83d"])
        expect(fieldsOf(schema, make(c))[field], `${name} ${JSON.stringify(c)}`).toEqual([
          LONE_SURROGATE_MESSAGE,
        ]);
    });
  }

  it("newline and tab stay allowed in long text", () => {
    expect(
      createPostSchema.safeParse({ title: "제목", content: "첫 줄\n\t둘째 줄\r\n셋째" }).success,
    ).toBe(true);
    expect(createCommentSchema.safeParse({ content: "a\nb\tc" }).success).toBe(true);
  });
});
