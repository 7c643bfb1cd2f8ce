// Broken plurals of sound roots and collectives confirmed by the corpus (issue 15, twenty-sixth pass, session 34).
// A template applied to a sound root writes many strings that are other words (فعال of خرف → خراف «sheep» beside
// خرافات «myths»; the unit noun of ثور «bull» is ثورة «revolution»), so the templates of content/search-corpus-plurals.yaml
// join two forms only where the corpus itself says they are one word's: both forms occur in the index's vocabulary,
// neither is a word of the curated data (listed there, maybe in another sense), neither is far more frequent than
// the other (a form the other's frequency does not predict is mostly another word), and their contexts agree — they
// stand on one page, or the words on their pages overlap well beyond what the words' frequencies predict.
// The indexer counts the vocabulary in a pass before the records (src/indexer/write.ts); each confirmed pair is a
// reading of the page word at the low weight, both ways (indexKeys.ts), below every listed form.
import type { CommonPlural } from './commonPlurals';
import type { SpellingRules } from './nameSkeleton';
import { normalizeArabic } from '../arabic/normalize';
import { tokenize } from '../arabic/tokenize';
import type { KeyContext } from './keyContext';
import { pluralReadings, type PatternReader, type PluralPattern } from './patternReadings';
import { searchStem, stemSteps } from './stems';
import { addOneSidedPlurals, type OneSidedRules } from './oneSidedPlurals';
import { PagePlaceCounter, type PagePlaces, type PlaceContextReader } from './placeContexts';

/** content/search-corpus-plurals.yaml as the indexer reads it. */
export interface CorpusPluralRules {
  /** Sound-root templates (patternReadings.ts PluralPattern: digits for the root's places), read without page gates but `hamza`. */
  templates: PluralPattern[];
  /** Join a collective and its unit noun in ة (نخل ↔ نخلة), the ة written on the page. */
  collective: boolean;
  /** The more frequent form's pages at most ratio × the other's + slack. */
  ratio: number;
  slack: number;
  /** Pages on neither form's side: their words must share at least this many words of middle frequency… */
  minShared: number;
  /** …and this many times what the words' frequencies predict. */
  minLift: number;
  /** The templates and the collective rule read on one side, where the corpus holds one form (oneSidedPlurals.ts). */
  oneSided?: OneSidedRules;
  /** Verbal nouns and their verbs confirmed too (corpusDerivations.ts); off when false. */
  derivations?: boolean;
  /** Towns and their adjectives confirmed too (corpusNisbas.ts); off when false. */
  nisbas?: boolean;
  /** The derivations' guards from the corpus's evidence (corpusDerivations.ts templateEvidence; twenty-eighth pass). */
  derivationGuards?: boolean;
  /** Measure I's verbal nouns فعل and فعول joined to their past with an ending where the corpus confirms (measureOneDerivations.ts). */
  measureOne?: boolean;
  /** The town nisbas' guard: a stem the corpus writes with a possessive pronoun is a common noun (corpusNisbas.ts). */
  nisbaGuards?: boolean;
  /** A typed adjective read back to a name of the corpus, on the query side (queryForms.ts; twenty-ninth pass). */
  queryNisbas?: boolean;
  /** A typed verbal noun read to its verb's forms, on the query side (queryForms.ts). */
  queryDerivations?: boolean;
  /** The classes of II / IV nouns of weak, doubled or hamzated roots read on the query side (weakNounReadings.ts). */
  queryWeakDerivations?: string[];
  /** The most pages a rare reading (rareReadings.ts) may find; off where absent. */
  queryRareForms?: number;
  /** With it, a ة noun and its collective read both ways (rareReadings.ts collectiveReadings). */
  queryRareCollectives?: boolean;
  /** Broken-plural templates read both ways on the query side, kept as queryRareForms says (patternRareReadings.ts). */
  queryPlurals?: Array<{ plural: string; singulars: string[] }>;
  /** A typed verb or participle read to its noun, a measure I noun to its verb (patternRareReadings.ts). */
  queryVerbs?: boolean;
  /** content/search-common-plurals.yaml's pairs, read with the query's other words (commonPlurals.ts; thirty-third pass). */
  queryCommonPlurals?: CommonPlural[];
  /** content/search-spellings.yaml: a foreign name's other spellings in the index, read on the query side (nameSkeleton.ts; forty-first pass). */
  querySpellings?: SpellingRules;
}

