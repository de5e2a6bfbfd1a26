// Nicknames that cannot pass for someone else (SPEC, "Names cannot pass for someone else").
// Client-safe: the signup and 내 정보 forms, their actions and /api/v1 share it through
// lib/auth/schemas.ts.
//
// 1. NFKC, then spaces at the ends dropped: decomposed Hangul (macOS), full-width letters and odd spaces take their
//    usual form, so one look has one spelling.
// 2. An allow-list, not a deny-list: letters (any script), the digits 0–9, `_`, `-`, `.` and one
//    space between words. Everything else is refused, whatever it is called: combining marks
//    (U+0300, U+034F), variation selectors (U+FE0F, U+E0100), Braille blanks (U+2800), format and
//    invisible characters. Hangul fillers (U+115F, U+1160, U+3164, U+FFA0) and the other
//    invisible *letters* (U+17B5 …) are letters to Unicode, so default-ignorable code points are
//    refused by name as well.
// 3. Reserved names are compared on a skeleton: accents, joiners, spaces and case set aside and
//    common Latin look-alikes (Cyrillic а, Greek ο …) folded, so "ＡＤＭＩＮ", "a.d.m.i.n", "Аdmin"
//    and "관 리 자" read as what they are. 익명 (and anything starting with it: 익명N, 익명(글쓴이))
//    is how anonymous authors are shown; (탈퇴한 회원) is how a deleted account is shown; 관리자,
//    운영자 and admin anywhere at the edge of a name would pass for the school's staff.

export const NICKNAME_MIN = 2;
export const NICKNAME_MAX = 20;

export const NICKNAME_CHARS_MESSAGE =
  "닉네임에는 글자, 숫자, 밑줄(_)·하이픈(-)·마침표(.)와 단어 사이 띄어쓰기 한 번만 쓸 수 있습니다.";
export const NICKNAME_NO_LETTER_MESSAGE = "닉네임에는 글자나 숫자가 하나 이상 있어야 합니다.";
export const NICKNAME_ANONYMOUS_MESSAGE = "'익명'으로 시작하는 닉네임은 쓸 수 없습니다.";
export const NICKNAME_RESERVED_MESSAGE = "운영진이나 익명처럼 보이는 닉네임은 쓸 수 없습니다.";

/**
 * NFKC, and spaces at either end dropped: the form a nickname is checked and stored in. Only
 * spaces (every kind is U+0020 after NFKC): String#trim would also drop a U+FEFF silently.
 */
export function normalizeNickname(raw: string): string {
  return raw.normalize("NFKC").replace(/^ +| +$/g, "");
}

// Letters of any script, ASCII digits, the three joiners and the space (counted separately).
const ALLOWED = /^[\p{L}0-9_.\- ]*$/u;
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}0-9]/u;

/** Latin look-alikes of other scripts, folded before reserved names are compared. */
const LOOK_ALIKES: Record<string, string> = {
  // Cyrillic
  а: "a",
  в: "b",
  с: "c",
  ԁ: "d",
  е: "e",
  һ: "h",
  і: "i",
  ї: "i",
  ј: "j",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  ԛ: "q",
  ѕ: "s",
  т: "t",
  п: "n",
  ս: "u",
  х: "x",
  у: "y",
  // Greek
  α: "a",
  ι: "i",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  κ: "k",
  μ: "m",
  η: "n",
  // Latin letters that read as others
  ı: "i",
  ɑ: "a",
  ɗ: "d",
  ɩ: "i",
  ɪ: "i",
  ʟ: "l",
  ɴ: "n",
  ᴍ: "m",
  ᴅ: "d",
  ᴀ: "a",
  // Armenian
  օ: "o",
  ո: "n",
};

/**
 * What a nickname reads as: NFKD without marks (accents), lower-cased, look-alikes folded, and
 * only letters and digits kept (spaces, joiners, invisible characters set aside).
 */
export function nicknameSkeleton(name: string): string {
  const bare = name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().normalize("NFC");
  let out = "";
  for (const ch of bare) {
    const folded = LOOK_ALIKES[ch] ?? ch;
    if (/[\p{L}\p{N}]/u.test(folded) && !INVISIBLE.test(folded)) out += folded;
  }
  return out;
}

/** Read as a name the app itself shows (익명…, (탈퇴한 회원)) or as the school's staff. */
export function isReservedNickname(name: string): boolean {
  const s = nicknameSkeleton(name);
  if (s.startsWith("익명")) return true;
  if (s.includes("탈퇴한회원")) return true;
  if (s.includes("관리자") || s.includes("운영자")) return true;
  if (s.startsWith("admin") || s.endsWith("admin")) return true;
  return false;
}

/** The first reason a (normalised) nickname is refused, or null when it is fine. */
export function nicknameProblem(name: string): string | null {
  if (!ALLOWED.test(name) || INVISIBLE.test(name)) return NICKNAME_CHARS_MESSAGE;
  if ((name.match(/ /g)?.length ?? 0) > 1) return NICKNAME_CHARS_MESSAGE;
  if (!HAS_LETTER_OR_DIGIT.test(name)) return NICKNAME_NO_LETTER_MESSAGE;
  if (name.startsWith("익명")) return NICKNAME_ANONYMOUS_MESSAGE;
  if (isReservedNickname(name)) return NICKNAME_RESERVED_MESSAGE;
  return null;
}
