// Nisba adjectives: countries appear as الروسي/الروسية/الروسيين/الروس, not only as روسيا.
// Given a nisba stem from the dictionary (روسي, أمريكي) we generate every inflected form,
// normalised, with and without the article; clitics (والروسية) are handled by the matcher.
import { normalizeArabic } from './normalize';

// Suffixes after the stem's final ي: masc, fem (ة→ه), plurals, duals.
const SUFFIXES = ['ي', 'يه', 'يين', 'يون', 'يان', 'يتان', 'يتين', 'يات'];

/** Spelling variants outlets use for the same stem (أمريكي / أميركي). */
function spellingVariants(stem: string): string[] {
  const out = new Set([stem]);
  if (stem.includes('امريك')) out.add(stem.replace('امريك', 'اميرك'));
  if (stem.includes('اميرك')) out.add(stem.replace('اميرك', 'امريك'));
  return [...out];
}

/** All normalised forms of a nisba stem (روسي → روسي، الروسيه، الروسيين، الروس …). */
export function nisbaForms(stem: string): string[] {
  const out = new Set<string>();
  for (let s of spellingVariants(normalizeArabic(stem.trim()))) {
    if (!s) continue;
    // Dictionaries list full forms too (الروسي، الروس): work from the form without the article.
    if (s.startsWith('ال') && s.length >= 5) s = s.slice(2);
    // A stem given without its ي (روس) or with a feminine ending (روسيه) still works.
    const base = s.endsWith('يه') ? s.slice(0, -2) : s.endsWith('ي') ? s.slice(0, -1) : s;
    if (base.length < 2) continue;
    for (const suf of SUFFIXES) {
      out.add(base + suf);
      out.add('ال' + base + suf);
    }
    // Broken plural "the Russians" (الروس): only with the article, bare روس is too ambiguous.
    if (base.length >= 3) out.add('ال' + base);
  }
  return [...out];
}

/**
 * The indefinite accusative of a one-word nisba, written with the tanween's alif: «مقترحا
 * أمريكيا», «دعما صينيا», «وفدا قطريا» (session 45: s-dev sd10 lost the United States to it).
 * Only the masculine singular takes it; the stem is read without a definite article, but a stem
 * whose own first letters are «أل» (ألماني) keeps them (no «مانيا» from «ألماني»). Several forms
 * are the country's own name (روسيا، تركيا، سوريا). Kept apart from nisbaForms, which the search
 * side reads too: only the actor matcher takes these.
 */
export function nisbaAccusativeForms(stem: string): string[] {
  const raw = stem.trim();
  if (!raw || /\s/.test(raw)) return [];
  const out = new Set<string>();
  for (let s of spellingVariants(normalizeArabic(raw))) {
    if (raw.startsWith('ال') && s.startsWith('ال') && s.length >= 5) s = s.slice(2);
    if (!s.endsWith('ي') || s.length < 4) continue;
    out.add(s + 'ا');
  }
  return [...out];
}

/** Recogniser for one country's nisba stems: isNisba(normalisedToken). */
export function nisbaRecognizer(stems: string[]): (norm: string) => boolean {
  const forms = new Set(stems.flatMap(nisbaForms));
  return (norm) => forms.has(norm);
}

/**
 * A nisba of several words (الكوري الجنوبي، الجنوب أفريقي): every word ending in ي/يه is
 * inflected alike (الكوريه الجنوبيه، الكوريين الجنوبيين), a word that does not (الجنوب) stays
 * as written. Each form is a phrase of normalised words; one word gives none (nisbaForms).
 */
export function nisbaPhraseForms(stem: string): string[][] {
  const words = normalizeArabic(stem.trim()).split(/\s+/).filter(Boolean);
  if (words.length < 2) return [];
  const inflected = (w: string) => w.endsWith('ي') || w.endsWith('يه');
  const base = (w: string) => {
    const bare = w.startsWith('ال') && w.length >= 5 ? w.slice(2) : w;
    return bare.endsWith('يه') ? bare.slice(0, -2) : bare.slice(0, -1);
  };
  const out: string[][] = [];
  for (const suf of SUFFIXES) for (const art of ['', 'ال']) out.push(words.map((w) => (inflected(w) ? art + base(w) + suf : w)));
  return out;
}
