// Builds the KeyContext (known names, alias phrases) from the actor dictionary, and moves it
// to the browser as a small JSON file written beside the Pagefind index.
import type { Actor } from '../types';
import { tokenize } from '../arabic/tokenize';
import { MIN_STEM } from '../arabic/clitics';
import { nisbaForms } from '../arabic/nisba';
import { expandFamily, type WordFamilyInput } from '../arabic/forms';
import { latinKey, searchStem, type KeyContext } from './keys';
import { normalizeArabic } from '../arabic/normalize';
import { verbFamily, type Measure, type VerbEntry } from './derivedForms';
import { NISBA_CONCEPT_MARK } from './queryReadings';
import type { WordsIndexJson } from './wordBuckets';
import type { QueryFormRules } from './keyContext';
import { thesaurusJson, thesaurusTable, type ThesaurusJson } from './thesaurus';
import type { ThesaurusConcept } from '../data/thesaurus';

export interface SearchActor {
  id: string;
  name: string;
  en: string;
  type: Actor['type'];
  /** Articles mentioning the actor (0 when unknown). */
  articles: number;
}

/** An actor as filter labels need it (dictionary actors and people discovered at build time). */
export type LabelActor = Pick<Actor, 'id' | 'name' | 'en' | 'type'>;

/** One of several Pagefind indexes of a large corpus (path under pagefind/, '' = the main one). */
export interface SearchShard {
  path: string;
  /** Holds the undated articles (always last, whatever the sort). */
  undated: boolean;
}

/** The JSON shipped to the browser (pagefind/kb-search.json). */
export interface SearchContextJson {
  version: 1;
  /** Stems never clitic-stripped. Left out of kb-search.json when the aliases give it (knownFromAliases). */
  known?: string[];
  /**
   * Family forms whose first letter is a root letter a clitic reading would take (بحار، بحارة: not ب +
   * حار «hot»): never clitic-stripped either (`rootCliticForms`), normalised.
   */
  rootClitic?: string[];
  /** [alias stems joined by a space, actor id]. */
  aliases: Array<[string, string]>;
  actors: SearchActor[];
  /** Labels for filter values: topic id → Arabic name, source id → name. */
  topics: Record<string, string>;
  sources: Record<string, string>;
  /** Articles per topic id (header box completions rank by it). */
  topicArticles?: Record<string, number>;
  /** Story id → the story's headline, for the story facet (src/lib/search/story-facet.ts). */
  stories?: Record<string, string>;
  /** Word families: [family stem, its other form stems joined by a space] (content/word-forms.yaml). */
  families?: Array<[string, string]>;
  /**
   * Verb families of content/search-forms.yaml as «root measure [-] [key]» (- : no bare past;
   * key: the family it joined, when not its verbal noun). The browser writes their forms
   * (derivedForms.ts): kb-search.json leaves out the family pairs they give back exactly.
   */
  verbs?: string[];
  /** Concepts (content/search-synonyms.yaml with their topics' phrases), stems joined by a space. */
  concepts?: SearchConceptJson[];
  /** Phrases in which a name (actor, concept) is a plain word (content/search-forms.yaml notNamePhrases), stems joined by a space. */
  notName?: string[];
  /** Towns of several words holding a common word (content/search-place-names.yaml), stems joined by a space: one unit of a query (thirty-sixth pass). */
  placeNames?: string[];
  /** Hamza readings indexed without their bare key (content/search-forms.yaml keepHamzaForms), normalised. */
  keepHamza?: string[];
  /** Stems of the plurals a query asks for by their own key (content/search-forms.yaml ownPlurals). */
  ownPlurals?: string[];
  /** Stems of the nouns whose bare occurrences weigh little (content/search-forms.yaml definiteNouns). */
  definite?: string[];
  /** Stems of the function words an excerpt does not mark beside other query words (content/function-words.yaml). */
  unmarked?: string[];
  /** The corpus's names, for a typed adjective (KeyContext `places`; in the word buckets when bucketed). */
  places?: string[];
  /** The index's words by their foreign-name skeleton, [skeleton, stems] (KeyContext `spellings`; in the word buckets when bucketed). */
  spellings?: Array<[string, string[]]>;
  /** The query side's reading of a form the corpus lacks (KeyContext `queryForms`, queryForms.ts). */
  queryForms?: QueryFormRules;
  /** The thesaurus's phrasings, keyed (content/search-thesaurus.yaml; thesaurus.ts): the query side's only. */
  thesaurus?: ThesaurusJson;
  /** Articles indexed: rarer words weigh more in partial matches (log of total / articles holding the word). */
  total?: number;
  /**
   * Present when the corpus is split (docs/search.md): dated shards newest range first,
   * then the undated one. Absent: one index at pagefind/.
   */
  shards?: SearchShard[];
  /**
   * Each bundle's language indexes as its pagefind-entry.json lists them, in shard order (the
   * first is pagefind/): the /search/ page asks for every bundle's metadata file as soon as this
   * file is in, without reading each bundle's entry first (src/pages/search/index.astro).
   */
  bundles?: BundleLanguages[];
  /**
   * Each language index's word-index chunk table, by its metadata hash (`bundles`' `hash`): the
   * /search/ page names the chunk files of the query's words before the index is open
   * (src/lib/search/chunks.ts).
   */
  wordChunks?: Record<string, string[]>;
  /**
   * The metadata hashes whose sort orders the indexer moved into `kb-order.<hash>.json` beside
   * them (src/lib/search/sortOrders.ts): a date order reads them there, not through Pagefind.
   */
  sortOrders?: string[];
  /**
   * Present when the word tables are shipped in buckets under kb-words/ (wordBuckets.ts): which buckets
   * exist, and the actors' concepts. The word fields (families, concepts …) are then absent here.
   */
  words?: WordsIndexJson;
}

