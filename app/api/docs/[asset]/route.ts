// GET /api/docs/swagger-ui-bundle.js, /api/docs/swagger-ui.css — the reference page's assets (from swagger-ui-dist)
import { swaggerAssetResponse } from "@/lib/api-docs/swagger-assets";

export async function GET(req: Request, { params }: { params: Promise<{ asset: string }> }) {
  return swaggerAssetResponse((await params).asset, req);
}
