import type { MetadataRoute } from "next";

// The web app manifest (/manifest.webmanifest): installable to a phone's home screen. The icons are
// drawn by scripts/gen-icons.mjs. The proxy lets the file through without a session (browsers
// fetch manifests without cookies).
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "캠퍼스타임",
    short_name: "캠퍼스타임",
    description: "우리 학교 커뮤니티, 시간표, 강의평가",
    lang: "ko",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#f9fafb",
    theme_color: "#c62917",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