/** A bundle's `languages` of pagefind-entry.json: language → its metadata file's hash and wasm. */
export type BundleLanguages = Record<string, { hash: string; wasm?: string | null; page_count: number }>;

/** The `languages` of a bundle's pagefind-entry.json (its text), as kb-search.json ships them. */
export function bundleLanguages(entryJson: string, file: string): BundleLanguages {
  let languages: unknown;
  try {
    languages = (JSON.parse(entryJson) as { languages?: unknown } | null)?.languages;
  } catch (e) {
    throw new Error(`${file}: not JSON (${(e as Error).message})`);
  }
  if (!languages || typeof languages !== 'object') throw new Error(`${file}: no "languages" (not a Pagefind entry file)`);
  const out: BundleLanguages = {};
  for (const [lang, l] of Object.entries(languages as Record<string, { hash?: unknown; wasm?: unknown; page_count?: unknown }>)) {
    if (typeof l?.hash !== 'string') throw new Error(`${file}: language "${lang}" has no metadata hash`);
    out[lang] = { hash: l.hash, wasm: typeof l.wasm === 'string' ? l.wasm : null, page_count: Number(l.page_count) || 0 };
  }
  return out;
}

/**
 * The labels part of the context: what results need only once they are shown (facet labels,
 * «did you mean», header box completions). Written to its own file, kb-labels.json, so the
 * first results of /search/ do not wait for it (~16 KB gzipped at 10,000 articles).
 */
export const LABELS_FILE = 'kb-labels.json';
export const LABEL_FIELDS = ['actors', 'topics', 'topicArticles', 'sources', 'stories'] as const;
export type LabelField = (typeof LABEL_FIELDS)[number];
export type SearchLabelsJson = Pick<SearchContextJson, LabelField>;
/** kb-search.json: what planning a query and opening the index need. */
export type SearchPlanningJson = Omit<SearchContextJson, LabelField>;

