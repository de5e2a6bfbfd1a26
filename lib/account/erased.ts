// 회원 탈퇴 keeps what others replied to readable: the erased account's rows stay, its personal
// data does not. Its nickname (unique, so it cannot simply be emptied) becomes ERASED_NICKNAME
// plus "#<id>", which no one can choose (the nickname rules refuse "(", ")" and "#"); every place
// that shows an author's nickname shows it through shownNickname(), as "(탈퇴한 회원)".

export const ERASED_NAME = "(탈퇴한 회원)";
const PREFIX = `${ERASED_NAME}#`;

export const erasedNickname = (userId: number) => `${PREFIX}${userId}`;
export const erasedEmail = (userId: number) => `erased-${userId}@erased.invalid`;

/** The name to show for a stored nickname: "(탈퇴한 회원)" for an erased account. */
export function shownNickname(nickname: string): string {
  return nickname.startsWith(PREFIX) ? ERASED_NAME : nickname;
}
