import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/http/errors";
import { processUploadedImage, STORED_MAX_SIDE } from "@/lib/uploads/process-image";
import {
  animatedGif,
  EXIF_SECRETS,
  photoWithMetadata,
  pngBytes,
  pngHeaderClaiming,
  realImage,
  sparseAnimatedGif,
} from "../support/images";

// The image pipeline on its own, with limits small enough to probe each guard.

async function refusal(p: Promise<unknown>) {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return (e as AppError).code;
}

describe("processUploadedImage", () => {
  it("re-encodes without metadata, with the orientation applied, and makes a thumbnail", async () => {
    const out = await processUploadedImage(
      await photoWithMetadata("jpeg", 800, 600, 6),
      50_000_000,
    );
    expect(out).toMatchObject({ mimeType: "image/jpeg", width: 600, height: 800 });
    const meta = await sharp(out.bytes).metadata();
    expect([meta.exif, meta.xmp, meta.iptc, meta.icc, meta.orientation]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(Buffer.from(out.bytes).toString("latin1")).not.toContain(EXIF_SECRETS.model);
    const thumb = await sharp(out.thumbnail).metadata();
    expect(thumb).toMatchObject({ format: "webp", width: 360, height: 480 });
    expect(thumb.exif).toBeUndefined();
  });

  it("converts colours from an embedded ICC profile (Display P3) to sRGB and drops the profile", async () => {
    // sRGB green (0, 200, 0) written into a P3-tagged PNG: its stored numbers are P3's.
    const p3 = await sharp({
      create: { width: 20, height: 20, channels: 3, background: { r: 0, g: 200, b: 0 } },
    })
      .png()
      .withIccProfile("p3")
      .toBuffer();
    expect((await sharp(p3).metadata()).icc).toBeDefined();
    const [r0, g0] = await sharp(p3, { ignoreIcc: true }).raw().toBuffer();
    expect(Math.abs(r0 - 0) + Math.abs(g0 - 200)).toBeGreaterThan(10);
    // Stored untagged: converted back to sRGB's numbers, not just relabelled.
    const out = await processUploadedImage(p3, 1000);
    expect((await sharp(out.bytes).metadata()).icc).toBeUndefined();
    const [r, g, b] = await sharp(out.bytes, { ignoreIcc: true }).raw().toBuffer();
    expect(Math.abs(r - 0) + Math.abs(g - 200) + Math.abs(b - 0)).toBeLessThan(8);
  });

  it("counts pixels from the header before decoding (the limit is inclusive)", async () => {
    expect((await processUploadedImage(pngBytes(10, 10), 100)).width).toBe(10);
    expect(await refusal(processUploadedImage(pngBytes(10, 11), 100))).toBe("PAYLOAD_TOO_LARGE");
    // A side past 65,535 is refused whatever the limit (a 32-bit column would overflow on 2³¹).
    expect(await refusal(processUploadedImage(pngHeaderClaiming(70_000, 1), 1_000_000_000))).toBe(
      "PAYLOAD_TOO_LARGE",
    );
    expect(
      await refusal(processUploadedImage(pngHeaderClaiming(4294967295, 4294967295), 1_000_000_000)),
    ).toBe("PAYLOAD_TOO_LARGE");
  });

  it("counts every frame of an animation", async () => {
    const gif = sparseAnimatedGif(100, 100, 3); // 10,000 pixels a frame
    expect(await refusal(processUploadedImage(gif, 25_000))).toBe("PAYLOAD_TOO_LARGE");
    expect(await processUploadedImage(gif, 30_000)).toMatchObject({
      mimeType: "image/gif",
      width: 100,
      height: 100,
    });
    const animation = await processUploadedImage(await animatedGif(20, 10, 4), 800);
    expect((await sharp(animation.bytes, { animated: true }).metadata()).pages).toBe(4);
    expect(await refusal(processUploadedImage(await animatedGif(20, 10, 4), 799))).toBe(
      "PAYLOAD_TOO_LARGE",
    );
  });

  it("scales a very large photo down to the stored maximum side", async () => {
    const out = await processUploadedImage(await realImage("jpeg", 6000, 1000), 50_000_000);
    expect([out.width, out.height]).toEqual([
      STORED_MAX_SIDE,
      Math.round((1000 * STORED_MAX_SIDE) / 6000),
    ]);
  });

  it("refuses what is not an image, or not all of one, with 415", async () => {
    expect(await refusal(processUploadedImage(Buffer.from("<svg/>"), 1000))).toBe(
      "UNSUPPORTED_MEDIA_TYPE",
    );
    const jpeg = await realImage("jpeg", 200, 100);
    expect(
      await refusal(processUploadedImage(jpeg.subarray(0, jpeg.length - 200), 1_000_000)),
    ).toBe("UNSUPPORTED_MEDIA_TYPE");
  });
});
