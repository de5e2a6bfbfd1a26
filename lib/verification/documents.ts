import "server-only";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, forbidden, notFound, validationFailed } from "@/lib/http/errors";
import { claimRateLimit } from "@/lib/rate-limit";
import type { VerificationLevel } from "@/lib/auth/gate";
import { forgetViewer, type Viewer } from "@/lib/auth/viewer";
import { shownNickname } from "@/lib/account/erased";
import { createNotification } from "@/lib/notifications/service";
import { announce } from "@/lib/notifications/live";
import { sendMailLater } from "@/lib/mail/queue";
import { documentDecisionMail } from "@/lib/mail/messages";
import { processUploadedImage } from "@/lib/uploads/process-image";
import { newStorageKey, photoStorage } from "@/lib/uploads/storage";
import { readUploadedForm } from "@/lib/uploads/multipart";
import { payloadTooLarge } from "@/lib/uploads/photos";
import { decodeCursor, idCursor, toPage, type Page } from "@/lib/http/cursor";
import { DOCUMENT_LABELS, documentKindSchema, type DocumentDecisionInput } from "./schemas";

// 학교 인증 by document (학생증, 합격증명서, 졸업증명서) for students without school webmail:
// the photo (re-encoded without metadata, like post photos) waits in the school's queue at
// /admin/verifications; only that school's admins see it, never cached; a decision sets the
// level (APPROVE) or not (REJECT), deletes the photo, and tells the student (알림 and mail).
// A new upload replaces a pending one.

export type DocumentKind = "STUDENT" | "FRESHMAN" | "GRADUATE";

/** POST /api/v1/me/verification/document: multipart `file` + `kind` → 202 { id, kind, status }. */
export async function submitDocument(
  viewer: Viewer,
  req: Request,
): Promise<{ id: number; kind: DocumentKind; status: "PENDING" }> {
  await claimRateLimit("verificationDocuments", viewer.id);
  const { file, fields } = await readUploadedForm(req);
  const parsed = documentKindSchema.safeParse(fields.kind);
  if (!parsed.success)
    throw validationFailed({ kind: ["학생증, 합격증명서, 졸업증명서 중 하나를 골라 주세요."] });
  if (file.byteLength > env().UPLOAD_MAX_BYTES) throw payloadTooLarge();
  const image = await processUploadedImage(file, env().UPLOAD_MAX_PIXELS);
  const storageKey = newStorageKey();
  const storage = photoStorage();
  await storage.put(storageKey, image.bytes, "full");
  let replaced: string[] = [];
  try {
    const doc = await prisma.$transaction(async (tx) => {
      const pending = await tx.verificationDocument.findMany({
        where: { userId: viewer.id, status: "PENDING" },
        select: { id: true, storageKey: true },
      });
      replaced = pending.map((p) => p.storageKey).filter((k): k is string => k !== null);
      await tx.verificationDocument.deleteMany({
        where: { id: { in: pending.map((p) => p.id) } },
      });
      return tx.verificationDocument.create({
        data: {
          userId: viewer.id,
          schoolId: viewer.schoolId,
          kind: parsed.data,
          storageKey,
          mimeType: image.mimeType,
          width: image.width,
          height: image.height,
        },
        select: { id: true },
      });
    });
    for (const key of replaced) await storage.delete(key);
    return { id: doc.id, kind: parsed.data, status: "PENDING" };
  } catch (e) {
    await storage.delete(storageKey);
    throw e;
  }
}

function assertAdmin(viewer: Viewer) {
  if (!viewer.isAdmin) throw forbidden("학교 관리자만 볼 수 있습니다.");
}

export type DocumentQueueItem = {
  id: number;
  kind: DocumentKind;
  user: { id: number; nickname: string; email: string; verification: VerificationLevel };
  photoUrl: string;
  createdAt: string;
};

const documentPhotoUrl = (id: number) => `/api/v1/admin/verifications/${id}/photo`;

