"use client";

import { useEffect, useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { refusalText } from "@/lib/http/action-state";
import { setPushSettingAction } from "@/lib/push/actions";
import {
  PUSH_SETTING_KEYS,
  PUSH_SETTING_LABELS,
  type NotificationSettings,
  type PushSettingKey,
} from "@/lib/push/schemas";
import {
  currentSubscription,
  pushSupport,
  subscribeThisBrowser,
  unsubscribeThisBrowser,
  type PushSupport,
} from "./push-client";

type DeviceState =
  "checking" | "ios-install" | "unsupported" | "denied" | "off" | "on" | "working" | "failed";

const DEVICE_TEXT: Record<DeviceState, string> = {
  checking: "이 기기의 알림 상태를 확인하고 있습니다…",
  "ios-install":
    "iPhone과 iPad에서는 홈 화면에 추가한 캠퍼스타임 앱에서만 알림을 받을 수 있습니다. Safari의 공유 버튼에서 ‘홈 화면에 추가’를 누른 뒤, 홈 화면의 앱에서 알림 받기를 눌러 주세요.",
  unsupported: "이 브라우저에서는 푸시 알림을 받을 수 없습니다.",
  denied:
    "이 사이트의 알림이 차단되어 있습니다. 브라우저 설정에서 알림을 허용한 뒤 다시 눌러 주세요.",
  off: "알림 받기를 누르면 앱을 닫아 두어도 댓글, 답글, 쪽지 알림이 이 기기에 옵니다.",
  on: "이 기기에서 알림을 받고 있습니다.",
  working: "알림을 설정하고 있습니다…",
  failed: "알림을 켜지 못했습니다. 잠시 후 다시 시도해 주세요.",
};

/**
 * 내 정보 › 알림. "알림 받기" asks for the browser's permission only when tapped, subscribes this
 * browser and saves it (tied to this session); the switches choose which kinds are pushed.
 * `endpoints` are the viewer's saved subscriptions: a browser subscription the server does not
 * know (another account's, or one whose session ended) counts as off until 알림 받기 is tapped.
 */
export function PushSettings({
  initial,
  publicKey,
  endpoints,
}: {
  initial: NotificationSettings;
  publicKey: string;
  endpoints: string[];
}) {
  const [device, setDevice] = useState<DeviceState>("checking");
  const [settings, setSettings] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const hintId = useId();

  useEffect(() => {
    let live = true;
    const support: PushSupport = pushSupport();
    const check = async (): Promise<DeviceState> => {
      if (support !== "supported") return support;
      if (Notification.permission === "denied") return "denied";
      const sub = await currentSubscription(publicKey).catch(() => null);
      return sub && Notification.permission === "granted" && endpoints.includes(sub.endpoint)
        ? "on"
        : "off";
    };
    void check().then((s) => live && setDevice(s));
    return () => {
      live = false;
    };
  }, [publicKey, endpoints]);

  async function turnOn() {
    setDevice("working");
    const result = await subscribeThisBrowser(publicKey).catch(() => "failed" as const);
    setDevice(result === "subscribed" ? "on" : result === "denied" ? "denied" : "failed");
  }

  async function turnOff() {
    setDevice("working");
    await unsubscribeThisBrowser();
    setDevice("off");
  }

  function toggle(key: PushSettingKey, on: boolean) {
    const before = settings;
    setSettings({ ...settings, [key]: on });
    setError(null);
    startTransition(async () => {
      const state = await setPushSettingAction({ key, on });
      if (state.ok && state.data) setSettings(state.data);
      else {
        setSettings(before);
        setError(refusalText(state) ?? "저장하지 못했습니다. 다시 시도해 주세요.");
      }
    });
  }

  const canAct = device === "off" || device === "failed" || device === "denied";
  return (
    <>
      <section
        aria-labelledby="push-device-heading"
        className="space-y-3 rounded-xl border border-gray-200 bg-white p-4"
      >
        <h2 id="push-device-heading" className="font-bold">
          이 기기에서 알림 받기
        </h2>
        <p role="status" className="text-sm text-gray-700">
          {DEVICE_TEXT[device]}
        </p>
        {device === "on" ? (
          <Button variant="secondary" onClick={turnOff}>
            알림 끄기
          </Button>
        ) : (
          device !== "ios-install" &&
          device !== "unsupported" && (
            <Button
              onClick={turnOn}
              disabled={!canAct}
              pending={device === "working" || device === "checking"}
            >
              알림 받기
            </Button>
          )
        )}
      </section>

      <section
        aria-labelledby="push-kinds-heading"
        className="rounded-xl border border-gray-200 bg-white"
      >
        <h2 id="push-kinds-heading" className="px-4 pt-4 font-bold">
          받을 알림
        </h2>
        <p id={hintId} className="px-4 pt-1 text-sm text-gray-600">
          끈 알림도 알림 목록에는 그대로 남습니다.
        </p>
        <ul className="mt-2 divide-y divide-gray-100">
          {PUSH_SETTING_KEYS.map((key) => {
            const { label, hint } = PUSH_SETTING_LABELS[key];
            return (
              <li key={key}>
                <label className="flex cursor-pointer items-center justify-between gap-3 px-4 py-3">
                  <span>
                    <span className="block font-medium">{label}</span>
                    <span className="block text-xs text-gray-600">{hint}</span>
                  </span>
                  <input
                    type="checkbox"
                    role="switch"
                    name={key}
                    checked={settings[key]}
                    aria-describedby={hintId}
                    onChange={(e) => toggle(key, e.currentTarget.checked)}
                    className="peer sr-only"
                  />
                  <span
                    aria-hidden
                    className="relative h-6 w-11 shrink-0 rounded-full bg-gray-300 transition-colors peer-checked:bg-brand-600 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600 after:absolute after:top-0.5 after:left-0.5 after:size-5 after:rounded-full after:bg-white after:shadow after:transition-transform peer-checked:after:translate-x-5"
                  />
                </label>
              </li>
            );
          })}
        </ul>
        <p role="status" aria-live="polite" className="px-4 pb-3 text-sm">
          {error ? (
            <span className="text-brand-600">{error}</span>
          ) : pending ? (
            <span className="text-gray-600">저장하는 중…</span>
          ) : null}
        </p>
      </section>
    </>
  );
}
