import { describe, expect, it } from "vitest";
import { numberAnonymousCommenters } from "@/lib/community/comment-names";

const at = (minute: number) => new Date(Date.UTC(2026, 8, 1, 12, minute));

describe("numberAnonymousCommenters (익명N / 익명(글쓴이))", () => {
  it("numbers people by their first anonymous comment on the post, whatever order the rows come in", () => {
    const names = numberAnonymousCommenters(
      [
        { authorId: 30, firstAnonAt: at(5), firstAnonId: 12 },
        { authorId: 10, firstAnonAt: at(1), firstAnonId: 3 },
        { authorId: 20, firstAnonAt: at(3), firstAnonId: 7 },
      ],
      { authorId: 99, isAnonymous: true },
    );
    expect(Object.fromEntries(names)).toEqual({ 10: "익명1", 20: "익명2", 30: "익명3" });
  });

  it("goes by time first, so a reply written earlier (with a larger id) still comes first", () => {
    const names = numberAnonymousCommenters(
      [
        { authorId: 1, firstAnonAt: at(10), firstAnonId: 5 },
        { authorId: 2, firstAnonAt: at(2), firstAnonId: 900 },
      ],
      { authorId: 99, isAnonymous: false },
    );
    expect(names.get(2)).toBe("익명1");
    expect(names.get(1)).toBe("익명2");
  });

  it("breaks a tie in time by id", () => {
    const names = numberAnonymousCommenters(
      [
        { authorId: 1, firstAnonAt: at(0), firstAnonId: 8 },
        { authorId: 2, firstAnonAt: at(0), firstAnonId: 4 },
      ],
      { authorId: 99, isAnonymous: true },
    );
    expect(names.get(2)).toBe("익명1");
    expect(names.get(1)).toBe("익명2");
  });

  it("calls the author of an anonymous post 익명(글쓴이) and gives them no number", () => {
    const names = numberAnonymousCommenters(
      [
        { authorId: 1, firstAnonAt: at(1), firstAnonId: 1 },
        { authorId: 99, firstAnonAt: at(2), firstAnonId: 2 },
        { authorId: 2, firstAnonAt: at(3), firstAnonId: 3 },
      ],
      { authorId: 99, isAnonymous: true },
    );
    expect(Object.fromEntries(names)).toEqual({ 1: "익명1", 99: "익명(글쓴이)", 2: "익명2" });
  });

  it("numbers the author of a post shown with their nickname like anyone else (글쓴이 would unmask them)", () => {
    const names = numberAnonymousCommenters(
      [
        { authorId: 99, firstAnonAt: at(1), firstAnonId: 1 },
        { authorId: 1, firstAnonAt: at(2), firstAnonId: 2 },
      ],
      { authorId: 99, isAnonymous: false },
    );
    expect(Object.fromEntries(names)).toEqual({ 99: "익명1", 1: "익명2" });
  });

  it("gives nobody a name when nobody commented anonymously", () => {
    expect(numberAnonymousCommenters([], { authorId: 1, isAnonymous: true }).size).toBe(0);
  });
});
