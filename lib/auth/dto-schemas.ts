import { z } from "zod";
import { idOut } from "@/lib/http/page-schema";
import { VERIFICATION_LEVELS } from "@/lib/auth/gate";

// Response shapes of the auth and account API as zod schemas, for the OpenAPI document;
// lib/openapi/dto-checks.ts holds them equal to the services' TS types (account.ts).

export const accountDtoSchema = z
  .object({
    id: idOut(),
    email: z.string().meta({ format: "email" }),
    nickname: z.string(),
    profileImageUrl: z.string().nullable(),
    school: z.object({ id: idOut(), name: z.string() }),
    isAdmin: z.boolean(),
    verification: z.enum(VERIFICATION_LEVELS).meta({
      description:
        "학교 인증: NONE until verified; FRESHMAN reaches only the 새내기게시판; GRADUATE also writes on the 졸업생게시판. Every account is STUDENT when the server runs with SCHOOL_VERIFICATION=off.",
    }),
  })
  .meta({ id: "Account" });

export const signupResultSchema = z.object({ user: accountDtoSchema }).meta({ id: "SignupResult" });

export const tokenResultSchema = z
  .object({
    accessToken: z.string(),
    tokenType: z.literal("Bearer"),
    expiresIn: z.number().int().meta({ description: "Seconds until the access token expires." }),
    user: accountDtoSchema,
  })
  .meta({ id: "TokenResult" });

export const refreshResultSchema = z
  .object({ accessToken: z.string(), expiresIn: z.number().int() })
  .meta({ id: "RefreshResult" });
