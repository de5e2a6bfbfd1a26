"use client";

import { createContext, useCallback, useContext, useState } from "react";
import { CommentForm } from "./comment-form";

// 답글: the button sits in the top-level comment's header, the form opens under the thread's
// replies. A small context joins the two across the server-rendered thread in between.

type ReplyContextValue = { open: boolean; toggle: () => void; formId: string };
const ReplyContext = createContext<ReplyContextValue | null>(null);

type ScopeProps = {
  postId: number;
  parentId: number;
  anonymousOnly: boolean;
  children: React.ReactNode;
};

export function CommentReplyScope({ postId, parentId, anonymousOnly, children }: ScopeProps) {
  const [open, setOpen] = useState(false);
  const toggle = useCallback(() => setOpen((o) => !o), []);
  const close = useCallback(() => setOpen(false), []);
  const formId = `reply-form-${parentId}`;
  return (
    <ReplyContext.Provider value={{ open, toggle, formId }}>
      {children}
      {open && (
        <div id={formId} className="mt-2 pl-5 sm:pl-7">
          <CommentForm
            postId={postId}
            parentId={parentId}
            anonymousOnly={anonymousOnly}
            autoFocus
            onSaved={close}
            onCancel={close}
          />
        </div>
      )}
    </ReplyContext.Provider>
  );
}

export function CommentReplyButton({ className }: { className?: string }) {
  const ctx = useContext(ReplyContext);
  if (!ctx) return null;
  return (
    <button
      type="button"
      onClick={ctx.toggle}
      aria-expanded={ctx.open}
      aria-controls={ctx.open ? ctx.formId : undefined}
      className={className}
    >
      답글
    </button>
  );
}
