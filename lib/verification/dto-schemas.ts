import { z } from "zod";
import { idOut } from "@/lib/http/page-schema";
import { VERIFICATION_LEVELS } from "@/lib/auth/gate";
import { DOCUMENT_KINDS } from "./schemas";

// Response shapes of 학교 인증 (lib/verification) for the OpenAPI document; lib/openapi/dto-checks.ts
// holds them equal to the services' return types.

const level = z.enum(VERIFICATION_LEVELS);
const time = z.string().meta({ format: "date-time" });

export const codeRequestResultSchema = z
  .object({
    sentTo: z.string().meta({ description: "The school address the mail went to." }),
    expiresAt: time,
  })
  .meta({ id: "VerificationCodeSent" });

export const codeConfirmResultSchema = z
  .object({ verification: level, schoolEmail: z.string() })
  .meta({ id: "VerificationConfirmed" });

export const verificationStatusSchema = z
  .object({
    verification: level,
    schoolEmail: z.string().nullable(),
    method: z
      .string()
      .nullable()
      .meta({ description: "EMAIL, DOCUMENT, SEED or MIGRATION; null when never verified." }),
    verifiedAt: time.nullable(),
    schoolDomains: z.array(z.string()),
    pendingCode: z
      .object({ sentTo: z.string(), expiresAt: time, resendAt: time })
      .nullable()
      .meta({ description: "The code waiting to be entered (never the code itself)." }),
    document: z
      .object({
        id: idOut(),
        kind: level,
        status: z.enum(["PENDING", "APPROVED", "REJECTED"]),
        reason: z.string().nullable(),
        createdAt: time,
        decidedAt: time.nullable(),
      })
      .nullable()
      .meta({ description: "The newest document sent for review." }),
  })
  .meta({ id: "VerificationStatus" });

export const documentSubmittedSchema = z
  .object({ id: idOut(), kind: z.enum(DOCUMENT_KINDS), status: z.literal("PENDING") })
  .meta({ id: "VerificationDocumentSubmitted" });

export const documentQueueItemSchema = z
  .object({
    id: idOut(),
    kind: z.enum(DOCUMENT_KINDS),
    user: z.object({
      id: idOut(),
      nickname: z.string(),
      email: z.string(),
      verification: level,
    }),
    photoUrl: z
      .string()
      .meta({ description: "The photo, for this school's admins only (no-store)." }),
    createdAt: time,
  })
  .meta({ id: "VerificationDocument" });

export const documentQueuePageSchema = z
  .object({ items: z.array(documentQueueItemSchema), nextCursor: z.string().nullable() })
  .meta({ id: "VerificationDocumentPage" });