/** The context as two files: planning (kb-search.json) and labels (kb-labels.json). */
export function splitContextJson(json: SearchContextJson): { planning: SearchPlanningJson; labels: SearchLabelsJson } {
  const planning: Record<string, unknown> = { ...json };
  const labels: Record<string, unknown> = {};
  for (const f of LABEL_FIELDS) {
    if (f in json) labels[f] = json[f];
    delete planning[f];
  }
  // What the browser derives cheaply is left out of the file it waits for (the known stems,
  // −5 KB gzipped at 10,000 articles), and only when deriving gives it back exactly: both sides
  // then plan alike. The nisba concepts' names are shipped (+2.8 KB gzipped), not derived: deriving
  // them was most of the key context's build, the page's longest task on the way to its first
  // results (~200 ms of a cold page's CPU on a loaded machine against ~60 ms with them shipped).
  const known = new Set(json.known ?? []);
  if (sameSet(knownFromAliases(json.aliases), known)) delete planning.known;
  planning.concepts = json.concepts?.map(({ nisba: _nisba, ...c }) => c);
  if (!json.concepts) delete planning.concepts;
  // The verb families' forms are written again from root and measure (~6 KB gzipped fewer).
  if (json.verbs?.length && json.families) {
    const fromVerbs = verbPairs(json.verbs, new Set([...(known.size ? known : knownFromAliases(json.aliases)), ...(json.rootClitic ?? [])]));
    const families = json.families
      .map(([fam, forms]) => [fam, forms.split(' ').filter((f) => fromVerbs.get(f) !== fam)] as const)
      .filter(([fam, forms]) => forms.length || fromVerbs.get(fam) !== fam)
      .map(([fam, forms]) => [fam, forms.join(' ')] as [string, string]);
    const trial = { ...json, families };
    if (sameMap(contextFromJson(trial).families, contextFromJson(json).families)) planning.families = families;
  }
  return { planning: planning as SearchPlanningJson, labels: labels as SearchLabelsJson };
}

const sameMap = (a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>) => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

function encodeVerb(v: VerbEntry & { key: string }): string {
  const noun = verbFamily(v).key;
  return [v.root, v.measure, ...(v.bare === false ? ['-'] : []), ...(normalizeArabic(v.key) !== noun ? [normalizeArabic(v.key)] : [])].join(' ');
}

/** Form stem → family stem of the shipped verb families, first family first (as familyTable). */
function verbPairs(verbs: string[], known: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of verbs) {
    const [root, measure, ...rest] = line.split(' ');
    const bare = rest[0] !== '-';
    const fam = verbFamily({ root, measure: measure as Measure, ...(bare ? {} : { bare: false }) });
    const key = searchStem(rest.find((r) => r !== '-') ?? fam.key, known);
    for (const form of fam.forms) {
      const stem = searchStem(form, known);
      if (!out.has(stem)) out.set(stem, key);
    }
  }
  return out;
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((x) => b.has(x));

/** Known stems as the aliases give them: every Arabic word of an alias phrase (buildContextJson). */
export function knownFromAliases(aliases: SearchContextJson['aliases']): Set<string> {
  const out = new Set<string>();
  for (const [phrase] of aliases) for (const w of phrase.split(' ')) if (/[\u0600-\u06ff]/.test(w)) out.add(w);
  return out;
}

const norms = (p: string) => tokenize(p).filter((t) => t.type === 'ar' || t.type === 'latin').map((t) => t.norm);

/** A phrase as match stems (each word's family stem), as concepts are matched. */
function matchStems(p: string, known: ReadonlySet<string>, familyOf: (stem: string) => string): string {
  return norms(p).map((n) => (/[\u0600-\u06ff]/.test(n) ? familyOf(searchStem(n, known)) : latinKey(n))).filter(Boolean).join(' ');
}

/** The names of a country's nisba concept: each nisba form with its agreement endings, as match stems. */
export function nisbaNames(nisba: string[], known: ReadonlySet<string>, familyOf: (stem: string) => string): string[] {
  return [...new Set(nisbaPhrases(nisba).map((p) => matchStems(p, known, familyOf)))];
}

/** A concept as shipped: the names a reader types for it and its other phrasings, as match stems. */
export interface SearchConceptJson {
  id: string;
  /** Absent in kb-search.json for a country's nisba concept: derived from `nisba`. */
  names?: string[];
  /** Phrasings besides the names (names are phrasings too). */
  phrases: string[];
  /** Phrasings named on the page, as curated. */
  shown: string[];
  /** For a country's nisba concept: the country, whose names also stand for the concept. */
  actor?: string;
  /**
   * For a country's nisba concept: its nisba forms as curated (content/actors.yaml), from which
   * the names are derived (nisbaNames). kb-search.json ships the names instead (an index written
   * before shipped these, and the browser derived the names).
   */
  nisba?: string[];
}

/** A concept as curated (content/search-synonyms.yaml), its topic's phrases already added to `phrases`. */
export interface ConceptInput {
  id: string;
  names: string[];
  phrases: string[];
  /** The topic the concept names (content/search-synonyms.yaml): an article assigned it carries the concept (topicConcepts.ts). */
  topic?: string;
}

