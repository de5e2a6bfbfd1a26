"use client";

import { ErrorNotice } from "@/components/ui/error-notice";

// Inside the card of the (auth) layout, e.g. when the school list cannot be loaded.
export default function AuthError({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return <ErrorNotice reset={reset} />;
}
