"use client";

import { useOptimistic, useState, useTransition } from "react";
import { setLikeAction, setScrapAction } from "@/lib/community/actions";
import { HeartIcon, StarIcon } from "./icons";

// 공감 and 스크랩 buttons of a post page. The count moves at once (optimistic) and settles on
// the server's answer; a refusal (your own post) comes back from the service as a message.

type Kind = "like" | "scrap";

const LABEL: Record<Kind, string> = { like: "공감", scrap: "스크랩" };

async function toggle(kind: Kind, postId: number, on: boolean): Promise<{ active: boolean; count: number } | { message: string }> {
  if (kind === "like") {
    const r = await setLikeAction(postId, on);
    return r.ok ? { active: r.liked, count: r.likeCount } : { message: r.message };
  }
  const r = await setScrapAction(postId, on);
  return r.ok ? { active: r.scrapped, count: r.scrapCount } : { message: r.message };
}

export function PostMarkButton({ kind, postId, active, count, isMine }: { kind: Kind; postId: number; active: boolean; count: number; isMine: boolean }) {
  const [state, setState] = useState({ active, count });
  const [optimistic, setOptimistic] = useOptimistic(state);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const Icon = kind === "like" ? HeartIcon : StarIcon;
  const color = kind === "like" ? "text-brand-600 border-brand-200 bg-brand-50" : "text-amber-600 border-amber-200 bg-amber-50";

  function onClick() {
    const on = !state.active;
    setMessage(null);
    startTransition(async () => {
      // Your own post is refused by the server; don't flash a count that will not stick.
      if (!isMine) setOptimistic({ active: on, count: state.count + (on ? 1 : -1) });
      const result = await toggle(kind, postId, on);
      if ("message" in result) setMessage(result.message);
      else setState(result);
    });
  }

  return (
    <div className="flex flex-col items-center">
      <button
        type="button"
        onClick={onClick}
        disabled={pending}
        aria-pressed={optimistic.active}
        className={`inline-flex items-center gap-1.5 rounded-md border px-3 py-1.5 text-sm font-medium transition-colors disabled:opacity-70 ${
          optimistic.active ? color : "border-gray-300 bg-white text-gray-700 hover:bg-gray-50"
        }`}
      >
        <Icon className="h-4 w-4" />
        {LABEL[kind]}
        <span aria-label={`${LABEL[kind]} ${optimistic.count}개`}>{optimistic.count}</span>
      </button>
      <p role="status" className="mt-1 text-xs text-brand-600 empty:hidden">
        {message}
      </p>
    </div>
  );
}
