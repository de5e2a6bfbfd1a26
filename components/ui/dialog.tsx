"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";

/**
 * A button that opens a native modal <dialog> (focus moves in, Esc closes, focus returns).
 * `open` / `onOpenChange` let the content close it (e.g. after a successful send).
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
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <>
      <button type="button" className={triggerClassName} onClick={() => onOpenChange(true)}>
        {trigger}
      </button>
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
            <button type="button" onClick={() => onOpenChange(false)} className="ml-auto rounded px-2 py-1 text-sm text-gray-500 hover:bg-gray-100" aria-label="닫기">
              ✕
            </button>
          </div>
          {children}
        </div>
      </dialog>
    </>
  );
}
