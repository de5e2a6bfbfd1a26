// GET /offline — the page the service worker (public/sw.js) shows when a page cannot be loaded.
// One self-contained document (inline style, no script, no other file), because it is shown
// from the worker's cache with no network: nothing it needed could be fetched then.

const HTML = `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>오프라인 · 캠퍼스타임</title>
<style>
  :root { color-scheme: light dark; --bg: #f9fafb; --fg: #111827; --muted: #4b5563; --accent: #c62917; }
  @media (prefers-color-scheme: dark) { :root { --bg: #1c1c21; --fg: #f3f4f6; --muted: #d1d5db; --accent: #f87171; } }
  body { margin: 0; min-height: 100dvh; display: grid; place-items: center; background: var(--bg); color: var(--fg);
    font-family: Pretendard, -apple-system, BlinkMacSystemFont, "Apple SD Gothic Neo", "Noto Sans KR", sans-serif; }
  main { max-width: 22rem; padding: 1.5rem; text-align: center; }
  h1 { font-size: 1.25rem; margin: 0 0 .5rem; }
  p { color: var(--muted); line-height: 1.6; margin: 0 0 1.25rem; }
  a { display: inline-block; padding: .75rem 1.25rem; border-radius: .75rem; background: var(--accent); color: #fff;
    font-weight: 700; text-decoration: none; }
  a:focus-visible { outline: 3px solid var(--fg); outline-offset: 3px; }
</style>
</head>
<body>
<main>
  <h1>인터넷에 연결되어 있지 않습니다</h1>
  <p>연결을 확인한 뒤 다시 시도해 주세요. 연결되면 받은 알림을 다시 볼 수 있습니다.</p>
  <a href="/">다시 시도</a>
</main>
</body>
</html>
`;

export function GET() {
  return new Response(HTML, {
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache" },
  });
}
