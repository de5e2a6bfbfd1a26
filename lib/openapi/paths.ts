import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { pageQuerySchema } from "@/lib/http/cursor";
import { itemsSchema } from "@/lib/http/page-schema";
import { idParamSchema, idPath, pathItem, type OperationSpec, type PathSpec } from "./operation";
// The schemas the handlers validate with:
import { accountUpdateSchema, credentialsSchema, signupSchema } from "@/lib/auth/schemas";
import {
  accountDeleteSchema,
  passwordResetConfirmSchema,
  passwordResetRequestSchema,
} from "@/lib/account/schemas";
import {
  bestQuerySchema,
  boardPostsQuerySchema,
  createPostSchema,
  schoolPostsQuerySchema,
  updatePostSchema,
} from "@/lib/community/schemas";
import {
  BOOK_SCAN_LIMIT,
  bookListQuerySchema,
  createBookSchema,
  updateBookSchema,
} from "@/lib/books/schemas";
import { bookDtoSchema, bookPageSchema } from "@/lib/books/dto-schemas";
import {
  boardListQuerySchema,
  createBoardSchema,
  FAVORITES_MAX,
  updateBoardSchema,
} from "@/lib/community/board-schemas";
import {
  commentListQuerySchema,
  createCommentSchema,
  replyListQuerySchema,
} from "@/lib/community/comment-schemas";
import { friendRequestSchema, friendTimetableQuerySchema } from "@/lib/friends/schemas";
import { gradeSemesterParamSchema, putGradesSchema } from "@/lib/grades/schemas";
import {
  domainChildrenQuerySchema,
  lectureListQuerySchema,
  reviewInputSchema,
} from "@/lib/lectures/schemas";
import {
  replyMessageSchema,
  sendMessageSchema,
  threadListQuerySchema,
  threadQuerySchema,
} from "@/lib/messages/schemas";
import {
  markReadSchema,
  notificationListQuerySchema,
  streamQuerySchema,
} from "@/lib/notifications/schemas";
import {
  createReportSchema,
  reportQueueQuerySchema,
  resolveReportSchema,
} from "@/lib/reports/schemas";
import {
  addLectureSchema,
  createEventSchema,
  createTimetableSchema,
  timetableListQuerySchema,
  updateEventSchema,
  updateTimetableSchema,
} from "@/lib/timetable/schemas";
import { semesterDatesInputSchema, semesterParamSchema } from "@/lib/timetable/semester-dates";
import { wizardInputSchema, wizardQuerySchema } from "@/lib/timetable/wizard-schemas";
import { photoQuerySchema } from "@/lib/uploads/photo-query";
// The answers' schemas (lib/<domain>/dto-schemas.ts):
import {
  accountDtoSchema,
  refreshResultSchema,
  signupResultSchema,
  tokenResultSchema,
} from "@/lib/auth/dto-schemas";
import {
  boardDtoSchema,
  boardPageSchema,
  favoriteStateSchema,
  commentDtoSchema,
  commentPageSchema,
  commentedPostItemSchema,
  likeStateSchema,
  postDetailSchema,
  postPageSchema,
  scrapStateSchema,
} from "@/lib/community/dto-schemas";
import {
  friendRequestDtoSchema,
  friendRequestsSchema,
  userBriefSchema,
} from "@/lib/friends/dto-schemas";
import { gradeSemesterDtoSchema, gradesOverviewSchema } from "@/lib/grades/dto-schemas";
import {
  domainChildSchema,
  domainPathSchema,
  lectureAnswerSchema,
  lecturePageSchema,
  reviewDtoSchema,
  reviewPageSchema,
} from "@/lib/lectures/dto-schemas";
import {
  messageDtoSchema,
  sentMessageSchema,
  threadDtoSchema,
  threadPageSchema,
} from "@/lib/messages/dto-schemas";
import { notificationPageSchema } from "@/lib/notifications/dto-schemas";
import {
  deletePushSubscriptionSchema,
  notificationSettingsSchema,
  pushSubscriptionSchema,
} from "@/lib/push/schemas";
import {
  notificationSettingsDtoSchema,
  pushSubscriptionDtoSchema,
  vapidPublicKeySchema,
} from "@/lib/push/dto-schemas";
import { reportDtoSchema, reportQueuePageSchema } from "@/lib/reports/dto-schemas";
import { schoolDtoSchema } from "@/lib/schools/dto-schemas";
import {
  calendarLinkSchema,
  semesterDatesSchema,
  timetableDtoSchema,
  wizardResultSchema,
} from "@/lib/timetable/dto-schemas";
import { uploadedPhotoSchema } from "@/lib/uploads/dto-schemas";
import { emailCodeConfirmSchema, emailCodeRequestSchema } from "@/lib/verification/schemas";
import {
  codeConfirmResultSchema,
  codeRequestResultSchema,
  documentQueuePageSchema,
  documentSubmittedSchema,
  verificationStatusSchema,
} from "@/lib/verification/dto-schemas";
import { documentDecisionSchema, DOCUMENT_KINDS } from "@/lib/verification/schemas";
import { pageSchema } from "@/lib/http/page-schema";

// Every route under app/api/v1, one entry per route file (tests/api/openapi.test.ts fails when a
// route file has no entry here or an entry has no route file). Each entry names the zod schemas
// its handler validates with and the DTO schema of its answer.

const setCookie = z.string().meta({
  description:
    "`refresh_token=…; Path=/api/v1/auth; HttpOnly; SameSite=Strict` (cleared on 401 and logout).",
});
const TIMETABLE_ERRORS = [403, 404];
const semesterPath = (schema: z.ZodType) =>
  z.object({ semester: schema.meta({ description: "2026-1, 2026-S, 2026-2 or 2026-W" }) });