/** One confirmed reading of a page word (a step of its stem): the other form, and what the page must write. */
export interface CorpusReading {
  word: string;
  /** The page writes the word's first letter أ (أفعال، أفعلة: إفعال is measure IV's verbal noun). */
  hamza?: true;
  /** The page writes the word's last letter ة (a unit noun; «كتبه» is a verb with «it»). */
  ta?: true;
  /**
   * The page word stands in a noun's place (indexKeys.ts nounPlace: the article, or a preposition of `nounAfter`
   * before it): a singular or a collective read to its plural or unit — «بقدر ما» is no pot, «خادم الحرمين» no server.
   */
  noun?: true;
  /** The page word stands in no noun's place: a verb form read to its verbal noun (corpusDerivations.ts) — «في قدمه» is no «قدّمه». */
  verb?: true;
}

/** One page's words as the vocabulary counts them: each list distinct, in the order first seen on the page. */
export interface PageWords {
  /** Stems (the last of a word's steps). */
  stems: string[];
  /** Steps (a word without its article, each clitic letter off in turn), but an article's step that is not the stem. */
  steps: string[];
  /** Those of the steps written with a final ة. */
  ta: string[];
  /** Steps seen with the article. */
  article: string[];
  /** The towns' contexts (placeContexts.ts), when counted with a place reader. */
  places?: PagePlaces;
}

/**
 * Counts one page's words (its title and paragraphs): all the vocabulary takes from a page, and with `places` the
 * contexts that say a word is a town's name (corpusNisbas.ts).
 */
export function countPageWords(paragraphs: readonly string[], known: ReadonlySet<string>, places?: PlaceContextReader): PageWords {
  const stems = new Set<string>();
  const steps = new Set<string>();
  const ta = new Set<string>();
  const article = new Set<string>();
  const placeCounter = places && new PagePlaceCounter(places);
  for (const p of paragraphs) {
    let prev: string | undefined;
    for (const t of tokenize(p)) {
      if (t.type !== 'ar') {
        prev = undefined;
        continue;
      }
      const norm = t.norm.replace(/[\u200C\u200D]/g, '');
      placeCounter?.see(norm, prev);
      prev = norm;
      const wordSteps = stemSteps(norm, known);
      const stem = wordSteps.at(-1)!;
      stems.add(stem);
      const written = /ة[\u064B-\u065F]*$/.test(t.text);
      if (wordSteps.length > 1 && wordSteps[0].startsWith('ال') && wordSteps[1] === wordSteps[0].slice(2)) article.add(wordSteps[1]);
      else if (wordSteps.length > 2 && /^[وفبكل]ال/.test(wordSteps[0]) && wordSteps[2] === wordSteps[1].slice(2)) article.add(wordSteps[2]);
      for (const s of wordSteps) {
        if (s.startsWith('ال') && s !== stem) continue;
        steps.add(s);
        if (written) ta.add(s);
      }
    }
  }
  return { stems: [...stems], steps: [...steps], ta: [...ta], article: [...article], ...(placeCounter ? { places: placeCounter.result() } : {}) };
}

/** Words on pages, counted in the indexer's first pass: each page's distinct stems, and the ة and أ spellings seen. */
export class CorpusVocabulary {
  private readonly ids = new Map<string, number>();
  private readonly stems: string[] = [];
  /** Distinct stem ids per page. */
  private readonly pages: Int32Array[] = [];
  /** Page numbers per stem id, filled by `seal`. */
  private postings: number[][] = [];
  /** Steps (a word without its article, each clitic letter off in turn) seen, by stem: the forms a template reads. */
  readonly steps = new Set<string>();
  /** Each page's distinct steps: which confirmed readings its record holds (pageDigests). */
  private readonly pageSteps: string[][] = [];
  /** Steps seen written with a final ة. */
  readonly writtenTa = new Set<string>();
  /** Steps seen with the article (a noun's: a verb never takes it — جلس beside جلسة). */
  readonly withArticle = new Set<string>();

  constructor(private readonly known: ReadonlySet<string>) {}

  addPage(paragraphs: readonly string[]): void {
    this.addCounted(countPageWords(paragraphs, this.known));
  }

  /**
   * A page's words as countPageWords counted them (maybe in an earlier run: the indexer keeps them per article,
   * src/indexer/pageWordsCache.ts): the same state as addPage of its paragraphs, stem ids included.
   */
  addCounted(words: PageWords): void {
    const here = new Int32Array(words.stems.length);
    words.stems.forEach((stem, i) => {
      let id = this.ids.get(stem);
      if (id === undefined) this.ids.set(stem, (id = this.stems.push(stem) - 1));
      here[i] = id;
    });
    for (const s of words.steps) this.steps.add(s);
    for (const s of words.ta) this.writtenTa.add(s);
    for (const s of words.article) this.withArticle.add(s);
    this.pages.push(here);
    this.pageSteps.push(words.steps);
  }

