import { RowsSkeleton } from "@/components/layout/rows-skeleton";

// No loading.tsx may sit above a page that can be missing: its boundary streams a 200 before
// notFound() (docs/DECISIONS.md, issue 12). This one wraps only pages that always exist.
export default function Loading() {
  return <RowsSkeleton />;
}
