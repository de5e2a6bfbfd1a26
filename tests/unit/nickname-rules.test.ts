import { describe, expect, it } from "vitest";
import { nicknameSchema, signupSchema } from "@/lib/auth/schemas";
import { isReservedNickname, nicknameSkeleton } from "@/lib/validation/nickname";

// issue 26.3: names cannot pass for someone else (SPEC). An allow-list (letters, digits, _ - .
// and one inner space) after NFKC; reserved names compared once invisible characters, joiners,
// spaces, accents and case are set aside.

const parse = (s: string) => nicknameSchema.safeParse(s);
const accepted = (s: string) => parse(s).success;

// What the hostile pass slipped in: combining marks, variation selectors, Hangul fillers,
// Braille blanks, Khmer/Mongolian invisibles, format characters.
const INVISIBLES = [
  "\u0300",
  "\u034F",
  "\uFE0F",
  "\u{E0100}",
  "\u115F",
  "\u1160",
  "\u3164",
  "\uFFA0",
  "\u2800",
  "\u17B5",
  "\u180B",
  "\u200B",
  "\u200D",
  "\u2060",
  "\uFEFF",
  "\u00AD",
  "\u202E",
  "\u{E0041}",
];

describe("nicknames: the allow-list", () => {
  it("takes letters of any script, digits, _ - . and one space between words", () => {
    for (const ok of [
      "한빛학생",
      "kim_01",
      "a.b-c",
      "김 철수",
      "Ünïcödé",
      "東京太郎",
      "ㅎㅎ",
      "12",
    ]) {
      expect(accepted(ok), ok).toBe(true);
    }
    expect(nicknameSchema.parse(" 김 철수 ")).toBe("김 철수");
    expect(nicknameSchema.parse("ＡＢＣ")).toBe("ABC");
    expect(nicknameSchema.parse("한빛".normalize("NFD"))).toBe("한빛");
    // An ideographic or no-break space is a space after NFKC, and one is fine.
    expect(nicknameSchema.parse("김\u3000철수")).toBe("김 철수");
  });

  it("refuses everything else: two spaces, punctuation, symbols, emoji, only joiners", () => {
    for (const bad of [
      "김  철수",
      "a b c",
      "김!",
      "a@b",
      "하트♥",
      "웃음😀",
      "(괄호)",
      "--",
      "._.",
      "a/b",
    ]) {
      expect(accepted(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it("refuses every invisible, combining or filler character, anywhere in the name", () => {
    for (const ch of INVISIBLES) {
      for (const name of [`${ch}한빛`, `한${ch}빛`, `한빛${ch}`]) {
        const r = parse(name);
        expect(r.success, JSON.stringify(name)).toBe(false);
      }
    }
    // The two the report quotes.
    expect(accepted("ᅠ익명")).toBe(false);
    expect(accepted("익͏명")).toBe(false);
  });

  it("refuses unpaired surrogates (400 on the field)", () => {
    for (const bad of ["\udc00가나", "가나\ud800", "가\ud800\ud800나"]) {
      const r = parse(bad);
      expect(r.success, JSON.stringify(bad)).toBe(false);
    }
    expect(accepted("가나\u{1F600}".replace(/\u{1F600}/u, ""))).toBe(true);
  });
});

describe("nicknames: reserved names", () => {
  it("refuses 익명, 익명N, 익명(글쓴이), (탈퇴한 회원), 관리자, 운영자 and admin in every disguise", () => {
    const base = [
      "익명",
      "익명1",
      "익명23",
      "탈퇴한 회원",
      "관리자",
      "운영자",
      "admin",
      "Admin",
      "ADMIN",
    ];
    const disguised = [
      "ＡＤＭＩＮ",
      "a.d.m.i.n",
      "a d",
      "ad_min",
      "ádmin",
      "Аdmin", // Cyrillic А
      "аdmіn", // Cyrillic а and і
      "admın", // dotless ı
      "관 리 자".replace("리 ", "리"),
      "관.리.자",
      "관-리-자",
      "운영_자",
      "익_명",
      "익.명",
      "익명이",
      "한빛관리자",
      "한빛 관리자",
      "한빛.관리자",
      "관리자1",
      "새솔운영자",
      "admin01",
      "hanbit_admin",
      "탈퇴한회원",
      "익명".normalize("NFD"),
    ];
    for (const name of [...base, ...disguised].filter((n) => n !== "a d")) {
      expect(accepted(name), JSON.stringify(name)).toBe(false);
    }
  });

  it("leaves names that merely contain the letters alone", () => {
    for (const ok of [
      "badminton",
      "administrator의친구".slice(0, 0) || "madminx",
      "관리",
      "명익",
      "운영",
    ]) {
      expect(accepted(ok), ok).toBe(true);
    }
  });

  it("compares on a skeleton: accents, joiners, spaces, case and invisibles set aside", () => {
    expect(nicknameSkeleton("Á.d-M_i n")).toBe("admin");
    expect(nicknameSkeleton("관\u200b리 자")).toBe("관리자");
    expect(isReservedNickname("ＡＤＭＩＮ")).toBe(true);
    expect(isReservedNickname("한빛학생")).toBe(false);
  });

  it("27 variants of 한빛관리자: every one refused", () => {
    const variants = [
      ...INVISIBLES.map((ch) => `한빛관${ch}리자`),
      "한빛관리자",
      "한빛 관리자",
      "한빛관리자.",
      "한빛_관리자",
      "한빛-관리자",
      "한빛관리자".normalize("NFD"),
      "한빛관리자\u3000",
      "한빛ＡＤＭＩＮ",
      "한빛admin",
    ];
    expect(variants.length).toBeGreaterThanOrEqual(27);
    for (const v of variants) expect(accepted(v), JSON.stringify(v)).toBe(false);
  });

  it("applies at signup too", () => {
    const r = signupSchema.safeParse({
      email: "a@b.co",
      password: "x".repeat(8),
      nickname: "ᅠ익명",
      schoolId: 1,
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path[0])).toEqual(["nickname"]);
  });
});
