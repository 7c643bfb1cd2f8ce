// Comparison keys for dictionary strings. Built on normalizeArabic (hamza, alef, ة/ه,
// ى/ي, tashkeel, Latin case) plus punctuation and whitespace folding, so that
// «جيه.دي فانس» and «جيه دي فانس», or «RT Arabic» and «rt  arabic», compare equal.
import { normalizeArabic } from '../arabic/normalize';

const PUNCT = /[\s.\-‐-―_'"`«»“”‘’()[\]{}،,؛;:/\\|]+/g;

/** Key used to detect an alias shared by two actors and for exact alias lookup. */
export function matchKey(text: string): string {
  return normalizeArabic(text).replace(PUNCT, ' ').trim();
}

// Words an outlet name is often written with and without (already normalised: ة → ه).
const SOURCE_PREFIX = /^(?:المصدر|صحيفه|جريده|موقع|وكاله|قناه|شبكه|مجله)\s+/;

/** Key for outlet names: matchKey, then «صحيفة/جريدة/موقع/وكالة/قناة/شبكة/مجلة» prefixes dropped. */
export function sourceKey(text: string): string {
  let key = matchKey(text);
  for (let prev = ''; prev !== key; ) {
    prev = key;
    key = key.replace(SOURCE_PREFIX, '');
  }
  return key;
}