/** GET /api/v1/admin/verifications: the school's pending documents, oldest first. */
export async function listDocumentQueue(
  viewer: Viewer,
  query: { limit: number; cursor?: string },
): Promise<Page<DocumentQueueItem>> {
  assertAdmin(viewer);
  const after = decodeCursor(query.cursor, idCursor);

  const rows = await prisma.verificationDocument.findMany({
    where: {
      schoolId: viewer.schoolId,
      status: "PENDING",
      ...(after ? { id: { gt: after.id } } : {}),
    },
    orderBy: { id: "asc" },
    take: query.limit + 1,
    select: {
      id: true,
      kind: true,
      createdAt: true,
      user: { select: { id: true, nickname: true, email: true, verification: true } },
    },
  });
  return toPage(
    rows,
    query.limit,
    (r) => ({ id: r.id }),
    (r) => ({
      id: r.id,
      kind: r.kind as DocumentKind,
      user: { ...r.user, nickname: shownNickname(r.user.nickname) },
      photoUrl: documentPhotoUrl(r.id),
      createdAt: r.createdAt.toISOString(),
    }),
  );
}

/** The photo of a pending document, for that school's admins only. */
export async function getDocumentPhoto(
  viewer: Viewer,
  id: number,
): Promise<{ bytes: Uint8Array; mimeType: string }> {
  assertAdmin(viewer);
  const doc = await prisma.verificationDocument.findFirst({
    where: { id, schoolId: viewer.schoolId, status: "PENDING" },
    select: { storageKey: true, mimeType: true },
  });
  if (!doc?.storageKey) throw notFound("서류");
  const bytes = await photoStorage().get(doc.storageKey, "full");
  if (!bytes) throw notFound("서류");
  return { bytes, mimeType: doc.mimeType ?? "application/octet-stream" };
}

const LEVEL_NAME: Record<DocumentKind, string> = {
  STUDENT: "재학생",
  FRESHMAN: "새내기",
  GRADUATE: "졸업생",
};

/** POST /api/v1/admin/verifications/:id: APPROVE or REJECT; the photo is deleted either way. */
export async function decideDocument(
  viewer: Viewer,
  id: number,
  input: DocumentDecisionInput,
  now = new Date(),
): Promise<void> {
  assertAdmin(viewer);
  const notified: number[] = [];
  const decided = await prisma.$transaction(async (tx) => {
    const doc = await tx.verificationDocument.findFirst({
      where: { id, schoolId: viewer.schoolId },
      select: { id: true, userId: true, kind: true, status: true, storageKey: true },
    });
    if (!doc) throw notFound("서류");
    const claimed = await tx.verificationDocument.updateMany({
      where: { id: doc.id, status: "PENDING" },
      data: {
        status: input.decision === "APPROVE" ? "APPROVED" : "REJECTED",
        reason: input.reason || null,
        decidedById: viewer.id,
        decidedAt: now,
        storageKey: null,
      },
    });
    if (claimed.count !== 1)
      throw new AppError("CONFLICT", "이미 처리된 서류입니다.", {
        details: { status: doc.status },
      });
    const kind = doc.kind as DocumentKind;
    const user = await tx.user.findUniqueOrThrow({
      where: { id: doc.userId },
      select: { email: true, verification: true },
    });
    if (input.decision === "APPROVE") {
      // A student who sends a 합격증명서 stays a student; a GRADUATE stays one unless proved otherwise.
      const keep =
        user.verification === "GRADUATE" ||
        (kind === "FRESHMAN" && user.verification === "STUDENT");
      await tx.user.update({
        where: { id: doc.userId },
        data: keep ? {} : { verification: kind, verificationMethod: "DOCUMENT", verifiedAt: now },
        select: { id: true },
      });
    }
    await createNotification(
      tx,
      {
        userId: doc.userId,
        actorId: viewer.id,
        kind: "VERIFICATION",
        text:
          input.decision === "APPROVE"
            ? `학교 인증이 승인되었습니다 (${LEVEL_NAME[kind]}).`
            : `학교 인증 서류(${DOCUMENT_LABELS[kind]})가 반려되었습니다.${input.reason ? ` 사유: ${input.reason}` : ""}`,
        link: "/verify",
      },
      notified,
    );
    return { storageKey: doc.storageKey, userId: doc.userId, email: user.email, kind };
  });
  announce(notified);
  forgetViewer(decided.userId);
  if (decided.storageKey) await photoStorage().delete(decided.storageKey);
  sendMailLater(
    documentDecisionMail(
      decided.email,
      input.decision === "APPROVE",
      LEVEL_NAME[decided.kind],
      input.reason ?? null,
    ),
  );
}
