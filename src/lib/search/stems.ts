// A word's stem for search (keys.ts): its clitics off (searchStem, stemSteps), or the hamza reading of a
// word whose writer put a hamza on its alef (ألغاز). The stem is what both sides key.
import { normalizeArabic } from '../arabic/normalize';
import { MIN_STEM } from '../arabic/clitics';
import { EMPTY_CONTEXT, type KeyContext } from './keyContext';
import { patternFamily } from './wordPatterns';

/** Single-letter proclitics (conjunctions و ف, prepositions ب ك ل). */
const CLITIC_LETTERS = new Set(['و', 'ف', 'ب', 'ك', 'ل']);

/**
 * Strips proclitics off a normalised word, one at a time and always the same way:
 * ال is dropped first, a known stem stops, otherwise a leading و ف ب ك ل goes, while at
 * least MIN_STEM letters remain. Deterministic and confluent: stem(c + w) === stem(w) for a
 * clitic c, which is what makes وبوتين, لبوتين and بوتين one key without OR queries.
 */
export function searchStem(norm: string, known: ReadonlySet<string> = EMPTY_CONTEXT.known): string {
  return stemSteps(norm, known).at(-1)!;
}

/**
 * The word at each step of searchStem, the stem last («والفراعنه» → الفراعنه، فراعنه، راعنه): a
 * pattern reading looks at each, since the clitic rule may have taken a root letter (فرغت → رغت).
 */
export function stemSteps(norm: string, known: ReadonlySet<string> = EMPTY_CONTEXT.known): string[] {
  let w = norm;
  const steps = [w];
  for (;;) {
    if (w.startsWith('ال') && w.length - 2 >= MIN_STEM) {
      steps.push((w = w.slice(2)));
      continue;
    }
    if (known.has(w)) return steps;
    if (CLITIC_LETTERS.has(w[0]) && w.length - 1 >= MIN_STEM) {
      steps.push((w = w.slice(1)));
      continue;
    }
    return steps;
  }
}

// «أل»/«إل»/«آل» written with a hamza, after the clitics and article as written: root letters
// (ألغاز، إلكترونية), never an article, whose alef is bare (الالتزام is ال + التزام).
const HAMZA_AL = /^((?:[وف]?(?:[بك]?ال|لل|[بكل])?))[أإآ]ل/;
const MARKS = /[\u064B-\u065F\u0670\u0640\u200C\u200D]/g;

/**
 * The hamza reading of a word (sixth pass): normalised, «الألغاز» and «الغاز» are one string
 * after its article goes (ال + الغاز), so searchStem strips ال twice and riddles meet gas.
 * Where the writer put a hamza on the alef, the word keeps it: «الألغاز» and «ألغاز» → الغاز,
 * while «الغاز» stays غاز. Only for words the data does not know (a word of an alias, a family,
 * a concept or a pattern family decides first: ألغام stays لغم's, ألمانيا an actor's, إلحاق a
 * phrasing of annexation), and only when it changes the stem. `plain` is searchStem of the word; null when the reading does not apply.
 */
export function hamzaReading(surface: string, plain: string, ctx: KeyContext): string | null {
  const bare = surface.replace(MARKS, '');
  const m = HAMZA_AL.exec(bare);
  if (!m) return null;
  const stem = normalizeArabic(bare.slice(m[1].length));
  if (stem === plain || stem.length < MIN_STEM + 2) return null;
  if ((ctx.dataStems ?? dataStemsOf(ctx)).has(plain) || patternFamily(plain, ctx)) return null;
  return stem;
}

const dataStemsCache = new WeakMap<KeyContext, Set<string>>();
/**
 * Every stem the data names: known words, family forms, and the words of aliases and concepts. A walk over
 * whole tables: a context read from buckets ships the set itself (`dataStems`, wordBuckets.ts).
 */
export function dataStemsOf(ctx: KeyContext): Set<string> {
  let stems = dataStemsCache.get(ctx);
  if (stems) return stems;
  stems = new Set([...ctx.known, ...ctx.families.keys()]);
  for (const table of [ctx.aliases, ctx.conceptPhrases, ctx.conceptNames] as Array<ReadonlyMap<string, Array<{ stems: string[] }>>>) {
    for (const entries of table.values()) for (const e of entries) for (const w of e.stems) stems.add(w);
  }
  dataStemsCache.set(ctx, stems);
  return stems;
}

/** normalizeArabic + searchStem of one word, for callers outside the key stream. */
export function stemWord(word: string, ctx: KeyContext = EMPTY_CONTEXT): string {
  const plain = searchStem(normalizeArabic(word), ctx.known);
  return hamzaReading(word, plain, ctx) ?? plain;
}
