"use server";

import { revalidatePath } from "next/cache";
import { requireViewer } from "@/lib/auth/viewer";
import { parseId } from "@/lib/validation/id";
import { markNotificationsRead } from "./service";

/** 읽음 표시: one notification (`id` in the form) or all of them. */
export async function markReadAction(formData: FormData): Promise<void> {
  const id = parseId(formData.get("id"));
  await markNotificationsRead(await requireViewer(), id === null ? {} : { ids: [id] });
  revalidatePath("/notifications");
}
