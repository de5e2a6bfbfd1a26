import { describe, expect, it } from "vitest";
import { toExcerpt, toAuthor } from "@/lib/community/post-dto";
import { boardPostsQuerySchema, createPostSchema, updatePostSchema } from "@/lib/community/schemas";
import { parseSeason, recentSeasons, seasonLabel, seasonOf } from "@/lib/community/seasons";
import { inspectImage, sniffImageMime } from "@/lib/uploads/image-type";
import { GIF_1x1, jpegBytes, pngBytes, webpBytes } from "../support/images";

describe("post input limits", () => {
  it("title ≤ 100, content ≤ 5,000, ≤ 20 distinct photos", () => {
    expect(createPostSchema.safeParse({ title: "가".repeat(100), content: "x" }).success).toBe(
      true,
    );
    expect(createPostSchema.safeParse({ title: "가".repeat(101), content: "x" }).success).toBe(
      false,
    );
    expect(createPostSchema.safeParse({ title: "t", content: "x".repeat(5000) }).success).toBe(
      true,
    );
    expect(createPostSchema.safeParse({ title: "t", content: "x".repeat(5001) }).success).toBe(
      false,
    );
    expect(
      createPostSchema.safeParse({
        title: "t",
        content: "x",
        photoIds: Array.from({ length: 20 }, (_, i) => i + 1),
      }).success,
    ).toBe(true);
    expect(
      createPostSchema.safeParse({
        title: "t",
        content: "x",
        photoIds: Array.from({ length: 21 }, (_, i) => i + 1),
      }).success,
    ).toBe(false);
    expect(createPostSchema.safeParse({ title: "t", content: "x", photoIds: [1, 1] }).success).toBe(
      false,
    );
    expect(createPostSchema.parse({ title: " t ", content: "x" })).toEqual({
      title: "t",
      content: "x",
      isAnonymous: false,
      photoIds: [],
    });
  });

  it("an edit needs a title or content", () => {
    expect(updatePostSchema.safeParse({}).success).toBe(false);
    expect(updatePostSchema.safeParse({ content: "새 내용" }).success).toBe(true);
  });

  it("search terms need 2 characters; an empty one is no filter", () => {
    expect(boardPostsQuerySchema.safeParse({ q: "가" }).success).toBe(false);
    expect(boardPostsQuerySchema.safeParse({ q: " 가 " }).success).toBe(false);
    expect(boardPostsQuerySchema.parse({ q: "가나" }).q).toBe("가나");
    expect(boardPostsQuerySchema.parse({ q: "" }).q).toBeUndefined();
  });
});

describe("post DTO helpers", () => {
  it("an anonymous author is only 익명", () => {
    expect(toAuthor(true, { id: 7, nickname: "비밀", profileImageUrl: "/x.png" })).toEqual({
      name: "익명",
    });
    expect(toAuthor(false, { id: 7, nickname: "공개", profileImageUrl: null })).toEqual({
      id: 7,
      nickname: "공개",
      profileImageUrl: null,
    });
  });

  it("the excerpt is the first 100 characters on one line", () => {
    expect(toExcerpt("첫 줄\n\n둘째   줄")).toBe("첫 줄 둘째 줄");
    const long = "가".repeat(150);
    expect(toExcerpt(long)).toBe(`${"가".repeat(100)}…`);
    expect(toExcerpt("가".repeat(100))).toBe("가".repeat(100));
  });
});

describe("BEST seasons", () => {
  it("are half years in Korean time", () => {
    expect(seasonOf(new Date("2026-06-30T14:59:59Z"))).toBe("2026-H1"); // 23:59:59 KST
    expect(seasonOf(new Date("2026-06-30T15:00:00Z"))).toBe("2026-H2"); // 07-01 00:00 KST
    expect(seasonOf(new Date("2026-12-31T15:00:00Z"))).toBe("2027-H1");
    const h2 = parseSeason("2026-H2")!;
    expect(h2.start.toISOString()).toBe("2026-06-30T15:00:00.000Z");
    expect(h2.end.toISOString()).toBe("2026-12-31T15:00:00.000Z");
    expect(parseSeason("2026-H3")).toBeNull();
    expect(parseSeason("2026-h1")).toBeNull();
    expect(seasonLabel("2026-H1")).toBe("2026년 상반기");
    expect(recentSeasons(new Date("2026-11-25T00:00:00Z"), 3)).toEqual([
      "2026-H2",
      "2026-H1",
      "2025-H2",
    ]);
  });
});

describe("image type by bytes", () => {
  it("knows the four formats and their sizes", () => {
    expect(inspectImage(pngBytes(7, 3))).toEqual({ mimeType: "image/png", width: 7, height: 3 });
    expect(inspectImage(jpegBytes(640, 480))).toEqual({
      mimeType: "image/jpeg",
      width: 640,
      height: 480,
    });
    expect(inspectImage(GIF_1x1)).toEqual({ mimeType: "image/gif", width: 1, height: 1 });
    expect(inspectImage(webpBytes(50, 40))).toEqual({
      mimeType: "image/webp",
      width: 50,
      height: 40,
    });
  });

  it("refuses everything else, whatever it claims to be", () => {
    expect(inspectImage(Buffer.from("just text"))).toBeNull();
    expect(inspectImage(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    expect(inspectImage(Buffer.concat([Buffer.from("BM"), Buffer.alloc(60)]))).toBeNull();
    expect(inspectImage(new Uint8Array())).toBeNull();
    expect(inspectImage(pngBytes(2, 2).subarray(0, 12))).toBeNull();
    expect(sniffImageMime(Buffer.from("RIFF\0\0\0\0WAVE"))).toBeNull();
  });
});
