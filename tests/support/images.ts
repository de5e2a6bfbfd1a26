import zlib from "node:zlib";
import sharp from "sharp";

// Image files made in code, so upload tests need no binary fixtures: hand-built headers and
// tiny PNGs, and real photos made with sharp (with the metadata a phone would add).

function chunk(type: string, data: Buffer) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body) >>> 0);
  return Buffer.concat([len, body, crc]);
}

/** A valid RGB PNG of the given size, filled with one colour. */
export function pngBytes(
  width: number,
  height: number,
  rgb: [number, number, number] = [232, 71, 59],
): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.from(Array.from({ length: width }, () => rgb).flat()),
  ]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A 1×1 GIF. */
export const GIF_1x1 = Buffer.from(
  "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7",
  "base64",
);

/** The smallest valid JPEG header we need: SOI + a baseline SOF0 frame of the given size. */
export function jpegBytes(width: number, height: number): Buffer {
  const sof = Buffer.from([
    0xff,
    0xc0,
    0x00,
    0x11,
    0x08,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    0x03,
    0x01,
    0x22,
    0x00,
    0x02,
    0x11,
    0x01,
    0x03,
    0x11,
    0x01,
  ]);
  return Buffer.concat([
    Buffer.from([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00,
      0x01, 0x00, 0x01, 0x00, 0x00,
    ]),
    sof,
    Buffer.from([0xff, 0xd9]),
  ]);
}

/** A minimal lossy WebP (VP8) header of the given size. */
export function webpBytes(width: number, height: number): Buffer {
  const vp8 = Buffer.alloc(10);
  vp8[3] = 0x9d;
  vp8[4] = 0x01;
  vp8[5] = 0x2a;
  vp8.writeUInt16LE(width & 0x3fff, 6);
  vp8.writeUInt16LE(height & 0x3fff, 8);
  const chunkHeader = Buffer.concat([Buffer.from("VP8 "), Buffer.from([vp8.length, 0, 0, 0])]);
  const body = Buffer.concat([Buffer.from("WEBP"), chunkHeader, vp8]);
  const size = Buffer.alloc(4);
  size.writeUInt32LE(body.length);
  return Buffer.concat([Buffer.from("RIFF"), size, body]);
}

// ---- Real photos, made with sharp (what a phone or an editor would send) ----

export const EXIF_SECRETS = {
  make: "samsung",
  model: "Galaxy S24 Ultra",
  artist: "Kim Minsu",
  creator: "minsu.kim@hanbit.ac.kr",
};

const XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>${EXIF_SECRETS.creator}</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`;

/**
 * A photo as a phone stores it: left half red, right half blue, with EXIF (make, model, Artist,
 * GPS position), XMP (dc:creator) and an orientation tag (6 = turn 90° clockwise to show it).
 */
export async function photoWithMetadata(
  format: "jpeg" | "png" | "webp",
  width: number,
  height: number,
  orientation = 6,
): Promise<Buffer> {
  const left = await sharp({
    create: {
      width: Math.ceil(width / 2),
      height,
      channels: 3,
      background: { r: 220, g: 20, b: 20 },
    },
  })
    .png()
    .toBuffer();
  const image = sharp({
    create: { width, height, channels: 3, background: { r: 20, g: 20, b: 220 } },
  }).composite([{ input: left, left: 0, top: 0 }]);
  return image
    .toFormat(format, { quality: 92 })
    .withMetadata({ orientation })
    .withExifMerge({
      IFD0: { Make: EXIF_SECRETS.make, Model: EXIF_SECRETS.model, Artist: EXIF_SECRETS.artist },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "37/1 33/1 5012/100",
        GPSLongitudeRef: "E",
        GPSLongitude: "126/1 58/1 1234/100",
      },
    })
    .withXmp(XMP)
    .toBuffer();
}

/** A real (decodable) image of the given size and format. */
export function realImage(
  format: "jpeg" | "png" | "webp",
  width: number,
  height: number,
): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 40, g: 160, b: 90 } } })
    .toFormat(format)
    .toBuffer();
}

/** An animated GIF: `frames` frames of width×height, each a different colour, 100 ms, 10 ms, … apart. */
export async function animatedGif(
  width: number,
  height: number,
  frames: number,
  opts: { comment?: string } = {},
): Promise<Buffer> {
  const pages = await Promise.all(
    Array.from({ length: frames }, (_, i) =>
      sharp({
        create: {
          width,
          height,
          channels: 3,
          background: { r: (i * 80) % 256, g: 100, b: 200 - i * 30 },
        },
      })
        .raw()
        .toBuffer(),
    ),
  );
  const gif = await sharp(Buffer.concat(pages), {
    raw: { width, height: height * frames, channels: 3, pageHeight: height },
  })
    .gif({ loop: 0, delay: Array.from({ length: frames }, (_, i) => 100 + i * 10) })
    .toBuffer();
  if (!opts.comment) return gif;
  // A GIF comment extension (0x21 0xFE, sub-blocks, 0x00) right after the header and palette.
  const packed = gif[10];
  const paletteBytes = packed & 0x80 ? 3 * 2 ** ((packed & 0x07) + 1) : 0;
  const at = 13 + paletteBytes;
  const text = Buffer.from(opts.comment, "latin1");
  const ext = Buffer.concat([Buffer.from([0x21, 0xfe, text.length]), text, Buffer.from([0])]);
  return Buffer.concat([gif.subarray(0, at), ext, gif.subarray(at)]);
}

/** Only a PNG signature and an IHDR claiming width×height (nothing to decode): 4294967295² is legal in the header. */
export function pngHeaderClaiming(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width >>> 0, 0);
  ihdr.writeUInt32BE(height >>> 0, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(Buffer.alloc(64))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A complete, valid black-and-white (1 bit) PNG: tiny on the wire, width×height pixels once decoded. */
export function bilevelPng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = Buffer.alloc((1 + Math.ceil(width / 8)) * height); // filter 0, all black
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/**
 * A GIF whose logical screen is width×height with `frames` frames of one pixel each: a few
 * dozen bytes that decode to width × height × frames pixels.
 */
export function sparseAnimatedGif(width: number, height: number, frames: number): Buffer {
  const screen = Buffer.alloc(7);
  screen.writeUInt16LE(width, 0);
  screen.writeUInt16LE(height, 2);
  screen[4] = 0x80; // a global colour table of two entries
  const frame = Buffer.from([
    0x21,
    0xf9,
    0x04,
    0x00,
    0x0a,
    0x00,
    0x00,
    0x00, // graphic control: 100 ms
    0x2c,
    0x00,
    0x00,
    0x00,
    0x00,
    0x01,
    0x00,
    0x01,
    0x00,
    0x00, // a 1×1 image at (0, 0)
    0x02,
    0x01,
    0x44,
    0x00, // its LZW data
  ]);
  return Buffer.concat([
    Buffer.from("GIF89a", "ascii"),
    screen,
    Buffer.from([0, 0, 0, 0xff, 0xff, 0xff]),
    Buffer.from([0x21, 0xff, 0x0b, ...Buffer.from("NETSCAPE2.0"), 0x03, 0x01, 0x00, 0x00, 0x00]), // loop forever
    ...Array.from({ length: frames }, () => frame),
    Buffer.from([0x3b]),
  ]);
}
