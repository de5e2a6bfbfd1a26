// The one error type services throw. Route handlers turn it into SPEC's envelope
// (lib/http/with-api.ts); server actions turn it into a form message.
import { withObjectParticle } from "@/lib/format/josa";

export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  // 학교 인증 codes and 비밀번호 찾기 tokens (lib/verification, lib/account).
  INVALID_CODE: 400,
  CODE_EXPIRED: 400,
  INVALID_TOKEN: 400,
  // 시간표 마법사: the search would take more than its CPU budget (lib/timetable/wizard-service.ts).
  TOO_MANY_COMBINATIONS: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  // 쪽지: the thread was blocked (lib/messages).
  BLOCKED: 403,
  // Not (yet) verified for this part of the school (lib/auth/gate.ts).
  VERIFICATION_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ALREADY_EXISTS: 409,
  TIME_CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: FieldErrors;
  readonly details?: Record<string, unknown>;
  /** Seconds, for RATE_LIMITED (sent as Retry-After). */
  readonly retryAfter?: number;

  constructor(
    code: ErrorCode,
    message: string,
    extra: { fields?: FieldErrors; details?: Record<string, unknown>; retryAfter?: number } = {},
  ) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fields = extra.fields;
    this.details = extra.details;
    this.retryAfter = extra.retryAfter;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what = "요청한 항목") =>
  new AppError("NOT_FOUND", `${withObjectParticle(what)} 찾을 수 없습니다.`);
export const forbidden = (message = "권한이 없습니다.") => new AppError("FORBIDDEN", message);
export const unauthenticated = (message = "로그인이 필요합니다.") =>
  new AppError("UNAUTHENTICATED", message);

export function validationFailed(
  fields: FieldErrors,
  message = "입력값을 확인해 주세요.",
): AppError {
  return new AppError("VALIDATION_FAILED", message, { fields });
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** Prisma's known request errors, from either generated client (SQLite or PostgreSQL). */
export function prismaErrorCode(e: unknown): string | undefined {
  if (
    typeof e === "object" &&
    e !== null &&
    "code" in e &&
    (e as { name?: string }).name === "PrismaClientKnownRequestError"
  ) {
    return String((e as { code: unknown }).code);
  }
  return undefined;
}

export const isUniqueViolation = (e: unknown) => prismaErrorCode(e) === "P2002";

/**
 * Runs an idempotent write once more when a concurrent twin won the insert: Prisma's upsert is a
 * read then an INSERT unless the database can do it natively, so two requests racing on a row that
 * does not exist yet make one of them fail with a unique violation (seen on PostgreSQL under the
 * fuzz suite). The second try finds the row and updates it.
 */
export async function againIfRaced<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    return write();
  }
}
