// Draws the app icon (a white speech bubble holding three timetable bars on the brand red) and
// writes the PNGs the manifest and iOS need. Run once after changing the drawing:
// `node scripts/gen-icons.mjs`; the outputs are committed (app/icon.svg, app/apple-icon.png,
// public/icons/*.png).
import fs from "node:fs";
import sharp from "sharp";

const RED = "#c62917";
const glyph = `
  <path d="M136 120h240a40 40 0 0 1 40 40v152a40 40 0 0 1-40 40H232l-72 56v-56h-24a40 40 0 0 1-40-40V160a40 40 0 0 1 40-40Z" fill="#fff"/>
  <rect x="152" y="172" width="208" height="28" rx="14" fill="${RED}"/>
  <rect x="152" y="222" width="150" height="28" rx="14" fill="${RED}" opacity=".7"/>
  <rect x="152" y="272" width="100" height="28" rx="14" fill="${RED}" opacity=".45"/>`;

// Rounded tile: the favicon and the manifest's "any" icons.
const rounded = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" rx="112" fill="${RED}"/>${glyph}</svg>`;
// Full bleed: iOS and "maskable" icons are cropped by the platform; the glyph sits inside the
// central 80% safe zone.
const bleed = (scale) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" fill="${RED}"/><g transform="translate(256 256) scale(${scale}) translate(-256 -264)">${glyph}</g></svg>`;

fs.writeFileSync("app/icon.svg", `${rounded}\n`);
const png = (svg, size, out) =>
  sharp(Buffer.from(svg))
    .resize(size, size)
    .png({ compressionLevel: 9, palette: true })
    .toFile(out);
await png(rounded, 192, "public/icons/icon-192.png");
await png(rounded, 512, "public/icons/icon-512.png");
await png(bleed(0.8), 512, "public/icons/maskable-512.png");
await png(bleed(0.9), 180, "app/apple-icon.png");
console.log("icons written");
