import "server-only";
import { env, type Env } from "@/lib/env";

// Every rate limit of the app, by name. The numbers are configuration (lib/env.ts, one
// RATE_LIMIT_* variable each, "count/seconds"); what each one counts and why its default never
// bothers a real student is in docs/DECISIONS.md ("Rate limits"). A new feature (messages,
// reports) adds a line here and an env variable, and calls claimRateLimit() before its write.

export type RateLimitRule = {
  /** Stable key prefix; also what the logs and tests call the rule. */
  scope: string;
  limit: number;
  windowMs: number;
  /** The refusal shown to a person (API message and form message), given the wait in seconds. */
  message: (retryAfterSeconds: number) => string;
};

/** "3분", "45초", "2시간", "12일": the wait, rounded up, in the unit a person reads. */
export function waitText(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.ceil(seconds))}초`;
  if (seconds < 3600) return `${Math.ceil(seconds / 60)}분`;
  if (seconds < 2 * 86400) return `${Math.ceil(seconds / 3600)}시간`;
  return `${Math.ceil(seconds / 86400)}일`;
}

const tooMany = (what: string) => (s: number) =>
  `${what} 잠시 후 다시 시도해 주세요. (${waitText(s)} 후 가능)`;

type RuleName =
  | "loginEmail"
  | "loginAddress"
  | "signupAddress"
  | "posts"
  | "comments"
  | "marks"
  | "uploads"
  | "uploadsDaily"
  | "uploadBytesDaily"
  | "timetables"
  | "timetableLectures"
  | "friendRequests"
  | "reviews"
  | "messages"
  | "reports"
  | "boards"
  | "boardEdits"
  | "favorites"
  | "books"
  | "verificationEmailMinute"
  | "verificationEmailHourly"
  | "verificationDocuments"
  | "passwordResetEmail"
  | "passwordResetAddress"
  | "nicknameChanges"
  | "wizard"
  | "pushSubscriptions";

const DEFINITIONS: Record<RuleName, { env: keyof Env; message: RateLimitRule["message"] }> = {
  loginEmail: {
    env: "RATE_LIMIT_LOGIN_EMAIL",
    message: (s) => `로그인 시도가 너무 많습니다. ${waitText(s)} 후에 다시 시도해 주세요.`,
  },
  loginAddress: {
    env: "RATE_LIMIT_LOGIN_ADDRESS",
    message: (s) =>
      `이 네트워크에서 로그인 실패가 너무 많습니다. ${waitText(s)} 후에 다시 시도해 주세요.`,
  },
  signupAddress: {
    env: "RATE_LIMIT_SIGNUP_ADDRESS",
    message: (s) =>
      `이 네트워크에서 가입 요청이 너무 많습니다. ${waitText(s)} 후에 다시 시도해 주세요.`,
  },
  posts: { env: "RATE_LIMIT_POSTS", message: tooMany("이 게시판에 글을 너무 자주 쓰고 있습니다.") },
  comments: { env: "RATE_LIMIT_COMMENTS", message: tooMany("댓글을 너무 자주 쓰고 있습니다.") },
  marks: { env: "RATE_LIMIT_MARKS", message: tooMany("공감/스크랩을 너무 자주 누르고 있습니다.") },
  uploads: { env: "RATE_LIMIT_UPLOADS", message: tooMany("사진을 너무 자주 올리고 있습니다.") },
  uploadsDaily: {
    env: "RATE_LIMIT_UPLOADS_DAILY",
    message: tooMany("오늘 올릴 수 있는 사진 수를 넘었습니다."),
  },
  uploadBytesDaily: {
    env: "RATE_LIMIT_UPLOAD_BYTES_DAILY",
    message: tooMany("오늘 올릴 수 있는 사진 용량을 넘었습니다."),
  },
  timetables: {
    env: "RATE_LIMIT_TIMETABLES",
    message: tooMany("시간표를 너무 많이 만들고 있습니다."),
  },
  timetableLectures: {
    env: "RATE_LIMIT_TIMETABLE_LECTURES",
    message: tooMany("시간표를 너무 자주 바꾸고 있습니다."),
  },
  friendRequests: {
    env: "RATE_LIMIT_FRIEND_REQUESTS",
    message: tooMany("친구 요청을 너무 많이 보내고 있습니다."),
  },
  reviews: { env: "RATE_LIMIT_REVIEWS", message: tooMany("강의평을 너무 자주 쓰고 있습니다.") },
  messages: { env: "RATE_LIMIT_MESSAGES", message: tooMany("쪽지를 너무 자주 보내고 있습니다.") },
  reports: { env: "RATE_LIMIT_REPORTS", message: tooMany("신고를 너무 자주 하고 있습니다.") },
  boards: {
    env: "RATE_LIMIT_BOARDS",
    message: (s) =>
      `게시판은 30일에 3개까지 만들 수 있습니다. ${waitText(s)} 후에 다시 만들 수 있어요.`,
  },
  boardEdits: {
    env: "RATE_LIMIT_BOARD_EDITS",
    message: tooMany("게시판 설정을 너무 자주 바꾸고 있습니다."),
  },
  favorites: {
    env: "RATE_LIMIT_FAVORITES",
    message: tooMany("즐겨찾기를 너무 자주 바꾸고 있습니다."),
  },
  books: { env: "RATE_LIMIT_BOOKS", message: tooMany("책방에 책을 너무 많이 올리고 있습니다.") },
  verificationEmailMinute: {
    env: "RATE_LIMIT_VERIFICATION_EMAIL_MINUTE",
    message: (s) =>
      `인증 코드는 1분에 한 번 요청할 수 있습니다. ${waitText(s)} 후에 다시 요청해 주세요.`,
  },
  verificationEmailHourly: {
    env: "RATE_LIMIT_VERIFICATION_EMAIL_HOURLY",
    message: (s) => `인증 코드를 너무 많이 요청했습니다. ${waitText(s)} 후에 다시 요청해 주세요.`,
  },
  verificationDocuments: {
    env: "RATE_LIMIT_VERIFICATION_DOCUMENTS",
    message: tooMany("인증 서류를 너무 자주 제출하고 있습니다."),
  },
  passwordResetEmail: {
    env: "RATE_LIMIT_PASSWORD_RESET_EMAIL",
    message: (s) => `비밀번호 재설정 요청이 너무 많습니다. ${waitText(s)} 후에 다시 시도해 주세요.`,
  },
  passwordResetAddress: {
    env: "RATE_LIMIT_PASSWORD_RESET_ADDRESS",
    message: (s) =>
      `이 네트워크에서 비밀번호 재설정 요청이 너무 많습니다. ${waitText(s)} 후에 다시 시도해 주세요.`,
  },
  nicknameChanges: {
    env: "RATE_LIMIT_NICKNAME_CHANGES",
    message: tooMany("닉네임을 너무 자주 바꾸고 있습니다."),
  },
  wizard: {
    env: "RATE_LIMIT_WIZARD",
    message: tooMany("시간표 마법사를 너무 자주 돌리고 있습니다."),
  },
  pushSubscriptions: {
    env: "RATE_LIMIT_PUSH_SUBSCRIPTIONS",
    message: tooMany("알림 등록을 너무 자주 하고 있습니다."),
  },
};

/** The rule as configured now. */
export function rateLimitRule(name: RuleName): RateLimitRule {
  const def = DEFINITIONS[name];
  const { limit, windowMs } = env()[def.env] as { limit: number; windowMs: number };
  return { scope: name, limit, windowMs, message: def.message };
}

export type { RuleName as RateLimitRuleName };
