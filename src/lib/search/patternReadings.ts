// Broken plurals and measure II read by pattern (issue 15, session 20), for the page words no
// family of the data holds: «أرصفة» is also «رصيف», «قراصنة» «قرصان», «مصابيح» «مصباح» (the plural
// patterns of content/search-patterns.yaml), and «فرغت»، «ستسيل» are also «تفريغ»، «تسييل» (measure
// II, whose forms derivedForms.ts writes). Index side only, at the low weight of the suffix readings:
// a reading is a guess the letters allow, so the page is found by the other word but ranks after
// every page that writes that word itself. Guards: the data decides first (a family's word, an actor
// name), root letters must be sound, and the traps are data
// (content/search-patterns.yaml `notPlurals`, `notMeasureII`).
import { normalizeArabic } from '../arabic/normalize';
import { verbForms, type FormKind } from './derivedForms';
import { nisbaReader, type NisbaReader, type NisbaRules } from './nisbaReadings';
import type { CorpusPluralRules } from './corpusPlurals';

/** One broken-plural pattern of content/search-patterns.yaml: digits 1–4 stand for the root's letters. */
export interface PluralPattern {
  plural: string;
  singulars: string[];
  /** Root letters the first place may not hold (م: مفاعلة is measure III's verbal noun). */
  notFirst?: string;
  /** The page must write the word's first letter أ (أفعال, not measure IV's إفعال). */
  hamza?: boolean;
  /** Root letters the last place may not hold (ت before the pattern's ه: «أسرته» is أسرة + a pronoun). */
  notLast?: string;
  /** The page must write the article (القباب، الحصص: a verb never takes it — شدد، حدد). */
  article?: boolean;
  /**
   * The words around must say a plural of things (pluralOfThings): a feminine adjective after it (التحف
   * الخشبية، فروع جديدة), the relative التي after it or هذه/تلك before it.
   */
  agrees?: boolean;
  /** Only the relative التي after it or هذه/تلك before it, with the article (الحبال التي، هذه الجبال): a pattern whose shape a singular noun shares too often for an adjective to tell. */
  relative?: boolean;
  /** Root places that may hold ه (رهبان ← راهب: a middle ه is no ة and no pronoun). */
  hPlaces?: string;
  /** Root places that hold و or ي (أجولة ← جوال، أحواض ← حوض: a hollow root's middle letter, a consonant in the plural); the sound root is left to the sound pattern. */
  weakPlaces?: string;
  /** Weak letters (ا و ي ء) a root place may hold, by place, the sound root read too (زوايا ← زاوية: `{ '2': و }`). */
  allow?: Record<string, string>;
  /** The page must write the word's first letter آ (آفاق ← أفق). */
  madda?: boolean;
  /** The page must write the word's last letter ى (قتلى ← قتيل). */
  maqsura?: boolean;
  /** Not read where an agreeing adjective stands: the article on the word and on the word before (المواقع الأثرية). */
  noun?: boolean;
  /** Also read backwards: a singular in a noun's place carries this pattern's plural (pluralsOfSingular). */
  reverse?: boolean;
  /** Read on a family's form too (familyPluralReadings): its gate of context tells the plural of things from the family's sense. */
  overFamily?: boolean;
}

