"use client";

import { useOptimistic, useState, useTransition } from "react";
import { setFavoriteAction } from "@/lib/community/board-actions";
import { refusalText } from "@/lib/http/action-state";
import { StarIcon } from "./icons";

/**
 * The star of a board (즐겨찾기): on a board's page and in every line of 게시판 찾기. It turns at
 * once (optimistic) and settles on the server's answer; a refusal (too many stars) is said under it.
 * `compact`: the icon alone (lists), its name read out from `boardName`.
 */
export function FavoriteButton({
  boardId,
  boardName,
  favorite,
  compact = false,
}: {
  boardId: number;
  boardName: string;
  favorite: boolean;
  compact?: boolean;
}) {
  const [state, setState] = useState(favorite);
  const [optimistic, setOptimistic] = useOptimistic(state);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onClick() {
    const on = !state;
    setMessage(null);
    startTransition(async () => {
      setOptimistic(on);
      const r = await setFavoriteAction({ boardId, favorite: on });
      if (r.ok && r.data) setState(r.data.favorite);
      else setMessage(refusalText(r) ?? "즐겨찾기를 바꾸지 못했습니다.");
    });
  }

  const label = `${boardName} 즐겨찾기`;
  return (
    <span className="inline-flex flex-col items-end">
      <button
        type="button"
        onClick={onClick}
        disabled={pending}
        aria-pressed={optimistic}
        title={optimistic ? "즐겨찾기 해제" : "즐겨찾기"}
        className={`inline-flex items-center gap-1 rounded-md text-sm font-medium transition-colors ${
          compact ? "p-2" : "border px-2.5 py-1.5"
        } ${
          optimistic
            ? `text-amber-600 ${compact ? "" : "border-amber-200 bg-amber-50"}`
            : `text-gray-400 hover:text-gray-700 ${compact ? "" : "border-gray-300 bg-white"}`
        }`}
      >
        <StarIcon className="h-4 w-4" />
        {compact ? <span className="sr-only">{label}</span> : "즐겨찾기"}
        {!compact && <span className="sr-only">: {boardName}</span>}
      </button>
      <span role="status" className="text-xs text-brand-600 empty:hidden">
        {message}
      </span>
    </span>
  );
}
