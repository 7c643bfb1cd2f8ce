// News words whose other sense their neighbours give away (thirty-eighth pass, content/search-word-senses.yaml):
// «الجولة» of a league (الجولة الـ14 من البطولة), «القمة» of a match (قمة الجولة), «الضغط» on the pitch. Probes of real
// outlets' text found a short league report first for a word of talks: the report repeats the word and is short, so
// Pagefind ranks it above «جولة جديدة من المحادثات». On a page such a form with a word of its other sense's company
// near it is keyed at the low weight only (indexKeys.ts): the page is still found, after the pages writing the word
// in the news' sense. The company, not the page's subject: a talks page mentioning a match once keeps its word.
// Index side only: a query is keyed as typed.
import type { KeyContext } from './keyContext';
import type { KeyedToken } from './keyTokens';

/** Content words looked at either side (function words and numerals skipped): «الجولة الحادية والعشرين من الدوري». */
export const SENSE_WINDOW = 4;

/** The clitics a word may carry before it (و، ف، ب، ك، ل and the article), as indexKeys.ts reads a homograph's company. */
const LEAD = /^(?:[وف]?(?:[بك]?ال|لل)|[وفبكل])(?=...)/;

/** A word as written, less its clitics, less one clitic letter, or less a bare article before two letters (الدم → دم). */
const bareForms = (w: string): string[] => [w, w.replace(LEAD, ''), w.replace(/^[وفبكل]/, ''), w.replace(/^ال(?=..)/, '')];

/**
 * The indices of the tokens that are a listed form with a word of its other sense within SENSE_WINDOW content words
 * either side. Empty without the list.
 */
export function otherSenseTokens(toks: readonly KeyedToken[], ctx: KeyContext): Set<number> {
  const out = new Set<number>();
  const senses = ctx.patterns?.wordSenses;
  if (!senses?.size) return out;
  const content = (j: number) => toks[j].token.type === 'ar' && !ctx.unmarked?.has(toks[j].stem);
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].token.type !== 'ar') continue;
    const norm = toks[i].token.norm;
    const company = bareForms(norm).map((v) => senses.get(v)).find(Boolean);
    if (!company) continue;
    for (const step of [-1, 1]) {
      let seen = 0;
      for (let j = i + step; j >= 0 && j < toks.length && seen < SENSE_WINDOW; j += step) {
        if (!content(j)) continue;
        seen++;
        if (bareForms(toks[j].token.norm).some((v) => company.has(v))) {
          out.add(i);
          break;
        }
      }
      if (out.has(i)) break;
    }
  }
  return out;
}
