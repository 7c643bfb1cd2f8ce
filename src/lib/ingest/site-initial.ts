// «مسقط - ب - العمانية استقبل …»: a site that reprints a wire's story puts its own initial (one letter, no dot: the
// site's or its desk's mark) between the place and the wire (forty-sixth round, at the merge; aside46 u4730, spent).
// The letter is no credit — one letter names no one — and it stands where the wire would: the place's separator
// runs on to it. Blanked (same length: every offset read after it holds for the printed text), the line reads as
// «مسقط -     العمانية …», the wire's known shape. Only when a name the lists or the page know follows the letter's
// separator: «غزة - أ - قال …» (a letter then prose) is left as printed.
import type { NameLookup } from './names';

/** A place of one to three words, a separator, one letter, a separator, then the credit's first words. */
const SITE_INITIAL = /^([\p{L}\p{M}]{2,}(?:\s[\p{L}\p{M}]{2,}){0,2}\s*[-–—ـ]\s*)(\p{Script=Arabic}\s*[-–—ـ])\s*([\p{L}\p{M}]{2,}(?:\s[\p{L}\p{M}]{2,})?)/u;

/** The text with a site's one-letter initial between a place and a known credit blanked; undefined when there is none. */
export function withoutSiteInitial(text: string, lookup: NameLookup): string | undefined {
  const m = SITE_INITIAL.exec(text);
  if (!m) return undefined;
  const words = m[3].split(/\s+/u);
  // The credit: one word or two the lists or the page know («العمانية», «وكالة الأنباء»…: the longest first).
  if (!(words.length > 1 && lookup(words.join(' '))) && !lookup(words[0])) return undefined;
  return m[1] + ' '.repeat(m[2].length) + text.slice(m[1].length + m[2].length);
}
