import type { Metadata } from "next";
import Link from "next/link";
import { PushSettings } from "@/components/push/push-settings";
import { requireViewer } from "@/lib/auth/viewer";
import { getNotificationSettings } from "@/lib/push/settings";
import { listPushEndpoints } from "@/lib/push/subscriptions";
import { vapidPublicKey } from "@/lib/push/public-key";

export const metadata: Metadata = { title: "알림 설정" };

// 내 정보 › 알림: 알림 받기 on this device (Web Push) and which kinds are pushed.
export default async function NotificationSettingsPage() {
  const viewer = await requireViewer();
  const [settings, endpoints] = await Promise.all([
    getNotificationSettings(viewer),
    listPushEndpoints(viewer),
  ]);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <nav aria-label="위치" className="text-sm text-gray-600">
        <Link href="/me" className="hover:underline">
          내 정보
        </Link>
        <span aria-hidden> › </span>
        <span>알림</span>
      </nav>
      <h1 className="text-xl font-bold">알림 설정</h1>
      <PushSettings
        initial={settings}
        publicKey={vapidPublicKey().publicKey}
        endpoints={endpoints}
      />
    </div>
  );
}
