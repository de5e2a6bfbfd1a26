import type { ReactNode } from "react";

// A labelled form control with its hint and error messages, wired for screen readers:
// the control points at them with aria-describedby, and the error region is aria-live.

export const controlClass =
  "block w-full rounded-lg border bg-white px-3 py-2.5 text-base text-gray-900 placeholder:text-gray-400 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100 aria-[invalid=true]:border-brand-600";

export function describedBy(id: string, hint: boolean, errors?: string[]): string | undefined {
  const ids = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function Field({
  id,
  label,
  hint,
  errors,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: ReactNode;
}) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-semibold text-gray-800">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-gray-500">
          {hint}
        </p>
      )}
      <div id={`${id}-error`} aria-live="polite" className="text-sm text-brand-700">
        {errors?.map((message) => (
          <p key={message}>{message}</p>
        ))}
      </div>
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

/** The form-wide message (a refused login, a saved change); announced when it appears. */
export function FormMessage({ status, message }: { status: "idle" | "error" | "success"; message?: string }) {
  return (
    <div aria-live="assertive" role={status === "error" && message ? "alert" : undefined}>
      {message && (
        <p
          className={`rounded-lg px-3 py-2 text-sm ${
            status === "error" ? "bg-brand-50 text-brand-700" : "bg-emerald-50 text-emerald-800"
          }`}
        >
          {message}
        </p>
      )}
    </div>
  );
}

export function SubmitButton({ pending, children, pendingLabel }: { pending: boolean; children: ReactNode; pendingLabel: string }) {
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="w-full rounded-lg bg-brand-600 px-4 py-2.5 text-base font-bold text-white hover:bg-brand-700 disabled:cursor-wait disabled:opacity-70"
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
