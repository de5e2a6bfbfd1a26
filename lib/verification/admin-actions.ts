"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idFromText } from "@/lib/validation/id";
import { withAction } from "@/lib/http/with-action";
import { decideDocument } from "./documents";
import { documentDecisionSchema } from "./schemas";

// /admin/verifications: 승인 / 반려, the same service as POST /api/v1/admin/verifications/:id.
export const decideDocumentAction = withAction(
  {
    name: "decideVerificationDocument",
    schema: documentDecisionSchema.extend({ id: idFromText() }).extend({
      reason: z
        .string()
        .optional()
        .transform((v) => (v?.trim() ? v : undefined))
        .pipe(documentDecisionSchema.shape.reason),
    }),
  },
  async ({ viewer, input }) => {
    await decideDocument(viewer, input.id, { decision: input.decision, reason: input.reason });
    revalidatePath("/admin/verifications");
    return { message: input.decision === "APPROVE" ? "승인했습니다." : "반려했습니다." };
  },
);
