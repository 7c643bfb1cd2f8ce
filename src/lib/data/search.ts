// The curated data search reads besides the actors: content/search-synonyms.yaml (concepts),
// and the word families of content/word-forms.yaml (loaded by load.ts). Validated like every curated file:
// errors name the file, the line, the entry and the field. Format: docs/dictionary.md.
import { loadSearchCommonPlurals } from './searchCommonPlurals';
import { loadSearchSpellings } from './searchSpellings';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { normalizeArabic } from '../arabic/normalize';
import { expandFamily, type WordFamilyInput } from '../arabic/forms';
import { verbFamily, type VerbEntry } from '../search/derivedForms';
import { SearchFormsSchema } from './schemas/search-forms';
import { SearchPatternsSchema } from './schemas/search-patterns';
import type { SearchPatterns } from '../search/patternReadings';
import type { NisbaRules } from '../search/nisbaReadings';
import { SearchNisbasSchema } from './schemas/search-nisbas';
import { SearchCorpusPluralsSchema } from './schemas/search-corpus-plurals';
import type { CorpusPluralRules } from '../search/corpusPlurals';
import { arabic, id, nullable, strings } from './schemas/common';
import { TOPIC_IDS } from './schemas/topics';
import { DataFileError, entryLabel, parseYaml, readDataFile, validateYaml } from './yaml';
import { loadActors, loadFunctionWords, loadTopics, loadWordForms } from './load';
import type { SearchVocabulary } from '../search/vocabulary';
import type { ConceptInput } from '../search/context';
import { withNameForms } from '../search/conceptForms';
import { searchStem } from '../search/keys';
import { conceptNameKey, loadNearSynonyms, nearSynonymConcepts } from './nearSynonyms';
import { loadThesaurus } from './thesaurus';
import { loadMeaningWords } from './meaningWords';
import { loadPlaceParts, placePartsConcepts } from './placeParts';
import { loadSearchCountries } from './searchCountries';
import { loadSearchPluralsData, loadSearchRegions } from './searchPlurals';
import { loadSearchPlaceNames } from './placeNames';
import { loadSearchWordSenses } from './wordSenses';

export const DEFAULT_SEARCH_SYNONYMS_PATH = 'content/search-synonyms.yaml';
export const DEFAULT_SEARCH_FORMS_PATH = 'content/search-forms.yaml';
export const DEFAULT_SEARCH_PATTERNS_PATH = 'content/search-patterns.yaml';

/** Parses and checks search-patterns.yaml (broken-plural patterns and the readings' traps). */
export function parseSearchPatterns(text: string, file = DEFAULT_SEARCH_PATTERNS_PATH): SearchPatterns {
  const data = validateYaml(parseYaml(text, file), SearchPatternsSchema);
  return {
    plurals: data.plurals.map((p) => ({ plural: p.plural, singulars: p.singulars, ...(p.notFirst ? { notFirst: p.notFirst } : {}), ...(p.notLast ? { notLast: p.notLast } : {}), ...(p.hamza ? { hamza: true } : {}), ...(p.article ? { article: true } : {}), ...(p.agrees ? { agrees: true } : {}), ...(p.relative ? { relative: true } : {}), ...(p.hPlaces ? { hPlaces: p.hPlaces } : {}), ...(p.weakPlaces ? { weakPlaces: p.weakPlaces } : {}), ...(p.allow ? { allow: p.allow } : {}), ...(p.madda ? { madda: true } : {}), ...(p.maqsura ? { maqsura: true } : {}), ...(p.noun ? { noun: true } : {}), ...(p.reverse ? { reverse: true } : {}), ...(p.overFamily ? { overFamily: true } : {}) })),
    notPlurals: data.notPlurals ?? [],
    notMeasureII: data.notMeasureII ?? [],
    ...(data.measureIIForms?.length ? { measureIIForms: data.measureIIForms } : {}),
    ...(data.notMeasureIIForms?.length ? { notMeasureIIForms: data.notMeasureIIForms } : {}),
    ...(data.notParticipleNouns?.length ? { notParticipleNouns: data.notParticipleNouns } : {}),
    ...(data.notReadings?.length ? { notReadings: data.notReadings } : {}),
    ...(data.verbNouns?.length ? { verbNouns: data.verbNouns.map((v) => ({ form: v.form, noun: v.noun, ...(v.wasl ? { wasl: true } : {}), ...(v.hamza ? { hamza: true } : {}), ...(v.maqsura ? { maqsura: true } : {}) })) } : {}),
    ...(data.measureIIShadda?.length ? { measureIIShadda: data.measureIIShadda } : {}),
    ...(data.homographs?.length ? { homographs: data.homographs.map((h) => ({ forms: h.forms, beside: h.beside })) } : {}),
  };
}

