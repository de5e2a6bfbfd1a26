import "server-only";
import { prisma } from "@/lib/db";
import { viewerLevel, type VerificationLevel } from "@/lib/auth/gate";
import type { Viewer } from "@/lib/auth/viewer";
import { schoolDomains } from "./email";

// GET /api/v1/me/verification and the 학교 인증 page: where the account stands.

/** How long after a code request the next one is allowed (RATE_LIMIT_VERIFICATION_EMAIL_MINUTE's default). */
export const RESEND_AFTER_MS = 60_000;

export type VerificationStatus = {
  verification: VerificationLevel;
  schoolEmail: string | null;
  method: string | null;
  verifiedAt: string | null;
  schoolDomains: string[];
  /** The code waiting to be entered, if any (never the code itself). */
  pendingCode: { sentTo: string; expiresAt: string; resendAt: string } | null;
  /** The newest document sent for review, if any. */
  document: {
    id: number;
    kind: VerificationLevel;
    status: "PENDING" | "APPROVED" | "REJECTED";
    reason: string | null;
    createdAt: string;
    decidedAt: string | null;
  } | null;
};

export async function getVerificationStatus(
  viewer: Viewer,
  now = new Date(),
): Promise<VerificationStatus> {
  const [user, school] = await Promise.all([
    prisma.user.findUniqueOrThrow({
      where: { id: viewer.id },
      select: {
        verification: true,
        schoolEmail: true,
        verificationMethod: true,
        verifiedAt: true,
        emailVerification: { select: { schoolEmail: true, expiresAt: true, createdAt: true } },
        verificationDocuments: {
          orderBy: { id: "desc" },
          take: 1,
          select: {
            id: true,
            kind: true,
            status: true,
            reason: true,
            createdAt: true,
            decidedAt: true,
          },
        },
      },
    }),
    schoolDomains(viewer.schoolId),
  ]);
  const code = user.emailVerification;
  const doc = user.verificationDocuments[0];
  return {
    verification: viewerLevel(user.verification),
    schoolEmail: user.schoolEmail,
    method: user.verificationMethod,
    verifiedAt: user.verifiedAt?.toISOString() ?? null,
    schoolDomains: school.domains,
    pendingCode:
      code && code.expiresAt > now
        ? {
            sentTo: code.schoolEmail,
            expiresAt: code.expiresAt.toISOString(),
            resendAt: new Date(code.createdAt.getTime() + RESEND_AFTER_MS).toISOString(),
          }
        : null,
    document: doc
      ? {
          id: doc.id,
          kind: doc.kind,
          status: doc.status,
          reason: doc.reason,
          createdAt: doc.createdAt.toISOString(),
          decidedAt: doc.decidedAt?.toISOString() ?? null,
        }
      : null,
  };
}
