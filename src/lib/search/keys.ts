// Search keys: the ONE function that turns Arabic words into index terms, run at index time
// (src/indexer/write.ts) and again in the browser on the reader's query, so both sides
// agree on what "the same word" means whatever the spelling.
//
// Why our own keys instead of Pagefind's Arabic stemmer: Pagefind folds alef/hamza/tashkeel
// but misses ل/وال/clitic+hamza, folds ى/ة one way only, and over-stems (الزيتون → زيت).
// We index a key stream instead of the text:
//   word → normalizeArabic → searchStem (clitics off, deterministic) → ASCII transliteration,
// wrapped as `0…9`. Pagefind's Arabic stemmer leaves ASCII alone, so no suffix stemming
// happens; the `9` end marker turns Pagefind's prefix matching into exact matching for every
// term except the one being typed (sent without the marker).
// Actor aliases (ترمب/ترامب, الناتو/حلف شمال الأطلسي, and a country's nisba forms التركي/
// الأتراك) add one actor token `zz<id>zz`. A word of a word family (content/word-forms.yaml:
// الأسرى/أسير، اتفاقية/اتفاق) adds its family's key; a concept phrasing (وقف إطلاق النار for
// هدنة) adds one concept token `uu<id>uu`. So both sides meet through the same forms.
import { normalizeArabic } from '../arabic/normalize';
import { tokenize, type Token } from '../arabic/tokenize';
import { MIN_STEM } from '../arabic/clitics';
import { opensVerb, ownPlural, patternFamily, personPluralBase, singularPlural, suffixReadings } from './wordPatterns';
import { patternReadings, type PatternReader } from './patternReadings';
import { isFunctionStem, isNearSynonym, isNisbaConcept, readingName } from './queryReadings';

/** Single-letter proclitics (conjunctions و ف, prepositions ب ك ل). */
const CLITIC_LETTERS = new Set(['و', 'ف', 'ب', 'ك', 'ل']);

/** Data shared by index and query side (shipped to the browser as JSON). */
export interface KeyContext {
  /** Stems that are never stripped further (actor names: بوتين must not become وتين). */
  known: ReadonlySet<string>;
  /** First stem → aliases starting with it (stems, longest first) and their actor id. */
  aliases: ReadonlyMap<string, Array<{ stems: string[]; id: string }>>;
  /** Stem of a word-family form → the family's stem (اسري → اسير). */
  families: ReadonlyMap<string, string>;
  /** First match stem → concept phrasings starting with it (longest first) and their concept ids. */
  conceptPhrases: ReadonlyMap<string, Array<{ stems: string[]; ids: string[] }>>;
  /** First match stem → concept names a reader types (longest first). */
  conceptNames: ReadonlyMap<string, Array<{ stems: string[]; id: string }>>;
  /** Concept id → phrasings the page names («يشمل أيضاً: …»). */
  conceptShown: ReadonlyMap<string, string[]>;
  /** Actor id → the concept its names also stand for (a country → its nisba forms). */
  actorConcepts: ReadonlyMap<string, string>;
  /**
   * First stem → phrases in which a name (an actor's alias, a concept's name or phrasing) is a
   * plain word (أذان المغرب: the prayer time, not Morocco; content/search-forms.yaml
   * `notNamePhrases`), longest first.
   */
  notName?: ReadonlyMap<string, Array<{ stems: string[] }>>;
  /**
   * Hamza readings whose bare key is another common word (الغاز of «ألغاز» «riddles»: bare غاز
   * «gas»; content/search-forms.yaml `keepHamzaForms`): indexed without their low-weight bare key.
   */
  keepHamza?: ReadonlySet<string>;
  /** Stems of plurals a query asks for by their own key, not their family's (content/search-forms.yaml `ownPlurals`: بحارة, whose بحار is also «seas»). */
  ownPlurals?: ReadonlySet<string>;
  /**
   * Stems of nouns whose form without the article is mostly another word (content/search-forms.yaml
   * `definiteNouns`: قدم «presented», طالب «demanded», غرب «west of»): a page word of these
   * without ال weighs little, so «القدم» ranks a page of football before «ورقة قدمها».
   */
  definite?: ReadonlySet<string>;
  /** Stems of function words (في، من، على…) an excerpt leaves unmarked beside a query's other words. */
  unmarked?: ReadonlySet<string>;
  /**
   * Broken plurals and measure II by pattern (content/search-patterns.yaml, patternReadings.ts): index
   * side only, never shipped (a query word is keyed as typed; its page readings are low-weight keys).
   */
  patterns?: PatternReader;
}