/** content/search-patterns.yaml as the indexer reads it. */
export interface SearchPatterns {
  plurals: PluralPattern[];
  notPlurals?: string[];
  notMeasureII?: string[];
  /** Measure II forms read beyond the past with an ending (digits 1 2 3): the bare present, the participle. */
  measureIIForms?: string[];
  /** Verbal nouns never read from those forms (مركز → تركيز، مشكلة → تشكيل: a noun of place, measure I's present). */
  notMeasureIIForms?: string[];
  /** Verbal nouns never joined to a participle's plural either way (تسليم ≠ المسلمين: participlePlurals.ts). */
  notParticipleNouns?: string[];
  /** Singulars of content/search-plurals.yaml with the plurals a query asks for by their own key (twentieth pass). */
  singularPlurals?: Array<[string, string[]]>;
  /** Prepositions after which a word is a noun (content/search-plurals.yaml `nounAfter`). */
  nounAfter?: string[];
  /** A one-way region's first nisba form with its names (content/search-regions.yaml `oneWay`). */
  nisbaPlaces?: Array<[string, string[]]>;
  /** [plural, singular] readings never given (أعداء → عديد), the plural's others kept (twenty-first pass). */
  notReadings?: Array<[string, string]>;
  /** Verb forms of a weak root read as their verbal noun (انهارت → انهيار، استقال → استقالة; twenty-first pass). */
  verbNouns?: VerbNounPattern[];
  /** Measure II forms read only when the page writes the shadda on the middle root letter (غلّف، يبلّط; twenty-second pass). */
  measureIIShadda?: string[];
  /** The nisba rules (content/search-nisbas.yaml, nisbaReadings.ts; twenty-second pass). */
  nisbas?: NisbaRules;
  /** The templates joined where the corpus confirms a pair (content/search-corpus-plurals.yaml, corpusPlurals.ts; twenty-sixth pass). */
  corpusPlurals?: CorpusPluralRules;
  /** Family forms that name another thing too, with that sense's words (indexKeys.ts otherSense; thirty-third pass). */
  homographs?: Array<{ forms: string[]; beside: string[] }>;
  /** Towns whose name of several words holds a common word (content/search-place-names.yaml, placeNames.ts; thirty-fifth pass). */
  placeNames?: string[];
  /** News words whose other sense their neighbours give away (content/search-word-senses.yaml, wordSenses.ts; thirty-eighth pass). */
  wordSenses?: Array<{ forms: string[]; beside: string[] }>;
}

/** A verb form of a weak root and its verbal noun, digits for the sound root letters (content/search-patterns.yaml). */
export interface VerbNounPattern {
  form: string;
  noun: string;
  /** The page writes the first letter bare ا, the hamzat al-wasl (انهارت; «أنهار» is «rivers»). */
  wasl?: boolean;
  /** The page writes the first letter أ (measure IV: أعادت), after و/ف only: a verb takes no article (الأقصى). */
  hamza?: boolean;
  /** The page writes the last letter ى (أرسى; «أرسي» is «I anchor» or a noun with «my»). */
  maqsura?: boolean;
}

/** The patterns ready to read words with (normalised traps). */
export interface PatternReader {
  plurals: PluralPattern[];
  notPlurals: ReadonlySet<string>;
  notMeasureII: ReadonlySet<string>;
  /** The measure II templates read: the verb's own (II_TEMPLATES) and the data's `measureIIForms`. */
  measureII: ReadonlyArray<{ form: string; past: boolean; extra?: boolean }>;
  notMeasureIIForms: ReadonlySet<string>;
  notParticipleNouns?: ReadonlySet<string>;
  /** Normalised singular → its own-key plurals (normalised): the keys a singular in a noun's place carries. */
  singularPlurals?: ReadonlyMap<string, string[]>;
  nounAfter?: ReadonlySet<string>;
  /** Normalised first nisba form of a one-way region → its names (normalised, without the article). */
  nisbaPlaces?: ReadonlyMap<string, string[]>;
  /** Normalised «plural singular» readings never given. */
  notReadings?: ReadonlySet<string>;
  verbNouns?: VerbNounPattern[];
  measureIIShadda?: ReadonlyArray<{ form: string; past: boolean }>;
  nisbas?: NisbaReader;
  /** Normalised family form of a homograph → the normalised words of its other sense (search-patterns.yaml `homographs`). */
  homographs?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Each place name's words, normalised (search-place-names.yaml): keyed at the low weight on a page (placeNames.ts). */
  placeNames?: ReadonlyArray<readonly string[]>;
  /** Normalised form (less the article) → its other sense's company (search-word-senses.yaml): low weight beside it (wordSenses.ts). */
  wordSenses?: ReadonlyMap<string, ReadonlySet<string>>;
}