export function loadSearchPatterns(path = DEFAULT_SEARCH_PATTERNS_PATH): SearchPatterns {
  return readDataFile(path, parseSearchPatterns);
}

/** Parses and checks search-corpus-plurals.yaml (the templates joined where the corpus confirms a pair; twenty-sixth pass). */
export function parseSearchCorpusPlurals(text: string, file = 'content/search-corpus-plurals.yaml'): CorpusPluralRules {
  const data = validateYaml(parseYaml(text, file), SearchCorpusPluralsSchema);
  const templates = parseSearchPatterns(JSON.stringify({ plurals: data.templates }), file).plurals;
  // A one-sided template is named by its plural: each must be a template of the file.
  const plurals = new Set(data.templates.map((t) => t.plural));
  for (const p of [...(data.oneSided?.toSingular ?? []), ...(data.oneSided?.toPlural ?? [])]) if (!plurals.has(p)) throw new Error(`${file}: oneSided: ${p} is no template's plural`);
  return { templates, collective: data.collective, ratio: data.ratio, slack: data.slack, minShared: data.minShared, minLift: data.minLift, ...(data.oneSided ? { oneSided: data.oneSided } : {}), ...(data.derivations !== undefined ? { derivations: data.derivations } : {}), ...(data.nisbas !== undefined ? { nisbas: data.nisbas } : {}), ...(data.derivationGuards ? { derivationGuards: true } : {}), ...(data.measureOne ? { measureOne: true } : {}), ...(data.nisbaGuards ? { nisbaGuards: true } : {}), ...(data.queryNisbas ? { queryNisbas: true } : {}), ...(data.queryDerivations ? { queryDerivations: true } : {}), ...(data.queryWeakDerivations?.length ? { queryWeakDerivations: data.queryWeakDerivations } : {}), ...(data.queryRareForms ? { queryRareForms: data.queryRareForms } : {}), ...(data.queryRareCollectives ? { queryRareCollectives: true } : {}), ...(data.queryPlurals?.length ? { queryPlurals: data.queryPlurals } : {}), ...(data.queryVerbs ? { queryVerbs: true } : {}) };
}

export const DEFAULT_SEARCH_NISBAS_PATH = 'content/search-nisbas.yaml';

/** Parses and checks search-nisbas.yaml (a place and its adjective by rule: nisbaReadings.ts). */
export function parseSearchNisbas(text: string, file = DEFAULT_SEARCH_NISBAS_PATH): NisbaRules {
  const data = validateYaml(parseYaml(text, file), SearchNisbasSchema);
  return { endings: data.endings, placeWords: data.placeWords, ...(data.placeSignals?.length ? { placeSignals: data.placeSignals } : {}), ...(data.placePrepositions?.length ? { placePrepositions: data.placePrepositions } : {}), ...(data.notNisbas?.length ? { notNisbas: data.notNisbas } : {}) };
}

export const SearchConceptSchema = z
  .object({
    id,
    /** A topic whose phrase lexicon (content/topics.yaml) also says this concept. */
    topic: nullable(z.enum(TOPIC_IDS, { errorMap: () => ({ message: `must be one of the topic ids: ${TOPIC_IDS.join(', ')}` }) }).optional()),
    /** What a reader types to name the concept. */
    names: strings(arabic).min(1, 'must list at least one name'),
    /** Further phrasings. */
    phrases: nullable(strings(arabic).optional()),
    /** The concept this one reverses (de-escalation reverses escalation): see `reversedBy`. */
    reverses: nullable(id.optional()),
    /**
     * Head words that turn a name of `reverses` into this concept («خفض» + «التصعيد»، «رفع» +
     * «العقوبات»): each «head + name» is a name of this concept (resolveConcepts), so a query
     * typing it is not read as the reversed concept.
     */
    reversedBy: nullable(strings(arabic).optional()),
  })
  .strict();

