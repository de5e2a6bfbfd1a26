// GET /api/v1/me/export — 내 정보 내려받기: everything the account holds, one JSON download
import { withApi } from "@/lib/http/with-api";
import { exportAccount } from "@/lib/account/export";

export const GET = withApi(
  async ({ viewer }) => {
    const data = await exportAccount(viewer);
    const day = data.exportedAt.slice(0, 10).replaceAll("-", "");
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="campustime-${day}.json"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
  { access: "account" },
);