const stripArticle = (n: string) => (n.startsWith('ال') && n.length - 2 >= MIN_STEM ? n.slice(2) : n);

function isCliticFormOfAny(word: string, words: ReadonlySet<string>): boolean {
  let w = word;
  while (/^[وفبكل]/.test(w) && w.length - 1 >= MIN_STEM) {
    w = stripArticle(w.slice(1));
    if (words.has(w)) return true;
  }
  return false;
}

/**
 * A country's nisba forms (التركي، الأتراك): one-word adjectives with every agreement ending
 * (تركي، تركية، تركيين، تركيات …), other forms as listed. Never the bare stem: «العماني» must
 * not make «عمان» (also Amman) a name of Oman.
 */
function nisbaPhrases(nisba: string[]): string[] {
  const out: string[] = [];
  for (const n of nisba) {
    out.push(n);
    if (!/\s/.test(n.trim())) out.push(...nisbaForms(n).filter((f) => /ي(ه|ين|ون|ان|تان|تين|ات)?$/.test(f)));
  }
  return out;
}

/** Every name a reader may type for an actor: the Arabic ones, and the English name too (Putin, NATO). */
function aliasPhrases(actor: Actor): string[] {
  return [actor.name, ...(actor.aliases ?? []), ...(actor.short ?? []), actor.en].filter((p) => p && p.trim());
}

/**
 * A country with nisba forms is also a concept: «تركيا» finds the pages that name Turkey
 * first, then those that only say «التركي/الأتراك» (and «الأتراك» finds the pages naming
 * تركيا after its own). Its id is `a-<actor id>`; its names and phrasings are the nisba forms.
 */
function nisbaConcepts(actors: Actor[]): Array<{ id: string; actor: string; nisba: string[]; shown: string[] }> {
  return actors
    .filter((a) => a.type === 'country' && a.nisba?.length)
    .map((a) => ({ id: `${NISBA_CONCEPT_MARK}${a.id}`, actor: a.id, nisba: a.nisba!, shown: [a.name, ...a.nisba!].slice(0, 4) }));
}

/**
 * Known stems are every word of every alias (ال dropped): they are never clitic-stripped,
 * so بوتين stays بوتين. For people, the last word of a multi-word name also stands alone
 * (زيلنسكي for فولوديمير زيلنسكي) unless two actors share it.
 */
export function buildContextJson(actors: Actor[], opts: ContextCorpusInput & ContextBaseInput = {}): SearchContextJson {
  return contextWithCorpus(buildContextBase(actors, opts), actors, opts);
}

/** What buildContextJson takes of the corpus (the counts and filter labels); the rest is the curated data's. */
export interface ContextCorpusInput {
  articles?: Map<string, number>;
  topics?: Record<string, string>;
  topicArticles?: Record<string, number>;
  sources?: Record<string, string>;
  /** Every actor that may be a filter value (default: the dictionary). */
  labels?: LabelActor[];
  /** Number of articles indexed. */
  total?: number;
}

/** The part of the context that depends on the actors and the search vocabulary alone. */
export type SearchContextBase = Omit<SearchContextJson, 'total' | 'actors' | 'topics' | 'topicArticles' | 'sources'>;

/**
 * The context of a base and the corpus's counts, keys in buildContextJson's order: the base's,
 * then total, actors, topics, topicArticles, sources (kb-search.json's bytes follow it).
 */
export function contextWithCorpus(base: SearchContextBase, actors: Actor[], opts: ContextCorpusInput = {}): SearchContextJson {
  return {
    ...base,
    ...(opts.total !== undefined ? { total: opts.total } : {}),
    actors: (opts.labels ?? actors).map((a) => ({ id: a.id, name: a.name, en: a.en, type: a.type, articles: opts.articles?.get(a.id) ?? 0 })),
    topics: opts.topics ?? {},
    ...(opts.topicArticles ? { topicArticles: opts.topicArticles } : {}),
    sources: opts.sources ?? {},
  };
}

/**
 * The stems, aliases, families and concepts of the context: a function of the actors and the
 * vocabulary, so the indexer keeps it with them between builds (src/indexer/curatedCache.ts).
 */
