"use client";

import { createContext, useCallback, useContext, useEffect, useRef, useState } from "react";

// One place on the timetable page where results of 추가/삭제 are shown and announced:
// refusals (시간 겹침, 이미 추가) as an alert, successes as a polite status.

type Tone = "success" | "error";
type Message = { text: string; tone: Tone; key: number };

const FeedbackContext = createContext<(text: string, tone: Tone) => void>(() => {});

export function useFeedback() {
  return useContext(FeedbackContext);
}

export function FeedbackProvider({ children }: { children: React.ReactNode }) {
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
    <FeedbackContext.Provider value={announce}>
      {children}
      <div className="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex flex-col items-center px-4">
        <div role="alert" aria-live="assertive">
          {message?.tone === "error" && <Toast message={message} onClose={() => setMessage(null)} />}
        </div>
        <div role="status" aria-live="polite">
          {message?.tone === "success" && <Toast message={message} onClose={() => setMessage(null)} />}
        </div>
      </div>
    </FeedbackContext.Provider>
  );
}

function Toast({ message, onClose }: { message: Message; onClose: () => void }) {
  return (
    <div
      key={message.key}
      data-tone={message.tone}
      className={`pointer-events-auto flex max-w-md items-start gap-3 rounded-lg px-4 py-3 text-sm shadow-lg ${
        message.tone === "error" ? "bg-red-600 text-white" : "bg-gray-900 text-white"
      }`}
    >
      <p className="flex-1">{message.text}</p>
      <button type="button" onClick={onClose} aria-label="알림 닫기" className="-mr-1 rounded px-1 leading-none opacity-80 hover:opacity-100">
        ×
      </button>
    </div>
  );
}
