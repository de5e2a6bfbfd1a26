"use client";

import { useState, useTransition } from "react";
import { setBookStatusAction } from "@/lib/books/actions";
import { BOOK_STATUSES, STATUS_LABELS, type BookStatus } from "@/lib/books/schemas";
import { refusalText } from "@/lib/http/action-state";

const CHANGED_TO: Record<BookStatus, string> = {
  ON_SALE: "판매중으로",
  RESERVED: "예약중으로",
  SOLD: "판매완료로",
};

/** The seller's 판매중 / 예약중 / 판매완료 switch on a listing (one pressed at a time). */
export function BookStatusButtons({ bookId, status }: { bookId: number; status: BookStatus }) {
  const [current, setCurrent] = useState(status);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function choose(next: BookStatus) {
    if (next === current) return;
    setMessage(null);
    startTransition(async () => {
      const r = await setBookStatusAction({ bookId, status: next });
      if (r.ok && r.data) {
        setCurrent(r.data.status);
        setMessage(`${CHANGED_TO[r.data.status]} 바꿨습니다.`);
      } else setMessage(refusalText(r) ?? "판매 상태를 바꾸지 못했습니다.");
    });
  }

  return (
    <div>
      <div
        role="group"
        aria-label="판매 상태"
        className="inline-flex rounded-lg border border-gray-300 bg-white p-0.5"
      >
        {BOOK_STATUSES.map((s) => (
          <button
            key={s}
            type="button"
            aria-pressed={current === s}
            disabled={pending}
            onClick={() => choose(s)}
            className={`rounded-md px-3 py-1.5 text-sm font-medium ${
              current === s ? "bg-gray-800 text-white" : "text-gray-600 hover:bg-gray-100"
            }`}
          >
            {STATUS_LABELS[s]}
          </button>
        ))}
      </div>
      <p role="status" className="mt-1 text-xs text-gray-600 empty:hidden">
        {message}
      </p>
    </div>
  );
}
