"use client";

import { createContext, useCallback, useContext, useEffect, useRef, useState } from "react";
import { refusalText, type ActionState } from "@/lib/http/action-state";

// The toast: one place on a page where the results of buttons (추가/삭제, 저장) are shown and
// announced: refusals (시간 겹침, 이미 추가) as an alert, successes as a polite status.

type Tone = "success" | "error";
type Message = { text: string; tone: Tone; key: number };

const ToastContext = createContext<(text: string, tone: Tone) => void>(() => {});

export function useToast() {
  return useContext(ToastContext);
}

export function ToastProvider({ children }: { children: React.ReactNode }) {
  const [message, setMessage] = useState<Message | null>(null);
  const counter = useRef(0);
  const announce = useCallback((text: string, tone: Tone) => {
    counter.current += 1;
    setMessage({ text, tone, key: counter.current });
  }, []);
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(null), message.tone === "error" ? 8000 : 4000);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <ToastContext.Provider value={announce}>
      {children}
      <div className="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex flex-col items-center px-4">
        <div role="alert" aria-live="assertive">
          {message?.tone === "error" && (
            <ToastCard message={message} onClose={() => setMessage(null)} />
          )}
        </div>
        <div role="status" aria-live="polite">
          {message?.tone === "success" && (
            <ToastCard message={message} onClose={() => setMessage(null)} />
          )}
        </div>
      </div>
    </ToastContext.Provider>
  );
}

function ToastCard({ message, onClose }: { message: Message; onClose: () => void }) {
  return (
    <div
      key={message.key}
      data-tone={message.tone}
      className={`pointer-events-auto flex max-w-md items-start gap-3 rounded-lg px-4 py-3 text-sm shadow-lg ${
        message.tone === "error" ? "bg-red-600 text-white" : "bg-gray-900 text-white"
      }`}
    >
      <p className="flex-1">{message.text}</p>
      <button
        type="button"
        onClick={onClose}
        aria-label="알림 닫기"
        className="-mr-1 rounded px-1 leading-none opacity-80 hover:opacity-100"
      >
        ×
      </button>
    </div>
  );
}

/** Shows an action's answer (lib/http/with-action.ts) as a toast: its refusal, or its message on success. */
export function useActionToast() {
  const announce = useToast();
  return useCallback(
    (state: ActionState<unknown>) => {
      if (state.ok) {
        if (state.message) announce(state.message, "success");
      } else announce(refusalText(state) ?? "요청을 처리하지 못했습니다.", "error");
    },
    [announce],
  );
}
