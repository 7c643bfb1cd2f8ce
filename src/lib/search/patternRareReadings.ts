// Broken plurals and derivations read by pattern on the query side, the index deciding (issue 15, thirty-second pass,
// session 40). The plural lists (content/search-plurals.yaml) and the index's own pattern readings join a pair only
// where the data names it or the corpus writes both forms; a reader types the form no page writes («كثيب» over «الكثبان»,
// «أكاذيب» over «أكذوبة», «يحتكرون» over «احتكار»). Here every shape a template allows is a candidate — a wrong one is a
// word no page writes — and tiers.ts `withRareReadings` keeps a candidate only where, searched alone, it finds 1 to
// `queryForms.rare` pages (the thirty-first pass's gate: the index is the vocabulary; «سلام» read from «سلم» is on many
// pages and is dropped). The plural templates are data (content/search-corpus-plurals.yaml `queryPlurals`); the verb's
// forms come from derivedForms.ts, the one place a verb's forms are written.
import { verbForms, MEASURES, type Measure } from './derivedForms';
import { VERBAL_NOUN_TEMPLATES } from './corpusDerivations';

/** A broken-plural template as the data writes it: the digits 1–4 in the root's places, letters normalised. */
export interface QueryPluralTemplate {
  plural: string;
  singulars: string[];
}

/** At most this many pattern candidates of one word: each is one more search of a word alone. */
export const MAX_PATTERN_READINGS = 6;
/** Clitics before a typed noun or verb: the article after و/ف and ب/ك, or لل (as rareReadings.ts). */
const PROCLITICS = /^[وف]?(?:[بك]?ال|لل)/;
/** A root letter of a sound shape: a letter, not a long vowel or hamza seat the pattern itself writes. */
const ROOT = '([^اىة])';

interface Compiled {
  re: RegExp;
  /** The digits in the order of the regex's groups. */
  places: string[];
}

/** A template («12اء3») as a regex over a whole word, one group per root place, a repeated digit a back-reference. */
export function compileTemplate(template: string): Compiled {
  const places: string[] = [];
  let src = '';
  for (const ch of template) {
    if (/[1-4]/.test(ch)) {
      const seen = places.indexOf(ch);
      if (seen >= 0) src += `\\${seen + 1}`;
      else {
        places.push(ch);
        src += ROOT;
      }
    } else src += ch;
  }
  return { re: new RegExp(`^${src}$`), places };
}

/** The template filled with the root letters read by `compiled` (digit → letter). */
function fill(template: string, letters: Map<string, string>): string | null {
  let out = '';
  for (const ch of template) {
    if (/[1-4]/.test(ch)) {
      const l = letters.get(ch);
      if (!l) return null;
      out += l;
    } else out += ch;
  }
  return out;
}

const compiledCache = new WeakMap<readonly QueryPluralTemplate[], Array<{ t: QueryPluralTemplate; plural: Compiled; singulars: Compiled[] }>>();
function compiledOf(templates: readonly QueryPluralTemplate[]) {
  let c = compiledCache.get(templates);
  if (!c) compiledCache.set(templates, (c = templates.map((t) => ({ t, plural: compileTemplate(t.plural), singulars: t.singulars.map(compileTemplate) }))));
  return c;
}

/**
 * A typed noun read both ways by the templates: as a plural, to every singular its template gives; as a singular, to
 * the plural of every template one of whose singulars it fits — in the data's order (the commonest templates first).
 */
export function pluralCandidates(norm: string, templates: readonly QueryPluralTemplate[]): string[] {
  const bare = norm.replace(PROCLITICS, '');
  if (bare.length < 3) return [];
  const out: string[] = [];
  const add = (w: string | null) => {
    if (w && w !== bare && !out.includes(w)) out.push(w);
  };
  const letters = (c: Compiled, m: RegExpExecArray) => new Map(c.places.map((p, i) => [p, m[i + 1]]));
  for (const { t, plural, singulars } of compiledOf(templates)) {
    const m = plural.re.exec(bare);
    if (m) for (const s of t.singulars) add(fill(s, letters(plural, m)));
    singulars.forEach((c) => {
      const s = c.re.exec(bare);
      if (s) add(fill(t.plural, letters(c, s)));
    });
  }
  return out;
}

/** Measures whose verbal noun or verb keeps a و/ي in the root's middle as a consonant (زيّن، ساوم، تعاون، استجوب). */
const CONSONANTAL_MIDDLE = new Set<Measure>(['II', 'III', 'V', 'VI', 'X']);
/** A root the forms of verbForms write as they are (no long vowel; a middle و/ي only where `measure` keeps it). */
function writable(root: string, measure: Measure): boolean {
  const [a, b, c] = [...root];
  if (/[اى]/.test(root) || a === 'و' || a === 'ي' || /[وي]/.test(c)) return false;
  if (/[وي]/.test(b) && !CONSONANTAL_MIDDLE.has(measure)) return false;
  return b !== c;
}

/** A form with a hamza before an ending as pages seat it too (تلكء → تلكات، تلكؤوا is left to the normaliser). */
const seated = (form: string) => (form.includes('ء') ? [form, form.replace(/ء(?=[تنوا])/g, 'ا')] : [form]);

/** The verb forms of a noun's measure a page writes most: he, she, they, past and present. */
const VERB_KINDS = new Set(['past', 'pastShe', 'pastThey', 'presentHe', 'presentThey']);

/**
 * A typed verbal noun of III–X whose root queryForms.ts leaves out (a hamza, a consonantal middle و/ي: تلكؤ، مساومة،
 * تقاول) read to its verb's forms.
 */