  /**
   * Per page in the order added, the confirmed readings its words can take, as one string ('' for none): a record
   * depends on the corpus only through these, so the indexer keys each record by them and keeps the others'.
   */
  pageDigests(map: ReadonlyMap<string, CorpusReading[]>): string[] {
    return this.pageSteps.map((steps) => steps.filter((s) => map.has(s)).sort().map((s) => `${s}:${map.get(s)!.map((r) => `${r.word}${r.hamza ? 'أ' : ''}${r.ta ? 'ة' : ''}${r.noun ? 'ن' : ''}${r.verb ? 'ف' : ''}`).join(',')}`).join(' '));
  }

  /** Builds the postings (page numbers by stem): call once, after the last page. */
  seal(): void {
    this.postings = this.stems.map(() => []);
    this.pages.forEach((ids, page) => ids.forEach((id) => this.postings[id].push(page)));
  }

  get size(): number {
    return this.pages.length;
  }

  /** Pages holding the stem. */
  pagesOf(stem: string): readonly number[] {
    const id = this.ids.get(stem);
    return id === undefined ? [] : this.postings[id];
  }

  df(stem: string): number {
    return this.pagesOf(stem).length;
  }

  /** Whether two stems stand on one page more often than chance puts them there (`minLift` ×): the strict agreement. */
  together(a: string, b: string, rules: Pick<CorpusPluralRules, 'minLift'>): boolean {
    const pa = this.pagesOf(a);
    const pb = this.pagesOf(b);
    if (!pa.length || !pb.length) return false;
    const inB = new Set(pb);
    const both = pa.filter((p) => inB.has(p)).length;
    return both > 0 && both >= rules.minLift * ((pa.length * pb.length) / this.pages.length);
  }

  /**
   * Whether two stems' contexts agree: they stand on one page more often than chance puts them there (`minLift` ×),
   * or, on no page together, the words of middle frequency on their pages
   * (not on a twentieth of the pages, not on one) overlap by `minShared` and `minLift` × the overlap the
   * words' frequencies predict for pages chosen at random. At most PAGES_READ pages of each side are read.
   */
  agree(a: string, b: string, rules: Pick<CorpusPluralRules, 'minShared' | 'minLift'>): boolean {
    const pa = this.pagesOf(a);
    const pb = this.pagesOf(b);
    if (!pa.length || !pb.length) return false;
    const n = this.pages.length;
    const inB = new Set(pb);
    // Pages holding both, against the pages chance puts both on: two frequent words meet often (ثلاث، ثلاثة; مهم، مهمة).
    const together = pa.filter((p) => inB.has(p)).length;
    if (together) return together >= rules.minLift * ((pa.length * pb.length) / n);
    const maxDf = Math.max(3, n / 20);
    const words = (ps: readonly number[]) => {
      const out = new Set<number>();
      for (const p of ps.slice(0, PAGES_READ)) for (const id of this.pages[p]) {
        const df = this.postings[id].length;
        if (df >= 2 && df <= maxDf) out.add(id);
      }
      return out;
    };
    const wa = words(pa);
    const wb = words(pb);
    let shared = 0;
    let expected = 0;
    const nb = Math.min(pb.length, PAGES_READ);
    for (const id of wa) {
      if (wb.has(id)) shared++;
      // The chance that one of b's pages holds the word, its own pages aside.
      expected += 1 - Math.pow(1 - this.postings[id].length / n, nb);
    }
    return shared >= rules.minShared && shared >= rules.minLift * expected;
  }
}
const PAGES_READ = 40;

/**
 * A collective the rule reads: a noun (seen with the article), of three letters or more, not ending in a weak letter
 * or ه, and not of an adjective's or a participle's shape, whose ة form is its feminine (مبكر/مبكرة، محتمل، معلم —
 * م and four letters or more —, كبير/كبيرة فعيل, كاتب/كاتبة فاعل).
 */
const collectiveShape = (w: string): boolean => w.length >= 3 && !/[اويءهى]$/.test(w) && !(w.length >= 4 && w.startsWith('م')) && !(w.length === 4 && (w[2] === 'ي' || w[1] === 'ا'));

/**
 * The confirmed readings, by step: for each pair the templates (and the collective rule) write between two steps of
 * the vocabulary, both ways, when the corpus confirms it (above).
 */
