"use client";

import { ErrorNotice } from "@/components/ui/error-notice";

export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return <ErrorNotice reset={reset} className="rounded-xl border border-gray-200 bg-white p-6" />;
}