export function verbsOfWeakNoun(bare: string): string[] {
  const out: string[] = [];
  for (const { measure, re } of VERBAL_NOUN_TEMPLATES) {
    const m = re.exec(bare);
    if (!m) continue;
    const root = m.slice(1, 4).join('');
    // II of a sound root is rareReadings.ts measureTwoReadings'; here only its hollow root (تزيين → زين، زينوا).
    if (measure === 'II' ? !/[وي]/.test(root[1]) : !/[ءوي]/.test(root)) continue;
    if (!writable(root, measure)) continue;
    const forms = verbForms(root, measure);
    if (forms[0].form !== bare) continue;
    for (const f of forms) if (VERB_KINDS.has(f.kind)) for (const s of seated(f.form)) if (!out.includes(s)) out.push(s);
  }
  return out;
}

/** The shapes of a verb's inflected forms and its participles, per measure III–X, as regexes over a root's letters. */
const VERB_SHAPES: Array<{ measure: Measure; re: RegExp; participle: boolean }> = (() => {
  const shapes: Array<{ measure: Measure; re: RegExp; participle: boolean }> = [];
  const kinds = new Set(['past', 'pastShe', 'pastThey', 'presentHe', 'presentShe', 'presentThey', 'jussiveThey', 'future']);
  for (const measure of MEASURES) {
    if (measure === 'II') continue; // rareReadings.ts measureTwoReadings reads II
    const forms = verbForms('فعل', measure);
    const toRe = (f: string) => new RegExp(`^${f.replace('ف', '(.)').replace('ع', '(.)').replace('ل', '(.)')}$`);
    const seen = new Set<string>();
    for (const f of forms) if (kinds.has(f.kind) && !seen.has(f.form)) seen.add(f.form), shapes.push({ measure, re: toRe(f.form), participle: false });
    const present = forms.find((f) => f.kind === 'presentHe')!.form.slice(1);
    // The feminine plural (يحتكرن) and the participle with its endings (محتكر، محتكرون، محتكرو، محتكرة…).
    shapes.push({ measure, re: toRe(`ي${present}ن`), participle: false });
    shapes.push({ measure, re: new RegExp(`^${`م${present}`.replace('ف', '(.)').replace('ع', '(.)').replace('ل', '(.)')}(?:ون|ين|و|ه|ات|ي)?$`), participle: true });
  }
  return shapes;
})();

/**
 * A typed verb of III–X, or its participle, read to its verbal noun (يحتكرون → احتكار، لاحقت → ملاحقة، صادروا →
 * مصادرة) and a participle also to the verb's they-forms (محتكرو → يحتكرون، احتكروا). A sound root only (a middle و/ي
 * where the measure keeps it), so no long vowel is taken for a root letter.
 */
export function nounsOfTypedVerb(bare: string): string[] {
  const out: string[] = [];
  for (const { measure, re, participle } of VERB_SHAPES) {
    const m = re.exec(bare);
    if (!m) continue;
    const root = m.slice(1, 4).join('');
    if (/[ءه]/.test(root) || !writable(root, measure)) continue;
    const forms = verbForms(root, measure);
    const wanted = participle ? ['noun', 'presentThey', 'pastThey'] : ['noun'];
    for (const k of wanted) {
      const f = forms.find((x) => x.kind === k)!.form;
      if (f !== bare && !out.includes(f)) out.push(f);
    }
  }
  return out;
}

/**
 * A typed measure I noun of a sound three-letter root (عجن، ردم، فرز) read to the verb forms a page writes most — they,
 * the women, she, he (present) — and a typed measure I verb (ردموا، يفرزون) to its bare noun.
 */
export function measureOneReadings(bare: string): string[] {
  const sound = (r: string) => !/[اويءىه]/.test(r) && r[1] !== r[2];
  if (/^...$/.test(bare) && sound(bare)) return [`ي${bare}ون`, `${bare}وا`, `ي${bare}ن`];
  const verb = /^(?:(.)(.)(.)وا|ي(.)(.)(.)ون)$/.exec(bare);
  if (verb) {
    const r = (verb[1] ? verb.slice(1, 4) : verb.slice(4, 7)).join('');
    return sound(r) ? [r] : [];
  }
  // A quadriliteral's verb to its noun فعللة (يغربلون → غربلة), four sound letters, no doubled pair.
  const quad = /^(?:ي(.{4})(?:ون|ن)|(.{4})(?:وا|ت))$/.exec(bare);
  const q = quad?.[1] ?? quad?.[2];
  return q && !/[اويءىه]/.test(q) && q[0] !== q[1] && q[2] !== q[3] ? [q + 'ه'] : [];
}

/**
 * Every pattern candidate of a typed word (normalised): the verb's readings and the plural's taken in turn (a three-letter
 * word is a measure I noun and a singular at once: «سرج» → يسرجون، أسراج، سروج …), each list in its own order.
 */
export function patternCandidates(norm: string, rules: { plurals?: readonly QueryPluralTemplate[]; verbs?: boolean }): string[] {
  const bare = norm.replace(PROCLITICS, '');
  const verbs = rules.verbs ? [...nounsOfTypedVerb(bare), ...verbsOfWeakNoun(bare), ...measureOneReadings(bare)] : [];
  const plurals = rules.plurals?.length ? pluralCandidates(norm, rules.plurals) : [];
  const out: string[] = [];
  for (let i = 0; i < Math.max(verbs.length, plurals.length); i++) {
    for (const w of [verbs[i], plurals[i]]) if (w && w !== bare && !out.includes(w)) out.push(w);
  }
  return out;
}
