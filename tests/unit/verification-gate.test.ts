import { describe, expect, it } from "vitest";
import {
  allows,
  assertAccess,
  assertBoardWritable,
  effectiveLevel,
  mayReadBoard,
  mayWriteBoard,
  VERIFICATION_LEVELS,
} from "@/lib/auth/gate";
import type { BoardKind } from "@/generated/prisma/enums";
import { isAppError } from "@/lib/http/errors";

// 학교 인증's gate (lib/auth/gate.ts): what each level reaches, with SCHOOL_VERIFICATION required
// and off. The API, actions, pages and the stream all ask these functions (tests/api cover them
// over HTTP).

const KINDS: BoardKind[] = ["FREE", "SECRET", "GRADUATE", "FRESHMAN", "INFO", "CLUB"];
const as = (verification: (typeof VERIFICATION_LEVELS)[number], isAdmin = false) => ({
  verification,
  isAdmin,
});

function code(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    return isAppError(e) ? `${e.status} ${e.code}` : String(e);
  }
}

describe("levels and access", () => {
  it("NONE reaches only the account; FRESHMAN the 새내기 parts; STUDENT and GRADUATE everything", () => {
    expect(VERIFICATION_LEVELS.map((l) => allows(l, "account"))).toEqual([true, true, true, true]);
    expect(VERIFICATION_LEVELS.map((l) => allows(l, "freshman"))).toEqual([
      false,
      true,
      true,
      true,
    ]);
    expect(VERIFICATION_LEVELS.map((l) => allows(l, "student"))).toEqual([
      false,
      true,
      false,
      true,
    ]);
  });

  it("a refusal is 403 VERIFICATION_REQUIRED", () => {
    expect(code(() => assertAccess(as("NONE"), "freshman"))).toBe("403 VERIFICATION_REQUIRED");
    expect(code(() => assertAccess(as("FRESHMAN"), "student"))).toBe("403 VERIFICATION_REQUIRED");
    expect(code(() => assertAccess(as("STUDENT"), "student"))).toBeNull();
  });

  it("SCHOOL_VERIFICATION=off counts every account as a verified student (a graduate stays one)", () => {
    expect(VERIFICATION_LEVELS.map((l) => effectiveLevel(l, false))).toEqual([
      "STUDENT",
      "STUDENT",
      "STUDENT",
      "GRADUATE",
    ]);
    expect(VERIFICATION_LEVELS.map((l) => effectiveLevel(l, true))).toEqual([
      ...VERIFICATION_LEVELS,
    ]);
  });
});

describe("boards", () => {
  it("a FRESHMAN reads and writes only the 새내기게시판", () => {
    expect(KINDS.filter((k) => mayReadBoard(as("FRESHMAN"), k))).toEqual(["FRESHMAN"]);
    expect(KINDS.filter((k) => mayWriteBoard(as("FRESHMAN"), k, true))).toEqual(["FRESHMAN"]);
  });

  it("a STUDENT reads every board and writes on all but the 졸업생게시판; a GRADUATE on all", () => {
    expect(KINDS.filter((k) => mayReadBoard(as("STUDENT"), k))).toEqual(KINDS);
    expect(KINDS.filter((k) => !mayWriteBoard(as("STUDENT"), k, true))).toEqual(["GRADUATE"]);
    expect(KINDS.filter((k) => mayWriteBoard(as("GRADUATE"), k, true))).toEqual(KINDS);
    expect(code(() => assertBoardWritable(as("STUDENT"), "GRADUATE", true))).toBe(
      "403 VERIFICATION_REQUIRED",
    );
  });

  it("a school admin writes everywhere; with verification off no board is closed", () => {
    expect(KINDS.filter((k) => mayWriteBoard(as("STUDENT", true), k, true))).toEqual(KINDS);
    expect(KINDS.filter((k) => mayWriteBoard(as("STUDENT"), k, false))).toEqual(KINDS);
  });

  it("NONE reads no board at all", () => {
    expect(KINDS.filter((k) => mayReadBoard(as("NONE"), k))).toEqual([]);
  });
});
