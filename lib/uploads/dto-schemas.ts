import { z } from "zod";
import { idOut } from "@/lib/http/page-schema";

// POST /api/v1/uploads answer, for the OpenAPI document (held equal to UploadedPhoto by lib/openapi/dto-checks.ts).
export const uploadedPhotoSchema = z
  .object({ id: idOut(), url: z.string(), thumbnailUrl: z.string(), width: z.number().int(), height: z.number().int() })
  .meta({ id: "UploadedPhoto" });