export type SearchConcept = z.output<typeof SearchConceptSchema>;

/** Parses and checks search-synonyms.yaml: unique ids, and a name names one concept only. */
export function parseSearchSynonyms(text: string, file = DEFAULT_SEARCH_SYNONYMS_PATH): SearchConcept[] {
  const y = parseYaml(text, file);
  const entries = validateYaml(y, z.array(SearchConceptSchema));
  const problems: string[] = [];
  const ids = new Map<string, number>();
  const names = new Map<string, number>();
  entries.forEach((e, i) => {
    if (ids.has(e.id)) problems.push(`${entryLabel(y, i)} "id" duplicates entry #${ids.get(e.id)! + 1}`);
    else ids.set(e.id, i);
    if (!e.reverses !== !e.reversedBy?.length) problems.push(`${entryLabel(y, i)} "reverses" and "reversedBy" go together`);
    e.names.forEach((n, j) => {
      const k = conceptNameKey(n);
      const first = names.get(k);
      if (first !== undefined && first !== i) problems.push(`${entryLabel(y, i)} "names[${j}]" «${n}» also names entry #${first + 1}`);
      else names.set(k, i);
    });
  });
  entries.forEach((e, i) => {
    if (e.reverses && (e.reverses === e.id || !ids.has(e.reverses))) problems.push(`${entryLabel(y, i)} "reverses" «${e.reverses}» is no other concept's id`);
  });
  if (problems.length) throw new DataFileError(file, problems);
  return entries;
}

export function loadSearchSynonyms(path = DEFAULT_SEARCH_SYNONYMS_PATH): SearchConcept[] {
  return readDataFile(path, parseSearchSynonyms);
}

/** The corpus plurals' rules with the common pairs (thirty-third pass), shipped beside the query's other readings. */
function withCommon(rules: CorpusPluralRules, file: string | undefined, spellings?: string): CorpusPluralRules {
  const pairs = file ? loadSearchCommonPlurals(file) : [];
  // A foreign name's skeleton (content/search-spellings.yaml, forty-first pass): read with the other rare readings.
  const spelled = spellings ? { querySpellings: loadSearchSpellings(spellings) } : {};
  return { ...rules, ...(pairs.length ? { queryCommonPlurals: pairs } : {}), ...spelled };
}

/**
 * What search keys beyond spelling (word families, concepts with their topics' phrases), from
 * the files beside the actor dictionary; a missing file means none of that kind.
 */