export const EMPTY_CONTEXT: KeyContext = {
  known: new Set(),
  aliases: new Map(),
  families: new Map(),
  conceptPhrases: new Map(),
  conceptNames: new Map(),
  conceptShown: new Map(),
  actorConcepts: new Map(),
};

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

// Normalised Arabic letters → ASCII. 29 letters: a-z plus three digits (never 0 or 9).
const TRANSLIT: Record<string, string> = {
  'ء': 'q', 'ا': 'a', 'ب': 'b', 'ت': 't', 'ث': 'v', 'ج': 'j', 'ح': 'h', 'خ': 'x', 'د': 'd',
  'ذ': '1', 'ر': 'r', 'ز': 'z', 'س': 's', 'ش': 'c', 'ص': '2', 'ض': '3', 'ط': 'p', 'ظ': '4',
  'ع': 'e', 'غ': 'g', 'ف': 'f', 'ق': 'o', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'i',
  'و': 'w', 'ي': 'y',
};

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
  if (dataStems(ctx).has(plain) || patternFamily(plain, ctx)) return null;
  return stem;
}

const dataStemsOf = new WeakMap<KeyContext, Set<string>>();
/** Every stem the data names: known words, family forms, and the words of aliases and concepts. */
function dataStems(ctx: KeyContext): Set<string> {
  let stems = dataStemsOf.get(ctx);
  if (stems) return stems;
  stems = new Set([...ctx.known, ...ctx.families.keys()]);
  for (const table of [ctx.aliases, ctx.conceptPhrases, ctx.conceptNames] as Array<ReadonlyMap<string, Array<{ stems: string[] }>>>) {
    for (const entries of table.values()) for (const e of entries) for (const w of e.stems) stems.add(w);
  }
  dataStemsOf.set(ctx, stems);
  return stems;
}

/** ASCII form of a normalised Arabic stem; letters outside the table become `5`. */
export function transliterateStem(stem: string): string {
  let out = '';
  for (const ch of stem) out += TRANSLIT[ch] ?? (/[a-z0-9]/.test(ch) ? ch : '5');
  return out;
}

/**
 * Index term of an Arabic stem. `open` leaves the end marker off (prefix match while typing).
 * Pagefind (1.6) also indexes the runs of digits and of letters inside a word («02hyh9» →
 * «02», «hyh»), and a query term that no index word extends matches the pages of the longest
 * index word that is a prefix of it. So «02wmei9» (صومعة, on no page) found every page saying
 * «صحيح» (02hyh9). A stem whose first letter is coded by a digit (ذ ص ض ظ) takes `u`, a letter
 * no Arabic letter uses, after the marker: no run Pagefind cuts from a key starts with «0».
 */
export function arabicKey(stem: string, open = false): string {
  const ascii = transliterateStem(stem);
  return `0${/^[0-9]/.test(ascii) ? 'u' : ''}${ascii}${open ? '' : '9'}`;
}

/** Index term of an actor: one token however the actor is spelled. */
export function actorKey(id: string): string {
  return `zz${id.toLowerCase().replace(/[^a-z0-9]/g, '')}zz`;
}

