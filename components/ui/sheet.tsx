"use client";

import { useEffect, useId, useRef } from "react";

// A sheet: a modal <dialog> that slides up from the bottom of a phone screen (and, with
// placement "responsive", sits in the middle of wider screens). The native modal dialog makes the
// rest of the page inert; Tab and Shift+Tab also wrap inside it, Escape and a tap on the backdrop
// close it, and focus goes back to what opened it. Its children stay mounted while it is closed,
// so what was typed or chosen inside survives closing and reopening.

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function Sheet({
  open,
  onClose,
  title,
  description,
  placement = "bottom",
  className = "",
  children,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: React.ReactNode;
  /**
   * "bottom": a bottom sheet of a fixed 58% of the screen at every width, leaving the page above it
   * in view; "responsive": as tall as its content, at the bottom below 640 px, centred above.
   */
  placement?: "bottom" | "responsive";
  className?: string;
  children: React.ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  // Focus back to the opener once closed, or when the sheet is unmounted while open.
  useEffect(() => {
    if (!open) return;
    return () => {
      const el = opener.current;
      opener.current = null;
      if (el instanceof HTMLElement && el.isConnected) queueMicrotask(() => el.focus());
    };
  }, [open]);

  const onKeyDown = (e: React.KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== "Tab") return;
    const items = [...e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (el) => el.offsetParent !== null || el === document.activeElement,
    );
    if (items.length === 0) return;
    const first = items[0];
    const last = items[items.length - 1];
    if (
      e.shiftKey &&
      (document.activeElement === first || document.activeElement === e.currentTarget)
    ) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  const frame =
    placement === "bottom"
      ? "inset-x-0 bottom-0 top-auto w-full max-w-full rounded-t-2xl h-[min(58dvh,36rem)] max-h-none"
      : "inset-x-0 bottom-0 top-auto w-full max-w-full rounded-t-2xl max-h-[80dvh] sm:inset-0 sm:m-auto sm:w-[28rem] sm:max-w-[calc(100%-2rem)] sm:rounded-2xl sm:max-h-[80dvh]";

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(e) => {
        // Escape: let React state close it, so `open` and the dialog never disagree.
        e.preventDefault();
        onClose();
      }}
      onClose={() => {
        if (open) onClose();
      }}
      onClick={(e) => {
        // A click on the dialog element itself (not its content) is a click on the backdrop.
        if (e.target === e.currentTarget) onClose();
      }}
      onKeyDown={onKeyDown}
      className={`fixed m-0 flex-col overflow-hidden bg-white p-0 text-gray-900 shadow-2xl open:flex ${placement === "bottom" ? "backdrop:bg-black/10" : "backdrop:bg-black/25"} ${frame} ${className}`}
    >
      <div className="flex items-center gap-2 border-b border-gray-100 px-4 pt-2 pb-2">
        <span
          aria-hidden="true"
          className="absolute top-1.5 left-1/2 h-1 w-10 -translate-x-1/2 rounded-full bg-gray-300 sm:hidden"
        />
        <div className="min-w-0 flex-1 pt-1.5">
          <h2 id={titleId} className="font-bold">
            {title}
          </h2>
          {description && (
            <div id={descriptionId} className="text-xs text-gray-500">
              {description}
            </div>
          )}
        </div>
        <button
          type="button"
          onClick={onClose}
          aria-label="닫기"
          className="-mr-2 flex h-11 w-11 shrink-0 items-center justify-center rounded-full text-xl leading-none text-gray-500 hover:bg-gray-100 hover:text-gray-900"
        >
          ×
        </button>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto overscroll-contain">{children}</div>
    </dialog>
  );
}