export function confirmedPlurals(vocab: CorpusVocabulary, rules: CorpusPluralRules, ctx: KeyContext): Map<string, CorpusReading[]> {
  // The written أ is the page's to show (corpusReadings): the vocabulary holds normalised steps.
  const hamzaPlural = new Set(rules.templates.filter((p) => p.hamza).map((p) => normalizeArabic(p.plural)));
  const reader: PatternReader = { plurals: rules.templates.map((p) => ({ ...p, hamza: false, plural: normalizeArabic(p.plural), singulars: p.singulars.map((s) => normalizeArabic(s)) })), notPlurals: ctx.patterns?.notPlurals ?? new Set(), notMeasureII: new Set(), measureII: [], notMeasureIIForms: new Set() };
  const out = new Map<string, CorpusReading[]>();
  const stemOf = (w: string) => searchStem(w, ctx.known);
  // A word the curated data names — a family's form, a listed singular, a name, a function word, a listed trap — is
  // never joined: the data decides, maybe in another sense. Tried: letting one family word in (رمح of رمح/رماح beside
  // أرماح) joined 20 more pairs on the fixture and seed text, most wrong (سلم/سلام، ثور/ثورة، حرف/حرفة، تجار/تجارة).
  const data = (w: string) => ctx.families.has(w) || ctx.known.has(w) || !!ctx.patterns?.notPlurals.has(w) || !!ctx.patterns?.singularPlurals?.has(w) || !!ctx.unmarked?.has(w) || !!ctx.ownPlurals?.has(w);
  const add = (from: string, reading: CorpusReading) => {
    const list = out.get(from) ?? [];
    if (!list.some((r) => r.word === reading.word)) list.push(reading);
    out.set(from, list);
  };
  const confirmed = (a: string, b: string): boolean => {
    const [sa, sb] = [stemOf(a), stemOf(b)];
    if (sa === sb || [a, b, sa, sb].some(data)) return false;
    const [da, db] = [vocab.df(sa), vocab.df(sb)];
    if (!da || !db || Math.max(da, db) > rules.ratio * Math.min(da, db) + rules.slack) return false;
    return vocab.agree(sa, sb, rules);
  };
  // Sorted: the map's order (and so the indexer's reuse key) does not depend on the pages' order.
  for (const step of [...vocab.steps].sort()) {
    for (const p of reader.plurals) {
      for (const singular of pluralReadings(step, { ...reader, plurals: [p] })) {
        if (!vocab.steps.has(singular) || (singular.endsWith('ه') && !vocab.writtenTa.has(singular))) continue;
        // One of the two is seen with the article (a noun's): a step the clitic rule left of another word is not
        // («لاعبات» → اعبات, read as أفعال of عبت).
        if (!vocab.withArticle.has(step) && !vocab.withArticle.has(singular)) continue;
        if (!confirmed(step, singular)) continue;
        add(step, { word: singular, ...(hamzaPlural.has(p.plural) ? { hamza: true as const } : {}) });
        add(singular, { word: step, noun: true, ...(singular.endsWith('ه') ? { ta: true as const } : {}) });
      }
    }
    // The collective and its unit noun: نخل ↔ نخلة, the unit written with ة somewhere in the corpus.
    const unit = `${step}ه`;
    if (rules.collective && collectiveShape(step) && vocab.withArticle.has(step) && vocab.writtenTa.has(unit) && confirmed(step, unit)) {
      add(step, { word: unit, noun: true });
      add(unit, { word: step, ta: true });
    }
  }
  // Then the readings of one side (twenty-seventh pass): each word's confirmed readings stay first.
  if (rules.oneSided) addOneSidedPlurals(vocab, rules.oneSided, reader, hamzaPlural, { data, stemOf, collectiveShape }, add);
  return out;
}

/**
 * The confirmed readings of a page word (its steps: stems.ts stemSteps), the gates of its spelling tested: the
 * written أ of أفعال and أفعلة, the written ة of a unit noun, a noun's place for a reading to the plural or the unit
 * (`nounAt`). Each is a word to key (its search stem).
 */
export function corpusReadings(steps: readonly string[], surface: string, map: ReadonlyMap<string, CorpusReading[]>, nounAt: (step: string) => boolean = () => true): string[] {
  const bare = surface.replace(/[\u064B-\u065F\u0670\u0640]/g, '');
  const out: string[] = [];
  for (const step of steps.filter((w, i) => i === steps.length - 1 || !w.startsWith('ال'))) {
    for (const r of map.get(step) ?? []) {
      if (r.hamza && !/^(?:[وف]?(?:[بك]?ال|لل|[بكل])?)أ/.test(bare)) continue;
      if (r.ta && !bare.endsWith('ة')) continue;
      if (r.noun && !nounAt(step)) continue;
      // A verb form never ends in ة: «سورة» is no «سوّره» (twenty-eighth pass).
      if (r.verb && (nounAt(step) || bare.endsWith('ة'))) continue;
      if (!out.includes(r.word)) out.push(r.word);
    }
  }
  return out;
}
