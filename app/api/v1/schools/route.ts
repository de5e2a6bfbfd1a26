import { withPublicApi } from "@/lib/http/with-api";
import { listSchools } from "@/lib/schools/service";

// GET /api/v1/schools — public list of schools (for signup)
export const GET = withPublicApi(async () => ({ items: await listSchools() }));