/**
 * Index term of a concept: one token for every phrasing of it. Marked with `uu`, a pair no index
 * word holds (no Arabic letter is written `u`, a hex run has only a–f): a concept on no page (or no
 * shard) would otherwise find, by Pagefind's longest-prefix answer (arabicKey), the pages of an
 * index word prefixing its token — «cc», a run of a record's hex slug, when it was `cc<id>cc`.
 */
export function conceptKey(id: string): string {
  return `uu${id.toLowerCase().replace(/[^a-z0-9]/g, '')}uu`;
}

/**
 * Latin words and numbers are indexed as themselves, ASCII-folded (Hürriyet → hurriyet). One
 * that starts with «0» not followed by a digit («0», «0x») would be a prefix of Arabic keys
 * (arabicKey: Pagefind would match it for any Arabic word no page holds), so it takes one more.
 */
export function latinKey(text: string): string {
  const key = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
  return /^0(?![0-9])/.test(key) ? `0${key}` : key;
}

export interface KeyedToken {
  token: Token;
  /** Stem for Arabic words, ASCII-folded text otherwise. */
  stem: string;
  key: string;
  /** The stem of the word's family (the stem itself outside any family): concepts match on it. */
  match: string;
  /** Index term of the family, when the word belongs to one. */
  familyKey?: string;
  /**
   * The key the word had without its hamza reading (الألغاز → غاز): indexed at a low weight, so
   * a reader typing without the hamza («الالغاز») still finds it, after the pages that say it.
   */
  weakKey?: string;
  /** Read with its written hamza (hamzaReading): no pattern family, so no ة ↔ ات link (آلية «mechanism» ≠ الآليات «vehicles»). */
  hamza?: true;
  /** A ة word's plural in ات (wordPatterns.ownPlural): a query asks for the word's own key, not its family's. */
  ownPlural?: true;
}

export function keyTokens(text: string, ctx: KeyContext): KeyedToken[] {
  const out: KeyedToken[] = [];
  for (const token of tokenize(text)) {
    if (token.type === 'ar') {
      const plain = searchStem(token.norm.replace(/[\u200C\u200D]/g, ''), ctx.known);
      const hamza = hamzaReading(token.text, plain, ctx);
      if (hamza) {
        out.push({ token, stem: hamza, key: arabicKey(hamza), match: hamza, hamza: true, ...(ctx.keepHamza?.has(hamza) ? {} : { weakKey: arabicKey(plain) }) });
        continue;
      }
      const stem = plain;
      const base = patternFamily(stem, ctx);
      if (base) {
        // The word's key, then the key of what it stands for by pattern (غارات → غارة،
        // انسحبت → انسحاب); concepts still match on the word itself.
        out.push({ token, stem, key: arabicKey(stem), match: stem, familyKey: arabicKey(base), ...(ownPlural(stem, ctx) ? { ownPlural: true } : {}) });
        continue;
      }
      const family = ctx.families.get(stem);
      out.push({ token, stem, key: arabicKey(stem), match: family ?? stem, ...(family ? { familyKey: arabicKey(family) } : {}), ...(family && ctx.ownPlurals?.has(stem) ? { ownPlural: true as const } : {}) });
    } else {
      const stem = latinKey(token.norm);
      if (stem) out.push({ token, stem, key: stem, match: stem });
    }
  }
  return out;
}

/** Phrases of `table` that start at token i (longest first), compared on `stems`. */
function phrasesAt<T extends { stems: string[] }>(stems: string[], i: number, table: ReadonlyMap<string, T[]>): T[] {
  return (table.get(stems[i]) ?? []).filter((c) => c.stems.every((s, k) => stems[i + k] === s));
}

/** Concept ids whose phrasings start at token i (match stems: families folded). */
export function conceptsAt(matches: string[], i: number, ctx: KeyContext): Array<{ length: number; ids: string[] }> {
  return phrasesAt(matches, i, ctx.conceptPhrases).map((p) => ({ length: p.stems.length, ids: p.ids }));
}

