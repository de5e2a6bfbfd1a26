import { describe, expect, it } from "vitest";
import { createBookSchema, normalizeIsbn } from "@/lib/books/schemas";

// 책방's ISBN rule (check digits of ISBN-10 and ISBN-13) and the listing's limits.

describe("normalizeIsbn", () => {
  it("takes valid ISBN-10s (X as ten) and ISBN-13s with hyphens and spaces, as digits", () => {
    expect(normalizeIsbn("0-306-40615-2")).toBe("0306406152");
    expect(normalizeIsbn("0 8044 2957 x")).toBe("080442957X");
    expect(normalizeIsbn("978-0-306-40615-7")).toBe("9780306406157");
    expect(normalizeIsbn("979-10-90636-07-1")).toBe("9791090636071");
  });

  it("refuses a wrong check digit, a misplaced X, and other lengths", () => {
    for (const bad of [
      "0-306-40615-3",
      "978-0-306-40615-8",
      "X306406152",
      "97803064061X7",
      "123456789",
      "12345678901",
      "abcdefghij",
      "",
    ])
      expect(normalizeIsbn(bad), bad).toBeNull();
  });
});

describe("createBookSchema", () => {
  const ok = { title: "자료구조", price: 12000, condition: "GOOD" };

  it("fills the optional fields and stores the ISBN normalised", () => {
    expect(createBookSchema.parse({ ...ok, isbn: "978-0-306-40615-7" })).toEqual({
      ...ok,
      author: null,
      publisher: null,
      isbn: "9780306406157",
      lectureId: null,
      note: "",
      photoIds: [],
    });
    expect(createBookSchema.parse({ ...ok, author: "  ", isbn: "" }).author).toBeNull();
  });

  it("bounds the price to 0…1,000,000 원 in whole won, and photos to five distinct ones", () => {
    expect(createBookSchema.safeParse({ ...ok, price: 0 }).success).toBe(true);
    expect(createBookSchema.safeParse({ ...ok, price: 1_000_000 }).success).toBe(true);
    for (const price of [-1, 1_000_001, 10.5, "100"])
      expect(createBookSchema.safeParse({ ...ok, price }).success, String(price)).toBe(false);
    expect(createBookSchema.safeParse({ ...ok, photoIds: [1, 2, 3, 4, 5] }).success).toBe(true);
    expect(createBookSchema.safeParse({ ...ok, photoIds: [1, 2, 3, 4, 5, 6] }).success).toBe(false);
    expect(createBookSchema.safeParse({ ...ok, photoIds: [1, 1] }).success).toBe(false);
  });
});
