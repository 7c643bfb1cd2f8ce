// A reader's query rewritten into index terms (keys.ts): actor and concept units, the open last word.
import type { KeyContext } from './keyContext';
import { keyTokens, type KeyedToken } from './keyTokens';
import { aliasAt, inNotNamePhrase, phrasesAt } from './phrases';
import { actorKey, arabicKey, conceptKey } from './terms';
import { isFunctionStem, isNearSynonym, isNisbaConcept, readingName } from './queryReadings';
import { formReadings } from './queryForms';
import { rareFormReadings, unseenFormReadings } from './rareReadings';
import { aliasSpellingIds } from './aliasSpellings';
import { commonPluralReadings } from './commonPlurals';
import { thesaurusSearches } from './thesaurus';
import { meaningPlan, MEANING_SHOWN, type MeaningPlan } from './meaningWords';
import { placeNameAt } from './placeNames';

/**
 * The words of a concept phrase (tokens from..to) read through their own sets: at each word the longest concept
 * name shorter than the phrase that starts there (not the phrase's own concept, `whole`), else the word's own key (a
 * function word left out). `ids` the
 * concepts so read; none when no word of the phrase names a concept of its own.
 */
function composedWords(matches: string[], stems: string[], from: number, to: number, toks: KeyedToken[], ctx: KeyContext, whole: string): { keys: string[]; ids: string[] } {
  const keys: string[] = [];
  const ids: string[] = [];
  for (let j = from; j < to; ) {
    // A shorter name of the phrase's own concept («الضمانات» in «الضمانات الأمنية») reads nothing new.
    const fits = (n: { id: string; stems: string[] }) => n.id !== whole && n.stems.length < to - from && j + n.stems.length <= to;
    const name = inNotNamePhrase(stems, j, ctx) ? undefined : phrasesAt(matches, j, ctx.conceptNames).find(fits);
    if (name) {
      keys.push(conceptKey(name.id));
      ids.push(name.id);
      j += name.stems.length;
      continue;
    }
    const t = toks[j];
    if (!(t.token.type === 'ar' && isFunctionStem(t.stem, ctx))) keys.push(queryKey(t));
    j++;
  }
  return { keys, ids };
}

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
  /** A function word (في، بعد، لا): no evidence that a page is about the query. */
  functionWord?: boolean;
  /**
   * A concept's phrase of two words or more, word by word: the reader's own words, whose partial matches
   * follow the family's pages (tiers.ts `wordUnits`), so a family that lacks a page's wording never hides
   * what the words alone found («التسرب المدرسي», «إطفاء حرائق الغابات»: session 36).
   */
  words?: QueryUnit[];
  /**
   * Keys of the form the corpus may lack (queryForms.ts, twenty-ninth pass): a typed town adjective's name, a typed
   * verbal noun's verb forms. Searched in the unit's stead after the full matches (tiers.ts `withFormReadings`).
   */
  readings?: string[];
  /**
   * Keys the typed word may be read to where the index holds them rarely (rareReadings.ts, thirty-first pass): a town's
   * adjective, an adjective's town. tiers.ts keeps those that, searched alone, find 1 to `queryForms.rare` pages.
   */
  rareReadings?: string[];
  /**
   * Keys of a short name's other /g/ spellings (shortNames.ts, forty-second pass): kept as `rareReadings` are, and only
   * where the typed word is on no page (a short word the corpus writes is a word: «قارة» is not «غارة»).
   */
  unseenReadings?: string[];
  /**
   * Keys of the actors whose one-word alias the typed word may be another spelling of (aliasSpellings.ts, forty-second
   * pass at the merge): kept only where the typed word is on no page and the actor is on some (however many).
   */
  unseenNames?: string[];
  /**
   * Keys of the typed word's other number (content/search-common-plurals.yaml, commonPlurals.ts, thirty-third pass):
   * searched only with the query's other words, their pages after the exact ones. `commonHomograph`: a pair's form is
   * also another common word, read only where few pages write the typed form with those words.
   */
  commonReadings?: string[];
  commonHomograph?: boolean;
  /**
   * A place's parts, each its search (content/search-place-parts.yaml, placeParts.ts, forty-first pass): in the partial
   * tier a page naming a part holds the place («سيفاستوبول» for «القرم»).
   */
  placeParts?: string[];
}

