// Which addresses belong to a school: the domain after the last "@" is one of the school's
// domains or a subdomain of one (mail.hanbit.ac.kr counts for hanbit.ac.kr); a look-alike such as
// hanbit.ac.kr.evil.example or evilhanbit.ac.kr does not.

export function domainOfAddress(email: string): string {
  return email
    .slice(email.lastIndexOf("@") + 1)
    .toLowerCase()
    .replace(/\.$/, "");
}

export function isSchoolAddress(email: string, schoolDomains: readonly string[]): boolean {
  const domain = domainOfAddress(email);
  if (!domain) return false;
  return schoolDomains.some((d) => {
    const school = d.toLowerCase();
    return domain === school || domain.endsWith(`.${school}`);
  });
}
