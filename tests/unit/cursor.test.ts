import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, idCursor, pageQuerySchema, toPage } from "@/lib/http/cursor";

describe("cursor pagination helpers", () => {
  it("round-trips a cursor and rejects a forged one as VALIDATION_FAILED", () => {
    const c = encodeCursor({ id: 42 });
    expect(decodeCursor(c, idCursor)).toEqual({ id: 42 });
    expect(() => decodeCursor("garbage!", idCursor)).toThrowError(
      expect.objectContaining({ code: "VALIDATION_FAILED" }),
    );
    expect(() => decodeCursor(encodeCursor({ id: "x" }), idCursor)).toThrowError(
      expect.objectContaining({ code: "VALIDATION_FAILED" }),
    );
  });

  it("cuts limit + 1 rows into a page with a next cursor", () => {
    const rows = [{ id: 5 }, { id: 4 }, { id: 3 }];
    const page = toPage(
      rows,
      2,
      (r) => ({ id: r.id }),
      (r) => r.id,
    );
    expect(page.items).toEqual([5, 4]);
    expect(decodeCursor(page.nextCursor, idCursor)).toEqual({ id: 4 });
    expect(
      toPage(
        rows,
        3,
        (r) => ({ id: r.id }),
        (r) => r.id,
      ).nextCursor,
    ).toBeNull();
  });

  it("limits limit to 1–100, default 20", () => {
    expect(pageQuerySchema.parse({}).limit).toBe(20);
    expect(pageQuerySchema.safeParse({ limit: "0" }).success).toBe(false);
    expect(pageQuerySchema.safeParse({ limit: "101" }).success).toBe(false);
    expect(pageQuerySchema.parse({ limit: "100" }).limit).toBe(100);
  });
});