/** Longest actor alias starting at token i: its length in tokens and actor id, or null. */
export function aliasAt(stems: string[], i: number, ctx: KeyContext): { length: number; id: string } | null {
  const c = phrasesAt(stems, i, ctx.aliases)[0];
  return c && !inNotNamePhrase(stems, i, ctx) ? { length: c.stems.length, id: c.id } : null;
}

/** Whether token i lies inside a phrase where a name is a plain word (أذان المغرب): no actor, no concept there. */
export function inNotNamePhrase(stems: string[], i: number, ctx: KeyContext): boolean {
  if (!ctx.notName?.size) return false;
  for (let j = i; j >= 0 && j > i - NOT_NAME_MAX_WORDS; j--) {
    if (phrasesAt(stems, j, ctx.notName).some((p) => j + p.stems.length > i)) return true;
  }
  return false;
}

/** Longest phrase of `notNamePhrases` in words (the schema's limit). */
export const NOT_NAME_MAX_WORDS = 4;

/**
 * The key stream Pagefind indexes for a text: one key per word, its family's key when it has
 * one, an actor key after every alias (so the stream holds both ترمب's spelling and "the
 * actor Trump") and a concept key after every concept phrasing.
 */
export function indexKeys(text: string, ctx: KeyContext, weak?: string[]): string[] {
  const toks = keyTokens(text, ctx);
  const stems = toks.map((t) => t.stem);
  const matches = toks.map((t) => t.match);
  const out: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const own = [toks[i].key];
    if (toks[i].familyKey && toks[i].familyKey !== toks[i].key) own.push(toks[i].familyKey!);
    const next = toks[i + 1]?.token.type === 'ar' ? toks[i + 1].token.norm : undefined;
    const readings = toks[i].token.type === 'ar' ? readingKeys(toks[i], ctx, verbAt(toks, i), next) : [];
    // A listed noun without its article, as itself or a reading (قدمها → قدم; not through a
    // family: «عقوبات» is no «عقوبة»): its keys go to the low-weight ones, once per page.
    if (weak && ctx.definite?.size && toks[i].token.type === 'ar' && !hasArticle(toks[i].token.norm) && [toks[i].key, ...readings].some((k) => definiteKeys(ctx).has(k))) weak.push(...own, ...readings);
    else if (weak) {
      // A suffix reading is a guess the word's letters allow (قدمها «presented it» → قدم، حماسا →
      // حماس): it finds the page, at the low weight, after every page that writes the word itself.
      out.push(...own);
      weak.push(...readings);
    } else out.push(...own, ...readings);
    if (toks[i].weakKey) weak?.push(toks[i].weakKey!);
    const alias = aliasAt(stems, i, ctx);
    if (alias) out.push(actorKey(alias.id));
    const nisba = alias && ctx.actorConcepts.get(alias.id);
    if (nisba) out.push(conceptKey(nisba));
    const ids = new Set(inNotNamePhrase(stems, i, ctx) ? [] : conceptsAt(matches, i, ctx).flatMap((c) => c.ids));
    if (!ids.size && toks[i].token.type === 'ar' && !inNotNamePhrase(stems, i, ctx)) for (const id of readingConcepts(toks[i], ctx, verbAt(toks, i))) ids.add(id);
    // A near-synonym set (content/search-near-synonyms.yaml) is a looser reading than a curated
    // phrasing: its token goes with the low-weight keys, once per page, so it finds the page without
    // lengthening it (Pagefind ranks a longer page lower for every word it holds).
    for (const id of ids) (weak && isNearSynonym(id) ? weak : out).push(conceptKey(id));
  }
  return out;
}

/** Whether the words before token i say it is a verb (wordPatterns.opensVerb: التي، قد، عندما، بعد أن …). */
const verbAt = (toks: KeyedToken[], i: number): boolean => i > 0 && opensVerb(toks[i - 1].token.norm, i > 1 ? toks[i - 2].token.norm : '');

/** Whether a normalised word carries the article, after و/ف and ب/ك (بالغرب، والقدم) or as لل (للغرب). */
export function hasArticle(norm: string): boolean {
  return /^[وف]?(?:[بك]?ال|لل)../.test(norm);
}