const icsContent = {
  "text/calendar": {
    schema: z
      .string()
      .meta({ description: "RFC 5545 calendar (weekly events, TZID=Asia/Seoul, stable UIDs)." }),
  },
};
/**
 * A signed-in GET that answers one page of a list (`items`, `nextCursor`): the shape every list
 * route shares. `of` names the items in the answer's description ("A page of <of>.").
 */
function listRoute(
  tag: string,
  summary: string,
  list: { query: z.ZodObject; page: z.ZodType; of: string },
  extra: Partial<OperationSpec> = {},
): OperationSpec {
  return {
    summary,
    tags: [tag],
    auth: "bearer",
    query: list.query,
    ok: { status: 200, schema: list.page, description: `A page of ${list.of}.` },
    ...extra,
  };
}
const pagedPosts = (summary: string, query: z.ZodObject, extra: Partial<OperationSpec> = {}) =>
  listRoute("Posts", summary, { query, page: postPageSchema, of: "posts" }, extra);

export const API_INDEX = {
  name: "Campustime API",
  version: "1",
  openapi: "/api/v1/openapi.json",
  docs: "/api/docs",
} as const;

const routes: Record<string, PathSpec> = {
  // ── discovery ─────────────────────────────────────────────────────────────────────────────
  "/api/v1": {
    get: {
      summary: "API index",
      description:
        "Public and constant; touches no database. Cacheable by anyone for five minutes, with an ETag.",
      tags: ["Discovery"],
      auth: "public",
      ok: {
        status: 200,
        description: "Where the document and the reference are.",
        schema: z.object({
          name: z.literal(API_INDEX.name),
          version: z.literal(API_INDEX.version),
          openapi: z.literal(API_INDEX.openapi),
          docs: z.literal(API_INDEX.docs),
        }),
      },
    },
  },
  "/api/v1/openapi.json": {
    get: {
      summary: "This OpenAPI 3.1 document",
      tags: ["Discovery"],
      auth: "public",
      ok: {
        status: 200,
        description: "The document (generated from the handlers' zod schemas).",
        schema: z.looseObject({
          openapi: z.string(),
          info: z.looseObject({}),
          paths: z.looseObject({}),
        }),
      },
    },
  },
  "/api/v1/health": {
    get: {
      summary: "Liveness (with a database round trip)",
      tags: ["Health"],
      auth: "public",
      noEtag: true,
      ok: {
        status: 200,
        description: "Up.",
        schema: z.object({ status: z.literal("ok"), database: z.literal("ok") }),
      },
      extraResponses: {
        503: {
          description: "The database does not answer.",
          content: {
            "application/json": {
              schema: z.object({
                status: z.literal("unavailable"),
                database: z.literal("unavailable"),
              }),
            },
          },
        },
      },
    },
  },
  "/api/v1/health/ready": {
    get: {
      summary: "Readiness (database up, no migration pending, one VAPID key across instances)",
      tags: ["Health"],
      auth: "public",
      noEtag: true,
      ok: {
        status: 200,
        description: "Ready.",
        schema: z.object({
          status: z.literal("ready"),
          database: z.literal("ok"),
          migrations: z.literal("ok"),
          pendingMigrations: z.number().int().optional(),
          pushKeys: z.literal("ok"),
        }),
      },
      extraResponses: {
        503: {
          description: "Not ready.",
          content: {
            "application/json": {
              schema: z.object({
                status: z.literal("unavailable"),
                database: z.enum(["ok", "unavailable"]),
                migrations: z.enum(["ok", "pending", "unknown"]),
                pendingMigrations: z.number().int().optional(),
                pushKeys: z.enum(["ok", "mismatch"]).optional().meta({
                  description:
                    "mismatch: another instance signs Web Push with a different VAPID key pair.",
                }),
              }),
            },
          },
        },
      },
    },
  },

  // ── auth ──────────────────────────────────────────────────────────────────────────────────
  "/api/v1/auth/signup": {
    post: {
      summary: "회원가입",
      tags: ["Auth"],
      auth: "public",
      body: signupSchema,
      rateLimited: true,
      errors: [409],
      ok: { status: 201, schema: signupResultSchema, description: "The new account." },
    },
  },
  "/api/v1/auth/token": {
    post: {
      summary: "로그인: an access token, and the refresh cookie",
      description:
        "401 carries the same message whether the email exists or not; 429 after repeated failures for one email or address.",
      tags: ["Auth"],
      auth: "public",
      body: credentialsSchema,
      rateLimited: true,
      errors: [401],
      okHeaders: { "Set-Cookie": setCookie },
      ok: { status: 200, schema: tokenResultSchema, description: "Signed in." },
    },
  },
  "/api/v1/auth/refresh": {
    post: {
      summary: "A new access token for the refresh cookie (which rotates)",
      description: "Presenting an already-rotated refresh token revokes its whole family.",
      tags: ["Auth"],
      auth: "refresh",
      okHeaders: { "Set-Cookie": setCookie },
      ok: {
        status: 200,
        schema: refreshResultSchema,
        description: "A new access token and a rotated cookie.",
      },
    },
  },
  "/api/v1/auth/logout": {
    post: {
      summary: "Revoke the refresh token and clear its cookie",
      tags: ["Auth"],
      auth: "public",
      okHeaders: { "Set-Cookie": setCookie },
      ok: { status: 204, description: "Signed out (also when there was no cookie)." },
    },
  },

  "/api/v1/auth/password-reset": {
    post: {
      summary: "비밀번호 찾기: mail a reset link",
      description:
        "Always 202 `{}` with the same body in about the same time, whether or not an account has the address. At most 3 an hour per e-mail, and limited per client address (429). The link is `APP_URL` + `/reset-password?token=…`; the token is valid 60 minutes, single use, and a new request voids older ones.",
      tags: ["Auth"],
      auth: "public",
      body: passwordResetRequestSchema,
      rateLimited: true,
      ok: {
        status: 202,
        schema: z.object({}).strict().meta({ id: "Empty" }),
        description: "Accepted (a mail goes out when an account has the address).",
      },
    },
  },
  "/api/v1/auth/password-reset/confirm": {
    post: {
      summary: "비밀번호 찾기: set a new password with the mailed token",
      description:
        "Every browser session, refresh token and access token of the account ends, and a mail says the password changed. An unknown, used or expired token is 400 `INVALID_TOKEN`.",
      tags: ["Auth"],
      auth: "public",
      body: passwordResetConfirmSchema,
      ok: { status: 204, description: "The password is changed." },
    },
  },

  // ── me ────────────────────────────────────────────────────────────────────────────────────
  "/api/v1/me": {
    get: {
      summary: "내 정보",
      tags: ["Me"],
      auth: "bearer",
      access: "account",
      ok: { status: 200, schema: accountDtoSchema, description: "The caller's account." },
    },
    patch: {
      summary: "Change nickname and/or password",
      description:
        "A password change needs `currentPassword` and counts as a login attempt. A nickname change is limited to 5 a day (429); the nickname rules are SPEC's (letters, digits, `_ - .`, one inner space; no reserved names).",
      tags: ["Me"],
      auth: "bearer",
      access: "account",
      body: accountUpdateSchema,
      rateLimited: true,
      errors: [409],
      ok: { status: 200, schema: accountDtoSchema, description: "The updated account." },
    },
    delete: {
      summary: "회원 탈퇴, confirmed with the password",
      description:
        "Sign-in stops and every session, refresh token and access token ends; the login e-mail, school address, nickname and profile image are erased (all can be used again); timetables, grades, friendships and scraps are deleted; posts, comments and reviews stay, a named author shown as `(탈퇴한 회원)`, an anonymous one still `익명`. A wrong password is 403.",
      tags: ["Me"],
      auth: "bearer",
      access: "account",
      body: accountDeleteSchema,
      rateLimited: true,
      errors: [403],
      ok: { status: 204, description: "The account is erased." },
    },
  },
  "/api/v1/me/export": {
    get: {
      summary: "내 정보 내려받기: everything the account holds, as one JSON download",
      description:
        "`Content-Disposition: attachment`: profile, posts (anonymous ones included), comments, 공감, scraps, uploads, timetables with lectures and events, grades, reviews, friends, the messages the caller sent, notifications, reports and 학교 인증 documents.",
      tags: ["Me"],
      auth: "bearer",
      access: "account",
      noEtag: true,
      ok: {
        status: 200,
        description: "The export.",
        headers: z.object({
          "Content-Disposition": z
            .string()
            .meta({ description: 'attachment; filename="campustime-YYYYMMDD.json"' }),
        }),
        content: {
          "application/json": {
            schema: z
              .object({
                exportedAt: z.string(),
                profile: z
                  .object({ id: z.number(), email: z.string(), nickname: z.string() })
                  .loose(),
                posts: z.array(z.unknown()),
                comments: z.array(z.unknown()),
                scraps: z.array(z.unknown()),
                timetables: z.array(z.unknown()),
                grades: z.array(z.unknown()),
                reviews: z.array(z.unknown()),
                messagesSent: z.array(z.unknown()),
                notifications: z.array(z.unknown()),
              })
              .loose()
              .meta({ id: "AccountExport" }),
          },
        },
      },
    },
  },
  // ── 학교 인증 ───────────────────────────────────────────────────────────────────────────────
  "/api/v1/me/verification": {
    get: {
      summary: "학교 인증: the level, the code waiting to be entered, the newest document",
      tags: ["Verification"],
      auth: "bearer",
      access: "account",
      ok: {
        status: 200,
        schema: verificationStatusSchema,
        description: "Where the account stands.",
      },
    },
  },
  "/api/v1/me/verification/email": {
    post: {
      summary: "학교 인증: mail a 6-digit code to a school address",
      description:
        "The address must be at the caller's school's domain or a subdomain of it (400 on `schoolEmail`). A new request replaces the old code; one request a minute and 5 an hour (429). An address that already verified another account gets a mail saying so instead of a code, with the same 202.",
      tags: ["Verification"],
      auth: "bearer",
      access: "account",
      body: emailCodeRequestSchema,
      rateLimited: true,
      ok: { status: 202, schema: codeRequestResultSchema, description: "The mail is on its way." },
    },
  },
  "/api/v1/me/verification/email/confirm": {
    post: {
      summary: "학교 인증: enter the code",
      description:
        "A wrong code is 400 `INVALID_CODE`; after 5 wrong codes, or 10 minutes, the code is void: 400 `CODE_EXPIRED`. 409 when the address verified another account meanwhile.",
      tags: ["Verification"],
      auth: "bearer",
      access: "account",
      body: emailCodeConfirmSchema,
      errors: [409],
      ok: { status: 200, schema: codeConfirmResultSchema, description: "Verified." },
    },
  },
  "/api/v1/me/verification/document": {
    post: {
      summary: "학교 인증 by document (학생증, 합격증명서, 졸업증명서)",
      description:
        "Multipart `file` (JPEG, PNG, WebP or GIF, ≤ 10 MB, stored without metadata) and `kind` (the level it proves). Queued for the school's admins; a new upload replaces a pending one.",
      tags: ["Verification"],
      auth: "bearer",
      access: "account",
      rawBody: {
        required: true,
        content: {
          "multipart/form-data": {
            schema: z.object({
              file: z
                .string()
                .meta({ format: "binary", contentMediaType: "application/octet-stream" }),
              kind: z.enum(DOCUMENT_KINDS),
            }),
          },
        },
      },
      rateLimited: true,
      errors: [400],
      ok: { status: 202, schema: documentSubmittedSchema, description: "Queued for review." },
    },
  },
  "/api/v1/me/posts": { get: pagedPosts("내가 쓴 글 (anonymous ones included)", pageQuerySchema) },
  "/api/v1/me/comments": {
    get: listRoute("Posts", "댓글 단 글: posts the caller commented on, latest comment first", {
      query: pageQuerySchema,
      page: pageSchema(commentedPostItemSchema).meta({ id: "CommentedPostPage" }),
      of: "posts",
    }),
  },
  "/api/v1/me/scraps": { get: pagedPosts("내 스크랩, newest scrap first", pageQuerySchema) },
  "/api/v1/me/grades": {
    get: {
      summary: "학점 계산기: GPA per semester and in total (4.5 scale)",
      tags: ["Grades"],
      auth: "bearer",
      access: "account",
      ok: { status: 200, schema: gradesOverviewSchema, description: "The overview." },
    },
  },
  "/api/v1/me/grades/{semester}": {
    get: {
      summary: "One semester's subjects",
      tags: ["Grades"],
      auth: "bearer",
      access: "account",
      path: semesterPath(gradeSemesterParamSchema),
      ok: {
        status: 200,
        schema: gradeSemesterDtoSchema,
        description: "The semester (empty when none saved).",
      },
    },
    put: {
      summary: "Replace a semester's subjects ([] removes the semester)",
      tags: ["Grades"],
      auth: "bearer",
      access: "account",
      path: semesterPath(gradeSemesterParamSchema),
      body: putGradesSchema,
      ok: { status: 200, schema: gradeSemesterDtoSchema, description: "The saved semester." },
    },
  },

  // ── community ─────────────────────────────────────────────────────────────────────────────
  "/api/v1/schools": {
    get: {
      summary: "Schools (for signup)",
      tags: ["Schools"],
      auth: "public",
      ok: { status: 200, schema: itemsSchema(schoolDtoSchema), description: "Every school." },
    },
  },
  "/api/v1/boards": {
    get: listRoute(
      "Boards",
      "The caller's school's boards (게시판 찾기)",
      { query: boardListQuerySchema, page: boardPageSchema, of: "boards" },
      {
        description:
          "The caller's favourites first (in the order starred), then the school's own boards (display order), then the boards students made (`sort`: `new` newest first, `active` most posted lately, each post counting half after 14 days). A favourite is listed once, in the first part. `q` matches name or description (literally, case-insensitively), `kind` one kind. Closed boards are never listed.",
      },
    ),
    post: {
      summary: "게시판 만들기",
      description:
        "A board of the caller's school, kind `USER`, the caller its manager. Names are unique per school, compared without spaces and case (409). At most 3 boards per student per 30 days (429).",
      tags: ["Boards"],
      auth: "bearer",
      body: createBoardSchema,
      rateLimited: true,
      errors: [409],
      ok: { status: 201, schema: boardDtoSchema, description: "The board." },
    },
  },
  "/api/v1/boards/{id}": {
    get: {
      summary: "One board",
      tags: ["Boards"],
      auth: "bearer",
      path: idPath,
      ok: { status: 200, schema: boardDtoSchema, description: "The board." },
    },
    patch: {
      summary: "Change a board: its description, or its manager",
      description:
        "The manager of a student's board, or an admin of the school. `manager: { nickname }` hands a student's board to a schoolmate (400 on `manager` when the school has no such student).",
      tags: ["Boards"],
      auth: "bearer",
      path: idPath,
      body: updateBoardSchema,
      rateLimited: true,
      errors: [403],
      ok: { status: 200, schema: boardDtoSchema, description: "The board as it is now." },
    },
    delete: {
      summary: "Close a student's board (admins)",
      description:
        "It leaves every list, with its posts; the posts stay reachable to their authors. The school's own boards cannot be closed (403).",
      tags: ["Boards"],
      auth: "bearer",
      path: idPath,
      errors: [403],
      ok: { status: 204, description: "Closed." },
    },
  },
  "/api/v1/boards/{id}/favorite": {
    put: {
      summary: "즐겨찾기: star a board",
      description: `Idempotent. At most ${FAVORITES_MAX} starred boards (409).`,
      tags: ["Boards"],
      auth: "bearer",
      path: idPath,
      rateLimited: true,
      errors: [409],
      ok: { status: 200, schema: favoriteStateSchema, description: "Starred." },
    },
    delete: {
      summary: "즐겨찾기 해제",
      description: "Idempotent; works on a closed board too.",
      tags: ["Boards"],
      auth: "bearer",
      path: idPath,
      rateLimited: true,
      ok: { status: 200, schema: favoriteStateSchema, description: "Not starred." },
    },
  },
  "/api/v1/boards/{id}/posts": {
    get: pagedPosts("A board's posts, newest first", boardPostsQuerySchema, {
      path: idPath,
      description: "`author` never matches another user's anonymous posts.",
    }),
    post: {
      summary: "글쓰기",
      description:
        "A SECRET board accepts only anonymous posts; more than 3 posts by one user in 5 minutes on one board is a 429.",
      tags: ["Posts"],
      auth: "bearer",
      path: idPath,
      body: createPostSchema,
      rateLimited: true,
      ok: { status: 201, schema: postDetailSchema, description: "The post." },
    },
  },
  "/api/v1/posts": {
    get: pagedPosts("The school's posts, newest first", schoolPostsQuerySchema, {
      errors: [404],
      description: "`board` of another school is a 404.",
    }),
  },
  "/api/v1/posts/hot": {
    get: pagedPosts("HOT: posts with ≥ 10 공감, newest first", pageQuerySchema),
  },
  "/api/v1/posts/best": {
    get: pagedPosts(
      "BEST: posts with ≥ 100 공감 in a half-year season, most first",
      bestQuerySchema,
    ),
  },
  "/api/v1/posts/{id}": {
    get: {
      summary: "One post",
      tags: ["Posts"],
      auth: "bearer",
      path: idPath,
      ok: { status: 200, schema: postDetailSchema, description: "The post." },
    },
    patch: {
      summary: "Edit a post (the author)",
      tags: ["Posts"],
      auth: "bearer",
      path: idPath,
      body: updatePostSchema,
      ok: { status: 200, schema: postDetailSchema, description: "The edited post." },
    },
    delete: {
      summary: "Delete a post (soft; the author or an admin)",
      tags: ["Posts"],
      auth: "bearer",
      path: idPath,
      ok: { status: 204, description: "Deleted." },
    },
  },
  "/api/v1/posts/{id}/like": {
    put: {
      summary: "공감 (idempotent; not your own post)",
      tags: ["Posts"],
      auth: "bearer",
      path: idPath,
      rateLimited: true,
      ok: { status: 200, schema: likeStateSchema, description: "The state." },
    },
    delete: {
      summary: "공감 취소 (idempotent)",
      tags: ["Posts"],
      auth: "bearer",
      path: idPath,
      rateLimited: true,
      ok: { status: 200, schema: likeStateSchema, description: "The state." },
    },
  },
  "/api/v1/posts/{id}/scrap": {
    put: {
      summary: "스크랩 (idempotent; not your own post)",
      tags: ["Posts"],
      auth: "bearer",
      path: idPath,
      rateLimited: true,
      ok: { status: 200, schema: scrapStateSchema, description: "The state." },
    },
    delete: {
      summary: "스크랩 취소 (idempotent)",
      tags: ["Posts"],
      auth: "bearer",
      path: idPath,
      rateLimited: true,
      ok: { status: 200, schema: scrapStateSchema, description: "The state." },
    },
  },
  "/api/v1/posts/{id}/comments": {
    get: listRoute(
      "Comments",
      "댓글: top-level comments oldest first, each with its first replies",
      { query: commentListQuerySchema, page: commentPageSchema, of: "top-level comments" },
      { path: idPath },
    ),
    post: {
      summary: "댓글 / 답글 쓰기",
      description: "A reply to a reply is attached to the top-level comment.",
      tags: ["Comments"],
      auth: "bearer",
      path: idPath,
      body: createCommentSchema,
      rateLimited: true,
      ok: { status: 201, schema: commentDtoSchema, description: "The comment." },
    },
  },
  "/api/v1/comments/{id}": {
    delete: {
      summary: "댓글 삭제 (soft; the author or an admin)",
      tags: ["Comments"],
      auth: "bearer",
      path: idPath,
      ok: { status: 204, description: "Deleted." },
    },
  },
  "/api/v1/comments/{id}/replies": {
    get: listRoute(
      "Comments",
      "답글 더 보기: a top-level comment's replies, oldest first",
      { query: replyListQuerySchema, page: commentPageSchema, of: "replies" },
      { path: idPath },
    ),
  },
  "/api/v1/uploads": {
    post: {
      summary: "Upload a photo (JPEG, PNG, WebP or GIF by its bytes; ≤ 10 MB)",
      description:
        "Stored re-encoded without metadata; attach it with `photoIds` when writing a post.",
      tags: ["Uploads"],
      auth: "bearer",
      rawBody: {
        required: true,
        content: {
          "multipart/form-data": {
            schema: z.object({
              file: z
                .string()
                .meta({ format: "binary", contentMediaType: "application/octet-stream" }),
            }),
          },
        },
      },
      rateLimited: true,
      errors: [400],
      ok: { status: 201, schema: uploadedPhotoSchema, description: "The stored photo." },
    },
  },
  "/api/v1/uploads/{id}": {
    get: {
      summary: "A photo's bytes (`?size=thumb`: its WebP thumbnail)",
      tags: ["Uploads"],
      auth: "bearer",
      path: idPath,
      query: photoQuerySchema,
      ok: {
        status: 200,
        description: "The image.",
        headers: z.object({ ETag: z.string() }).partial(),
        content: Object.fromEntries(
          ["image/jpeg", "image/png", "image/webp", "image/gif"].map((t) => [
            t,
            { schema: z.string().meta({ format: "binary" }) },
          ]),
        ),
      },
    },
  },

  // ── lectures ──────────────────────────────────────────────────────────────────────────────
  "/api/v1/lecture-domains": {
    get: {
      summary: "Children of a 전공/영역 node (the top level without parentId)",
      tags: ["Lectures"],
      auth: "bearer",
      query: domainChildrenQuerySchema,
      errors: [404],
      ok: { status: 200, schema: itemsSchema(domainChildSchema), description: "The children." },
    },
  },
  "/api/v1/lecture-domains/{id}": {
    get: {
      summary: "A node with its path from the top down",
      tags: ["Lectures"],
      auth: "bearer",
      path: idPath,
      ok: { status: 200, schema: domainPathSchema, description: "The node." },
    },
  },
  "/api/v1/lectures": {
    get: listRoute(
      "Lectures",
      "Search lectures (semester, domainId with sub-domains, q: name, professor or code)",
      { query: lectureListQuerySchema, page: lecturePageSchema, of: "lectures" },
      { errors: [404] },
    ),
  },
  "/api/v1/lectures/{id}": {
    get: {
      summary: "One lecture",
      tags: ["Lectures"],
      auth: "bearer",
      path: idPath,
      ok: {
        status: 200,
        schema: lectureAnswerSchema,
        description: "The lecture, with `booksOnSale`.",
      },
    },
  },
  "/api/v1/lectures/{id}/reviews": {
    get: listRoute(
      "Lectures",
      "강의평 (anonymous), newest first",
      { query: pageQuerySchema, page: reviewPageSchema, of: "reviews" },
      { path: idPath },
    ),
    post: {
      summary: "강의평 쓰기 (one per user per lecture)",
      tags: ["Lectures"],
      auth: "bearer",
      path: idPath,
      body: reviewInputSchema,
      rateLimited: true,
      errors: [409],
      ok: { status: 201, schema: reviewDtoSchema, description: "The review." },
    },
  },

  // ── timetables ────────────────────────────────────────────────────────────────────────────
  "/api/v1/timetables": {
    get: {
      summary: "My timetables (?semester=)",
      tags: ["Timetables"],
      auth: "bearer",
      query: timetableListQuerySchema,
      ok: {
        status: 200,
        schema: pageSchema(timetableDtoSchema).meta({ id: "TimetablePage" }),
        description: "Every timetable (one page, nextCursor always null).",
      },
    },
    post: {
      summary: "Create a timetable",
      tags: ["Timetables"],
      auth: "bearer",
      body: createTimetableSchema,
      rateLimited: true,
      errors: [409],
      ok: { status: 201, schema: timetableDtoSchema, description: "The timetable." },
    },
  },
  "/api/v1/timetables/{id}": {
    get: {
      summary: "One of my timetables",
      tags: ["Timetables"],
      auth: "bearer",
      path: idPath,
      errors: TIMETABLE_ERRORS,
      ok: { status: 200, schema: timetableDtoSchema, description: "The timetable." },
    },
    patch: {
      summary: "Rename, make primary, change visibility",
      tags: ["Timetables"],
      auth: "bearer",
      path: idPath,
      body: updateTimetableSchema,
      errors: [409],
      ok: { status: 200, schema: timetableDtoSchema, description: "The timetable." },
    },
    delete: {
      summary: "Delete a timetable",
      tags: ["Timetables"],
      auth: "bearer",
      path: idPath,
      ok: { status: 204, description: "Deleted." },
    },
  },
  "/api/v1/timetables/{id}/lectures": {
    post: {
      summary: "Add a lecture",
      description:
        "409 ALREADY_EXISTS when it is there, 409 TIME_CONFLICT with `details.conflicts: [{ lectureId, name }]` when its times overlap.",
      tags: ["Timetables"],
      auth: "bearer",
      path: idPath,
      body: addLectureSchema,
      rateLimited: true,
      errors: [409],
      ok: { status: 201, schema: timetableDtoSchema, description: "The timetable." },
    },
  },
  "/api/v1/timetables/{id}/lectures/{lectureId}": {
    delete: {
      summary: "Take a lecture out",
      tags: ["Timetables"],
      auth: "bearer",
      path: z.object({ id: idParamSchema("timetable id"), lectureId: idParamSchema("lecture id") }),
      rateLimited: true,
      ok: { status: 204, description: "Removed." },
    },
  },
  "/api/v1/timetables/{id}/events": {
    post: {
      summary: "직접 추가: a custom event",
      tags: ["Timetables"],
      auth: "bearer",
      path: idPath,
      body: createEventSchema,
      errors: [409],
      ok: { status: 201, schema: timetableDtoSchema, description: "The timetable." },
    },
  },
  "/api/v1/timetables/{id}/events/{eventId}": {
    patch: {
      summary: "Edit a custom event",
      tags: ["Timetables"],
      auth: "bearer",
      path: z.object({ id: idParamSchema("timetable id"), eventId: idParamSchema("event id") }),
      body: updateEventSchema,
      errors: [409],
      ok: { status: 200, schema: timetableDtoSchema, description: "The timetable." },
    },
    delete: {
      summary: "Delete a custom event",
      tags: ["Timetables"],
      auth: "bearer",
      path: z.object({ id: idParamSchema("timetable id"), eventId: idParamSchema("event id") }),
      ok: { status: 204, description: "Deleted." },
    },
  },
  "/api/v1/timetables/{id}/calendar.ics": {
    get: {
      summary: "The timetable as an iCalendar file (owner only)",
      tags: ["Timetables"],
      auth: "bearer",
      path: idPath,
      errors: [403],
      noEtag: true,
      ok: { status: 200, description: "The calendar.", content: icsContent },
    },
  },
  "/api/v1/timetables/{id}/calendar-link": {
    post: {
      summary: "A secret subscription URL (replaces the old one)",
      tags: ["Timetables"],
      auth: "bearer",
      path: idPath,
      errors: [409],
      ok: {
        status: 201,
        schema: calendarLinkSchema,
        description:
          "`APP_URL` + `/api/v1/calendar/<token>.ics`. The link ends with a new password, deactivation and 회원 탈퇴.",
      },
    },
  },
  "/api/v1/calendar/{file}": {
    get: {
      summary: "A subscribed timetable (`<token>.ics`; the token is the credential)",
      tags: ["Timetables"],
      auth: "public",
      path: z.object({
        file: z.string().meta({ description: "`<token>.ics` from calendar-link" }),
      }),
      noEtag: true,
      ok: { status: 200, description: "The calendar.", content: icsContent },
    },
  },
  "/api/v1/semester-dates": {
    get: {
      summary: "The school's class days per semester",
      tags: ["Timetables"],
      auth: "bearer",
      ok: {
        status: 200,
        schema: itemsSchema(semesterDatesSchema),
        description: "Stored semesters.",
      },
    },
  },
  "/api/v1/admin/semester-dates/{semester}": {
    put: {
      summary: "Set a semester's first and last class day (school admin)",
      tags: ["Admin"],
      auth: "bearer",
      path: semesterPath(semesterParamSchema),
      body: semesterDatesInputSchema,
      ok: { status: 200, schema: semesterDatesSchema, description: "Saved." },
    },
  },
  "/api/v1/timetable-wizard": {
    post: {
      summary: "시간표 마법사: every conflict-free combination that fits, best first",
      tags: ["Timetables"],
      auth: "bearer",
      description:
        "Limited to 30 runs a minute per student (429). A search that would take more than about 50 ms of CPU is refused with 400 `TOO_MANY_COMBINATIONS` (fewer courses or sections, or more constraints, help).",
      query: wizardQuerySchema,
      body: wizardInputSchema,
      errors: [404],
      rateLimited: true,
      ok: { status: 200, schema: wizardResultSchema, description: "Combinations." },
    },
  },

  // ── friends ───────────────────────────────────────────────────────────────────────────────
  "/api/v1/friends": {
    get: {
      summary: "Accepted friends",
      tags: ["Friends"],
      auth: "bearer",
      ok: { status: 200, schema: itemsSchema(userBriefSchema), description: "Friends." },
    },
  },
  "/api/v1/friends/requests": {
    get: {
      summary: "Pending requests",
      tags: ["Friends"],
      auth: "bearer",
      ok: { status: 200, schema: friendRequestsSchema, description: "Incoming and outgoing." },
    },
    post: {
      summary: "Send a friend request by nickname",
      description:
        "404 for an unknown nickname or another school's user; 409 when already friends or pending.",
      tags: ["Friends"],
      auth: "bearer",
      body: friendRequestSchema,
      rateLimited: true,
      errors: [404, 409],
      ok: { status: 201, schema: friendRequestDtoSchema, description: "The request." },
    },
  },
  "/api/v1/friends/requests/{id}/accept": {
    post: {
      summary: "Accept (the addressee)",
      tags: ["Friends"],
      auth: "bearer",
      path: idPath,
      errors: [409],
      ok: { status: 200, schema: friendRequestDtoSchema, description: "The request." },
    },
  },
  "/api/v1/friends/requests/{id}/decline": {
    post: {
      summary: "Decline (the addressee)",
      tags: ["Friends"],
      auth: "bearer",
      path: idPath,
      errors: [409],
      ok: { status: 200, schema: friendRequestDtoSchema, description: "The request." },
    },
  },
  "/api/v1/friends/{userId}": {
    delete: {
      summary: "End a friendship (or withdraw a pending request)",
      tags: ["Friends"],
      auth: "bearer",
      path: z.object({ userId: idParamSchema("the friend's user id") }),
      ok: { status: 204, description: "Ended." },
    },
  },
  "/api/v1/friends/{userId}/timetable": {
    get: {
      summary: "A friend's primary timetable when visible",
      tags: ["Friends"],
      auth: "bearer",
      path: z.object({ userId: idParamSchema("the friend's user id") }),
      query: friendTimetableQuerySchema,
      errors: [403],
      ok: { status: 200, schema: timetableDtoSchema, description: "The timetable." },
    },
  },

  // ── messages, notifications, reports ──────────────────────────────────────────────────────
  // ── 책방 ──────────────────────────────────────────────────────────────────────────────────
  "/api/v1/books": {
    get: listRoute(
      "Books",
      "책방: the school's listings, newest first",
      { query: bookListQuerySchema, page: bookPageSchema, of: "listings" },
      {
        description: `\`q\` matches title, author, ISBN (hyphens aside) or the lecture's name, literally; it looks at the ${BOOK_SCAN_LIMIT.toLocaleString("en")} newest listings below the cursor per request, so a page may end short with a \`nextCursor\` to go on. \`lectureId\` of another school is 404.`,
        errors: [404],
      },
    ),
    post: {
      summary: "책 팔기: a listing",
      description:
        "Status ON_SALE, the caller its seller. `isbn` is checked by its check digit (ISBN-10 or 13, hyphens allowed) and stored as digits; `lectureId` must be a lecture of the caller's school; `photoIds` (≤ 5) are the caller's own unattached uploads.",
      tags: ["Books"],
      auth: "bearer",
      body: createBookSchema,
      rateLimited: true,
      ok: { status: 201, schema: bookDtoSchema, description: "The listing." },
    },
  },
  "/api/v1/books/{id}": {
    get: {
      summary: "One listing",
      tags: ["Books"],
      auth: "bearer",
      path: idPath,
      ok: { status: 200, schema: bookDtoSchema, description: "The listing." },
    },
    patch: {
      summary: "Change a listing (the seller): price, note, status (ON_SALE, RESERVED, SOLD), …",
      tags: ["Books"],
      auth: "bearer",
      path: idPath,
      body: updateBookSchema,
      errors: [403],
      ok: { status: 200, schema: bookDtoSchema, description: "The listing as it is now." },
    },
    delete: {
      summary: "Delete a listing (soft; the seller or an admin)",
      tags: ["Books"],
      auth: "bearer",
      path: idPath,
      errors: [403],
      ok: { status: 204, description: "Deleted." },
    },
  },
  "/api/v1/messages": {
    post: {
      summary:
        "쪽지 보내기 (to the author of a post or comment, a 책방 listing's seller, or a friend)",
      description:
        "`to: { bookId }` starts (or continues) a thread with the listing's seller, origin `BOOK`, anonymous both ways.",
      tags: ["Messages"],
      auth: "bearer",
      body: sendMessageSchema,
      rateLimited: true,
      errors: [404],
      ok: { status: 201, schema: sentMessageSchema, description: "The thread and the message." },
    },
  },
  "/api/v1/messages/threads": {
    get: listRoute("Messages", "쪽지함, newest first", {
      query: threadListQuerySchema,
      page: threadPageSchema,
      of: "threads",
    }),
  },
  "/api/v1/messages/threads/{id}": {
    get: {
      summary: "A thread's messages, oldest first (marks it read)",
      tags: ["Messages"],
      auth: "bearer",
      path: idPath,
      query: threadQuerySchema,
      ok: { status: 200, schema: threadDtoSchema, description: "The thread." },
    },
    post: {
      summary: "Reply in a thread",
      description: "403 BLOCKED when the thread is blocked.",
      tags: ["Messages"],
      auth: "bearer",
      path: idPath,
      body: replyMessageSchema,
      rateLimited: true,
      ok: { status: 201, schema: messageDtoSchema, description: "The message." },
    },
  },
  "/api/v1/messages/threads/{id}/block": {
    post: {
      summary: "차단: the counterpart can no longer send",
      description:
        "Closes this thread both ways (403 `BLOCKED`) and blocks the person: whatever they send the caller afterwards, from any post, comment or friend thread, is kept from the caller (they are not told).",
      tags: ["Messages"],
      auth: "bearer",
      path: idPath,
      ok: { status: 204, description: "Blocked." },
    },
  },
  "/api/v1/notifications": {
    get: listRoute("Notifications", "알림, newest first", {
      query: notificationListQuerySchema,
      page: notificationPageSchema,
      of: "알림, with unreadCount",
    }),
  },
  "/api/v1/notifications/read": {
    post: {
      summary: "Mark read (all when `ids` is omitted)",
      tags: ["Notifications"],
      auth: "bearer",
      body: markReadSchema,
      ok: { status: 204, description: "Marked." },
    },
  },
  "/api/v1/notifications/stream": {
    get: {
      summary: "알림 as Server-Sent Events",
      description:
        'An event `notification` with the item JSON as it is created; a comment line every 25 s. `Last-Event-ID` (or `?lastEventId=`) resumes with the 100 newest missed events. At most 10 open streams per student: opening one more ends the oldest. A stream ends within 5 s of its session ending (로그아웃, new password, deactivation, 회원 탈퇴). A stream ended by the server for good gets a last event `end` with `{ reason: "REPLACED" | "SESSION_ENDED" }`; a reader that stops reading is disconnected.',
      tags: ["Notifications"],
      auth: "bearer",
      query: streamQuerySchema,
      noEtag: true,
      ok: {
        status: 200,
        description: "The stream.",
        content: { "text/event-stream": { schema: z.string() } },
      },
    },
  },
  // ── Web Push ─────────────────────────────────────────────────────────────────────────────
  "/api/v1/push/public-key": {
    get: {
      summary: "The VAPID public key (for pushManager.subscribe)",
      tags: ["Push"],
      auth: "public",
      ok: { status: 200, schema: vapidPublicKeySchema, description: "The key." },
    },
  },
  "/api/v1/me/push-subscriptions": {
    post: {
      summary: "Save this browser's push subscription",
      description:
        "The body is `PushSubscription.toJSON()`. The endpoint must be `https` on a push service in `PUSH_ENDPOINT_HOSTS` (default: the browsers' own; a listed loopback host may use `http`), else 400. At most 10 per student: the oldest is dropped. Made with the session cookie, it ends with that session (로그아웃). The same endpoint again is updated (and moved to this account).",
      tags: ["Push"],
      auth: "bearer",
      body: pushSubscriptionSchema,
      rateLimited: true,
      ok: { status: 201, schema: pushSubscriptionDtoSchema, description: "Saved." },
    },
    delete: {
      summary: "Forget a push subscription of mine",
      description: "204 whether or not one of the caller's subscriptions had this endpoint.",
      tags: ["Push"],
      auth: "bearer",
      body: deletePushSubscriptionSchema,
      ok: { status: 204, description: "Gone." },
    },
  },
  "/api/v1/me/notification-settings": {
    get: {
      summary: "Which 알림 kinds are pushed",
      tags: ["Push"],
      auth: "bearer",
      ok: { status: 200, schema: notificationSettingsDtoSchema, description: "The switches." },
    },
    put: {
      summary: "Set which 알림 kinds are pushed",
      description:
        "Any of the five booleans; those left out keep their value. The in-app list keeps every kind.",
      tags: ["Push"],
      auth: "bearer",
      body: notificationSettingsSchema,
      ok: {
        status: 200,
        schema: notificationSettingsDtoSchema,
        description: "All five, as saved.",
      },
    },
  },
  "/api/v1/reports": {
    post: {
      summary: "신고",
      description:
        "409 on a second report of one target by one user; 403 on your own content. `{ bookId }` reports a 책방 listing (hidden at the same threshold as posts).",
      tags: ["Reports"],
      auth: "bearer",
      body: createReportSchema,
      rateLimited: true,
      errors: [404, 409],
      ok: { status: 201, schema: reportDtoSchema, description: "The report." },
    },
  },
  "/api/v1/admin/reports": {
    get: listRoute(
      "Admin",
      "The school admin's report queue, most reported first",
      { query: reportQueueQuerySchema, page: reportQueuePageSchema, of: "reported targets" },
      { errors: [403] },
    ),
  },
  "/api/v1/admin/verifications": {
    get: listRoute(
      "Admin",
      "The school admin's queue of pending 학교 인증 documents, oldest first",
      { query: pageQuerySchema, page: documentQueuePageSchema, of: "documents" },
      { errors: [403] },
    ),
  },
  "/api/v1/admin/verifications/{id}": {
    post: {
      summary: "APPROVE or REJECT a 학교 인증 document",
      description:
        "APPROVE gives the student the document's level. Either way the photo is deleted and the student notified (알림 and mail). 409 when already decided.",
      tags: ["Admin"],
      auth: "bearer",
      path: idPath,
      body: documentDecisionSchema,
      errors: [403, 409],
      ok: { status: 204, description: "Decided." },
    },
  },
  "/api/v1/admin/verifications/{id}/photo": {
    get: {
      summary: "A pending document's photo (that school's admins only, never cached)",
      tags: ["Admin"],
      auth: "bearer",
      path: idPath,
      noEtag: true,
      ok: {
        status: 200,
        description: "The image.",
        content: Object.fromEntries(
          ["image/jpeg", "image/png", "image/webp", "image/gif"].map((t) => [
            t,
            { schema: z.string().meta({ format: "binary" }) },
          ]),
        ),
      },
    },
  },
  "/api/v1/admin/reports/resolve": {
    post: {
      summary: "KEEP (restore) or REMOVE (delete) a reported target",
      tags: ["Admin"],
      auth: "bearer",
      body: resolveReportSchema,
      errors: [404],
      ok: { status: 204, description: "Resolved." },
    },
  },
};

export const paths: ZodOpenApiPathsObject = Object.fromEntries(
  Object.entries(routes).map(([p, spec]) => [p, pathItem(spec)]),
);
