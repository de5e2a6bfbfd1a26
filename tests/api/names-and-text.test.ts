import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { api, createUser, firstSchoolIds, testDb } from "../support/api";
import { boardsOf, writePost } from "../support/community";

// issue 26.3 and 26.9 over HTTP (SPEC "Names cannot pass for someone else"): nicknames from an
// allow-list, reserved names in every disguise, 5 nickname changes a day, and unpaired UTF-16
// surrogates refused in every text field of every body.

let hanbit: number;
let boards: Awaited<ReturnType<typeof boardsOf>>;
beforeAll(async () => {
  [hanbit] = await firstSchoolIds();
  boards = await boardsOf(hanbit);
});

const tag = () => crypto.randomBytes(4).toString("hex");
// A client address of its own per signup batch (signups are limited per address).
const address = () => `198.18.200.${crypto.randomInt(1, 255)}`;

/** A JSON body as a hostile client writes it: `\udc00` stays an escape in the text sent. */
const raw = (json: string) => ({ rawBody: json, headers: { "content-type": "application/json" } });

describe("nicknames (issue 26.3)", () => {
  const disguised = [
    "ᅠ익명", // U+FFA0 halfwidth Hangul filler
    "익͏명", // U+034F combining grapheme joiner
    "한빛관리자",
    "한빛관\u115F리자",
    "한빛관\u3164리자",
    "한빛\u2800관리자",
    "관리자\uFE0F",
    "관리자\u{E0100}",
    "ad\u0300min",
    "ad\u17B5min",
    "ad\u180Bmin",
    "ＡＤＭＩＮ",
    "Аdmin",
    "운영 자",
    "익명7",
    "탈퇴한 회원",
    "김  철수",
    "별★",
  ];

  it("signup refuses every disguise with 400 on `nickname`, and takes an ordinary name", async () => {
    const xff = address();
    for (const nickname of disguised) {
      const res = await api("POST", "/api/v1/auth/signup", {
        headers: { "x-forwarded-for": xff },
        body: {
          email: `n${tag()}@test.example`,
          password: "password-1234",
          nickname,
          schoolId: hanbit,
        },
      });
      expect(res.status, JSON.stringify(nickname)).toBe(400);
      expect(Object.keys(res.body.error.fields), JSON.stringify(nickname)).toEqual(["nickname"]);
    }
    const ok = await api("POST", "/api/v1/auth/signup", {
      headers: { "x-forwarded-for": xff },
      body: {
        email: `n${tag()}@test.example`,
        password: "password-1234",
        nickname: `김 철수${tag().slice(0, 4)}`,
        schoolId: hanbit,
      },
    });
    expect(ok.status).toBe(201);
  });

  it("PATCH /me refuses them too; nobody ever shows up as one of them", async () => {
    const user = await createUser({ schoolId: hanbit });
    for (const nickname of disguised.slice(0, 6)) {
      const res = await api("PATCH", "/api/v1/me", { token: user.token, body: { nickname } });
      expect(res.status, JSON.stringify(nickname)).toBe(400);
    }
    const me = await api("GET", "/api/v1/me", { token: user.token });
    expect(me.body.nickname).toBe(user.nickname);
  });

  it("a nickname change is limited to 5 a day (taken names count: no probing), sending the same one is free", async () => {
    const [user, holder] = await Promise.all([
      createUser({ schoolId: hanbit }),
      createUser({ schoolId: hanbit }),
    ]);
    const change = (nickname: string) =>
      api("PATCH", "/api/v1/me", { token: user.token, body: { nickname } });
    // Probing someone's nickname is a 409, and it counts.
    const probe = await change(holder.nickname);
    expect(probe.status).toBe(409);
    expect(probe.headers.get("ratelimit-remaining")).toBe("4");
    let last = "";
    for (let i = 0; i < 4; i++) {
      last = `바꾼이름${tag()}`;
      const res = await change(last);
      expect(res.status).toBe(200);
      expect(res.body.nickname).toBe(last);
    }
    // The current nickname again is no change.
    expect((await change(last)).status).toBe(200);
    const refused = await change(`여섯번째${tag()}`);
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe("RATE_LIMITED");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(20 * 3600);
    expect((await change(holder.nickname)).status).toBe(429);
    expect((await api("GET", "/api/v1/me", { token: user.token })).body.nickname).toBe(last);
  });
});

describe("unpaired UTF-16 surrogates (issue 26.9)", () => {
  it("are refused with 400 in titles, content, comments, messages, nicknames, timetables and keys", async () => {
    const user = await createUser({ schoolId: hanbit });
    const other = await createUser({ schoolId: hanbit });
    const post = await writePost(other, boards.free);
    const cases: [string, string, string, string][] = [
      [
        `/api/v1/boards/${boards.free}/posts`,
        "POST",
        `{"title":"제목\\udc00","content":"내용"}`,
        "title",
      ],
      [
        `/api/v1/boards/${boards.free}/posts`,
        "POST",
        `{"title":"제목","content":"\\ud800내용"}`,
        "content",
      ],
      [`/api/v1/posts/${post.id}/comments`, "POST", `{"content":"댓글\\udfff"}`, "content"],
      [
        `/api/v1/messages`,
        "POST",
        `{"content":"쪽지\\udc00","to":{"postId":${post.id}}}`,
        "content",
      ],
      [`/api/v1/me`, "PATCH", `{"nickname":"이름\\udc00"}`, "nickname"],
      [`/api/v1/timetables`, "POST", `{"name":"시간표\\ud83d","semester":"2026-1"}`, "name"],
      [`/api/v1/posts/${post.id}/comments`, "POST", `{"content":"좋아요","\\udc00":1}`, "\udc00"],
    ];
    for (const [path, method, body, field] of cases) {
      const res = await api(method, path, { token: user.token, ...raw(body) });
      expect(res.status, `${method} ${path} ${body}`).toBe(400);
      expect(res.body.error.code).toBe("VALIDATION_FAILED");
      expect(Object.keys(res.body.error.fields), body).toEqual([field]);
    }
    // A proper pair (an emoji) is one character, not a surrogate: accepted where text is free.
    const emoji = await api("POST", `/api/v1/posts/${post.id}/comments`, {
      token: user.token,
      ...raw(`{"content":"웃음 \\ud83d\\ude00","isAnonymous":false}`),
    });
    expect(emoji.status).toBe(201);
    expect(emoji.body.content).toBe("웃음 😀");
    // Nothing of the refused ones was stored.
    const stored = await testDb().comment.findMany({
      where: { postId: post.id },
      select: { content: true },
    });
    expect(stored.map((c) => c.content)).toEqual(["웃음 😀"]);
  });

  it("signup refuses one in any field, passwords included", async () => {
    for (const [body, field] of [
      [
        `{"email":"s${tag()}@test.example","password":"password\\udc00","nickname":"서로${tag()}","schoolId":${hanbit}}`,
        "password",
      ],
      [
        `{"email":"s${tag()}@test.example","password":"password-1","nickname":"서로\\udc00게","schoolId":${hanbit}}`,
        "nickname",
      ],
    ] as const) {
      const res = await api("POST", "/api/v1/auth/signup", {
        ...raw(body),
        headers: { "content-type": "application/json", "x-forwarded-for": address() },
      });
      expect(res.status, body).toBe(400);
      expect(Object.keys(res.body.error.fields)).toEqual([field]);
    }
  });
});