export function patternReader(data: SearchPatterns): PatternReader {
  const norm = (ws: string[] | undefined) => new Set((ws ?? []).map((w) => normalizeArabic(w.trim())));
  const more = (data.measureIIForms ?? []).map((f) => ({ form: normalizeArabic(f), past: false, extra: true }));
  return { plurals: data.plurals.map((p) => ({ ...p, plural: normalizeArabic(p.plural), singulars: p.singulars.map((s) => normalizeArabic(s)) })), notPlurals: norm(data.notPlurals), notMeasureII: norm(data.notMeasureII), measureII: [...II_TEMPLATES, ...more], notMeasureIIForms: norm(data.notMeasureIIForms), notParticipleNouns: norm(data.notParticipleNouns), singularPlurals: new Map((data.singularPlurals ?? []).map(([s, ps]) => [normalizeArabic(s), ps.map((p) => normalizeArabic(p))])), nounAfter: norm(data.nounAfter), nisbaPlaces: new Map((data.nisbaPlaces ?? []).map(([f, ns]) => [normalizeArabic(f), ns.map((n) => normalizeArabic(n).replace(/^ال/, ''))])), notReadings: new Set((data.notReadings ?? []).map(([p, s]) => `${normalizeArabic(p)} ${normalizeArabic(s)}`)), verbNouns: (data.verbNouns ?? []).map((v) => ({ ...v, form: normalizeArabic(v.form), noun: normalizeArabic(v.noun) })), measureIIShadda: (data.measureIIShadda ?? []).map((f) => ({ form: normalizeArabic(f), past: false })), ...(data.nisbas ? { nisbas: nisbaReader(data.nisbas) } : {}), ...(data.homographs?.length ? { homographs: homographReader(data.homographs) } : {}), ...(data.placeNames?.length ? { placeNames: data.placeNames.map((n) => n.split(' ').map((w) => normalizeArabic(w))) } : {}), ...(data.wordSenses?.length ? { wordSenses: homographReader(data.wordSenses) } : {}) };
}

/** Each homograph form (normalised, less the article) → its other sense's words (normalised, less the article). */
function homographReader(data: ReadonlyArray<{ forms: string[]; beside: string[] }>): Map<string, Set<string>> {
  const bare = (w: string) => normalizeArabic(w.trim()).replace(/^ال(?=..)/, '');
  const out = new Map<string, Set<string>>();
  for (const h of data) for (const f of h.forms) out.set(bare(f), new Set([...(out.get(bare(f)) ?? []), ...h.beside.map(bare)]));
  return out;
}

const WEAK = new Set(['ا', 'و', 'ي', 'ء']);
/**
 * No root letter of a plural: the weak letters, and ه (every ة is ه once normalised, and a pronoun ends in
 * it) unless the pattern's `hPlaces` allows it; و and ي where its `weakPlaces` allows them.
 */
const NOT_PLURAL_ROOT = new Set([...WEAK, 'ه']);
const allowed = (p: PluralPattern, place: string, letter: string): boolean =>
  !NOT_PLURAL_ROOT.has(letter) || (letter === 'ه' && !!p.hPlaces?.includes(place)) || ((letter === 'و' || letter === 'ي') && !!p.weakPlaces?.includes(place)) || !!p.allow?.[place]?.includes(letter);
const isSlot = (c: string) => c >= '1' && c <= '4';

/** The root letters a word has in a template's digit places (the same digit: the same letter), or null. */
export function rootOf(word: string, template: string): Map<string, string> | null {
  if (word.length !== template.length) return null;
  const root = new Map<string, string>();
  for (let i = 0; i < word.length; i++) {
    const t = template[i];
    if (!isSlot(t)) {
      if (word[i] !== t) return null;
    } else if (!root.has(t)) root.set(t, word[i]);
    else if (root.get(t) !== word[i]) return null;
  }
  return root;
}

/** A template with its digits replaced by the root's letters. */
export const fill = (template: string, root: ReadonlyMap<string, string>): string => [...template].map((c) => (isSlot(c) ? (root.get(c) ?? c) : c)).join('');

