import type { BoardKind, VerificationLevel } from "@/generated/prisma/enums";
import { verificationRequired } from "@/lib/env";
import { AppError } from "@/lib/http/errors";

// 학교 인증's gate: what each verification level reaches (SPEC "학교 인증"). The level comes with
// the viewer (lib/auth/viewer.ts reads it with the user row, and applies SCHOOL_VERIFICATION
// there); withApi, withAction, requireViewer and the services that know a board's kind all ask
// this module, so the API, forms, pages and the live stream cannot disagree.
//
//   NONE      signed in, not verified: 내 정보, 학교 인증, passwords, 내려받기, 탈퇴 — nothing of the school
//   FRESHMAN  (합격증명서) the 새내기게시판 only, plus their own timetables, lectures and 알림
//   STUDENT   the school's content; reads the 졸업생게시판 but does not write on it
//   GRADUATE  a student who also writes on the 졸업생게시판

export type { VerificationLevel };

export const VERIFICATION_LEVELS = [
  "NONE",
  "STUDENT",
  "FRESHMAN",
  "GRADUATE",
] as const satisfies readonly VerificationLevel[];

/** What a route, action or page needs of its viewer. */
export type Access =
  /** Any signed-in account, verified or not. */
  | "account"
  /** FRESHMAN and up: its boards are then checked one by one (assertBoardReadable/Writable). */
  | "freshman"
  /** A verified student (STUDENT or GRADUATE). */
  | "student";

export type GateViewer = { verification: VerificationLevel; isAdmin: boolean };

/**
 * The level an account counts as. With SCHOOL_VERIFICATION=off every account is a verified student
 * (a GRADUATE stays one), and no board is closed to it (boardRulesApply).
 */
export function effectiveLevel(stored: VerificationLevel, required: boolean): VerificationLevel {
  if (required) return stored;
  return stored === "GRADUATE" ? "GRADUATE" : "STUDENT";
}

/** The level a user row's `verification` column counts as under SCHOOL_VERIFICATION now. */
export function viewerLevel(stored: unknown): VerificationLevel {
  return effectiveLevel(String(stored) as VerificationLevel, verificationRequired());
}

export function allows(level: VerificationLevel, access: Access): boolean {
  if (access === "account") return true;
  if (access === "freshman") return level !== "NONE";
  return level === "STUDENT" || level === "GRADUATE";
}

export const VERIFY_MESSAGE =
  "학교 인증이 필요합니다. 내 정보 › 학교 인증에서 학교 이메일이나 학생증으로 인증해 주세요.";
export const FRESHMAN_MESSAGE =
  "새내기 인증으로는 새내기게시판만 이용할 수 있습니다. 입학 후 재학생 인증을 해 주세요.";
export const GRADUATE_BOARD_MESSAGE =
  "졸업생게시판에는 졸업생 인증을 한 학생만 글과 댓글을 쓸 수 있습니다.";

/** 403 VERIFICATION_REQUIRED, worded for the level the viewer has. */
export function verificationRequiredError(level: VerificationLevel): AppError {
  return new AppError(
    "VERIFICATION_REQUIRED",
    level === "FRESHMAN" ? FRESHMAN_MESSAGE : VERIFY_MESSAGE,
  );
}

/** Refuses a viewer whose level does not reach `access` (403 VERIFICATION_REQUIRED). */
export function assertAccess(viewer: GateViewer, access: Access): void {
  if (!allows(viewer.verification, access)) throw verificationRequiredError(viewer.verification);
}

/** Whether the viewer reads a board of this kind: a FRESHMAN only the 새내기게시판. */
export function mayReadBoard(viewer: GateViewer, kind: BoardKind): boolean {
  if (viewer.verification === "NONE") return false;
  return viewer.verification !== "FRESHMAN" || kind === "FRESHMAN" || viewer.isAdmin;
}

/** Whether only some boards are open to the viewer (services then check the board of a post). */
export function boardsRestricted(viewer: GateViewer): boolean {
  return viewer.verification === "FRESHMAN" && !viewer.isAdmin;
}

/**
 * Whether the viewer writes (posts, comments) on a board of this kind: what they read, except
 * the 졸업생게시판, which takes graduates (and the school's admins) only. `boardRulesApply` is
 * false under SCHOOL_VERIFICATION=off.
 */
export function mayWriteBoard(
  viewer: GateViewer,
  kind: BoardKind,
  boardRulesApply = verificationRequired(),
): boolean {
  if (!mayReadBoard(viewer, kind)) return false;
  if (kind !== "GRADUATE" || !boardRulesApply) return true;
  return viewer.verification === "GRADUATE" || viewer.isAdmin;
}

export function assertBoardReadable(viewer: GateViewer, kind: BoardKind): void {
  if (!mayReadBoard(viewer, kind)) throw verificationRequiredError(viewer.verification);
}

export function assertBoardWritable(
  viewer: GateViewer,
  kind: BoardKind,
  boardRulesApply = verificationRequired(),
): void {
  assertBoardReadable(viewer, kind);
  if (!mayWriteBoard(viewer, kind, boardRulesApply))
    throw new AppError("VERIFICATION_REQUIRED", GRADUATE_BOARD_MESSAGE);
}
