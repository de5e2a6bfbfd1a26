import { z } from "zod";
import { idOut } from "@/lib/http/page-schema";

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