// «أ» written first, after the clitics and the article as written (والأطفال، بأسلاك، لأقفال).
const HAMZA_FIRST = /^(?:[وف]?(?:[بك]?ال|لل|[بكل])?)أ/;
const MADDA_FIRST = /^(?:[وف]?(?:[بك]?ال|لل|[بكل])?)آ/;
// A verb's first letter after و/ف and the future's س, or the present's letter: bare ا (the hamzat al-wasl of VII, VIII, X).
const WASL_FIRST = /^[وف]?ا/;
/** The article as written, after و/ف and ب/ك (والقباب، بالحصص) or as لل. */
const ARTICLE = /^[وف]?(?:[بك]?ال|لل)../;

/**
 * The next word agrees with a definite plural of things: both carry the article and the next is feminine
 * (ة, normalised ه): «التحف الخشبية». Without the article two such words are mostly a construct (بعد
 * جلسة، عدد مرة، تحت رعاية), and a definite noun never heads one.
 */
function agreesFeminine(surface: string, next: string | undefined): boolean {
  if (!next || next.length < 5 || !next.endsWith('ه')) return false;
  return ARTICLE.test(normalizeArabic(surface.replace(MARKS, ''))) && ARTICLE.test(next);
}

// Seventeenth pass (session 25): a plural of things takes the feminine relative and demonstratives, where a
// verbal noun or a masculine singular of the same shape takes الذي، هذا (الجذور التي، هذه الظروف; الدخول الذي).
const FEMININE_RELATIVE = /^[وف]?التي$/;
const FEMININE_DEMONSTRATIVE = /^[وف]?[بلك]?(?:هذه|تلك)$/;

/**
 * The relative التي after a word with the article, or هذه/تلك before it (الحبال التي، بهذه الجبال). Not
 * after a noun without the article: the word is then its construct's second term, and التي is the head's
 * («رسوم العبور التي»). A word before of three letters or fewer is a particle or a verb (في، من، جفت), one
 * ending in ت or opening in ي a verb mostly (انهارت، يبيع).
 */
function feminineReference(surface: string, next: string | undefined, prev: string | undefined): boolean {
  if (!ARTICLE.test(normalizeArabic(surface.replace(MARKS, '')))) return false;
  if (prev && FEMININE_DEMONSTRATIVE.test(prev)) return true;
  return !!next && FEMININE_RELATIVE.test(next) && (!prev || prev.length <= 3 || ARTICLE.test(prev) || /^[وف]?ي|ت$/.test(prev));
}

/**
 * An indefinite adjective in the feminine after a word without the article (فروع جديدة، ظروف اقتصادية): a
 * nisba in ية or فعيلة (جديدة، كبيرة، عديدة). A noun after it is mostly a construct's (بعد جلسة، تحت رعاية):
 * those shapes are an adjective's far more often than a noun's.
 */
function indefiniteAdjective(surface: string, next: string | undefined): boolean {
  if (!next || ARTICLE.test(normalizeArabic(surface.replace(MARKS, ''))) || /^[وفبكل]?ال/.test(next)) return false;
  return (next.length >= 5 && next.endsWith('يه')) || (next.length === 5 && next[2] === 'ي' && next.endsWith('ه'));
}

/**
 * The words around say a plural of things (PluralPattern `agrees`). The indefinite adjective only after a
 * word of four letters or more: a three-letter word without the article is as often a verb or a particle
 * (بحث، تحت، عبر) before a nisba.
 */
function pluralOfThings(word: string, surface: string, next: string | undefined, prev: string | undefined): boolean {
  return agreesFeminine(surface, next) || feminineReference(surface, next, prev) || (word.length >= 4 && indefiniteAdjective(surface, next));
}
const MARKS = /[\u064B-\u065F\u0670\u0640]/g;

/**
 * The word's last letter is a ه the page wrote, not a ة (eighteenth pass, session 26): a plural pattern's
 * final ه is its ة, and a page that writes ه there wrote a pronoun on a verb (أبرمه، أعلنه «announced it»،
 * تتابعه، لصالحه). A suffix reading (أسلحته → أسلحة) keeps the ة's place as ت, so the page's letters do not
 * end in the word there. `bare`: the surface without marks.
 */
const writtenH = (bare: string, word: string): boolean => bare.endsWith('ه') && normalizeArabic(bare).endsWith(word);

