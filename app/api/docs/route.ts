// GET /api/docs — the interactive API reference (Swagger UI, served from this origin) of /api/v1/openapi.json
import { apiDocsResponse } from "@/lib/api-docs/page";

export function GET() {
  return apiDocsResponse();
}