export function loadSearchVocabularyBeside(actorsFile: string): SearchVocabulary {
  const dir = dirname(actorsFile);
  const beside = (name: string) => (existsSync(join(dir, name)) ? join(dir, name) : undefined);
  const [forms, searchForms, synonyms, topics, functionWords, patterns, countries, near, plurals, regions, nisbas, corpusPlurals, commonPlurals] = ['word-forms.yaml', 'search-forms.yaml', 'search-synonyms.yaml', 'topics.yaml', 'function-words.yaml', 'search-patterns.yaml', 'search-countries.yaml', 'search-near-synonyms.yaml', 'search-plurals.yaml', 'search-regions.yaml', 'search-nisbas.yaml', 'search-corpus-plurals.yaml', 'search-common-plurals.yaml'].map(beside);
  const thesaurus = beside('search-thesaurus.yaml');
  // Words of one meaning (thirty-fourth pass): shipped among the thesaurus's concepts, under their own prefix.
  const meaningWords = beside('search-meaning-words.yaml');
  // Towns whose name holds a common word (thirty-fifth pass): index side, with the patterns.
  const placeNames = beside('search-place-names.yaml');
  // News words whose other sense their neighbours give away (thirty-eighth pass): index side, with the patterns.
  const wordSenses = beside('search-word-senses.yaml');
  // Places named by their parts (forty-first pass): shipped among the thesaurus's concepts too, one way.
  const placeParts = beside('search-place-parts.yaml');
  const places = placeParts ? placePartsConcepts(loadPlaceParts(placeParts), existsSync(actorsFile) ? loadActors(actorsFile) : [], placeParts) : [];
  // A foreign name's other spellings in the index (forty-first pass): query side, with the corpus plurals' rules.
  const spellings = beside('search-spellings.yaml');
  const thesaurusConcepts = [...(thesaurus ? loadThesaurus(thesaurus) : []), ...(meaningWords ? loadMeaningWords(meaningWords) : []), ...places];
  const families = forms ? loadWordForms(forms) : [];
  const extra = searchForms ? loadSearchFormsData(searchForms, families) : { families: [], verbs: [], notNamePhrases: [], keepHamzaForms: [], definiteNouns: [] };
  // A country outside the actors, its nisba and people (search-countries.yaml): one family each, after the forms.
  const countryFamilies = countries ? mergeFamilies(loadSearchCountries(countries), [...families, ...extra.families], countries).families : [];
  // The language-scale lists (nineteenth pass): broken plurals, then regions and capitals, each after all before it.
  const known = [...families, ...extra.families, ...countryFamilies];
  const pluralData = plurals ? loadSearchPluralsData(plurals) : { entries: [], ownPlurals: [], ambiguousSingulars: [], nounAfter: [] };
  const pluralFamilies = mergeFamilies(pluralData.entries, known, plurals ?? '').families;
  // Every plural the language-scale list brings asks by its own key: its singular often names other things
  // too (ضفة the West Bank, فخ an idiom's trap, فوج a regiment), so the plural reaches the singular's pages
  // only through the curated lists, while a query for the singular still finds the plural's pages.
  const knownForms = new Set(known.flatMap((f) => f.forms.map((w) => normalizeArabic(w))));
  const listPlurals = pluralData.entries.flatMap((e) => e.family.forms.slice(1)).filter((w) => !knownForms.has(normalizeArabic(w)));
  const ownPlurals = [...new Set([...(('ownPlurals' in extra && extra.ownPlurals) || []), ...pluralData.ownPlurals, ...listPlurals])];
  // Twentieth pass: a page's singular in a noun's place carries the key of those plurals at the low weight
  // (indexKeys.ts), unless the singular is listed ambiguous or gated (ownPlurals of the file).
  const gated = new Set([...pluralData.ownPlurals, ...pluralData.ambiguousSingulars]);
  const ownList = new Set(listPlurals);
  const singularPlurals = pluralData.entries
    .map((e) => [e.family.forms[0], e.family.forms.slice(1).filter((w) => ownList.has(w) && !gated.has(w))] as [string, string[]])
    .filter(([singular, forms]) => forms.length && !gated.has(singular));
  const regionEntries = regions ? loadSearchRegions(regions) : [];
  const regionFamilies = regions ? mergeFamilies(regionEntries, [...known, ...pluralFamilies], regions).families : [];
  // A one-way region's nisba forms carry its name's key at the low weight (indexKeys.ts).
  const nisbaPlaces = regionEntries.filter((e) => e.nameReadings).map((e) => [e.family.forms[0], e.nameReadings!] as [string, string[]]);
  const curated = synonyms ? checkedHamza(resolveConcepts(loadSearchSynonyms(synonyms), topics ? loadTopics(topics) : []), extra.keepHamzaForms, synonyms) : [];
  return {
    families: [...known, ...pluralFamilies, ...regionFamilies],
    verbs: extra.verbs,
    ...(extra.notNamePhrases.length ? { notNamePhrases: extra.notNamePhrases } : {}),
    ...(extra.keepHamzaForms.length ? { keepHamzaForms: extra.keepHamzaForms } : {}),
    ...(extra.definiteNouns.length ? { definiteNouns: extra.definiteNouns } : {}),
    ...(ownPlurals.length ? { ownPlurals } : {}),
    ...(functionWords ? { functionWords: loadFunctionWords(functionWords) } : {}),
    ...(patterns ? { patterns: { ...loadSearchPatterns(patterns), singularPlurals, nounAfter: pluralData.nounAfter, nisbaPlaces, ...(nisbas ? { nisbas: readDataFile(nisbas, parseSearchNisbas) } : {}), ...(corpusPlurals ? { corpusPlurals: withCommon(readDataFile(corpusPlurals, parseSearchCorpusPlurals), commonPlurals, spellings) } : {}), ...(placeNames ? { placeNames: loadSearchPlaceNames(placeNames) } : {}), ...(wordSenses ? { wordSenses: loadSearchWordSenses(wordSenses) } : {}) } } : {}),
    ...(thesaurusConcepts.length ? { thesaurus: thesaurusConcepts } : {}),
    concepts: [...curated, ...(near ? checkedHamza(nearSynonymConcepts(loadNearSynonyms(near), curated, near), extra.keepHamzaForms, near) : [])],
  };
}

