import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { api, baseUrl, createUser, firstSchoolIds, testDb, type TestUser } from "../support/api";
import { boardsOf, uploadFile, writePost } from "../support/community";
import {
  animatedGif,
  bilevelPng,
  sparseAnimatedGif,
  EXIF_SECRETS,
  photoWithMetadata,
  pngBytes,
  pngHeaderClaiming,
  realImage,
} from "../support/images";

// What the server does to an uploaded photo before anyone sees it: decoded and re-encoded, so
// no EXIF (GPS, phone, Artist), XMP or comment survives, with the orientation applied to the
// pixels; absurd or undecodable images refused with 413/415, never a 500; a thumbnail; and
// served with an ETag (304 when unchanged). Runs with either PHOTO_STORAGE driver.

let hanbit: number;
let saesol: number;
let owner: TestUser;
let classmate: TestUser;
let outsider: TestUser;

beforeAll(async () => {
  [hanbit, saesol] = await firstSchoolIds();
  [owner, classmate, outsider] = await Promise.all([
    createUser({ schoolId: hanbit }),
    createUser({ schoolId: hanbit }),
    createUser({ schoolId: saesol }),
  ]);
});

const getPhoto = (url: string, token?: string, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl()}${url}`, {
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
  });

async function served(url: string, token = owner.token) {
  const res = await getPhoto(url, token);
  expect(res.status).toBe(200);
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

function expectNoSecrets(bytes: Buffer) {
  const text = bytes.toString("latin1");
  for (const secret of Object.values(EXIF_SECRETS)) expect(text).not.toContain(secret);
  expect(text).not.toContain("Exif");
  expect(text).not.toContain("xmpmeta");
}

/** The colour at (x, y) of an image, as [r, g, b]. */
async function pixel(bytes: Buffer, x: number, y: number) {
  const { data, info } = await sharp(bytes)
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [data[i], data[i + 1], data[i + 2]];
}

describe("metadata is stripped, orientation applied", () => {
  it.each([
    ["JPEG", "jpeg", "image/jpeg"],
    ["PNG", "png", "image/png"],
    ["WebP", "webp", "image/webp"],
  ] as const)(
    "%s with EXIF GPS, Make/Model, Artist, XMP and orientation 6",
    async (_name, format, mime) => {
      const original = await photoWithMetadata(format, 400, 300, 6);
      // The fixture really carries what a phone adds.
      const before = await sharp(original).metadata();
      expect(before).toMatchObject({ orientation: 6, width: 400, height: 300 });
      expect(before.exif).toBeDefined();
      expect(original.toString("latin1")).toContain(EXIF_SECRETS.artist);

      const res = await uploadFile(owner, original, { filename: `IMG_0001.${format}` });
      expect(res.status).toBe(201);
      // Orientation 6 = turned 90°: the stored photo is 300 wide, 400 high.
      expect(res.body).toMatchObject({ width: 300, height: 400 });

      const { res: photo, bytes } = await served(res.body.url);
      expect(photo.headers.get("content-type")).toBe(mime);
      expectNoSecrets(bytes);
      const after = await sharp(bytes).metadata();
      expect(after.format).toBe(format);
      expect(after.exif).toBeUndefined();
      expect(after.xmp).toBeUndefined();
      expect(after.iptc).toBeUndefined();
      expect(after.icc).toBeUndefined();
      expect(after.orientation).toBeUndefined();
      expect([after.width, after.height]).toEqual([300, 400]);
      // The red left half of the sensor image is now the top half of the photo.
      const [top, bottom] = [await pixel(bytes, 150, 50), await pixel(bytes, 150, 350)];
      expect(top[0]).toBeGreaterThan(150);
      expect(top[2]).toBeLessThan(100);
      expect(bottom[2]).toBeGreaterThan(150);
      expect(bottom[0]).toBeLessThan(100);

      const row = await testDb().photo.findUniqueOrThrow({ where: { id: res.body.id } });
      expect(row).toMatchObject({
        mimeType: mime,
        width: 300,
        height: 400,
        byteSize: bytes.length,
      });
    },
  );

  it("an anonymous post's photo, seen by a classmate, carries nothing of its author", async () => {
    const up = await uploadFile(owner, await photoWithMetadata("jpeg", 64, 48, 1));
    const boards = await boardsOf(hanbit);
    const post = await writePost(owner, boards.free, { isAnonymous: true, photoIds: [up.body.id] });
    const view = await api("GET", `/api/v1/posts/${post.id}`, { token: classmate.token });
    const [photo] = view.body.photos;
    for (const url of [photo.url, photo.thumbnailUrl]) {
      const { bytes } = await served(url, classmate.token);
      expectNoSecrets(bytes);
      const meta = await sharp(bytes).metadata();
      expect([meta.exif, meta.xmp, meta.iptc]).toEqual([undefined, undefined, undefined]);
    }
  });
});

describe("GIF", () => {
  it("an animated GIF stays animated (frames, delays, loop) and loses its comment", async () => {
    const gif = await animatedGif(60, 40, 3, { comment: `taken by ${EXIF_SECRETS.artist}` });
    expect(gif.toString("latin1")).toContain(EXIF_SECRETS.artist);
    const res = await uploadFile(owner, gif);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ width: 60, height: 40 });
    const { res: photo, bytes } = await served(res.body.url);
    expect(photo.headers.get("content-type")).toBe("image/gif");
    expect(bytes.toString("latin1")).not.toContain(EXIF_SECRETS.artist);
    const meta = await sharp(bytes, { animated: true }).metadata();
    expect(meta).toMatchObject({
      format: "gif",
      pages: 3,
      pageHeight: 40,
      width: 60,
      loop: 0,
      delay: [100, 110, 120],
    });
    // Its thumbnail is a still WebP of the first frame.
    const thumb = await served(res.body.thumbnailUrl);
    expect(thumb.res.headers.get("content-type")).toBe("image/webp");
    const still = await sharp(thumb.bytes, { animated: true }).metadata();
    expect([still.pages ?? 1, still.width, still.height]).toEqual([1, 60, 40]);
  });
});

describe("refused images: 413 for too many pixels, 415 for undecodable ones, never a 500", () => {
  it("a PNG header claiming 4294967295 × 4294967295", async () => {
    const res = await uploadFile(owner, pngHeaderClaiming(4294967295, 4294967295), {
      filename: "bomb.png",
      type: "image/png",
    });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(res.body.error.message).toMatch(/화소/);
  });

  it("a complete, valid 60-megapixel PNG of 7 KB (over the 50 MP limit)", async () => {
    const bomb = bilevelPng(10_000, 6_000);
    expect(bomb.length).toBeLessThan(20_000);
    const res = await uploadFile(owner, bomb, { filename: "bomb.png", type: "image/png" });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("PAYLOAD_TOO_LARGE");
    // The server is still fine.
    expect((await uploadFile(owner, pngBytes(2, 2))).status).toBe(201);
  });

  it("an animated GIF whose frames together exceed the limit", async () => {
    // 2000 × 2000 = 4 MP a frame, 13 frames = 52 MP in 300 bytes: each frame alone would pass.
    const gif = sparseAnimatedGif(2000, 2000, 13);
    const res = await uploadFile(owner, gif, { filename: "long.gif", type: "image/gif" });
    expect(res.status).toBe(413);
  });

  it.each([
    ["a JPEG cut in half", async () => (await realImage("jpeg", 300, 200)).subarray(0, 600)],
    ["a PNG cut after its header", async () => (await realImage("png", 300, 200)).subarray(0, 60)],
    [
      "a PNG with corrupted image data",
      async () => {
        const png = Buffer.from(pngBytes(64, 64, [10, 200, 30]));
        for (let i = 45; i < png.length - 16; i += 5) png[i] ^= 0x5a;
        return png;
      },
    ],
    [
      "a WebP cut in half",
      async () => {
        const webp = await realImage("webp", 300, 200);
        return webp.subarray(0, webp.length >> 1);
      },
    ],
    ["a GIF without its image data", async () => (await animatedGif(30, 30, 2)).subarray(0, 40)],
  ])("%s → 415", async (_name, make) => {
    const res = await uploadFile(owner, await make());
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(JSON.stringify(res.body)).not.toMatch(/vips|libspng|stack/i);
  });
});

describe("thumbnails and caching", () => {
  it("?size=thumb is a WebP within 480 px; the post's photos carry thumbnailUrl", async () => {
    const res = await uploadFile(owner, await realImage("jpeg", 1600, 1200));
    expect(res.body).toMatchObject({
      width: 1600,
      height: 1200,
      thumbnailUrl: `/api/v1/uploads/${res.body.id}?size=thumb`,
    });
    const { res: thumb, bytes } = await served(res.body.thumbnailUrl);
    expect(thumb.headers.get("content-type")).toBe("image/webp");
    expect(thumb.headers.get("x-content-type-options")).toBe("nosniff");
    const meta = await sharp(bytes).metadata();
    expect([meta.width, meta.height]).toEqual([480, 360]);
    expect((await getPhoto(`${res.body.url}?size=huge`, owner.token)).status).toBe(400);
    // The thumbnail follows the photo's scope.
    expect((await getPhoto(res.body.thumbnailUrl, classmate.token)).status).toBe(404);
  });

  it("a photo has a strong ETag; If-None-Match answers 304 with no body, to the people who may see it only", async () => {
    const up = await uploadFile(owner, pngBytes(8, 8));
    const boards = await boardsOf(hanbit);
    const post = await writePost(owner, boards.free, { photoIds: [up.body.id] });
    const first = await getPhoto(up.body.url, classmate.token);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers.get("cache-control")).toMatch(/^private/);
    const thumbEtag = (await getPhoto(up.body.thumbnailUrl, classmate.token)).headers.get("etag");
    expect(thumbEtag).not.toBe(etag);

    const again = await getPhoto(up.body.url, classmate.token, { "if-none-match": etag! });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe("");
    expect(
      (await getPhoto(up.body.url, classmate.token, { "if-none-match": `W/${etag}, "other"` }))
        .status,
    ).toBe(304);
    expect(
      (await getPhoto(up.body.url, classmate.token, { "if-none-match": '"other"' })).status,
    ).toBe(200);
    // Another school, or after the post is deleted: 404 even with the right ETag.
    expect((await getPhoto(up.body.url, outsider.token, { "if-none-match": etag! })).status).toBe(
      404,
    );
    await api("DELETE", `/api/v1/posts/${post.id}`, { token: owner.token });
    expect((await getPhoto(up.body.url, classmate.token, { "if-none-match": etag! })).status).toBe(
      404,
    );
  });
});

describe("storage driver", () => {
  it(`stores the photo and its thumbnail where PHOTO_STORAGE (${process.env.PHOTO_STORAGE ?? "local"}) says`, async () => {
    const up = await uploadFile(owner, pngBytes(5, 5));
    const { storageKey } = await testDb().photo.findUniqueOrThrow({ where: { id: up.body.id } });
    const rows = await testDb().photoObject.findMany({
      where: { storageKey },
      select: { variant: true, bytes: true },
    });
    if (process.env.PHOTO_STORAGE === "database") {
      expect(rows.map((r) => r.variant).sort()).toEqual(["full", "thumb"]);
      const { bytes } = await served(up.body.url);
      expect(Buffer.from(rows.find((r) => r.variant === "full")!.bytes).equals(bytes)).toBe(true);
    } else {
      expect(rows).toEqual([]);
    }
  });
});
