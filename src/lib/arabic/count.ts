// A number with its counted noun, as Arabic agrees them: 1 and 2 are said by the noun itself
// («علاقة واحدة», «علاقتان»), 3–10 take the plural («5 علاقات»), 11 and more the singular
// («11 علاقة»). One helper for every count the site writes.

/** The forms of a counted noun (nominative); `zero` when nothing is counted («لا علاقة»). */
export interface CountedNoun {
  zero?: string;
  one: string;
  two: string;
  /** Plural, after 3–10. */
  few: string;
  /** Singular, after 11 and more (and 0 when there is no `zero`). */
  many: string;
}

export function countNoun(n: number, forms: CountedNoun): string {
  if (n === 0 && forms.zero) return forms.zero;
  if (n === 1) return forms.one;
  if (n === 2) return forms.two;
  if (n >= 3 && n <= 10) return `${n} ${forms.few}`;
  return `${n} ${forms.many}`;
}
