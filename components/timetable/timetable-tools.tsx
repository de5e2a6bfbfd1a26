"use client";

import { useState, useTransition } from "react";
import { createCalendarLinkAction } from "@/lib/timetable/actions";
import type { GridEvent, GridLecture } from "./grid-layout";
import { useToast } from "@/components/ui/toast";
import { refusalText } from "@/lib/http/action-state";
import { drawTimetablePng } from "./timetable-image";

// 캘린더로 내보내기 (the .ics download), 구독 링크 복사 (a fresh secret link, copied), 이미지로 저장
// (a PNG of the grid drawn in the browser).

export function TimetableTools({
  timetableId,
  name,
  lectures,
  events,
}: {
  timetableId: number;
  name: string;
  lectures: GridLecture[];
  events: GridEvent[];
}) {
  const [link, setLink] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const announce = useToast();

  const copyLink = () =>
    startTransition(async () => {
      const r = await createCalendarLinkAction({ timetableId });
      if (!r.ok || !r.data) {
        announce(refusalText(r) ?? "구독 링크를 만들지 못했습니다.", "error");
        return;
      }
      const url = r.data.url;
      setLink(url);
      try {
        await navigator.clipboard.writeText(url);
        announce(
          "구독 링크를 복사했습니다. 캘린더 앱의 '구독 추가'에 붙여 넣으세요. 이전 링크는 더 이상 쓸 수 없습니다.",
          "success",
        );
      } catch {
        announce("구독 링크를 만들었습니다. 아래 주소를 복사해 캘린더 앱에 추가하세요.", "success");
      }
    });

  const saveImage = async () => {
    try {
      const blob = await drawTimetablePng(name, lectures, events);
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = `${name}.png`;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      announce("이미지를 만들지 못했습니다.", "error");
    }
  };

  const button =
    "rounded-md border border-gray-300 bg-white px-2.5 py-1 text-xs text-gray-700 hover:bg-gray-100 disabled:opacity-50";
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-1.5">
        <a href={`/api/v1/timetables/${timetableId}/calendar.ics`} download className={button}>
          캘린더로 내보내기
        </a>
        <button type="button" onClick={copyLink} disabled={pending} className={button}>
          {pending ? "링크 만드는 중…" : "구독 링크 복사"}
        </button>
        <button type="button" onClick={saveImage} className={button}>
          이미지로 저장
        </button>
      </div>
      {link && (
        <label className="block text-xs text-gray-600">
          구독 링크 (비밀: 이 주소를 아는 사람은 시간표를 볼 수 있습니다)
          <input
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-0.5 w-full rounded-md border border-gray-300 bg-gray-50 px-2 py-1 font-mono text-[11px]"
          />
        </label>
      )}
    </div>
  );
}
