import type { ButtonHTMLAttributes, ReactNode } from "react";

// The app's buttons: one look per role, disabled and busy states built in.

type Variant = "primary" | "secondary" | "ghost" | "danger";
type Size = "sm" | "md" | "lg";

const VARIANT: Record<Variant, string> = {
  primary: "bg-brand-600 text-white hover:bg-brand-700",
  secondary: "border border-gray-300 bg-white text-gray-700 hover:bg-gray-50",
  ghost: "text-gray-600 hover:bg-gray-100",
  danger: "text-gray-600 hover:bg-gray-100 hover:text-brand-700",
};

const SIZE: Record<Size, string> = {
  sm: "px-2.5 py-1.5 text-sm",
  md: "px-4 py-2 text-sm",
  lg: "w-full px-4 py-2.5 text-base font-bold",
};

export function buttonClass(variant: Variant = "primary", size: Size = "md", extra = "") {
  return `inline-flex items-center justify-center gap-1.5 rounded-lg font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60 ${VARIANT[variant]} ${SIZE[size]} ${extra}`;
}

type Props = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: Variant;
  size?: Size;
  pending?: boolean;
  pendingLabel?: ReactNode;
};

export function Button({
  variant = "primary",
  size = "md",
  pending = false,
  pendingLabel,
  className = "",
  children,
  disabled,
  type = "button",
  ...rest
}: Props) {
  return (
    <button
      type={type}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      className={buttonClass(variant, size, className)}
      {...rest}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}

/** A form's submit button: disabled and relabelled while the action runs. */
export function SubmitButton({
  pending,
  pendingLabel,
  children,
  size = "lg",
  className = "",
  disabled,
}: {
  pending: boolean;
  pendingLabel: string;
  children: ReactNode;
  size?: Size;
  className?: string;
  disabled?: boolean;
}) {
  return (
    <Button
      type="submit"
      size={size}
      pending={pending}
      pendingLabel={pendingLabel}
      disabled={disabled}
      className={className}
    >
      {children}
    </Button>
  );
}
