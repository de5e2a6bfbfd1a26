import { z } from "zod";

// GET /api/v1/uploads/:id?size=thumb — the query of a photo (shared by the route and the OpenAPI document).
export const photoQuerySchema = z.object({ size: z.enum(["full", "thumb"]).optional() });
