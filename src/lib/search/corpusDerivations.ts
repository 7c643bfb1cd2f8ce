// Verbal nouns and the verbs a reader types, joined where the corpus confirms them (issue 15, twenty-seventh pass,
// session 35). The measures II–X have regular verbal nouns (فعّل ↔ تفعيل، أفعل ↔ إفعال، فاعل ↔ مفاعلة، تفعّل ↔ تفعُّل،
// تفاعل ↔ تفاعُل، انفعل ↔ انفعال، افتعل ↔ افتعال، استفعل ↔ استفعال), but wordPatterns.ts reads a verb by pattern only for
// sound roots and measures whose shape is no other word's, and a weak root (تسوّس، هوّى، قايض، سايَر), measure II's
// verbs (خدّروا) or a feminine plural (يصفّفن) are read by no list. Here the corpus decides, as corpusPlurals.ts does
// for broken plurals: a step of the vocabulary that is a verbal noun by its measure's template is joined to each of
// its verb's forms the vocabulary also holds (the past and present with their persons, the feminine plural, an object
// pronoun), when neither is a word of the curated data, the verb form is never seen with the article (a noun's), the
// two are not far apart in frequency, and their contexts agree (CorpusVocabulary.agree). Read both ways at the low
// weight (indexKeys.ts, through the corpus readings' map): «خدروا» typed finds the page of «التخدير», and the other way.
import { verbForms, type Measure } from './derivedForms';
import type { KeyContext } from './keyContext';
import type { CorpusPluralRules, CorpusReading, CorpusVocabulary } from './corpusPlurals';
import { searchStem } from './stems';
import { measureOneForms, measureOneNoun } from './measureOneDerivations';

/** A verbal noun's template by measure (normalised: ة → ه, أ/إ → ا): the root's letters in the groups. */
export const VERBAL_NOUN_TEMPLATES: Array<{ measure: Measure; re: RegExp }> = [
  { measure: 'II', re: /^ت(.)(.)ي(.)$/ },
  { measure: 'III', re: /^م(.)ا(.)(.)ه$/ },
  { measure: 'IV', re: /^ا(.)(.)ا(.)$/ },
  { measure: 'V', re: /^ت(.)(.)(.)$/ },
  { measure: 'VI', re: /^ت(.)ا(.)(.)$/ },
  { measure: 'VII', re: /^ان(.)(.)ا(.)$/ },
  { measure: 'VIII', re: /^ا(.)[تطد](.)ا(.)$/ },
  { measure: 'X', re: /^است(.)(.)ا(.)$/ },
];

/**
 * The verb forms a verbal noun's measure writes, past and present, as a reader types them: each person of
 * derivedForms.verbForms (the bare past of II, three letters, left out: خدر، قبل، مول are nouns and measure I too),
 * the feminine plural (صففن، يصففن) and the object pronouns «him», «her», «them» after «they» (its alif dropped: خدروه) and «he».
 */
export function verbFormsOfNoun(noun: string): string[] {
  const out = new Set<string>();
  for (const { measure, re } of VERBAL_NOUN_TEMPLATES) {
    const m = re.exec(noun);
    if (!m) continue;
    const root = m.slice(1, 4).join('');
    const forms = verbForms(root, measure);
    if (forms[0].form !== noun) continue; // an assimilated ت of VIII written otherwise (اصطدام، not اصتدام)
    const past = forms.find((f) => f.kind === 'past')!.form;
    const present = forms.find((f) => f.kind === 'presentHe')!.form.slice(1);
    for (const f of forms) if (f.kind !== 'noun' && f.kind !== 'nounPlural' && !(measure === 'II' && f.kind === 'past')) out.add(f.form);
    out.add(past + 'ن').add('ي' + present + 'ن').add('ت' + present + 'ن');
    for (const o of ['ه', 'ها', 'هم']) out.add(past + 'و' + o).add(past + o).add('ي' + present + 'ون' + o).add('ي' + present + o);
  }
  // A weak last letter in II (هوّى ↔ تهوية، غطّى ↔ تغطية): the noun تفعلة, the verb's last letter ى/ي, «they» without it.
  const weak = /^ت(.)(.)يه$/.exec(noun);
  if (weak) {
    const [a, b] = [weak[1], weak[2]];
    for (const f of [`${a}${b}يت`, `${a}${b}وا`, `ي${a}${b}ي`, `ت${a}${b}ي`, `ي${a}${b}ون`, `ي${a}${b}ونها`, `${a}${b}وها`]) out.add(f);
  }
  out.delete(noun);
  return [...out];
}

