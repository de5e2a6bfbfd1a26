import "server-only";
import { prisma } from "@/lib/db";
import { AppError, isUniqueViolation, type FieldErrors } from "@/lib/http/errors";
import { hashPassword } from "@/lib/auth/password";
import {
  accountSelect,
  EMAIL_TAKEN,
  NICKNAME_TAKEN,
  toAccountDto,
  type AccountDto,
} from "@/lib/auth/account";
import type { SignupInput } from "@/lib/auth/schemas";
import { claimRateLimit } from "@/lib/rate-limit";

// 회원가입, one implementation for POST /api/v1/auth/signup and the signup form.

const UNKNOWN_SCHOOL = "학교를 선택해 주세요.";

async function takenFields(email: string, nickname: string): Promise<FieldErrors> {
  const taken = await prisma.user.findMany({
    where: { OR: [{ email }, { nickname }] },
    select: { email: true, nickname: true },
  });
  const fields: FieldErrors = {};
  if (taken.some((u) => u.email === email)) fields.email = [EMAIL_TAKEN];
  if (taken.some((u) => u.nickname === nickname)) fields.nickname = [NICKNAME_TAKEN];
  return fields;
}

function conflict(fields: FieldErrors): AppError {
  const message = fields.email ? EMAIL_TAKEN : NICKNAME_TAKEN;
  return new AppError("CONFLICT", message, { fields });
}

/**
 * Creates an account; 400 for an unknown school, 409 (naming the fields) when email or nickname
 * is taken; 429 when the client address has used up its signups (RATE_LIMIT_SIGNUP_ADDRESS,
 * claimed first: every attempt counts, a 409 included, as each costs an argon2 hash).
 */
export async function createAccount(
  input: SignupInput,
  opts: { address: string },
): Promise<AccountDto> {
  await claimRateLimit("signupAddress", opts.address);
  const school = await prisma.school.findUnique({
    where: { id: input.schoolId },
    select: { id: true },
  });
  if (!school)
    throw new AppError("VALIDATION_FAILED", UNKNOWN_SCHOOL, {
      fields: { schoolId: [UNKNOWN_SCHOOL] },
    });

  // The hash first, taken or not: a 409 costs what a 201 costs, so the answer's timing does not
  // tell which e-mails have accounts any better than its status does (the 409 is SPEC's), and
  // RATE_LIMIT_SIGNUP_ADDRESS bounds both alike.
  const passwordHash = await hashPassword(input.password);
  const taken = await takenFields(input.email, input.nickname);
  if (Object.keys(taken).length) throw conflict(taken);

  try {
    return toAccountDto(
      await prisma.user.create({
        data: { email: input.email, nickname: input.nickname, passwordHash, schoolId: school.id },
        select: accountSelect,
      }),
    );
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    // A concurrent signup took the email or nickname after the check: ask again which one.
    const raced = await takenFields(input.email, input.nickname);
    throw conflict(Object.keys(raced).length ? raced : { email: [EMAIL_TAKEN] });
  }
}
