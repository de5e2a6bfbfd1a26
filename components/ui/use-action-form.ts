"use client";

import { useActionState, useEffect, useRef } from "react";
import { IDLE_STATE, type ActionState } from "@/lib/http/action-state";

// The one way a form talks to its server action (lib/http/with-action.ts): useActionState over
// the action, plus what every form needs from the answer: the messages of a field, the value to
// put back after a refusal (what the student typed), and a hook for "saved".

type FormAction<D> = (prev: ActionState<D>, formData: FormData) => Promise<ActionState<D>>;

export function useActionForm<D = undefined>(
  action: FormAction<D>,
  options: { onSuccess?: (state: ActionState<D>) => void } = {},
) {
  const [state, formAction, pending] = useActionState(action, IDLE_STATE as ActionState<D>);
  const onSuccess = useRef(options.onSuccess);
  useEffect(() => {
    onSuccess.current = options.onSuccess;
  });
  useEffect(() => {
    if (state.ok && state.at !== undefined) onSuccess.current?.(state);
  }, [state]);
  const refusedValues = !state.ok ? state.values : undefined;
  return {
    state,
    formAction,
    pending,
    /**
     * A key for the form's fields: they remount with each answer, so after a refusal they show
     * what was typed and after a success they start over (React also resets the form).
     */
    fieldKey: String(state.at ?? 0),
    /** The field's messages from the last answer. */
    errors: (name: string) => state.fieldErrors?.[name],
    /** What the field should show: what was typed (refused), what the action set (saved), else `initial`. */
    value: (name: string, initial?: string) =>
      refusedValues?.[name] ?? state.values?.[name] ?? initial,
    /** A checkbox: as submitted after a refusal, else `initial`. */
    checked: (name: string, initial: boolean) =>
      refusedValues ? refusedValues[name] === "on" : initial,
  };
}