/**
 * The singulars a word stands for by a plural pattern (أرصفه → رصاف، رصيف، رصوف), or none. `word`
 * is normalised, without clitics; `surface` is the word as the page writes it (for `hamza`, and for the ة a pattern ends in: writtenH); without it neither is tested.
 */
export function pluralReadings(word: string, reader: PatternReader, surface?: string, next?: string, prev?: string): string[] {
  if (reader.notPlurals.has(word)) return [];
  const page = surface ?? word;
  const bare = page.replace(MARKS, '');
  const pronounH = surface !== undefined && writtenH(bare, word);
  const out: string[] = [];
  for (const p of reader.plurals) {
    const root = rootOf(word, p.plural);
    if (!root || [...root].some(([d, l]) => !allowed(p, d, l))) continue;
    // A hollow pattern reads only a weak letter there: the sound root is the sound pattern's.
    if (p.weakPlaces && ![...p.weakPlaces].some((d) => root.get(d) === 'و' || root.get(d) === 'ي')) continue;
    if (p.notFirst && p.notFirst.includes(root.get('1') ?? '')) continue;
    const last = [...p.plural].filter(isSlot).at(-1)!;
    if (p.notLast && p.notLast.includes(root.get(last) ?? '')) continue;
    if (pronounH && p.plural.endsWith('ه')) continue;
    if (p.hamza && !HAMZA_FIRST.test(bare)) continue;
    if (p.madda && !MADDA_FIRST.test(bare)) continue;
    if (p.maqsura && !bare.endsWith('ى')) continue;
    if (p.noun && prev && ARTICLE.test(normalizeArabic(bare)) && ARTICLE.test(normalizeArabic(prev))) continue;
    if (p.article && !ARTICLE.test(normalizeArabic(bare))) continue;
    if (p.agrees && !pluralOfThings(word, page, next, prev)) continue;
    if (p.relative && !feminineReference(page, next, prev)) continue;
    for (const s of p.singulars) {
      const singular = fill(s, root);
      if (singular !== word && !out.includes(singular) && !reader.notReadings?.has(`${word} ${singular}`)) out.push(singular);
    }
  }
  return out;
}

/**
 * The singulars a word of a family stands for by the patterns marked `overFamily` (thirty-fifth pass): «الأسقف» is the
 * bishop's family, and «الأسقف الخشبية» the plural of «سقف» — the pattern's gate (the article and an agreeing feminine
 * adjective) is the evidence the family's sense lacks. `word`: the search stem, normalised.
 */
export function familyPluralReadings(word: string, reader: PatternReader, surface: string, next?: string, prev?: string): string[] {
  let plurals = OVER_FAMILY.get(reader);
  if (!plurals) OVER_FAMILY.set(reader, (plurals = reader.plurals.filter((p) => p.overFamily)));
  return plurals.length ? pluralReadings(word, { ...reader, plurals }, surface, next, prev) : [];
}
const OVER_FAMILY = new WeakMap<PatternReader, PluralPattern[]>();

/**
 * The plurals a singular stands for by the patterns marked `reverse` (twenty-first pass): «السوق» → أسواق، «قضية» →
 * قضايا، «مسألة» → مسائل. Each plural must read back to the word by its own pattern — the same root guards, and the
 * traps (`notPlurals`, `notReadings`) decide first — so a plural query finds a page that writes only the singular,
 * at the low weight. The caller keeps it to a noun's place (indexKeys.ts nounPlace): «قال» the verb is no «أقوال».
 * The page gates (hamza, article, the words around) are the plural's and cannot be tested on a singular: a pattern
 * that needs one is not marked `reverse`.
 */
export function pluralsOfSingular(word: string, reader: PatternReader): string[] {
  let memo = REVERSE_MEMO.get(reader);
  if (!memo) REVERSE_MEMO.set(reader, (memo = new Map()));
  const known = memo.get(word);
  if (known) return known;
  const out: string[] = [];
  for (const p of reader.plurals) {
    if (!p.reverse) continue;
    for (const s of p.singulars) {
      const root = rootOf(word, s);
      if (!root) continue;
      const plural = fill(p.plural, root);
      if (plural === word || out.includes(plural) || reader.notPlurals.has(plural) || reader.notReadings?.has(`${plural} ${word}`)) continue;
      if (pluralReadings(plural, { ...reader, plurals: [{ ...p, hamza: false, madda: false, maqsura: false, noun: false }] }).includes(word)) out.push(plural);
    }
  }
  memo.set(word, out);
  return out;
}
const REVERSE_MEMO = new WeakMap<PatternReader, Map<string, string[]>>();

