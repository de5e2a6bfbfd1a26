"use client";

import { useOptimistic, useState, useTransition } from "react";
import { setLikeAction, setScrapAction } from "@/lib/community/actions";
import { refusalText } from "@/lib/http/action-state";
import { HeartIcon, StarIcon } from "./icons";

// 공감 and 스크랩 buttons of a post page. The count moves at once (optimistic) and settles on
// the server's answer. On your own post they are disabled with a hint (the service refuses
// them anyway: a student cannot 공감 or 스크랩 their own post).

type Kind = "like" | "scrap";

const LABEL: Record<Kind, string> = { like: "공감", scrap: "스크랩" };

const OWN_POST_HINT = "내 글에는 공감·스크랩할 수 없습니다.";

async function toggle(
  kind: Kind,
  postId: number,
  on: boolean,
): Promise<{ active: boolean; count: number } | { message: string }> {
  if (kind === "like") {
    const r = await setLikeAction({ postId, liked: on });
    return r.ok && r.data
      ? { active: r.data.liked, count: r.data.likeCount }
      : { message: refusalText(r) ?? "공감하지 못했습니다." };
  }
  const r = await setScrapAction({ postId, scrapped: on });
  return r.ok && r.data
    ? { active: r.data.scrapped, count: r.data.scrapCount }
    : { message: refusalText(r) ?? "스크랩하지 못했습니다." };
}

/** `hintId`: the page's one line under both buttons of your own post that says why they are off. */
export function PostMarkButton({
  kind,
  postId,
  active,
  count,
  isMine,
  hintId,
}: {
  kind: Kind;
  postId: number;
  active: boolean;
  count: number;
  isMine: boolean;
  hintId?: string;
}) {
  const [state, setState] = useState({ active, count });
  const [optimistic, setOptimistic] = useOptimistic(state);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const Icon = kind === "like" ? HeartIcon : StarIcon;
  const color =
    kind === "like"
      ? "text-brand-600 border-brand-200 bg-brand-50"
      : "text-amber-600 border-amber-200 bg-amber-50";

  function onClick() {
    const on = !state.active;
    setMessage(null);
    startTransition(async () => {
      setOptimistic({ active: on, count: state.count + (on ? 1 : -1) });
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
        disabled={pending || isMine}
        title={isMine ? OWN_POST_HINT : undefined}
        aria-describedby={isMine ? hintId : undefined}
        aria-pressed={isMine ? undefined : optimistic.active}
        className={`inline-flex items-center gap-1.5 rounded-md border px-3 py-1.5 text-sm font-medium transition-colors disabled:opacity-70 ${
          isMine
            ? "cursor-not-allowed border-gray-200 bg-gray-50 text-gray-400 disabled:opacity-100"
            : optimistic.active
              ? color
              : "border-gray-300 bg-white text-gray-700 hover:bg-gray-50"
        }`}
      >
        <Icon className="h-4 w-4" />
        {LABEL[kind]}
        <span>
          {optimistic.count}
          <span className="sr-only">개</span>
        </span>
      </button>
      <p role="status" className="mt-1 text-xs text-brand-600 empty:hidden">
        {message}
      </p>
    </div>
  );
}
