// A reporter signed by an initial and a family name after the site's own credit, before the lead: «الدريوش 24 -
// م. البقالي: اشتكى …» (forty-second round, at the merge: a blind page's lead kept «م. البقالي:»). A chained
// credit's reporter was read only by a given name first (`givenNames`); an initial — one letter and its dot —
// stands in that name's place, so it is read the same way: only after a credit, never as speech (dateline.ts).

// Two or three initials («م.ع. الحسني», «ع. ل. بوزيان», «أ.م.الناصري») stand there too, and a separator on both sides
// («NAME بريس – ع.الزياني –»): the grammar read «ح.» as a one-letter credit closed by a dot (forty-fourth round).

/** One to three initials, each one letter and its dot, spaced or glued. */
const INITIALS = String.raw`(?:\p{L}\.\s*){1,3}`;

/** One more link of a dateline's chain: the initials, one or two name words, then a separator. */
export const INITIAL_LINK = new RegExp(String.raw`^()()(${INITIALS}[\p{L}\p{M}]{2,}(?:\s[\p{L}\p{M}]{2,})?)\s*(?:--|[-–—ـ]+|[:|])\s*`, 'u');

const OPENS_ON_INITIAL = new RegExp(String.raw`^${INITIALS}[\p{L}\p{M}]{2,}`, 'u');

/** Whether a name opens on initials («م. البقالي», «م.البقالي», «م.ع. الحسني»): a person, as a given name first is. */
export function opensOnInitial(name: string): boolean {
  return OPENS_ON_INITIAL.test(name.trim());
}

/** A credit that is only initials («ح», «م.ع») closed by a dot: a reporter's initials, never a name. */
export function isInitialCredit(credit: string, closer: string): boolean {
  return /^\s*\./u.test(closer) && /^\p{L}(?:\.\s*\p{L}){0,2}$/u.test(credit.trim());
}
