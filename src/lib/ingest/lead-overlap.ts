// How much of a line the lead repeats: the measure every headline rule rests on (a breadcrumb, a
// channel's brand, a date or a call to action share none of the lead's words; the headline shares many).
import { normalizeArabic } from '../arabic/normalize';

/** Content words of a text: normalised, function words out (clitics are handled when matching). */
export function contentWords(text: string, functionWords: Set<string>): string[] {
  return normalizeArabic(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !functionWords.has(w));
}

/**
 * The word with its proclitics (و، ف، ب، ل، ك) and article taken off, each step kept, and the
 * stem without a nisba/feminine ending: «الأوكرانية» and «أوكرانيا» share «اوكراني».
 */
function variants(word: string): string[] {
  const out = [word];
  let w = word;
  if (/^[وف]/.test(w) && w.length > 4) out.push((w = w.slice(1)));
  if (/^[بلك]/.test(w) && w.length > 4) out.push((w = w.slice(1)));
  if (/^(?:ال|ل)/.test(w) && w.length > 4) out.push((w = w.replace(/^(?:ال|ل)/, '')));
  if (w.length > 5 && /(?:يه|يا|يين|يون)$/.test(w)) out.push(w.replace(/(?:يه|يا|يين|يون)$/, 'ي'));
  return out;
}

/** The lead's words, ready for matching: every variant, and every prefix of ≥ 4 letters. */
export interface LeadIndex { words: Set<string>; prefixes: Set<string> }

export function leadIndex(words: string[]): LeadIndex {
  const index: LeadIndex = { words: new Set(), prefixes: new Set() };
  for (const w of words) {
    for (const v of variants(w)) {
      index.words.add(v);
      for (let n = 4; n < v.length; n++) index.prefixes.add(v.slice(0, n));
    }
  }
  return index;
}

/** A word matches when a variant equals a lead variant, or one is a ≥ 4-letter prefix of the other (الروسي / الروسية). */
function inLead(word: string, lead: LeadIndex): boolean {
  return variants(word).some((v) => {
    if (lead.words.has(v) || (v.length >= 4 && lead.prefixes.has(v))) return true;
    for (let n = 4; n < v.length; n++) if (lead.words.has(v.slice(0, n))) return true;
    return false;
  });
}

/** Share and number of `words` that occur in the lead (a word counts once). */
export function overlapShare(words: string[], lead: LeadIndex): { share: number; shared: number } {
  if (!words.length) return { share: 0, shared: 0 };
  const uniq = [...new Set(words)];
  const shared = uniq.filter((w) => inLead(w, lead)).length;
  return { share: shared / uniq.length, shared };
}
