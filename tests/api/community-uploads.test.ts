import { beforeAll, describe, expect, it } from "vitest";
import { api, baseUrl, createUser, firstSchoolIds, testDb, type TestUser } from "../support/api";
import { boardsOf, writePost, uploadFile } from "../support/community";
import sharp from "sharp";
import { GIF_1x1, pngBytes, realImage } from "../support/images";

// Uploads: the type comes from the file's bytes, the size is limited, photos attach to their
// uploader's posts only, and are served to the post's school only.

let hanbit: number;
let saesol: number;
let boards: Awaited<ReturnType<typeof boardsOf>>;
let owner: TestUser;
let classmate: TestUser;
let outsider: TestUser;

beforeAll(async () => {
  [hanbit, saesol] = await firstSchoolIds();
  boards = await boardsOf(hanbit);
  [owner, classmate, outsider] = await Promise.all([
    createUser({ schoolId: hanbit }),
    createUser({ schoolId: hanbit }),
    createUser({ schoolId: saesol }),
  ]);
});

const getPhoto = (url: string, token?: string) =>
  fetch(`${baseUrl()}${url}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe("POST /api/v1/uploads", () => {
  it("accepts a PNG by its bytes even when named .txt and sent as text/plain", async () => {
    const res = await uploadFile(owner, pngBytes(4, 3), {
      filename: "notes.txt",
      type: "text/plain",
    });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body).sort()).toEqual(["height", "id", "thumbnailUrl", "url", "width"]);
    expect(res.body).toMatchObject({
      width: 4,
      height: 3,
      url: `/api/v1/uploads/${res.body.id}`,
      thumbnailUrl: `/api/v1/uploads/${res.body.id}?size=thumb`,
    });
    const photo = await getPhoto(res.body.url, owner.token);
    expect(photo.status).toBe(200);
    expect(photo.headers.get("content-type")).toBe("image/png");
    expect(photo.headers.get("x-content-type-options")).toBe("nosniff");
    // Re-encoded (see uploads-processing.test.ts), the same pixels.
    const servedBytes = Buffer.from(await photo.arrayBuffer());
    const pixels = await sharp(servedBytes).raw().toBuffer();
    expect(pixels.equals(await sharp(pngBytes(4, 3)).raw().toBuffer())).toBe(true);
    const row = await testDb().photo.findUniqueOrThrow({ where: { id: res.body.id } });
    expect(row).toMatchObject({
      ownerId: owner.id,
      postId: null,
      mimeType: "image/png",
      width: 4,
      height: 3,
      byteSize: servedBytes.length,
    });
    expect(row.storageKey).toMatch(/^[a-f0-9]{32}$/);
    expect(row.storageKey).not.toContain("notes");
  });

  it.each([
    ["JPEG", () => realImage("jpeg", 640, 480), "image/jpeg", 640, 480],
    ["GIF", async () => GIF_1x1, "image/gif", 1, 1],
    ["WebP", () => realImage("webp", 50, 40), "image/webp", 50, 40],
  ])("accepts %s", async (_name, make, mime, width, height) => {
    const res = await uploadFile(owner, await make(), { filename: "x.bin" });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ width, height });
    expect((await getPhoto(res.body.url, owner.token)).headers.get("content-type")).toBe(mime);
  });

  it("refuses text named .png and sent as image/png with 415", async () => {
    const res = await uploadFile(
      owner,
      Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"),
      { filename: "cat.png", type: "image/png" },
    );
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    const truncated = await uploadFile(owner, pngBytes(2, 2).subarray(0, 10), {
      filename: "broken.png",
      type: "image/png",
    });
    expect(truncated.status).toBe(415);
    const bmp = await uploadFile(owner, Buffer.concat([Buffer.from("BM"), Buffer.alloc(60)]), {
      filename: "a.bmp",
      type: "image/bmp",
    });
    expect(bmp.status).toBe(415);
  });

  it("refuses a file over 10 MB with 413", async () => {
    const big = Buffer.concat([pngBytes(1, 1), Buffer.alloc(10 * 1024 * 1024)]);
    const res = await uploadFile(owner, big, { filename: "big.png", type: "image/png" });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("refuses a body whose Content-Length is far over the limit before reading it", async () => {
    const huge = Buffer.alloc(12 * 1024 * 1024);
    const res = await uploadFile(owner, huge, { filename: "huge.png", type: "image/png" });
    expect(res.status).toBe(413);
  });

  it("answers 400 without a `file` field, and 401 without a caller", async () => {
    const wrongField = await uploadFile(owner, pngBytes(1, 1), { field: "photo" });
    expect(wrongField.status).toBe(400);
    expect(wrongField.body.error.fields.file).toBeDefined();
    const json = await api("POST", "/api/v1/uploads", { token: owner.token, body: { file: "x" } });
    expect(json.status).toBe(400);
    expect((await uploadFile(null, pngBytes(1, 1))).status).toBe(401);
  });
});

describe("photos on posts", () => {
  it("attach to a post in order; the post shows them; its school sees them, another school does not", async () => {
    const a = await uploadFile(owner, pngBytes(2, 2));
    const b = await uploadFile(owner, pngBytes(3, 5));
    const post = await writePost(owner, boards.free, { photoIds: [b.body.id, a.body.id] });
    expect(post.photos).toEqual([
      {
        id: b.body.id,
        url: `/api/v1/uploads/${b.body.id}`,
        thumbnailUrl: `/api/v1/uploads/${b.body.id}?size=thumb`,
        width: 3,
        height: 5,
      },
      {
        id: a.body.id,
        url: `/api/v1/uploads/${a.body.id}`,
        thumbnailUrl: `/api/v1/uploads/${a.body.id}?size=thumb`,
        width: 2,
        height: 2,
      },
    ]);
    const list = await api("GET", `/api/v1/boards/${boards.free}/posts?limit=50`, {
      token: classmate.token,
    });
    expect(list.body.items.find((i: { id: number }) => i.id === post.id).hasPhoto).toBe(true);
    expect((await testDb().post.findUniqueOrThrow({ where: { id: post.id } })).photoCount).toBe(2);

    expect((await getPhoto(a.body.url, classmate.token)).status).toBe(200);
    const foreign = await getPhoto(a.body.url, outsider.token);
    expect(foreign.status).toBe(404);
    expect(foreign.headers.get("content-type")).toMatch(/json/);
    expect((await getPhoto(a.body.url)).status).toBe(401);

    await api("DELETE", `/api/v1/posts/${post.id}`, { token: owner.token });
    expect((await getPhoto(a.body.url, classmate.token)).status).toBe(404);
  });

  it("an unattached photo is its uploader's only", async () => {
    const photo = await uploadFile(owner, pngBytes(1, 1));
    expect((await getPhoto(photo.body.url, owner.token)).status).toBe(200);
    expect((await getPhoto(photo.body.url, classmate.token)).status).toBe(404);
  });

  it("nobody can attach someone else's photo (400, like an unknown id); a photo attaches once; unknown ids are 400", async () => {
    const photo = await uploadFile(owner, pngBytes(1, 1));
    const thief = await api("POST", `/api/v1/boards/${boards.info}/posts`, {
      token: classmate.token,
      body: { title: "훔친 사진", content: "x", photoIds: [photo.body.id] },
    });
    // Issue 9 item 17: the same answer as for a photo that does not exist, so ids cannot be probed.
    expect(thief.status).toBe(400);
    expect(thief.body.error.code).toBe("VALIDATION_FAILED");
    expect(thief.body.error.fields.photoIds).toBeDefined();
    expect(
      (await testDb().photo.findUniqueOrThrow({ where: { id: photo.body.id } })).postId,
    ).toBeNull();
    // The refused write left no post behind.
    const theirs = await api("GET", "/api/v1/me/posts", { token: classmate.token });
    expect(theirs.body.items.map((i: { title: string }) => i.title)).not.toContain("훔친 사진");

    await writePost(owner, boards.info, { photoIds: [photo.body.id] });
    const again = await api("POST", `/api/v1/boards/${boards.market}/posts`, {
      token: owner.token,
      body: { title: "재사용", content: "x", photoIds: [photo.body.id] },
    });
    expect(again.status).toBe(400);
    expect(again.body.error.fields.photoIds).toBeDefined();
    const unknown = await api("POST", `/api/v1/boards/${boards.market}/posts`, {
      token: owner.token,
      body: { title: "없는 사진", content: "x", photoIds: [999999999] },
    });
    expect(unknown.status).toBe(400);
  });
});
