import { z } from "zod";
import { idOut, isoDateTime } from "@/lib/http/page-schema";

// Response shapes of the friends API (service.ts) as zod schemas, for the OpenAPI document;
// lib/openapi/dto-checks.ts holds them equal to the service's TS types.

export const userBriefSchema = z
  .object({ id: idOut(), nickname: z.string(), profileImageUrl: z.string().nullable() })
  .meta({ id: "UserBrief" });

export const friendRequestDtoSchema = z
  .object({
    id: idOut(),
    status: z.enum(["PENDING", "ACCEPTED", "DECLINED"]),
    requester: userBriefSchema,
    addressee: userBriefSchema,
    createdAt: isoDateTime(),
  })
  .meta({ id: "FriendRequest" });

export const friendRequestsSchema = z
  .object({ incoming: z.array(friendRequestDtoSchema), outgoing: z.array(friendRequestDtoSchema) })
  .meta({ id: "FriendRequests" });