/**
 * A concept word is data, and keys.ts `hamzaReading` reads only words the data does not name: a
 * concept (or its topic's lexicon) saying «الغاز» would key «الألغاز» (riddles, content/search-forms.yaml
 * keepHamzaForms) as «غاز» again, at full weight (session 22 found it through the unit tests). Until
 * the reading itself keeps such a word, the loader refuses the concept word, naming both.
 */
export function checkedHamza(concepts: ConceptInput[], keepHamzaForms: string[], file = DEFAULT_SEARCH_SYNONYMS_PATH): ConceptInput[] {
  const bare = new Map(keepHamzaForms.map((w) => [searchStem(normalizeArabic(w.trim())), w]));
  const problems: string[] = [];
  for (const c of concepts) {
    for (const phrase of [...c.names, ...c.phrases]) {
      for (const word of phrase.trim().split(/\s+/)) {
        const kept = bare.get(searchStem(normalizeArabic(word)));
        if (kept) problems.push(`concept "${c.id}": «${word}» (in «${phrase}»${c.topic ? `, its own or its topic's` : ''}) would switch off the hamza reading of keepHamzaForms «${kept}» (content/search-forms.yaml)`);
      }
    }
  }
  if (problems.length) throw new DataFileError(file, problems);
  return concepts;
}

/** Concepts with the phrase lexicon of their topic added after their own phrases. */
export function resolveConcepts(
  synonyms: SearchConcept[],
  topics: Array<{ id: string; phrases: string[] }>,
): ConceptInput[] {
  const byId = new Map(topics.map((t) => [t.id, t.phrases]));
  // A name's own forms (src/lib/search/conceptForms.ts: «تجميد الأصول» → «الأصول المجمدة») name the
  // concept too, unless another concept names them; only the concept's own words, not its topic's.
  const owner = new Map<string, string>();
  for (const c of synonyms) for (const n of c.names) owner.set(conceptNameKey(n), c.id);
  const byConcept = new Map(synonyms.map((c) => [c.id, c]));
  return synonyms.map((c) => {
    const own = withNameForms({ names: [...c.names, ...reversedNames(c, byConcept, owner)], phrases: c.phrases ?? [] }, (n) => (owner.get(conceptNameKey(n)) ?? c.id) !== c.id);
    return {
      id: c.id,
      names: own.names,
      phrases: [...new Set([...own.phrases, ...((c.topic && byId.get(c.topic)) || [])])],
      ...(c.topic ? { topic: c.topic } : {}),
    };
  });
}

/**
 * The names a reversing head gives (session 23): «خفض» + each name of escalation («خفض التصعيد»،
 * «خفض التصعيد العسكري»), «رفع» + each name of sanctions («رفع عقوبات»: phrases match with or
 * without ال), unless another concept names the phrase already. Read longest name first, such a
 * query is one unit of the reversing concept, never the head word beside the reversed concept.
 */
function reversedNames(c: SearchConcept, byId: Map<string, SearchConcept>, owner: Map<string, string>): string[] {
  const reversed = c.reverses ? byId.get(c.reverses) : undefined;
  if (!reversed) return [];
  const out: string[] = [];
  for (const head of c.reversedBy ?? []) {
    for (const name of reversed.names) {
      const phrase = `${head.trim()} ${name.trim()}`;
      if ((owner.get(conceptNameKey(phrase)) ?? c.id) === c.id && !out.includes(phrase)) out.push(phrase);
    }
  }
  return out;
}

/**
 * Parses search-forms.yaml into word families to add after `base` (word-forms.yaml). An entry
 * whose forms meet one family already known (of `base` or an earlier entry) extends it with
 * the forms it lacks, so the two files may overlap; an entry meeting two families is an error
 * naming the entry and both families.
 */
export function parseSearchForms(text: string, file = DEFAULT_SEARCH_FORMS_PATH, base: WordFamilyInput[] = []): WordFamilyInput[] {
  return parseSearchFormsData(text, file, base).families;
}

/**
 * The families, and the verb entries with the key of the family each joined (kb-search.json
 * ships them as root and measure; the browser writes their forms: src/lib/search/context.ts).
 */
export function parseSearchFormsData(
  text: string,
  file = DEFAULT_SEARCH_FORMS_PATH,
  base: WordFamilyInput[] = [],
): { families: WordFamilyInput[]; verbs: Array<VerbEntry & { key: string }>; notNamePhrases: string[]; keepHamzaForms: string[]; definiteNouns: string[]; ownPlurals?: string[] } {
  const y = parseYaml(text, file);
  const data = validateYaml(y, SearchFormsSchema);
  const at = (list: string, i: number) => `${file}:${y.lineOf([list, i])} ${list}[${i}]`;
  const entries: Array<{ at: string; family: WordFamilyInput; verb?: VerbEntry }> = [
    ...(data.plurals ?? []).map((forms, i) => ({ at: at('plurals', i), family: { forms } })),
    ...(data.verbs ?? []).map((v, i) => {
      const verb: VerbEntry = { root: v.root, measure: v.measure, ...(v.bare === false ? { bare: false } : {}) };
      return { at: at('verbs', i), family: verbFamily(verb), verb };
    }),
    ...(data.families ?? []).map((forms, i) => ({ at: at('families', i), family: { forms } })),
    // A word in a family of its own: the feminine-plural pattern leaves family words alone.
    ...(data.notFemininePlurals ?? []).map((word, i) => ({ at: at('notFemininePlurals', i), family: { forms: [word] } })),
    ...(data.notAdjectiveForms ?? []).map((word, i) => ({ at: at('notAdjectiveForms', i), family: { forms: [word] } })),
    ...(data.notTanweenForms ?? []).map((word, i) => ({ at: at('notTanweenForms', i), family: { forms: [word] } })),
    ...(data.notSoundPlurals ?? []).map((word, i) => ({ at: at('notSoundPlurals', i), family: { forms: [word] } })),
  ];
  const { families: out, keys } = mergeFamilies(entries, base, file);
  const verbs = entries.flatMap((e, i) => (e.verb && keys[i] ? [{ ...e.verb, key: keys[i]! }] : []));
  return { families: out, verbs, notNamePhrases: data.notNamePhrases ?? [], keepHamzaForms: data.keepHamzaForms ?? [], definiteNouns: data.definiteNouns ?? [], ...(data.ownPlurals?.length ? { ownPlurals: data.ownPlurals } : {}) };
}

/**
 * Entries merged after `base`: an entry whose forms meet ONE family extends it with the forms it lacks,
 * an entry meeting two is an error naming both (thrown for `file`). `keys[i]`: the family entry i joined.
 */
export function mergeFamilies(entries: Array<{ at: string; family: WordFamilyInput }>, base: WordFamilyInput[], file: string): { families: WordFamilyInput[]; keys: Array<string | undefined> } {
  const familyOf = new Map<string, string>();
  for (const f of base.map(expandFamily)) for (const form of f.forms) familyOf.set(form, f.key);
  const problems: string[] = [];
  const out: WordFamilyInput[] = [];
  const keys: Array<string | undefined> = [];
  for (const { at, family } of entries) {
    const expanded = expandFamily(family);
    const met = [...new Set(expanded.forms.map((f) => familyOf.get(f)).filter((k): k is string => k !== undefined))];
    if (met.length > 1) {
      problems.push(`${at} meets two families: ${met.map((k) => `«${k}» (${expanded.forms.filter((f) => familyOf.get(f) === k).join('، ')})`).join(' and ')}`);
      keys.push(undefined);
      continue;
    }
    const key = met[0] ?? expanded.key;
    const fresh = expanded.forms.filter((f) => !familyOf.has(f));
    for (const f of fresh) familyOf.set(f, key);
    if (fresh.length) out.push({ key, forms: met.length ? fresh : expanded.forms });
    keys.push(key);
  }
  if (problems.length) throw new DataFileError(file, problems);
  return { families: out, keys };
}

const asText = (text: string) => text;

export function loadSearchForms(path = DEFAULT_SEARCH_FORMS_PATH, base: WordFamilyInput[] = []): WordFamilyInput[] {
  return loadSearchFormsData(path, base).families;
}

export function loadSearchFormsData(path = DEFAULT_SEARCH_FORMS_PATH, base: WordFamilyInput[] = []) {
  return parseSearchFormsData(readDataFile(path, asText), path, base);
}
