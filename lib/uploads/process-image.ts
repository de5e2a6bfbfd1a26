import "server-only";
import os from "node:os";
import sharp from "sharp";
import { AppError } from "@/lib/http/errors";
import { inspectImage, type ImageMime } from "./image-type";

// Every uploaded photo is decoded and re-encoded before it is stored, so that what we serve is
// only pixels: no EXIF (GPS position, phone make and model, Artist, dates), XMP, IPTC, comments
// or trailing bytes (a polyglot's HTML or zip) survive. sharp writes no metadata unless asked;
// the EXIF orientation is applied to the pixels first (.rotate()), and colours are converted to
// sRGB from an embedded ICC profile, which is then dropped (an untagged image is sRGB on the web).
//
// The pixel count is checked from the file's header before anything is decoded, and again by
// libvips (limitInputPixels) while loading, so a small file claiming a huge image (a
// decompression bomb) is refused without allocating its pixels.

/** The longest side we store; larger photos are scaled down (a phone's 12 MP 4032 px stays as is). */
export const STORED_MAX_SIDE = 4096;
/** The thumbnail fits in this square (WebP), enough for a grid cell on a 2× screen. */
export const THUMBNAIL_SIDE = 480;

export type ProcessedImage = {
  mimeType: ImageMime;
  bytes: Uint8Array;
  width: number;
  height: number;
  /** A small WebP of the first frame, for lists and grids. */
  thumbnail: Uint8Array;
};

// No cache between uploads (memory is returned at once), and at most a couple of images
// decoded at the same time per process: twenty simultaneous uploads queue rather than each
// holding tens of megabytes of pixels.
sharp.cache(false);
const MAX_PARALLEL = Math.max(1, Math.min(2, os.availableParallelism()));
let running = 0;
const waiting: (() => void)[] = [];

async function withImageSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

export function unsupportedImage() {
  return new AppError("UNSUPPORTED_MEDIA_TYPE", "JPEG, PNG, WebP, GIF 이미지만 올릴 수 있습니다.");
}

export function unreadableImage() {
  return new AppError("UNSUPPORTED_MEDIA_TYPE", "사진 파일을 읽을 수 없습니다. 손상되었거나 끝까지 올라오지 않은 파일입니다.");
}

export function tooManyPixels(maxPixels: number) {
  return new AppError("PAYLOAD_TOO_LARGE", `사진의 해상도가 너무 큽니다. ${Math.floor(maxPixels / 1_000_000)}백만 화소까지 올릴 수 있습니다.`);
}

/** Lossless WebP (a VP8L bitstream) stays lossless; a lossy one is re-encoded lossy. */
function isLosslessWebp(bytes: Uint8Array): boolean {
  // Chunks follow the 12-byte RIFF header: fourcc, little-endian size, data (padded to even).
  let offset = 12;
  for (let i = 0; i < 8 && offset + 8 <= bytes.length; i++) {
    const fourcc = String.fromCharCode(bytes[offset], bytes[offset + 1], bytes[offset + 2], bytes[offset + 3]);
    if (fourcc === "VP8L") return true;
    if (fourcc === "VP8 ") return false;
    const size = bytes[offset + 4] | (bytes[offset + 5] << 8) | (bytes[offset + 6] << 16) | (bytes[offset + 7] << 24);
    offset += 8 + (size >>> 0) + ((size >>> 0) % 2);
  }
  return false;
}

function encode(image: sharp.Sharp, mimeType: ImageMime, bytes: Uint8Array): sharp.Sharp {
  switch (mimeType) {
    case "image/jpeg":
      return image.jpeg({ quality: 85 });
    case "image/png":
      return image.png({ compressionLevel: 6 });
    case "image/webp":
      return isLosslessWebp(bytes) ? image.webp({ lossless: true }) : image.webp({ quality: 85 });
    case "image/gif":
      // Keeps every frame, the delays and the loop count; reuses the file's palette (fast).
      return image.gif({ reuse: true });
  }
}

function isPixelLimitError(e: unknown) {
  return e instanceof Error && /pixel limit/i.test(e.message);
}

/**
 * Checks and re-encodes an uploaded image: 415 when it is not a JPEG/PNG/WebP/GIF or cannot be
 * decoded to the end, 413 when it has more than `maxPixels` pixels (all frames of an animation
 * together). Returns the stored image (same format, orientation applied, no metadata, at most
 * STORED_MAX_SIDE on its longest side) and its thumbnail.
 */
export async function processUploadedImage(bytes: Uint8Array, maxPixels: number): Promise<ProcessedImage> {
  const header = inspectImage(bytes);
  if (!header) throw unsupportedImage();
  // From the header alone: nothing has been decoded yet.
  if (header.width * header.height > maxPixels) throw tooManyPixels(maxPixels);

  return withImageSlot(async () => {
    try {
      // GIF and WebP may be animated: read every frame and keep them (a GIF stays a GIF).
      const animated = header.mimeType === "image/gif" || header.mimeType === "image/webp";
      const input = { limitInputPixels: maxPixels, failOn: "error" as const, animated };
      const meta = await sharp(bytes, input).metadata();
      const pages = meta.pages ?? 1;
      const frameHeight = meta.pageHeight ?? meta.height;
      if (meta.width * frameHeight * pages > maxPixels) throw tooManyPixels(maxPixels);

      const full = sharp(bytes, input)
        .rotate()
        .resize(STORED_MAX_SIDE, STORED_MAX_SIDE, { fit: "inside", withoutEnlargement: true });
      const { data, info } = await encode(full, header.mimeType, bytes).toBuffer({ resolveWithObject: true });

      // The first frame, scaled down (a JPEG is decoded at reduced size directly).
      const thumbnail = await sharp(bytes, { limitInputPixels: maxPixels, failOn: "error" })
        .rotate()
        .resize(THUMBNAIL_SIDE, THUMBNAIL_SIDE, { fit: "inside", withoutEnlargement: true })
        .webp({ quality: 75 })
        .toBuffer();

      return {
        mimeType: header.mimeType,
        bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
        width: info.width,
        height: info.pageHeight ?? info.height,
        thumbnail: new Uint8Array(thumbnail.buffer, thumbnail.byteOffset, thumbnail.byteLength),
      };
    } catch (e) {
      if (e instanceof AppError) throw e;
      if (isPixelLimitError(e)) throw tooManyPixels(maxPixels);
      // libvips could not decode it to the end: truncated, corrupt, or not what its header says.
      throw unreadableImage();
    }
  });
}
