import type { InputHTMLAttributes, ReactNode } from "react";

/** A checkbox with its label beside it (익명, 동의); the whole label is the hit area. */
export function Checkbox({
  label,
  className = "",
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & { label: ReactNode }) {
  return (
    <label
      className={`inline-flex cursor-pointer items-center gap-1.5 text-sm text-gray-700 ${className}`}
    >
      <input type="checkbox" className="size-4 accent-brand-600" {...input} />
      {label}
    </label>
  );
}