export function buildContextBase(
  actors: Actor[],
  opts: {
    /** Word families (content/word-forms.yaml). */
    families?: WordFamilyInput[];
    /** The verb families among them (content/search-forms.yaml), shipped as root and measure. */
    verbs?: Array<VerbEntry & { key: string }>;
    /** Concepts with their phrasings (content/search-synonyms.yaml + topic lexicons). */
    concepts?: ConceptInput[];
    /** Phrases in which a name (actor, concept) is a plain word (content/search-forms.yaml notNamePhrases). */
    notNamePhrases?: string[];
    /** Words whose bare reading is another word (content/search-forms.yaml keepHamzaForms). */
    keepHamzaForms?: string[];
    /** Plurals a query asks for by their own key (content/search-forms.yaml ownPlurals). */
    ownPlurals?: string[];
    /** Nouns whose bare form is mostly another word (content/search-forms.yaml definiteNouns). */
    definiteNouns?: string[];
    /** Function words (content/function-words.yaml), not marked in excerpts beside other words. */
    functionWords?: string[];
    /** The thesaurus of the news (content/search-thesaurus.yaml): keyed with the context it is shipped in. */
    thesaurus?: ThesaurusConcept[];
    /** The search patterns' town names of several words (content/search-place-names.yaml): a query's one unit. */
    patterns?: { placeNames?: string[] };
  } = {},
): SearchContextBase {
  const known = new Set<string>();
  const phrases: Array<[string[], string]> = [];
  const candidates = new Set<string>();
  for (const a of actors) for (const p of aliasPhrases(a)) for (const n of norms(p)) if (/[\u0600-\u06ff]/.test(n)) candidates.add(stripArticle(n));
  // A candidate that is a clitic form of another (للناتو in «اللجنة العسكرية للناتو») is not a name.
  for (const c of candidates) if (!isCliticFormOfAny(c, candidates)) known.add(c);
  const stemsOf = (p: string) => norms(p).map((n) => (/[\u0600-\u06ff]/.test(n) ? searchStem(n, known) : latinKey(n))).filter(Boolean);
  const lastWordOwners = new Map<string, Set<string>>();
  for (const a of actors) {
    for (const p of aliasPhrases(a)) phrases.push([stemsOf(p), a.id]);
    if (a.type !== 'person') continue;
    for (const p of aliasPhrases(a)) {
      const s = stemsOf(p);
      if (s.length < 2) continue;
      const last = s[s.length - 1];
      if (!lastWordOwners.has(last)) lastWordOwners.set(last, new Set());
      lastWordOwners.get(last)!.add(a.id);
    }
  }
  const taken = new Map<string, string>();
  for (const [s, id] of phrases) if (s.length === 1) taken.set(s[0], id);
  for (const [last, owners] of lastWordOwners) {
    if (owners.size !== 1 || taken.has(last) || last.length < MIN_STEM) continue;
    phrases.push([[last], [...owners][0]]);
  }
  const seen = new Set<string>();
  const aliases: Array<[string, string]> = [];
  for (const [s, id] of phrases) {
    const k = s.join(' ');
    if (!k || seen.has(k)) continue; // first actor wins an ambiguous alias
    seen.add(k);
    aliases.push([k, id]);
  }
  aliases.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  // The aliases' words are shipped (or derived); the family forms that keep their first letter join them here.
  const aliasKnown = [...known].sort();
  const rootClitic = rootCliticForms(opts.families ?? [], known);
  for (const w of rootClitic) known.add(w);
  const families = familyTable(opts.families ?? [], known);
  const familyOf = (stem: string) => families.get(stem) ?? stem;
  const stemsOfPhrase = (p: string) => matchStems(p, known, familyOf);
  const byFamily = new Map<string, string[]>();
  // A family of one word is shipped too (its forms empty): being in a family keeps a word in ات
  // out of the feminine-plural pattern (content/search-forms.yaml notFemininePlurals).
  for (const [form, fam] of families) byFamily.set(fam, [...(byFamily.get(fam) ?? []), ...(form !== fam ? [form] : [])]);
  const base: SearchContextBase = {
    version: 1,
    known: aliasKnown,
    ...(rootClitic.length ? { rootClitic } : {}),
    aliases,
    ...(opts.families ? { families: [...byFamily].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([f, forms]) => [f, forms.join(' ')] as [string, string]) } : {}),
    ...(opts.verbs?.length ? { verbs: opts.verbs.map(encodeVerb) } : {}),
    ...(opts.notNamePhrases?.length ? { notName: [...new Set(opts.notNamePhrases.map((p) => stemsOf(p).join(' ')))] } : {}),
    ...(opts.patterns?.placeNames?.length ? { placeNames: [...new Set(opts.patterns.placeNames.map((p) => stemsOf(p).join(' ')))] } : {}),
    ...(opts.keepHamzaForms?.length ? { keepHamza: [...new Set(opts.keepHamzaForms.map((w) => normalizeArabic(w.trim())))] } : {}),
    ...(opts.ownPlurals?.length ? { ownPlurals: [...new Set(opts.ownPlurals.map((w) => searchStem(normalizeArabic(w.trim()), known)))].sort() } : {}),
    ...(opts.definiteNouns?.length ? { definite: [...new Set(opts.definiteNouns.map((w) => searchStem(normalizeArabic(w.trim()), known)))].sort() } : {}),
    ...(opts.functionWords?.length ? { unmarked: [...new Set(opts.functionWords.map((w) => searchStem(normalizeArabic(w.trim()), known)))].sort() } : {}),
    concepts: [
      ...(opts.concepts ?? []).map((c) => ({
        id: c.id,
        names: [...new Set(c.names.map(stemsOfPhrase))],
        phrases: [...new Set(c.phrases.map(stemsOfPhrase))].filter((p) => !c.names.some((n) => stemsOfPhrase(n) === p)),
        shown: [...new Set([...c.names, ...c.phrases])].slice(0, 6),
      })),
      ...nisbaConcepts(actors).map((c) => ({ id: c.id, actor: c.actor, names: nisbaNames(c.nisba, known, familyOf), phrases: [], shown: c.shown, nisba: c.nisba })),
    ],
  };
  // The thesaurus's phrasings keyed as a query is, with the very context shipped (families, concepts' hamza …).
  if (!opts.thesaurus?.length) return base;
  const thesaurus = thesaurusJson(opts.thesaurus, contextFromJson(base));
  return thesaurus.length ? { ...base, thesaurus } : base;
}
type ContextBaseInput = NonNullable<Parameters<typeof buildContextBase>[1]>;

