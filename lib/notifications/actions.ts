"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { withAction } from "@/lib/http/with-action";
import { optionalField } from "@/lib/validation/form";
import { idFromText } from "@/lib/validation/id";
import { markNotificationsRead } from "./service";

/** 읽음 표시: one notification (`id` in the form) or all of them. */
export const markReadAction = withAction(
  { name: "markRead", access: "freshman", schema: z.object({ id: optionalField(idFromText()) }) },
  async ({ viewer, input }) => {
    await markNotificationsRead(viewer, input.id === undefined ? {} : { ids: [input.id] });
    revalidatePath("/notifications");
  },
);
