// Client-safe: the Korean object particle for a word — 을 after a final consonant, 를 after a
// vowel ("서양철학의이해를", "자료구조를", "운영체제를", "경제학원론을"); 을(를) when it cannot tell.
export function withObjectParticle(word: string): string {
  const last = word.trim().slice(-1);
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return `${word}${(code - 0xac00) % 28 === 0 ? "를" : "을"}`;
  return `${word}을(를)`;
}
