// A typed client of the Campustime API, with openapi-fetch and the types generated from the
// OpenAPI document (generated/api-client/schema.d.ts, `npm run api:types`).
//
//   npx tsx examples/api-client.ts http://localhost:3000
//
// It signs up, gets a token, refreshes it, writes a post, comments on it, adds a lecture to a new
// timetable and reads the timetable back. tests/api/openapi.test.ts runs it against the test server.
import crypto from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import createClient from "openapi-fetch";
import type { paths } from "../generated/api-client/schema";

type Options = {
  baseUrl: string;
  fetch?: (request: Request) => Promise<Response>;
  log?: (line: string) => void;
};

/** Throws with the API's error envelope when a call did not succeed. */
function ok<T>(result: { data?: T; error?: unknown; response: Response }, what: string): T {
  if (result.data === undefined)
    throw new Error(`${what}: ${result.response.status} ${JSON.stringify(result.error)}`);
  return result.data;
}

/** The refresh cookie as a `Cookie` header value, from a response's Set-Cookie. */
function refreshCookie(res: Response): string {
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("refresh_token="));
  if (!cookie) throw new Error("no refresh_token cookie");
  return cookie.split(";")[0];
}

export async function runExample({ baseUrl, fetch, log = console.log }: Options) {
  const client = createClient<paths>({ baseUrl, ...(fetch ? { fetch } : {}) });

  // 1. 회원가입: pick a school, create an account.
  const { items: schools } = ok(await client.GET("/api/v1/schools"), "schools");
  const tag = crypto.randomBytes(4).toString("hex");
  const email = `example-${tag}@example.com`;
  const password = `example-password-${tag}`;
  const { user } = ok(
    await client.POST("/api/v1/auth/signup", {
      body: { email, password, nickname: `예제${tag}`, schoolId: schools[0].id },
    }),
    "signup",
  );
  log(`signed up as ${user.nickname} (${user.school.name})`);

  // 2. 로그인: an access token in the body, the refresh token in an HttpOnly cookie.
  const signedIn = await client.POST("/api/v1/auth/token", { body: { email, password } });
  const token = ok(signedIn, "token");
  let cookie = refreshCookie(signedIn.response);

  // 3. Refresh: a new access token; the cookie rotates (the old one is spent).
  const refreshed = await client.POST("/api/v1/auth/refresh", { headers: { cookie } });
  const { accessToken } = ok(refreshed, "refresh");
  cookie = refreshCookie(refreshed.response);
  log(`refreshed the access token (expires in ${token.expiresIn} s)`);

  const authed = createClient<paths>({
    baseUrl,
    headers: { authorization: `Bearer ${accessToken}` },
    ...(fetch ? { fetch } : {}),
  });
  const me = ok(await authed.GET("/api/v1/me"), "me");

  // 4. 글쓰기 on a board that takes posts with a nickname (not a SECRET one), then 댓글.
  const { items: boards } = ok(await authed.GET("/api/v1/boards"), "boards");
  const board = boards.find((b) => b.kind !== "SECRET") ?? boards[0];
  const post = ok(
    await authed.POST("/api/v1/boards/{id}/posts", {
      params: { path: { id: board.id } },
      body: {
        title: "API로 쓴 글",
        content: "openapi-fetch 예제에서 썼습니다.",
        isAnonymous: board.kind === "SECRET",
      },
    }),
    "post",
  );
  const comment = ok(
    await authed.POST("/api/v1/posts/{id}/comments", {
      params: { path: { id: post.id } },
      body: { content: "첫 댓글", isAnonymous: false },
    }),
    "comment",
  );
  log(`wrote post ${post.id} on ${board.name} and comment ${comment.id}`);

  // 5. 시간표: a lecture of the school, a timetable of its semester, add it, read it back.
  const { items: lectures } = ok(
    await authed.GET("/api/v1/lectures", { params: { query: { limit: 1 } } }),
    "lectures",
  );
  if (!lectures.length) throw new Error("the school has no lectures");
  const lecture = lectures[0];
  const created = ok(
    await authed.POST("/api/v1/timetables", {
      body: { name: `예제 ${tag}`, semester: lecture.semester },
    }),
    "timetable",
  );
  ok(
    await authed.POST("/api/v1/timetables/{id}/lectures", {
      params: { path: { id: created.id } },
      body: { lectureId: lecture.id },
    }),
    "add lecture",
  );
  const timetable = ok(
    await authed.GET("/api/v1/timetables/{id}", { params: { path: { id: created.id } } }),
    "read timetable",
  );
  if (!timetable.lectures.some((l) => l.id === lecture.id))
    throw new Error("the lecture is not in the timetable");
  log(
    `timetable ${timetable.name} (${timetable.semester}): ${timetable.lectures.map((l) => l.name).join(", ")}, ${timetable.totalCredits} credits`,
  );

  // Sign out: the refresh token is revoked and its cookie cleared.
  const out = await client.POST("/api/v1/auth/logout", { headers: { cookie } });
  if (out.response.status !== 204) throw new Error(`logout: ${out.response.status}`);

  return { me, accessToken, post, comment, lecture, timetable };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const baseUrl = process.argv[2] ?? process.env.API_BASE_URL ?? "http://localhost:3000";
  runExample({ baseUrl }).catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
