// GET /api/v1/openapi.json — the OpenAPI 3.1 document of every /api/v1 route (public; no database)
import { openApiDocumentResponse } from "@/lib/openapi/serve";

export function GET(req: Request) {
  return openApiDocumentResponse(req);
}
