import "server-only";
import { prisma } from "@/lib/db";
import { againIfRaced } from "@/lib/http/errors";
import type { Viewer } from "@/lib/auth/viewer";
import {
  PUSH_SETTING_KEYS,
  type NotificationSettings,
  type NotificationSettingsInput,
} from "./schemas";

// Which 알림 kinds are pushed to a student's browsers (GET/PUT /api/v1/me/notification-settings
// and 내 정보 › 알림). No row means every kind; the in-app list keeps everything regardless.

const select = { comment: true, reply: true, message: true, hot: true, friend: true } as const;

export const ALL_ON: NotificationSettings = {
  comment: true,
  reply: true,
  message: true,
  hot: true,
  friend: true,
};

export async function getNotificationSettings(viewer: Viewer): Promise<NotificationSettings> {
  const row = await prisma.notificationSetting.findUnique({
    where: { userId: viewer.id },
    select,
  });
  return row ?? { ...ALL_ON };
}

/** Sets the given switches (the others keep their value) and answers all five. */
export async function updateNotificationSettings(
  viewer: Viewer,
  input: NotificationSettingsInput,
): Promise<NotificationSettings> {
  const change: Partial<NotificationSettings> = {};
  for (const key of PUSH_SETTING_KEYS) if (input[key] !== undefined) change[key] = input[key];
  return againIfRaced(() =>
    prisma.notificationSetting.upsert({
      where: { userId: viewer.id },
      create: { userId: viewer.id, ...ALL_ON, ...change },
      update: change,
      select,
    }),
  );
}
