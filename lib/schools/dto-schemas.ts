import { z } from "zod";
import { idOut } from "@/lib/http/page-schema";

// GET /api/v1/schools items, for the OpenAPI document (held equal to SchoolDto by lib/openapi/dto-checks.ts).
export const schoolDtoSchema = z.object({ id: idOut(), name: z.string() }).meta({ id: "School" });