/** A word of the curated data (a family's form, a name, a listed singular or plural, a function word): the data decides. */
export function curatedWord(w: string, ctx: KeyContext): boolean {
  return curatedForm(w, ctx) || ctx.conceptPhrases.has(w);
}

/** A word of the curated data but a concept's or a topic's (measureOneDerivations.ts reads those). */
function curatedForm(w: string, ctx: KeyContext): boolean {
  return notPluralWord(w, ctx) || !!ctx.patterns?.notPlurals.has(w);
}

/**
 * A word whose forms the curated data writes (a family, a name, a listed singular or plural, a function word) — not
 * `notPlurals`, which lists فعول verbal nouns (عبور، سقوط) as no plurals: a measure I noun's evidence, not against it.
 */
export function notPluralWord(w: string, ctx: KeyContext): boolean {
  return ctx.families.has(w) || ctx.known.has(w) || !!ctx.patterns?.singularPlurals?.has(w) || !!ctx.unmarked?.has(w) || !!ctx.ownPlurals?.has(w);
}

/** The measures and roots a verbal noun's templates read (the noun written as its measure's first form). */
export function nounRoots(noun: string): Array<{ measure: Measure; root: string }> {
  const out: Array<{ measure: Measure; root: string }> = [];
  for (const { measure, re } of VERBAL_NOUN_TEMPLATES) {
    const m = re.exec(noun);
    if (!m) continue;
    const root = m.slice(1, 4).join('');
    if (verbForms(root, measure)[0].form === noun) out.push({ measure, root });
  }
  return out;
}

/** Whether `form` is `word` (less a final ه) with an object pronoun. */
const ownWithPronoun = (word: string, form: string): boolean => [word, word.replace(/ه$/, '')].some((w) => form.length > w.length && form.startsWith(w) && /^(?:ه|ها|هم|هما)$/.test(form.slice(w.length)));

/** A verb form with an object pronoun or of two (خدروه، قدما): also a noun with «his», «their», or a dual (دورهم، قدما). */
const marked = (form: string, noun: string): boolean => /(?:وه|ها|هم)$/.test(form) || (/ه$/.test(form) && !noun.endsWith('ه')) || (/[^ي]ا$/.test(form) && !/^[يت]/.test(form));

/**
 * What the corpus says against reading the noun by its template (twenty-eighth pass, session 36) — evidence, no list:
 * - `plural`: a IV noun إفعال whose root's bare noun the corpus writes with the article is that noun's plural أفعال
 *   (أجداد of الجد، أدوار of الدور، أسلاك of السلك), not a verbal noun;
 * - `measureOne`: a II noun whose root the corpus also writes as measure I's participles (فاعل، مفعول: حامل، محمول،
 *   دارس، مدروس) shares its verb's unvocalised forms with measure I (حملوا، يدرسون): its pairs need the two forms
 *   on one page (the contexts agree), not only pages of like words.
 */
function templateEvidence(noun: string, vocab: CorpusVocabulary): { plural: boolean; measureOne: boolean } {
  let plural = false;
  let measureOne = false;
  for (const { measure, root } of nounRoots(noun)) {
    const [a, b, c] = root;
    const articled = (w: string) => vocab.withArticle.has(w) || vocab.steps.has(`ال${w}`);
    if (measure === 'IV' && (articled(root) || (b === c && articled(a + b)))) plural = true;
    if (measure === 'II' && (vocab.steps.has(`${a}ا${b}${c}`) || vocab.steps.has(`م${a}${b}و${c}`))) measureOne = true;
  }
  return { plural, measureOne };
}