const definiteKeyCache = new WeakMap<ReadonlySet<string>, Set<string>>();
/** The keys of the `definite` stems. */
function definiteKeys(ctx: KeyContext): Set<string> {
  const set = ctx.definite!;
  let keys = definiteKeyCache.get(set);
  if (!keys) definiteKeyCache.set(set, (keys = new Set([...set].map((s) => arabicKey(s)))));
  return keys;
}

/**
 * Concepts a page word names through its suffix reading (ninth pass): «حيادها» is حياد with a
 * pronoun, so it carries the concept of the one-word phrasing «الحياد» as its exact key already
 * meets «الحياد». One-word phrasings only: a word with a pronoun ends its noun phrase.
 */
function readingConcepts(t: KeyedToken, ctx: KeyContext, afterRelative: boolean): string[] {
  const ids: string[] = [];
  for (const r of suffixReadings(t.stem, ctx, t.token.text, afterRelative)) {
    const match = ctx.families.get(r) ?? r;
    for (const p of ctx.conceptPhrases.get(match) ?? []) if (p.stems.length === 1) ids.push(...p.ids);
  }
  return ids;
}

/**
 * Index keys of a page word's suffix readings (wordPatterns.suffixReadings: نفطها → نفط، مصنعا →
 * مصنع), each with its family's key, beyond the word's own keys. Index side only: a query
 * word is keyed as typed, so these add matches for bare words and take none away.
 */
function readingKeys(t: KeyedToken, ctx: KeyContext, afterRelative = false, next?: string): string[] {
  const have = new Set([t.key, t.familyKey]);
  const keys: string[] = [];
  const suffixed = suffixReadings(t.stem, ctx, t.token.text, afterRelative);
  // A participle's plural (المشغلين) is its own family; its singular is a reading, found after the pages that write it.
  const person = personPluralBase(t.stem, ctx);
  if (person && !have.has(arabicKey(person))) have.add(arabicKey(person)), keys.push(arabicKey(person));
  for (const r of suffixed) {
    const family = ctx.families.get(r) ?? patternFamily(r, ctx);
    for (const k of [arabicKey(r), ...(family ? [arabicKey(family)] : [])]) if (!have.has(k)) have.add(k), keys.push(k);
  }
  // A ة word (or its dual, or with a pronoun) carries its ات plural's key at the low weight: a plural
  // query asks for that key (wordPatterns.ownPlural), and finds this page after those writing the plural.
  for (const r of t.hamza || adverbialB(t.token.norm, t.stem) ? [] : [t.stem, ...suffixed]) {
    const singular = r.endsWith('ه') ? r : patternFamily(r, ctx);
    const plural = singular && singularPlural(singular, ctx);
    if (plural && !have.has(arabicKey(plural))) have.add(arabicKey(plural)), keys.push(arabicKey(plural));
  }
  // A broken plural or a measure II verb by pattern (patternReadings.ts), for a word of no family of
  // the data and no name: the singular's or the verbal noun's key, with its family's. (Another
  // pattern's reading does not stop it: «يعبدون» is read both as «يعبد» and as «تعبيد».)
  if (ctx.patterns && !ctx.families.has(t.stem) && !ctx.known.has(t.stem)) {
    // The word's own steps, then each suffix reading's (fourteenth pass: «سيوفا» → سيوف → سيف، «قناديلها» → قنديل).
    const steps = [stemSteps(t.token.norm.replace(/[\u200C\u200D]/g, ''), ctx.known), ...suffixed.filter((r) => !ctx.families.has(r) && !ctx.known.has(r)).map((r) => [r])];
    for (const r of steps.flatMap((s) => patternReadings(s, ctx.patterns!, t.token.text, next))) {
      const stem = searchStem(r, ctx.known);
      const family = ctx.families.get(stem) ?? patternFamily(stem, ctx);
      for (const k of [arabicKey(stem), ...(family ? [arabicKey(family)] : [])]) if (!have.has(k)) have.add(k), keys.push(k);
    }
  }
  return keys;
}

