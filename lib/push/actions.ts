"use server";

import { z } from "zod";
import { withAction } from "@/lib/http/with-action";
import { PUSH_SETTING_KEYS } from "./schemas";
import { updateNotificationSettings } from "./settings";

/** 내 정보 › 알림: one switch turned on or off (the page calls it with `{ key, on }`). */
export const setPushSettingAction = withAction(
  {
    name: "setPushSetting",
    schema: z.object({ key: z.enum(PUSH_SETTING_KEYS), on: z.boolean() }),
  },
  async ({ viewer, input }) => {
    const settings = await updateNotificationSettings(viewer, { [input.key]: input.on });
    return { data: settings };
  },
);
