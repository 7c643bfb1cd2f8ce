// A reporter signed by an initial and a family name after the site's own credit, before the lead: «الدريوش 24 -
// م. البقالي: اشتكى …» (forty-second round, at the merge: a blind page's lead kept «م. البقالي:»). A chained
// credit's reporter was read only by a given name first (`givenNames`); an initial — one letter and its dot —
// stands in that name's place, so it is read the same way: only after a credit, never as speech (dateline.ts).

/** One more link of a dateline's chain: an initial, its dot, one or two name words, then a separator. */
export const INITIAL_LINK = /^()()(\p{L}\.\s*[\p{L}\p{M}]{2,}(?:\s[\p{L}\p{M}]{2,})?)\s*(?:--|[-–—ـ]+|[:|])\s*/u;

/** Whether a name opens on an initial («م. البقالي», «م.البقالي»): a person, as a given name first is. */
export function opensOnInitial(name: string): boolean {
  return /^\p{L}\.\s*[\p{L}\p{M}]{2,}/u.test(name.trim());
}
