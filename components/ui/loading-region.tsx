import type { ReactNode } from "react";

/**
 * A placeholder while part of a page loads, in a form a screen reader understands: the region is
 * `aria-busy`, a polite `role="status"` says what is loading in words, and the grey shapes are
 * hidden from assistive technology. (An `aria-label` on a plain div is prohibited by ARIA: a
 * generic element cannot be named, and axe's aria-prohibited-attr fails it; issue 27.)
 */
export function LoadingRegion({
  label,
  className,
  children,
}: {
  /** What is loading, read out as is, e.g. "시간표를 불러오는 중". */
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div aria-busy="true">
      <p role="status" className="sr-only">
        {label}
      </p>
      <div aria-hidden="true" className={className}>
        {children}
      </div>
    </div>
  );
}