/**
 * A ة word with ب and no article (بصفة مؤقتة، بدرجة كبيرة، بمناسبة عيد، بصورة دورية) is mostly an adverb of
 * manner or occasion, not the thing the plural names (sixteenth pass: «الصفات» met «بصفة مؤقتة»): such a
 * word carries no ات plural key. With the article (بالشحنة) or another clitic it is the noun.
 */
export const adverbialB = (norm: string, stem: string): boolean => stem.endsWith('ه') && norm.replace(/^[وف](?=ب)/, '') === 'ب' + stem;

/** One part of a query: a word, an actor's name, or the name of a concept (one or more words). */
export interface QueryUnit {
  /** The words as the reader typed them (shown struck through when a result lacks them). */
  text: string;
  /** Index terms that must all match for the words themselves. */
  terms: string[];
  /** The one term that stands for the unit alone (partial matches): the concept's key for a concept name. */
  any: string;
  /** Concept the unit names, if any. */
  concept?: string;
}

/** The query with its concept names replaced by their concepts: results ranked after the exact ones. */
export interface ConceptPlan {
  search: string;
  /** The same with the near-synonym sets' other words and without function words: searched after `search`. */
  wider?: string;
  ids: string[];
  /** Phrasings the page names («يشمل أيضاً: …»), the typed words left out. */
  shown: string[];
}

export interface QueryPlan {
  /** What to pass to pagefind.search (space-joined terms), '' for an empty query. */
  search: string;
  /** Keys that must match exactly. */
  exact: string[];
  /** Key that may match as a prefix (the word being typed), if any. */
  prefix: string | null;
  /** Actor ids the query named through an alias. */
  actors: string[];
  units: QueryUnit[];
  concept: ConceptPlan | null;
}

/**
 * Rewrites a reader's query into index terms. Alias phrases become the actor key alone
 * (زيلنسكي finds زيلينسكي); a word of a family becomes the family's key (أسير finds الأسرى);
 * every other word becomes its key. With `prefixLast` the last word is left open when it is
 * a plain word, so زيلين already finds زيلينسكي while typing. Unless `concepts` is false, the
 * names of concepts (هدنة) also give a second search where the concept's key replaces them.
 * Deterministic in the query string, so a deep link reproduces the same results.
 */