/**
 * Measure II forms read: the past with an ending (فرّغت، فرّغوا، فرّغتا), the present of «they»
 * and the jussive (يفرّغون، يفرّغوا، يفرّغان) and the future (سيفرّغ، ستفرّغ، سنفرّغ، سيفرّغون). Not the
 * bare past or present (فرغ، يفرغ، تفرغ: measure I's, or V's noun تفرّغ), nor the dual past فعلا (a
 * noun with the tanween alif).
 */
const II_KINDS: ReadonlySet<FormKind> = new Set<FormKind>(['pastShe', 'pastTheyTwo', 'pastThey', 'presentThey', 'presentTheyTwo', 'jussiveThey', 'future']);
const II_PAST: ReadonlySet<FormKind> = new Set<FormKind>(['pastShe', 'pastTheyTwo', 'pastThey']);
const II_TEMPLATES = verbForms('123', 'II').filter((f) => II_KINDS.has(f.kind)).map((f) => ({ form: f.form, past: II_PAST.has(f.kind) }));
const II_NOUN = verbForms('123', 'II')[0].form;

/**
 * The measure II verbal noun a verb form stands for (فرغت → تفريغ، سيّرت → تسيير، طهرت → تطهير),
 * or undefined. Root: the first letter not ا (measure IV's past أثبت، أقرت), ت (V of a weak root:
 * تلقوا، تخلت), ي or ء; the middle one not ا or ء; the last sound and not ه (a pronoun ends too many
 * words). A hollow root's middle و/ي is a consonant in II (سيّرت، نوّعت، صوّتت) but only its past says so:
 * its present and future are measure I's too (سيكون، يعودون، ستسيل «will flow»). A verbal noun listed in
 * `notMeasureII` is never given (عقدت «held» ≠ تعقيد «complication»).
 */
export function measureIIReading(word: string, reader: PatternReader, shadda = false): string | undefined {
  // A written shadda on the middle letter (غلّف، يبلّط، سيّج) says measure II where the bare form is measure I's too.
  for (const template of shadda && reader.measureIIShadda?.length ? [...(reader.measureII ?? II_TEMPLATES), ...reader.measureIIShadda.map((t) => ({ ...t, past: true }))] : (reader.measureII ?? II_TEMPLATES)) {
    const root = rootOf(word, template.form);
    if (!root) continue;
    const [a, b, c] = ['1', '2', '3'].map((d) => root.get(d)!);
    if ('اتيء'.includes(a) || b === 'ا' || b === 'ء' || WEAK.has(c) || c === 'ه') continue;
    // The participle (مفعّل) of a hollow root keeps its و/ي a consonant: ملون، مطور، مكون (measure I's
    // hollow participle مقول shares the shape; notMeasureIIForms lists what such a word is read as wrongly).
    if (!template.past && !template.form.startsWith('م') && (b === 'و' || b === 'ي')) continue;
    const noun = fill(II_NOUN, root);
    if ('extra' in template && template.extra && reader.notMeasureIIForms?.has(noun)) return undefined;
    return reader.notMeasureII.has(noun) ? undefined : noun;
  }
  return undefined;
}

/**
 * What a page word stands for by these patterns: the singulars of a broken plural and the measure II
 * verbal noun. `steps` are the word as the search stem sees it on the way to its stem (the article
 * and each clitic letter taken off in turn: «والفراعنة» → فراعنه → راعنه), since a root letter may
 * be one the clitic rule took (فرغت → رغت، لقحت → قحت): each step is read.
 */
