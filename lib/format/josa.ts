// Client-safe: the Korean particles after a word — 을/이/과 after a final consonant, 를/가/와 after a
// vowel ("서양철학의이해를", "자료구조를", "운영체제를", "경제학원론을"). A word ending in a Latin
// letter or a digit takes the particle of how Korean reads it ("API를": 에이피아이, "URL을": 유알엘,
// "알고리즘2를": 이); 을(를) when it cannot tell (a closing bracket, a symbol).

/** Latin letters whose Korean names end in a consonant: 엘, 엠, 엔, 알. */
const LATIN_WITH_FINAL = new Set(["l", "m", "n", "r"]);
/** Digits read with a final consonant: 영, 일, 삼, 육, 칠, 팔. */
const DIGITS_WITH_FINAL = new Set(["0", "1", "3", "6", "7", "8"]);

function endsWithConsonant(word: string): boolean | null {
  const last = word.trim().slice(-1);
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28 !== 0;
  if (/^[A-Za-z]$/.test(last)) return LATIN_WITH_FINAL.has(last.toLowerCase());
  if (/^\d$/.test(last)) return DIGITS_WITH_FINAL.has(last);
  return null;
}

/** The particle pair after a word: the first after a final consonant, the second after a vowel. */
function withParticle(word: string, [afterConsonant, afterVowel]: [string, string]): string {
  const consonant = endsWithConsonant(word);
  if (consonant === null) return `${word}${afterConsonant}(${afterVowel})`;
  return `${word}${consonant ? afterConsonant : afterVowel}`;
}

/** 을/를: "자료구조를", "경제학원론을". */
export const withObjectParticle = (word: string) => withParticle(word, ["을", "를"]);
/** 이/가: "자료구조가", "경제학원론이". */
export const withSubjectParticle = (word: string) => withParticle(word, ["이", "가"]);
/** 과/와: "자료구조와", "경제학원론과". */
export const withAndParticle = (word: string) => withParticle(word, ["과", "와"]);