export function planQuery(query: string, ctx: KeyContext, opts: { prefixLast?: boolean; concepts?: boolean } = {}): QueryPlan {
  const toks = keyTokens(query, ctx);
  const stems = toks.map((t) => t.stem);
  const matches = toks.map((t) => t.match);
  const words = (from: number, to: number) => query.slice(toks[from].token.start, toks[to - 1].token.end);
  const units: QueryUnit[] = [];
  const functionUnits = new Set<QueryUnit>();
  const actors: string[] = [];
  let prefix: string | null = null;
  for (let i = 0; i < toks.length; ) {
    const alias = aliasAt(stems, i, ctx);
    if (alias) {
      const key = actorKey(alias.id);
      if (!actors.includes(alias.id)) actors.push(alias.id);
      const concept = opts.concepts === false ? undefined : ctx.actorConcepts.get(alias.id);
      units.push({ text: words(i, i + alias.length), terms: [key], any: concept ? conceptKey(concept) : key, ...(concept ? { concept } : {}) });
      i += alias.length;
      continue;
    }
    const name = opts.concepts === false || inNotNamePhrase(stems, i, ctx) ? undefined : phrasesAt(matches, i, ctx.conceptNames)[0];
    if (name) {
      const len = nameLength(name, matches, stems, i, ctx);
      const terms = toks.slice(i, i + len).map(queryKey);
      units.push({ text: words(i, i + len), terms, any: conceptKey(name.id), concept: name.id });
      i += len;
      continue;
    }
    const t = toks[i];
    const read = opts.concepts === false || inNotNamePhrase(stems, i, ctx) ? undefined : readingName(t, ctx);
    if (read) {
      units.push({ text: words(i, i + 1), terms: [queryKey(t)], any: conceptKey(read), concept: read });
      i++;
      continue;
    }
    const last = i === toks.length - 1;
    let key = queryKey(t);
    if (last && opts.prefixLast && !t.familyKey && t.stem.length >= 2 && t.token.type === 'ar') key = prefix = arabicKey(t.stem, true);
    else if (last && opts.prefixLast && !t.familyKey && t.stem.length >= 2) key = prefix = t.key;
    units.push({ text: words(i, i + 1), terms: [key], any: key });
    if (t.token.type === 'ar' && isFunctionStem(t.stem, ctx)) functionUnits.add(units[units.length - 1]);
    i++;
  }
  const dedupe = (xs: string[]) => [...new Set(xs)];
  const all = dedupe(units.flatMap((u) => u.terms));
  const exact = all.filter((k) => k !== prefix);
  const terms = prefix ? [...exact, prefix] : exact;
  const named = units.filter((u) => u.concept);
  let concept: ConceptPlan | null = null;
  if (named.length) {
    const ids = dedupe(named.map((u) => u.concept!));
    // A phrasing the reader typed in another form («بنوك» for «البنوك»: the same match stems) is not news to them.
    const matchesOf = (text: string) => keyTokens(text, ctx).map((t) => t.match).join(' ');
    const typed = new Set(named.map((u) => matchesOf(u.text)));
    const shown = dedupe(ids.flatMap((id) => ctx.conceptShown.get(id) ?? [])).filter((p) => !typed.has(matchesOf(p)) && (typed.add(matchesOf(p)), true));
    // The curated concepts first, the typed words of a near-synonym set as typed: the order of the
    // concept tier before session 24. Then, wider, the sets' other words too, and no function word of
    // the reader's: «بلا علم بلادهم» is said «من دون علم بلادها» or «تحت راية محايدة».
    const search = dedupe(units.flatMap((u) => (u.concept && !isNearSynonym(u.concept) ? [u.any] : u.terms))).join(' ');
    const wider = dedupe(units.filter((u) => !functionUnits.has(u)).flatMap((u) => (u.concept ? [u.any] : u.terms))).join(' ');
    concept = { search, ...(wider !== search ? { wider } : {}), ids, shown: shown.slice(0, 3) };
  }
  return { search: terms.join(' '), exact, prefix, actors, units, concept };
}

/**
 * How many tokens a concept name takes in the query. A near-synonym set's phrase that ends in a country's
 * word («الأجواء الروسية»: airspace, said of Russia) leaves that word to the reader (seventeenth pass): it
 * stays a unit of its own, so a page saying «المجال الجوي الروسي» holds two of the query's meanings, not one.
 */
function nameLength(name: { id: string; stems: string[] }, matches: string[], stems: string[], i: number, ctx: KeyContext): number {
  const len = name.stems.length;
  if (len < 2 || !isNearSynonym(name.id)) return len;
  const last = i + len - 1;
  const country = aliasAt(stems, last, ctx)?.length === 1 || phrasesAt(matches, last, ctx.conceptNames).some((n) => n.stems.length === 1 && isNisbaConcept(n.id));
  return country ? len - 1 : len;
}

/** The key a query word asks for: its family's, but a ة word's plural its own (العبارات: not «عبارة» a ferry). */
const queryKey = (t: KeyedToken): string => (t.ownPlural ? t.key : (t.familyKey ?? t.key));

/** normalizeArabic + searchStem of one word, for callers outside the key stream. */
export function stemWord(word: string, ctx: KeyContext = EMPTY_CONTEXT): string {
  const plain = searchStem(normalizeArabic(word), ctx.known);
  return hamzaReading(word, plain, ctx) ?? plain;
}
