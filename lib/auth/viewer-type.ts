import type { VerificationLevel } from "@/generated/prisma/enums";

/**
 * The signed-in user as every service sees them. Its own module so that the session reader
 * (sessions.ts) can name it without importing viewer.ts, which imports the session reader.
 */
export type Viewer = {
  id: number;
  schoolId: number;
  nickname: string;
  isAdmin: boolean;
  /**
   * 학교 인증 level the account counts as (lib/auth/gate.ts): the stored level, or a verified
   * student's under SCHOOL_VERIFICATION=off. Read with the user row, never in a statement of its own.
   */
  verification: VerificationLevel;
};
