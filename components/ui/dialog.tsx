"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";

/**
 * A button that opens a native modal <dialog> (focus moves in, Esc closes, focus returns).
 * `open` / `onOpenChange` let the content close it (e.g. after a successful send).
 * The <dialog> and its content are rendered from the first opening on, not before: a post page
 * has a 쪽지 and a 신고 dialog for the post and for every comment, and rendering them all on the
 * server cost about 4.8 KB of HTML per post or comment (1.7 KB 쪽지, 3.1 KB 신고). A <dialog>
 * needs script to open anyway. Once opened it stays rendered, so a closed form keeps its text.
 */
export function Dialog({
  trigger,
  triggerClassName,
  title,
  open,
  onOpenChange,
  children,
}: {
  trigger: ReactNode;
  triggerClassName?: string;
  title: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [rendered, setRendered] = useState(open);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <>
      <button
        type="button"
        className={triggerClassName}
        onClick={() => {
          setRendered(true);
          onOpenChange(true);
        }}
      >
        {trigger}
      </button>
      {rendered && (
        <dialog
          ref={ref}
          aria-labelledby={titleId}
          onClose={() => onOpenChange(false)}
          onClick={(e) => {
            if (e.target === ref.current) onOpenChange(false); // a click on the backdrop
          }}
          className="m-auto w-[calc(100%-2rem)] max-w-md rounded-xl bg-white p-0 text-left shadow-xl backdrop:bg-black/40"
        >
          <div className="p-4">
            <div className="mb-3 flex items-center">
              <h2 id={titleId} className="text-base font-bold">
                {title}
              </h2>
              <button
                type="button"
                onClick={() => onOpenChange(false)}
                className="ml-auto rounded px-2 py-1 text-sm text-gray-500 hover:bg-gray-100"
                aria-label="닫기"
              >
                ✕
              </button>
            </div>
            {children}
          </div>
        </dialog>
      )}
    </>
  );
}
