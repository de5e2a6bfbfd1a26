import { imageSize } from "image-size";

// What an uploaded file really is, from its bytes: the declared Content-Type and the file name
// are never trusted. Only the four web formats students post are accepted.

export type ImageMime = "image/jpeg" | "image/png" | "image/webp" | "image/gif";
export type ImageInfo = { mimeType: ImageMime; width: number; height: number };

const ascii = (bytes: Uint8Array, start: number, text: string) =>
  bytes.length >= start + text.length && Array.from(text).every((c, i) => bytes[start + i] === c.charCodeAt(0));

/** The format announced by the file's magic number, if it is one we accept. */
export function sniffImageMime(bytes: Uint8Array): ImageMime | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  if (bytes.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b)) return "image/png";
  if (ascii(bytes, 0, "GIF87a") || ascii(bytes, 0, "GIF89a")) return "image/gif";
  if (ascii(bytes, 0, "RIFF") && ascii(bytes, 8, "WEBP")) return "image/webp";
  return null;
}

/** The largest side a stored image may claim (JPEG and WebP cannot exceed it anyway). */
export const MAX_IMAGE_SIDE = 65_535;

const SIZE_TYPE: Record<ImageMime, string> = { "image/jpeg": "jpg", "image/png": "png", "image/gif": "gif", "image/webp": "webp" };

/** Format and pixel size of an accepted image, or null (not an image, another format, or unreadable). */
export function inspectImage(bytes: Uint8Array): ImageInfo | null {
  const mimeType = sniffImageMime(bytes);
  if (!mimeType) return null;
  try {
    const size = imageSize(bytes);
    if (size.type !== SIZE_TYPE[mimeType] || !(size.width > 0) || !(size.height > 0)) return null;
    // Width and height are stored in 32-bit columns; no real photo has a side past 65,535 pixels.
    if (size.width > MAX_IMAGE_SIDE || size.height > MAX_IMAGE_SIDE) return null;
    // EXIF orientations 5–8 are rotated by 90°: the photo is shown with width and height swapped.
    const rotated = (size.orientation ?? 1) >= 5;
    return { mimeType, width: rotated ? size.height : size.width, height: rotated ? size.width : size.height };
  } catch {
    return null;
  }
}