/**
 * The confirmed derivations, by step: a verbal noun → the verb forms the corpus holds, and each form → the noun. The
 * frequency and context tests are corpusPlurals' (`ratio`, `slack`, `minShared`, `minLift` of
 * content/search-corpus-plurals.yaml): one corpus, one measure of «the same word». With `guards` (the data's
 * `derivationGuards`), templateEvidence's refusals, and a form with a pronoun or of two no more frequent than its noun
 * (the template predicts it rarer: a form that is more often seen is mostly a noun with «his», «their»).
 */
export function confirmedDerivations(vocab: CorpusVocabulary, rules: Pick<CorpusPluralRules, 'ratio' | 'slack' | 'minShared' | 'minLift' | 'derivationGuards' | 'measureOne'>, ctx: KeyContext): Map<string, CorpusReading[]> {
  const out = new Map<string, CorpusReading[]>();
  const stemOf = (w: string) => searchStem(w, ctx.known);
  const add = (from: string, reading: CorpusReading) => {
    const list = out.get(from) ?? [];
    if (!list.some((r) => r.word === reading.word)) list.push(reading);
    out.set(from, list);
  };
  const guards = rules.derivationGuards === true;
  const measureOne = rules.measureOne === true;
  for (const noun of [...vocab.steps].sort()) {
    // Measure I (thirty-ninth pass, measureOneDerivations.ts): a three-letter فعل or a فعول, when the corpus reads it so.
    // Its words are often a topic's or a concept's (منع، حظر، قصف), and a فعول one is listed as no plural (عبور): those
    // lists name words, not their forms, so only a family, a name or a plural list decides for it (notPluralWord).
    const one = measureOne && measureOneNoun(noun, vocab) ? measureOneForms(noun) : [];
    const curated = one.length ? (w: string) => notPluralWord(w, ctx) : (w: string) => curatedWord(w, ctx);
    if ((noun.length < 4 && !one.length) || curated(noun) || curated(stemOf(noun))) continue;
    const forms = [...(noun.length < 4 ? [] : verbFormsOfNoun(noun)), ...one].filter((v) => vocab.steps.has(v) && !vocab.withArticle.has(v));
    if (!forms.length) continue;
    const evidence = guards ? templateEvidence(noun, vocab) : { plural: false, measureOne: false };
    if (evidence.plural) continue;
    const sn = stemOf(noun);
    const dn = vocab.df(sn);
    for (const v of forms) {
      const sv = stemOf(v);
      if (sv === sn || curated(v) || curated(sv)) continue;
      // The «noun» with a pronoun is that word itself (تربط ↔ تربطه، تركه ↔ تركها: a present verb read as V's noun):
      // a reading that adds only length to the page, which ranks it lower (dev's «الإماراتية», twenty-eighth pass).
      if (guards && ownWithPronoun(noun, v)) continue;
      const dv = vocab.df(sv);
      // One verb form is rarer than its noun: the form must not be far more frequent than the noun (then it is
      // mostly another word: «تعين» «it is necessary» beside «تعيين»).
      if (!dv || !dn || dv > rules.ratio * dn + rules.slack) continue;
      if (guards && marked(v, noun) && dv > dn) continue;
      if (guards && evidence.measureOne ? !vocab.together(sn, sv, rules) : !vocab.agree(sn, sv, rules)) continue;
      add(noun, { word: v });
      add(v, { word: noun, verb: true });
    }
  }
  return out;
}

/** Two maps of confirmed readings as one (the index reads one map: indexKeys.ts, pageDigests). */
export function mergeReadings(...maps: Array<ReadonlyMap<string, CorpusReading[]> | undefined>): Map<string, CorpusReading[]> {
  const out = new Map<string, CorpusReading[]>();
  for (const map of maps) for (const [from, readings] of map ?? []) {
    const list = out.get(from) ?? [];
    for (const r of readings) if (!list.some((x) => x.word === r.word)) list.push(r);
    out.set(from, list);
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