/**
 * Family forms whose first letter looks like a clitic (و ف ب ك ل) but is the root's (بحار، بحارة، بيان):
 * the word is known as a word of the data, and without that letter it is none (حار، حاره، يان are in no
 * family and no name), so searchStem stops at it instead of keying «البحارة» with «صيف حار». A form whose
 * remainder is also a word of the data (two readings) is left to the clitic rule. Sorted, normalised.
 */
export function rootCliticForms(inputs: WordFamilyInput[], known: ReadonlySet<string>): string[] {
  const forms = new Set(inputs.flatMap((i) => expandFamily(i).forms));
  const out = [...forms].filter((f) => CLITIC_FIRST.has(f[0]) && f.length - 1 >= MIN_STEM && !forms.has(f.slice(1)) && !known.has(f.slice(1)) && !known.has(f));
  return out.sort();
}
const CLITIC_FIRST = new Set(['و', 'ف', 'ب', 'ك', 'ل']);

/**
 * Stem of each form → stem of its family's key. Forms are stemmed like the key stream
 * (searchStem), so الوساطة, بوساطة and وساطة all reach one family. The first family
 * listing a stem keeps it (the data layer rejects a form listed in two families).
 */
function familyTable(inputs: WordFamilyInput[], known: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const input of inputs) {
    const fam = expandFamily(input);
    const key = searchStem(fam.key, known);
    for (const form of fam.forms) {
      const s = searchStem(form, known);
      if (!out.has(s)) out.set(s, key);
    }
  }
  return out;
}

/** Phrase table: first stem → entries (longest first). */
function phraseTable<T extends { stems: string[] }>(entries: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const e of entries) {
    if (!e.stems.length) continue;
    if (!out.has(e.stems[0])) out.set(e.stems[0], []);
    out.get(e.stems[0])!.push(e);
  }
  for (const list of out.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return out;
}

