import { z } from "zod";
import { idOut, isoDateTime, pageSchema } from "@/lib/http/page-schema";

// Response shapes of the 쪽지 API (service.ts) as zod schemas, for the OpenAPI document;
// lib/openapi/dto-checks.ts holds them equal to the service's TS types.

export const counterpartSchema = z
  .object({
    name: z.string(),
    id: idOut().optional().meta({ description: "Only for a friend thread." }),
  })
  .meta({ id: "Counterpart" });

export const threadOriginSchema = z
  .object({
    kind: z.enum(["POST", "COMMENT", "FRIEND", "BOOK"]),
    boardName: z.string().optional(),
    postId: idOut().optional(),
    bookId: idOut()
      .optional()
      .meta({ description: "책방: the listing a BOOK thread started from." }),
    bookTitle: z.string().optional(),
  })
  .meta({ id: "ThreadOrigin" });

export const messageDtoSchema = z
  .object({ id: idOut(), content: z.string(), isMine: z.boolean(), createdAt: isoDateTime() })
  .meta({ id: "Message" });

export const threadListItemSchema = z
  .object({
    id: idOut(),
    counterpart: counterpartSchema,
    origin: threadOriginSchema,
    lastMessage: z
      .object({ content: z.string(), isMine: z.boolean(), createdAt: isoDateTime() })
      .nullable(),
    unreadCount: z.number().int(),
  })
  .meta({ id: "ThreadListItem" });

export const threadPageSchema = pageSchema(threadListItemSchema).meta({ id: "ThreadPage" });

export const threadDtoSchema = pageSchema(messageDtoSchema)
  .extend({
    id: idOut(),
    counterpart: counterpartSchema,
    origin: threadOriginSchema,
    blockedByMe: z.boolean(),
    canSend: z.boolean(),
  })
  .meta({ id: "Thread" });

export const sentMessageSchema = z
  .object({ threadId: idOut(), message: messageDtoSchema })
  .meta({ id: "SentMessage" });
