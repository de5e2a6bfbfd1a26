import type { ReactNode } from "react";
import type { ActionState } from "@/lib/http/action-state";

// A labelled form control with its hint and error messages, wired for screen readers: the
// control points at them with aria-describedby, and the error region is aria-live. Every form
// shows a server action's field messages here (useActionForm hands them over by name).

export const controlClass =
  "block w-full rounded-lg border bg-white px-3 py-2.5 text-base text-gray-900 placeholder:text-gray-400 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100 aria-[invalid=true]:border-brand-600";

export function describedBy(id: string, hint: boolean, errors?: string[]): string | undefined {
  const ids = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/** The messages under a control (aria-live, so a refusal is read out). */
export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <div id={`${id}-error`} aria-live="polite" className="text-sm text-brand-700 empty:hidden">
      {errors?.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}

export function Field({
  id,
  label,
  hint,
  errors,
  labelAside,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  /** Shown at the right of the label (a character counter). */
  labelAside?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1.5">
      <div className="flex items-baseline justify-between">
        <label htmlFor={id} className="block text-sm font-semibold text-gray-800">
          {label}
        </label>
        {labelAside}
      </div>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-gray-500">
          {hint}
        </p>
      )}
      <FieldErrors id={id} errors={errors} />
    </div>
  );
}

type InputProps = Omit<React.InputHTMLAttributes<HTMLInputElement>, "id" | "name"> & {
  id: string;
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
};

export function TextField({ id, label, hint, errors, className, ...input }: InputProps) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors}>
      <input
        id={id}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, !!hint, errors)}
        className={`${controlClass} ${errors?.length ? "border-brand-600" : "border-gray-300"} ${className ?? ""}`}
        {...input}
      />
    </Field>
  );
}

type TextAreaProps = Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name"> & {
  id: string;
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  labelAside?: ReactNode;
};

export function TextAreaField({
  id,
  label,
  hint,
  errors,
  labelAside,
  className,
  ...textarea
}: TextAreaProps) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors} labelAside={labelAside}>
      <textarea
        id={id}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, !!hint, errors)}
        className={`${controlClass} resize-y leading-relaxed ${errors?.length ? "border-brand-600" : "border-gray-300"} ${className ?? ""}`}
        {...textarea}
      />
    </Field>
  );
}

/**
 * The form-wide message of an action's answer (a refusal, a saved change); announced when it
 * appears. A refusal whose every message sits next to a field shown by the form (`shownFields`)
 * is not repeated here.
 */
export function FormMessage({
  state,
  shownFields = [],
  className = "",
}: {
  state: ActionState<unknown>;
  shownFields?: string[];
  className?: string;
}) {
  const fieldKeys = Object.keys(state.fieldErrors ?? {});
  const allShown = fieldKeys.length > 0 && fieldKeys.every((k) => shownFields.includes(k));
  const message = state.ok
    ? state.message
    : allShown
      ? undefined
      : firstMessage(state, shownFields);
  return (
    <div
      aria-live="assertive"
      role={!state.ok && message ? "alert" : undefined}
      className={className}
    >
      {message && (
        <p
          className={`rounded-lg px-3 py-2 text-sm ${state.ok ? "bg-emerald-50 text-emerald-800" : "bg-brand-50 text-brand-700"}`}
        >
          {message}
        </p>
      )}
    </div>
  );
}

// A field message the form cannot show beside a field (a hidden id, the whole form) is the message.
function firstMessage(state: ActionState<unknown>, shownFields: string[]): string | undefined {
  const unshown = Object.entries(state.fieldErrors ?? {}).find(([k]) => !shownFields.includes(k));
  return unshown?.[1][0] ?? state.message;
}