export function contextFromJson(json: Pick<SearchContextJson, 'known' | 'rootClitic' | 'aliases' | 'families' | 'verbs' | 'concepts' | 'notName' | 'placeNames' | 'keepHamza' | 'ownPlurals' | 'definite' | 'unmarked' | 'places' | 'spellings' | 'queryForms' | 'thesaurus'>): KeyContext {
  const aliases = phraseTable(json.aliases.map(([phrase, id]) => ({ stems: phrase.split(' '), id })));
  const known = json.known ? new Set(json.known) : knownFromAliases(json.aliases);
  for (const w of json.rootClitic ?? []) known.add(w);
  const families = new Map<string, string>();
  for (const [fam, forms] of json.families ?? []) {
    families.set(fam, fam);
    for (const f of forms.split(' ')) if (f) families.set(f, fam);
  }
  // Verb families' forms not shipped (splitContextJson): a listed pair always wins.
  if (json.verbs?.length) for (const [stem, fam] of verbPairs(json.verbs, known)) if (!families.has(stem)) families.set(stem, fam);
  const familyOf = (stem: string) => families.get(stem) ?? stem;
  const phraseIds = new Map<string, string[]>();
  const names: Array<{ stems: string[]; id: string }> = [];
  const conceptShown = new Map<string, string[]>();
  const actorConcepts = new Map<string, string>();
  for (const c of json.concepts ?? []) {
    if (c.actor) actorConcepts.set(c.actor, c.id);
    const conceptNames = c.names ?? nisbaNames(c.nisba ?? [], known, familyOf);
    for (const p of new Set([...conceptNames, ...c.phrases])) phraseIds.set(p, [...(phraseIds.get(p) ?? []), c.id]);
    for (const n of conceptNames) names.push({ stems: n.split(' '), id: c.id });
    conceptShown.set(c.id, c.shown);
  }
  const conceptPhrases = phraseTable([...phraseIds].map(([p, ids]) => ({ stems: p.split(' '), ids })));
  const notName = json.notName?.length ? { notName: phraseTable(json.notName.map((p) => ({ stems: p.split(' ') }))) } : {};
  const placeNames = json.placeNames?.length ? { placeNames: phraseTable(json.placeNames.map((p) => ({ stems: p.split(' ') }))) } : {};
  const keepHamza = json.keepHamza?.length ? { keepHamza: new Set(json.keepHamza) } : {};
  const unmarked = json.unmarked?.length ? { unmarked: new Set(json.unmarked) } : {};
  const definite = json.definite?.length ? { definite: new Set(json.definite) } : {};
  const ownPlurals = json.ownPlurals?.length ? { ownPlurals: new Set(json.ownPlurals) } : {};
  const places = json.places?.length ? { places: new Set(json.places) } : {};
  const spellings = json.spellings?.length ? { spellings: new Map(json.spellings) } : {};
  const queryForms = json.queryForms ? { queryForms: json.queryForms } : {};
  const thesaurus = json.thesaurus?.length ? { thesaurus: thesaurusTable(json.thesaurus) } : {};
  return { known, aliases, families, conceptPhrases, conceptNames: phraseTable(names), conceptShown, actorConcepts, ...notName, ...placeNames, ...keepHamza, ...definite, ...unmarked, ...ownPlurals, ...places, ...spellings, ...queryForms, ...thesaurus };
}

/**
 * Normalised alias forms of each actor, for "did you mean" suggestions. Actors without
 * dictionary aliases (people discovered at build time) are suggested by their name.
 */
export function aliasForms(json: Pick<SearchContextJson, 'aliases' | 'known' | 'actors'>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [phrase, id] of json.aliases) {
    if (!out.has(id)) out.set(id, []);
    out.get(id)!.push(phrase);
  }
  const known = json.known ? new Set(json.known) : knownFromAliases(json.aliases);
  for (const a of json.actors) {
    if (out.has(a.id)) continue;
    const words = tokenize(a.name).filter((t) => t.type === 'ar' || t.type === 'latin').map((t) => (t.type === 'ar' ? searchStem(t.norm, known) : t.norm));
    // Like dictionary people, the last word of a name alone is a form too (كروسيتو).
    if (words.length) out.set(a.id, words.length > 1 && a.type === 'person' ? [words.join(' '), words[words.length - 1]] : [words.join(' ')]);
  }
  return out;
}

