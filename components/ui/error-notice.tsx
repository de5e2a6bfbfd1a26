"use client";

/** The body of an error.tsx boundary: what happened and a 다시 시도 button. */
export function ErrorNotice({ reset, className = "" }: { reset: () => void; className?: string }) {
  return (
    <div role="alert" className={`text-center ${className}`}>
      <p className="font-bold">문제가 발생했습니다.</p>
      <p className="mt-1 text-sm text-gray-600">잠시 후 다시 시도해 주세요.</p>
      <button
        type="button"
        onClick={reset}
        className="mt-4 rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
      >
        다시 시도
      </button>
    </div>
  );
}