export function patternReadings(steps: string[], reader: PatternReader, surface: string, next?: string, prev?: string): string[] {
  // Every word of every page passes here, some twice (their suffix readings too): the vocabulary
  // repeats, so each word is read once per reader (the surface matters only through its hamza).
  let memo = MEMO.get(reader);
  if (!memo) MEMO.set(reader, (memo = new Map()));
  const bare = surface.replace(MARKS, '');
  // The context enters the key by the three tests pluralOfThings combines (with the word, already in
  // the key, they decide it): each is run once per word on this hot path.
  const id = `${steps.join(' ')}|${steps.map((w) => (writtenH(bare, w) ? 1 : 0)).join('')}${HAMZA_FIRST.test(bare) ? 1 : 0}${agreesFeminine(surface, next) ? 1 : 0}${indefiniteAdjective(surface, next) ? 1 : 0}${feminineReference(surface, next, prev) ? 1 : 0}${ARTICLE.test(normalizeArabic(bare)) ? 1 : 0}${MADDA_FIRST.test(bare) ? 1 : 0}${WASL_FIRST.test(bare) ? 1 : 0}${bare.endsWith('ى') ? 1 : 0}${prev && ARTICLE.test(normalizeArabic(prev)) ? 1 : 0}${HAMZA_VERB.test(bare) ? 1 : 0}${shaddaMiddle(surface) ? 1 : 0}`;
  const known = memo.get(id);
  if (known) return known;
  const out = readSteps(steps, reader, surface, next, prev);
  memo.set(id, out);
  return out;
}

const MEMO = new WeakMap<PatternReader, Map<string, string[]>>();
/** A verb's first letter أ, after و/ف at most: a verb takes no article nor preposition (الأقصى، بأعلى are no verbs). */
const HAMZA_VERB = /^[وف]?أ/;
/** The word's last letter but one carries a written shadda (غلّف، يبلّط), its short vowels aside. */
const shaddaMiddle = (surface: string): boolean => /\u0651[^\u0651]$/.test(surface.replace(/[\u064B-\u0650\u0652-\u065F\u0670\u0640]/g, ''));

function readSteps(steps: string[], reader: PatternReader, surface: string, next?: string, prev?: string): string[] {
  const out: string[] = [];
  // A step that still has the article is not read when the article came off (الثقه is ال + ثقه, no أفعلة).
  for (const w of steps.filter((w, i) => i === steps.length - 1 || !w.startsWith('ال'))) {
    for (const r of pluralReadings(w, reader, surface, next, prev)) if (!out.includes(r)) out.push(r);
    const noun = measureIIReading(w, reader, shaddaMiddle(surface));
    if (noun && !out.includes(noun)) out.push(noun);
    for (const n of weakVerbNouns(w, reader, surface)) if (!out.includes(n)) out.push(n);
  }
  // A verb written أل (ألغى، ألقت، وألغوا) is no article: its step is read as a verb, though the article rule took it.
  if (/^[وف]?أل/.test(surface.replace(MARKS, ''))) for (const w of steps.filter((w) => /^ال/.test(w))) for (const n of weakVerbNouns(w, reader, surface)) if (!out.includes(n)) out.push(n);
  return out;
}

/**
 * The verbal noun of a weak root's verb form (content/search-patterns.yaml `verbNouns`): انهارت → انهيار، اختاروا →
 * اختيار، يستقيل → استقالة، أعادت → إعادة، ينتهي → انتهاء. Root letters sound (not ا و ي ء ه); the traps are the
 * `notPlurals` list's words, never read.
 */
function weakVerbNouns(word: string, reader: PatternReader, surface: string): string[] {
  if (!reader.verbNouns?.length || reader.notPlurals.has(word)) return [];
  const bare = surface.replace(MARKS, '');
  const out: string[] = [];
  for (const v of reader.verbNouns) {
    const root = rootOf(word, v.form);
    if (!root || [...root.values()].some((l) => NOT_PLURAL_ROOT.has(l))) continue;
    if (v.wasl && !WASL_FIRST.test(bare)) continue;
    if (v.hamza && !HAMZA_VERB.test(bare)) continue;
    if (v.maqsura && !bare.endsWith('ى')) continue;
    const noun = fill(v.noun, root);
    if (noun !== word && !out.includes(noun) && !reader.notReadings?.has(`${word} ${noun}`)) out.push(noun);
  }
  return out;
}
