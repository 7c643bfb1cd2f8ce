// «زغرب (HINA) –», «براتيسلافا (TASR) –» (thirty-fifth round, merged): a wire the sources do not list, printed in a
// dateline's brackets by its Latin code — three to six capitals, as national wires sign (HINA, TASR, MTI, ANSA). A
// language's or a format's tag in the same brackets («(AR)», «(ENG)», «(VIDEO)»: `notWireCodes`) is no wire; two
// capitals are left to the lists («(TT)» is Sweden's wire, «(AR)» a language).
import type { Lexicon } from './boilerplate';

// Latin capitals with their diacritics: Turkish wires sign «(İLKHA)» (thirty-sixth round, real pages).
const CODE = /^(?=\p{Script=Latin}+$)\p{Lu}{3,6}$/u;

// «برن (Keystone-ATS) -», «(dpa-AFX)» (fortieth round, at the merge): a wire's house name joined by a hyphen to its
// code — one part the code of two to six capitals, the other a Latin word; no digits («(COVID-19)» glosses a name),
// neither part a language's or format's tag («(AR-EN)», «(VIDEO-EN)»).
const JOINED = /^(\p{Script=Latin}{2,12})-(\p{Script=Latin}{2,12})$/u;
const PART_CODE = /^\p{Lu}{2,6}$/u;

/** The bracketed credit is an unlisted wire's Latin code, alone or joined to its house name. */
export function isWireCode(credit: string, lex: Lexicon): boolean {
  const t = credit.trim();
  if (CODE.test(t)) return !isBracketTag(t, lex);
  const joined = JOINED.exec(t);
  if (!joined || !joined.slice(1).some((p) => PART_CODE.test(p))) return false;
  return !joined.slice(1).some((p) => isBracketTag(p, lex));
}

/** «(AR)», «(ENG)», «(VIDEO)»: a listed language's or format's tag, naming no one (two capitals may be a wire: «(TT)»); two joined «(FR-EN)» too. */
export function isBracketTag(credit: string, lex: Lexicon): boolean {
  const tag = (t: string) => (lex.data.notWireCodes ?? []).some((w) => w.toUpperCase() === t);
  const t = credit.trim();
  const joined = JOINED.exec(t);
  return tag(t) || (!!joined && tag(joined[1]) && tag(joined[2]));
}

/**
 * «… عاشت الحرية". (İLKHA)»: an unlisted wire's Latin code in brackets after the last sentence's closing mark
 * signs the story as «(أ ش أ)» does. A code before the full stop («… للطاقة الذرية (IAEA).») glosses a name.
 */
export function closingWireCode(lastParagraph: string, lex: Lexicon): string | undefined {
  const m = /[.!?؟"»”]\s*\(([^()\s]{3,6})\)\s*$/u.exec(lastParagraph);
  return m && isWireCode(m[1], lex) ? m[1] : undefined;
}
