// The site footer: where developers find the public API (its reference and OpenAPI document).
// Plain links on purpose: both are route handlers, not pages, so a full navigation is right.
export function SiteFooter() {
  return (
    <footer className="mx-auto max-w-5xl px-4 py-6 text-xs text-gray-500">
      <nav aria-label="개발자" className="flex flex-wrap gap-x-4 gap-y-1">
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/api/docs" className="hover:underline">
          API 문서
        </a>
        <a href="/api/v1/openapi.json" className="hover:underline">
          OpenAPI
        </a>
      </nav>
    </footer>
  );
}
