// Proclitic stripping for NORMALISED tokens: وبوتين → بوتين, بالكرملين → الكرملين / كرملين,
// وللناتو → الناتو / ناتو. Guards keep short names whole: a stem is never shorter than
// MIN_STEM letters, and a token that is itself a known word is never stripped
// (لافروف must not become افروف, بوتين not وتين, وارسو stays وارسو).

/** Minimum letters left after stripping a clitic. */
export const MIN_STEM = 3;

interface Proclitic {
  /** Normalised prefix. */
  prefix: string;
  /** True when the prefix contains the article (ال, or لل where its alef is dropped). */
  article: boolean;
}

// Longest first, so وبال is tried before وب and و. Conjunction (و ف) + preposition (ب ل ك) + article.
const PROCLITICS: Proclitic[] = [
  'وبال', 'فبال', 'وكال', 'فكال', 'ولل', 'فلل', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال',
  'وب', 'فب', 'ول', 'فل', 'وك', 'فك', 'و', 'ف', 'ب', 'ل', 'ك',
].map((prefix) => ({ prefix, article: prefix.endsWith('ال') || prefix.endsWith('لل') }));

export interface CliticReading {
  /** Normalised stripped prefix ('' for the token as is). */
  prefix: string;
  /** The candidate word. */
  stem: string;
}

export interface CliticOptions {
  /** A known word (dictionary name, role word…) is read as is, never stripped. */
  isKnown?: (norm: string) => boolean;
  minStem?: number;
  /** Only conjunctions/prepositions (no article); used for role words and verbs. */
  noArticle?: boolean;
}

/**
 * Readings of a normalised token: the token itself first, then every clitic-stripped stem,
 * and for prefixes that carry the article both the bare stem and ال+stem
 * (so بالكرملين reaches a key written الكرملين as well as one written كرملين).
 */
export function cliticReadings(norm: string, opts: CliticOptions = {}): CliticReading[] {
  const out: CliticReading[] = [{ prefix: '', stem: norm }];
  if (opts.isKnown?.(norm)) return out;
  const min = opts.minStem ?? MIN_STEM;
  const seen = new Set([norm]);
  for (const { prefix, article } of PROCLITICS) {
    if (opts.noArticle && article) continue;
    if (!norm.startsWith(prefix)) continue;
    const stem = norm.slice(prefix.length);
    if (stem.length < min) continue;
    // With an article prefix the ال reading comes first, so the span keeps «الكرملين».
    const stems = article ? ['ال' + stem, stem] : [stem];
    for (const s of stems) {
      if (seen.has(s)) continue;
      seen.add(s);
      out.push({ prefix, stem: s });
    }
  }
  return out;
}

/** Every stem of cliticReadings, the token itself included. */
export function cliticVariants(norm: string, opts: CliticOptions = {}): string[] {
  return cliticReadings(norm, opts).map((r) => r.stem);
}

const STEM_CACHE = new Map<string, string[]>();
/**
 * The token and its stems without conjunction/preposition clitics (article kept), cached:
 * used to look words up in word lists (وقال → قال, ونظيره → نظيره).
 */
export function conjunctionStems(norm: string): string[] {
  let r = STEM_CACHE.get(norm);
  if (!r) {
    r = cliticVariants(norm, { noArticle: true });
    if (STEM_CACHE.size >= 200_000) STEM_CACHE.clear();
    STEM_CACHE.set(norm, r);
  }
  return r;
}

/** True when the token is definite: ال, or a clitic + ال (وال، بال، لل…), with ≥3 letters after it
 * (so والتز, a name, is not read as و+ال+تز). */
export function isDefinite(norm: string): boolean {
  const m = /^(?:[وف]?[بك]?ال|[وف]?لل)/.exec(norm);
  return !!m && norm.length - m[0].length >= MIN_STEM;
}