/** The query with its concept names replaced by their concepts: results ranked after the exact ones. */
export interface ConceptPlan {
  search: string;
  /** The same with the near-synonym sets' other words and without function words: searched after `search`. */
  wider?: string;
  /**
   * The same as `wider` with each concept phrase read word by word through its words' own sets (composedWords):
   * «إغلاق المدارس» as closing × schools, so «إقفال المؤسسات التعليمية» is found; searched after `wider`.
   */
  composed?: string;
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
  /** At most this many pages for a unit's rare reading (`QueryUnit.rareReadings`; KeyContext `queryForms.rare`). */
  rare?: number;
  /**
   * The thesaurus's searches (thesaurus.ts, thirty-third pass): the query with a typed phrasing of a concept replaced by
   * each of its other phrasings, searched after the full matches and readings, before the partial matches (tiers.ts).
   */
  thesaurus?: { searches: string[] };
  /** The query's words by meaning (meaningWords.ts, thirty-fourth pass): pages meeting every one, before the partial ones. */
  meaning?: MeaningPlan;
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
  const toks = keyTokens(query, ctx, true);
  const stems = toks.map((t) => t.stem);
  const matches = toks.map((t) => t.match);
  const words = (from: number, to: number) => query.slice(toks[from].token.start, toks[to - 1].token.end);
  const units: QueryUnit[] = [];
  // Each unit's tokens (from, to): the thesaurus replaces whole units only.
  const ranges: Array<[number, number]> = [];
  const functionUnits = new Set<QueryUnit>();
  const actors: string[] = [];
  let prefix: string | null = null;
  // A concept phrase's words read through their own sets (thirty-first pass): searched after the phrase's concept.
  const composedOf = new Map<QueryUnit, { keys: string[]; ids: string[] }>();
  for (let i = 0; i < toks.length; ) {
    const alias = aliasAt(stems, i, ctx);
    if (alias) {
      const key = actorKey(alias.id);
      if (!actors.includes(alias.id)) actors.push(alias.id);
      const concept = opts.concepts === false ? undefined : ctx.actorConcepts.get(alias.id);
      units.push({ text: words(i, i + alias.length), terms: [key], any: concept ? conceptKey(concept) : key, ...(concept ? { concept } : {}) });
      ranges.push([i, i + alias.length]);
      i += alias.length;
      continue;
    }
    // A town of several words holding a common word (placeNames.ts): its words one unit, searched together.
    const place = placeNameAt(stems, i, ctx);
    if (place) {
      const terms = toks.slice(i, i + place).map(queryKey);
      units.push({ text: words(i, i + place), terms, any: terms.join(' ') });
      ranges.push([i, i + place]);
      i += place;
      continue;
    }
    const name = opts.concepts === false || inNotNamePhrase(stems, i, ctx) ? undefined : phrasesAt(matches, i, ctx.conceptNames)[0];
    if (name) {
      const len = nameLength(name, matches, stems, i, ctx);
      const terms = toks.slice(i, i + len).map(queryKey);
      const own = len < 2 ? undefined : toks.slice(i, i + len).map((t, j) => wordUnit(t, words(i + j, i + j + 1), ctx));
      units.push({ text: words(i, i + len), terms, any: conceptKey(name.id), concept: name.id, ...(own ? { words: own } : {}) });
      ranges.push([i, i + len]);
      const read = own ? composedWords(matches, stems, i, i + len, toks, ctx, name.id) : null;
      if (read?.ids.length) composedOf.set(units[units.length - 1], read);
      i += len;
      continue;
    }
    const t = toks[i];
    const read = opts.concepts === false || inNotNamePhrase(stems, i, ctx) ? undefined : readingName(t, ctx);
    if (read) {
      units.push({ text: words(i, i + 1), terms: [queryKey(t)], any: conceptKey(read), concept: read });
      ranges.push([i, i + 1]);
      i++;
      continue;
    }
    const last = i === toks.length - 1;
    let key = queryKey(t);
    if (last && opts.prefixLast && !t.familyKey && t.stem.length >= 2 && t.token.type === 'ar') key = prefix = arabicKey(t.stem, true);
    else if (last && opts.prefixLast && !t.familyKey && t.stem.length >= 2) key = prefix = t.key;
    const readings = opts.concepts === false ? [] : formReadings(t, ctx);
    const rare = opts.concepts === false ? [] : rareFormReadings(t, ctx, readings, toks[i + 1]?.token.norm);
    const unseen = opts.concepts === false ? [] : unseenFormReadings(t, ctx, [...readings, ...rare]);
    const names = opts.concepts === false ? [] : aliasSpellingIds(t, ctx).map(actorKey);
    const common = opts.concepts === false ? null : commonPluralReadings(t, ctx);
    const commonUnit = common ? { commonReadings: common.keys, ...(common.homograph ? { commonHomograph: true } : {}) } : {};
    units.push({ text: words(i, i + 1), terms: [key], any: key, ...(readings.length ? { readings } : {}), ...(rare.length ? { rareReadings: rare } : {}), ...(unseen.length ? { unseenReadings: unseen } : {}), ...(names.length ? { unseenNames: names } : {}), ...commonUnit });
    ranges.push([i, i + 1]);
    if (t.token.type === 'ar' && isFunctionStem(t.stem, ctx)) {
      units[units.length - 1].functionWord = true;
      functionUnits.add(units[units.length - 1]);
    }
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
    const composed = composedOf.size
      ? dedupe(units.filter((u) => !functionUnits.has(u)).flatMap((u) => composedOf.get(u)?.keys ?? (u.concept ? [u.any] : u.terms))).join(' ')
      : undefined;
    // The words' sets' phrasings after the phrase's own: what the page may say instead of each word (the typed words
    // themselves are no news).
    for (const u of composedOf.keys()) for (const w of u.words ?? []) typed.add(matchesOf(w.text));
    const wordShown = dedupe([...composedOf.values()].flatMap((c) => c.ids.flatMap((id) => ctx.conceptShown.get(id) ?? []))).filter(
      (p) => !typed.has(matchesOf(p)) && (typed.add(matchesOf(p)), true),
    );
    const own = shown.slice(0, wordShown.length ? 2 : 3);
    concept = {
      search,
      ...(wider !== search ? { wider } : {}),
      ...(composed && composed !== search && composed !== wider ? { composed } : {}),
      ids,
      shown: [...own, ...wordShown].slice(0, 3),
    };
  }
  // The thesaurus (thirty-third pass): its phrasings join the page's note after the concepts' own.
  const thesaurus = opts.concepts === false ? null : thesaurusSearches(matches, units.map((u, k) => ({ from: ranges[k][0], to: ranges[k][1], terms: u.terms, functionWord: u.functionWord })), ctx);
  if (thesaurus) {
    const typedText = new Set(units.map((u) => u.text));
    const more = thesaurus.shown.filter((p) => !typedText.has(p));
    // No concept named: the concept search is the exact one (searched once), only the note is new.
    if (concept) concept = { ...concept, shown: [...new Set([...concept.shown, ...more])].slice(0, Math.max(3, concept.shown.length)) };
    else if (more.length) concept = { search: terms.join(' '), ids: [], shown: more };
    // A place's parts (forty-first pass) keep a place in the note: the reader sees why «باخموت» answers «دونباس».
    for (const pu of thesaurus.placeUnits ?? []) {
      const k = ranges.findIndex(([from, to]) => from === pu.from && to === pu.to);
      if (k >= 0 && pu.parts.length) units[k] = { ...units[k], placeParts: pu.parts };
    }
    const part = thesaurus.places?.find((p) => !typedText.has(p));
    if (concept && part && !concept.shown.includes(part)) concept = { ...concept, shown: [...concept.shown.slice(0, 2), part] };
  }
  // Words of one meaning (thirty-fourth pass): a few of the other words join the note where it has room.
  const meaning = opts.concepts === false ? null : meaningPlan(matches, units.map((unit, k) => ({ unit, from: ranges[k][0], to: ranges[k][1] })), ctx);
  if (meaning?.shown.length) {
    const typedText = new Set(units.map((u) => u.text));
    const more = meaning.shown.filter((p) => !typedText.has(p)).slice(0, MEANING_SHOWN);
    if (concept && concept.shown.length < 3) concept = { ...concept, shown: [...new Set([...concept.shown, ...more])].slice(0, 3) };
    else if (!concept && more.length) concept = { search: terms.join(' '), ids: [], shown: more };
  }
  // With any reading (tiers.ts: a rare typed word's readings rank above the concept pages lacking it, thirty-second pass).
  const rare = ctx.queryForms?.rare && units.some((u) => u.rareReadings || u.unseenReadings || u.unseenNames || u.readings) ? { rare: ctx.queryForms.rare } : {};
  return { search: terms.join(' '), exact, prefix, actors, units, concept, ...rare, ...(thesaurus ? { thesaurus: { searches: thesaurus.searches } } : {}), ...(meaning ? { meaning } : {}) };
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

/** One word of a concept's phrase as a plain unit (its own key, flagged when a function word). */
function wordUnit(t: KeyedToken, text: string, ctx: KeyContext): QueryUnit {
  const key = queryKey(t);
  const fn = t.token.type === 'ar' && isFunctionStem(t.stem, ctx);
  return { text, terms: [key], any: key, ...(fn ? { functionWord: true } : {}) };
}

/** The key a query word asks for: its family's, but a ة word's plural its own (العبارات: not «عبارة» a ferry). */
const queryKey = (t: KeyedToken): string => (t.ownPlural ? t.key : (t.familyKey ?? t.key));
